#!/usr/bin/env bash
# Compile cost of using xxgk:  bash scripts/compile_cost.sh
#
# Times `$CXX -O2 -std=c++20 -c` (best of $XXGK_COMPILE_RUNS, default 3: wall seconds, CPU
# seconds user + sys, and peak memory) of:
#   tests/compile_cost/check_file_user.cpp          check_file + print: header-only, and with
#                                                   separate compilation (-DXXGK_SEPARATE_COMPILATION)
#   tests/compile_cost/parse_validate_describe.cpp  parse, validate, describe: both modes
#   src/xxgk_*.cpp                                  the compiled part, built once (xxgk::compiled)
#   examples/xxgk_check.cpp                         the checker, both modes
# and the include of <xxgk/xxgk.hpp> and <xxgk/model.hpp> alone. Limits (issue 10, wall):
# check_file user TU <= 3 s header-only, <= 1.5 s separate; compiled part <= 30 s; the checker
# <= 10 s separate; peak memory <= 400 MB each. Prints a table; exits 1 when a limit is exceeded.
#   CXX=clang++   compiler (default g++)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

cxx="${CXX:-g++}"
runs="${XXGK_COMPILE_RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
json_include="$(dirname "$(find /usr/include -path '*/nlohmann/json.hpp' -print -quit)")/.."
printf '#include <xxgk/xxgk.hpp>\n' >"$work/umbrella.cpp"
printf '#include <xxgk/model.hpp>\n' >"$work/model.cpp"

status=0
printf 'compile cost, %s -O2 -std=c++20 -c, best of %d\n' "$("$cxx" --version | head -n 1)" "$runs"
printf '| translation unit | mode | wall s | cpu s | peak MB | limit |\n|---|---|--:|--:|--:|---|\n'
# measure <label> <mode> <wall limit or -> <source> [flags...]
measure() {
  local label="$1" mode="$2" limit="$3" source="$4"
  shift 4
  local best_wall="" best_cpu="" best_mem="" line wall cpu mem
  for ((i = 0; i < runs; ++i)); do
    line="$( /usr/bin/time -f '%e %U %S %M' "$cxx" -O2 -std=c++20 -I"$XXGK_ROOT/include" -I"$json_include" "$@" \
             -c "$source" -o "$work/out.o" 2>&1 >/dev/null | tail -n 1 )"
    read -r wall cpu mem <<<"$(awk '{ printf "%.2f %.2f %d", $1, $2 + $3, $4 / 1024 }' <<<"$line")"
    if [[ -z "$best_wall" ]] || awk -v a="$wall" -v b="$best_wall" 'BEGIN { exit !(a < b) }'; then best_wall="$wall"; fi
    if [[ -z "$best_cpu" ]] || awk -v a="$cpu" -v b="$best_cpu" 'BEGIN { exit !(a < b) }'; then best_cpu="$cpu"; fi
    if [[ -z "$best_mem" ]] || (( mem < best_mem )); then best_mem="$mem"; fi
  done
  local verdict="-"
  if [[ "$limit" != "-" ]]; then
    if awk -v a="$best_wall" -v b="$limit" 'BEGIN { exit !(a <= b) }' && (( best_mem <= 400 )); then
      verdict="<= $limit s: met"
    else
      verdict="<= $limit s, 400 MB: NOT MET"
      status=1
    fi
  fi
  printf '| %s | %s | %s | %s | %s | %s |\n' "$label" "$mode" "$best_wall" "$best_cpu" "$best_mem" "$verdict"
  last_wall="$best_wall"
}
sep=-DXXGK_SEPARATE_COMPILATION
measure '`#include <xxgk/model.hpp>`' header-only - "$work/model.cpp"
measure '`#include <xxgk/xxgk.hpp>`' header-only - "$work/umbrella.cpp"
measure '`#include <xxgk/xxgk.hpp>`' separate - "$work/umbrella.cpp" $sep
measure 'check_file + print diagnostics' header-only 3 "$XXGK_ROOT/tests/compile_cost/check_file_user.cpp"
measure 'check_file + print diagnostics' separate 1.5 "$XXGK_ROOT/tests/compile_cost/check_file_user.cpp" $sep
measure 'parse, validate, describe' header-only - "$XXGK_ROOT/tests/compile_cost/parse_validate_describe.cpp"
measure 'parse, validate, describe' separate - "$XXGK_ROOT/tests/compile_cost/parse_validate_describe.cpp" $sep
compiled_wall=0
parts=("$XXGK_ROOT"/src/xxgk_*.cpp)  # every source of xxgk::compiled
for source in "${parts[@]}"; do
  measure "the compiled part: \`src/$(basename "$source")\`" once - "$source" $sep
  compiled_wall="$(awk -v a="$compiled_wall" -v b="$last_wall" 'BEGIN { printf "%.2f", a + b }')"
done
if awk -v a="$compiled_wall" 'BEGIN { exit !(a <= 30) }'; then verdict="<= 30 s: met"; else verdict="<= 30 s: NOT MET"; status=1; fi
printf '| the compiled part, its %d sources one after the other | once | %s | | | %s |\n' "${#parts[@]}" "$compiled_wall" "$verdict"
measure '`examples/xxgk_check.cpp`' header-only - "$XXGK_ROOT/examples/xxgk_check.cpp"
measure '`examples/xxgk_check.cpp`' separate 10 "$XXGK_ROOT/examples/xxgk_check.cpp" $sep
exit "$status"
