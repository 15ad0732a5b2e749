#!/usr/bin/env python3
"""Every full report of tests/data, published in every layout we know, read back by xxgk-check.

    python3 tests/layouts/layouts.py --checker build/test/examples/xxgk-check [--keep DIR] [JSON...]

Each hand-checked report JSON (default: every tests/data/*.json that is a whole report) is laid
out as the world publishes such tables: HTML pages as CMS editors, Word and spreadsheets write
them (merged cells as rowspan/colspan, or undone into empty cells; <th>, entities, <br> and <p> in
labels, end tags left out, capitals, Word's spacer rows, tables cut at a page break, the article
in a layout table, pretty-printed cells, scripts), markdown as PDF converters write it (pipe
tables with empty or repeated merged cells, <br> and bold in cells, MinerU's HTML tables, a
DataFrame's to_markdown(), a label's second line on a row of its own, two rows merged into one),
a page's tables taken by pandas' read_html and written out (to_csv, to_string, to_markdown),
and text as it is copied, extracted and crawled (tabs, pipes, spaces, a browser's innerText of
cells that hold paragraphs, WebDriver's element text of a page whose empty cells hold `&nbsp;`,
one cell per line, labels and numbers wrapped in a narrow column,
pdftotext's page numbers and form feeds, entities left in, indented lines, cells run together).
Each is checked with
`xxgk-check --emit report-json`, and every cell it reads is compared with the JSON.

Exits 1 when a cell is read with a value other than the JSON's, or a cell the JSON does not
hold is read: a wrong number, never allowed; or when the checker finds an error in a layout that
the JSON itself does not have (a rule failed at a table, row and column where the published
report holds): a false error, never allowed either. Cells left unread are counted per layout; in a
layout that keeps every cell apart (the third field of LAYOUTS) each is listed as a gap: the
reader could have read it. Such a layout also fails the run when a report leaves more cells
unread than KNOWN_GAPS allows it (none, unless listed there). Layouts that lose information (a blank that leaves no trace,
digits run together) may leave cells unread by necessity. The layouts are written here from the
national format (FORMAT.md), not taken from the library.
"""
import argparse
import html
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"

NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
S3 = [  # key, label, group (None: a row over all three label columns; "": over two)
    ("new_received", "一、本年新收政府信息公开申请数量", None),
    ("carried_over", "二、上年结转政府信息公开申请数量", None),
    ("granted", "（一）予以公开", ""),
    ("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ""),
    ("withheld_state_secret", "1.属于国家秘密", "（三）不予公开"),
    ("withheld_law_prohibited", "2.其他法律行政法规禁止公开", "（三）不予公开"),
    ("withheld_security_stability", "3.危及“三安全一稳定”", "（三）不予公开"),
    ("withheld_third_party", "4.保护第三方合法权益", "（三）不予公开"),
    ("withheld_internal_affairs", "5.属于三类内部事务信息", "（三）不予公开"),
    ("withheld_process_info", "6.属于四类过程性信息", "（三）不予公开"),
    ("withheld_enforcement_file", "7.属于行政执法案卷", "（三）不予公开"),
    ("withheld_admin_query", "8.属于行政查询事项", "（三）不予公开"),
    ("unable_not_held", "1.本机关不掌握相关政府信息", "（四）无法提供"),
    ("unable_needs_creation", "2.没有现成信息需要另行制作", "（四）无法提供"),
    ("unable_unclear", "3.补正后申请内容仍不明确", "（四）无法提供"),
    ("declined_petition", "1.信访举报投诉类申请", "（五）不予处理"),
    ("declined_duplicate", "2.重复申请", "（五）不予处理"),
    ("declined_publication", "3.要求提供公开出版物", "（五）不予处理"),
    ("declined_excessive", "4.无正当理由大量反复申请", "（五）不予处理"),
    ("declined_confirmation", "5.要求行政机关确认或重新出具已获取信息", "（五）不予处理"),
    ("other_overdue_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（六）其他处理"),
    ("other_unpaid_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "（六）其他处理"),
    ("other_misc", "3.其他", "（六）其他处理"),
    ("other_handling", "（六）其他处理", ""),  # edition 2019, and 2021 reports that keep its single row
    ("outcome_total", "（七）总计", ""),
    ("carried_forward", "四、结转下年度继续办理", None),
]
RESULTS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
HEADINGS = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况")


class Cell:
    def __init__(self, text, rows=1, cols=1):
        self.text, self.rows, self.cols = text, rows, cols


def value(x):
    return "" if x is None else str(x)


# ---- the tables as grids: rows of cells, each cell where it starts, with its spans ----------

def chapter2(d):
    s2, g = d["section2"], []
    if d["edition"] == "2019":
        items = [("第二十条第（一）项", ("本年新制作数量", "本年新公开数量", "对外公开总数量"),
                  [("regulations", "规章", ("new_made", "new_published", "total_published")),
                   ("normative_documents", "规范性文件", ("new_made", "new_published", "total_published"))])]
        for cap, rows in (("第二十条第（五）项", (("licensing", "行政许可"), ("other_services", "其他对外管理服务事项"))),
                          ("第二十条第（六）项", (("penalties", "行政处罚"), ("coercive_measures", "行政强制")))):
            items.append((cap, ("上一年项目数量", "本年增/减", "处理决定数量"),
                          [(k, l, ("previous_items", "change", "decisions")) for k, l in rows]))
        items.append(("第二十条第（八）项", ("上一年项目数量", "本年增/减"),
                      [("administrative_fees", "行政事业性收费", ("previous_items", "change"))]))
        items.append(("第二十条第（九）项", ("采购项目数量", "采购总金额"), [("procurement", "政府集中采购", ("items", "amount"))]))
    else:
        items = [("第二十条第（一）项", ("本年制发件数", "本年废止件数", "现行有效件数"),
                  [("regulations", "规章", ("issued", "repealed", "in_force")),
                   ("normative_documents", "行政规范性文件", ("issued", "repealed", "in_force"))]),
                 ("第二十条第（五）项", ("本年处理决定数量",), [("licensing", "行政许可", ("decisions",))]),
                 ("第二十条第（六）项", ("本年处理决定数量",),
                  [("penalties", "行政处罚", ("decisions",)), ("coercive_measures", "行政强制", ("decisions",))]),
                 ("第二十条第（八）项", ("本年收费金额（单位：万元）",),
                  [("administrative_fees", "行政事业性收费", ("amount_10k_yuan",))])]
    for caption, columns, rows in items:
        g.append([Cell(caption, cols=4)])
        # the last column spans what the table's three value columns leave
        widths = [1] * (len(columns) - 1) + [4 - len(columns)]
        g.append([Cell("信息内容")] + [Cell(c, cols=w) for c, w in zip(columns, widths)])
        for key, label, cols in rows:
            g.append([Cell(label)] + [Cell(value(s2[key][c]), cols=w) for c, w in zip(cols, widths)])
    return g


def chapter3(d):
    s3 = d["section3"]
    rows = [r for r in S3 if r[0] in s3]
    g = [[Cell(NOTE, rows=3, cols=3), Cell("申请人情况", cols=7)],
         [Cell("自然人", rows=2), Cell("法人或其他组织", cols=5), Cell("总计", rows=2)],
         [Cell(x) for x in ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")]]
    results = sum(1 for r in rows if r[2] is not None)
    seen, first = set(), True
    for key, label, group in rows:
        cells = []
        if group is None:
            cells.append(Cell(label, cols=3))
        else:
            if first:
                cells.append(Cell("三、本年度办理结果", rows=results))
                first = False
            if group == "":
                cells.append(Cell(label, cols=2))
            else:
                if group not in seen:
                    cells.append(Cell(group, rows=sum(1 for r in rows if r[2] == group)))
                    seen.add(group)
                cells.append(Cell(label))
        g.append(cells + [Cell(value(x)) for x in s3[key]])
    return g


def chapter4(d):
    s4 = d["section4"]
    return [[Cell("行政复议", cols=5), Cell("行政诉讼", cols=10)],
            [Cell(x, rows=2) for x in RESULTS] + [Cell("未经复议直接起诉", cols=5), Cell("复议后起诉", cols=5)],
            [Cell(x) for x in RESULTS * 2],
            [Cell(value(x)) for k in ("reconsideration", "litigation_direct", "litigation_after_reconsideration") for x in s4[k]]]


def expanded(grid, repeat, covered=""):
    """The grid with every span undone: each position its own string, the spanned ones `covered`
    (empty) or (repeat) holding the cell's text again."""
    out, carried = [], {}
    for r, row in enumerate(grid):
        line, c, k = [], 0, 0
        while k < len(row) or (r, c) in carried:
            if (r, c) in carried:
                line.append(carried.pop((r, c)))
                c += 1
                continue
            cell = row[k]
            k += 1
            for dr in range(cell.rows):
                for dc in range(cell.cols):
                    text = cell.text if (dr == 0 and dc == 0) or repeat else covered
                    if dr == 0:
                        line.append(text)
                    else:
                        carried[(r + dr, c + dc)] = text
            c += cell.cols
        out.append(line)
    return out


# ---- writers -------------------------------------------------------------------------------

def title(d):
    return "某市某局%d年政府信息公开工作年度报告" % d["year"]


PROSE = ["一、总体情况", "本年度，本机关坚持以公开为常态、不公开为例外，全面推进政务公开。"]
CLOSING = ["五、存在的主要问题及改进情况", "一是公开内容不够全面。下一步将加强培训。", "六、其他需要报告的事项", "本机关未收取信息处理费。"]


def html_table(grid, cell=lambda c: html.escape(c.text), td="td", close=True, spans=True):
    out = ['<table border="1" cellspacing="0" style="border-collapse:collapse"><tbody>']
    for row in grid:
        out.append("<tr>")
        for c in row:
            attrs = ""
            if spans and c.rows > 1:
                attrs += ' rowspan="%d"' % c.rows
            if spans and c.cols > 1:
                attrs += ' colspan="%d"' % c.cols
            out.append("<%s%s>%s%s" % (td, attrs, cell(c), "</%s>" % td if close else ""))
        if close:
            out.append("</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def page(d, tables, join="\n"):
    body = ["<h1>%s</h1>" % html.escape(title(d))] + ["<p>%s</p>" % p for p in PROSE]
    for heading, table in zip(HEADINGS, tables):
        body += ["<p><strong>%s</strong></p>" % heading, table]
    body += ["<p>%s</p>" % p for p in CLOSING]
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head><body>%s%s%s</body></html>\n'
            % (html.escape(title(d)), join, join.join(body), join))


def grids(d):
    return [chapter2(d), chapter3(d), chapter4(d)]


def html_layout(**kw):
    return lambda d: page(d, [html_table(g, **kw) for g in grids(d)])


def html_flat(repeat):
    def layout(d):
        return page(d, [html_table([[Cell(t) for t in row] for row in expanded(g, repeat)]) for g in grids(d)])
    return layout


def html_word(d):
    # Word "save as HTML": each label in two <span>s inside a <p class=MsoNormal>, and a spacer row
    def cell(c):
        t = c.text
        half = len(t) // 2
        inner = ('<span style="font-family:宋体">%s</span><span style="font-family:宋体">%s</span>'
                 % (html.escape(t[:half]), html.escape(t[half:]))) if t and not t.isdigit() else \
            '<span lang=EN-US>%s</span>' % html.escape(t)
        return '<p class=MsoNormal align=center>%s<span lang=EN-US><o:p></o:p></span></p>' % inner
    spacer = "<![if !supportMisalignedColumns]><tr height=0><td width=40 style='border:none'></td></tr><![endif]>"
    return page(d, [html_table(g, cell=cell).replace("</tbody>", spacer + "</tbody>") for g in grids(d)])


def html_uppercase(d):
    # pages of the 1990s editors: tags and attributes in capitals
    out = html_layout()(d)
    for tag in ("table", "tbody", "tr", "td"):
        out = out.replace("<%s" % tag, "<%s" % tag.upper()).replace("</%s>" % tag, "</%s>" % tag.upper())
    return out.replace("rowspan", "ROWSPAN").replace("colspan", "COLSPAN")


def html_in_layout_table(d):
    # a CMS template that lays the whole article out in a table cell of its own
    return html_layout()(d).replace("<body>", '<body><table width="100%"><tr><td class="article">', 1) \
        .replace("</body>", "</td></tr></table></body>", 1)


def html_paragraphs(d):
    # every cell's text in <p>, a long label broken over two of them
    def cell(c):
        t = html.escape(c.text)
        if len(c.text) > 8 and not is_number(c.text):
            return "<p>%s</p><p>%s</p>" % (t[:len(t) // 2], t[len(t) // 2:])
        return "<p>%s</p>" % t
    return html_layout(cell=cell)(d)


def html_pretty(d):
    # pretty-printed: each cell's text on a line of its own, indented
    return html_layout(cell=lambda c: "\n            %s\n        " % html.escape(c.text))(d)


def html_script(d):
    # a script and a style in the head that hold table markup and '<'
    return html_layout()(d).replace("<head>", '<head><script>var t = "<table><tr><td>1</td><td>2</td></tr></table>";'
                                    ' if (a < b) { t = "</td>"; }</script><style>td { padding: 0 }</style>', 1)


def html_page_break(d):
    g2, g3, g4 = grids(d)
    cut = 14
    return page(d, [html_table(g2), html_table(g3[:cut]) + "\n<p>-3-</p>\n" + html_table(g3[cut:]), html_table(g4)])


def text(d, table_lines):
    lines = [title(d)] + PROSE
    for heading, g in zip(HEADINGS, grids(d)):
        lines += [heading] + table_lines(g)
    return "\n".join(lines + CLOSING) + "\n"


def list_rows(dump):
    # a table extraction's rows printed by Python (`for row in table: print(row)`), or written as
    # JSON (`json.dumps(row)`, which keeps to ASCII: `["\u89c4\u7ae0", "0", …]`), a row a line;
    # pdfplumber's and camelot's rows: a merged cell's text at its first position, None at the others
    return lambda d: text(d, lambda g: [dump(row) for row in expanded(g, False, covered=None)])


def rows_joined(sep, cell=lambda t: t):
    return lambda d: text(d, lambda g: [sep.join(cell(c.text) for c in row) for row in g])


def unmerged_joined(sep, fill=""):
    # a spreadsheet page's rows (merges undone into empty cells) copied or crawled a line each;
    # `fill`: what an empty cell is printed as (pdfplumber's rows printed with str(): None)
    return lambda d: text(d, lambda g: [sep.join(t or fill for t in r) for r in expanded(g, False)])


def cell_per_line(blank_lines, collapsed=False):
    # `collapsed`: a cell a paragraph where an empty cell left one empty line, not two (the line
    # breaks of a page's text squeezed: a real page of the reference crawl, `一、本年新收…`, seven
    # empty lines, ` 0`, for six blank cells and a total)
    def lines(g):
        out = []
        for row in g:
            for c in row:
                if collapsed and not c.text:
                    out.append("")
                    continue
                out.append(c.text)
                if blank_lines:
                    out.append("")
        return out
    return lambda d: text(d, lines)


def markdown(repeat=False, cell=lambda t: t, fill="", index=False):
    def lines(g):
        rows = expanded(g, repeat)
        width = max(len(r) for r in rows)
        out = [""]
        if index:  # a DataFrame's to_markdown(): column numbers, then each row led by its index
            out += ["|    | " + " | ".join(str(k) for k in range(width)) + " |", "|---:|" + ":---|" * width]
        for k, r in enumerate(rows):
            r = [cell(t) if t else fill for t in r + [""] * (width - len(r))]
            out.append(("| %d " % k if index else "") + "| " + " | ".join(r) + " |")
            if k == 0 and not index:
                out.append("|" + "---|" * width)
        return out + [""]
    return lambda d: text(d, lines)


def markdown_spans_dropped(d):
    # node-html-markdown's tables: spans ignored (a merged cell once, where it starts), each row
    # padded with empty cells at its end to the widest row's count, the first row the header
    def lines(g):
        width = max(len(row) for row in g)
        out = [""]
        for k, row in enumerate(g):
            out.append("| " + " | ".join([c.text for c in row] + [""] * (width - len(row))) + " |")
            if k == 0:
                out.append("|" + " --- |" * width)
        return out + [""]
    return text(d, lines)


def dataframes(write):
    # a page's tables as `pandas.read_html` returns them (DataFrames: every span undone into
    # copies of its text, an empty cell NaN, a short row padded with NaN, columns numbered 0, 1,
    # 2 …) and a crawler writes them out, one after another: the tables alone, no title, no
    # heading and no prose (those stand outside the page's tables)
    def layout(d):
        out = []
        for g in grids(d):
            rows = expanded(g, True)
            n = max(len(r) for r in rows)
            out += write([r + [""] * (n - len(r)) for r in rows], n) + [""]
        return "\n".join(out) + "\n"
    return layout


def frame_csv(rows, n):
    # DataFrame.to_csv(index=False): the column numbers, then each row; NaN an empty field, a
    # field that holds a comma or a quote quoted
    def field(t):
        return '"%s"' % t.replace('"', '""') if ("," in t or '"' in t) else t
    return [",".join(str(k) for k in range(n))] + [",".join(field(t) for t in r) for r in rows]


def frame_string(rows, n):
    # DataFrame.to_string(): the index on the left, then each column as wide as its widest cell
    # (in characters), right-justified, NaN for an empty cell, columns two spaces apart
    cells = [[t or "NaN" for t in r] for r in rows]
    head = [str(k) for k in range(n)]
    widths = [max([len(head[c])] + [len(r[c]) for r in cells]) for c in range(n)]
    iw = len(str(len(cells) - 1))
    out = [" " * iw + "  " + "  ".join(h.rjust(w) for h, w in zip(head, widths))]
    for k, r in enumerate(cells):
        out.append(str(k).ljust(iw) + "  " + "  ".join(t.rjust(w) for t, w in zip(r, widths)))
    return out


def frame_markdown(rows, n):
    # DataFrame.to_markdown(): the index a column of its own, nan for an empty cell
    out = ["|    | " + " | ".join(str(k) for k in range(n)) + " |", "|---:|" + ":---|" * n]
    return out + ["| %d | " % k + " | ".join(t or "nan" for t in r) + " |" for k, r in enumerate(rows)]


def merged_rows(d):
    # a PDF→markdown converter that missed the rule between two rows of a group (1. and 2., 3. and
    # 4. …): one row, each cell holding both rows' lines joined by <br> (a blank line is lost)
    def lines(g):
        rows = expanded(g, False)
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        out, k = ["", "| " + " | ".join(rows[0]) + " |", "|" + "---|" * width], 1
        while k < len(rows):
            r = rows[k]
            labels = [t for t in r if t[:2] in ("1.", "3.", "5.", "7.")]
            if labels and k + 1 < len(rows) and any(t[:2] in ("2.", "4.", "6.", "8.") for t in rows[k + 1]):
                r = ["<br>".join(t for t in (a, b) if t) for a, b in zip(r, rows[k + 1])]
                k += 1
            out.append("| " + " | ".join(r) + " |")
            k += 1
        return out + [""]
    return text(d, lines)


def label_rows(d):
    # a long label's second line on a row of its own, its other cells empty
    def lines(g):
        rows = expanded(g, False)
        width = max(len(r) for r in rows)
        out = [""]
        for k, r in enumerate(rows):
            r = r + [""] * (width - len(r))
            long = [i for i, t in enumerate(r) if len(t) > 12]
            if k > 0 and long:
                i = long[-1]
                rest = [""] * width
                rest[i] = r[i][10:]
                r = r[:i] + [r[i][:10]] + r[i + 1:]
                out += ["| " + " | ".join(r) + " |", "| " + " | ".join(rest) + " |"]
            else:
                out.append("| " + " | ".join(r) + " |")
            if k == 0:
                out.append("|" + "---|" * width)
        return out + [""]
    return text(d, lines)


def wrapped_cells(width, cut_numbers=False):
    # PDF text of a narrow table: one cell per line, a cell longer than its column over several
    def lines(g):
        out = []
        for row in g:
            for c in row:
                t = c.text
                while len(t) > width and (cut_numbers or not is_number(t)):
                    out.append(t[:width])
                    t = t[width:]
                out.append(t)
        return out
    return lambda d: text(d, lines)


def pdf_pages(footer, per=37):
    # pdftotext without -layout: one cell per line, a page number after each page, a form feed
    def layout(d):
        lines = cell_per_line(False)(d).rstrip("\n").split("\n")
        pages = [lines[k:k + per] for k in range(0, len(lines), per)]
        return "".join("\n".join(p) + "\n\n" + footer(n, len(pages)) + "\n\f" for n, p in enumerate(pages, 1))
    return layout


# The radical (or compatibility ideograph) a PDF's font maps each of these ideographs to, where
# the font shares one glyph between them (macOS's, some of Word's): every Kangxi radical's
# ideograph (its NFKC form), and the CJK Radicals Supplement's simplified forms and two
# compatibility ideographs that such fonts use for 民 长 门 页 见 不 六
FONT_RADICALS = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0x2FD5, 0x2EFF, -1)}
FONT_RADICALS.update({"民": "\u2EA0", "长": "\u2ED3", "门": "\u2ED4", "页": "\u2EDA", "见": "\u2EC5",
                      "不": "\uF967", "六": "\uF9D1"})


def font_radicals(writer):
    # a layout's text as PDF extractors give it from such a font: those ideographs as radicals
    table = str.maketrans(FONT_RADICALS)
    return lambda d: writer(d).translate(table)


def browser_printed(rows, per):
    # a web page saved as PDF by a browser (Chrome's "Save as PDF"), its text extracted: on each
    # page the browser's margins, the date and time and the page's title at the top, its address
    # and the page of pages at the bottom. `rows`: PyMuPDF's and mutool's text (one cell a line,
    # each margin's pieces on lines of their own, a form feed after each page), or pdf.js's
    # (pdf-parse: a row a line, its cells after tabs, each margin a line, pdf-parse's joiner
    # `-- N of M --` between pages, in the date's Chinese form)
    def layout(d):
        if rows:
            lines = rows_joined(" \t")(d).rstrip("\n").split("\n")
        else:
            lines = cell_per_line(False)(d).rstrip("\n").split("\n")
        pages = [lines[k:k + per] for k in range(0, len(lines), per)]
        address = "https://www.example.gov.cn/art/2024/1/20/art_1229_3921.html"
        out = []
        for n, page in enumerate(pages, 1):
            if rows:
                out.append("2024/1/20 10:27 \t" + title(d))
                out += page
                out.append(address + " %d/%d" % (n, len(pages)))
                if n != len(pages):
                    out += ["", "-- %d of %d --" % (n, len(pages)), ""]
            else:
                out += ["12/6/26, 12:27 AM", title(d) + "_政府信息公开年报"] if n == 1 else []
                out += page
                if n != len(pages):
                    out += ["12/6/26, 12:27 AM", title(d) + "_政府信息公开年报",
                            "\uFB01le:///C:/Users/admin/Desktop/report.html", "%d/%d" % (n, len(pages)), "\f"]
        return "\n".join(out) + "\n"
    return layout


def pdf_flow_blocks(d):
    # a PDF's text in its reading order (pdftotext without -layout): chapter 三's header words and
    # labels a line each, then its numbers a line each, a row's after another's, a blank cell no
    # line at all; chapters 二 and 四 a row a line, cells after tabs
    def lines(g):
        if g[0][0].text != NOTE:
            return ["\t".join(c.text for c in row) for row in g]
        words = [c.text for row in g[:3] for c in row]
        for row in g[3:]:
            words += [c.text for c in row[:-7]]
        return words + [c.text for row in g[3:] for c in row[-7:] if c.text]
    return text(d, lines)


def pdf_flow_page_blocks(d, first=18):
    # pdftotext without -layout of a browser's print of a plain table: the labels of chapter 三's
    # first rows (those on the print's first page) a line each, then the header's words, then
    # those rows' numbers, a row's a line (a blank cell no number at all); the other rows a line
    # each, label and numbers after tabs; chapters 二 and 四 a row a line, cells after tabs
    def lines(g):
        if g[0][0].text != NOTE:
            return ["\t".join(c.text for c in row) for row in g]
        rows = g[3:]
        k = min(first, len(rows))
        out = [c.text for row in rows[:k] for c in row[:-7]]
        out += [c.text for row in g[:3] for c in row]
        out += [" ".join(c.text for c in row[-7:] if c.text) for row in rows[:k]]
        return out + ["\t".join(c.text for c in row) for row in rows[k:]]
    return text(d, lines)


def pdf_layout_wrapped(width=5):
    # pdftotext -layout of a PDF whose chapter-三 labels wrap in a narrow column: a row's numbers
    # on a line of their own amid its label's lines (the middle one; on the label's line when it
    # has one), a group's heading wrapped in
    # the column left of the labels, its lines beside its first row's (`（三）不予 1.属于国家` /
    # numbers / `公开    秘密`); a blank cell is spaces; chapters 二 and 四 a row a line, tabs
    def pieces(t):
        return [t[k:k + width] for k in range(0, len(t), width)] or [""]

    def lines(g):
        if g[0][0].text != NOTE:
            return ["\t".join(c.text for c in row) for row in g]
        out = [c.text for row in g[:3] for c in row]
        for row in g[3:]:
            heads = [c.text for c in row[:-7] if c.rows > 1]
            label = [c.text for c in row[:-7] if c.rows == 1][-1]
            left = pieces(heads[-1]) if heads else []
            right = pieces(label)
            n = max(len(left), len(right))
            text_lines = [("%-*s" % (width * 2, left[k] if k < len(left) else "")) + " " +
                          (right[k] if k < len(right) else "") for k in range(n)]
            numbers = "".join("%10s" % c.text for c in row[-7:])
            if n == 1:  # (a label on one line: its numbers on it)
                out.append("%-30s" % text_lines[0] + numbers)
            else:
                out += text_lines[:n // 2] + [" " * 30 + numbers] + text_lines[n // 2:]
        return out
    return lambda d: text(d, lines)


def crawler_pretty(d):
    # the text of a pretty-printed page as a crawler takes it: each cell on a line of its own,
    # indented, between lines of whitespace
    def lines(g):
        out = []
        for row in g:
            out += ["", "    "]
            for c in row:
                out += ["        ", "            " + c.text, "        "]
        return out
    return text(d, lines)


def crawler_nodes(blank):
    # a page's text taken a text node a line (BeautifulSoup's get_text("\n")): each cell's text on
    # a line, the whitespace between tags as empty lines, a blank cell's `<o:p> </o:p>` or
    # `&nbsp;` a line of that space alone
    def lines(g):
        out = []
        for row in g:
            out += ["", ""]
            for c in row:
                out += [c.text or blank, "", ""]
        return out
    return lambda d: text(d, lines)


def html2text(paragraphs):
    # html2text (Python) of a page: spans ignored (a merged cell once), a hard break after each
    # row, a rule after the first. Cells that hold bare text: a row a line, its cells joined by
    # "| ". Cells that hold paragraphs (Word, UEditor: <td><p>…</p></td>): each cell's text a
    # paragraph of its own, the cells of a row parted by "| " lines, a line of spaces after it.
    def lines(g):
        out = [""]
        for k, row in enumerate(g):
            out.append(("\n\n| \n\n" if paragraphs else "| ").join(c.text for c in row) + "  ")
            if paragraphs:
                out.append("  ")
            if k == 0:
                out += ["---|" * (len(row) - 1) + "---  "] + (["  "] if paragraphs else [])
        return out + [""]
    return lambda d: text(d, lines)


def inner_text(d, nbsp=False):
    # a browser's innerText of a page whose cells hold paragraphs (<td><p>…</p></td>; what
    # Playwright and Puppeteer crawlers and a page selected and copied give), as HTML's innerText
    # algorithm writes it: spans ignored (a merged cell once); a paragraph asks for two line
    # breaks before and after it, a run of such asks giving as many as its largest; a tab after
    # each cell but a row's last, a line break after each row. So cells part by an empty line, a
    # tab on a line of its own, an empty line (an empty cell: two tab lines, one empty line
    # between them), and rows by four empty lines.
    def lines(g):
        items = []  # text, or an int: line breaks asked for
        for row in g:
            for k, c in enumerate(row):
                # (`nbsp`: an empty cell holds a bare `&nbsp;`, no paragraph: inline, on the tabs' line)
                cell = [2, c.text, 2] if c.text else ["\u00a0"] if nbsp else [2, 2]
                items += cell + (["\t"] if k + 1 < len(row) else [])
            items.append("\n")
        out, asked = [], 0
        for item in items:
            if isinstance(item, int):
                asked = max(asked, item)
                continue
            out.append("\n" * asked + item)
            asked = 0
        return ["", "".join(out), ""]
    return text(d, lines)


def webdriver_text(width):
    # WebDriver's element text (Selenium's `.text`, chromedriver's "Get Element Text") of a page
    # whose cells hold paragraphs and whose empty cells `&nbsp;` (`width` - 1 of them): spans
    # ignored (a merged cell once); each cell that holds text on a line of its own; an empty
    # cell's U+00A0 and the space after it, written as `width` spaces, open the line of the next
    # cell that holds text: a row's last empty cells the next row's label's line, a table's last
    # the line after the table (measured with chromedriver and Debian's chromium 156 on a page's tables)
    def render(d):
        lines, pending = [title(d)] + PROSE, ""
        for heading, g in zip(HEADINGS, grids(d)):
            lines.append(pending + heading)
            pending = ""
            for row in g:
                for c in row:
                    if c.text:
                        lines.append(pending + c.text)
                        pending = ""
                    else:
                        pending += " " * width
        return "\n".join(lines + [pending + CLOSING[0]] + CLOSING[1:]) + "\n"
    return render


def webdriver_rows(d):
    # the same of a page whose cells hold bare text (no paragraph): a row a line, its cells joined
    # by a space, an empty cell's U+00A0 written as a space too, the line's last space trimmed
    # (not a blank's): `821 35     2 1 859`, two blanks between 35 and 2
    nb = "\u00a0"
    return text(d, lambda g: [" ".join(c.text or nb for c in row).rstrip(" ").replace(nb, " ") for row in g])


def bar_led_cells(d):
    # trafilatura 1.x's text of a page whose cells hold paragraphs (tests/layouts/trafilatura_text.py):
    # each cell's text on a line of its own, led by the bar that closed the cell before it; an
    # empty cell's bar alone on a line; a row's last line the bar of its last cell
    def lines(g):
        out = []
        for row in g:
            out += [x for x in [row[0].text] + [("| " + c.text).rstrip() for c in row[1:]] + ["|"] if x]
        return out
    return text(d, lines)


def bar_ended_cells(padded):
    # other trafilatura versions: a cell's text and its bar a line (`26 |`), an empty cell's bar
    # alone, the cells a merge covers left out (the real excerpt-hanyuan-2020.txt); `padded`: a
    # row short of its table's cells then a line of a bar for each (excerpt-district-statistics-2023)
    def lines(g):
        w = max(sum(c.cols for c in row) for row in g)
        out = []
        for row in g:
            out += [(c.text + " |") if c.text else "|" for c in row]
            if padded and w > len(row):
                out.append("|" * (w - len(row)))
        return out
    return lambda d: text(d, lines)


def bar_opened_cells(d):
    # another trafilatura version: a row opened by a bar alone, then each cell's text and its bar
    # a line (`26 |`), an empty cell's bar alone, a row short of its table's cells padded after
    # its last cell's bar (`0 | ||`: Hubei's and Chongqing's district pages of the reference
    # crawl, excerpt-row-openers-2022.txt)
    def lines(g):
        w = max(sum(c.cols for c in row) for row in g)
        out = []
        for row in g:
            cells = [(c.text + " |") if c.text else "|" for c in row]
            if w > len(row):
                cells[-1] += " " + "|" * (w - len(row))
            out += ["|"] + cells
        return out
    return text(d, lines)


def bar_lines(d):
    # a crawler's text of cells that held paragraphs, each bar on a line of its own (Sichuan county
    # sites of the reference crawl): a row opened by `| ` and its first cell (`| 规章`), each
    # further cell a bar alone then its text (`|`, `0`), an empty cell nothing between two bars,
    # the last cell's bar, then the bars of the cells a short row lacks on a line (`||`)
    def lines(g):
        w = max(sum(c.cols for c in row) for row in g)
        out = []
        for row in g:
            out.append(("| " + row[0].text).rstrip())
            for c in row[1:]:
                out.append("|")
                if c.text:
                    out.append(c.text)
            out.append("|")
            if w > len(row):
                out.append("|" * (w - len(row)))
        return out
    return text(d, lines)


def padded_rows(lead):
    # trafilatura 2.x: a row a line, (`| ` then) each cell and ` | `, then a bar for each cell the
    # row lacks of its table's width (the real excerpt-changchun-bureau-2023.txt, and without the
    # leading bar excerpt-liangcheng-2020.txt)
    def lines(g):
        w = max(sum(c.cols for c in row) for row in g)
        return [(("| " if lead else "") + "".join(c.text + " | " for c in row) + "|" * (w - len(row))).strip()
                for row in g]
    return lambda d: text(d, lines)


def broken_rows(d):
    # trafilatura keeping a cell's text as the page's source spaced it (`<td>\n 418956 </td>`):
    # a row opens with `| ` alone, each cell `\n text  | ` on an indented line, the last padded
    # (a page of the reference crawl, cnipa.gov.cn: `| \n Total  | \n Yearly Total  | … | |`)
    def lines(g):
        w = max(sum(c.cols for c in row) for row in g)
        return ["| " + "".join("\n " + c.text + "  | " for c in row) + "|" * (w - len(row)) for row in g]
    return text(d, lines)


def width(t):
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in t)


def aligned(display=True):
    # a table laid out in columns with spaces, as pdftotext -layout, w3m (without borders) and
    # pandoc's plain tables print one: each column as wide as its widest cell, counted in display
    # columns (a wide character two) or in characters (`display=False`), numbers to the right; a
    # blank cell is spaces
    measure = width if display else len

    def lines(g):
        rows = expanded(g, False)
        n = max(len(r) for r in rows)
        rows = [r + [""] * (n - len(r)) for r in rows]
        widths = [max(measure(r[c]) for r in rows) for c in range(n)]
        out = [""]
        for r in rows:
            cells = [(" " * (w - measure(t)) + t) if is_number(t) else (t + " " * (w - measure(t)))
                     for t, w in zip(r, widths)]
            out.append("   ".join(cells).rstrip())
        return out + [""]
    return lambda d: text(d, lines)


def box_drawn(wrap=None, ascii=False):
    # w3m's dump of a page whose tables have borders: each cell boxed with │ and ─┼─ rules, the
    # columns padded to their widest cell; `wrap`: a column no wider than that many characters,
    # a longer cell over several lines, the row's other cells on its middle line; `ascii`: as
    # links draws it, | and -+- (pandoc's grid tables: +-+ at the ends too)
    bar, dash = ("|", "-") if ascii else ("│", "─")

    def lines(g):
        rows = expanded(g, False)
        n = max(len(r) for r in rows)
        rows = [r + [""] * (n - len(r)) for r in rows]
        pieces = [[[t[i:i + wrap] for i in range(0, len(t), wrap)] or [""] if wrap and not is_number(t) else [t]
                   for t in r] for r in rows]
        widths = [max(width(line) for r in pieces for line in r[c]) for c in range(n)]
        def rule(left, mid, right):
            return (bar + "+".join(dash * w for w in widths) + bar) if ascii else left + mid.join(dash * w for w in widths) + right
        out = [rule("┌", "┬", "┐")]
        for k, r in enumerate(pieces):
            height = max(len(c) for c in r)
            for y in range(height):
                cells = []
                for c, p in enumerate(r):
                    top = (height - len(p)) // 2  # a short cell stands in the middle
                    t = p[y - top] if 0 <= y - top < len(p) else ""
                    cells.append(t + " " * (widths[c] - width(t)))
                out.append(bar + bar.join(cells) + bar)
            out.append(rule("├", "┼", "┤") if k + 1 < len(pieces) else rule("└", "┴", "┘"))
        return out
    return lambda d: text(d, lines)


def links_drawn(indent):
    # links' dump of a page with bordered tables: | and -+- in ASCII, a cell merged over columns
    # one cell, a cell merged over rows an empty box on each of its rows, its text on its middle
    # line (a rule between two of its rows when they are even: `|  |（三）不予公开 |-----+--|`), a
    # rule under a row only where the cells above or below it end; the table indented
    def lines(g):
        occ, cells = {}, []
        for r, row in enumerate(g):
            c = 0
            for cell in row:
                while (r, c) in occ:
                    c += 1
                cells.append((r, c, cell.rows, cell.cols, cell.text))
                for dr in range(cell.rows):
                    for dc in range(cell.cols):
                        occ[(r + dr, c + dc)] = len(cells) - 1
                c += cell.cols
        n, height = max(c for _, c in occ) + 1, len(g)
        w = [1] * n
        for _, c, _, cs, t in cells:
            if cs == 1:
                w[c] = max(w[c], width(t) + 1)
        for _, c, _, cs, t in cells:
            have = sum(w[c:c + cs]) + cs - 1
            if cs > 1 and width(t) + 1 > have:
                w[c + cs - 1] += width(t) + 1 - have
        middle = [(2 * r + 1 + 2 * (r + rs - 1) + 1) // 2 for r, _, rs, _, _ in cells]

        def box(i, y, c0, c1):  # cell i's text on line y, over columns [c0, c1)
            t = cells[i][4] if i is not None and middle[i] == y else ""
            return t + " " * (sum(w[c0:c1]) + c1 - c0 - 1 - width(t))

        out = [" " * indent + "+" + "-" * (sum(w) + n - 1) + "+"]
        for y in range(1, 2 * height):
            r, segments, c = y // 2, [], 0
            while c < n:
                if y % 2:  # a row: one box a cell
                    i = occ.get((r, c))
                    e = c + 1
                    while e < n and i is not None and occ.get((r, e)) == i:
                        e += 1
                    segments.append(("box", box(i, y, c, e)))
                elif occ.get((r - 1, c)) is not None and occ.get((r - 1, c)) == occ.get((r, c)):
                    i, e = occ[(r, c)], c + 1  # a cell merged over both rows
                    while e < n and occ.get((r, e)) == i:
                        e += 1
                    segments.append(("box", box(i, y, c, e)))
                else:  # a rule, as long as no cell above or below ends
                    e = c + 1
                    while (e < n and occ.get((r - 1, e)) == occ.get((r - 1, e - 1)) and occ.get((r, e)) == occ.get((r, e - 1))
                           and not (occ.get((r - 1, e)) is not None and occ.get((r - 1, e)) == occ.get((r, e)))):
                        e += 1
                    segments.append(("rule", "-" * (sum(w[c:e]) + e - c - 1)))
                c = e
            line = "|" + segments[0][1]
            for (k0, _), (k1, t) in zip(segments, segments[1:]):
                line += ("+" if k0 == k1 == "rule" else "|") + t
            out.append(" " * indent + line + "|")
        return [""] + out + [" " * indent + "+" + "-" * (sum(w) + n - 1) + "+", ""]
    return lambda d: text(d, lines)


def mineru(d):
    lines = ["# " + title(d), ""] + PROSE
    for heading, g in zip(HEADINGS, grids(d)):
        lines += ["# " + heading, "", "<html><body>" + html_table(g).replace("\n", "") + "</body></html>", ""]
    return "\n".join(lines + CLOSING) + "\n"


def html_number_runs(d):
    # Word's HTML of a number edited after it was typed: its digits in two runs (`<span>1</span><span>2</span>`)
    def cell(c):
        t = html.escape(c.text)
        if is_number(c.text) and len(c.text) > 1:
            return '<p class=MsoNormal><span lang=EN-US>%s</span><span lang=EN-US>%s</span></p>' % (t[:1], t[1:])
        return '<p class=MsoNormal><span>%s</span></p>' % t
    return html_layout(cell=cell)(d)


def html_table_per_row(d):
    # an editor that pasted each row of a Word table as a table of its own
    return page(d, ["\n".join(html_table([row]) for row in g) for g in grids(d)])


def html_boxed_cells(d):
    # a cell's text in a table of its own, one cell (a number boxed to centre it) or one row (a
    # label's two halves side by side), as pasted from other pages: the cell's text all the same
    def cell(c):
        t = html.escape(c.text)
        if is_number(c.text):
            return '<table width="100%%"><tr><td align="center">%s</td></tr></table>' % t
        if len(c.text) > 8:
            return '<table><tr><td>%s</td><td>%s</td></tr></table>' % (t[:len(t) // 2], t[len(t) // 2:])
        return t
    return html_layout(cell=cell)(d)


def html_hidden_text(d):
    # text a browser does not show: Word's `mso-hide:all` runs, and digits and characters hidden
    # among a cell's (`<span style="display:none">`, `visibility: hidden`, `hidden`) so that a copy
    # of the page is wrong; a reader of the page must not take them
    hiders = ['<span style="display:none">%s</span>', "<span style='DISPLAY: NONE; mso-hide:all'>%s</span>",
              '<font style="visibility:hidden !important">%s</font>', '<span hidden><b>%s</b>8</span>']
    def cell(c):
        t = html.escape(c.text)
        if not t:
            return hiders[0] % "0"
        hide = hiders[len(t) % len(hiders)]
        return t[:1] + hide % "9" + t[1:]
    return html_layout(cell=cell)(d)


def html_tracked_changes(d):
    # a number corrected with Word's changes tracked, saved as HTML: the old number struck out
    # (`<del>`) before the new (`<ins>`); an editor's `<s>` and `<strike>` the same
    marks = ['<del cite="mailto:editor" datetime="2025-01-20T09:30:00">%s</del><ins cite="mailto:editor">%s</ins>',
             "<s>%s</s>%s", "<strike>%s</strike>%s"]
    def cell(c):
        t = html.escape(c.text)
        if not is_number(c.text):
            return t
        return marks[len(t) % len(marks)] % (str(int(float(c.text)) + 1), t)
    return html_layout(cell=cell)(d)


def html_spreadsheet_hidden(d):
    # a spreadsheet saved as a web page, with a hidden helper column (a check sum at each row's
    # end, `<td style='display:none'>`) and a hidden row after each table's first: the browser
    # shows neither, and the table's columns are those shown
    def table(g):
        out = html_table(g).replace("</tr>", "<td class=xl66 style='display:none'>9</td></tr>")
        return out.replace("</tr>", "</tr>\n<tr height=0 style='display:none;mso-height-source:userset'>"
                                    "<td>（一）予以公开</td><td>9</td><td>9</td></tr>", 1)
    return page(d, [table(g) for g in grids(d)])


def html_form_inputs(d):
    # a page saved from the web form the report was filled in (a back office's preview): each
    # number the value of a read-only text input, a hidden input with the row's key beside it
    def cell(c):
        t = html.escape(c.text)
        if not is_number(c.text):
            return t
        return ('<input type="text" class="form-control" value="%s" readonly="readonly">'
                '<input type="hidden" name="id" value="9">' % t)
    return html_layout(cell=cell)(d)


def html_quoted_gt(d):
    # attributes whose quoted values hold '>' (a script in an event handler, a title)
    return html_layout()(d).replace("<td", """<td onmouseover="if (this.width > 0) this.title='>'" """)


def markdown_page_break(d):
    # a PDF→markdown table continued on the next page: the page's footer, then the table's header
    # rows and delimiter row printed again before the rest of its rows (chapter 三's, before （四）)
    md = markdown()(d).split("\n")
    start = next(k for k, l in enumerate(md) if l == HEADINGS[1])
    first = next(k for k in range(start, len(md)) if md[k].startswith("|"))
    delimiter = next(k for k in range(first, len(md)) if md[k].startswith("|---"))
    at = next(k for k in range(delimiter, len(md)) if "（四）无法提供" in md[k])
    header = md[first:delimiter + 1]
    return "\n".join(md[:at] + ["", "— 5 —", ""] + header + md[at:])


def br_label(t):
    return t[:6] + "<br>" + t[6:] if len(t) > 10 and not t.replace(".", "").isdigit() else t


def is_number(t):
    return t.replace(".", "", 1).replace("-", "", 1).isdigit()


def bold_number(t):
    return "**%s**" % t if t.replace(".", "").replace("-", "").isdigit() else t


LAYOUTS = {
    # name: (writer, file suffix, lossless: every cell stays apart, so every cell must be read)
    "html": (html_layout(), ".html", True),
    "html-th-no-end-tags": (html_layout(td="th", close=False), ".html", True),
    "html-entities": (html_layout(cell=lambda c: "".join("&#%d;" % ord(ch) if ord(ch) > 127 else ch for ch in html.escape(c.text))), ".html", True),
    "html-br-in-labels": (html_layout(cell=lambda c: br_label(html.escape(c.text))), ".html", True),
    "html-nbsp": (html_layout(cell=lambda c: "&nbsp;%s&nbsp;" % html.escape(c.text) if c.text else "&nbsp;"), ".html", True),
    "html-word": (html_word, ".html", True),
    "html-page-break": (html_page_break, ".html", True),
    "html-uppercase": (html_uppercase, ".html", True),
    "html-in-layout-table": (html_in_layout_table, ".html", True),
    "html-paragraphs": (html_paragraphs, ".html", True),
    "html-pretty": (html_pretty, ".html", True),
    "html-script": (html_script, ".html", True),
    "html-number-runs": (html_number_runs, ".html", True),
    "html-table-per-row": (html_table_per_row, ".html", True),
    "html-boxed-cells": (html_boxed_cells, ".html", True),
    "html-hidden-text": (html_hidden_text, ".html", True),
    "html-quoted-gt": (html_quoted_gt, ".html", True),
    "html-form-inputs": (html_form_inputs, ".html", True),
    "html-tracked-changes": (html_tracked_changes, ".html", True),
    "html-spreadsheet-hidden": (html_spreadsheet_hidden, ".html", True),
    "html-unmerged": (html_flat(False), ".html", True),
    "html-unmerged-copies": (html_flat(True), ".html", False),
    "markdown": (markdown(), ".md", True),
    "markdown-repeated-spans": (markdown(repeat=True), ".md", True),
    "markdown-br-in-labels": (markdown(cell=br_label), ".md", True),
    "markdown-bold-numbers": (markdown(cell=bold_number), ".md", True),
    "markdown-none-cells": (markdown(fill="None"), ".md", True),
    "markdown-dataframe": (markdown(repeat=True, index=True), ".md", True),
    "markdown-dataframe-nan": (markdown(index=True, fill="nan"), ".md", True),
    "markdown-dataframes-alone": (dataframes(frame_markdown), ".md", True),
    "markdown-mineru": (mineru, ".md", True),
    "markdown-spans-dropped": (markdown_spans_dropped, ".md", True),
    "markdown-page-break": (markdown_page_break, ".md", True),
    "markdown-label-rows": (label_rows, ".md", True),
    "markdown-merged-rows": (merged_rows, ".md", False),  # a blank in one of two merged rows is lost
    "text-tabs": (rows_joined("\t"), ".txt", True),
    "text-csv-dataframes": (dataframes(frame_csv), ".csv", True),
    "text-dataframes-to-string": (dataframes(frame_string), ".txt", True),
    # a last empty cell looks like a closing bar: the table's full rows tell
    "text-pipes": (rows_joined(" | "), ".txt", True),
    "text-tabs-unmerged": (unmerged_joined("\t"), ".txt", True),
    "text-pipes-unmerged": (unmerged_joined(" | "), ".txt", True),
    "text-pipes-none-cells": (unmerged_joined(" | ", fill="None"), ".txt", True),
    "text-tabs-none-cells": (unmerged_joined("\t", fill="None"), ".txt", True),
    "text-spaces": (rows_joined(" "), ".txt", True),
    "text-nbsp-entities": (rows_joined("&nbsp;", lambda t: t.replace("“", "&ldquo;").replace("”", "&rdquo;")), ".txt", True),
    "text-ideographic-spaces": (rows_joined("\u3000"), ".txt", True),
    "text-one-line": (lambda d: rows_joined(" ")(d).replace("\n", " ") + "\n", ".txt", False),
    "text-cell-per-line": (cell_per_line(False), ".txt", True),  # a blank cell an empty line, covered cells left out
    "text-cell-per-line-blank-lines": (cell_per_line(True), ".txt", True),  # a cell a paragraph, a blank one empty
    "text-cell-per-paragraph-collapsed": (cell_per_line(True, collapsed=True), ".txt", False),
    "text-cell-per-line-wrapped": (wrapped_cells(10), ".txt", False),
    "text-cell-per-line-cut-numbers": (wrapped_cells(6, cut_numbers=True), ".txt", False),
    "text-pdf-page-numbers": (pdf_pages(lambda n, m: str(n)), ".txt", False),
    "text-pdf-page-of": (pdf_pages(lambda n, m: "第 %d 页 共 %d 页" % (n, m)), ".txt", False),
    "text-pdf-page-of-en": (pdf_pages(lambda n, m: "Page %d of %d" % (n, m)), ".txt", False),
    "text-pdf-browser-print": (browser_printed(False, 41), ".txt", False),
    "text-pdf-browser-print-rows": (browser_printed(True, 23), ".txt", True),
    "text-pdf-font-radicals": (font_radicals(browser_printed(True, 23)), ".txt", True),
    "text-python-list-rows": (list_rows(repr), ".txt", True),
    "text-json-list-rows": (list_rows(json.dumps), ".txt", True),
    "text-pdf-flow-blocks": (pdf_flow_blocks, ".txt", False),
    "text-pdf-flow-page-blocks": (pdf_flow_page_blocks, ".txt", False),
    "text-pdf-layout-wrapped": (pdf_layout_wrapped(), ".txt", False),
    "text-crawler-indented": (crawler_pretty, ".txt", False),
    "text-crawler-nodes-space": (crawler_nodes(" "), ".txt", True),
    "text-crawler-nodes-nbsp": (crawler_nodes("\u00a0"), ".txt", True),
    "text-run-together": (rows_joined(""), ".txt", False),
    # a crawler's textContent of a page whose empty cells hold `&nbsp;`: cells run together, a
    # U+00A0 for each blank; rows a line each, or the whole page one line (no line breaks in the
    # page's source)
    "text-run-together-nbsp": (rows_joined("", lambda t: t or "\u00a0"), ".txt", False),
    "text-one-line-run-together-nbsp": (lambda d: rows_joined("", lambda t: t or "\u00a0")(d).replace("\n", "") + "\n", ".txt", False),
    # the same of a page whose empty cells hold a full-width space typed in Word or WPS
    "text-one-line-run-together-ideographic": (lambda d: rows_joined("", lambda t: t or "\u3000")(d).replace("\n", "") + "\n", ".txt", False),
    "text-bar-led-cells": (bar_led_cells, ".txt", True),
    "text-bar-ended-cells": (bar_ended_cells(False), ".txt", True),
    # a row short of one cell has its padding `|`, as an empty cell is: such rows stay unread
    "text-bar-ended-cells-padded": (bar_ended_cells(True), ".txt", False),
    "text-bar-opened-cells": (bar_opened_cells, ".txt", True),
    # a row's empty last cells look like the bars of the cells a short row lacks: such rows stay unread
    "text-bar-lines": (bar_lines, ".txt", False),
    "text-bar-rows-padded": (padded_rows(True), ".txt", True),
    "text-bar-rows-padded-open": (padded_rows(False), ".txt", True),
    "text-bar-rows-broken": (broken_rows, ".txt", True),
    "text-html2text": (html2text(False), ".md", True),
    "text-html2text-paragraphs": (html2text(True), ".md", True),
    "text-inner-text-paragraphs": (inner_text, ".txt", True),
    "text-inner-text-nbsp-cells": (lambda d: inner_text(d, True), ".txt", True),
    "text-webdriver-nbsp": (webdriver_text(2), ".txt", True),
    "text-webdriver-nbsp2": (webdriver_text(3), ".txt", True),
    "text-webdriver-rows": (webdriver_rows, ".txt", True),
    "text-aligned": (aligned(), ".txt", False),
    "text-aligned-characters": (aligned(display=False), ".txt", False),
    "text-box-drawn": (box_drawn(), ".txt", True),
    "text-box-drawn-wrapped": (box_drawn(wrap=8), ".txt", True),
    "text-ascii-drawn-wrapped": (box_drawn(wrap=8, ascii=True), ".txt", True),
    "text-links-drawn": (links_drawn(3), ".txt", True),
}


# Cells a layout that keeps every cell apart leaves unread, known and left so far (report,
# layout): the run fails when one of them, or any other report and layout, leaves more.
KNOWN_GAPS = {
    # a label's second line on a row of its own, every cell of both lines empty: a blank row, or
    # one whose numbers a converter set on a line of their own that was lost (torn-markdown-huaian-2024)
    ("one-cell-per-line-blank-rows", "markdown-label-rows"): 35,
    # a blank row among rows led by a DataFrame's index: the index numbers are no row's
    ("one-cell-per-line-blank-rows", "markdown-dataframe"): 3,
    ("one-cell-per-line-blank-rows", "markdown-dataframe-nan"): 3,
    # html-shanghai-office-2019 leaves a cell blank in most rows. Chapter 四's row (复议后起诉
    # blank) is read with its blanks on a line cut by tabs or bars or joined by one separator
    # each, a cell a line where empty lines or lines of spaces are blank cells, or a cell a
    # paragraph where chapter 三's rows are; not on pandas' line laid out in columns (15 cells)
    ("html-shanghai-office-2019", "text-dataframes-to-string"): 15,
    # a label's second line on a row of its own (as one-cell-per-line-blank-rows above): 21 cells
    ("html-shanghai-office-2019", "markdown-label-rows"): 21,
}


# ---- checking ------------------------------------------------------------------------------

def cells_of(report):
    out = {}
    for section in ("section2", "section3", "section4"):
        for row, v in report.get(section, {}).items():
            items = enumerate(v) if isinstance(v, list) else v.items()
            for column, x in items:
                out["%s.%s.%s" % (section, row, column)] = x
    return out


def whole_reports():
    # each JSON once: the fixture of another tool's text of a page may hold a copy of the page's
    out, seen = [], set()
    for path in sorted(DATA.glob("*.json")):
        content = path.read_text(encoding="utf-8")
        d = json.loads(content)
        if not d.get("_partial") and all(k in d for k in ("section2", "section3", "section4")) and content not in seen:
            seen.add(content)
            out.append(path)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--checker", required=True, help="the xxgk-check executable")
    ap.add_argument("--keep", help="write the layouts into this folder (default: a temporary one)")
    ap.add_argument("json", nargs="*", help="report JSONs (default: every whole report of tests/data)")
    args = ap.parse_args()
    reports = [pathlib.Path(j) for j in args.json] or whole_reports()
    if args.keep:
        folder = pathlib.Path(args.keep)
        folder.mkdir(parents=True, exist_ok=True)
        return check(args.checker, reports, folder)
    with tempfile.TemporaryDirectory(prefix="xxgk-layouts-") as folder:
        return check(args.checker, reports, pathlib.Path(folder))


def read_back(checker, files):
    """What the checker reads from each file: its report JSON's cells, {} when it reads none.
    One process for all files (one JSON line each, in order), unless some file gave no line;
    then one process a file."""
    run = subprocess.run([checker, "--emit", "report-json"] + [str(f) for f in files], capture_output=True, text=True)
    lines = run.stdout.splitlines()
    if len(lines) == len(files):
        return [cells_of(json.loads(line)) for line in lines]
    out = []
    for f in files:
        one = subprocess.run([checker, "--emit", "report-json", str(f)], capture_output=True, text=True)
        out.append(cells_of(json.loads(one.stdout)) if one.stdout.strip() else {})
    return out


def errors_of(checker, files):
    """The errors the checker finds in each file (`--format json`), as (rule, table, row, column)."""
    run = subprocess.run([checker, "--format", "json"] + [str(f) for f in files], capture_output=True, text=True)
    found = json.loads(run.stdout)["files"] if run.stdout.strip() else []
    if len(found) != len(files):
        return [errors_of(checker, [f])[0] if len(files) > 1 else set() for f in files]
    return [{(x["rule"], x["table"], x["row"], x["column"]) for x in f["findings"] if x["severity"] == "error"}
            for f in found]


def check(checker, reports, folder):
    failures, gaps, totals = [], [], {name: [0, 0] for name in LAYOUTS}
    for path in reports:
        d = json.loads(path.read_text(encoding="utf-8"))
        want = cells_of(d)
        files = []
        for name, (write, suffix, lossless) in LAYOUTS.items():
            file = folder / (path.stem + "." + name + suffix)
            file.write_text(write(d), encoding="utf-8")
            files.append(file)
        # (an error that names no row, `no reading of … adds up` over chapter 四's three groups,
        # is the report's when one of its groups fails the rule)
        published = errors_of(checker, [path])[0]
        for file, errors in zip(files, errors_of(checker, files)):
            false = sorted(e for e in errors if e not in published and
                           (e[2] is not None or not any(p[:2] == e[:2] for p in published)))
            if false:
                failures.append("%s: FALSE ERRORS %s" % (file.name, false[:5]))
        for (name, (write, suffix, lossless)), file, got in zip(LAYOUTS.items(), files, read_back(checker, files)):
            wrong = sorted(k for k, x in got.items() if k in want and x != want[k])
            extra = sorted(k for k in got if k not in want)
            unread = sorted(k for k in want if k not in got)
            totals[name][0] += len(want) - len(unread)
            totals[name][1] += len(want)
            if wrong or extra:
                failures.append("%s: WRONG NUMBERS %s%s" % (file.name, wrong[:5], extra[:5]))
            if lossless and unread:
                gaps.append("%s: %d cells unread, e.g. %s" % (file.name, len(unread), unread[:3]))
                if len(unread) > KNOWN_GAPS.get((path.stem, name), 0):
                    failures.append("%s: %d cells unread, %d known" % (file.name, len(unread),
                                                                      KNOWN_GAPS.get((path.stem, name), 0)))
    print("%d reports, %d layouts each" % (len(reports), len(LAYOUTS)))
    print("| layout | cells read | every cell kept apart |\n|---|--:|---|")
    for name, (read, total) in totals.items():
        print("| %s | %d / %d | %s |" % (name, read, total, "yes" if LAYOUTS[name][2] else "no"))
    for g in gaps:
        print("gap (every cell kept apart, some unread) " + g)
    for f in failures:
        print("FAIL " + f, file=sys.stderr)
    print("%d failures (wrong numbers, false errors, or more cells unread than known)" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
