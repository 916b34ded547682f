#!/usr/bin/env bash
# Runs a benchmark that lives with the tests (a main class under src/test/java) on the test classpath:
# bench/test-main.sh CLASS [ARGS...]   (bench/pictures.sh and bench/replay.sh call it)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
set +u; . .mvn/tools.sh; set -u +f
main=$1
shift
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    "$main" "$@"
