#!/usr/bin/env bash
# Benchmarks:  bash scripts/bench.sh [benchmark args...]
#
# Builds Release in build/bench (g++ unless CXX says otherwise), runs every benchmark program
# (tests/bench/<name>.cpp -> xxgk_bench_<name>) with --benchmark_min_time=0.5, repeated
# $XXGK_BENCH_REPETITIONS times (default 3; the median is reported), prints a markdown table
# of the results, then runs scripts/compile_time.sh. Not part of ctest or .ci/run: benchmarks
# are measurements, never timed tests. Numbers on a shared 2-core machine are noisy: run it
# twice and compare, and read the CPU-time columns (Google Benchmark's rates use CPU time).
#   CXX=clang++                  compiler (default g++)
#   XXGK_BENCH_BUILD_DIR=dir     build directory (default build/bench)
#   XXGK_BENCH_REPETITIONS=N     repetitions of each benchmark (default 3)
#   XXGK_BENCH_FILTER=regex      only the benchmarks matching it
#   XXGK_BENCH_NO_COMPILE_TIME=1 skip scripts/compile_time.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

build_dir="${XXGK_BENCH_BUILD_DIR:-$XXGK_ROOT/build/bench}"
repetitions="${XXGK_BENCH_REPETITIONS:-3}"

bash "$XXGK_ROOT/scripts/install-deps.sh"
xxgk_configure "$build_dir" "${CXX:-g++}" \
  -DCMAKE_BUILD_TYPE=Release \
  -DXXGK_BUILD_TESTS=ON \
  -DXXGK_BUILD_EXAMPLES=OFF \
  -DXXGK_BUILD_BENCHMARKS=ON >/dev/null

benches=()
for source in "$XXGK_ROOT"/tests/bench/*.cpp; do
  benches+=("xxgk_bench_$(basename "$source" .cpp)")
done
if (( ${#benches[@]} == 0 )); then
  echo "bench: no tests/bench/*.cpp" >&2
  exit 1
fi
xxgk_build "$build_dir" --target "${benches[@]}"

results="$build_dir/results"
mkdir -p "$results"
for bench in "${benches[@]}"; do
  printf '\n========== %s ==========\n' "$bench"
  "$build_dir/tests/$bench" \
    --benchmark_min_time=0.5 \
    --benchmark_repetitions="$repetitions" \
    --benchmark_report_aggregates_only=true \
    ${XXGK_BENCH_FILTER:+--benchmark_filter="$XXGK_BENCH_FILTER"} \
    --benchmark_out="$results/$bench.json" --benchmark_out_format=json \
    "$@"
done

printf '\n========== results (median of %s; rates per CPU second) ==========\n' "$repetitions"
python3 - "$results" "${benches[@]}" <<'PY'
import json, pathlib, sys

results = pathlib.Path(sys.argv[1])
print("| benchmark | wall µs/iter | CPU µs/iter | MB/s | reports/s |")
print("|---|--:|--:|--:|--:|")
for bench in sys.argv[2:]:
    try:
        doc = json.loads((results / f"{bench}.json").read_text())
    except (OSError, ValueError):
        continue  # empty or missing: no benchmark of this program matched XXGK_BENCH_FILTER
    for b in doc["benchmarks"]:
        if b.get("aggregate_name", "median") != "median" or b.get("error_occurred"):
            continue
        scale = {"ns": 1e-3, "us": 1.0, "ms": 1e3, "s": 1e6}[b.get("time_unit", "ns")]
        mb = b.get("bytes_per_second")
        items = b.get("items_per_second")
        print("| {} | {:.1f} | {:.1f} | {} | {} |".format(
            b["run_name"], b["real_time"] * scale, b["cpu_time"] * scale,
            f"{mb / 1e6:.1f}" if mb else "-", f"{items:,.0f}" if items else "-"))
    for b in doc["benchmarks"]:
        if b.get("error_occurred"):
            print(f"| {b['run_name']} | ERROR: {b.get('error_message', '')} | | | |")
PY

if [[ "${XXGK_BENCH_NO_COMPILE_TIME:-0}" != 1 ]]; then
  printf '\n========== compile time ==========\n'
  bash "$XXGK_ROOT/scripts/compile_time.sh"
fi
