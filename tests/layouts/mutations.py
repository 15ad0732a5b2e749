#!/usr/bin/env python3
"""A table broken the way converters and editors break one never makes a wrong number.

    python3 tests/layouts/mutations.py --checker build/test/examples/xxgk-check [--count N] [--seed S]

Each case takes one whole report of tests/data in one of `layouts.py`'s layouts, breaks it once,
and reads it back with `xxgk-check --emit report-json`: every cell it reads must be the report's
(a broken row may stay unread). Seeded, so a run is repeatable. Three families of breaks:

- markdown (`layouts.py`'s markdown tables): one cell of one line of a table dropped, an empty
  cell added, a cell written twice, two numbers written into one cell (`| 3001 53 |`), a line
  wrapped at a bar, an empty line before a line (the table cut in two), a run of one to four
  lines moved elsewhere among the table chapters (a converter that prints a table after the
  text lines that follow it, or a torn label before its row), as PDF→markdown converters break
  tables a line at a time;
- html (the HTML layouts): one row of a table with an empty cell lost or one added, a cell
  written twice, a rowspan or colspan one more or one less or gone, a row lost, written twice,
  run into the next or cut in two, as pages edited by hand are;
- text (every other layout): in the table chapters, an empty line lost or added, a bar alone on
  its line lost or added (where bars alone are empty cells or open rows), a line cut in
  two at a separator (wrapped; not a box's, which its tool draws whole); in texts whose cells
  separators part (not those laid out in columns, where a separator's width is the cell's
  place), a separator written twice, or lost where digits do not stand on both sides of it.

Breaks that change what a table says rather than how it is laid out are not among them: a
number's line lost in a text a cell a line (that reads as a blank cell), a number written twice,
digits of two cells run together (`12` and `251000` as `12251000`): such a document says other
numbers, which only its totals can catch.

Exits 1 when a cell is read with a value other than the report's. Cases are written to a
temporary folder (`--keep DIR` keeps those that failed).
"""
import argparse
import json
import pathlib
import random
import re
import shutil
import sys
import tempfile

import layouts

NUMBER = re.compile(r"^\**[\d.]+\**$")
EMPTY = ("", "None", "nan")
MARKDOWN = ["markdown", "markdown-repeated-spans", "markdown-none-cells", "markdown-br-in-labels",
            "markdown-bold-numbers", "markdown-dataframe", "markdown-label-rows", "markdown-page-break",
            "markdown-spans-dropped"]
HTML = [name for name, (_, suffix, _) in layouts.LAYOUTS.items() if suffix == ".html"]
TEXT = [name for name in layouts.LAYOUTS if name not in MARKDOWN and name not in HTML
        and name != "markdown-merged-rows"]
KINDS = {
    "markdown": ["drop", "drop_empty", "insert_empty", "duplicate", "run_together_space", "split_line", "empty_line",
                 "move_lines"],
    "html": ["drop_empty_cell", "insert_empty_cell", "duplicate_cell", "span_more", "span_less", "span_gone",
             "drop_row", "duplicate_row", "join_rows", "split_row"],
    "text": ["drop_empty_line", "insert_empty_line", "drop_bar_line", "insert_bar_line", "split_line",
             "drop_separator", "double_separator"],
}
# laid out in columns: a separator's width is where the next cell stands
POSITIONAL = {"text-aligned", "text-aligned-characters", "text-dataframes-to-string", "text-box-drawn",
              "text-box-drawn-wrapped", "text-ascii-drawn-wrapped", "text-links-drawn", "text-crawler-indented",
              "text-pdf-layout-wrapped"}
FOOTER = re.compile(r"Page|页|^\s*\d+\s*$")
CELL = re.compile(r"<(td|th|TD)\b[^>]*>(.*?)(?:</(?:td|th|TD)>|(?=<(?:td|th|TD|/tr|/TR)\b))", re.S)
SEPARATOR = re.compile(r"\t| \| |\| | {2,}|\u3000|\u00a0| |│")


def mutate_markdown_cells(cells, kind, rng):
    """`cells` with one change of `kind`, or None when the line has no cell for it."""
    spots = [k for k, c in enumerate(cells) if NUMBER.match(c) or c in EMPTY]
    if kind == "run_together_space":  # two numbers in one cell
        spots = [k for k in spots if k + 1 < len(cells) and NUMBER.match(cells[k]) and NUMBER.match(cells[k + 1])]
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
    return cells[:j] + [cells[j] + " " + cells[j + 1]] + cells[j + 2:]


def break_markdown(page, kind, rng):
    lines = page.split("\n")
    rows = [i for i, l in enumerate(lines)
            if l.startswith("|") and not l.startswith("|---") and re.search(r"\| \**\d", l)]
    if not rows:
        return None
    i = rng.choice(rows)
    if kind == "move_lines":  # it and up to three lines after it, printed elsewhere in chapters 二 to 四
        first = next((k for k, l in enumerate(lines) if "主动公开" in l), 0)
        last = next((k for k, l in enumerate(lines) if "存在的主要问题" in l), len(lines))
        if not first <= i < last:
            return None
        block = lines[i:min(i + rng.randint(1, 4), last)]
        del lines[i:i + len(block)]
        at = rng.randrange(first, last - len(block) + 1)
        if at == i:
            return None
        lines[at:at] = block
        return "\n".join(lines), block[0]
    if kind == "empty_line":  # an empty line before it: the table cut in two
        line = lines[i]
        lines.insert(i, "")
        return "\n".join(lines), line
    if kind == "split_line":  # wrapped at one of its bars
        bars = [m.start() for m in re.finditer(r"\|", lines[i])][1:-1]
        if not bars:
            return None
        k = rng.choice(bars)
        line = lines[i]
        lines[i:i + 1] = [line[:k].rstrip(), line[k:]]
        return "\n".join(lines), line
    changed = mutate_markdown_cells([c.strip() for c in lines[i].strip().strip("|").split("|")], kind, rng)
    if changed is None:
        return None
    lines[i] = "| " + " | ".join(changed) + " |"
    return "\n".join(lines), lines[i]


def table_rows(page, start):
    """(begin, end) of each row `<tr …>…</tr>` after `start`, its end tag found past the rows of
    tables inside its cells; not the rows of a table that is a cell's whole text (a number boxed
    in a table of its own, `html-boxed-cells`), which are that cell's text, not the page's rows."""
    rows, open_rows = [], []  # open_rows: (begin, the table depth it opened at)
    depth = 0
    for m in re.finditer(r"<(/?)(tr|table)\b[^>]*>", page[start:], re.I):
        closing, name = m.group(1) == "/", m.group(2).lower()
        at = start + m.start()
        if name == "table":
            depth += -1 if closing else 1
        elif not closing:
            box = re.search(r"<t[dh][^>]*>\s*<table[^>]*>\s*$", page[:at], re.I)
            open_rows.append((at, depth, bool(box)))
        elif open_rows and open_rows[-1][1] == depth:
            begin, _, box = open_rows.pop()
            if not box:
                rows.append((begin, start + m.end()))
    return sorted(rows)


class Cell:
    """A cell of a row: [start, end) of the row's text, `text` what it holds."""
    def __init__(self, row, start, end, text):
        self.row, self._start, self._end, self.text = row, start, end, text

    def start(self):
        return self._start

    def end(self):
        return self._end

    def group(self, k):
        return self.row[self._start:self._end] if k == 0 else self.text


def row_cells(row):
    """The cells of a row (`table_rows`), not those of the tables inside them: each from its tag
    to its end tag, or to the next cell or the row's end where its end tag is left out."""
    if not re.search(r"<table\b", row, re.I):
        return [Cell(row, m.start(), m.end(), m.group(2)) for m in CELL.finditer(row)]
    cells, depth, open_at, text_at = [], 0, None, None
    for m in re.finditer(r"<(/?)(td|th|table|tr)\b[^>]*>", row, re.I):
        closing, name = m.group(1) == "/", m.group(2).lower()
        if name == "table":
            depth += -1 if closing else 1
            continue
        if depth != 0:
            continue
        if open_at is not None and (not closing or name == "tr" or name in ("td", "th")):
            end = m.end() if closing and name in ("td", "th") else m.start()
            cells.append(Cell(row, open_at, end, row[text_at:m.start()]))
            open_at = None
        if not closing and name in ("td", "th"):
            open_at, text_at = m.start(), m.end()
    return cells


def break_html(page, kind, rng):
    start = page.find("<table", page.find("<body"))
    rows = table_rows(page, start)
    if not rows:
        return None
    a, b = rng.choice(rows)
    row = page[a:b]
    cells = row_cells(row)
    if kind in ("drop_empty_cell", "insert_empty_cell", "duplicate_cell"):
        if kind == "drop_empty_cell":
            cells = [c for c in cells if not re.sub(r"<[^>]*>|&nbsp;|\s", "", c.group(2))]
        if not cells:
            return None
        c = rng.choice(cells)
        if kind == "drop_empty_cell":
            row = row[:c.start()] + row[c.end():]
        elif kind == "insert_empty_cell":
            row = row[:c.start()] + "<td></td>" + row[c.start():]
        else:
            row = row[:c.start()] + c.group(0) + row[c.start():]
        return page[:a] + row + page[b:], row
    if kind.startswith("span"):
        spans = list(re.finditer(r'(rowspan|colspan)="?(\d+)"?', row, re.I))
        if not spans:
            return None
        s = rng.choice(spans)
        n = int(s.group(2)) + (1 if kind == "span_more" else -1)
        if kind != "span_gone" and n < 1:
            return None
        row = row[:s.start()] + ("" if kind == "span_gone" else '%s="%d"' % (s.group(1), n)) + row[s.end():]
        return page[:a] + row + page[b:], row
    if kind == "drop_row":
        return page[:a] + page[b:], row
    if kind == "split_row":  # the rest of its cells, from one on, a row of their own
        if len(cells) < 2:
            return None
        c = rng.choice(cells[1:])
        return page[:a] + row[:c.start()] + "</tr><tr>" + row[c.start():] + page[b:], row
    if kind == "duplicate_row":
        return page[:a] + row + page[a:], row
    between = re.search(r"</tr>\s*<tr[^>]*>", page[a:], re.I)  # join_rows: this row and the next one
    if not between:
        return None
    return page[:a + between.start()] + page[a + between.end():], row


def break_text(page, kind, rng, positional):
    if positional and kind in ("drop_separator", "double_separator"):
        return None
    if kind == "split_line" and "─" in page:  # (a box's lines are drawn whole)
        return None
    lines = page.split("\n")
    first = next((i for i, l in enumerate(lines) if "主动公开" in l), 0)
    if kind in ("drop_empty_line", "insert_empty_line"):
        spots = [i for i in range(first, len(lines)) if kind == "insert_empty_line" or not lines[i].strip()]
    elif kind in ("drop_bar_line", "insert_bar_line"):  # (texts where a bar alone is a cell or opens a row)
        bars = [i for i in range(first, len(lines)) if lines[i].strip() == "|"]
        spots = bars if kind == "drop_bar_line" or not bars else list(range(first, len(lines)))
    else:  # (a page's footer is no table line)
        spots = [i for i in range(first, len(lines)) if re.search(r"\d", lines[i]) and not FOOTER.search(lines[i])]
    if not spots:
        return None
    i = rng.choice(spots)
    line = lines[i]
    if kind in ("drop_empty_line", "drop_bar_line"):
        del lines[i]
    elif kind == "insert_empty_line":
        lines.insert(i, "")
    elif kind == "insert_bar_line":
        lines.insert(i, "|")
    else:
        seps = list(SEPARATOR.finditer(line))
        if kind == "drop_separator":  # (not where the digits of two cells would run together)
            seps = [s for s in seps if not (line[s.start() - 1:s.start()].isdigit() and line[s.end():s.end() + 1].isdigit())]
        if not seps:
            return None
        s = rng.choice(seps)
        if kind == "split_line":
            lines[i:i + 1] = [line[:s.start()], line[s.start():]]
        else:
            lines[i] = line[:s.start()] + ("" if kind == "drop_separator" else s.group(0) * 2) + line[s.end():]
    return "\n".join(lines), line


BREAK = {"markdown": (MARKDOWN, lambda page, kind, rng, name: break_markdown(page, kind, rng)),
         "html": (HTML, lambda page, kind, rng, name: break_html(page, kind, rng)),
         "text": (TEXT, lambda page, kind, rng, name: break_text(page, kind, rng, name in POSITIONAL))}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--checker", required=True, help="the xxgk-check executable")
    ap.add_argument("--count", type=int, default=300, help="cases of each family (default 300)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--family", choices=sorted(BREAK), action="append",
                    help="only these families (default: all)")
    ap.add_argument("--keep", help="copy the cases that failed into this folder")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    reports = [(p.stem, json.loads(p.read_text(encoding="utf-8"))) for p in layouts.whole_reports()]
    families = args.family or sorted(BREAK)
    tally = {(f, k): [0, 0] for f in families for k in KINDS[f]}
    failures = []
    with tempfile.TemporaryDirectory(prefix="xxgk-mutations-") as folder:
        cases = []
        for family in families:
            names, breaker = BREAK[family]
            made = 0
            while made < args.count:
                stem, report = rng.choice(reports)
                name = rng.choice(names)
                write, suffix, _ = layouts.LAYOUTS[name]
                kind = rng.choice(KINDS[family])
                broken = breaker(write(report), kind, rng, name)
                if broken is None:
                    continue
                page, line = broken
                path = pathlib.Path(folder) / ("%d.%s.%s%s" % (len(cases), stem, name, suffix))
                path.write_text(page, encoding="utf-8")
                cases.append((path, family, kind, layouts.cells_of(report), line))
                made += 1
        got_all = layouts.read_back(args.checker, [c[0] for c in cases])
        for (path, family, kind, want, line), got in zip(cases, got_all):
            wrong = sorted(k for k, x in got.items() if k not in want or x != want[k])
            tally[(family, kind)][0] += 1
            if wrong:
                tally[(family, kind)][1] += 1
                failures.append("%s (%s, %r): WRONG NUMBERS %s" % (path.name, kind, line[:100], wrong[:4]))
                if args.keep:
                    pathlib.Path(args.keep).mkdir(parents=True, exist_ok=True)
                    shutil.copy(path, args.keep)
    print("%d cases, seed %d" % (len(cases), args.seed))
    print("| family | break | cases | with a wrong number |\n|---|---|--:|--:|")
    for (family, kind), (n, bad) in tally.items():
        print("| %s | %s | %d | %d |" % (family, kind, n, bad))
    for f in failures:
        print("FAIL " + f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
