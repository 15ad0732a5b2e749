#!/usr/bin/env bash
# Fuzzing:  bash scripts/fuzz.sh [SECONDS]      (SECONDS per target, default 60)
#
# Builds the libFuzzer targets of tests/fuzz/ with clang++ (ASan + UBSan, every finding fatal)
# in build/fuzz, then for each target (parse, json, check, c_api):
#   1. replays every input of tests/fuzz/regressions/<target>/ once (-timeout=$XXGK_FUZZ_REPLAY_TIMEOUT,
#      default 10 s: the hand-made inputs are up to 1 MB, far beyond what the fuzzer may try;
#      c_api replays those of check too);
#   2. fuzzes for SECONDS from a fresh corpus build/fuzz/corpus/<target>, seeded from tests/data
#      (links in build/fuzz/seeds/<target>: *.txt, *.md, *.csv and *.html for parse, *.json for json, all for
#      check and c_api; plus the first lines, up to 1 KiB, of each text, which the fuzzer runs
#      far faster),
#      with the dictionary generated from the schema (build/fuzz/tests/fuzz/xxgk.dict):
#        -max_total_time=SECONDS -timeout=1 -rss_limit_mb=2048 -max_len=131072 -jobs=1
#
# Exits non-zero when any target crashes, leaks, hits undefined behaviour, breaks one of the
# promises checked in tests/fuzz/oracle.hpp, takes over 1 s on one input, or runs out of memory.
# What it found is in build/fuzz/artifacts/<target>/ (crash-*, leak-*, timeout-*, oom-*) and the
# log in build/fuzz/logs/<target>.log. Keep every such input in tests/fuzz/regressions/<target>/.
#   XXGK_FUZZ_BUILD_DIR=dir       build directory (default build/fuzz)
#   XXGK_FUZZ_TARGETS="parse ..." the targets to run (default: parse json check c_api)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || (( seconds < 1 )); then
  echo "usage: bash scripts/fuzz.sh [SECONDS per target, default 60]" >&2
  exit 2
fi
targets=(${XXGK_FUZZ_TARGETS:-parse json check c_api})
replay_timeout="${XXGK_FUZZ_REPLAY_TIMEOUT:-10}"
build_dir="${XXGK_FUZZ_BUILD_DIR:-$XXGK_ROOT/build/fuzz}"
fuzz_src="$XXGK_ROOT/tests/fuzz"
data="$XXGK_ROOT/tests/data"

bash "$XXGK_ROOT/scripts/install-deps.sh"

# RelWithDebInfo: optimised like the code users run, with line numbers in the stacks.
xxgk_configure "$build_dir" clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DXXGK_BUILD_TESTS=ON \
  -DXXGK_BUILD_EXAMPLES=OFF \
  -DXXGK_BUILD_BENCHMARKS=OFF \
  -DXXGK_BUILD_FUZZERS=ON >/dev/null
xxgk_build "$build_dir" --target xxgk_fuzzers
dict="$build_dir/tests/fuzz/xxgk.dict"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# seeds_of <target>: the files of tests/data the target starts from
seeds_of() {
  case "$1" in
    parse) ls "$data"/*.txt "$data"/*.md "$data"/*.csv "$data"/*.html ;;
    json) ls "$data"/*.json ;;
    check|c_api) ls "$data"/*.txt "$data"/*.md "$data"/*.csv "$data"/*.html "$data"/*.json ;;
  esac
}

# Prints what a fuzzer log says went wrong, if anything.
what_went_wrong() {
  grep -m1 -E "^==[0-9]+==ERROR|runtime error:|xxgk fuzz: broken promise|ALARM: working on the last Unit|out-of-memory|LeakSanitizer|deadly signal|ParseDictionaryFile" "$1" || true
}

failed=()
summary=()
for target in "${targets[@]}"; do
  fuzzer="$build_dir/tests/fuzz/xxgk_fuzz_$target"
  corpus="$build_dir/corpus/$target"
  seeds="$build_dir/seeds/$target"
  artifacts="$build_dir/artifacts/$target"
  logs="$build_dir/logs"
  rm -rf "$corpus" "$seeds" "$artifacts" "$build_dir/work/$target"
  mkdir -p "$corpus" "$seeds" "$artifacts" "$logs" "$build_dir/work/$target"
  while IFS= read -r f; do
    ln -s "$f" "$seeds/"
    # and the text's first lines (up to 1 KiB): small inputs run many times faster than whole
    # reports, so the fuzzer explores more in a short run
    if [[ "$f" != *.json ]]; then
      head -c 1024 "$f" | sed '$d' >"$seeds/$(basename "$f").head"
    fi
  done < <(seeds_of "$target")

  printf '\n========== fuzz %s: replay tests/fuzz/regressions/%s ==========\n' "$target" "$target"
  regressions=()
  regression_dirs=("$fuzz_src/regressions/$target")
  [[ "$target" == c_api ]] && regression_dirs+=("$fuzz_src/regressions/check")
  for dir in "${regression_dirs[@]}"; do
    for f in "$dir"/*; do
      [[ -f "$f" && "$(basename "$f")" != README* ]] && regressions+=("$f")
    done
  done
  if (( ${#regressions[@]} > 0 )); then
    if ! "$fuzzer" -timeout="$replay_timeout" -rss_limit_mb=2048 -artifact_prefix="$artifacts/" \
         "${regressions[@]}" >"$logs/$target.replay.log" 2>&1; then
      echo "fuzz $target: a regression input fails: $(what_went_wrong "$logs/$target.replay.log")"
      tail -n 40 "$logs/$target.replay.log"
      failed+=("$target (regression replay)")
    else
      echo "fuzz $target: ${#regressions[@]} regression input(s) pass"
    fi
  fi

  printf '\n========== fuzz %s: %ss from %s seed(s) ==========\n' "$target" "$seconds" "$(ls "$seeds" | wc -l)"
  # -jobs=1 runs the fuzzer in a child process whose output goes to fuzz-0.log in the working
  # directory; the parent exits non-zero when the child did.
  status=0
  (cd "$build_dir/work/$target" &&
   "$fuzzer" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -max_len=131072 \
     -dict="$dict" -jobs=1 -print_final_stats=1 -artifact_prefix="$artifacts/" \
     "$corpus" "$seeds") >"$logs/$target.parent.log" 2>&1 || status=$?
  log="$build_dir/work/$target/fuzz-0.log"
  [[ -f "$log" ]] || log="$logs/$target.parent.log"
  cp "$log" "$logs/$target.log"
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$logs/$target.log" | tail -n 1)"
  last="$(grep -E '^#[0-9]+' "$logs/$target.log" | tail -n 1 || true)"
  found="$(ls "$artifacts" | wc -l)"
  if (( status != 0 )) || (( found > 0 )); then
    echo "fuzz $target: FAILED (exit $status): $(what_went_wrong "$logs/$target.log")"
    tail -n 60 "$logs/$target.log"
    echo "fuzz $target: input(s) kept in $artifacts/:"
    ls -l "$artifacts"
    echo "fuzz $target: reproduce with  $fuzzer $artifacts/<file>"
    echo "fuzz $target: then keep it:   cp $artifacts/<file> tests/fuzz/regressions/$target/"
    failed+=("$target")
  fi
  summary+=("$(printf '%-6s %12s executions in %ss, corpus %s files; last: %s' "$target" "${runs:-?}" "$seconds" \
    "$(ls "$corpus" | wc -l)" "${last:-none}")")
done

printf '\n========== fuzz summary ==========\n'
printf '%s\n' "${summary[@]}"
if (( ${#failed[@]} > 0 )); then
  echo "fuzz: FAILED: ${failed[*]} (logs in $build_dir/logs, inputs in $build_dir/artifacts)" >&2
  exit 1
fi
echo "fuzz: no crash, leak, undefined behaviour, broken promise, timeout or OOM in ${#targets[@]} target(s)"
