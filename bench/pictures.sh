#!/usr/bin/env bash
# What the pictures cost a run: bench/pictures.sh [ROUNDS] [SECONDS]
# Trains long runs through the real training service, alternating a page with only the loss chart and one with the
# loss chart and the pictures, and prints the medians (speed, picture work per push, bytes pushed per update).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
set +u; . .mvn/tools.sh; set -u +f
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    com.nnplayground.pictures.PicturesCostBench "$@"
