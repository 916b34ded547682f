#!/usr/bin/env bash
# What the replay snapshots cost a run and the memory they take: bench/replay.sh [ROUNDS]
# Trains each workload alternately without and with snapshots in one JVM and prints the medians (speed, kept
# snapshots, their memory per run, the slowest iteration to replay).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
set +u; . .mvn/tools.sh; set -u +f
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    com.nnplayground.replay.ReplayCostBench "$@"
