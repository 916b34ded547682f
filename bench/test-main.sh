#!/usr/bin/env bash
# Runs a benchmark that lives with the tests (a main class under src/test/java) on the test classpath:
# bench/test-main.sh CLASS [ARGS...]   (bench/pictures.sh, replay.sh, paced-class.sh and digits-in-the-app.sh call
# it), with the Vector API as the app has it
set -euo pipefail
cd "$(dirname "$0")/.."
# online, not -o: on a fresh clone the dependency plugin is not in the local repository until this first fetches it
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
set +u; . .mvn/tools.sh; set -u +f
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1  # the machine's /usr/bin/chromium (BrowserSupport)
main=$1
shift
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" --add-modules jdk.incubator.vector -Xmx1g \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    "$main" "$@"
