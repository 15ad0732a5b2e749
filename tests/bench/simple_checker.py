#!/usr/bin/env python3
"""The yardstick of scripts/e2e.sh: a straightforward single-process Python checker, what a
developer writes in an afternoon. For each file: read it, split the lines of tab- and
pipe-separated rows, and for each row of chapter 三 that has seven numbers check that the six
applicant columns add up to the 总计; print one line per file. It reads far less than xxgk-check
(no other layout, no HTML, no JSON, no chapter 四, no positions, no messages): it is the lower
bound of work a checker does, so the ratio measured against it is a conservative one.

    python3 tests/bench/simple_checker.py FILE...
"""
import re
import sys

SPLIT = re.compile(r"\t|\|")
NUMBER = re.compile(r"^-?[0-9]+$")


def check(path):
    with open(path, "rb") as f:
        text = f.read().decode("utf-8", "replace")
    in_chapter_3 = False
    rows = failures = 0
    for line in text.splitlines():
        if "收到和处理政府信息公开申请情况" in line:
            in_chapter_3 = True
        elif "政府信息公开行政复议" in line:
            in_chapter_3 = False
        if not in_chapter_3:
            continue
        cells = [c.strip() for c in SPLIT.split(line)]
        numbers = [int(c) for c in cells if NUMBER.match(c)]
        if len(numbers) >= 7:
            rows += 1
            *parts, total = numbers[-7:]
            if sum(parts) != total:
                failures += 1
    return rows, failures


def main(paths):
    out = []
    for path in paths:
        rows, failures = check(path)
        out.append(f"{path}: {rows} rows, {failures} failing")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
