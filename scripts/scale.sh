#!/usr/bin/env bash
# Scale:  bash scripts/scale.sh [MAX_FILES]        (default 10000)
#
# Builds xxgk-check (examples/xxgk_check.cpp, target xxgk_check) in Release in build/scale,
# generates MAX_FILES reports in a temporary folder by varying the numbers of tests/data
# (tests/scale/make_reports.py: four in five text, one in five report.json), then checks the
# first N of them in ONE run of xxgk-check per N (the file names are its arguments) for N in
# 1000, 2000, 5000, 10000 (those up to MAX_FILES), $XXGK_SCALE_RUNS times each (default 3; the
# fastest run is reported), with --jobs 1 and with --jobs 2, and prints N, wall seconds, files/s
# and peak RSS (GNU time %e %M) of --jobs 1, and the seconds of --jobs 2 and its speed-up.
#
# Fails when xxgk-check crashes, when throughput at the largest N falls below half of that at
# the smallest (time not linear in the number of files), or when peak memory at the largest N
# exceeds that at the smallest by more than half plus 8 MB (memory not flat): generous bounds
# for a shared machine, meant to catch a quadratic or a leak, not a few per cent.
#   XXGK_SCALE_BUILD_DIR=dir   build directory (default build/scale)
#   XXGK_SCALE_FORMAT=json     xxgk-check --format (default text)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

max_files="${1:-10000}"
runs="${XXGK_SCALE_RUNS:-3}"
format="${XXGK_SCALE_FORMAT:-text}"
build_dir="${XXGK_SCALE_BUILD_DIR:-$XXGK_ROOT/build/scale}"

bash "$XXGK_ROOT/scripts/install-deps.sh"
if [[ ! -x /usr/bin/time ]]; then
  echo "scale: GNU time (/usr/bin/time, Debian package 'time') is needed for peak memory" >&2
  exit 2
fi
xxgk_configure "$build_dir" "${CXX:-g++}" \
  -DCMAKE_BUILD_TYPE=Release \
  -DXXGK_BUILD_TESTS=OFF \
  -DXXGK_BUILD_EXAMPLES=ON >/dev/null
xxgk_build "$build_dir" --target xxgk_check
# the target is xxgk_check; its executable may be named xxgk-check (OUTPUT_NAME)
checker="$build_dir/examples/xxgk-check"
[[ -x "$checker" ]] || checker="$build_dir/examples/xxgk_check"

work="$(mktemp -d "${TMPDIR:-/tmp}/xxgk-scale.XXXXXX")"
trap 'rm -rf "$work"' EXIT
python3 "$XXGK_ROOT/tests/scale/make_reports.py" "$work/reports" "$max_files"

sizes=()
for n in 1000 2000 5000 10000; do (( n <= max_files )) && sizes+=("$n"); done
(( ${#sizes[@]} == 0 )) && sizes=("$max_files")

cd "$work/reports"  # short relative names: 10000 of them are ~250 KB of arguments
mapfile -t all < <(ls | sort)
echo "scale: $(getconf ARG_MAX) bytes of arguments allowed; 10000 names take about $(( $(printf '%s ' "${all[@]:0:10000}" | wc -c) / 1024 )) KiB"

printf '\n| files | seconds | files/s | peak RSS (MiB) | exit | --jobs 2 seconds | speed-up |\n|--:|--:|--:|--:|--:|--:|--:|\n' | tee "$work/table"
declare -A seconds rss
for n in "${sizes[@]}"; do
  best2=""
  for ((r = 0; r < runs; ++r)); do
    /usr/bin/time -f '%e %M' -o "$work/time" "$checker" --jobs 2 --format "$format" "${all[@]:0:n}" >/dev/null 2>&1 || true
    read -r s m < <(tail -n 1 "$work/time")
    if [[ -z "$best2" ]] || awk -v a="$s" -v b="$best2" 'BEGIN { exit !(a < b) }'; then best2="$s"; fi
  done
  best=""
  for ((r = 0; r < runs; ++r)); do
    status=0
    /usr/bin/time -f '%e %M' -o "$work/time" "$checker" --jobs 1 --format "$format" "${all[@]:0:n}" >"$work/out" 2>"$work/err" || status=$?
    if (( status > 2 )); then
      echo "scale: xxgk-check failed on $n files with exit status $status" >&2
      tail -n 20 "$work/err" >&2
      exit 1
    fi
    read -r s m < <(tail -n 1 "$work/time")  # GNU time first notes a non-zero exit status
    if [[ -z "$best" ]] || awk -v a="$s" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best="$s"
      rss[$n]="$m"
    fi
  done
  seconds[$n]="$best"
  awk -v n="$n" -v s="$best" -v m="${rss[$n]}" -v st="$status" -v s2="$best2" \
    'BEGIN { printf "| %d | %.2f | %.0f | %.1f | %d | %.2f | %.2f |\n", n, s, (s > 0 ? n / s : 0), m / 1024, st, s2, (s2 > 0 ? s / s2 : 0) }' | tee -a "$work/table"
done
echo "(exit 2 is expected: two fixtures have no tables, INPUT.NO_TABLES; wall time of the fastest of $runs runs, output to a file)"

first="${sizes[0]}" last="${sizes[-1]}"
awk -v n1="$first" -v s1="${seconds[$first]}" -v m1="${rss[$first]}" \
    -v n2="$last" -v s2="${seconds[$last]}" -v m2="${rss[$last]}" 'BEGIN {
  r1 = s1 > 0 ? n1 / s1 : 1e9; r2 = s2 > 0 ? n2 / s2 : 1e9
  linear = n1 == n2 || r2 >= r1 / 2
  flat = m2 <= m1 * 1.5 + 8192
  printf "scale: files/s %.0f at %d files, %.0f at %d files: %s\n", r1, n1, r2, n2, linear ? "linear" : "NOT LINEAR"
  printf "scale: peak RSS %.1f MiB at %d files, %.1f MiB at %d files: %s\n", m1 / 1024, n1, m2 / 1024, n2, flat ? "flat" : "NOT FLAT"
  exit !(linear && flat)
}'
