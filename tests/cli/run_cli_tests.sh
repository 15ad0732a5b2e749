#!/usr/bin/env bash
# Tests of the xxgk-check command: exit codes, text and JSON output, --emit report-json.
#
#   tests/cli/run_cli_tests.sh BINARY DATA_DIR [TEXT_REPORT]
#
# BINARY       the built examples/xxgk_check.cpp
# DATA_DIR     tests/data (the fixture JSONs)
# TEXT_REPORT  a report as text that checks without errors (default:
#              DATA_DIR/../../examples/data/changchun-2023.txt, skipped when absent)
#
# Needs bash and python3. Prints one line per check and exits 1 if any failed.
set -uo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 BINARY DATA_DIR [TEXT_REPORT]" >&2
  exit 2
fi
BIN=$1
DATA=$2
TEXT_REPORT=${3:-$DATA/../../examples/data/changchun-2023.txt}

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# XXGK_EMULATOR (set by ctest when cross-compiled, e.g. "qemu-aarch64 -L /usr/aarch64-linux-gnu"):
# the checker runs under it
if [[ -n "${XXGK_EMULATOR:-}" ]]; then
  printf '#!/usr/bin/env bash\nexec %s %q "$@"\n' "$XXGK_EMULATOR" "$(realpath "$BIN")" >"$WORK/emulated-checker"
  chmod +x "$WORK/emulated-checker"
  BIN="$WORK/emulated-checker"
fi
failures=0
checks=0

pass() { checks=$((checks + 1)); echo "PASS: $1"; }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); echo "FAIL: $1"; }

# run NAME EXPECTED_STATUS ARGS...: runs the binary, keeps stdout/stderr in $WORK/out, $WORK/err
run() {
  local name=$1 expected=$2
  shift 2
  "$BIN" "$@" >"$WORK/out" 2>"$WORK/err"
  local status=$?
  if [[ $status -eq $expected ]]; then
    pass "$name (exit $status)"
  else
    fail "$name: exit $status, expected $expected"
    sed 's/^/    out| /' "$WORK/out" | head -5
    sed 's/^/    err| /' "$WORK/err" | head -5
  fi
}
# expect NAME FILE PATTERN: FILE contains the fixed string PATTERN
expect() {
  if grep -qF -- "$3" "$2"; then pass "$1"; else fail "$1: '$3' not in $(basename "$2")"; fi
}
expect_not() {
  if grep -qF -- "$3" "$2"; then fail "$1: '$3' in $(basename "$2")"; else pass "$1"; fi
}
expect_empty() {
  if [[ ! -s $2 ]]; then pass "$1"; else fail "$1: $(basename "$2") is not empty"; fi
}

# ---- command line ------------------------------------------------------------------------------
run "--help" 0 --help
expect "--help names the usage" "$WORK/out" "usage: xxgk-check"
expect "--help lists the rules from the catalogue" "$WORK/out" "S3.BALANCE"
expect "--help gives the Chinese rule text" "$WORK/out" "三、每一列：一 + 二 = （七）总计 + 四"
expect "--help explains exit status 2" "$WORK/out" "could not be read or parsed"
expect "--help lists EXPLAIN.CELL" "$WORK/out" "EXPLAIN.CELL"
expect_empty "--help writes nothing to stderr" "$WORK/err"
run "-h" 0 -h

run "unknown option" 2 --bogus "$DATA/changchun-2023.json"
expect "unknown option is named" "$WORK/err" "unknown option '--bogus'"
expect "unknown option prints the usage" "$WORK/err" "usage: xxgk-check"
expect_empty "unknown option writes nothing to stdout" "$WORK/out"
run "bad --format value" 2 --format xml "$DATA/changchun-2023.json"
expect "bad value is named" "$WORK/err" "invalid value 'xml' for --format"
run "bad --lang=value" 2 --lang=fr "$DATA/changchun-2023.json"
run "bad --edition" 2 --edition 2020 "$DATA/changchun-2023.json"
run "bad --emit" 2 --emit yaml "$DATA/changchun-2023.json"
run "option without value" 2 "$DATA/changchun-2023.json" --lang
expect "missing value is named" "$WORK/err" "--lang needs a value"
run "no FILE" 2
expect "no FILE is said" "$WORK/err" "no FILE given"

# ---- files that cannot be read ---------------------------------------------------------------
run "missing file" 2 "$WORK/does-not-exist.json"
expect "missing file is reported as an error of that file" "$WORK/out" "does-not-exist.json: error:"
: >"$WORK/empty.txt"
run "empty file" 2 "$WORK/empty.txt"
expect "empty file: INPUT.EMPTY" "$WORK/out" "empty.txt: error: [INPUT.EMPTY]"
printf '{"edition": "2021",\n  "section3": [}\n' >"$WORK/broken.json"
run "broken JSON" 2 --lang en "$WORK/broken.json"
expect "broken JSON: INPUT.JSON with its line" "$WORK/out" "broken.json:2:"
expect "broken JSON: INPUT.JSON" "$WORK/out" "[INPUT.JSON]"
run "a missing file among good ones still gives 2" 2 "$DATA/changchun-2023.json" "$WORK/nope.json" "$DATA/huaian-hongze-2023.json"
expect "the files after the missing one are still checked" "$WORK/out" "huaian-hongze-2023.json: 2 个错误"

# ---- JSON reports ----------------------------------------------------------------------------------
run "changchun-2023.json is consistent" 0 "$DATA/changchun-2023.json"
expect "changchun-2023.json summary (zh)" "$WORK/out" "changchun-2023.json: 0 个错误，0 个警告"
run "changchun-2023.json in English" 0 --lang en "$DATA/changchun-2023.json"
expect "changchun-2023.json summary (en)" "$WORK/out" "changchun-2023.json: 0 errors, 0 warnings"

# huaian-hongze-2023: section4 reconsideration [10, 1, 0, 0, 0] and after-reconsideration
# [5, 0, 0, 0, 0]: totals printed 0 under 11 and 5
run "huaian-hongze-2023.json has errors" 1 "$DATA/huaian-hongze-2023.json"
expect "S4.TOTAL reconsideration" "$WORK/out" "[S4.TOTAL] 四、政府信息公开行政复议、行政诉讼情况 行政复议 / 总计：总计 = 0，结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 11"
expect "S4.TOTAL litigation after reconsideration" "$WORK/out" "行政诉讼·复议后起诉 / 总计：总计 = 0"
expect "huaian-hongze-2023.json summary" "$WORK/out" "huaian-hongze-2023.json: 2 个错误，1 个警告"
run "errors in one file of several give 1" 1 "$DATA/changchun-2023.json" "$DATA/huaian-hongze-2023.json"

# every fixture: the exit status agrees with an independent computation of the identities
cat >"$WORK/oracle.py" <<'PY'
import json, sys
S3_2021_LEAVES = ["granted", "partially_granted", "withheld_state_secret", "withheld_law_prohibited",
                  "withheld_security_stability", "withheld_third_party", "withheld_internal_affairs",
                  "withheld_process_info", "withheld_enforcement_file", "withheld_admin_query",
                  "unable_not_held", "unable_needs_creation", "unable_unclear", "declined_petition",
                  "declined_duplicate", "declined_publication", "declined_excessive",
                  "declined_confirmation"]
OTHER = ["other_overdue_correction", "other_unpaid_fee", "other_misc"]
def v(x): return 0 if x is None else x
def errors(doc):
    n = 0
    s3 = doc.get("section3", {})
    for row in s3.values():
        if v(row[6]) != sum(v(x) for x in row[:6]): n += 1
        n += sum(1 for x in row if x is not None and x < 0)
    other = OTHER if all(k in s3 for k in OTHER) else ["other_handling"]
    parts = S3_2021_LEAVES + other
    if "outcome_total" in s3 and all(k in s3 for k in parts):
        for c in range(7):
            if v(s3["outcome_total"][c]) != sum(v(s3[k][c]) for k in parts): n += 1
    if all(k in s3 for k in ["new_received", "carried_over", "outcome_total", "carried_forward"]):
        for c in range(7):
            if v(s3["new_received"][c]) + v(s3["carried_over"][c]) != v(s3["outcome_total"][c]) + v(s3["carried_forward"][c]): n += 1
    for row in doc.get("section4", {}).values():
        if v(row[4]) != sum(v(x) for x in row[:4]): n += 1
    return n
print(1 if errors(json.load(open(sys.argv[1]))) else 0)
PY
count=0
for f in "$DATA"/*.json; do
  expected=$(python3 "$WORK/oracle.py" "$f") || { fail "oracle failed on $f"; continue; }
  run "$(basename "$f") exits as its identities say" "$expected" "$f"
  count=$((count + 1))
done
if [[ $count -ge 22 ]]; then pass "every fixture JSON checked ($count)"; else fail "only $count fixture JSONs in $DATA"; fi

# ---- standard input ----------------------------------------------------------------------------
"$BIN" - <"$DATA/changchun-2023.json" >"$WORK/out" 2>"$WORK/err"
if [[ $? -eq 0 ]]; then pass "JSON on standard input"; else fail "JSON on standard input"; fi
expect "standard input is named <stdin>" "$WORK/out" "<stdin>: 0 个错误，0 个警告"
cp "$DATA/huaian-hongze-2023.json" "$WORK/report-without-extension"
run "JSON recognised by its first character" 1 "$WORK/report-without-extension"

# ---- --format json -------------------------------------------------------------------------------
run "--format json" 1 --format json --lang en "$DATA/changchun-2023.json" "$DATA/huaian-hongze-2023.json"
if python3 -m json.tool "$WORK/out" >/dev/null; then pass "--format json output is one JSON document"; else fail "--format json output does not parse"; fi
python3 - "$WORK/out" <<'PY' && pass "--format json content" || fail "--format json content"
import json, sys
doc = json.load(open(sys.argv[1]))
files = doc["files"]
assert [f["file"].rsplit("/", 1)[-1] for f in files] == ["changchun-2023.json", "huaian-hongze-2023.json"], files
assert files[0]["findings"] == [] and files[0]["edition"] == "2021" and files[0]["year"] == 2023
s4 = [f for f in files[1]["findings"] if f["rule"] == "S4.TOTAL"]
assert len(s4) == 2, s4
assert s4[0]["table"] == "section4" and s4[0]["row"] == "reconsideration" and s4[0]["column"] == "total"
assert s4[0]["expected"] == 11 and s4[0]["actual"] == 0, s4[0]
assert s4[0]["message"].startswith("section4 reconsideration / total"), s4[0]
# and an EXPLAIN.CELL note for each group of chapter 四 whose total fails
assert files[1]["summary"] == {"errors": 2, "warnings": 1, "notes": 2}, files[1]["summary"]
PY
run "--format json with an unreadable file" 2 --format=json "$WORK/empty.txt" "$DATA/changchun-2023.json"
python3 - "$WORK/out" <<'PY' && pass "--format json reports the unreadable file" || fail "--format json with an unreadable file"
import json, sys
files = json.load(open(sys.argv[1]))["files"]
assert files[0]["edition"] is None and files[0]["findings"][0]["rule"] == "INPUT.EMPTY", files[0]
assert files[1]["summary"]["errors"] == 0
PY

# ---- --emit report-json --------------------------------------------------------------------------
normalise() {  # the canonical form of a report JSON: '_' keys dropped, keys sorted
  python3 -c '
import json, sys
for line in sys.stdin:
    if line.strip():
        d = json.loads(line)
        print(json.dumps({k: v for k, v in d.items() if not k.startswith("_")}, sort_keys=True, ensure_ascii=False))
'
}
for f in "$DATA"/*.json; do
  name=$(basename "$f")
  "$BIN" --emit report-json "$f" >"$WORK/emitted" 2>"$WORK/err"
  status=$?
  if [[ $status -eq 2 ]]; then fail "--emit report-json $name: exit 2"; continue; fi
  lines=$(wc -l <"$WORK/emitted")
  python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))))' "$f" | normalise >"$WORK/expected"
  normalise <"$WORK/emitted" >"$WORK/actual"
  if [[ $lines -eq 1 ]] && diff -q "$WORK/expected" "$WORK/actual" >/dev/null; then
    pass "--emit report-json round-trips $name"
  else
    fail "--emit report-json $name ($lines lines)"
    diff "$WORK/expected" "$WORK/actual" | head -5
  fi
done
run "--emit report-json: several files, one line each" 1 --emit report-json "$DATA/changchun-2023.json" "$DATA/huaian-hongze-2023.json"
if [[ $(wc -l <"$WORK/out") -eq 2 ]]; then pass "--emit report-json prints one line per report"; else fail "--emit report-json line count"; fi
expect_not "--emit report-json keeps findings off stdout" "$WORK/out" "[S4.TOTAL]"
expect "--emit report-json sends findings to stderr" "$WORK/err" "[S4.TOTAL]"
run "--emit report-json: an unreadable file prints no report" 2 --emit report-json "$WORK/empty.txt"
expect_empty "--emit report-json: nothing on stdout for it" "$WORK/out"
expect "--emit report-json: its error on stderr" "$WORK/err" "[INPUT.EMPTY]"

# ---- a report as text -----------------------------------------------------------------------------
if [[ -f $TEXT_REPORT ]]; then
  run "text report $(basename "$TEXT_REPORT")" 0 "$TEXT_REPORT"
  expect "text report: findings carry line and column" "$WORK/out" "$(basename "$TEXT_REPORT"):"
  run "text report, --edition 2021" 0 --edition 2021 "$TEXT_REPORT"
  run "text report emitted as JSON" 0 --emit report-json "$TEXT_REPORT"
  if python3 -c 'import json,sys; d=json.loads(open(sys.argv[1]).readline()); assert d["edition"]=="2021" and "section3" in d' "$WORK/out"; then
    pass "text report emitted as canonical JSON"
  else
    fail "text report emitted as canonical JSON"
  fi
else
  echo "SKIP: no text report at $TEXT_REPORT"
fi

# ---- EXPLAIN.CELL: the number that explains failing identities ----------------------------------
if [[ -f $TEXT_REPORT ]]; then
  # （一）予以公开, 自然人: 25 → 26 (the issue's example)
  python3 - "$TEXT_REPORT" "$WORK/granted-26.txt" <<'PY'
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
for i, line in enumerate(lines):
    if "予以公开" in line:
        lines[i] = re.sub(r"\t25\t", "\t26\t", line, count=1)
        assert lines[i] != line, line
        break
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(lines))
PY
  run "one changed number: errors" 1 --lang en "$WORK/granted-26.txt"
  expect "EXPLAIN.CELL names the changed cell and the value it needs" "$WORK/out" \
    "granted-26.txt:42:20: note: [EXPLAIN.CELL] section3 granted / natural_person: published 26; 25 would make [S3.ROW] granted / total and [S3.TOTAL] outcome_total / natural_person hold"
  expect "EXPLAIN.CELL is counted as a note" "$WORK/out" "2 errors, 4 warnings, 1 note"
  expect "the findings it explains are still there" "$WORK/out" "[S3.ROW] section3 granted / total: total = 30"
  run "one changed number, in Chinese" 1 "$WORK/granted-26.txt"
  expect "EXPLAIN.CELL (zh)" "$WORK/out" \
    "note: [EXPLAIN.CELL] 三、收到和处理政府信息公开申请情况 （一）予以公开 / 自然人：公布为 26，若为 25，则 [S3.ROW] （一）予以公开 / 总计、[S3.TOTAL] （七）总计 / 自然人 都成立"
  run "one changed number, --format json" 1 --format json --lang en "$WORK/granted-26.txt"
  python3 - "$WORK/out" <<'PY' && pass "--format json: the EXPLAIN.CELL note" || fail "--format json: the EXPLAIN.CELL note"
import json, sys
f = json.load(open(sys.argv[1]))["files"][0]
notes = [x for x in f["findings"] if x["rule"] == "EXPLAIN.CELL"]
assert len(notes) == 1, notes
n = notes[0]
assert n["severity"] == "note" and n["table"] == "section3" and n["row"] == "granted", n
assert n["column"] == "natural_person" and n["actual"] == 26 and n["expected"] == 25, n
assert (n["line"], n["col"]) == (42, 20), n
assert n["candidates"] == [{"table": "section3", "row": "granted", "column": "natural_person", "previous": False,
                            "actual": 26, "expected": 25, "line": 42, "col": 20, "raw": "26"}], n["candidates"]
assert [(x["rule"], x["row"], x["column"]) for x in n["explains"]] == [
    ("S3.ROW", "granted", "total"), ("S3.TOTAL", "outcome_total", "natural_person")], n["explains"]
assert f["summary"] == {"errors": 2, "warnings": 4, "notes": 1}, f["summary"]
assert all("candidates" not in x for x in f["findings"] if x["rule"] != "EXPLAIN.CELL")
PY
  run "the report as published" 0 --lang en "$TEXT_REPORT"
  expect_not "a consistent report has no EXPLAIN.CELL" "$WORK/out" "[EXPLAIN.CELL]"
fi
run "chapter 四 groups whose totals fail" 1 --lang en "$DATA/huaian-hongze-2023.json"
expect "a group with one possible mistake: its total" "$WORK/out" \
  "note: [EXPLAIN.CELL] section4 reconsideration / total: published 0; 11 would make [S4.TOTAL] reconsideration / total hold"
expect "a group with two: both listed" "$WORK/out" \
  "any one of 2 numbers, changed alone, would make [S4.TOTAL] litigation_after_reconsideration / total hold without breaking an identity that holds: litigation_after_reconsideration / upheld published 5, would be 0; litigation_after_reconsideration / total published 0, would be 5"

# ---- inferred cells: crawler text whose digits ran together (FORMAT.md, "Inferred cells") --------
CRAWLED=$DATA/pingtan-2021.txt
if [[ -f $CRAWLED ]]; then
  run "crawled text with run-together digits" 0 --lang en "$CRAWLED"
  expect "crawled text: rows read by their split" "$WORK/out" "[FMT.INFERRED_ROW]"
  expect "crawled text: S3.ROW cannot check a row it read" "$WORK/out" \
    "section3 new_received / total: not assessable (total = the sum of the six applicant columns): the row was read with this identity"
  expect "crawled text: the inferred cells are listed after the summary" "$WORK/out" " inferred cells in "
  expect "crawled text: by row" "$WORK/out" "section3.new_received, section3.carried_over"
  run "crawled text in Chinese" 0 "$CRAWLED"
  expect "crawled text: 推定值 (zh)" "$WORK/out" "个推定值（原文数字连写、与标签分离或缺少空白单元格，按唯一相符的读法读取），在 "
  expect "crawled text: S3.ROW not assessable (zh)" "$WORK/out" "该行数字是按此等式推定读取的（连写的数字拆分，或与标签分离的数字对应到行），不能再用它核对该行"
  run "consistent text names no inferred cell" 0 --lang en "$DATA/huaian-hongze-2024.txt"
  expect_not "consistent text: no inferred line" "$WORK/out" "inferred cell"

  run "crawled text, --format json" 0 --format json --lang en "$CRAWLED"
  python3 - "$WORK/out" <<'PY' && pass "--format json: inferred cells and findings that rest on them" || fail "--format json: inferred"
import json, sys
f = json.load(open(sys.argv[1]))["files"][0]
assert "section3.new_received.natural_person" in f["inferred"] and "section4.reconsideration.total" in f["inferred"], f["inferred"]
assert all(isinstance(x["inferred"], bool) for x in f["findings"])
rows = [x for x in f["findings"] if x["rule"] == "S3.ROW" and x["row"] == "new_received"]
assert len(rows) == 1 and rows[0]["verdict"] == "not_assessable" and rows[0]["inferred"] is True, rows
assert all(not x["inferred"] for x in f["findings"] if x["rule"] == "FMT.INFERRED_ROW")
PY
  run "--format json: a JSON report without inferred cells" 0 --format json "$DATA/changchun-2023.json"
  python3 -c 'import json,sys; f=json.load(open(sys.argv[1]))["files"][0]; assert f["inferred"] == [], f' "$WORK/out" \
    && pass "--format json: no inferred cell is an empty list" || fail "--format json: inferred of a consistent report"

  run "crawled text, --emit report-json" 0 --emit report-json "$CRAWLED"
  cp "$WORK/out" "$WORK/crawled.json"
  python3 - "$WORK/crawled.json" <<'PY' && pass "--emit report-json writes the inferred array last" || fail "--emit report-json: inferred array"
import json, sys
d = json.loads(open(sys.argv[1]).readline())
assert list(d)[-1] == "inferred", list(d)
assert d["inferred"][:1] == ["section2.regulations.issued"], d["inferred"][:3]
assert "section3.new_received.total" in d["inferred"]
assert all(p.count(".") == 2 for p in d["inferred"])
PY
  run "the emitted report read back" 0 --emit report-json "$WORK/crawled.json"
  if cmp -s "$WORK/out" "$WORK/crawled.json"; then pass "--emit report-json round-trips the inferred marks"; else fail "--emit report-json round trip of inferred marks"; fi
  run "the emitted report checked" 0 --lang en "$WORK/crawled.json"
  expect "a JSON report's inferred cells are listed" "$WORK/out" " inferred cells in "
  "$BIN" --emit report-json "$DATA/changchun-2023.json" >"$WORK/out" 2>/dev/null
  expect_not "--emit report-json: no inferred key without inferred cells" "$WORK/out" '"inferred"'

  python3 - "$WORK/crawled.json" "$WORK/bad-path.json" <<'PY'
import json, sys
d = json.loads(open(sys.argv[1]).readline())
d["inferred"] = ["section3.new_received.total", "section3.granted.bogus"]
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
  run "a bad inferred path is an error" 1 --lang en "$WORK/bad-path.json"
  expect "a bad inferred path: INPUT.JSON naming it" "$WORK/out" '/inferred/1: "section3.granted.bogus" names no cell'
fi

# ---- across years: --previous and --series -----------------------------------------------------
HONGZE_2023=$DATA/huaian-hongze-2023.txt
HONGZE_2024=$DATA/huaian-hongze-2024.txt
if [[ -f $HONGZE_2023 && -f $HONGZE_2024 ]]; then
  run "--previous: 2024 continues 2023" 0 --lang en --previous "$HONGZE_2023" "$HONGZE_2024"
  expect_not "--previous: no X.CARRY when the numbers agree" "$WORK/out" "[X.CARRY]"
  # 二、上年结转, 商业企业 (the second number of the row) 0 → 1, the row's own total kept
  python3 - "$HONGZE_2024" "$WORK/changed-2024.txt" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
label = "二、上年结转政府信息公开申请数量"
at = text.index(label) + len(label)
line_end = text.index("\n", at)
numbers = list(re.finditer(r"\d+", text[at:line_end]))
second = numbers[1]
changed = text[:at + second.start()] + "1" + text[at + second.end():]
open(sys.argv[2], "w", encoding="utf-8").write(changed)
PY
  run "--previous: a changed carried-over cell fails" 1 --lang en --previous "$HONGZE_2023" "$WORK/changed-2024.txt"
  expect "--previous: X.CARRY at the commercial column" "$WORK/out" "[X.CARRY]"
  expect "--previous: the column is named" "$WORK/out" "commercial"
  expect "--previous: EXPLAIN.CELL names the carried-over cell, X.CARRY among what it explains" "$WORK/out" \
    "[X.CARRY] carried_over / commercial hold without breaking an identity that holds: the likely mistake"
  # 1: the 2023 report has its own S4.TOTAL errors (chapter 四 totals printed as 0)
  run "--series: two years in order" 1 --lang en --series "$HONGZE_2023" "$HONGZE_2024"
  expect "--series: the 2023 report's own errors" "$WORK/out" "[S4.TOTAL]"
  expect_not "--series: 2024 continues 2023" "$WORK/out" "[X.CARRY]"
  expect_not "--series: the years follow each other" "$WORK/out" "[X.SERIES]"
  run "--series: a year missing in the series is X.SERIES" 1 --lang en --series "$HONGZE_2023" "$TEXT_REPORT"
  expect "--series: X.SERIES said" "$WORK/out" "[X.SERIES]"
  run "--previous with two files is a usage error" 2 --previous "$HONGZE_2023" "$HONGZE_2024" "$HONGZE_2024"
  run "--previous of an unreadable file" 2 --previous "$WORK/empty.txt" "$HONGZE_2024"
fi

# ---- what CI reads: --fail-on and --format sarif ------------------------------------------------
# tests/cli/truncated-changchun-2023.txt is examples/data/changchun-2023.txt with the second half of
# chapter 三 cut out (from （四）无法提供 to 四、结转下年度继续办理): no identity can fail, rows are missing.
TRUNCATED=$(dirname "${BASH_SOURCE[0]}")/truncated-changchun-2023.txt
run "a truncated report has no error finding" 0 --lang en "$TRUNCATED"
expect "a truncated report: its rows are missing" "$WORK/out" "[FMT.MISSING_ROW]"
run "--fail-on warning: a truncated report fails" 1 --fail-on warning "$TRUNCATED"
run "--fail-on=warning" 1 --fail-on=warning "$TRUNCATED"
run "--fail-on error: a truncated report passes" 0 --fail-on error "$TRUNCATED"
run "--fail-on note: notes fail too" 1 --fail-on note "$DATA/huaian-hongze-2024.json"
run "--fail-on warning: a report without warnings passes" 0 --fail-on warning "$DATA/changchun-2023.json"
run "bad --fail-on" 2 --fail-on fatal "$DATA/changchun-2023.json"
expect "bad --fail-on value is named" "$WORK/err" "invalid value 'fatal' for --fail-on"
run "--help explains --fail-on" 0 --help
expect "--help: --fail-on" "$WORK/out" "--fail-on error|warning|note"
expect "--help: --format sarif" "$WORK/out" "--format text|json|sarif"

# The SARIF log against the required properties of the SARIF 2.1.0 schema (sarifLog: version, runs;
# run: tool; tool: driver; toolComponent: name; reportingDescriptor: id; result: message with text;
# region: startLine, startColumn >= 1; level among the schema's values) and what xxgk promises in it.
cat >"$WORK/sarif_check.py" <<'PY'
import json, sys
log = json.load(open(sys.argv[1], encoding="utf-8"))
expect = json.loads(sys.argv[2])
assert log["version"] == "2.1.0", log.get("version")
assert log["$schema"].endswith("sarif-2.1.0.json")
assert isinstance(log["runs"], list) and len(log["runs"]) == 1
run = log["runs"][0]
driver = run["tool"]["driver"]
assert isinstance(driver["name"], str) and driver["name"]
rules = driver["rules"]
ids = [r["id"] for r in rules]
assert len(ids) == len(set(ids)), "rule ids are unique"
for r in rules:
    assert isinstance(r["id"], str) and r["id"]
    for key in ("shortDescription", "fullDescription"):
        assert isinstance(r[key]["text"], str) and r[key]["text"]
    assert r["defaultConfiguration"]["level"] in ("none", "note", "warning", "error")
    assert r["properties"]["zh"] and r["properties"]["en"]
for needed in ("S3.ROW", "S3.TOTAL", "S3.BALANCE", "S4.TOTAL", "X.CARRY", "FMT.MISSING_ROW", "INPUT.FILE", "EXPLAIN.CELL"):
    assert needed in ids, needed
assert run["columnKind"] in ("utf16CodeUnits", "unicodeCodePoints")
results = run["results"]
for res in results:
    assert isinstance(res["message"]["text"], str) and res["message"]["text"]
    assert res["level"] in ("none", "note", "warning", "error")
    if "ruleIndex" in res:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"], res
    for loc in res.get("locations", []):
        phys = loc["physicalLocation"]
        assert phys["artifactLocation"]["uri"]
        region = phys.get("region")
        if region is not None:
            assert isinstance(region["startLine"], int) and region["startLine"] >= 1
            if "startColumn" in region:
                assert isinstance(region["startColumn"], int) and region["startColumn"] >= 1
        for logical in loc.get("logicalLocations", []):
            assert logical["fullyQualifiedName"].count(".") >= 1
found = [(r["ruleId"], r["level"], r["locations"][0]["physicalLocation"].get("region", {}).get("startLine"),
          r["locations"][0]["physicalLocation"].get("region", {}).get("startColumn"),
          [l["fullyQualifiedName"] for l in r["locations"][0].get("logicalLocations", [])])
         for r in results]
for want in expect:
    assert any(f[0] == want[0] and f[1] == want[1] and (want[2] is None or f[2] == want[2]) and
               (want[3] is None or f[3] == want[3]) and (want[4] is None or want[4] in f[4]) for f in found), (want, found)
PY
sarif_check() {  # NAME FILE EXPECTED_JSON
  if python3 "$WORK/sarif_check.py" "$2" "$3" >"$WORK/sarif_err" 2>&1; then pass "$1"; else fail "$1"; sed 's/^/    | /' "$WORK/sarif_err" | tail -5; fi
}
# a changed number of the bundled report: （一）予以公开 / 自然人 25 → 26, on line 42 of the text, at
# character 20 (byte 48: the labels before it are Chinese; SARIF counts code points)
python3 - "$TEXT_REPORT" "$WORK/changed-2023.txt" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
assert lines[41].split("\t")[2] == "25", lines[41]
cells = lines[41].split("\t"); cells[2] = "26"; lines[41] = "\t".join(cells)
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(lines))
PY
run "--format sarif: a report with errors exits 1" 1 --format sarif --lang en "$WORK/changed-2023.txt"
cp "$WORK/out" "$WORK/changed.sarif"
sarif_check "--format sarif: valid SARIF 2.1.0, S3.ROW and S3.TOTAL on their lines and cells" "$WORK/changed.sarif" \
  '[["S3.ROW", "error", 42, null, "section3.granted.total"],
    ["S3.TOTAL", "error", 64, null, "section3.outcome_total.natural_person"],
    ["EXPLAIN.CELL", "note", 42, 20, "section3.granted.natural_person"],
    ["FMT.LABEL", "warning", null, null, null]]'
expect_empty "--format sarif: nothing on standard error" "$WORK/err"
run "--format sarif: the truncated report with --fail-on warning" 1 --format sarif --fail-on warning "$TRUNCATED"
sarif_check "--format sarif: FMT.MISSING_ROW of the truncated report" "$WORK/out" \
  '[["FMT.MISSING_ROW", "warning", null, null, "section3.carried_forward"]]'
run "--format sarif: several files, one missing" 2 --format sarif "$DATA/changchun-2023.json" "$WORK/nope.json" "$TEXT_REPORT"
sarif_check "--format sarif: an unreadable file is its INPUT.FILE result" "$WORK/out" '[["INPUT.FILE", "error", null, null, null]]'
python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["runs"][0]["results"]; u={x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for x in r}; assert any(v.endswith("nope.json") for v in u), u' "$WORK/out" \
  && pass "--format sarif: results name their files" || fail "--format sarif: results name their files"
run "--format sarif on standard input" 1 --format sarif - <"$WORK/changed-2023.txt"
sarif_check "--format sarif on standard input" "$WORK/out" \
  '[["EXPLAIN.CELL", "note", 42, 20, "section3.granted.natural_person"]]'

# ---- what people read: --format html ------------------------------------------------------------
# The page's structure is the html writer's (tests/unit/html_writer_test.cpp) and is tried in a
# browser by web/test/writer_page.test.js; here: the checker writes one page for all its FILEs,
# the failing cells marked, source lines quoted, an unreadable file shown, nothing fetched.
cat >"$WORK/html_check.py" <<'PY'
import html.parser, sys
class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.classes, self.external, self.reports, self.src = {}, [], 0, []
        self.in_src = False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a: self.classes[a["id"]] = a.get("class") or ""
        if tag == "section" and "report" in (a.get("class") or "").split(): self.reports += 1
        for k in ("src", "href"):
            if k in a and a[k] and not a[k].startswith("#"): self.external.append(a[k])
        if tag == "code" and a.get("class") == "src": self.in_src = True; self.src.append("")
    def handle_endtag(self, tag):
        if tag == "code": self.in_src = False
    def handle_data(self, d):
        if self.in_src: self.src[-1] += d
p = Page()
text = open(sys.argv[1], encoding="utf-8").read()
p.feed(text)
assert text.lstrip().lower().startswith("<!doctype html"), text[:40]
assert not p.external, p.external
assert p.reports == int(sys.argv[2]), p.reports
for spec in sys.argv[3:]:
    kind, _, value = spec.partition("=")
    if kind == "err": assert "err" in p.classes.get(value, "").split(), (value, p.classes.get(value))
    elif kind == "clean": assert not any(c in p.classes.get(value, "").split() for c in ("err", "warn")), (value, p.classes.get(value))
    elif kind == "src": assert any(value in s for s in p.src), (value, p.src[:3])
    elif kind == "text": assert value in text, value
    else: raise SystemExit("bad spec " + spec)
PY
html_check() {  # NAME FILE REPORTS SPEC...
  local name=$1
  shift
  if python3 "$WORK/html_check.py" "$@" >"$WORK/html_err" 2>&1; then pass "$name"; else fail "$name"; sed 's/^/    | /' "$WORK/html_err" | tail -5; fi
}
run "--format html: a report with errors exits 1" 1 --format html --lang en "$WORK/changed-2023.txt"
cp "$WORK/out" "$WORK/changed.html"
html_check "--format html: the changed cell is an error, its neighbour in another row is not, its line quoted" \
  "$WORK/changed.html" 1 err=r1-section3-granted-total clean=r1-section3-new_received-total \
  "src=$(sed -n 42p "$WORK/changed-2023.txt" | cut -f1)" text=S3.ROW text=S3.TOTAL
expect_empty "--format html: nothing on standard error" "$WORK/err"
run "--format html: a consistent report exits 0" 0 --format html "$DATA/changchun-2023.json"
html_check "--format html: a consistent report has no cell marked" "$WORK/out" 1 clean=r1-section3-granted-total
run "--format html: several files, one missing" 2 --format html "$DATA/changchun-2023.json" "$WORK/nope.json" "$WORK/changed-2023.txt"
html_check "--format html: one page of three files, the unreadable one with INPUT.FILE" "$WORK/out" 3 text=INPUT.FILE text=nope.json
run "--format html --jobs 2: the same page" 2 --format html --jobs 2 "$DATA/changchun-2023.json" "$WORK/nope.json" "$WORK/changed-2023.txt"
cp "$WORK/out" "$WORK/jobs2.html"
"$BIN" --format html --jobs 1 "$DATA/changchun-2023.json" "$WORK/nope.json" "$WORK/changed-2023.txt" >"$WORK/jobs1.html" 2>/dev/null
if cmp -s "$WORK/jobs1.html" "$WORK/jobs2.html"; then pass "--format html: --jobs 2 and --jobs 1 write the same page"; else fail "--format html: --jobs 2 and --jobs 1 write the same page"; fi
run "--format html: a GBK page" 0 --format html "$DATA/html-gbk.html"
html_check "--format html: a GBK page is shown in UTF-8" "$WORK/out" 1 "text=INPUT.DECODED" "text=宿迁市人民政府"

echo "$((checks - failures))/$checks checks passed"
[[ $failures -eq 0 ]]
