#!/usr/bin/env bash
# Runs each workload on our engine (java -jar ... bench, with the Vector API) and on the NumPy reference with
# identical flags, alternating java/numpy, ROUNDS times each (default 3), and prints per workload the median
# iterations/second, their ratio, the floating-point work of one iteration, the GFLOP/s each engine reached and our
# share of the machine's peak, and the final losses. The peak is computed from the machine's figures and
# bench/Peak.java's measured fused multiply-add loop (below) unless PEAK_GFLOPS is given. Our bench warms up
# (untimed, on a separate copy of the problem) until the JIT is quiet; NumPy needs no warm-up.
# Usage: bench/compare.sh [ROUNDS]   (build first: ./mvnw -B -o -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
# a JDK 21+ (the jar's class files are Java 21), found as ./mvnw finds it
set +u; . .mvn/tools.sh; set -u +f
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
VECTOR=(--add-modules jdk.incubator.vector)
JAR=$(ls target/nn-playground-*.jar | head -1)
NUMPY=${NUMPY_REFERENCE:-/work/shared/bench/numpy_reference.py}
WORKLOADS=(
  "seed|--layers 3,4,1 --samples 4 --iterations 200000 --lr 1|>1x"
  "classroom|--layers 4,8,3 --samples 150 --iterations 20000 --lr 0.01|5x"
  "medium|--layers 2,16,16,1 --samples 200 --iterations 10000 --lr 0.01|5x"
  "large|--layers 2,64,64,1 --samples 1000 --iterations 500 --lr 0.001|>1x, 60 % of peak"
  "wide|--layers 784,128,10 --samples 2000 --iterations 20 --lr 0.0001|>1x, 60 % of peak"
)
field() { python3 -c "import json,sys; print(json.loads(sys.stdin.read())['$1'])"; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
# Floating-point operations of one full-batch iteration of the bench's network (sigmoid everywhere, no biases, SSE,
# SGD), counted as bench/README.md says: 2 per multiply-add of the products (forward, weight gradients, and the
# deltas passed back to every layer but the input), 44 per sigmoid (what kernels/Sigmoid computes, a division
# counted as 1), 3 per derivative a(1-a) applied to a hidden delta, 8 per output (loss and output delta) and 2 per
# weight (the update).
flops() {
  python3 - "$@" <<'PY'
import sys
args = sys.argv[1:]
sizes = [int(s) for s in args[args.index('--layers') + 1].split(',')]
rows = int(args[args.index('--samples') + 1])
layers = list(zip(sizes, sizes[1:]))
macs = sum(rows * m * n * (2 if k == 0 else 3) for k, (m, n) in enumerate(layers))
print(2 * macs + 44 * rows * sum(sizes[1:]) + 3 * rows * sum(sizes[1:-1]) + 8 * rows * sizes[-1]
      + 2 * sum(m * n for m, n in layers))
PY
}
quiet() { grep -v 'WARNING: Using incubator modules' >&2 || true; }

# The peak: cores (nproc) x FMA units per core (FMA_UNITS, default 2: AMD Zen 4/5 and Intel server cores have two)
# x the doubles one unit multiplies at once (FMA_LANES; default bench/Peak.java's DoubleVector.SPECIES_PREFERRED
# lanes, but 4 on AMD's CPU family 25, Zen 3 and Zen 4, whose FMA units are 256 bits wide and run an AVX-512
# instruction's 8 lanes in two halves) x 2 flops per fused multiply-add x clock. The
# clock is /proc/cpuinfo's "cpu MHz" (in a VM the host's nominal clock) unless bench/Peak.java's FMA loop runs
# faster than that allows: then the clock the loop implies (its GFLOP/s / (FMA units x lanes x 2), per core) is the
# one used, so no measurement exceeds the stated peak. CLOCK_GHZ or PEAK_GFLOPS override. On a busy machine the loop
# reaches less than the cores can, the nominal clock is used, and the peak (so the shares) is understated too.
peak_json=$("$JAVA" "${VECTOR[@]}" bench/Peak.java 2> >(quiet) | tail -1)
lanes=$(field lanes <<<"$peak_json")
family=$(awk -F: '/^cpu family/ {gsub(/ /, "", $2); print $2; exit}' /proc/cpuinfo)
vendor=$(awk -F: '/^vendor_id/ {gsub(/ /, "", $2); print $2; exit}' /proc/cpuinfo)
if [[ -n ${FMA_LANES:-} ]]; then
  source_of_lanes="FMA_LANES"
elif [[ $vendor == AuthenticAMD && $family == 25 && $lanes -gt 4 ]]; then
  FMA_LANES=4
  source_of_lanes="AMD family 25 (Zen 3/4): 256-bit FMA units run the $lanes lanes of a vector in two halves"
else
  FMA_LANES=$lanes
  source_of_lanes="the Vector API's preferred species"
fi
cores=$(nproc)
units=${FMA_UNITS:-2}
one=$(field gflops_one_thread <<<"$peak_json")
all=$(field gflops_all_threads <<<"$peak_json")
threads=$(field threads <<<"$peak_json")
nominal=$(awk -F: '/^cpu MHz/ {printf "%.3f", $2 / 1000; exit}' /proc/cpuinfo)
measured=$(awk -v o="$one" -v a="$all" -v t="$threads" -v c="$cores" -v u="$units" -v l="$FMA_LANES" \
    'BEGIN {g = o / (u * l * 2); h = a / ((t < c ? t : c) * u * l * 2); printf "%.3f", (g > h ? g : h)}')
if [[ -n ${CLOCK_GHZ:-} ]]; then
  clock=$CLOCK_GHZ; source_of_clock="CLOCK_GHZ"
elif awk -v m="$measured" -v n="$nominal" 'BEGIN {exit !(m > n)}'; then
  clock=$measured
  source_of_clock="the clock bench/Peak.java's FMA loop implies at $units FMAs a cycle, above /proc/cpuinfo's cpu MHz ($nominal GHz, the nominal clock)"
else
  clock=$nominal; source_of_clock="/proc/cpuinfo's cpu MHz (bench/Peak.java's FMA loop implies $measured GHz)"
fi
PEAK_GFLOPS=${PEAK_GFLOPS:-$(awk -v c="$cores" -v u="$units" -v l="$FMA_LANES" -v g="$clock" \
    'BEGIN {printf "%.1f", c * u * l * 2 * g}')}
echo "Peak: $cores cores x $units FMA units x $FMA_LANES lanes x 2 x $clock GHz = $PEAK_GFLOPS GFLOP/s;" \
  "lanes: $source_of_lanes; clock: $source_of_clock (load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo "Measured (bench/Peak.java): one thread $one GFLOP/s, $threads threads $all GFLOP/s"
# Whether a second thread can help large and wide depends on how far apart the host has put the cores (bench/README.md,
# round 10): measured before and after the table, since it can change in between.
round_trip() { "$JAVA" bench/RoundTrip.java | tail -1 | field round_trip_ns; }
echo "A cache line's round trip between two threads (bench/RoundTrip.java): $(round_trip) ns"
echo

printf '| workload | flags | MFLOP per iteration | Java it/s (median of %s) | NumPy it/s (median of %s) | ratio | goal | Java GFLOP/s | share of peak | NumPy GFLOP/s | Java final SSE | NumPy final SSE |\n' "$ROUNDS" "$ROUNDS"
printf '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for w in "${WORKLOADS[@]}"; do
  IFS='|' read -r name flags goal <<<"$w"
  # shellcheck disable=SC2086
  work=$(flops $flags)
  java_rates=(); numpy_rates=()
  for ((i = 0; i < ROUNDS; i++)); do
    # shellcheck disable=SC2086
    j=$("$JAVA" "${VECTOR[@]}" -jar "$JAR" bench $flags 2> >(quiet))
    # shellcheck disable=SC2086
    n=$(python3 "$NUMPY" $flags)
    java_rates+=("$(field iterations_per_second <<<"$j")"); java_sse=$(field final_sse <<<"$j")
    numpy_rates+=("$(field iterations_per_second <<<"$n")"); numpy_sse=$(field final_sse <<<"$n")
  done
  jm=$(median "${java_rates[@]}"); nm=$(median "${numpy_rates[@]}")
  awk -v name="$name" -v flags="$flags" -v work="$work" -v jm="$jm" -v nm="$nm" -v goal="$goal" -v peak="$PEAK_GFLOPS" \
      -v js="$java_sse" -v ns="$numpy_sse" 'BEGIN {
    printf "| %s | `%s` | %.3g | %s | %s | %.2fx | %s | %.3g | %.1f %% | %.3g | %.4g | %.4g |\n",
        name, flags, work / 1e6, jm, nm, jm / nm, goal, work * jm / 1e9, 100 * work * jm / 1e9 / peak,
        work * nm / 1e9, js, ns }'
done
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); a cache line's round trip: $(round_trip) ns"
