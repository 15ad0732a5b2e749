#!/usr/bin/env bash
# xxgk-check --jobs N writes exactly what --jobs 1 writes (standard output, standard error and
# exit status), in text and JSON, over every report of tests/data, each given three times so
# that the files outnumber the threads and a window boundary falls inside the list.
#
#   tests/cli/jobs_identical.sh BINARY DATA_DIR
set -uo pipefail
if [[ $# -ne 2 ]]; then
  echo "usage: $0 BINARY DATA_DIR" >&2
  exit 2
fi
BIN=$1
DATA=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if [[ -n "${XXGK_EMULATOR:-}" ]]; then  # cross-compiled: run the checker under the emulator
  run() { $XXGK_EMULATOR "$BIN" "$@"; }
else
  run() { "$BIN" "$@"; }
fi

files=()
for f in "$DATA"/*.txt "$DATA"/*.html "$DATA"/*.json; do files+=("$f"); done
(( ${#files[@]} >= 40 )) || { echo "FAIL: only ${#files[@]} fixtures found in $DATA"; exit 1; }
files=("${files[@]}" "${files[@]}" "${files[@]}")

failures=0
for format in text json; do
  run --format "$format" --jobs 1 "${files[@]}" >"$WORK/out1" 2>"$WORK/err1"
  status1=$?
  for jobs in 2 3 7; do
    run --format "$format" --jobs "$jobs" "${files[@]}" >"$WORK/outn" 2>"$WORK/errn"
    statusn=$?
    if cmp -s "$WORK/out1" "$WORK/outn" && cmp -s "$WORK/err1" "$WORK/errn" && [[ $status1 -eq $statusn ]]; then
      echo "PASS: --format $format --jobs $jobs = --jobs 1 (${#files[@]} files, $(wc -c <"$WORK/out1") bytes, exit $status1)"
    else
      echo "FAIL: --format $format --jobs $jobs differs from --jobs 1 (exit $statusn vs $status1)"
      diff "$WORK/out1" "$WORK/outn" | head -5
      failures=$((failures + 1))
    fi
  done
done
# the outputs compared are whole: every file has its summary line, or the error that it could
# not be read
run --jobs 2 "${files[@]}" >"$WORK/text" 2>/dev/null
summaries=$(grep -c ': [0-9]* 个错误' "$WORK/text")
unreadable=$(grep -c ': error: \[INPUT\.' "$WORK/text")
if (( summaries + unreadable == ${#files[@]} && summaries > unreadable )); then
  echo "PASS: one summary line ($summaries) or INPUT error ($unreadable) per file"
else
  echo "FAIL: $summaries summary lines and $unreadable INPUT errors for ${#files[@]} files"
  failures=$((failures + 1))
fi
exit $((failures != 0))
