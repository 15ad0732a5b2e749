#!/usr/bin/env python3
"""A cell lost, gained or run together in one line of a markdown table never makes a wrong number.

    python3 tests/layouts/mutations.py --checker build/test/examples/xxgk-check [--count N] [--seed S]

PDF→markdown converters break tables one line at a time: a cell dropped, an empty cell added,
two cells written as one (`| 3001 53 |`, `| 300153 |`), a cell written twice. Each case here
takes one whole report of tests/data in one of `layouts.py`'s markdown layouts, changes one cell
of one line of a table so, and reads it back with `xxgk-check --emit report-json`: every cell it
reads must be the report's (a changed row may stay unread). Seeded, so a run is repeatable.

Exits 1 when a cell is read with a value other than the report's. Cases are written to a
temporary folder (`--keep DIR` keeps those that failed).
"""
import argparse
import json
import pathlib
import random
import re
import shutil
import subprocess
import sys
import tempfile

import layouts

NUMBER = re.compile(r"^\**[\d.]+\**$")
EMPTY = ("", "None", "nan")
MARKDOWN = ["markdown", "markdown-repeated-spans", "markdown-none-cells", "markdown-br-in-labels",
            "markdown-bold-numbers", "markdown-dataframe", "markdown-label-rows"]


def mutate(cells, kind, rng):
    """`cells` with one change of `kind`, or None when the line has no cell for it."""
    spots = [k for k, c in enumerate(cells) if NUMBER.match(c) or c in EMPTY]
    if kind == "drop_empty":
        spots = [k for k, c in enumerate(cells) if c in EMPTY]
    if not spots:
        return None
    j = rng.choice(spots)
    if kind in ("drop", "drop_empty"):
        return cells[:j] + cells[j + 1:]
    if kind == "insert_empty":
        return cells[:j] + [""] + cells[j:]
    if kind == "duplicate":
        return cells[:j] + [cells[j]] + cells[j:]
    if j + 1 >= len(cells):
        return None
    joined = cells[j] + (" " if kind == "run_together_space" else "") + cells[j + 1]
    return cells[:j] + [joined.strip()] + cells[j + 2:]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--checker", required=True, help="the xxgk-check executable")
    ap.add_argument("--count", type=int, default=300, help="cases (default 300)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--keep", help="copy the cases that failed into this folder")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    reports = [(p.stem, json.loads(p.read_text(encoding="utf-8"))) for p in layouts.whole_reports()]
    kinds = ["drop", "drop_empty", "insert_empty", "duplicate", "run_together", "run_together_space"]
    tally = {k: [0, 0] for k in kinds}
    failures = []
    with tempfile.TemporaryDirectory(prefix="xxgk-mutations-") as folder:
        cases = []
        while len(cases) < args.count:
            stem, report = rng.choice(reports)
            layout = rng.choice(MARKDOWN)
            lines = layouts.LAYOUTS[layout][0](report).split("\n")
            rows = [i for i, l in enumerate(lines)
                    if l.startswith("|") and not l.startswith("|---") and re.search(r"\| \**\d", l)]
            if not rows:
                continue
            i = rng.choice(rows)
            kind = rng.choice(kinds)
            changed = mutate([c.strip() for c in lines[i].strip().strip("|").split("|")], kind, rng)
            if changed is None:
                continue
            lines[i] = "| " + " | ".join(changed) + " |"
            path = pathlib.Path(folder) / ("%d.%s.%s.md" % (len(cases), stem, layout))
            path.write_text("\n".join(lines), encoding="utf-8")
            cases.append((path, kind, layouts.cells_of(report), lines[i]))
        got_all = layouts.read_back(args.checker, [c[0] for c in cases])
        for (path, kind, want, line), got in zip(cases, got_all):
            wrong = sorted(k for k, x in got.items() if k not in want or x != want[k])
            tally[kind][0] += 1
            if wrong:
                tally[kind][1] += 1
                failures.append("%s (%s, %s): WRONG NUMBERS %s" % (path.name, kind, line[:100], wrong[:4]))
                if args.keep:
                    pathlib.Path(args.keep).mkdir(parents=True, exist_ok=True)
                    shutil.copy(path, args.keep)
    print("%d cases, seed %d" % (len(cases), args.seed))
    print("| change | cases | with a wrong number |\n|---|--:|--:|")
    for kind, (n, bad) in tally.items():
        print("| %s | %d | %d |" % (kind, n, bad))
    for f in failures:
        print("FAIL " + f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
