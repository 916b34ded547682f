#!/usr/bin/env bash
# Races two builds of the engine (e.g. before and after a JDK move) and NumPy on bench/compare.sh's workloads,
# alternating the three, ROUNDS times each, and prints the median iterations/second of each and the ratio.
# Both run with --add-modules jdk.incubator.vector (a jar whose engine does not use it ignores it).
# Usage: bench/two-jars.sh BEFORE_JAVA BEFORE_JAR AFTER_JAVA AFTER_JAR [ROUNDS]
# e.g.   bench/two-jars.sh /usr/lib/jvm/java-17-openjdk-amd64/bin/java old.jar \
#                         /usr/lib/jvm/temurin-25-jdk-amd64/bin/java target/nn-playground-0.1.0-SNAPSHOT.jar 5
set -euo pipefail
BEFORE_JAVA=$1 BEFORE_JAR=$2 AFTER_JAVA=$3 AFTER_JAR=$4 ROUNDS=${5:-3}
NUMPY=${NUMPY_REFERENCE:-/work/shared/bench/numpy_reference.py}
WORKLOADS=(
  "seed|--layers 3,4,1 --samples 4 --iterations 200000 --lr 1"
  "classroom|--layers 4,8,3 --samples 150 --iterations 20000 --lr 0.01"
  "medium|--layers 2,16,16,1 --samples 200 --iterations 10000 --lr 0.01"
  "large|--layers 2,64,64,1 --samples 1000 --iterations 500 --lr 0.001"
  "wide|--layers 784,128,10 --samples 2000 --iterations 20 --lr 0.0001"
)
VECTOR=(--add-modules jdk.incubator.vector)
quiet() { grep -v 'WARNING: Using incubator modules' >&2 || true; }
rate() { python3 -c "import json,sys; print(json.loads(sys.stdin.read())['iterations_per_second'])"; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

printf '| workload | before it/s | after it/s | after/before | NumPy it/s |\n|---|---:|---:|---:|---:|\n'
for w in "${WORKLOADS[@]}"; do
  IFS='|' read -r name flags <<<"$w"
  before=(); after=(); numpy=()
  for ((i = 0; i < ROUNDS; i++)); do
    # shellcheck disable=SC2086
    before+=("$("$BEFORE_JAVA" "${VECTOR[@]}" -jar "$BEFORE_JAR" bench $flags 2> >(quiet) | rate)")
    # shellcheck disable=SC2086
    after+=("$("$AFTER_JAVA" "${VECTOR[@]}" -jar "$AFTER_JAR" bench $flags 2> >(quiet) | rate)")
    # shellcheck disable=SC2086
    numpy+=("$(python3 "$NUMPY" $flags | rate)")
  done
  b=$(median "${before[@]}"); a=$(median "${after[@]}"); n=$(median "${numpy[@]}")
  printf '| %s | %s | %s | %sx | %s |\n' "$name" "$b" "$a" "$(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", a / b}')" "$n"
done
