// Tables broken on their way out: a cell lost or gained in one row (a page edited by hand, a
// separator doubled or dropped by a converter), a row's line wrapped, two cells run together. A
// broken row whose cells can no longer be told apart stays unread; each edit here was read with a
// wrong number at 8901b5a (tests/layouts/mutations.py found them; its breaks run as ctest
// `cli.mutations`). Fixtures are tests/data/FIXTURES.md's, each changed in one place.

#include <xxgk/parse.hpp>
#include <xxgk/xxgk.hpp>

#include <doctest/doctest.h>

#include "fixture_edits.hpp"
#include "report_rows.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

namespace {

using xxgk_test::check_read_right;
using xxgk_test::check_unread;
using xxgk_test::expected;
using xxgk_test::read;
using xxgk_test::replaced;

/// `text` with the `n`th (0-based) `<td…>…</td>` after the first `after` removed.
std::string without_cell(const std::string& text, const std::string& after, std::size_t n) {
  std::size_t at = text.find(after);
  REQUIRE(at != std::string::npos);
  for (std::size_t k = 0;; ++k) {
    at = text.find("<td", at + 1);
    REQUIRE(at != std::string::npos);
    if (k == n) break;
  }
  const std::size_t end = text.find("</td>", at);
  REQUIRE(end != std::string::npos);
  return text.substr(0, at) + text.substr(end + 5);
}

}  // namespace

TEST_CASE("LibreOffice Calc's text of a page: tab-separated, every line as wide as the sheet") {
  // A page opened in a spreadsheet and saved as text (tabs): each table's columns spread over the
  // sheet's, labels merged across many, every line as many tabs as the sheet is wide
  const std::string fgj = xxgk_test::read_data_file("calc-shuyang-fgj-2023.txt");
  const auto fgj_want = expected("shuyang-fgj-2023.json");
  CHECK(read(fgj) == fgj_want);
  // the Word page: Calc sets a row's first number before its label, on the line its label's quoted
  // first line opens (`99⇥"（二）部分公开` / `（区分…）"⇥0⇥0⇥0⇥2⇥0⇥101`, ⇥ a tab): at 8901b5a
  // （二）部分公开 was read as 0, 0, 0, 2, 0, 101 and the next row's first number (5 wrong
  // numbers). Chapter 三 is unread, chapter 二 read
  const auto word = read(xxgk_test::read_data_file("calc-word-grid.txt"));
  const auto word_want = expected("html-word-grid.json");
  check_read_right(word, word_want);
  CHECK(word.count("section2/normative_documents") == 1);
  CHECK(word.count("section3/granted") == 0);
  CHECK(word.count("section3/partially_granted") == 0);
  // a tab lost in one line: its cells no longer stand where the others' do (one line of another
  // width among lines that all have one), so its empty cells are no blank cells
  const std::string granted = "（一）予以公开" + std::string(18, '\t') + "26" + std::string(6, '\t') + "26\n";
  REQUIRE(fgj.find(granted) != std::string::npos);
  check_unread(replaced(fgj, granted, "（一）予以公开" + std::string(18, '\t') + "26" + std::string(5, '\t') + "26\n"),
               fgj_want, {"section3/granted"});
  // one written twice (unread at 8901b5a too)
  check_unread(replaced(fgj, granted, "（一）予以公开" + std::string(18, '\t') + "26" + std::string(7, '\t') + "26\n"),
               fgj_want, {"section3/granted"});
}

TEST_CASE("cells joined by tabs, merges undone: a line that lost a cell, or whose end went onto a line of its own") {
  // html2text's text of a real page whose merges were undone, its bars written as tabs (a
  // crawler's "\t".join(cells)): every line of a table holds as many cells
  std::string text = xxgk_test::lines_mapped(xxgk_test::read_data_file("html2text-unmerged-shuyang-2025.md"),
                                             [](std::string line) {
                                               if (line.find('|') == std::string::npos) return line;
                                               while (!line.empty() && line.back() == ' ') line.pop_back();
                                               std::string out;
                                               for (std::size_t b = 0;;) {
                                                 const std::size_t e = line.find('|', b);
                                                 std::string cell = line.substr(b, e - b);
                                                 while (!cell.empty() && cell.front() == ' ') cell.erase(0, 1);
                                                 while (!cell.empty() && cell.back() == ' ') cell.pop_back();
                                                 out += cell;
                                                 if (e == std::string::npos) break;
                                                 out += '\t';
                                                 b = e + 1;
                                               }
                                               return out;
                                             });
  const auto want = expected("html-unmerged-shuyang-2025.json");
  CHECK(read(text) == want);
  // （一）予以公开 with its 1 left blank: read so
  const std::string granted = "（一）予以公开\t\t290\t1\t0\t0\t3\t0\t294";
  const std::string blank = "（一）予以公开\t\t290\t\t0\t0\t3\t0\t294";
  auto blank_want = want;
  blank_want.at("section3/granted").at(1) = "null";
  CHECK(read(replaced(text, granted, blank)) == blank_want);
  // and a tab lost after it: `290⇥⇥0` (the empty cell its label spans, 290, a blank, 0 …) was
  // read with the label's empty cell as 自然人 at 8901b5a (blank, 290, blank, 0, 3, 0, 294)
  check_unread(replaced(text, granted, "（一）予以公开\t\t290\t\t0\t3\t0\t294"), blank_want, {"section3/granted"});
  // a row's last tab on a line of its own: that line, separators alone, says nothing of the
  // table's width, and the row before it lost a cell
  const std::string secret = "（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0";
  check_read_right(read(replaced(text, secret, "（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\n\t0")), want);
}

TEST_CASE("html: a row that spans another count of columns than its table's others holds no blank cell") {
  // a page whose merges were undone (html-unmerged-shuyang-2025.html), 1 left blank in （一）予以公开
  const std::string html = xxgk_test::read_data_file("html-unmerged-shuyang-2025.html");
  const std::string one = "<td class=xl68 align=right x:num>290</td>\n  <td class=xl68 align=right x:num>1</td>";
  const std::string blank = replaced(html, one, "<td class=xl68 align=right x:num>290</td>\n  <td class=xl68></td>");
  auto want = expected("html-unmerged-shuyang-2025.json");
  want.at("section3/granted").at(1) = "null";
  CHECK(read(blank) == want);
  // a cell of it lost (by hand, in an editor): the browser shows 0 under 商业企业 … 294 under 其他;
  // at 8901b5a the empty cell its label spans was read as 自然人 (blank, 290, blank, 0, 3, 0, 294)
  check_unread(without_cell(blank, "x:num>290</td>", 1), want, {"section3/granted"});
  // a row cut in two (`</tr><tr>` before its last two cells): its line spans fewer columns than
  // the others, and the empty cells its label spans are no blanks; at 8901b5a read as blank,
  // blank, 31, 0, 0, 0, 0
  const std::string last = "<td class=xl68 align=right x:num>0</td>\n  <td class=xl68 align=right x:num>31</td>\n </tr>\n</table>";
  check_unread(replaced(html, last,
                        "</tr><tr><td class=xl68 align=right x:num>0</td>\n  <td class=xl68 align=right x:num>31</td>\n "
                        "</tr>\n</table>"),
               expected("html-unmerged-shuyang-2025.json"), {"section3/carried_forward"});
  // a table cut in two by a page break, the rows after the cut without the cells merged from
  // above (their label in the first column), and a row whole among them: read as the whole table
  const std::string page = xxgk_test::read_data_file("shuyang-fgj-2023.html");
  const std::size_t tr = page.rfind("<tr", page.find("危及"));
  REQUIRE(tr != std::string::npos);
  CHECK(read(page.substr(0, tr) + "</tbody></table><p>-3-</p><table><tbody>" + page.substr(tr)) ==
        expected("shuyang-fgj-2023.json"));
}

TEST_CASE("cells joined by bars, merges undone, a line wrapped at a bar: its row is unread") {
  // html-ueditor-grid's chapter 三 as pandas writes a DataFrame with None in empty cells, joined by
  // ` | `, every line of ten cells; （一）予以公开's line wrapped before its last cell (` | None`
  // on a line of its own). Its first line then holds seven cells after the label, the one its
  // label spans among them: at 665b29e read shifted by one (自然人 blank, 总计 3)
  const auto want = expected("html-ueditor-grid.json");
  const std::string head =
      "三、收到和处理政府信息公开申请情况\n"
      "None | None | None | 自然人 | 法人或其他组织 | None | None | None | None | 总计\n"
      "None | None | None | None | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | None\n"
      "一、本年新收政府信息公开申请数量 | None | None | 3001 | 53 | 0 | 0 | 61 | 4 | 3119\n"
      "二、上年结转政府信息公开申请数量 | None | None | 34 | 0 | 0 | 0 | 0 | 0 | 34\n";
  const std::string rest =
      "None | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | None | 447 | 7 | 0 | 0 | 0 | 0 | None\n"
      "None | （三）不予公开 | 1.属于国家秘密 | 2 | 0 | 0 | 0 | 0 | 0 | None\n"
      "None | None | 2.其他法律行政法规禁止公开 | 30 | 1 | 0 | 0 | 0 | 0 | None\n"
      "四、政府信息公开行政复议、行政诉讼情况\n";
  const std::string granted = "三、本年度办理结果 | （一）予以公开 | None | 1288 | 21 | 0 | 0 | 50 | 3 | None\n";
  const auto whole = read(head + granted + rest);
  REQUIRE(whole.count("section3/granted") == 1);
  CHECK(whole.at("section3/granted") == want.at("section3/granted"));
  const auto wrapped = read(head + "三、本年度办理结果 | （一）予以公开 | None | 1288 | 21 | 0 | 0 | 50 | 3\n | None\n" + rest);
  CHECK(wrapped.count("section3/granted") == 0);
  xxgk_test::check_read_right(wrapped, want);
}

TEST_CASE("cells joined by ` | `, a bar at a line's end before its empty last cell: read when the count is the row's") {
  // html-shanghai-office-2019's chapter 三 as html2text writes a table (no bar at either end of a
  // line, a bar at the end where the last cell is empty): every outcome row's 总计 is blank, with
  // blanks among its numbers too. At 665b29e those rows were unread (a separator written twice?)
  const auto want = expected("html-shanghai-office-2019.json");
  const std::string head =
      "三、收到和处理政府信息公开申请情况\n"
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况\n"
      "自然人 | 法人或其他组织 | 总计\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他\n"
      "一、本年新收政府信息公开申请数量 | 821 | 35 |  |  | 2 | 1 | 859\n"
      "二、上年结转政府信息公开申请数量 | 18 |  |  |  |  |  | 18\n";
  const std::string granted = "三、本年度办理结果 | （一）予以公开 | 258 | 12 |  |  | 1 | 1 | \n";
  const std::string rest =
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 3 |  |  |  |  |  | \n"
      "（三）不予公开 | 1.属于国家秘密 | 14 |  |  |  |  |  | \n"
      "四、政府信息公开行政复议、行政诉讼情况\n";
  const auto got = read(head + granted + rest);
  for (const char* row : {"section3/granted", "section3/partially_granted", "section3/withheld_state_secret"}) {
    CAPTURE(row);
    REQUIRE(got.count(row) == 1);
    CHECK(got.at(row) == want.at(row));
  }
  // a separator written twice (eight cells with the last), or an empty cell lost (six): unread
  const auto doubled = read(head + "三、本年度办理结果 | （一）予以公开 | 258 | 12 |  |  |  | 1 | 1 | \n" + rest);
  CHECK(doubled.count("section3/granted") == 0);
  xxgk_test::check_read_right(doubled, want);
  const auto lost = read(head + "三、本年度办理结果 | （一）予以公开 | 258 | 12 |  | 1 | 1 | \n" + rest);
  CHECK(lost.count("section3/granted") == 0);
  xxgk_test::check_read_right(lost, want);
}

TEST_CASE("one cell per line: an empty line gained among a row's numbers leaves it a cell too many") {
  // crawler-cells-ueditor-grid.txt: a blank cell is an empty line, （一）'s total blank after its
  // numbers. An empty line more among them: eight cells for seven, which empty line is the blank is
  // unknown (at 8901b5a: 1288, blank, 21, 0, 0, 50, 3)
  const std::string text = xxgk_test::read_data_file("crawler-cells-ueditor-grid.txt");
  const auto want = expected("html-ueditor-grid.json");
  check_unread(replaced(text, "1288\n21\n0\n0\n50\n3\n\n（二）", "1288\n\n21\n0\n0\n50\n3\n\n（二）"), want,
               {"section3/granted"});
}

TEST_CASE("a row's line wrapped: a line of values alone after it, the row may go on there") {
  // cells joined by bars (html2text): `规章 | 0 | 0 |` then `0`, at 8901b5a read 0, 0, blank
  const std::string md = xxgk_test::read_data_file("html2text-unmerged-shuyang-2025.md");
  const auto want = expected("html-unmerged-shuyang-2025.json");
  check_unread(replaced(md, "规章 | 0 | 0 | 0  \n", "规章 | 0 | 0 |\n 0  \n"), want, {"section2/regulations"});
  // columns laid out with spaces (a DataFrame's to_string): at 8901b5a 0, 0, blank
  const std::string frame = xxgk_test::read_data_file("pandas-string-shuyang-2025.txt");
  check_unread(replaced(frame, "2          规章              0       0       0\n",
                        "2          规章              0       0\n                 0\n"),
               want, {"section2/regulations"});
}

TEST_CASE("a number written with a leading zero is two cells run together") {
  // a separator lost between 0 and 0 (`00`), or 0 and 454 (`0454`): no count is written so
  const std::string frame = xxgk_test::read_data_file("pandas-string-shuyang-2025.txt");
  const auto want = expected("html-unmerged-shuyang-2025.json");
  const std::string edited = replaced(frame, "规章              0       0       0", "规章              0       00");
  check_unread(edited, want, {"section2/regulations"});
  const auto parsed = xxgk::parse(edited);
  REQUIRE(parsed.has_value());
  const bool said = std::any_of(parsed->findings.begin(), parsed->findings.end(), [](const xxgk::source_finding& f) {
    return f.rule == &xxgk::rules::fmt_unreadable_row && f.detail.find("leading zero") != std::string::npos;
  });
  CHECK(said);
  // a crawler's row of digits run together (`0000000`) is still split by its totals (inferred)
  const auto crawler = read(xxgk_test::read_data_file("crawler-changchun-2023.txt"));
  CHECK(crawler.count("section3/carried_over") == 1);
}

TEST_CASE("cells joined by bars, a bar at the end an empty last cell: a separator written twice") {
  // html2text: `2.重复申请| 25| 0| 0| 0| 0| 0|   `, its total blank. With `| ` written twice, at
  // 8901b5a the bar at the end was taken to close the line: 25, blank, 0, 0, 0, 0, 0
  // (the fixture's row 3.要求提供公开出版物 is unread: html2text folds it onto lines of bars)
  const std::string md = xxgk_test::read_data_file("html2text-ueditor-grid.md");
  auto want = read(md);
  REQUIRE(want.count("section3/declined_duplicate") == 1);
  check_read_right(want, expected("html-ueditor-grid.json"));
  check_unread(replaced(md, "2.重复申请| 25| 0| 0|", "2.重复申请| 25| | 0| 0|"), want, {"section3/declined_duplicate"});
}

TEST_CASE("a DataFrame's markdown row wrapped after its label: the next row's index is none of its cells") {
  // at 8901b5a the next line's index (`| 20 | nan | nan | 3.要求…`) was read as the row's total
  const std::string md = xxgk_test::read_data_file("pandas-markdown-ueditor-grid.md");
  const auto want = expected("html-ueditor-grid.json");
  const std::size_t at = md.find("| 2.重复申请");
  REQUIRE(at != std::string::npos);
  const std::size_t cells = md.find("| 25 ", at);
  REQUIRE(cells != std::string::npos);
  // (built by concatenation: g++ 12 at -O3 warns falsely of std::string::insert, -Wrestrict)
  const std::string wrapped = md.substr(0, cells) + "\n" + md.substr(cells);
  const auto got = read(wrapped);
  check_read_right(got, want);
}

TEST_CASE("markdown whose merged cells are written into each: a line that lost a cell is unread") {
  // edition 2019's 政府集中采购, its amount spanning two columns and written twice (docling's way).
  // 12 lost: at 8901b5a read as 251000 items
  const std::string md =
      "某市某局2019年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n"
      "| 第二十条第（一）项 | 第二十条第（一）项 | 第二十条第（一）项 | 第二十条第（一）项 |\n"
      "|---|---|---|---|\n"
      "| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n"
      "| 规章 | 0 | 0 | 3 |\n"
      "| 规范性文件 | 2 | 2 | 15 |\n"
      "| 第二十条第（九）项 | 第二十条第（九）项 | 第二十条第（九）项 | 第二十条第（九）项 |\n"
      "| 信息内容 | 采购项目数量 | 采购总金额 | 采购总金额 |\n"
      "| 政府集中采购 | 12 | 251000 | 251000 |\n";
  const auto whole = read(md);
  REQUIRE(whole.count("section2/procurement") == 1);
  CHECK(whole.at("section2/procurement") == std::vector<std::string>{"12", "251000"});
  const auto lost = read(replaced(md, "| 政府集中采购 | 12 | 251000 | 251000 |", "| 政府集中采购 | 251000 | 251000 |"));
  CHECK(lost.count("section2/procurement") == 0);
  CHECK(lost.at("section2/regulations") == whole.at("section2/regulations"));
}

TEST_CASE("chapter 四: numbers before its header, empty cells among the row's numbers, are no row") {
  // tests/layouts/mutations.py, seed 112: a DataFrame's markdown of html-shanghai-office-2019
  // (复议后起诉 blank), its line of column numbers split, `| 6 | 7 | … | 14 |` on a line of its own
  // under the heading. At 0111168 those nine numbers and the row's six were read as chapter 四's
  // 15, its empty cells passed over (four wrong numbers at least)
  const std::string header = "| 行政复议 | 行政复议 | 行政复议 | 行政复议 | 行政复议 | 行政诉讼 | 行政诉讼 | 行政诉讼 | 行政诉讼 | "
                             "行政诉讼 | 行政诉讼 | 行政诉讼 | 行政诉讼 | 行政诉讼 | 行政诉讼 |\n"
                             "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | "
                             "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n";
  const std::string row = "| 5 |  |  | 2 | 7 | 8 |  |  | 1 | 9 |  |  |  |  |  |\n";
  const std::string heading = "四、政府信息公开行政复议、行政诉讼情况\n";
  // the row alone under its header: 15 cells, its blanks where they stand
  const auto whole = read(heading + header + row);
  REQUIRE(whole.count("section4/reconsideration") == 1);
  CHECK(whole.at("section4/reconsideration") == std::vector<std::string>{"5", "null", "null", "2", "7"});
  CHECK(whole.at("section4/litigation_after_reconsideration") ==
        std::vector<std::string>{"null", "null", "null", "null", "null"});
  // numbers on a line before the header: the row is no longer alone, and its numbers, its
  // empty cells passed over, are not chapter 四's 15
  const auto got = read(heading + "| 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 |\n" + header + row);
  CHECK(got.count("section4/reconsideration") == 0);
  CHECK(got.count("section4/litigation_direct") == 0);
  CHECK(got.count("section4/litigation_after_reconsideration") == 0);
}

TEST_CASE("chapter 四 whose header a converter lost but for its first words: the line of 15 cells under them") {
  // a PDF→markdown of 宿迁市's 2025 report (found as another project's test input): the heading,
  // `行政复议行政诉讼`, then the row. At 0111168 the table was "not found"
  const std::string heading = "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n"
                              "规章 | 1 | 0 | 5\n四、政府信息公开行政复议、行政诉讼情况\n行政复议行政诉讼\n";
  const std::string row = "| 119 | 25 | 91 | 24 | 259 | 7 | 0 | 15 | 6 | 28 | 21 | 1 | 7 | 9 | 38 |\n";
  const auto got = read(heading + row);
  REQUIRE(got.count("section4/reconsideration") == 1);
  CHECK(got.at("section4/reconsideration") == std::vector<std::string>{"119", "25", "91", "24", "259"});
  CHECK(got.at("section4/litigation_after_reconsideration") == std::vector<std::string>{"21", "1", "7", "9", "38"});
  // a sentence between the heading and the line, a cell lost, a word among the cells: no row
  for (const std::string& text :
       {heading + "本年度共收到行政复议申请如下。\n" + row, heading + replaced(row, "| 7 | 0 |", "| 7 |"),
        heading + replaced(row, "| 259 |", "| 合计 |")})
    CHECK(read(text).count("section4/reconsideration") == 0);
}

TEST_CASE("numbers apart with a leading zero (`0 0 00 00 0`): cells run together, split as a run and inferred") {
  // 平潭's 2020 page as a crawler keeps it (a public repository's archive): `四、结转下年度继续办理 0 0
  // 00 00 0`, the separators between some cells lost. At 0111168 unread (`00` a number with a
  // leading zero); now the only split adds up, every cell inferred, S3.ROW not claimed checked
  const std::string head = "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n";
  const auto parsed = xxgk::parse(head + "四、结转下年度继续办理 0 0 00 00 0\n");
  REQUIRE(parsed.has_value());
  const auto* r = parsed->report.get<xxgk::edition_2021_t>();
  REQUIRE(r != nullptr);
  CHECK((*r)(xxgk::s3::carried_forward, xxgk::s3::natural_person).value == xxgk::decimal{0, 0});
  CHECK((*r)(xxgk::s3::carried_forward, xxgk::s3::natural_person).inferred);
  CHECK((*r)(xxgk::s3::carried_forward, xxgk::s3::total).value == xxgk::decimal{0, 0});
  CHECK((*r)(xxgk::s3::carried_forward, xxgk::s3::total).inferred);
  CHECK(xxgk_test::count_rule(parsed->findings, xxgk::rules::fmt_inferred_row) == 1);
  // no split adds up (a blank lost as well): unread, and no error of the row's total
  const auto broken = xxgk::parse(head + "四、结转下年度继续办理 12 0 00 3 15\n");
  REQUIRE(broken.has_value());
  CHECK(read(head + "四、结转下年度继续办理 12 0 00 3 15\n").count("section3/carried_forward") == 0);
  CHECK(xxgk_test::count_rule(broken->findings, xxgk::rules::s3_row) == 0);
  // chapter 二, where no identity checks a split: unread
  CHECK(read("二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 1 00\n" + head)
            .count("section2/regulations") == 0);
}

TEST_CASE("crawler text run together: procurement's digits split as counts are, chapter 四's after its header's 总计") {
  // 平潭's pages as a crawler keeps them (a public repository's archive; each of the two forms on
  // more than one page). At 14b8ce1 both were unread
  const std::string head = "某局2020年政府信息公开工作年度报告二、主动公开政府信息情况第二十条第（九）项信息内容采购项目数量"
                           "采购总金额";
  // edition 2019's procurement, a count and an amount, its digits glued to the label: the only
  // split without leading zeros, inferred; with a point or a unit, or more readings, unread
  const auto procurement = [&](const std::string& cells) {
    const auto parsed = xxgk::parse(head + "政府集中采购" + cells + "三、收到和处理政府信息公开申请情况（本列数据");
    REQUIRE(parsed.has_value());
    const auto* r = parsed->report.get<xxgk::edition_2019_t>();
    REQUIRE(r != nullptr);
    return std::pair{(*r)(xxgk::s2_2019::procurement, xxgk::s2_2019::items),
                     (*r)(xxgk::s2_2019::procurement, xxgk::s2_2019::amount)};
  };
  const auto [items, amount] = procurement("00");
  CHECK(items.value == xxgk::decimal{0, 0});
  CHECK(items.inferred);
  CHECK(amount.value == xxgk::decimal{0, 0});
  CHECK(amount.inferred);
  CHECK(procurement("13575394432.52元").first.state == xxgk::cell_state::absent);
  CHECK(procurement("512").first.state == xxgk::cell_state::absent);  // 5 | 12, 51 | 2
  // chapter 四 under its heading, a sentence with a year between (`2024年，没有…`), its header and
  // its 15 digits glued: the digits after the header's 总计, not the year's
  const std::string s4 = "四、政府信息公开行政复议与行政诉讼情况2024年，没有政府信息公开行政复议及行政诉讼情况。行政复议"
                         "行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结"
                         "总计结果维持结果纠正其他结果尚未审结总计";
  const auto got = read("某局2024年政府信息公开工作年度报告" + s4 + "100010000000000五、存在的主要问题及改进情况");
  REQUIRE(got.count("section4/reconsideration") == 1);
  CHECK(got.at("section4/reconsideration") == std::vector<std::string>{"1", "0", "0", "0", "1"});
  // a digit lost: no split adds up, and the year is not taken for one
  CHECK(read("某局2024年政府信息公开工作年度报告" + s4 + "10001000000000五、存在的主要问题及改进情况")
            .count("section4/reconsideration") == 0);
  // chapter 三's last row, glued to a sentence's year (`…继续办理20000022025年，我局…`) or to
  // chapter 四's heading misspelt (`…继续办理0000000四、政府信息公开行政法复议、…`): its own digits
  // (at 4d1373e both unread, five pages of the archive)
  const std::string s3 = "某局2025年政府信息公开工作年度报告三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量"
                         "2000002四、结转下年度继续办理";
  const auto carried = [&](const std::string& tail) {
    const auto rows = read(s3 + tail);
    return rows.count("section3/carried_forward") == 1 ? rows.at("section3/carried_forward") : std::vector<std::string>{};
  };
  CHECK(carried("20000022025年，我局共收到政府信息公开申请21件。") ==
        std::vector<std::string>{"2", "0", "0", "0", "0", "0", "2"});
  CHECK(carried("0000000四、政府信息公开行政法复议、行政诉讼情况行政复议行政诉讼结果维持") ==
        std::vector<std::string>{"0", "0", "0", "0", "0", "0", "0"});
  // no year before 年 (`…20000023年`, a digit too many): unread
  CHECK(carried("200000203年，我局共收到").empty());
}

TEST_CASE("crawler text run together, a whole page of 平潭's archive: chapter 四's heading misspelt") {
  // crawler-pingtan-shs-2024.txt, page.txt of 平潭综合实验区社会事业局's 2024 report in a public
  // repository's archive of the site: every cell glued, `四、结转下年度继续办理0000000四、政府信息
  // 公开行政法复议、…`. Its cells agree with the same report's HTML tables. At 4d1373e the row
  // 四、结转下年度继续办理 was unread (its digits run into the misspelt heading)
  const std::string text = xxgk_test::read_data_file("crawler-pingtan-shs-2024.txt");
  const auto want = expected("crawler-pingtan-shs-2024.json");
  REQUIRE(want.at("section3/carried_forward") == std::vector<std::string>{"0", "0", "0", "0", "0", "0", "0"});
  CHECK(read(text) == want);
  // chapter 四's digits, published wrong (复议后起诉 13 + 2 + 4 + 0 against its total 15), add up
  // no way: no row is read, and S4.TOTAL says so
  const auto parsed = xxgk::parse(text);
  REQUIRE(parsed.has_value());
  CHECK(want.count("section4/litigation_after_reconsideration") == 0);
  CHECK(xxgk_test::count_rule(parsed->findings, xxgk::rules::s4_total) == 1);
}
