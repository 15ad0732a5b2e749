"""The text trafilatura 1.x (`xmltotxt`, before cells were kept on one line) writes for a page,
emulated (trafilatura is not packaged in Debian): a block element (`<p>`, `<div>`, a heading)
ends with a line break, even inside a table cell, and so does `<br>`; each cell is followed by
" | ", each row by a line break; then every line is stripped and empty lines are dropped (its
`sanitize`). Spans are ignored: a merged cell once. Crawled text of this form is found in the
wild (a table's cells `计量\n单位\n| 代码\n| 本期实际\n|` on a page of the reference crawl).

    python3 tests/layouts/trafilatura_text.py PAGE.html [ENCODING] > PAGE.txt

wrote tests/data/trafilatura-*.txt from the real pages html-ueditor-grid.html and
shuyang-fgj-2023.html."""
import sys, html.parser, re
BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "section", "article", "title"}
class T(html.parser.HTMLParser):
    def __init__(self, style):
        super().__init__(convert_charrefs=True)
        self.out = []; self.skip = 0; self.style = style; self.rowstart = False
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"): self.skip += 1
        elif tag == "br": self.out.append("\n")
        elif tag == "tr":
            self.out.append("\n")
            if self.style == "rowbar": self.out.append("| ")
        elif tag == "table": self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("script", "style"): self.skip -= 1
        elif tag in BLOCK: self.out.append("\n")
        elif tag in ("td", "th"): self.out.append(" | ")
        elif tag == "tr": self.out.append("\n")
        elif tag == "table": self.out.append("\n")
    def handle_data(self, d):
        if self.skip: return
        self.out.append(re.sub(r"[ \t\r\n]+", " ", d))
def convert(page, style="old"):
    t = T(style); t.feed(page); t.close()
    lines = [l.strip() for l in "".join(t.out).split("\n")]
    return "\n".join(l for l in lines if l) + "\n"
if __name__ == "__main__":
    page = open(sys.argv[1], encoding=sys.argv[2] if len(sys.argv) > 2 else "utf-8", errors="replace").read()
    sys.stdout.write(convert(page))
