#!/usr/bin/env bash
# End to end:  bash scripts/e2e.sh [FILES]        (default 2000)
#
# Generates FILES reports (tests/scale/make_reports.py), then times, in the same run, one
# process each over all of them: `xxgk-check --format json --jobs 1`, `xxgk-check --format json`
# (the default jobs: the machine's hardware threads), and tests/bench/simple_checker.py, a
# single-process Python checker that only splits tab/pipe rows and adds up chapter 三. Each is
# run $XXGK_E2E_RUNS times (default 5; the fastest kept, output to /dev/null). Prints MB/s and
# the ratios. Then the same over the set issue 14 was measured on: FILES copies of the bundled
# report (changchun-2023) as tab-separated rows, pipe-separated rows and a markdown table, in
# turn (layouts.py's text-tabs, text-pipes and markdown). Targets (issue 14): --jobs 1 >= 200
# MB/s; default jobs >= 25 times the Python checker. Exits 0 whatever the figures (a
# measurement, not a test).
#   XXGK_SCALE_BUILD_DIR=dir   build directory of xxgk-check (default build/scale)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

count="${1:-2000}"
runs="${XXGK_E2E_RUNS:-5}"
build_dir="${XXGK_SCALE_BUILD_DIR:-$XXGK_ROOT/build/scale}"
bash "$XXGK_ROOT/scripts/install-deps.sh"
xxgk_configure "$build_dir" "${CXX:-g++}" -DCMAKE_BUILD_TYPE=Release -DXXGK_BUILD_TESTS=OFF \
  -DXXGK_BUILD_EXAMPLES=ON >/dev/null
xxgk_build "$build_dir" --target xxgk_check >/dev/null
checker="$(find "$build_dir" -name xxgk-check -type f -perm -u+x | head -n 1)"

work="$(mktemp -d "${TMPDIR:-/tmp}/xxgk-e2e.XXXXXX")"
trap 'rm -rf "$work"' EXIT
python3 "$XXGK_ROOT/tests/scale/make_reports.py" "$work/reports" "$count"
cd "$work/reports"
mapfile -t files < <(ls | sort)

# best <command...>: the least wall time of $runs runs, in seconds
best() {
  local b="" t
  for ((r = 0; r < runs; ++r)); do
    t="$( { TIMEFORMAT='%R'; time "$@" >/dev/null 2>&1; } 2>&1 )" || true
    if [[ -z "$b" ]] || awk -v a="$t" -v c="$b" 'BEGIN { exit !(a < c) }'; then b="$t"; fi
  done
  echo "$b"
}
# measure <title>: times the three over "${files[@]}" (the current folder's) and prints a table
measure() {
  local bytes one all py
  bytes=$(cat "${files[@]}" | wc -c)
  one=$(best "$checker" --format json --jobs 1 "${files[@]}")
  all=$(best "$checker" --format json "${files[@]}")
  py=$(best python3 "$XXGK_ROOT/tests/bench/simple_checker.py" "${files[@]}")
  awk -v title="$1" -v n="${#files[@]}" -v b="$bytes" -v one="$one" -v all="$all" -v py="$py" -v j="$(nproc)" 'BEGIN {
    mb = b / 1e6
    printf "%s: %d files, %.1f MB, best of the runs, one process each\n", title, n, mb
    printf "| checker | seconds | MB/s | files/s |\n|---|--:|--:|--:|\n"
    printf "| xxgk-check --format json --jobs 1 | %.3f | %.0f | %.0f |\n", one, mb / one, n / one
    printf "| xxgk-check --format json (--jobs %d) | %.3f | %.0f | %.0f |\n", j, all, mb / all, n / all
    printf "| tests/bench/simple_checker.py | %.3f | %.1f | %.0f |\n", py, mb / py, n / py
    printf "xxgk-check --jobs 1: %.0f MB/s (target 200); default jobs: %.1f times the Python checker (target 25)\n\n", mb / one, py / all
  }'
}
measure "generated reports (tests/scale/make_reports.py)"

# issue 14's own set: the bundled report as tab rows, pipe rows and a markdown table, in turn
python3 - "$XXGK_ROOT/tests/layouts" "$work/bundled" "$count" <<'PY'
import json, pathlib, sys
sys.path.insert(0, sys.argv[1])
import layouts
report = json.loads((layouts.DATA / "changchun-2023.json").read_text(encoding="utf-8"))
out = pathlib.Path(sys.argv[2])
out.mkdir()
kinds = [(name, layouts.LAYOUTS[name]) for name in ("text-tabs", "text-pipes", "markdown")]
texts = [(name, write(report), suffix) for name, (write, suffix, _) in kinds]
for i in range(int(sys.argv[3])):
    name, text, suffix = texts[i % len(texts)]
    (out / ("%05d-%s%s" % (i, name, suffix))).write_text(text, encoding="utf-8")
PY
cd "$work/bundled"
mapfile -t files < <(ls | sort)
measure "the bundled report as tab rows, pipe rows and markdown (issue 14's set)"
