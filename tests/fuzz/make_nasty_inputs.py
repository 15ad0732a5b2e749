#!/usr/bin/env python3
"""Writes the hand-made nasty inputs of tests/fuzz/regressions/<target>/ (nasty-*): the inputs a
fuzzer takes long to reach or is not allowed to try (its -max_len is far below 1 MB). Run it from
anywhere; it rewrites only files named nasty-*. Deterministic: the same bytes every time.

    python3 tests/fuzz/make_nasty_inputs.py
"""
import pathlib
import re

FUZZ = pathlib.Path(__file__).resolve().parent
DATA = FUZZ.parent / "data"
MB = 1 << 20


def fixture(name):
    return (DATA / name).read_bytes()


def huge_numbers_text():
    """changchun-2023.txt with the edges of 64 bits and of max_count in its cells."""
    text = fixture("changchun-2023.txt").decode("utf-8")
    huge = {
        "一、本年新收政府信息公开申请数量": ["99999999999999999999999", "9223372036854775807", "9223372036854775808",
                                   "1000000000000000001", "-9223372036854775808", "0", "１２３４５６７８９０１２３４５６７８９０１２３４５６７８９０"],
        "二、上年结转政府信息公开申请数量": ["1000000000000000000", "1000000000000000000", "0", "0", "0", "0", "2000000000000000000"],
        "行政许可": ["18446744073709551616"],
        "行政事业性收费": ["0.0000000000000000001"],
        "行政处罚": ["1,000,000,000,000,000,000"],
    }
    out = []
    for line in text.split("\n"):
        cells = line.split("\t")
        for label, values in huge.items():
            if any(c.strip() == label or c.strip().endswith(label) for c in cells):
                numbers = [i for i, c in enumerate(cells) if re.fullmatch(r"\s*\d+\s*", c)]
                for i, v in zip(numbers, values):
                    cells[i] = v
        out.append("\t".join(cells))
    return "\n".join(out).encode("utf-8")


def huge_numbers_json():
    """changchun-2023.json with numbers at and past the edges of the model and of doubles."""
    text = fixture("changchun-2023.json").decode("utf-8")
    swaps = [("50", "1000000000000000001"), ("59", "18446744073709551616"), ("30", "-9223372036854775809"),
             ("14", "1e400"), ("25", "1.0"), ("95", "9223372036854775807")]
    for old, new in swaps:
        text = re.sub(r"(?<![\d.\"])" + old + r"(?![\d.\"])", new, text, count=1)
    text = text.replace('"6510"', '"99999999999999999999999.99999999999999999999"', 1)
    return text.encode("utf-8")


# a page's start that names chapter 三, so that what follows is read as its tables
HEAD3 = "<html><body><p>某局2024年政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p>".encode()


def deep(open_, close, depth, around=(b"", b"")):
    return around[0] + open_ * depth + close * depth + around[1]


def main():
    inputs = {
        "parse": {
            "nasty-pipes-1mb.txt": b"|" * MB,
            "nasty-label-pipes-1mb.txt": "三、收到和处理政府信息公开申请情况\n（一）予以公开".encode() + b"|" * MB,
            "nasty-blank-rows.txt": "三、收到和处理政府信息公开申请情况\n".encode() + b"\t|\n" * (MB // 12),
            # text that holds markup (read as such): '<' that starts no tag, <br> on one pipe line,
            # "<!--" that never closes; each must be read in linear time
            "nasty-markup-many-lt.txt": "某局2024年政府信息公开工作年度报告\n<td>1</td>\n".encode() + b"<a" * (MB // 2),
            "nasty-markup-many-br.txt": "| 行政许可 |".encode() + b"<br>" * (MB // 4) + b" 95 |\n",
            "nasty-markup-open-comments.txt": b"<tr>\n" + b"<!--x" * (MB // 5),
            # chapter 四's header, then rows of empty cells only, and a number among empty cells
            "nasty-html-s4-blank-rows.html": ("<html><body><p>四、政府信息公开行政复议、行政诉讼情况</p><table><tr>"
                                              + "".join("<td>%s</td>" % w for w in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3)
                                              + "</tr><tr>").encode() + b"<td></td>" * (MB // 20) + b"</tr><tr><td>1</td>"
                                             + b"<td></td>" * (MB // 20) + b"</tr></table></body></html>",
            "nasty-huge-numbers.txt": huge_numbers_text(),
            "nasty-invalid-utf8-at-end.txt": fixture("changchun-2023.txt") + b"\xE4\xB8",
            "nasty-lone-e4.txt": b"\xE4",
            "nasty-bom-only.txt": b"\xEF\xBB\xBF",
            "nasty-nul-in-table.txt": fixture("changchun-2023.txt").replace(b"\t95", b"\t9\x005", 1),
            "nasty-labels-repeated.txt": "（一）予以公开 1 2 3\n".encode() * 10000,
            "nasty-html-unclosed.html": b"<html><table>" + b"<tr><td>" * 12000,
            "nasty-html-entities.html": b"<html><body>" + b"&#x110000;&#xD800;&#99999999999;&;&#;" * 5000,
            "nasty-long-number-token.txt": "行政许可\t".encode() + "９".encode() * 20000,
            # quoted attribute values that hold '>' or never close, hidden elements never closed,
            # hidden rows and cells, tables of one row nested in cells: each read in linear time
            "nasty-html-open-quotes.html": HEAD3 + b"<table><tr>" + b"<td title=\"a>1" * (MB // 32) +
                                           b"<td title='>" + b" " * 8192 + b"'>2" + b"<td a=\">" * (MB // 16),
            "nasty-html-hidden-unclosed.html": HEAD3 + b"<p>" + b"<span hidden>x" * (MB // 32) +
                                               b"<table><tr><td>" + b"<font style='display:none'>1" * (MB // 64),
            "nasty-html-hidden-rows.html": HEAD3 + b"<table>" + b"<tr style=display:none><td hidden>1<table>" * (MB // 64),
            "nasty-html-boxed-deep.html": HEAD3 + (b"<table><tr><td>" * 64 + b"1 " * 4096 + b"</td></tr></table>" * 64) * 32,
        },
        "json": {
            "nasty-deep-array.json": deep(b"[", b"]", MB // 2, (b'{"edition":"2021","section3":', b"}")),
            "nasty-deep-object.json": deep(b'{"a":', b"}", 50000, (b'{"edition":"2021","section2":', b"}")) ,
            "nasty-deep-unclosed.json": b"[" * (MB // 4),
            "nasty-huge-numbers.json": huge_numbers_json(),
            "nasty-invalid-utf8-at-end.json": fixture("changchun-2023.json").rstrip() + b"\xE4",
            "nasty-invalid-utf8-in-string.json": b'{"edition":"2021","agency":"\xE4\xB8"}',
            "nasty-lone-e4.json": b"\xE4",
            "nasty-long-agency.json": b'{"edition":"2021","agency":"' + "长".encode() * 100000 + b'"}',
            "nasty-duplicate-keys.json": b'{"edition":"2019","edition":"2021","year":2023,"year":2019,'
                                          b'"section4":{"total":[1,1,1,1,1]},"section4":{}}',
            "nasty-many-keys.json": b'{"edition":"2021",' + b",".join(b'"_%d":%d' % (i, i) for i in range(10000)) + b"}",
        },
        "check": {
            "nasty-pipes-256k.txt": b"|" * (MB // 4),
            "nasty-huge-numbers.txt": huge_numbers_text(),
            "nasty-huge-numbers.json": huge_numbers_json(),
            "nasty-deep-array.json": deep(b"[", b"]", 65536, (b'{"edition":"2021","section3":', b"}")),
            "nasty-invalid-utf8-at-end.txt": fixture("changchun-2023.txt") + b"\xE4\xB8",
            "nasty-lone-e4.txt": b"\xE4",
            "nasty-long-number-token.txt": "行政许可\t".encode() + "９".encode() * 20000,
        },
    }
    for target, files in inputs.items():
        folder = FUZZ / "regressions" / target
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("nasty-*"):
            old.unlink()
        for name, data in files.items():
            (folder / name).write_bytes(data)
            print(f"{folder.relative_to(FUZZ.parent.parent)}/{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
