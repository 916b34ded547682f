#!/usr/bin/env bash
# What the replay snapshots cost a run and the memory they take: bench/replay.sh [ROUNDS]
# Trains each workload alternately without and with snapshots in one JVM and prints the medians (speed, kept
# snapshots, their memory per run, the slowest iteration to replay).
exec "$(dirname "$0")/test-main.sh" com.nnplayground.replay.ReplayCostBench "$@"
