#!/usr/bin/env bash
# Runs each issue-6 workload on our engine (java -jar ... bench) and on the NumPy reference with identical flags,
# alternating java/numpy, three times each, and prints the median iterations/second, their ratio and the final
# losses. Our bench warms up for 2 s (untimed, on a separate copy of the problem) before its timed run; NumPy
# needs no warm-up. Usage: bench/compare.sh [ROUNDS]   (build first: ./mvnw -B -o -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
# a JDK 21+ (the jar's class files are Java 21), found as ./mvnw finds it
set +u; . .mvn/tools.sh; set -u +f
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAR=$(ls target/nn-playground-*.jar | head -1)
NUMPY=${NUMPY_REFERENCE:-/work/shared/bench/numpy_reference.py}
WORKLOADS=(
  "seed|--layers 3,4,1 --samples 4 --iterations 200000 --lr 1|30"
  "classroom|--layers 4,8,3 --samples 150 --iterations 20000 --lr 0.01|10"
  "medium|--layers 2,16,16,1 --samples 200 --iterations 10000 --lr 0.01|5"
  "large|--layers 2,64,64,1 --samples 1000 --iterations 500 --lr 0.001|1.5"
  "wide|--layers 784,128,10 --samples 2000 --iterations 20 --lr 0.0001|1"
)
field() { python3 -c "import json,sys; print(json.loads(sys.stdin.read())['$1'])"; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

printf '| workload | flags | Java it/s (median of %s) | NumPy it/s (median of %s) | ratio | goal | Java final SSE | NumPy final SSE |\n' "$ROUNDS" "$ROUNDS"
printf '|---|---|---:|---:|---:|---:|---:|---:|\n'
for w in "${WORKLOADS[@]}"; do
  IFS='|' read -r name flags goal <<<"$w"
  java_rates=(); numpy_rates=()
  for ((i = 0; i < ROUNDS; i++)); do
    # shellcheck disable=SC2086
    j=$("$JAVA" -jar "$JAR" bench $flags)
    # shellcheck disable=SC2086
    n=$(python3 "$NUMPY" $flags)
    java_rates+=("$(field iterations_per_second <<<"$j")"); java_sse=$(field final_sse <<<"$j")
    numpy_rates+=("$(field iterations_per_second <<<"$n")"); numpy_sse=$(field final_sse <<<"$n")
  done
  jm=$(median "${java_rates[@]}"); nm=$(median "${numpy_rates[@]}")
  ratio=$(awk -v a="$jm" -v b="$nm" 'BEGIN {printf "%.2f", a / b}')
  printf '| %s | `%s` | %s | %s | %sx | %sx | %.4g | %.4g |\n' "$name" "$flags" "$jm" "$nm" "$ratio" "$goal" "$java_sse" "$numpy_sse"
done
