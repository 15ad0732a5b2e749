// Text that holds markup, and tables whose merged cells were written out again: what PDF→markdown
// converters (MinerU's HTML tables amid markdown, marker's <br> in pipe cells, docling's merged
// text repeated in every cell it covers), crawlers (entities left undecoded) and spreadsheet pages
// (merged cells undone into empty ones) publish. The fixtures are tests/data/FIXTURES.md's; here
// each is changed the way that must leave a row unread, since a guess would be a wrong number;
// so are tables broken on their way out of a PDF (page numbers, cut numbers, merged rows).

#include <xxgk/check.hpp>
#include <xxgk/json.hpp>
#include <xxgk/parse.hpp>
#include <xxgk/xxgk.hpp>

#include <doctest/doctest.h>

#include "fixture_edits.hpp"
#include "report_rows.hpp"
#include "test_support.hpp"
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

using xxgk_test::count_rule;
using xxgk_test::expected;
using xxgk_test::read;
using xxgk_test::replaced;
using xxgk_test::rows_of;

/// The 1-based line of the first `needle` in `text`.
std::uint32_t line_of(const std::string& text, const std::string& needle) {
  const std::size_t hit = text.find(needle);
  REQUIRE_MESSAGE(hit != std::string::npos, "not in the text: " << needle);
  return static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(hit), '\n')) + 1;
}

/// `text` reads as `want` less the row `row` (section/row), which stays unread.
void check_only_unread(const std::string& text, const xxgk_test::report_rows& want, const std::string& row) {
  xxgk_test::check_unread(text, want, {row});
}

/// `text` reads as `want` less chapter 四's rows, which stay unread.
void check_chapter4_unread(const std::string& text, const xxgk_test::report_rows& want) {
  xxgk_test::check_unread(text, want,
                          {"section4/reconsideration", "section4/litigation_direct",
                           "section4/litigation_after_reconsideration"});
}

/// The identities' diagnostics of a report (`describe` of `validate`), in the order found.
std::vector<xxgk::diagnostic> diagnostics_of(const xxgk::any_report& report) {
  std::vector<xxgk::diagnostic> out;
  report.visit([&](const auto& r) { out = xxgk::describe(r, xxgk::validate(r)); });
  return out;
}

}  // namespace

TEST_CASE("markdown with HTML tables (MinerU): the tables are read as grids, lines point into the markdown") {
  const std::string md = xxgk_test::read_data_file("mineru-huaian-2024.md");
  CHECK(read(md) == expected("mineru-huaian-2024.json"));
  // without the <html><body> MinerU wraps around some tables, the same
  std::string bare = md;
  for (std::size_t at; (at = bare.find("<html><body>")) != std::string::npos;) bare.erase(at, 12);
  for (std::size_t at; (at = bare.find("</body></html>")) != std::string::npos;) bare.erase(at, 14);
  CHECK(read(bare) == expected("mineru-huaian-2024.json"));
  // a changed number: the finding names the line of its table in the markdown, and the prose
  // around the tables keeps its own lines
  const std::string broken = replaced(md, "<td>3001</td>", "<td>3002</td>");
  const auto parsed = xxgk::parse(broken);
  REQUIRE(parsed.has_value());
  const auto checked = diagnostics_of(parsed->report);
  const auto row = std::find_if(checked.begin(), checked.end(), [](const xxgk::diagnostic& d) { return d.rule == "S3.ROW"; });
  REQUIRE(row != checked.end());
  CHECK(row->line == line_of(broken, "<td>3002</td>"));
  CHECK(row->line != line_of(broken, "# 三、收到和处理政府信息公开申请情况"));
}

TEST_CASE("markup in text: a '<' that starts no tag is text, and nothing after it is lost") {
  // (tests/fuzz/regressions/parse/nasty-markup-*: a megabyte of such text is read in linear time)
  const std::string md = xxgk_test::read_data_file("mineru-huaian-2024.md");
  // prose with '<' that is no tag: a comparison, an unclosed bracket, a number after '<'
  const std::string noisy = replaced(md, "圆满完成了各项任务。", "圆满完成了各项任务（办结率 <5 天的占 9 成，a < b，<未完待续）。");
  CHECK(read(noisy) == expected("mineru-huaian-2024.json"));
  // a comment that never closes is text too: the tables after it are read
  const std::string open_comment = replaced(md, "圆满完成了各项任务。", "圆满完成了各项任务。<!-- 以下为正文");
  CHECK(read(open_comment) == expected("mineru-huaian-2024.json"));
  // a closed one is dropped, tags and all
  const std::string comment = replaced(md, "圆满完成了各项任务。", "<!-- <table><tr><td>一、本年新收政府信息公开申请数量</td><td>1</td></tr></table> -->");
  CHECK(read(comment) == expected("mineru-huaian-2024.json"));
}

TEST_CASE("pipe tables with <br> in cells (marker): labels broken over lines are joined, numbers never") {
  const std::string md = xxgk_test::read_data_file("marker-huaian-hongze-2024.md");
  const auto want = expected("marker-huaian-hongze-2024.json");
  CHECK(read(md) == want);
  // a <br> between the digits of a cell stands for a break: 9<br>5 is no 95, the row is unread
  const std::string split = replaced(md, "| 95 | 0 | 0 | 0 | 0 | 0 | 95 |", "| 9<br>5 | 0 | 0 | 0 | 0 | 0 | 95 |");
  check_only_unread(split, want, "section3/new_received");
  const auto parsed = xxgk::parse(split);
  REQUIRE(parsed.has_value());
  CHECK(count_rule(parsed->findings, xxgk::rules::fmt_unreadable_row) >= 1);
}

TEST_CASE("pipe tables that repeat a merged cell in every column (docling): one number printed thrice is one") {
  const std::string md = xxgk_test::read_data_file("docling-huaian-hongze-2023.md");
  const auto want = expected("docling-huaian-hongze-2023.json");
  CHECK(read(md) == want);
  // the three copies disagree: no reading is certain
  const std::string disagree = replaced(md, "| 行政许可 | 550 | 550 | 550 |", "| 行政许可 | 550 | 505 | 550 |");
  const auto got = read(disagree);
  CHECK(got.count("section2/licensing") == 0);
  // a number on the next line before the next label (a DataFrame's row index) is no part of it
  const std::string indexed = replaced(md, "| 行政许可 | 550 | 550 | 550 |", "| 行政许可 | 550 | 550 | 550 |\n| 7 |");
  const auto with_index = read(indexed);
  REQUIRE(with_index.count("section2/licensing") == 1);
  CHECK(with_index.at("section2/licensing") == std::vector<std::string>{"550"});
  // more copies than the table has columns: no merged cell does that
  const std::string four = replaced(md, "| 行政许可 | 550 | 550 | 550 |", "| 行政许可 | 550 | 550 | 550 | 550 |");
  CHECK(read(four).count("section2/licensing") == 0);
}

TEST_CASE("crawler text with the page's entities left in it: &nbsp; separates cells, &ldquo; is a quote") {
  const std::string text = xxgk_test::read_data_file("crawler-entities-pingtan-2021.txt");
  const auto parsed = xxgk::parse(text);
  REQUIRE(parsed.has_value());
  CHECK(rows_of(parsed->report) == expected("crawler-entities-pingtan-2021.json"));
  CHECK(count_rule(parsed->findings, xxgk::rules::fmt_label) == 0);  // 3.危及&ldquo;三安全一稳定&rdquo; is canonical
  CHECK(count_rule(parsed->findings, xxgk::rules::fmt_inferred_row) == 0);
  // every table row is a line of its own: a finding names the row's line
  const std::string row_text = "7.属于行政执法案卷&nbsp;6&nbsp;0&nbsp;0&nbsp;0&nbsp;0&nbsp;0&nbsp;";
  const std::string broken = replaced(text, row_text + "6", row_text + "7");
  const auto again = xxgk::parse(broken);
  REQUIRE(again.has_value());
  const auto checked = diagnostics_of(again->report);
  const auto row = std::find_if(checked.begin(), checked.end(), [](const xxgk::diagnostic& d) { return d.rule == "S3.ROW"; });
  REQUIRE(row != checked.end());
  CHECK(row->line == line_of(broken, row_text + "7"));
}

TEST_CASE("HTML tables whose merged cells were undone: empty cells on one side of the numbers are dropped") {
  const std::string html = xxgk_test::read_data_file("html-unmerged-shuyang-2025.html");
  const auto want = expected("html-unmerged-shuyang-2025.json");
  CHECK(read(html) == want);
  // empty cells on both sides of the numbers, in a row of as many cells as the table's full
  // rows: the columns stand where theirs do, and the blank is 总计 (at a52fe7e: unread)
  const std::string blank_total =
      replaced(html, "<td class=xl68 align=right x:num>713</td>", "<td class=xl66 x:str></td>");
  auto blanked = want;
  blanked["section3/new_received"].back() = "null";
  CHECK(read(blank_total) == blanked);
  // with a cell fewer beside the label: as many cells after it as in the row of （一）, whose
  // label spans a cell less, and a value in the first column: the same
  CHECK(read(replaced(blank_total, "<td class=xl66 x:str>一、本年新收政府信息公开申请数量</td>\n  <td class=xl66 x:str></td>",
                      "<td class=xl66 x:str>一、本年新收政府信息公开申请数量</td>")) == blanked);
  // but with 总计's cell left out (a row shorter than the others), the empty cells beside the
  // label are no proof of where the columns stand: read from the end, 705 would be 商业企业's
  // (at a52fe7e: read so, a wrong number in six columns)
  check_only_unread(replaced(html, "\n  <td class=xl68 align=right x:num>713</td>", ""), want, "section3/new_received");
}

TEST_CASE("markdown emphasis around values (a total row printed bold) is no part of the number") {
  const std::string md = xxgk_test::read_data_file("marker-huaian-hongze-2024.md");
  const std::string row = "| （七）总计 |  | 95 | 0 | 0 | 0 | 0 | 0 | 95 |";
  const std::string bold = replaced(md, row, "| **（七）总计** |  | **95** | **0** | __0__ | *0* | 0 | 0 | **95** |");
  CHECK(read(bold) == expected("marker-huaian-hongze-2024.json"));
  // emphasis that does not close around the value leaves no number: the row is unread
  const std::string open = replaced(md, row, "| （七）总计 |  | **95* | 0 | 0 | 0 | 0 | 0 | 95 |");
  CHECK(read(open).count("section3/outcome_total") == 0);
}

TEST_CASE("HTML tables whose merges were undone by copying the label into every column it spanned") {
  const std::string html = xxgk_test::read_data_file("html-unmerged-shuyang-2025.html");
  const std::string label = "<td class=xl66 x:str>一、本年新收政府信息公开申请数量</td>";
  const std::string empties = "\n  <td class=xl66 x:str></td>\n  <td class=xl66 x:str></td>";
  const std::string copied = replaced(html, label + empties, label + "\n  " + label + "\n  " + label);
  CHECK(read(copied) == expected("html-unmerged-shuyang-2025.json"));
  // a cell with other text there is no copy of the label: the row is unread
  const std::string other = replaced(html, label + empties, label + "\n  " + label + "\n  <td>合计</td>");
  CHECK(read(other).count("section3/new_received") == 0);
}

TEST_CASE("docling's repeated last cell in edition 2019's two-column rows of chapter 二") {
  // chapter 二 of an edition-2019 report as docling writes it: the caption over four columns,
  // 本年增/减 and 采购总金额 over two, each repeated in every column it covers
  const auto doc = [](const std::string& fees) {
    return "某县人民政府2020年政府信息公开工作年度报告\n\n## 二、主动公开政府信息情况\n\n"
           "| 第二十条第（一）项 | 第二十条第（一）项 | 第二十条第（一）项 | 第二十条第（一）项 |\n"
           "|---|---|---|---|\n"
           "| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n"
           "| 规章 | 0 | 0 | 3 |\n| 规范性文件 | 2 | 2 | 15 |\n"
           "| 第二十条第（八）项 | 第二十条第（八）项 | 第二十条第（八）项 | 第二十条第（八）项 |\n"
           "| 信息内容 | 上一年项目数量 | 本年增/减 | 本年增/减 |\n"
           "| 行政事业性收费 | " + fees + " |\n"
           "| 第二十条第（九）项 | 第二十条第（九）项 | 第二十条第（九）项 | 第二十条第（九）项 |\n"
           "| 信息内容 | 采购项目数量 | 采购总金额 | 采购总金额 |\n"
           "| 政府集中采购 | 12 | 251000 | 251000 |\n\n"
           "## 三、收到和处理政府信息公开申请情况\n\n本年度未收到申请。\n";
  };
  const auto parsed = xxgk::parse(doc("3 | -1 | -1"));
  REQUIRE(parsed.has_value());
  CHECK(parsed->report.edition() == xxgk::edition::y2019);
  const auto got = rows_of(parsed->report);
  REQUIRE(got.count("section2/administrative_fees") == 1);
  CHECK(got.at("section2/administrative_fees") == std::vector<std::string>{"3", "-1"});
  REQUIRE(got.count("section2/procurement") == 1);
  CHECK(got.at("section2/procurement") == std::vector<std::string>{"12", "251000"});
  CHECK(got.at("section2/regulations") == std::vector<std::string>{"0", "0", "3"});
  // copies that disagree: unread
  CHECK(read(doc("3 | -1 | -2")).count("section2/administrative_fees") == 0);
}

namespace {

/// `md` with each pipe table written as pandas' `DataFrame.to_markdown()` writes one: a first
/// line of column numbers (0, 1, 2 …), and each row after it led by its index (0, 1, 2 …).
std::string as_dataframes(const std::string& md) {
  std::string out;
  std::size_t index = 0;
  bool in_table = false;
  for (std::size_t at = 0; at < md.size();) {
    const std::size_t nl = std::min(md.find('\n', at), md.size());
    const std::string line = md.substr(at, nl - at);
    at = nl + 1;
    if (line.rfind("|---", 0) == 0) continue;  // the converter's rule: pandas writes its own
    if (line.rfind("| ", 0) != 0) {
      in_table = false;
      out += line + "\n";
      continue;
    }
    if (!in_table) {
      const auto cells = static_cast<std::size_t>(std::count(line.begin(), line.end(), '|')) - 1;
      out += "|    |";
      for (std::size_t c = 0; c != cells; ++c) out.append(" ").append(std::to_string(c)).append(" |");
      out.append("\n|---:|").append(cells * 5, '-').append("|\n");
      in_table = true;
      index = 0;
    }
    out += "| " + std::to_string(index++) + " " + line + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("markdown of DataFrames: the index column and the line of column numbers are no cells") {
  const std::string md = as_dataframes(xxgk_test::read_data_file("marker-huaian-hongze-2024.md"));
  REQUIRE(md.find("|    | 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 |") != std::string::npos);
  REQUIRE(md.find("| 3 | 1 | 1 | 0 | 0 | 2 |") != std::string::npos);  // chapter 四's row, led by its index
  CHECK(read(md) == expected("marker-huaian-hongze-2024.json"));
  // column numbers that do not run (a row of data) are read as such: here they break chapter 四
  const std::string not_running = replaced(md, "| 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 |",
                                           "| 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 15 |");
  CHECK(read(not_running).count("section4/reconsideration") == 0);
}

TEST_CASE("Word's spacer row under chapter 四's table (<tr height=0>, empty cells) is no part of the row") {
  const std::string html = xxgk_test::read_data_file("html-unmerged-shuyang-2025.html");
  const std::size_t last_table = html.rfind("</table>");
  REQUIRE(last_table != std::string::npos);
  std::string spaced = html;
  spaced.insert(last_table, "<![if !supportMisalignedColumns]><tr height=0><td width=72 style='border:none'></td>"
                            "<td width=72 style='border:none'></td></tr><![endif]>");
  const auto parsed = xxgk::parse(spaced);
  REQUIRE(parsed.has_value());
  const auto got = rows_of(parsed->report);
  const auto want = expected("html-unmerged-shuyang-2025.json");
  for (const char* row : {"section4/reconsideration", "section4/litigation_direct", "section4/litigation_after_reconsideration"}) {
    CAPTURE(row);
    REQUIRE(got.count(row) == 1);
    CHECK(got.at(row) == want.at(row));
  }
  // read as printed, not split again from its digits (as when the spacer's cells counted)
  CHECK(xxgk::inferred_cells(parsed->report).empty());
  CHECK(count_rule(parsed->findings, xxgk::rules::fmt_inferred_row) == 0);
}

TEST_CASE("cells left blank in markdown and Word copies: read as blank where the line holds the row's cells") {
  const std::string md = xxgk_test::read_data_file("marker-huaian-hongze-2024.md");
  auto want = expected("marker-huaian-hongze-2024.json");
  const std::string received = "| 一、本年新收政府信息公开申请数量 |  |  | 95 | 0 | 0 | 0 | 0 | 0 | 95 |";
  const std::string carried = "| 二、上年结转政府信息公开申请数量 |  |  | 0 | 0 | 0 | 0 | 0 | 0 | 0 |";
  const std::string blanks = "|  |  |  |  |  |  |  |";
  // the five organisation columns left blank; the row left blank altogether
  std::string blank = replaced(md, received, "| 一、本年新收政府信息公开申请数量 |  |  | 95 |  |  |  |  |  | 95 |");
  blank = replaced(blank, carried, "| 二、上年结转政府信息公开申请数量 |  |  " + blanks);
  want["section3/new_received"] = {"95", "null", "null", "null", "null", "null", "95"};
  want["section3/carried_over"] = std::vector<std::string>(7, "null");
  CHECK(read(blank) == want);
  // the same as a Word copy: cells cut by tabs
  const std::string tabs = "一、本年新收政府信息公开申请数量\t95\t\t\t\t\t\t95";
  const std::string tab_text = replaced(blank, "| 一、本年新收政府信息公开申请数量 |  |  | 95 |  |  |  |  |  | 95 |", tabs);
  CHECK(read(tab_text).at("section3/new_received") == want.at("section3/new_received"));
  // blank cells on the label's line and the numbers on the next (a label torn from its row):
  // not a blank row
  const std::string torn = replaced(md, carried, "| 二、上年结转政府信息公开申请数量 |  |  " + blanks + "\n|  |  |  | 0 | 0 | 0 | 0 | 0 | 0 | 0 |");
  const auto got = read(torn);
  CHECK((got.count("section3/carried_over") == 0 || got.at("section3/carried_over") == std::vector<std::string>(7, "0")));
  // a blank at each end beside a label that spans cells: alone, the row could be read either
  // way; the table's rows that fill every column show which cells are the row's (at 2836506 it
  // was unread)
  const std::string both_ends = replaced(md, received, "| 一、本年新收政府信息公开申请数量 |  |  |  | 0 | 0 | 0 | 0 | 0 |  |");
  const auto ends = read(both_ends);
  REQUIRE(ends.count("section3/new_received") == 1);
  CHECK(ends.at("section3/new_received") == std::vector<std::string>{"null", "0", "0", "0", "0", "0", "null"});
}

TEST_CASE("a row of a table cut into cells ends with its line: a number on the next line is never its blank total") {
  const std::string md = xxgk_test::read_data_file("marker-huaian-hongze-2024.md");
  const std::string granted = "| （一）予以公开 |  | 50 | 0 | 0 | 0 | 0 | 0 | 50 |";
  // its total left blank, and a line after it that starts with a number (a row index, a stray
  // page number): the 7 is not taken for its total (a reader once read 总计 = 7 here). Its line
  // has the shape of the table's other rows, whose columns say the blank is 总计's
  const std::string stray = replaced(md, granted, "| （一）予以公开 |  | 50 | 0 | 0 | 0 | 0 | 0 |  |\n| 7 |");
  const auto got = read(stray);
  REQUIRE(got.count("section3/granted") == 1);
  CHECK(got.at("section3/granted") == std::vector<std::string>{"50", "0", "0", "0", "0", "0", "null"});
  // a line of its own shape (a cell fewer, the label's group cell dropped): the blank beside the
  // label and the blank at the end make two readings, and the row is unread
  const std::string own_shape =
      replaced(md, "| 三、本<br>年度办<br>理结果 | （一）予以公开 |  | 50 | 0 | 0 | 0 | 0 | 0 | 50 |",
               "| （一）予以公开 |  | 50 | 0 | 0 | 0 | 0 | 0 |  |\n| 7 |");
  CHECK(read(own_shape).count("section3/granted") == 0);
  // without the cell beside the label, the line holds the row's cells: 总计 is blank
  const std::string exact = replaced(md, granted, "| （一）予以公开 | 50 | 0 | 0 | 0 | 0 | 0 |  |\n| 7 |");
  const auto read_exact = read(exact);
  REQUIRE(read_exact.count("section3/granted") == 1);
  CHECK(read_exact.at("section3/granted") == std::vector<std::string>{"50", "0", "0", "0", "0", "0", "null"});
  // a blank row, its line of as many empty cells as it has, then a line of numbers whose label
  // was lost (a cell dropped): the numbers are not the blank row's (at 67d46b1 规章 read 0, 0, 2)
  const std::string text = xxgk_test::read_data_file("changchun-2023.txt");
  const auto lost = read(replaced(replaced(text, "规章\t0\t0\t0", "规章\t\t\t"), "行政规范性文件\t0\t0\t2", "0\t0\t2"));
  CHECK(lost.count("section2/regulations") == 0);
  CHECK(lost.count("section2/normative_documents") == 0);
}

// ---- Tables broken on their way out of a PDF ------------------------------------------------
// pdftotext's page numbers and form feeds among one cell per line, numbers cut in two by a
// narrow column, and two rows that a PDF→markdown converter merged into one (their labels in one
// cell, each value cell holding both rows' lines). What the reader can still place is read as
// printed; every row it cannot is left unread, never guessed.

namespace {

using xxgk_test::check_unread;

constexpr const char* pdftotext = "pdftotext-pages-shuyang-fgj-2023.txt";
constexpr int pages = 7;

/// The pdftotext fixture with each page's footer (its bare number, on a line of its own before
/// the form feed) written by `footer(page)`; an empty footer drops the line.
template <class Footer>
std::string with_footers(Footer footer) {
  std::string text = xxgk_test::read_data_file(pdftotext);
  for (int page = 1; page <= pages; ++page) {
    const std::string bare = "\n\n" + std::to_string(page) + "\n\f";
    const std::string f = footer(page);
    text = replaced(text, bare, f.empty() ? std::string("\n\n\f") : "\n\n" + f + "\n\f");
  }
  return text;
}

}  // namespace

TEST_CASE("pdftotext: page numbers at the form feeds are no cells, in whichever form the footer prints them") {
  const auto want = expected("pdftotext-pages-shuyang-fgj-2023.json");
  const std::string text = xxgk_test::read_data_file(pdftotext);
  // page 6 ends inside chapter 四: its `6` stands among the 15 numbers, the last after it
  CHECK(text.find("0\n\n6\n\f0\n五、") != std::string::npos);
  CHECK(read(text) == want);
  CHECK(read(with_footers([](int n) { return "- " + std::to_string(n) + " -"; })) == want);
  CHECK(read(with_footers([](int n) { return "第 " + std::to_string(n) + " 页 共 7 页"; })) == want);
  CHECK(read(with_footers([](int n) { return "第" + std::to_string(n) + "页，共7页"; })) == want);
  CHECK(read(with_footers([](int n) { return "共7页 第" + std::to_string(n) + "页"; })) == want);
  CHECK(read(with_footers([](int n) { return "Page " + std::to_string(n) + " of 7"; })) == want);
  // a page left unnumbered (its last line is then a cell): the others still number their pages
  CHECK(read(with_footers([](int n) { return n == 3 ? std::string() : std::to_string(n); })) == want);
}

TEST_CASE("pdftotext: a bare number at a page break that may be the page's number leaves its row unread") {
  const auto want = expected("pdftotext-pages-shuyang-fgj-2023.json");
  // page 6's number alone, with no series of page numbers to prove it one: it may be a cell
  const std::string alone = with_footers([](int n) { return n == 6 ? std::string("6") : std::string(); });
  check_chapter4_unread(alone, want);
  const auto parsed = xxgk::parse(alone);
  REQUIRE(parsed.has_value());
  bool said = false;
  for (const auto& f : parsed->findings)
    said = said || (f.rule == &xxgk::rules::fmt_unreadable_row && f.detail.find("page's number") != std::string::npos);
  CHECK(said);
  // and with a blank of chapter 四 collapsed, the 15 values the page number makes up are no reading
  check_chapter4_unread(replaced(alone, "0\n0\n0\n1\n1\n", "0\n0\n1\n1\n"), want);
  // numbers that are not the page's stay cells: the row has one too many, as printed
  CHECK(read(with_footers([](int n) { return n == 6 ? std::string("60") : std::string(); })).count("section4/reconsideration") == 0);
}

TEST_CASE("one cell per line: a number cut in two by the column's edge is no number, and its row is unread") {
  const auto want = expected("pdftotext-pages-shuyang-fgj-2023.json");
  const std::string text = xxgk_test::read_data_file(pdftotext);
  // `12.` then `5` (12.5 wrapped), `12` then `.5`, `1,` then `288`: one value, two pieces
  for (const char* cut : {"12.\n5", "12\n.5", "1,\n288", "1,2\n88", "0.\n75"}) {
    CAPTURE(cut);
    check_unread(replaced(text, "行政处罚\n0\n", std::string("行政处罚\n") + cut + "\n"), want, {"section2/penalties"});
  }
  // whole, the same numbers read
  auto whole = want;
  whole["section2/penalties"] = {"1288"};
  CHECK(read(replaced(text, "行政处罚\n0\n", "行政处罚\n1,288\n")) == whole);
  // `1.` to `9.` number labels, and a label's number torn off its words stays a label's
  CHECK(read(replaced(text, "1.属于国家秘密", "1.\n属于国家秘密")) == want);
}

TEST_CASE("markdown: two rows merged into one by a converter are read when each cell holds both rows' values") {
  const std::string md = xxgk_test::read_data_file("marker-huaian-hongze-2024.md");
  const auto want = expected("marker-huaian-hongze-2024.json");
  const std::string rows = "|  | （五）不予处理 | 1.信访举报投诉类申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
                           "|  |  | 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n";
  CHECK(read(replaced(md, rows,
                      "|  | （五）不予处理 | 1.信访举报投诉类申请<br>2.重复申请 | 1<br>0 | 0<br>0 | 0<br>0 | 0<br>0 | "
                      "0<br>0 | 0<br>0 | 1<br>0 |\n")) == want);
  // one value for two rows in a cell (a blank of one row lost): neither row is read
  check_unread(replaced(md, rows,
                        "|  | （五）不予处理 | 1.信访举报投诉类申请<br>2.重复申请 | 1 | 0<br>0 | 0<br>0 | 0<br>0 | "
                        "0<br>0 | 0<br>0 | 1<br>0 |\n"),
               want, {"section3/declined_petition", "section3/declined_duplicate"});
  // the labels merged and one row's values: whose they are is unknown (they were read as the
  // second row's once)
  check_unread(replaced(md, rows,
                        "|  | （五）不予处理 | 1.信访举报投诉类申请<br>2.重复申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"),
               want, {"section3/declined_petition", "section3/declined_duplicate"});
  // three rows in one, an empty cell blank in each
  const std::string three = "|  |  | 3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n";
  const std::string merged3 = replaced(replaced(md, three, ""), rows,
                                       "|  | （五）不予处理 | 1.信访举报投诉类申请<br>2.重复申请<br>3.要求提供公开出版物 | "
                                       "1<br>0<br>0 | 0<br>0<br>0 | 0<br>0<br>0 | 0<br>0<br>0 | 0<br>0<br>0 |  | "
                                       "1<br>0<br>0 |\n");
  auto blanks = want;
  for (const char* row : {"section3/declined_petition", "section3/declined_duplicate", "section3/declined_publication"})
    blanks[row][5] = "null";
  CHECK(read(merged3) == blanks);
}

TEST_CASE("HTML: two rows merged into one table row (MinerU) are read the same way") {
  const std::string md = xxgk_test::read_data_file("mineru-huaian-2024.md");
  const auto want = expected("mineru-huaian-2024.json");
  const std::string rows = "<td>1.信访举报投诉类申请</td><td>56</td><td>6</td><td>0</td><td>0</td><td>0</td><td>0</td>"
                           "<td>62</td></tr><tr><td>2.重复申请</td><td>25</td><td>0</td><td>0</td><td>0</td><td>0</td>"
                           "<td>0</td><td>25</td></tr>";
  // the row below loses its first cell's place: the group's rowspan shrinks by one
  const std::string merged = replaced(
      replaced(md, rows,
               "<td>1.信访举报投诉类申请<br>2.重复申请</td><td>56<br>25</td><td>6<br>0</td><td>0<br>0</td>"
               "<td>0<br>0</td><td>0<br>0</td><td>0<br>0</td><td>62<br>25</td></tr>"),
      "<td rowspan=\"5\">（五）不予处理</td>", "<td rowspan=\"4\">（五）不予处理</td>");
  CHECK(read(merged) == want);
  check_unread(replaced(merged, "<td>6<br>0</td>", "<td>6</td>"), want,
               {"section3/declined_petition", "section3/declined_duplicate"});
}

// ---- Columns no row fills ------------------------------------------------------------------
// PDF→markdown converters and PDF→HTML tools cut a table into more columns than it has where a
// rule of the page stops short (a header cell's edge): an empty column runs down the table. A
// row's line then holds more cells than the row has, with empty ones inside. Where the table's
// columns stand is learned from its rows that fill every column, all in the same cells.

namespace {

/// `text` with an empty cell before the last cell of every markdown line from the one that
/// holds `from` to the one that holds `to` (a rule line gets a `---` cell).
std::string with_empty_column(const std::string& text, const std::string& from, const std::string& to) {
  std::string out;
  bool in = false;
  std::size_t changed = 0;
  for (std::size_t b = 0; b < text.size();) {
    const std::size_t nl = text.find('\n', b);
    const std::size_t e = nl == std::string::npos ? text.size() : nl;
    std::string line = text.substr(b, e - b);
    in = in || line.find(from) != std::string::npos;
    if (in && line.size() > 2 && line.front() == '|') {
      const std::size_t bar = line.rfind('|', line.size() - 2);  // the bar before the last cell
      line.insert(bar + 1, line.starts_with("|---") ? "---|" : "  |");
      ++changed;
    }
    if (line.find(to) != std::string::npos) in = false;
    out += line;
    if (nl != std::string::npos) out += '\n';
    b = e + 1;
  }
  REQUIRE(changed > 10);
  return out;
}

/// `html` with an empty cell before the last cell of every table row whose last cell is a
/// number, from `from` to the end of the row that holds `to`.
std::string with_empty_html_column(std::string html, const std::string& from, const std::string& to) {
  const std::size_t begin = html.find(from);
  REQUIRE(begin != std::string::npos);
  std::size_t end = html.find("</tr>", html.find(to, begin));
  REQUIRE(end != std::string::npos);
  std::size_t changed = 0;
  for (std::size_t at = html.find("</tr>", begin); at != std::string::npos && at <= end; at = html.find("</tr>", at + 5)) {
    const std::size_t cell = html.rfind("<td>", at);
    if (cell == std::string::npos || cell < begin) continue;
    const std::string value = html.substr(cell + 4, html.find("</td>", cell) - cell - 4);
    if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos) continue;
    html.insert(cell, "<td></td>");
    at += 9;
    end += 9;
    ++changed;
  }
  REQUIRE(changed > 10);
  return html;
}

}  // namespace

TEST_CASE("an empty column that no row fills: the table's full rows say where its columns stand") {
  const std::string md = xxgk_test::read_data_file("marker-huaian-hongze-2024.md");
  const auto want = expected("marker-huaian-hongze-2024.json");
  const std::string phantom = with_empty_column(md, "（本列数据", "四、结转下年度继续办理");
  // every row of 三 read, before 总计 the empty column dropped (at 2836506: not one row of 三)
  CHECK(read(phantom) == want);
  // a number in that column: the row is unread, and no other row moves
  const std::string stray_row = "|  |  | 3.危及“三安全一稳定” | 1 | 0 | 0 | 0 | 0 | 0 |  | 1 |";
  check_unread(replaced(phantom, stray_row, "|  |  | 3.危及“三安全一稳定” | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 1 |"), want,
               {"section3/withheld_security_stability"});
  // a line with a cell fewer than the table's (one empty cell beside the label): not read by
  // the table's columns, though here they would be right; which end lost the cell is not guessed
  check_unread(replaced(phantom, stray_row, "|  | 3.危及“三安全一稳定” | 1 | 0 | 0 | 0 | 0 | 0 |  | 1 |"), want,
               {"section3/withheld_security_stability"});
  // two rows that fill every column in different cells: where the columns stand is unknown, and
  // the rows with an empty cell inside stay unread
  const auto two_ways =
      read(replaced(phantom, stray_row, "|  |  | 3.危及“三安全一稳定” | 1 | 0 | 0 | 0 | 0 | 0 | 1 |  |"));
  CHECK(two_ways.count("section3/granted") == 0);
  for (const auto& entry : two_ways) {  // no structured binding: clang 14 cannot capture one
    const std::string& row = entry.first;
    CAPTURE(row);
    CHECK(entry.second == want.at(row));  // never a number in another's column
  }
}

TEST_CASE("HTML: an empty column that no row fills is no column of the table") {
  const std::string md = xxgk_test::read_data_file("mineru-huaian-2024.md");
  const auto want = expected("mineru-huaian-2024.json");
  CHECK(read(with_empty_html_column(md, "（本列数据", "四、结转下年度继续办理")) == want);
}

// HTML pages as the tools of crawlers and data pipelines turn them into text (tests/data/
// FIXTURES.md, "Pages through HTML-to-text tools"): html2text's markdown, whose cells stand a
// paragraph each between `| ` lines when the page's cells hold <p>; w3m's dump, which draws a
// bordered table with box characters and wraps a long cell over lines.

TEST_CASE("html2text: cells that hold paragraphs, one a line between `| ` lines, are read as the page's rows") {
  const std::string md = xxgk_test::read_data_file("html2text-shuyang-fgj-2023.md");
  const auto want = expected("shuyang-fgj-2023.json");
  // every cell, the 125 blank ones included (at a52fe7e: 25 cells of 200, the rows of 三 unread)
  CHECK(read(md) == want);
  // a bar lost between two cells: that row has a cell too few, and is unread; no other moves
  check_only_unread(replaced(md, "（一）予以公开\n\n| \n\n26\n\n| \n\n", "（一）予以公开\n\n| \n\n26\n\n"), want,
                    "section3/granted");
}

TEST_CASE("html2text: a blank cell's `&nbsp;` a line of a space between its bars, not the row's end") {
  // `python3 -m html2text --body-width=0` of the Shanghai page: its blank cells hold `&nbsp;`,
  // which stands as a line of one space between two `| ` lines, where a line of spaces also ends
  // each row (its hard break): that line ends the row only when no bar follows it (at b560de3: 37
  // cells of 198, each row cut at its first blank cell)
  const std::string md = xxgk_test::read_data_file("html2text-shanghai-office-2019.md");
  const auto want = expected("html-shanghai-office-2019.json");
  CHECK(read(md) == want);
  // the blank cell written as nothing (html2text with its lines wrapped strips the space): the same
  const std::string blank = "\n\n35\n\n| \n\n \n\n| \n";
  REQUIRE(md.find(blank) != std::string::npos);
  CHECK(read(replaced(md, blank, "\n\n35\n\n| \n\n| \n")) == want);
  // UEditor's page, cells of paragraphs: （五）3.'s cells hold `<p><br/></p>`, `&nbsp;`, `<br/>`,
  // lines of spaces and of bars among them, all one row's; every row read (at b560de3: 193 of 200)
  CHECK(read(xxgk_test::read_data_file("html2text-paragraphs-ueditor-grid.md")) == expected("html-ueditor-grid.json"));
}

TEST_CASE("html2text: a row a line, cells joined by bars; a bar at the end of the line before an empty last cell") {
  const std::string md = xxgk_test::read_data_file("html2text-ueditor-grid.md");
  // the rows of 三 with their 总计 blank (`… 50| 3|    `) read by where the table's full rows
  // stand (at a52fe7e: 53 cells of 200); html2text folded the blank row 3.要求提供公开出版物 onto
  // lines of bars of their own: unread
  check_only_unread(md, expected("html-ueditor-grid.json"), "section3/declined_publication");
}

TEST_CASE("html2text: a spreadsheet page whose merges were undone, rows with their labels in different columns") {
  const std::string md = xxgk_test::read_data_file("html2text-unmerged-shuyang-2025.md");
  auto want = expected("html-unmerged-shuyang-2025.json");
  CHECK(read(md) == want);
  // 总计 left blank in two rows whose labels stand one and two columns in (`|  | 2.… | 0 | … | 0 |   `):
  // read by the full rows, which have as many cells
  std::string blank = replaced(md, "2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0  ",
                               "2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 |   ");
  blank = replaced(blank, "（七）总计 |  | 710 | 3 | 0 | 0 | 5 | 0 | 718  ", "（七）总计 |  | 710 | 3 | 0 | 0 | 5 | 0 |   ");
  want["section3/withheld_law_prohibited"].back() = "null";
  want["section3/outcome_total"].back() = "null";
  CHECK(read(blank) == want);
  // a cell lost beside the label changes nothing after it: the same reading
  CHECK(read(replaced(blank, "|  | 2.其他法律行政法规禁止公开 |", "| 2.其他法律行政法规禁止公开 |")) == want);
  // a cell lost among the values: that row is unread, no other moves
  check_only_unread(replaced(blank, "2.其他法律行政法规禁止公开 | 0 | 0 |", "2.其他法律行政法规禁止公开 | 0 |"), want,
                    "section3/withheld_law_prohibited");
}

TEST_CASE("w3m: a table drawn with box characters, long cells wrapped over lines, is read row by row") {
  const std::string text = xxgk_test::read_data_file("w3m-word-grid.txt");
  const auto want = expected("html-word-grid.json");
  // at a52fe7e: 38 cells of 200
  CHECK(read(text) == want);
  // UEditor's page: （六）'s labels over twelve lines of a narrow column (at a52fe7e: 0 cells)
  CHECK(read(xxgk_test::read_data_file("w3m-ueditor-grid.txt")) == expected("html-ueditor-grid.json"));
  // the rules between rows taken out (a table ruled only round it): its lines are not merged
  // into one row, and no number lands in another's row
  std::string unruled;
  for (std::size_t b = 0; b < text.size();) {
    const std::size_t e = std::min(text.find('\n', b), text.size());
    const std::string line = text.substr(b, e - b);
    if (!line.starts_with("├")) unruled += line + "\n";
    b = e + 1;
  }
  xxgk_test::check_read_right(read(unruled), want);
}

TEST_CASE("w3m without borders: a label wrapped round the heading （六）其他处理 printed beside its second line") {
  const std::string text = xxgk_test::read_data_file("w3m-shuyang-2025.txt");
  const auto want = expected("html-unmerged-shuyang-2025.json");
  // （六）1.'s numbers stand on the line of （六）其他处理: at a52fe7e they were read as 2019's single
  // （六）其他处理 row, 7 wrong numbers
  CHECK(read(text) == want);
  // with its label's first line lost, （六）1. is not found: its numbers are nobody's, and
  // （六）其他处理 is still the heading of the rows 2. and 3. found under it
  const auto cut = read(replaced(text, "                                                        1.申请人无正当理由逾期不补正、\n", "\n"));
  CHECK(cut.count("section3/other_handling") == 0);
  CHECK(cut.count("section3/other_overdue_correction") == 0);
  CHECK(cut.at("section3/other_unpaid_fee") == want.at("section3/other_unpaid_fee"));
}

TEST_CASE("a blank row's line of cells, then a label torn over lines: the numbers are not the blank row's") {
  // marker's markdown with 规章 left blank and the next label on two lines (a narrow column)
  const std::string md = xxgk_test::read_data_file("marker-huaian-hongze-2024.md");
  const std::string torn = replaced(md, "| 规章 | 0 | 0 | 0 |\n| 行政规范性文件 | 3 | 0 | 8 |",
                                    "| 规章 |  |  |  |\n| 行政 |  |  |  |\n| 规范性文件 | 3 | 0 | 8 |");
  const auto got = read(torn);
  // at a52fe7e: 规章 read as 3, 0, 8
  CHECK((got.count("section2/regulations") == 0 ||
         got.at("section2/regulations") == std::vector<std::string>{"null", "null", "null"}));
  CHECK(got.at("section2/normative_documents") == expected("marker-huaian-hongze-2024.json").at("section2/normative_documents"));
}

TEST_CASE("pandoc's markdown of a Word page: labels in raw <span>s are read as their text") {
  const std::string md = xxgk_test::read_data_file("marker-huaian-hongze-2024.md");
  std::string spans = replaced(md, "一、本年新收政府信息公开申请数量",
                               "<span style=\"font-family:宋体\">一、本年新收政府</span><span "
                               "style=\"font-family:宋体\">信息公开申请数量</span><span lang=\"EN-US\"></span>");
  spans = replaced(spans, "| 行政许可 |", "| <span style=\"font-family:宋体\">行政许可</span> |");
  // at a52fe7e: neither row found
  CHECK(read(spans) == expected("marker-huaian-hongze-2024.json"));
}

TEST_CASE("a table printed by a data tool: None, nan or null alone in a cell is an empty cell") {
  // pdfplumber's rows printed with str() (`None` for a cell a merge covers), a DataFrame's
  // to_markdown() (`nan`): the marker fixture's empty cells written so read as they were
  const std::string md = xxgk_test::read_data_file("marker-huaian-hongze-2024.md");
  const auto want = expected("marker-huaian-hongze-2024.json");
  for (const std::string word : {"None", "nan", "NaN", "null"}) {
    CAPTURE(word);
    std::string filled = md;
    for (std::size_t at; (at = filled.find("|  |")) != std::string::npos;) filled.replace(at, 4, "| " + word + " |");
    REQUIRE(filled != md);
    CHECK(read(filled) == want);
  }
  // the same rows as lines of tab-cut cells without a leading bar: a first cell `None` is empty too
  const std::string tabs = xxgk_test::lines_mapped(md, [](const std::string& line) {
    if (!line.starts_with("| ") || !line.ends_with(" |") || line.find("---") != std::string::npos) return line;
    std::string row;
    for (std::size_t b = 2, e; b < line.size(); b = e + 3) {
      e = line.find(" | ", b);
      if (e == std::string::npos) e = line.size() - 2;
      const std::string cell = line.substr(b, e - b);
      row += (row.empty() ? "" : "\t") + (cell.find_first_not_of(' ') == std::string::npos ? std::string("None") : cell);
    }
    return row;
  });
  CHECK(tabs.find("None\t") != std::string::npos);
  CHECK(read(tabs) == want);
  // a cell that holds the word and more is no empty cell: the row is not read as blank
  const std::string more = replaced(md, "| 行政许可 | 9487 |  |  |", "| 行政许可 | None 9487 |  |  |");
  const auto got = read(more);
  CHECK((got.count("section2/licensing") == 0 || got.at("section2/licensing") == std::vector<std::string>{"9487"}));
  // the word alone where the number stood: the cell is blank, not a word that is no number
  const std::string none = replaced(md, "| 行政许可 | 9487 |  |  |", "| 行政许可 | None |  |  |");
  const auto parsed = xxgk::parse(none);
  REQUIRE(parsed.has_value());
  CHECK(rows_of(parsed->report).at("section2/licensing") == std::vector<std::string>{"null"});
}

TEST_CASE("a page's text a text node a line (get_text(\"\\n\")): a line of spaces among a row's numbers is its blank cell") {
  // BeautifulSoup's text of shuyang-fgj's Word page: a blank cell's `<o:p> </o:p>` is a line of one
  // space, the page's whitespace between tags empty lines; chapter 三 leaves 125 cells blank
  const std::string text = xxgk_test::read_data_file("bs4-shuyang-fgj-2023.txt");
  const auto want = expected("shuyang-fgj-2023.json");
  CHECK(read(text) == want);
  // one line of spaces more in a row, in place of an empty one: eight lines of spaces for seven
  // cells, so no blank cell is sure by its spaces; but every line keeps its place, and the text
  // holds a cell every seven lines (its rows read whole say so): the row is read by its lines'
  // places. (Before the cell period was read, at 070e7e6, the row was unread.)
  CHECK(read(replaced(text, "申请数量\n\n\n\n\n\n\n26\n", "申请数量\n \n\n\n\n\n\n26\n")) == want);
  // a line more (the row's numbers a line lower): neither way, the row is unread
  check_only_unread(replaced(text, "申请数量\n\n\n\n\n\n\n26\n", "申请数量\n \n\n\n\n\n\n\n26\n"), want,
                    "section3/new_received");
  // a line of spaces between two numbers of a full row, in place of an empty one: such lines are
  // no cells in this text, yet the rows of 三 keep their lines' places, a cell every seven lines
  const auto noisy = read(replaced(text, "规范性文件\n\n\n\n\n\n\n8\n\n", "规范性文件\n\n\n\n\n\n\n8\n \n"));
  xxgk_test::check_rows(noisy, want, {"section2/normative_documents", "section3/new_received", "section3/granted"}, {});
  // a line more there: that full row has its cells at no period, so neither way is sure, and the
  // rows of 三 that need blank cells stay unread
  const auto shifted = read(replaced(text, "规范性文件\n\n\n\n\n\n\n8\n\n", "规范性文件\n\n\n\n\n\n\n8\n \n\n"));
  xxgk_test::check_rows(shifted, want, {"section2/normative_documents"}, {"section3/new_received", "section3/granted"});
}

TEST_CASE("a page's text a text node a line: chapter 四's blank cells as lines of spaces, where chapter 三's were") {
  // BeautifulSoup's `get_text("\n")` of html-shanghai-office-2019.html, whose tables have no
  // whitespace between tags: a cell a line, a blank's `&nbsp;` a line of U+00A0 (`5` / ` ` / ` ` /
  // `2`), 复议后起诉's five after 9 before `五、…`. At c9d2053 chapter 三 was read so and 四 not
  // (183 cells of 198)
  const std::string text = xxgk_test::read_data_file("text-nodes-shanghai-office-2019.txt");
  const auto want = expected("html-shanghai-office-2019.json");
  CHECK(read(text) == want);
  // one blank line more in chapter 四: 16 cells for 15, unread; one fewer the same
  const std::string row = "\n5\n\xC2\xA0\n\xC2\xA0\n2\n";
  REQUIRE(text.find(row) != std::string::npos);
  check_chapter4_unread(replaced(text, row, "\n5\n\xC2\xA0\n\xC2\xA0\n\xC2\xA0\n2\n"), want);
  check_chapter4_unread(replaced(text, row, "\n5\n\xC2\xA0\n2\n"), want);
  // a word among its lines: no row of cells, unread
  check_chapter4_unread(replaced(text, row, "\n5\n\xC2\xA0\n注\n2\n"), want);
}

TEST_CASE("a table laid out with spaces (lynx, w3m without borders, pandoc's plain text): blank cells by the full rows' columns") {
  // lynx's dump of html-word-grid's numbers in a page whose tables have no borders: columns
  // padded with spaces, the totals of （三） to （六） left blank, which leaves those rows a number short
  const std::string text = xxgk_test::read_data_file("lynx-html-word-grid.txt");
  const auto want = expected("html-word-grid.json");
  CHECK(read(text) == want);
  const std::string row = "1.属于国家秘密                              0   0    0    0      0      0";
  // the row's numbers one space apart: they stand in no column of the table's, the row is unread
  check_only_unread(replaced(text, row, "1.属于国家秘密                              0 0 0 0 0 0"), want,
                    "section3/withheld_state_secret");
  // moved four characters to the right: some numbers fall between the columns, the row is unread
  check_only_unread(replaced(text, row, "1.属于国家秘密                                  0    0    0      0      0      0"),
                    want, "section3/withheld_state_secret");
  // a full row a character off its columns: the columns are not sure, and no short row is
  // placed by them; the rows short of one number are read by the column sums instead (总计
  // left empty in each: FMT.INFERRED_BLANK, every number inferred)
  const auto off_parsed = xxgk::parse(replaced(text, "数量                                        36  0    0    0      0      0 36",
                                               "数量                                       36  0    0    0      0      0 36"));
  REQUIRE(off_parsed.has_value());
  const auto off = rows_of(off_parsed->report);
  CHECK(off.count("section3/carried_over") == 1);
  xxgk_test::check_read_right(off, want);
  CHECK(xxgk_test::placed_by_column_sums(*off_parsed, "section3/withheld_state_secret"));
  CHECK(xxgk_test::placed_by_column_sums(*off_parsed, "section3/withheld_law_prohibited"));
}

TEST_CASE("a page's tables through pandas (read_html, then to_csv, to_string, to_markdown): read as the page") {
  // pandas 1.5.3's DataFrames of real pages: the tables alone (no title, no heading), each merged
  // cell undone into copies of its text, an empty cell NaN (tests/data/FIXTURES.md)
  SUBCASE("to_csv: a line of comma-separated values is cut into cells at its commas") {
    const std::string text = xxgk_test::read_data_file("pandas-csv-shuyang-fgj-2023.csv");
    const auto want = expected("shuyang-fgj-2023.json");
    CHECK(read(text) == want);
    const std::string row = "一、本年新收政府信息公开申请数量,26,,,,,,26";
    // a field quoted for its comma is one cell, its comma a thousands separator
    const auto quoted = read(replaced(text, row, "一、本年新收政府信息公开申请数量,\"1,026\",,,,,,\"1,026\""));
    CHECK(quoted.at("section3/new_received") ==
          std::vector<std::string>{"1026", "null", "null", "null", "null", "null", "1026"});
    // a comma followed by a space is prose's, no field's: the line is not cut at its commas, and
    // its numbers (two, with a row's five blanks gone) are not the row's
    check_only_unread(replaced(text, row, "一、本年新收政府信息公开申请数量, 26, , , , , , 26"), want,
                      "section3/new_received");
    // chapter 四's numbers alone on their line: commas between digits, cut since no thousands
    // separator has one digit after it
    CHECK(read(text).count("section4/reconsideration") == 1);
  }
  SUBCASE("to_string: a NaN is a blank cell, the index before each row no cell") {
    const std::string text = xxgk_test::read_data_file("pandas-string-shuyang-2025.txt");
    const auto want = expected("html-unmerged-shuyang-2025.json");
    CHECK(read(text) == want);
    // the row's last cell NaN as well as the one beside its label: which end is the label's
    // (its merge undone) is unknown, and the row is unread, not given the next line's index (6)
    check_only_unread(replaced(text, "3    0  294", "3    0  NaN"), want, "section3/granted");
    // without the index (to_string(index=False)): each line a row still, its NaN blank cells
    const std::string no_index = xxgk_test::lines_mapped(text, [](std::string line) {
      const std::size_t digits = line.find_first_not_of("0123456789");
      if (digits != 0 && digits != std::string::npos && line[digits] == ' ') line.erase(0, digits);
      return line;
    });
    CHECK(no_index.find("\n6 ") == std::string::npos);
    CHECK(read(no_index) == want);
  }
  SUBCASE("to_string: a row's last cell NaN is blank, and the next line's index is no cell of it") {
    // html-ueditor-grid leaves the totals of （一） to （六） blank: each row ends `… 3    NaN`, and
    // the next line opens with its index
    const std::string text = xxgk_test::read_data_file("pandas-string-ueditor-grid.txt");
    const auto want = expected("html-ueditor-grid.json");
    CHECK(want.at("section3/granted").back() == "null");
    CHECK(read(text) == want);
  }
  SUBCASE("to_markdown: chapter 四's table right after chapter 三's, no heading between") {
    const std::string text = xxgk_test::read_data_file("pandas-markdown-ueditor-grid.md");
    CHECK(read(text) == expected("html-ueditor-grid.json"));
    // the page's own errors (its blank totals), found as in the page
    const auto parsed = xxgk::parse(text);
    const auto page = xxgk::parse(xxgk_test::read_data_file("html-ueditor-grid.html"));
    REQUIRE(parsed.has_value());
    REQUIRE(page.has_value());
    const auto rules_of = [](const std::vector<xxgk::diagnostic>& ds) {
      std::vector<std::string> out;
      for (const auto& d : ds) out.emplace_back(d.rule);
      return out;
    };
    const auto found = rules_of(diagnostics_of(parsed->report));
    CHECK(std::count(found.begin(), found.end(), "S3.ROW") == 19);
    CHECK(found == rules_of(diagnostics_of(page->report)));
  }
}

TEST_CASE("a Word document's text a cell a line (LibreOffice, docx2txt): an empty line between a row's numbers is its blank cell") {
  // LibreOffice's text of a .docx (each table cell on a line, a blank cell an empty line, the
  // cells a merge covers empty lines before the next row's label); shuyang-fgj leaves 125 cells
  // of chapter 三 blank: `26 / ␤ / ␤ / ␤ / ␤ / ␤ / 26`
  const std::string text = xxgk_test::read_data_file("libreoffice-shuyang-fgj-2023.txt");
  const auto want = expected("shuyang-fgj-2023.json");
  CHECK(read(text) == want);
  // one empty line more between a row's numbers: eight cells for seven, the row is unread
  check_only_unread(replaced(text, "申请数量\n26\n\n\n\n\n\n26\n", "申请数量\n26\n\n\n\n\n\n\n26\n"), want,
                    "section3/new_received");
  // a row read whole with an empty line between its numbers: such lines are no cells in this
  // text, and the rows of 三 that need them stay unread
  const auto noisy = read(replaced(text, "规范性文件\n8\n0\n18\n", "规范性文件\n8\n\n0\n18\n"));
  xxgk_test::check_rows(noisy, want, {"section2/normative_documents"}, {"section3/new_received", "section3/granted"});
  // a page's number and the empty line before it between a row's numbers (a PDF's text): the
  // lines from the first number to the last are not the row's cells alone, the row is unread
  check_only_unread(replaced(text, "申请数量\n26\n\n\n\n\n\n26\n", "申请数量\n26\n\n\n\n\n- 3 -\n\f26\n"), want,
                    "section3/new_received");
  // docx2txt's text of html-ueditor-grid, whose rows （一） to （六） leave their total blank: an
  // empty line after a row's last number may be the next row's cell merged from above, and those
  // rows stay unread; （一）'s blank total holds a space (`&nbsp;` in the page), a line of a space
  // in the text, which is its cell as in BeautifulSoup's text; the rest are read
  const auto docx = read(xxgk_test::read_data_file("docx2txt-ueditor-grid.txt"));
  const auto page = expected("html-ueditor-grid.json");
  xxgk_test::check_read_right(docx, page);
  CHECK(docx.count("section3/new_received") == 1);
  CHECK(docx.count("section3/granted") == 1);
  CHECK(docx.count("section3/partially_granted") == 0);
  CHECK(docx.count("section4/reconsideration") == 1);
}

TEST_CASE("a crawler's text a cell a line: the empty lines after a row's last number are its blank cells") {
  // html-ueditor-grid.html as a Python crawler takes it: each <tr>'s cells
  // `td.get_text(strip=True)` a line each, a blank cell an empty line, the cells a merge covers
  // left out. The rows （一） to （六） leave their total, their last cell, blank:
  // `1288 / 21 / 0 / 0 / 50 / 3 / ␤ / （二）…`; （五）3 is blank whole, its label then 7 empty lines
  const std::string text = xxgk_test::read_data_file("crawler-cells-ueditor-grid.txt");
  const auto want = expected("html-ueditor-grid.json");
  CHECK(read(text) == want);
  const std::string granted = "1288\n21\n0\n0\n50\n3\n\n（二）";
  REQUIRE(text.find(granted) != std::string::npos);
  // one empty line more: eight cells for seven, the row is unread
  check_only_unread(replaced(text, granted, "1288\n21\n0\n0\n50\n3\n\n\n（二）"), want, "section3/granted");
  // an empty line between the label and the first number: that line may be a cell too
  check_only_unread(replaced(text, "予以公开\n1288\n", "予以公开\n\n1288\n"), want, "section3/granted");
  // a row read whole followed by an empty line: rows are set apart so in this text, an empty line
  // after a row's last number is no cell, and the rows that need one stay unread
  const auto apart = read(replaced(text, "\n3119\n", "\n3119\n\n"));
  xxgk_test::check_rows(apart, want, {"section3/new_received"},
                        {"section3/granted", "section3/withheld_state_secret"});
  // a page's number after the row's last number (a PDF's text): the lines up to the next label
  // are not all the row's, the row is unread
  check_only_unread(replaced(text, granted, "1288\n21\n0\n0\n50\n3\n\n- 3 -\n\f（二）"), want, "section3/granted");
}

TEST_CASE("a crawler's text a cell a paragraph: a blank cell is an empty paragraph, three empty lines between two numbers") {
  // shuyang-fgj-2023.html as crawler-cells-ueditor-grid.txt's crawler takes a page, its lines
  // joined by an empty line (`"\n\n".join(lines)`, as the real excerpts of hantai and changtu
  // come): chapter 三's 125 blank cells are empty paragraphs, `26 / ␤ / ␤ / ␤ / … / ␤ / 26`
  const std::string text = xxgk_test::read_data_file("crawler-paragraphs-shuyang-fgj-2023.txt");
  const auto want = expected("shuyang-fgj-2023.json");
  CHECK(read(text) == want);
  // (strings built by append: g++ 12's -Wrestrict misfires on `"…" + std::string(…)` at -O3)
  const auto row_with = [](std::size_t empty_lines) {
    return std::string("申请数量\n\n26\n").append(empty_lines, '\n').append("26\n");
  };
  const std::string row = row_with(11);
  REQUIRE(text.find(row) != std::string::npos);
  // an empty line more: half a cell, the row is unread; two more: eight cells for seven
  check_only_unread(replaced(text, row, row_with(12)), want, "section3/new_received");
  check_only_unread(replaced(text, row, row_with(13)), want, "section3/new_received");
  // a row read whole with two empty lines between two numbers: not a cell a paragraph, and the
  // rows that leave cells blank stay unread
  const auto uneven = read(replaced(text, "规范性文件\n\n8\n\n0\n", "规范性文件\n\n8\n\n\n0\n"));
  xxgk_test::check_rows(uneven, want, {"section2/normative_documents"},
                        {"section3/new_received", "section3/granted"});
}

TEST_CASE("html2text's text of a page with --ignore-tables: a cell a paragraph, a row ended by a line of spaces") {
  // `html2text --ignore-tables --body-width=0 html-ueditor-grid.html`: each cell a paragraph,
  // each row's last line ended by two spaces and a line of two spaces after it. （一）'s blank
  // total holds `&nbsp;` in the page, a line of spaces here: `3 / ␤ / ␠␠␠ / ␠␠ / （二）…`, read; the
  // other rows' blank totals are empty in the page and leave no trace here: unread
  const std::string text = xxgk_test::read_data_file("html2text-ignore-tables-ueditor-grid.md");
  const auto want = expected("html-ueditor-grid.json");
  xxgk_test::check_unread(text, want,
                          {"section3/partially_granted", "section3/withheld_state_secret",
                           "section3/withheld_law_prohibited", "section3/withheld_process_info",
                           "section3/withheld_enforcement_file", "section3/withheld_admin_query",
                           "section3/unable_unclear", "section3/declined_duplicate", "section3/declined_publication",
                           "section3/declined_excessive", "section3/other_unpaid_fee"});
  // a row read whole ended otherwise, its spaces gone: the rows' end as paragraphs is not known;
  // but its lines keep their places, a cell every two lines and the next label two lines after
  // a row's last, as every full row says, and （一）'s blank total is read there (at 070e7e6,
  // before the cell period was read, it was unread)
  const auto other_end = read(replaced(text, "\n3119  \n  \n", "\n3119\n\n"));
  xxgk_test::check_rows(other_end, want, {"section3/new_received", "section3/granted"}, {});
  // and a line more after it: the full rows end two ways, no blank last cell is sure
  const auto longer_end = read(replaced(text, "\n3119  \n  \n", "\n3119\n\n\n"));
  xxgk_test::check_rows(longer_end, want, {"section3/new_received"}, {"section3/granted"});
}

TEST_CASE("a browser's innerText: cells of paragraphs, a row's cells cut by a tab alone on its line") {
  // Chromium's innerText of html-ueditor-grid.html: `1288`, empty line, tab, empty line, `21`…;
  // a blank total without a paragraph on the cut's line (`\t&nbsp;`), two empty lines after it
  const std::string text = xxgk_test::read_data_file("innertext-ueditor-grid.txt");
  const auto want = expected("innertext-ueditor-grid.json");
  CHECK(read(text) == want);
  // a cut lost: （一）'s 1288 and 21 are one cell's two paragraphs, the row a cell short, unread
  REQUIRE(text.find("1288\n\n\t\n\n21\n") != std::string::npos);
  check_only_unread(replaced(text, "1288\n\n\t\n\n21\n", "1288\n\n21\n"), want, "section3/granted");
  // an empty line gained before a number after a cut (two, as where a row ends): still its cell
  CHECK(read(replaced(text, "1288\n\n\t\n\n21\n", "1288\n\n\t\n\n\n21\n")) == want);
  // a row's end lost (its two empty lines gone): its last cell, the `&nbsp;` after the line's
  // last tab, ends it all the same (at f6d3415 （二）'s label and cells ran on in （一）'s row,
  // （一） a cell too many, unread)
  const std::string two = "\t\xC2\xA0\n\n\n（二）";
  REQUIRE(text.find(two) != std::string::npos);
  CHECK(read(replaced(text, two, "\t\xC2\xA0\n（二）")) == want);
  // and where the cell after the last tab is empty, nothing on the line, the row runs on: （一）
  // a cell too many, unread; （二） read after its label, as a line that holds two rows is
  xxgk_test::check_rows(read(replaced(text, two, "\t\n（二）")), want, {"section3/partially_granted"},
                        {"section3/granted"});
}

TEST_CASE("a browser's innerText: cells that hold a bare &nbsp; on the cuts' line, a row's last ending the row") {
  // Chromium's innerText of html-shanghai-office-2019.html: chapter 三's blank cells hold
  // `<p>&nbsp;</p>` (a paragraph of its own), chapter 四's a bare `&nbsp;`, written on the line
  // of the tabs around it: `5` / `\t&nbsp;\t&nbsp;\t` / `2`, and 复议后起诉's five blanks
  // `\t&nbsp;\t&nbsp;\t&nbsp;\t&nbsp;\t&nbsp;`, one empty line before `五、…`. At f6d3415 those lines
  // were a cell's text and the row ran on into chapter 五: chapter 四 unread (183 cells of 198)
  const std::string text = xxgk_test::read_data_file("innertext-shanghai-office-2019.txt");
  const auto want = expected("html-shanghai-office-2019.json");
  CHECK(read(text) == want);
  const auto parsed = xxgk::parse(text);
  REQUIRE(parsed.has_value());
  const auto* r2019 = parsed->report.get<xxgk::edition_2019_t>();
  REQUIRE(r2019 != nullptr);
  // a blank points at its `&nbsp;`
  const std::string cuts = "\n\t\xC2\xA0\t\xC2\xA0\t\n";
  const std::size_t first = text.find(cuts);
  REQUIRE(first != std::string::npos);
  const auto line = static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(first), '\n') + 2);
  const xxgk::cell& corrected = (*r2019)(xxgk::s4::reconsideration, xxgk::s4::corrected);
  CHECK(corrected.is_blank());
  CHECK(corrected.pos.line == line);
  CHECK(corrected.pos.column == 2);
  // a blank lost from the cuts' line: the row a cell short, chapter 四 unread
  std::string lost = text;
  lost.replace(first, cuts.size(), "\n\t\xC2\xA0\t\n");
  const auto p = xxgk::parse(lost);
  REQUIRE(p.has_value());
  const auto rows = rows_of(p->report);
  CHECK(rows.count("section4/reconsideration") == 0);
  CHECK(rows.count("section3/granted") == 1);
}

TEST_CASE("trafilatura's text of a page whose cells hold paragraphs: a cell led by the bar that closed the one before") {
  // html-ueditor-grid.html and shuyang-fgj-2023.html as trafilatura 1.x writes a page's text
  // (tests/layouts/trafilatura_text.py): `<p>` ends a line inside a cell too, each cell ends with
  // " | ", so a cell's text stands on its own line after the bar before it (`| 1288`), an empty
  // cell leaves a bar alone (`|`, `|   |` where it held no paragraph) and a row's last line is
  // the bar of its last cell. The blank total column of ueditor-grid, the five blank columns of
  // shuyang-fgj-2023 are read where they stand.
  const std::string text = xxgk_test::read_data_file("trafilatura-ueditor-grid.txt");
  const auto want = expected("html-ueditor-grid.json");
  CHECK(read(text) == want);
  CHECK(read(xxgk_test::read_data_file("trafilatura-shuyang-fgj-2023.txt")) == expected("shuyang-fgj-2023.json"));
  const std::string received = "| 61\n| 4\n| 3119\n|\n二、";
  REQUIRE(text.find(received) != std::string::npos);
  // an empty cell more: eight cells for seven, the row is unread; and the row of empty cells
  // only, （五）3, since the rows no longer all hold one count of cells
  xxgk_test::check_unread(replaced(text, received, "| 61\n|\n| 4\n| 3119\n|\n二、"), want,
                          {"section3/new_received", "section3/declined_publication"});
  // a blank cell's bar lost (the empty cell that held no paragraph, `| \u00A0 |`): six cells for seven
  check_only_unread(replaced(text, "| 3\n| \u00A0 |\n（二）", "| 3\n|\n（二）"), want, "section3/granted");
  // a row's last bar lost: the next row's label goes on in its last cell; nothing is read wrong
  xxgk_test::check_read_right(read(replaced(text, received, "| 61\n| 4\n| 3119\n二、")), want);
}

TEST_CASE("another trafilatura's text: a cell and its bar a line, an empty cell's bar alone") {
  // the real excerpt-hanyuan-2020.txt: each cell's text then ` |` on a line of its own
  // (`一、本年新收政府信息公开申请数量 |`, `3 |`), no line empty. Its rows hold no blank; an
  // empty cell there is its bar alone (`|`), read as the blank it is.
  const std::string text = xxgk_test::read_data_file("excerpt-hanyuan-2020.txt");
  const auto want = expected("excerpt-hanyuan-2020.json");
  CHECK(read(text) == want);
  const std::string carried = "二、上年结转政府信息公开申请数量 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n";
  REQUIRE(text.find(carried) != std::string::npos);
  auto blanks = want;
  blanks["section3/carried_over"] = {"0", "null", "null", "null", "null", "0", "0"};
  CHECK(read(replaced(text, carried, "二、上年结转政府信息公开申请数量 |\n0 |\n|\n|\n|\n|\n0 |\n0 |\n")) == blanks);
  // an empty cell more, eight cells for seven: read as a text a cell a line, whose empty lines
  // are cells only where that gives each row its count; nothing is read wrong
  const std::string received = "一、本年新收政府信息公开申请数量 |\n3 |\n0 |\n";
  REQUIRE(text.find(received) != std::string::npos);
  xxgk_test::check_read_right(read(replaced(text, received, "一、本年新收政府信息公开申请数量 |\n3 |\n|\n0 |\n")), want);
  // an empty line amid the cells: it is not the crawler's (it drops them), the lines are read
  // as they are, bars and all; nothing is read wrong
  xxgk_test::check_read_right(read(replaced(text, carried, "二、上年结转政府信息公开申请数量 |\n0 |\n|\n\n|\n|\n|\n0 |\n0 |\n")), want);

  // the real excerpt-district-statistics-2023.txt (a district bureau's page of the reference
  // crawl): the same lines, a row short of its table's cells ended by a line of padding, a bar
  // for each (`||`), and chapter 三's rows blank but their total (`…申请数量 |`, six `|`, `0 |`,
  // `||`). The padding is left out; the empty cells are read where they stand, before the number.
  // （一）予以公开's row lacks one cell: its padding is a bar alone, as an empty cell is, and the
  // row (eight such lines for seven cells) stays unread.
  const std::string district = xxgk_test::read_data_file("excerpt-district-statistics-2023.txt");
  const auto district_want = expected("excerpt-district-statistics-2023.json");
  CHECK(read(district) == district_want);
  REQUIRE(district_want.at("section3/new_received").front() == "null");
  // a bar of padding taken for an empty cell (`|` where `||` was): eight cells for seven, unread
  const std::string new_received = "一、本年新收政府信息公开申请数量 |\n|\n|\n|\n|\n|\n|\n0 |\n||\n";
  REQUIRE(district.find(new_received) != std::string::npos);
  check_only_unread(replaced(district, new_received, "一、本年新收政府信息公开申请数量 |\n|\n|\n|\n|\n|\n|\n0 |\n|\n|\n"),
                    district_want, "section3/new_received");
}

TEST_CASE("a change written in words: 减4 is -4, and rows whose labels the crawl lost stay unread") {
  // the real excerpt-change-in-words-2019.txt: a cell and its bar a line, 行政许可's 本年增/减 `减4`;
  // chapter 三's （三）不予公开 holds a run of `0 |` lines without its rows' labels
  const std::string text = xxgk_test::read_data_file("excerpt-change-in-words-2019.txt");
  const auto want = expected("excerpt-change-in-words-2019.json");
  REQUIRE(want.at("section2/licensing") == std::vector<std::string>{"6", "-4", "2"});
  CHECK(read(text) == want);
  // the same cell as a sign writes it
  CHECK(read(replaced(text, "减4 |", "-4 |")) == want);
  // a word that is no change (`减至4`): the cell is text, the row unread
  check_only_unread(replaced(text, "减4 |", "减至4 |"), want, "section2/licensing");
}

TEST_CASE("a table none of whose rows fills every column: its columns where its header's words stand") {
  // html-shanghai-office-2019.html's chapter 三 leaves a cell blank in every row (most 总计s among
  // them): no full row teaches where the columns stand, so at 665b29e a row with an empty cell at
  // either end (（一）'s, the cell its label spans and its blank 总计) was unread. Its markdown, as
  // a converter writes merged cells out again: the header's words stand in cells of their own on
  // lines of as many cells as the rows'
  const auto want = expected("html-shanghai-office-2019.json");
  const std::string head =
      "三、收到和处理政府信息公开申请情况\n\n"
      "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |  |  | 申请人情况 |  |  |  |  |  |  |\n"
      "|---|---|---|---|---|---|---|---|---|---|\n"
      "|  |  |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计 |\n"
      "|  |  |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |  |\n";
  const std::string rows =
      "| 一、本年新收政府信息公开申请数量 |  |  | 821 | 35 |  |  | 2 | 1 | 859 |\n"
      "| 三、本年度办理结果 | （一）予以公开 |  | 258 | 12 |  |  | 1 | 1 |  |\n"
      "|  | （二）部分公开（区分处理的，只计这一情形，不计其他情形） |  | 3 |  |  |  |  |  |  |\n"
      "|  | （三）不予公开 | 1.属于国家秘密 | 14 |  |  |  |  |  |  |\n"
      "|  | （七）总计 |  | 767 | 35 |  |  | 2 | 1 | 805 |\n\n"
      "四、政府信息公开行政复议、行政诉讼情况\n";
  const auto got = read(head + rows);
  for (const char* row : {"section3/new_received", "section3/granted", "section3/partially_granted",
                          "section3/withheld_state_secret", "section3/outcome_total"}) {
    CAPTURE(row);
    REQUIRE(got.count(row) == 1);
    CHECK(got.at(row) == want.at(row));
  }
  // a header word not alone in its cell (`自然人数`): no columns from the header, the rows with
  // empty cells at both ends stay unread
  const auto unnamed = read(replaced(head, "| 自然人 |", "| 自然人数 |") + rows);
  CHECK(unnamed.count("section3/granted") == 0);
  CHECK(unnamed.count("section3/partially_granted") == 0);
  // a header line of another count of cells than the rows' (a cell lost before 商业企业): no
  // columns from the header either
  const auto shifted = read(replaced(head, "|  |  |  |  | 商业企业", "|  |  |  | 商业企业") + rows);
  CHECK(shifted.count("section3/granted") == 0);
}

TEST_CASE("chapter 四's row a cell a line, an empty cell an empty line (a bar alone): its blanks where they stand") {
  // the real excerpt-district-statistics-2023.txt (`0 |` lines, a bar alone an empty cell) with
  // html-shanghai-office-2019's chapter 四 after it, written the same way: at 665b29e its six
  // numbers were found and the row unread
  std::string text = xxgk_test::read_data_file("excerpt-district-statistics-2023.txt") + "\n四、政府信息公开行政复议、行政诉讼情况\n";
  for (const char* h : {"行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"})
    text += std::string(h) + " |\n";
  for (int k = 0; k != 2; ++k)
    for (const char* h : {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}) text += std::string(h) + " |\n";
  const std::string row = "5 |\n|\n|\n2 |\n7 |\n8 |\n|\n|\n1 |\n9 |\n|\n|\n|\n|\n|\n";
  const std::string tail = "五、存在的主要问题及改进情况\n无。\n";
  const auto got = read(text + row + tail);
  const auto want = expected("html-shanghai-office-2019.json");
  for (const char* key : {"section4/reconsideration", "section4/litigation_direct", "section4/litigation_after_reconsideration"}) {
    CAPTURE(key);
    REQUIRE(got.count(key) == 1);
    CHECK(got.at(key) == want.at(key));
  }
  // an empty cell lost (14 lines) or gained (16): which is unknown, the row stays unread
  CHECK(read(text + replaced(row, "5 |\n|\n", "5 |\n") + tail).count("section4/reconsideration") == 0);
  CHECK(read(text + replaced(row, "5 |\n|\n", "5 |\n|\n|\n") + tail).count("section4/reconsideration") == 0);
}

TEST_CASE("trafilatura 2's padded rows: chapter 四's row, and its empty first cell that may be padding") {
  // the real excerpt-changchun-bureau-2023.txt (rows padded with a bar for each cell a merge
  // took), html-shanghai-office-2019's chapter 四 after it: its row, the widest, holds no padding
  const std::string text = xxgk_test::read_data_file("excerpt-changchun-bureau-2023.txt") +
                           "\n四、政府信息公开行政复议、行政诉讼情况\n| 行政复议 | 行政诉讼 | ||||||||||||\n"
                           "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 | ||||||||\n"
                           "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | |||||\n";
  const std::string row = "| 5 |  |  | 2 | 7 | 8 |  |  | 1 | 9 |  |  |  |  |  |\n";
  const std::string tail = "五、存在的主要问题及改进情况\n无。\n";
  const auto want = expected("html-shanghai-office-2019.json");
  const auto got = read(text + row + tail);
  REQUIRE(got.count("section4/reconsideration") == 1);
  CHECK(got.at("section4/reconsideration") == want.at("section4/reconsideration"));
  CHECK(got.at("section4/litigation_after_reconsideration") == want.at("section4/litigation_after_reconsideration"));
  // a separator lost between its last two cells (`|  | |`): the end reads as padding, moved to
  // the row's start as an empty cell, and its cells shifted by one; unread (mutations.py seed 43)
  CHECK(read(text + replaced(row, "|  |  |\n", "|  | |\n") + tail).count("section4/reconsideration") == 0);
}

TEST_CASE("a page mirrored in Traditional characters reads as its original, readings after characters aside") {
  // real mirrors of the reference crawl: 公開, 規章, 許可, 萬元 … (at 665b29e: INPUT.NO_TABLES)
  const std::string mirror = xxgk_test::read_data_file("excerpt-traditional-mirror-2022.txt");
  const auto want = expected("excerpt-traditional-mirror-2022.json");
  REQUIRE(want.at("section2/licensing") == std::vector<std::string>{"76"});
  CHECK(read(mirror) == want);
  // findings point into the page as it is: 行政許可's cell at its line and column there
  const auto parsed = xxgk::parse(mirror);
  REQUIRE(parsed.has_value());
  const auto* r = parsed->report.get<xxgk::edition_2021_t>();
  REQUIRE(r != nullptr);
  const xxgk::source_pos at = (*r)(xxgk::s2_2021::licensing, xxgk::s2_2021::decisions).pos;
  CHECK(at.line == line_of(mirror, "行政許可 | 76"));
  CHECK(at.column == 8);
  // a mirror whose converter wrote 製 for 制 (another real page: `行政強製`), as phrases such as
  // 製作 do (the table takes each label's phrases too: 複 of 複議, 佈 of 公佈)
  REQUIRE(mirror.find("行政強制") != std::string::npos);
  CHECK(read(replaced(mirror, "行政強制", "行政強製")) == want);
  // 鎮(zhèn), 數(shù): the readings are no part of the labels
  const std::string readings = xxgk_test::read_data_file("excerpt-traditional-readings-2020.txt");
  CHECK(read(readings) == expected("excerpt-traditional-readings-2020.json"));
  // the agency as the page writes it, though the reader folds 國 to 国 to find its words (a real
  // mirror's title; at 3b7b8e5 `廣州市国資委`)
  const auto titled = xxgk::parse("廣州市國資委2022年政府信息公開工作年度報告\n" + mirror);
  REQUIRE(titled.has_value());
  CHECK(titled->report.visit([](const auto& rep) { return std::string(rep.agency.view()); }) == "廣州市國資委");
  CHECK(titled->report.year() == 2022);
  // 規範性檔案: a mirror that writes 文件 as 檔案 (at 3b7b8e5 the row was missing)
  const std::string dangan = xxgk_test::read_data_file("excerpt-traditional-dangan-2020.txt");
  const auto dangan_want = expected("excerpt-traditional-dangan-2020.json");
  REQUIRE(dangan_want.at("section2/normative_documents") == std::vector<std::string>{"2", "2", "19"});
  CHECK(read(dangan) == dangan_want);
  // a Simplified text quoting a few Traditional words is left as it is: its labels read as before
  const std::string text = xxgk_test::read_data_file("changchun-2023.txt");
  CHECK(read("（本报告另有繁体版：政府信息公開工作年度報告）\n" + text) == read(text));
}

TEST_CASE("PDF text whose font maps glyphs to radicals (⼀ ⼈ ⾏ ⺠) or compatibility ideographs reads as its words") {
  // pdftotext, pdfminer and PyMuPDF give what the font's map says: some fonts (macOS's, some of
  // Word's) map 一, 人, 行, 自, 民 … to the Kangxi radicals (U+2F00–) or the CJK Radicals Supplement
  // (U+2E80–), which look the same: `⼀、本年新收…`, `⾏政许可`, `⾃然⼈`. At cfd0d57 such a text of
  // huaian-2024 read 175 of 200 cells (rows found by close matches), the agency `淮安市⼈⺠政府`.
  // Every such character of the real texts below, and two compatibility ideographs (U+F967 不,
  // U+F9D1 六), written as those fonts write them
  const std::vector<std::pair<std::string, std::string>> variants = {
      {"一", "\u2F00"}, {"二", "\u2F06"}, {"人", "\u2F08"}, {"入", "\u2F0A"}, {"八", "\u2F0B"}, {"力", "\u2F12"},
      {"十", "\u2F17"}, {"口", "\u2F1D"}, {"土", "\u2F1F"}, {"大", "\u2F24"}, {"子", "\u2F26"}, {"工", "\u2F2F"},
      {"文", "\u2F42"}, {"方", "\u2F45"}, {"无", "\u2F46"}, {"日", "\u2F47"}, {"月", "\u2F49"}, {"止", "\u2F4C"},
      {"比", "\u2F50"}, {"生", "\u2F63"}, {"用", "\u2F64"}, {"目", "\u2F6C"}, {"立", "\u2F74"}, {"自", "\u2F83"},
      {"至", "\u2F84"}, {"行", "\u2F8F"}, {"言", "\u2F94"}, {"民", "\u2EA0"}, {"长", "\u2ED3"}, {"门", "\u2ED4"},
      {"页", "\u2EDA"}, {"见", "\u2EC5"}, {"不", "\uF967"}, {"六", "\uF9D1"}};
  const auto as_font_maps = [&](std::string text) {
    for (const auto& [word, variant] : variants)
      for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + variant.size()))
        text.replace(at, word.size(), variant);
    return text;
  };
  for (const char* name : {"huaian-2024.txt", "changchun-2023.txt", "docling-huaian-hongze-2023.md"}) {
    CAPTURE(name);
    const std::string text = xxgk_test::read_data_file(name);
    const std::string mapped = as_font_maps(text);
    REQUIRE(mapped != text);
    REQUIRE(mapped.find("\u2F8F\u653F") != std::string::npos);  // ⾏政
    CHECK(read(mapped) == read(text));
  }
  // the agency as its words, each cell where it stands in the text (three bytes for three)
  const std::string text = xxgk_test::read_data_file("huaian-2024.txt");
  const auto parsed = xxgk::parse(as_font_maps(text));
  REQUIRE(parsed.has_value());
  CHECK(parsed->report.visit([](const auto& rep) { return std::string(rep.agency.view()); }) == "淮安市人民政府");
  const auto original = xxgk::parse(text);
  REQUIRE(original.has_value());
  const auto* r = parsed->report.get<xxgk::edition_2021_t>();
  const auto* o = original->report.get<xxgk::edition_2021_t>();
  REQUIRE((r != nullptr && o != nullptr));
  CHECK((*r)(xxgk::s3::new_received, xxgk::s3::natural_person).pos == (*o)(xxgk::s3::new_received, xxgk::s3::natural_person).pos);
  // code points of those blocks without an ideograph (U+2E9A unassigned, U+2FF0 ⿰) are left as
  // they are; a radical that ends the text is folded too
  CHECK(read("\u2E9A\u2FF0" + text + "\u2F8F") == read(text));
}

TEST_CASE("invisible format characters a page carries part words as a space does: labels read, numbers never joined") {
  // a soft hyphen (U+00AD, `&shy;`), zero-width joiners (U+200C, U+200D), direction marks
  // (U+200E, U+200F), the word joiner (U+2060) and bidirectional embeddings (U+202A-, U+2066-),
  // as zero-width spaces already were: inside a label (`行政&shy;许可`), round a cell's number. At
  // 95cf539 a row with one round a number was unread, and `行政&shy;许可` not found
  const std::string text = xxgk_test::read_data_file("changchun-2023.txt");
  const auto want = expected("changchun-2023.json");
  const std::string row = "一、本年新收政府信息公开申请数量\t\t50\t9";
  for (const char* mark : {"\u00AD", "\u200C", "\u200D", "\u200E", "\u200F", "\u2060", "\u202A", "\u2066"}) {
    CAPTURE(mark);
    const std::string m = mark;
    CHECK(read(replaced(replaced(text, "行政许可", "行政" + m + "许可"), row,
                        "一、本年新收政府信息公开申请数量\t\t" + m + "50" + m + "\t9")) == want);
    // inside a number it parts two: 5 and 0, never 50 nor a row of eight cells read; unread
    check_only_unread(replaced(text, row, "一、本年新收政府信息公开申请数量\t\t5" + m + "0\t9"), want, "section3/new_received");
  }
}

TEST_CASE("a table's rows printed as lists (Python's repr, JSON): each row a line of cells, None and null empty") {
  // what a pipeline prints of pdfplumber's or camelot's extract_tables() (`print(row)`), or
  // writes as JSON (`json.dumps(row)`, ASCII escapes): at a4d6941 nothing of such a text was
  // read. The Word copy's lines of cells, each written so
  const std::string text = xxgk_test::read_data_file("changchun-2023.txt");
  const auto want = expected("changchun-2023.json");
  const auto cells_of = [](const std::string& line) {
    std::vector<std::string> cells;
    for (std::size_t b = 0;;) {
      const std::size_t e = line.find('\t', b);
      cells.push_back(line.substr(b, e == std::string::npos ? std::string::npos : e - b));
      if (e == std::string::npos) return cells;
      b = e + 1;
    }
  };
  const auto python = [&](const std::string& line) {
    if (line.find('\t') == std::string::npos) return line;
    std::string out = "[";
    for (const std::string& c : cells_of(line)) out += (out.size() > 1 ? ", " : "") + (c.empty() ? "None" : "'" + c + "'");
    return out + "]";
  };
  const auto json_ascii = [&](const std::string& line) {  // every character past ASCII as \uXXXX
    if (line.find('\t') == std::string::npos) return line;
    std::string out = "[";
    for (const std::string& c : cells_of(line)) {
      out += out.size() > 1 ? ", " : "";
      if (c.empty()) {
        out += "null";
        continue;
      }
      out += '"';
      for (std::size_t i = 0; i < c.size();) {
        const auto b = static_cast<unsigned char>(c[i]);
        const std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        char32_t cp = n == 1 ? b : b & (0xFFU >> (n + 1));
        for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(c[i + k]) & 0x3FU);
        char hex[16];
        if (cp < 0x80) out += static_cast<char>(cp);
        else if (cp < 0x10000) out += (std::snprintf(hex, sizeof hex, "\\u%04x", static_cast<unsigned>(cp)), hex);
        else
          out += (std::snprintf(hex, sizeof hex, "\\u%04x\\u%04x", static_cast<unsigned>(0xD800 + ((cp - 0x10000) >> 10)),
                                static_cast<unsigned>(0xDC00 + ((cp - 0x10000) & 0x3FF))),
                  hex);
        i += n;
      }
      out += '"';
    }
    return out + "]";
  };
  const std::string as_python = xxgk_test::lines_mapped(text, python);
  REQUIRE(as_python.find("['一、本年新收政府信息公开申请数量', None, '50', '9'") != std::string::npos);
  CHECK(read(as_python) == want);
  const std::string as_json = xxgk_test::lines_mapped(text, json_ascii);
  REQUIRE(as_json.find("[\"\\u4e00\\u3001\\u672c\\u5e74") != std::string::npos);
  CHECK(read(as_json) == want);
  // a cell's place is where its number stands in the list's line
  const auto parsed = xxgk::parse(as_python);
  REQUIRE(parsed.has_value());
  const auto* r = parsed->report.get<xxgk::edition_2021_t>();
  REQUIRE(r != nullptr);
  const xxgk::source_pos at = (*r)(xxgk::s3::new_received, xxgk::s3::natural_person).pos;
  const std::string row = "['一、本年新收政府信息公开申请数量', None, '50'";
  CHECK(at.line == line_of(as_python, row));
  CHECK(at.column == 29);  // (in characters: `['`, the label's 16, `', None, '`, then 50)
  // a label's line break written `\n`, a blank cell '' (a row of two numbers is read blank
  // where its cell is empty, as the Word copy's)
  const std::string label = "['一、本年新收政府信息公开申请数量', None, '50', '9'";
  auto blank = want;
  blank["section3/new_received"][1] = "null";
  CHECK(read(replaced(as_python, label, "['一、本年新收政府信息\\n公开申请数量', None, '50', ''")) == blank);
  // each table on one line, its brackets round its rows (`print(table)`)
  std::string tables;
  bool in_table = false;
  xxgk_test::lines_mapped(as_python, [&](const std::string& l) {
    const bool listed = l.starts_with("[");
    if (listed) tables += in_table ? ", " + l : "[" + l;
    else tables += (in_table ? "]\n" : "") + l + "\n";
    in_table = listed;
    return l;
  });
  if (in_table) tables += "]\n";
  REQUIRE(tables.find("], ['一、本年新收政府信息公开申请数量', None, '50'") != std::string::npos);
  CHECK(read(tables) == want);
  // a list not closed, a quote not closed, words after it: the line is no row, left as it is
  const std::string full = "['一、本年新收政府信息公开申请数量', None, '50', '9', '0', '0', '0', '0', '59', None]";
  REQUIRE(as_python.find(full) != std::string::npos);
  for (const std::string& broken : {full.substr(0, full.size() - 1), replaced(full, "'59'", "'59"), full + " 注"}) {
    CAPTURE(broken);
    check_only_unread(replaced(as_python, full, broken), want, "section3/new_received");
  }
  // a text with a few such lists is not taken for one (a reference `[1]`, a list in a sentence)
  CHECK(read("[1] 见附件\n['a', 'b']\n" + text) == want);
}

TEST_CASE("trafilatura 2's text: a row a line, padded with a bar for each cell a merge took") {
  // the real excerpt-changchun-bureau-2023.txt: `| ` then each cell and ` | `, an empty cell
  // `|  |`, and after the row's last bar one bar for each cell it lacks (`| 行政许可 | 0 | ||`).
  // Those bars stand for the cells a merge took, at the row's start: a blank among the numbers
  // is read where it stands.
  const std::string text = xxgk_test::read_data_file("excerpt-changchun-bureau-2023.txt");
  const auto want = expected("excerpt-changchun-bureau-2023.json");
  CHECK(read(text) == want);
  const std::string received = "| 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 | ||";
  REQUIRE(text.find(received) != std::string::npos);
  auto blanks = want;
  blanks["section3/new_received"] = {"3", "null", "null", "null", "null", "null", "3"};
  CHECK(read(replaced(text, received, "| 一、本年新收政府信息公开申请数量 | 3 |  |  |  |  |  | 3 | ||")) == blanks);
  // an empty cell more: eight cells for seven, the row is unread
  check_only_unread(replaced(text, received, "| 一、本年新收政府信息公开申请数量 | 3 |  | 0 | 0 | 0 | 0 | 0 | 3 | ||"), want,
                    "section3/new_received");
  // one bar of padding where two were: a bar after ` | ` is padding in this text (an empty
  // cell is `|  |`), the row is one cell short of its table at its start, read as before
  CHECK(read(replaced(text, received, "| 一、本年新收政府信息公开申请数量 | 3 |  |  |  |  |  | 3 | |")) == blanks);

  // the real excerpt-liangcheng-2020.txt (a township's page of the reference crawl): the rows
  // open with their first cell, no bar (`规章 | 0 | 0 | 0 | |`, `…申请数量 | 0 | … | 0 | ||`)
  const std::string open = xxgk_test::read_data_file("excerpt-liangcheng-2020.txt");
  const auto open_want = expected("excerpt-liangcheng-2020.json");
  CHECK(read(open) == open_want);
  const std::string carried = "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||";
  REQUIRE(open.find(carried) != std::string::npos);
  auto open_blanks = open_want;
  open_blanks["section3/carried_over"] = {"0", "null", "null", "null", "null", "null", "0"};
  CHECK(read(replaced(open, carried, "二、上年结转政府信息公开申请数量 | 0 |  |  |  |  |  | 0 | ||")) == open_blanks);
  check_only_unread(replaced(open, carried, "二、上年结转政府信息公开申请数量 | 0 | 0 |  | 0 | 0 | 0 | 0 | 0 | ||"), open_want,
                    "section3/carried_over");
}

TEST_CASE("labels with notes in parentheses: a label named in another's note is not that row") {
  // excerpt-hubei-notes-2020.txt: chapter 二 of a Wuhan bureau's 2020 report (a real page, as a
  // mirror holds it, put back into simplified characters by hand) in Hubei's template of that
  // year, whose labels carry notes: `其他对外管理服务事项(指…行政处罚、行政强制…)`. 行政处罚 and
  // 行政强制 are the next table's rows, not the words of that note (at 9d95192 both were unread).
  const std::string text = xxgk_test::read_data_file("excerpt-hubei-notes-2020.txt");
  const auto want = expected("excerpt-hubei-notes-2020.json");
  CHECK(read(text) == want);
  REQUIRE(want.count("section2/penalties") == 1);
  // the note's parentheses left open (a page cut inside the cell): the labels in it are still
  // no rows, the next table's are read
  const std::string note = "行政征收和其他类,以及公共服务事项)";
  REQUIRE(text.find(note) != std::string::npos);
  CHECK(read(replaced(text, note, "行政征收和其他类,以及公共服务事项")) == want);
  // the note without parentheses: its words are a sentence's list (`行政处罚、行政强制、`), no
  // labels, and the next table's rows are read as before
  const std::string bare = replaced(replaced(text, "服务事项(指", "服务事项，指"), note, "行政征收和其他类,以及公共服务事项");
  CHECK(read(bare) == want);
  // and without the list's marks too: its words are found as the two rows' labels, on another
  // row's line (其他对外管理服务事项's, unread with them), and the rows stay unread rather than
  // read from that line
  xxgk_test::check_unread(replaced(bare, "行政处罚、行政强制、", "行政处罚 行政强制 "), want,
                          {"section2/other_services", "section2/penalties", "section2/coercive_measures"});
}

TEST_CASE("a crawler's text a row a line, its cells joined by one space: a blank cell is the empty string between two") {
  // the real pages as a Python crawler takes them: each <tr> a line,
  // `" ".join(td.get_text(strip=True) for td in tr.find_all(["td", "th"]))`: shuyang-fgj leaves
  // 125 cells of chapter 三 blank (`一、本年新收政府信息公开申请数量 26      26`), html-ueditor-grid
  // the totals of （一） to （六） (`… 50 3 `, a space at the line's end) and （五）3 whole
  const std::string fgj = xxgk_test::read_data_file("crawler-rows-shuyang-fgj-2023.txt");
  const auto fgj_want = expected("shuyang-fgj-2023.json");
  CHECK(read(fgj) == fgj_want);
  const std::string grid = xxgk_test::read_data_file("crawler-rows-ueditor-grid.txt");
  const auto grid_want = expected("html-ueditor-grid.json");
  CHECK(read(grid) == grid_want);
  // one space more in a row: eight cells for seven, the row is unread
  check_only_unread(replaced(fgj, "申请数量 26      26\n", "申请数量 26       26\n"), fgj_want, "section3/new_received");
  check_only_unread(replaced(grid, " 1288 21 0 0 50 3 \n", " 1288 21 0 0 50 3  \n"), grid_want, "section3/granted");
  // a row read whole with two spaces between two numbers: the cells of this text are not joined
  // by one space each, and the rows that leave cells blank stay unread
  const auto spaced = read(replaced(fgj, "规范性文件 8 0 18\n", "规范性文件 8  0 18\n"));
  xxgk_test::check_rows(spaced, fgj_want, {"section2/normative_documents"},
                        {"section3/new_received", "section3/granted"});
  // the spaces at the lines' ends trimmed: a blank last cell leaves no trace, and （五）3. is its
  // label alone, the next row's numbers beside its label: a row left empty; then 总计 alone, left
  // empty in the 20 rows one number short, makes every other column add up (FMT.INFERRED_BLANK)
  const std::string trimmed_text = xxgk_test::lines_mapped(grid, [](std::string line) {
    return line.erase(line.find_last_not_of(' ') + 1);
  });
  const auto trimmed = xxgk::parse(trimmed_text);
  REQUIRE(trimmed.has_value());
  CHECK(rows_of(trimmed->report) == grid_want);
  CHECK(count_rule(trimmed->findings, xxgk::rules::fmt_inferred_blank) == 20);
  // with a number in （五）3.'s row, its cells are not sure: the rows short of one stay unread
  const auto numbered = read(replaced(trimmed_text, "3.要求提供公开出版物\n", "3.要求提供公开出版物 0\n"));
  xxgk_test::check_rows(numbered, grid_want, {"section3/new_received"},
                        {"section3/granted", "section3/withheld_state_secret"});
  // html-shanghai-office-2019 the same way: chapter 四's line of 15 cells has no label, its
  // blanks empty between single spaces as chapter 三's rows' (`5   2 7 8   1 9     `; at
  // c460264 unread, 183 cells of 198)
  const std::string office = xxgk_test::read_data_file("crawler-rows-shanghai-office-2019.txt");
  const auto office_want = expected("html-shanghai-office-2019.json");
  CHECK(read(office) == office_want);
  // a space lost from its line: 14 cells, unread
  check_chapter4_unread(replaced(office, "\n5   2 7 8   1 9     \n", "\n5   2 7 8  1 9     \n"), office_want);
}

TEST_CASE("html-to-text's data tables (columns padded with spaces, counted in characters): blank cells by the header's columns") {
  // html-to-text 10 (npm) with `format: 'dataTable'` on the real page shuyang-fgj-2023.html: the
  // numbers left-aligned under their header's words, a blank cell spaces. No row of chapter 三
  // is full (every request came from 自然人), so the table's columns are where its header names
  // them: `26` under 自然人 and `26` under 总计
  const std::string fgj = xxgk_test::read_data_file("html-to-text-shuyang-fgj-2023.txt");
  const auto fgj_want = expected("shuyang-fgj-2023.json");
  CHECK(read(fgj) == fgj_want);
  const auto chapter3_unread = [&](const std::string& text) {
    const auto got = read(text);
    xxgk_test::check_rows(got, fgj_want, {"section2/normative_documents"},
                          {"section3/new_received", "section3/granted", "section3/outcome_total"});
  };
  // a header without its 总计: no columns, chapter 三 is unread
  chapter3_unread(replaced(fgj, "法人或其他组织                          总计", "法人或其他组织                          合计"));
  // header words one space apart: not a table laid out in columns
  chapter3_unread(replaced(fgj, "商业   科研", "商业 科研  "));
  // one number between two columns: the header's columns are not where the numbers are, and no
  // row of the table is read by them
  chapter3_unread(replaced(fgj, "申请数量                                              26", "申请数量                                                 26"));
  // a number one space after the label: not a column's cell
  const std::string tight = replaced(fgj, "结转政府信息公开申请数量                                              0",
                                     "结转政府信息公开申请数量 0                                             ");
  chapter3_unread(tight);

  // html-word-grid.html the same way: its heading 三、本年度办理结果 printed a character a line
  // down the table's left (`年`, `度` before a row's label), the totals of （三） to （六） blank:
  // those rows by the columns of the rows read whole, words on the lines after a row's numbers
  // being no cells of its line
  const std::string grid = xxgk_test::read_data_file("html-to-text-word-grid.txt");
  const auto grid_want = expected("html-word-grid.json");
  CHECK(read(grid) == grid_want);
  const std::string row = "2.其他法律行政法规禁止公开                          0     0      0      0        0        0";
  // a word after the numbers on their line: the row is unread
  check_only_unread(replaced(grid, row, row + "  注"), grid_want, "section3/withheld_law_prohibited");
  // a full row a character off its column: the columns do not line up, rows short of numbers
  // are not placed by them, but by the column sums (总计 left empty: FMT.INFERRED_BLANK)
  const auto off_parsed = xxgk::parse(replaced(grid, " 36    0      0", "  36   0      0"));
  REQUIRE(off_parsed.has_value());
  xxgk_test::check_rows(rows_of(off_parsed->report), grid_want, {"section3/new_received"}, {});
  CHECK(xxgk_test::placed_by_column_sums(*off_parsed, "section3/withheld_law_prohibited"));
}

TEST_CASE("node-html-markdown's pipe tables: spans dropped, rows padded at their end to the table's width") {
  const std::string md = xxgk_test::read_data_file("nhm-shuyang-fgj-2023.md");
  const auto want = expected("shuyang-fgj-2023.json");
  CHECK(read(md) == want);
  // a cell written twice in a row: that line is wider than the delimiter row, its cell too many
  // unknown (an empty one among its numbers), and the empty cells after the values of the other
  // rows are no longer sure to be padding: those rows are unread, none read wrong
  const std::string row = "| 二、上年结转政府信息公开申请数量                      | 0                                 |        |";
  REQUIRE(md.find(row) != std::string::npos);
  const auto doubled = read(replaced(md, row, row + "        |"));
  xxgk_test::check_read_right(doubled, want);
  CHECK(doubled.count("section3/carried_over") == 0);
}

TEST_CASE("turndown's markdown of a page whose script writes a cell: the tag in the script's text opens no table") {
  // turndown 7 (npm) on html-ueditor-grid.html, whose inline script (`document.write("<td>x</td>")`,
  // as CMS pages write theirs) turndown keeps as text on the first line; the tables become a cell
  // a paragraph. The `<td>` of that line made a table that took in every later line (15 cells of
  // 200 read); a table no `<table>` tag opened now ends at an empty line, or at a line that does
  // not open with a tag while no cell is open. Three rows whose blank total leaves no trace are
  // read by the column sums (总计 left empty in each, FMT.INFERRED_BLANK: every number inferred)
  const std::string text = xxgk_test::read_data_file("turndown-ueditor-grid.md");
  const auto want = expected("html-ueditor-grid.json");
  const std::initializer_list<std::string> unread = {"section3/partially_granted", "section3/withheld_process_info",
                                                     "section3/declined_duplicate"};
  xxgk_test::check_unread(text, want, unread);
  // the script's line followed by text at once, no empty line
  const std::string script_end = "document.write(\"<td>x</td>\"); }";
  REQUIRE(text.find(script_end) != std::string::npos);
  xxgk_test::check_unread(replaced(text, "\n\n*   [首页](/)", "\n*   [首页](/)"), want, unread);
  // rows kept as fragments, one a line, no `<table>`, an empty line between two: cells of a
  // table still, each row read
  const auto fragments = read(
      "二、主动公开政府信息情况\n<tr><td>规章</td><td>1</td><td>2</td><td>3</td></tr>\n\n"
      "<tr><td>行政规范性文件</td><td>8</td>\n<td>26</td><td>66</td></tr>\n");
  CHECK(fragments.size() == 2);
  CHECK(fragments.count("section2/normative_documents") == 1);
}

TEST_CASE("markdown: a line with another count of cells than its table's holds no blank cell") {
  // marker's markdown: every line of a table holds as many cells as its delimiter row (`|---|…`).
  // A line that lost a cell (two numbers run into one, a cell dropped) or gained one no longer
  // says where its cells stand: at 106a340 the empty cell its label spans was read as the row's
  // first, a blank (`| 三、本<br>年度办<br>理结果 | （一）予以公开 |  | 50 | 0 | 0 | 0 | 0 | 50 |`, one
  // 0 lost: blank, 50, 0, 0, 0, 0, 50; `| 一、本年新收… |  |  | 950 | 0 |…`, 95 and 0 run into one cell:
  // blank, 950, …), wrong numbers and false S3.ROW errors. Such a row is unread
  const std::string md = xxgk_test::read_data_file("marker-huaian-hongze-2024.md");
  const auto want = expected("marker-huaian-hongze-2024.json");
  const std::string granted = "| （一）予以公开 |  | 50 | 0 | 0 | 0 | 0 | 0 | 50 |";
  check_only_unread(replaced(md, granted, "| （一）予以公开 |  | 50 | 0 | 0 | 0 | 0 | 50 |"), want, "section3/granted");
  const std::string received = "| 一、本年新收政府信息公开申请数量 |  |  | 95 | 0 | 0 |";
  check_only_unread(replaced(md, received, "| 一、本年新收政府信息公开申请数量 |  |  | 950 | 0 |"), want,
                    "section3/new_received");
  // an empty cell gained at the end: a blank total (and a number one too many), or one too many
  // itself, is unknown
  const std::string secret = "| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |";
  check_only_unread(replaced(md, secret, "| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |  |"), want,
                    "section3/withheld_state_secret");
  // a cell lost before the label, no empty cell among the row's: its seven numbers are its row
  CHECK(read(replaced(md, "|  | （三）不予公开 | 1.属于国家秘密 |", "| （三）不予公开 | 1.属于国家秘密 |")) == want);
}

TEST_CASE("mammoth's text of a Word file: a cell a paragraph, Word's spacer paragraphs after a table") {
  // mammoth 1.13.0 (npm) `extractRawText` of LibreOffice's .docx of a page (`layouts.py`'s
  // html-word layout): every paragraph then an empty line, a blank cell an empty paragraph, and
  // the empty paragraphs Word sets between tables. Those after a table made its rows end
  // unlike the others, and then no row's trailing blank cell was read (at 106a340: 53 of 200
  // cells of the UEditor page, the rows whose total is blank unread); the last row of chapter 三,
  // `0 … 0` with five blank cells between, stood before them (193 of 200)
  const std::string ueditor = xxgk_test::read_data_file("mammoth-raw-word-ueditor-grid.txt");
  const auto want = expected("html-ueditor-grid.json");
  CHECK(read(ueditor) == want);
  const std::string fgj = xxgk_test::read_data_file("mammoth-raw-word-shuyang-fgj-2023.txt");
  const auto want_fgj = expected("bs4-shuyang-fgj-2023.json");
  CHECK(read(fgj) == want_fgj);
  // a blank cell that left no paragraph (mammoth writes none for a cell without one): the row is
  // short, unread
  check_only_unread(replaced(ueditor, "50\n\n3\n\n\n\n（二）部分公开", "50\n\n3\n\n（二）部分公开"), want,
                    "section3/granted");
  // the same in the table's last row, spacer paragraphs after it: they end the table, no blank
  // cell of the row (three empty lines would make it the seven cells)
  const std::string last = "四、结转下年度继续办理\n\n0\n\n\n\n\n\n\n\n\n\n\n\n0\n\n\n\n\n\n四、";
  REQUIRE(fgj.find(last) != std::string::npos);
  check_only_unread(replaced(fgj, last, "四、结转下年度继续办理\n\n0\n\n\n\n\n\n\n\n\n\n0\n\n\n\n四、"), want_fgj,
                    "section3/carried_forward");
}

TEST_CASE("mammoth's markdown of a Word file: ASCII punctuation escaped with a backslash") {
  // mammoth's `convertToMarkdown` of LibreOffice's .docx of the real page
  // html-unmerged-shuyang-2025.html: no tables, a cell a paragraph, and every ASCII punctuation
  // escaped (`1\.属于国家秘密`, `4068\.208`, `\(以下简称《条例》\)`). At 106a340 the fee `4068\.208` was
  // no number (199 of 200 cells) and the eight labels `1\.` to `8\.` each an FMT.LABEL warning
  const std::string md = xxgk_test::read_data_file("mammoth-markdown-unmerged-shuyang-2025.md");
  REQUIRE(md.find("4068\\.208") != std::string::npos);
  CHECK(read(md) == expected("html-unmerged-shuyang-2025.json"));
  const auto parsed = xxgk::parse(md);
  REQUIRE(parsed.has_value());
  CHECK(count_rule(parsed->findings, xxgk::rules::fmt_label) == 0);
  // an escaped dash is the dash marker, an escaped point in a count or a point cut off no number
  const auto marked = xxgk::parse(replaced(md, "4068\\.208", "\\-"));
  REQUIRE(marked.has_value());
  CHECK(rows_of(marked->report).count("section2/administrative_fees") == 1);
  check_only_unread(replaced(md, "4068\\.208", "4068\\."), expected("html-unmerged-shuyang-2025.json"),
                    "section2/administrative_fees");
}

TEST_CASE("pandoc's AsciiDoc of a page: lines opened by bars and not closed, a bar at a line's end opens an empty last cell") {
  // `pandoc -f html -t asciidoc --wrap=none html-ueditor-grid.html` (Debian 12's pandoc 2.17):
  // each cell opened by a bar (`|447 |7 |0`), none closed, so a row whose last cell is empty
  // ends with a bar (`…|0 |0 |`), and a cell a merge covers is empty too (`| |（二）部分公开… | |447`).
  // Read as a markdown table's closing bar, that last bar made （二）'s cells one column off, the
  // empty cell after its label read as 自然人 (4 wrong numbers); its line is the full rows' shape
  // with the bar opening a cell. Rows whose last cell holds a line break (` +`) stay unread.
  const std::string text = xxgk_test::read_data_file("pandoc-asciidoc-ueditor-grid.txt");
  const auto want = expected("html-ueditor-grid.json");
  const std::initializer_list<std::string> unread = {
      "section3/withheld_law_prohibited", "section3/withheld_admin_query", "section3/unable_unclear",
      "section3/declined_publication",    "section3/declined_excessive",   "section3/other_unpaid_fee"};
  xxgk_test::check_unread(text, want, unread);
  const std::string row = "| |（二）部分公开（区分处理的，只计这一情形，不计其他情形） | |447 |7 |0 |0 |0 |0 |\n";
  REQUIRE(text.find(row) != std::string::npos);
  // the empty cell the label's merge covers left out: a cell short of the full rows, unread
  const auto short_row =
      read(replaced(text, row, "| |（二）部分公开（区分处理的，只计这一情形，不计其他情形） |447 |7 |0 |0 |0 |0 |\n"));
  xxgk_test::check_rows(short_row, want, {"section3/granted", "section3/withheld_state_secret"},
                        {"section3/partially_granted"});
}

TEST_CASE("pandoc's markdown of a page: bracketed spans are their text, their attributes no cells") {
  // `pandoc -f html -t markdown --wrap=none html-ueditor-grid.html` (pandoc 2.17): the page's
  // `<span style>` kept as `[1]{style="font-family: 宋体, SimSun; font-size: 14px;"}` in chapter
  // 二's and 四's tables (the `14` of every cell beside its number: those 25 cells unread),
  // chapter 三 as raw HTML. A span is `[` text `]{attributes}` on one line, the attributes `key=…`, `.class`
  // or `#id`: read as its text, the page's every cell
  const std::string text = xxgk_test::read_data_file("pandoc-markdown-ueditor-grid.md");
  const auto want = expected("html-ueditor-grid.json");
  CHECK(read(text) == want);
  const std::string span = "[447228]{style=\"font-family: 宋体, SimSun; font-size: 14px;\"}";
  REQUIRE(text.find(span) != std::string::npos);
  // braces that hold no attributes, or none closed on their line: text, whose digits stand
  // beside the row's number, which is unread
  check_only_unread(replaced(text, span, "[447228]{14px}"), want, "section2/licensing");
  check_only_unread(replaced(text, span, "[447228]{style=\"font-size:\n14px;\"}"), want, "section2/licensing");
}

TEST_CASE("PDF→markdown torn into small tables: a block of torn labels between two of them, a new table's width") {
  // markdown-shanghai-office-2025.md (a converter's real output): chapter 三 as small pipe tables,
  // each header row over its own delimiter; labels torn off their rows printed as lines of their
  // own before the rows they belong to. At 0111168 those labels made the table "scrambled"
  // (nothing of it read), and `| 2.重复申请 | … |  |`, a header over a delimiter of 9 cells, was
  // counted against the 8 of the table above it (unread)
  const std::string text = xxgk_test::read_data_file("markdown-shanghai-office-2025.md");
  const auto want = expected("markdown-shanghai-office-2025.json");
  REQUIRE(want.size() == 29);
  CHECK(read(text) == want);
  const std::string torn = "5.要求行政机关确认或重新出具\n已获取信息\n1.申请人无正当理由逾期不补正、\n";
  REQUIRE(text.find(torn) != std::string::npos);
  // numbers among the torn labels: the reading order is scrambled, and the table is read by its
  // rows that stand whole on a line of cells, and the bare rows between two of them that are as
  // many as the rows the format has there: as the fixture has it (at 104337c nothing of chapter 三)
  CHECK(read(replaced(text, torn, "5.要求行政机关确认或重新出具\n已获取信息\n| 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
                                  "1.申请人无正当理由逾期不补正、\n")) == want);
  // a torn label on a line with a number
  CHECK(read(replaced(text, torn, "5.要求行政机关确认或重新出具 0\n已获取信息\n1.申请人无正当理由逾期不补正、\n")) == want);
  // without the delimiter under 2.重复申请's line, the line is one cell wider than its table
  const std::string duplicate = "| 2.重复申请 | 16 | 0 | 0 | 0 | 0 | 0 | 16 |  |\n|---|---|---|---|---|---|---|---|---|\n";
  REQUIRE(text.find(duplicate) != std::string::npos);
  check_only_unread(replaced(text, duplicate, "| 2.重复申请 | 16 | 0 | 0 | 0 | 0 | 0 | 16 |  |\n"), want,
                    "section3/declined_duplicate");
}

TEST_CASE("PDF→markdown whose table's labels stand out of order: the rows whole on one line of cells are read") {
  // markdown-shanghai-kewei-2024.md (a converter's real output): chapter 三's labels torn over
  // lines stand before rows of numbers without labels and before whole rows, out of the format's
  // order. At 104337c none of chapter 三 was read; now its rows whose label and seven numbers stand
  // on one line of cells are, and the bare rows between two of them where they are as many as the
  // rows the format has there (FMT.ROW_BY_POSITION), the rest not (四、结转下年度继续办理's total is an
  // empty cell; （五）4 to （六）2, a number alone among their torn labels)
  const std::string text = xxgk_test::read_data_file("markdown-shanghai-kewei-2024.md");
  const auto want = expected("markdown-shanghai-kewei-2024.json");
  REQUIRE(want.at("section3/withheld_process_info") == std::vector<std::string>{"1", "0", "0", "0", "0", "0", "1"});
  REQUIRE(want.count("section3/carried_forward") == 0);
  REQUIRE(want.at("section3/withheld_internal_affairs") == std::vector<std::string>{"1", "0", "0", "0", "0", "0", "1"});
  REQUIRE(want.count("section3/other_overdue_correction") == 0);
  CHECK(read(text) == want);
  // a number alone among the torn labels between two rows read: the bare row there is not placed
  const std::string torn = "（二）部分公开（区分处理的，只\n度办\n";
  REQUIRE(text.find(torn) != std::string::npos);
  check_only_unread(replaced(text, torn, "（二）部分公开（区分处理的，只\n3\n度办\n"), want, "section3/partially_granted");
  // chapter 二: （五） to （八） as text lines, then （一）'s table under a converter's caption
  // `## 表二：主动公开政府信息情况` (no chapter heading: at 104337c only （一） was read), its labels out of
  // the format's order: dropped as strays, they end 行政事业性收费's cells, and are read as whole lines
  REQUIRE(want.at("section2/licensing") == std::vector<std::string>{"97"});
  REQUIRE(want.at("section2/administrative_fees") == std::vector<std::string>{"0"});
  REQUIRE(want.at("section2/normative_documents") == std::vector<std::string>{"13", "0", "55"});
  const std::string regulations = "| 规章 | 0 | 0 | 0 |\n";
  REQUIRE(text.find(regulations) != std::string::npos);
  check_only_unread(replaced(text, regulations, "| 规章 | 0 | 0 |\n"), want, "section2/regulations");
  const std::string row = "| 6.属于四类过程性信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n";
  // the row unread, and so the bare row before it (5.属于三类内部事务信息's): one bare row between two
  // rows read that lack two
  const auto unread_with_bare_row = [&](const std::string& edited) {
    xxgk_test::check_unread(edited, want, {"section3/withheld_process_info", "section3/withheld_internal_affairs"});
  };
  REQUIRE(text.find(row) != std::string::npos);
  // an empty cell among the numbers (a cell the converter lost)
  unread_with_bare_row(replaced(text, row, "| 6.属于四类过程性信息 | 1 |  | 0 | 0 | 0 | 0 | 1 |\n"));
  // a number before the label on its line, or the label found twice
  unread_with_bare_row(replaced(text, row, "| 1 | 6.属于四类过程性信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"));
  unread_with_bare_row(replaced(text, row, row + "6.属于四类过程性信息\n"));
  // a piece of another row's label before it in a cell of its own: whose numbers they are is unknown
  unread_with_bare_row(replaced(text, row, "| 4.无正当理由大量反复 | 6.属于四类过程性信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"));
  // another row's label on the line: neither is read
  const std::string two = "| 7.属于行政执法案卷 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n| 8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n";
  REQUIRE(text.find(two) != std::string::npos);
  const auto got = read(replaced(text, two, "| 7.属于行政执法案卷 | 8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"));
  CHECK(got.count("section3/withheld_enforcement_file") == 0);
  CHECK(got.count("section3/withheld_admin_query") == 0);
  CHECK(got.at("section3/withheld_process_info") == want.at("section3/withheld_process_info"));
}

TEST_CASE("a crawler's text whose bars stand each on a line: a row opened by its first cell, each next cell after a bar") {
  // excerpt-bar-lines-2021.txt, a real page of the reference crawl (a Sichuan county site): `| 规章`,
  // `|`, `0`, `|`, `0`, `|`, `0`, `|`, then `| 行政规范性文件`; a short row's missing cells as a line of
  // bars (`||`). At 104337c each row lost its last number (`3 values expected, 2 found`)
  const std::string text = xxgk_test::read_data_file("excerpt-bar-lines-2021.txt");
  const auto want = expected("excerpt-bar-lines-2021.json");
  REQUIRE(want.at("section2/regulations") == std::vector<std::string>{"0", "0", "0"});
  CHECK(read(text) == want);
  const std::string row = "| 规章\n|\n0\n|\n0\n|\n0\n|\n";
  REQUIRE(text.find(row) != std::string::npos);
  // a bar lost between two cells: one cell of two lines, its numbers in their order, as they were
  CHECK(read(replaced(text, row, "| 规章\n|\n0\n0\n|\n0\n|\n")) == want);
  // a cell's line lost: unread
  check_only_unread(replaced(text, row, "| 规章\n|\n0\n|\n0\n|\n"), want, "section2/regulations");
  // an empty cell between two, and bars after the last cell's: which of those are cells (an empty
  // last cell) and which the padding of a short row is unknown, and the row is unread
  check_only_unread(replaced(text, row, "| 规章\n|\n0\n|\n|\n0\n|\n|\n"), want, "section2/regulations");
  // an empty cell between two and only the last cell's bar after them: a blank at its place
  const auto got = read(replaced(text, row, "| 规章\n|\n0\n|\n|\n0\n|\n"));
  CHECK(got.at("section2/regulations") == std::vector<std::string>{"0", "null", "0"});
}

TEST_CASE("a cell a paragraph: a row the format lacks after a full row ends it") {
  // excerpt-other-documents-2020.txt, a real page of the reference crawl (Hubei's template): after
  // 规范性文件's `34`, `4`, `47`, each a paragraph, comes `其他主动公开文件(…)` with `0` three times.
  // At 104337c 规范性文件 was unread (`3 values expected, 6 found`)
  const std::string text = xxgk_test::read_data_file("excerpt-other-documents-2020.txt");
  const auto want = expected("excerpt-other-documents-2020.json");
  REQUIRE(want.at("section2/normative_documents") == std::vector<std::string>{"34", "4", "47"});
  CHECK(read(text) == want);
  const std::string cells = "\n\n34\n\n4\n\n47\n\n";
  REQUIRE(text.find(cells) != std::string::npos);
  // a number short before the words (a blank lost), or one empty line more before one of them
  // (a blank cell's paragraph, or another way of writing), or words between two numbers: unread
  check_only_unread(replaced(text, cells, "\n\n34\n\n47\n\n"), want, "section2/normative_documents");
  check_only_unread(replaced(text, cells, "\n\n34\n\n\n4\n\n47\n\n"), want, "section2/normative_documents");
  check_only_unread(replaced(text, cells, "\n\n34\n\n4\n\n件\n\n47\n\n"), want, "section2/normative_documents");
}

TEST_CASE("text whose empty cells held paragraphs: each empty cell's bar on a line of its own") {
  // excerpt-bar-blanks-2020.txt, a real page of the reference crawl: `一、本年新收… | 25 |`, then
  // `|` four times, then `| 25 |`, each bar closing a cell. At 0111168 chapter 三's rows were unread
  const std::string text = xxgk_test::read_data_file("excerpt-bar-blanks-2020.txt");
  const auto want = expected("excerpt-bar-blanks-2020.json");
  REQUIRE(want.at("section3/new_received") ==
          std::vector<std::string>{"25", "null", "null", "null", "null", "null", "25"});
  CHECK(read(text) == want);
  // an empty cell's line lost: six cells for seven columns, unread
  const std::string row = "一、本年新收政府信息公开申请数量 | 25 |\n|\n|\n|\n|\n| 25 |\n";
  REQUIRE(text.find(row) != std::string::npos);
  check_only_unread(replaced(text, row, "一、本年新收政府信息公开申请数量 | 25 |\n|\n|\n|\n| 25 |\n"), want,
                    "section3/new_received");
  // one too many: eight, unread
  check_only_unread(replaced(text, row, "一、本年新收政府信息公开申请数量 | 25 |\n|\n|\n|\n|\n|\n| 25 |\n"), want,
                    "section3/new_received");
}

TEST_CASE("a blank written `_`: a marker, as `/` and `-` are") {
  // excerpt-underscore-blanks-2020.txt, a real page of the reference crawl: 规章 `_ _ _`, 规范性文件
  // `_ 3 3`, a cell a paragraph. At 0111168 `_` was a word and neither row was read
  const std::string text = xxgk_test::read_data_file("excerpt-underscore-blanks-2020.txt");
  const auto want = expected("excerpt-underscore-blanks-2020.json");
  REQUIRE(want.at("section2/normative_documents") == std::vector<std::string>{"null", "3", "3"});
  CHECK(read(text) == want);
  const auto parsed = xxgk::parse(text);
  REQUIRE(parsed.has_value());
  const auto* r = parsed->report.get<xxgk::edition_2019_t>();
  REQUIRE(r != nullptr);
  CHECK((*r)(xxgk::s2_2019::regulations, xxgk::s2_2019::new_made).mark == xxgk::marker::underscore);
  // two underscores, or one beside a number, are no marker: the row is unread
  const std::string row = "规范性文件\n\n_\n\n3";
  REQUIRE(text.find(row) != std::string::npos);
  check_only_unread(replaced(text, row, "规范性文件\n\n__\n\n3"), want, "section2/normative_documents");
  check_only_unread(replaced(text, row, "规范性文件\n\n_3\n\n3"), want, "section2/normative_documents");
}

TEST_CASE("labels listed in a sentence before the table are no rows, and do not scramble it") {
  // excerpt-labels-in-prose-2022.txt, a real page of the reference crawl: `未对外公开发布规章、行政
  // 规范性文件、行政处罚、行政强制等内容` before chapter 二's tables. At 0111168 the table was
  // "scrambled" (its labels out of the format's order) and unread
  const std::string text = xxgk_test::read_data_file("excerpt-labels-in-prose-2022.txt");
  const auto want = expected("excerpt-labels-in-prose-2022.json");
  REQUIRE(want.at("section2/regulations") == std::vector<std::string>{"0", "0", "0"});
  CHECK(read(text) == want);
  // the same labels with nothing to say they are a list's items: which are the rows is unknown
  const std::string list = "规章、行政规范性文件、行政处罚、行政强制等内容";
  REQUIRE(text.find(list) != std::string::npos);
  CHECK(read(replaced(text, list, "规章 行政规范性文件 行政处罚 行政强制 内容")).empty());
}

TEST_CASE("a cell a line, a chapter-二 table with an empty column at its right: its rows' last empty cell is that column's") {
  // excerpt-empty-column-2019.txt, a real page of the reference crawl: `信息内容 |`, the columns'
  // names, `|` (the empty column's header), then `行政许可 |`, `0 |`, `|`, `0 |`, `|`. At 0111168
  // （五）'s and （六）'s rows were unread
  const std::string text = xxgk_test::read_data_file("excerpt-empty-column-2019.txt");
  const auto want = expected("excerpt-empty-column-2019.json");
  REQUIRE(want.at("section2/licensing") == std::vector<std::string>{"0", "null", "0"});
  CHECK(read(text) == want);
  // （五）'s header without its empty cell: which of its rows' empty cells is too many is unknown
  const std::string header = "处理决定数量 |\n|\n行政许可 |";
  REQUIRE(text.find(header) != std::string::npos);
  xxgk_test::check_unread(replaced(text, header, "处理决定数量 |\n行政许可 |"), want,
                          {"section2/licensing", "section2/other_services"});
  // chapter 三's row 一 before the cut, whose next label the cut left a word (`二、上年结转政府信息公`):
  // its lines up to that word are its cells, as before a footnote (unread at 3b7b8e5); a line
  // fewer before the word (an empty cell lost) leaves it unread
  REQUIRE(want.at("section3/new_received") ==
          std::vector<std::string>{"null", "null", "null", "null", "null", "null", "0"});
  const std::string cut = "0 |\n||\n二、上年结转政府信息公";
  REQUIRE(text.ends_with(cut));
  CHECK(read(replaced(text, cut, "0 |\n||\n注：本表由本局办公室统计。\n")) == want);
  check_only_unread(replaced(text, "|\n|\n0 |\n||\n", "|\n0 |\n||\n"), want, "section3/new_received");
}

TEST_CASE("a cell a paragraph: chapter 四's row keeps its blanks where chapter 三's rows are read so") {
  // `"\n\n".join(cells)`, a blank cell an empty paragraph (the crawl's hantai and changtu pages,
  // html-shanghai-office-2019's tables in tests/layouts' text-cell-per-line-blank-lines). At
  // 0111168 chapter 四's row with blanks was unread (`15 values expected, 6 found`)
  const auto paragraphs = [](const std::vector<std::string>& cells) {
    std::string out;
    for (const std::string& c : cells) out += c + "\n\n";
    return out;
  };
  const std::string s3 = paragraphs({"三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量", "5", "0", "0",
                                     "0", "0", "0", "5", "二、上年结转政府信息公开申请数量", "1", "0", "0", "0", "0",
                                     "0", "1", "（一）予以公开", "3", "0", "0", "0", "0", "0", "3"});
  const std::string head = paragraphs({"四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼", "结果维持", "结果纠正",
                                       "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉", "结果维持",
                                       "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果",
                                       "尚未审结", "总计"});
  const std::vector<std::string> row = {"5", "", "", "2", "7", "8", "", "", "1", "9", "", "", "", "", ""};
  const std::string tail = "五、存在的主要问题及改进情况\n\n无。\n";
  const auto got = read(s3 + head + paragraphs(row) + tail);
  REQUIRE(got.count("section4/reconsideration") == 1);
  CHECK(got.at("section4/reconsideration") == std::vector<std::string>{"5", "null", "null", "2", "7"});
  CHECK(got.at("section4/litigation_direct") == std::vector<std::string>{"8", "null", "null", "1", "9"});
  CHECK(got.at("section4/litigation_after_reconsideration") ==
        std::vector<std::string>{"null", "null", "null", "null", "null"});
  // an empty line too many among its cells: which is a blank cell is unknown, the row unread
  auto more = row;
  more[1] = "\n";
  CHECK(read(s3 + head + paragraphs(more) + tail).count("section4/reconsideration") == 0);
}

TEST_CASE("cells joined by bars, a row's first cells blank: its cells, where every line of cells ends with a bar") {
  // excerpt-blank-first-cells.txt, a real page of the reference crawl: `二、上年结转… | | | | | | | 0 |`,
  // its applicants' cells blank and its total 0. Where a line not opened by a bar may end in a
  // last cell (`… | 3`), the bar at its end may open an empty one, and the empty cell after the
  // label be one its merge spans: at 14b8ce1 every such row was unread (`7 values expected, 1
  // found`). Here every line of cells ends with a bar, so the bar closes the line
  const std::string text = xxgk_test::read_data_file("excerpt-blank-first-cells.txt");
  const auto want = expected("excerpt-blank-first-cells.json");
  REQUIRE(want.at("section3/carried_over") ==
          std::vector<std::string>{"null", "null", "null", "null", "null", "null", "0"});
  CHECK(read(text) == want);
  // one line of cells that ends with a cell: which end each row's numbers stand at is unknown
  // again, and chapter 三's rows with a blank first cell stay unread (their first cells blank
  // or not, as at 14b8ce1, where a blank between two values is a doubt too)
  const std::string normative = "行政规范性文件 | 3 | 0 | 101 |\n";
  REQUIRE(text.find(normative) != std::string::npos);
  const auto got = read(replaced(text, normative, "行政规范性文件 | 3 | 0 | 101\n"));
  CHECK(got.at("section2/normative_documents") == want.at("section2/normative_documents"));
  CHECK(std::none_of(got.begin(), got.end(), [](const auto& row) { return row.first.rfind("section3/", 0) == 0; }));
  // AsciiDoc's rows (tests/data/pandoc-asciidoc-ueditor-grid.txt) open every line with a bar: one at
  // the end opens an empty last cell, and `| |（二）部分公开… | |447 |…| 0 |` stays unread there
}

TEST_CASE("a cell and its bar a line, each row opened by a bar alone: the opener is no empty cell") {
  // excerpt-row-openers-2022.txt, a real page of the reference crawl: `|`, `规章 |`, `0 |`, `0 |`,
  // `|` (现行有效件数 blank), `|` (the next row's opener), `行政规范性文件 |`; a short row's padding
  // after its last cell's bar (`0 | ||`). At 14b8ce1 规章 was unread (`3 values expected, 2 found`)
  const std::string text = xxgk_test::read_data_file("excerpt-row-openers-2022.txt");
  const auto want = expected("excerpt-row-openers-2022.json");
  REQUIRE(want.at("section2/regulations") == std::vector<std::string>{"0", "0", "null"});
  CHECK(read(text) == want);
  const std::string row = "规章 |\n0 |\n0 |\n|\n|\n行政规范性文件 |\n";
  REQUIRE(text.find(row) != std::string::npos);
  // the empty cell's bar lost (the one left is the opener), or one too many: unread
  check_only_unread(replaced(text, row, "规章 |\n0 |\n0 |\n|\n行政规范性文件 |\n"), want, "section2/regulations");
  check_only_unread(replaced(text, row, "规章 |\n0 |\n0 |\n|\n|\n|\n行政规范性文件 |\n"), want, "section2/regulations");
}

TEST_CASE("rows opened by a bar alone: a row the format lacks after a full row ends it") {
  // excerpt-row-openers-notes-2020.txt, a real page of the reference crawl (Hubei's 2020
  // template): after 规范性文件's `87 |`, `0 |`, `0 |` comes `其他主动公开文件（…）`, a row of its
  // own with `0 |` three times. At 14b8ce1 its numbers were taken as 规范性文件's (`3 values
  // expected, 6 found`)
  const std::string text = xxgk_test::read_data_file("excerpt-row-openers-notes-2020.txt");
  const auto want = expected("excerpt-row-openers-notes-2020.json");
  REQUIRE(want.at("section2/normative_documents") == std::vector<std::string>{"87", "0", "0"});
  CHECK(read(text) == want);
  // a row short of a cell before that row: the first line of words is not where its cells end
  const std::string cells = "87 |\n0 |\n0 |\n";
  REQUIRE(text.find(cells) != std::string::npos);
  check_only_unread(replaced(text, cells, "87 |\n0 |\n"), want, "section2/normative_documents");
}

TEST_CASE("a cell a paragraph, an empty cell one empty line: read so where two rows say it and none the other way") {
  // excerpt-collapsed-blanks-2020.txt, a real page of the reference crawl: `一、本年新收…`, seven empty
  // lines, `0`: the empty line after the label, then one for each of six blank cells (where empty
  // cells leave two, an empty paragraph and the line after it, seven lines are three blank cells
  // and the row is short). At 14b8ce1 chapter 三's rows were unread
  const std::string text = xxgk_test::read_data_file("excerpt-collapsed-blanks-2020.txt");
  const auto want = expected("excerpt-collapsed-blanks-2020.json");
  REQUIRE(want.at("section3/granted") ==
          std::vector<std::string>{"null", "null", "null", "null", "null", "null", "0"});
  CHECK(read(text) == want);
  const std::string row = "(一)予以公开\n\n\n\n\n\n\n\n0\n";
  REQUIRE(text.find(row) != std::string::npos);
  // an empty line lost: five blank cells and the total, a cell short: unread
  check_only_unread(replaced(text, row, "(一)予以公开\n\n\n\n\n\n\n0\n"), want, "section3/granted");
  // a row whose blank cells stand two empty lines each (six: thirteen lines): which way the text
  // writes them is unknown, and only that row is read
  const auto got = read(replaced(text, row, "(一)予以公开\n\n\n\n\n\n\n\n\n\n\n\n\n\n0\n"));
  CHECK(got.at("section3/granted") == want.at("section3/granted"));
  CHECK(std::count_if(got.begin(), got.end(), [](const auto& r) { return r.first.rfind("section3/", 0) == 0; }) == 1);
  // excerpt-collapsed-trailing-2023.txt, another real page: no row of chapter 三 fills every cell
  // (chapter 二's do, a cell a paragraph), a row's blank cells after its last number one empty
  // line each (`(一)予以公开`, ` `, `4`, seven empty lines: its total blank), rows all blank (a
  // label, eight empty lines), and the excerpt cut in 6.属于四类过程性信息 (no label after it: unread).
  // At 3b7b8e5 chapter 三 was unread
  const auto trailing_want = expected("excerpt-collapsed-trailing-2023.json");
  REQUIRE(trailing_want.at("section3/granted") ==
          std::vector<std::string>{"4", "null", "null", "null", "null", "null", "null"});
  CHECK(read(xxgk_test::read_data_file("excerpt-collapsed-trailing-2023.txt")) == trailing_want);
}

TEST_CASE("a cell and its bar a line, rows short of a cell padded with a bar alone: a row one empty cell short is not read") {
  // trafilatura's text where a row short of its table's cells ends with a bar for each
  // (tests/layouts' text-bar-ended-cells-padded): a row short of one cell ends with `|` alone,
  // as an empty cell does. A row that lost an empty cell's bar has its cells' count, its
  // padding read as its last cell: at 4d1373e `2 |`, `|` ×4, `2 |`, `|` was read 2 | … | 2 | blank
  // (tests/layouts/mutations.py, a bar alone lost)
  struct row {
    std::vector<std::string> labels;
    std::vector<std::string> cells;  // "" blank
    std::size_t padding;
  };
  const std::vector<std::string> blanks_between = {"", "", "", "", ""};
  const auto with = [&](std::string first, std::string last) {
    std::vector<std::string> c{std::move(first)};
    c.insert(c.end(), blanks_between.begin(), blanks_between.end());
    c.push_back(std::move(last));
    return c;
  };
  const std::vector<row> rows = {
      {{"一、本年新收政府信息公开申请数量"}, with("5", "5"), 2},
      {{"二、上年结转政府信息公开申请数量"}, {"0", "0", "0", "0", "0", "0", "0"}, 2},
      {{"三、本年度办理结果", "（一）予以公开"}, with("3", "3"), 1},
      {{"（二）部分公开（区分处理的，只计这一情形，不计其他情形）"}, with("1", "1"), 2},
      {{"（三）不予公开", "1.属于国家秘密"}, with("2", "2"), 1},
      {{"2.其他法律行政法规禁止公开"}, {"0", "0", "0", "0", "0", "0", "0"}, 2},
      {{"（四）无法提供", "1.本机关不掌握相关政府信息"}, with("4", "4"), 1},
  };
  const auto text = [&](std::string_view short_of_a_blank) {
    std::string out = "某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n";
    for (const char* h : {"申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织",
                          "法律服务机构", "其他"})
      out += std::string(h) + " |\n";
    for (const row& r : rows) {
      for (const std::string& l : r.labels) out += l + " |\n";
      bool dropped = r.labels.back() != short_of_a_blank;
      for (const std::string& c : r.cells) {
        if (c.empty() && !dropped) {
          dropped = true;
          continue;
        }
        out += c.empty() ? "|\n" : c + " |\n";
      }
      out += std::string(r.padding, '|') + "\n";
    }
    return out + "四、政府信息公开行政复议、行政诉讼情况\n";
  };
  const auto whole = read(text(""));
  // rows padded by one bar have a line too many: unread; those padded by two read
  CHECK(whole.count("section3/granted") == 0);
  CHECK(whole.count("section3/withheld_state_secret") == 0);
  REQUIRE(whole.count("section3/new_received") == 1);
  CHECK(whole.at("section3/new_received") == std::vector<std::string>{"5", "null", "null", "null", "null", "null", "5"});
  // 1.属于国家秘密 one empty cell short: as many lines as cells, the last its padding: unread
  CHECK(read(text("1.属于国家秘密")) == whole);
}

TEST_CASE("a cell a paragraph, an empty cell one empty line: blank cells after the last number only as many as it lacks") {
  // where an empty cell leaves one empty line, a row's lines up to the next row's label hold one
  // empty line before each number, one for each blank cell and one after its last number: as
  // many empty lines as cells, and one. Blank cells after the last number are the empty lines
  // after it but the first, where they make the row whole; with an empty line too many among
  // the row's cells (tests/layouts/mutations.py, an empty line added to
  // text-cell-per-paragraph-collapsed: read shifted at e6a38f5, the trailing lines then counted
  // two a cell), the row has a cell too many, and is not read
  const std::string text = xxgk_test::read_data_file("excerpt-collapsed-blanks-2020.txt");
  const auto want = expected("excerpt-collapsed-blanks-2020.json");
  const std::string row = "(一)予以公开\n\n\n\n\n\n\n\n0\n\n";
  REQUIRE(text.find(row) != std::string::npos);
  // [1, blank ×4, 1, blank]: read so (unread at 3b7b8e5, no blank cell after the last number)
  auto blank_last = want;
  blank_last["section3/granted"] = {"1", "null", "null", "null", "null", "1", "null"};
  CHECK(read(replaced(text, row, "(一)予以公开\n\n1\n\n\n\n\n\n1\n\n\n")) == blank_last);
  // one empty line more among its blanks: eight cells
  check_only_unread(replaced(text, row, "(一)予以公开\n\n1\n\n\n\n\n\n\n1\n\n\n"), want, "section3/granted");
  // or after its last number
  check_only_unread(replaced(text, row, "(一)予以公开\n\n1\n\n\n\n\n\n1\n\n\n\n"), want, "section3/granted");
  // a row all blank: its label, then one empty line and one for each of its cells
  auto all_blank = want;
  all_blank["section3/granted"] = std::vector<std::string>(7, "null");
  CHECK(read(replaced(text, row, "(一)予以公开\n\n\n\n\n\n\n\n\n")) == all_blank);
}

TEST_CASE("a document's paragraphs, then its tables (python-docx): chapter 二's tables after chapter 三's heading") {
  // `"\n".join(p.text for p in doc.paragraphs)`, then each table's rows (python-docx 0.8.11 on a
  // .docx LibreOffice made of the real page): every heading stands before the first table, so
  // chapter 二's rows came after chapter 三's heading, where only chapter 三's were looked for
  // (190 of 200 cells read). Its tables are read from their first caption (`第二十条第（一）项`)
  // to chapter 三's first row
  const std::string text = xxgk_test::read_data_file("python-docx-dedupe-shuyang-fgj-2023.txt");
  const auto want = expected("shuyang-fgj-2023.json");
  CHECK(read(text) == want);
  // each merged cell written into every column it spans (`row.cells` as it comes): the same
  const auto grid_want = expected("html-ueditor-grid.json");
  CHECK(read(xxgk_test::read_data_file("python-docx-ueditor-grid.txt")) == grid_want);
  // no caption: nothing says where chapter 二's tables begin, its rows stay unread
  std::string uncaptioned = text;
  for (const std::string caption : {"第二十条第（一）项\n", "第二十条第（五）项\n", "第二十条第（六）项\n", "第二十条第（八）项\n"})
    uncaptioned = replaced(uncaptioned, caption, "");
  const auto bare = read(uncaptioned);
  xxgk_test::check_read_right(bare, want);
  CHECK(bare.count("section2/regulations") == 0);
  CHECK(bare.count("section3/new_received") == 1);
  // a sentence between chapter 三's heading and the tables that names a row of chapter 二 with a
  // number is no row: the rows are looked for from the caption on
  const std::string heading = "三、收到和处理政府信息公开申请情况\n";
  const auto prose = read(replaced(text, heading, heading + "本年度制定规章 3 件。\n"));
  CHECK(prose == want);
}

TEST_CASE("a text browser's table drawn in ASCII (links -dump): rules under spanned header cells, rows that lost their group's cells") {
  // links 2.28's dump of the real Word page: `|   |-----|` under 申请人情况 is a rule of the
  // drawing, not a markdown delimiter row (at c8a74ca it made the table 3 cells wide, and every
  // row a line of another count: 25 of 200 cells read). A row under a merged group label has
  // its group's cells (`|            |                |1.属于国家秘密 |0 |…`), the rows beside no
  // group do not (`|一、本年新收… |26 |  |…|26 |`): as many cells after the label in each
  const std::string text = xxgk_test::read_data_file("links-shuyang-fgj-2023.txt");
  const auto want = expected("shuyang-fgj-2023.json");
  CHECK(read(text) == want);
  // a row that also lost a cell after its label: which is unknown, the row stays unread
  const std::string row = "|一、本年新收政府信息公开申请数量                                                      |26       |";
  check_only_unread(replaced(text, row + "          |", row), want, "section3/new_received");
  // and one that gained one there: the same
  check_only_unread(replaced(text, row, row + "          |"), want, "section3/new_received");

  // a 2019 report, its table indented: （六）其他处理 blank, beside no group, its cells all empty;
  // chapter 四's one line of 15 cells, an indented line's nothing before its first bar no cell
  const std::string office = xxgk_test::read_data_file("links-shanghai-office-2019.txt");
  const auto office_want = expected("html-shanghai-office-2019.json");
  CHECK(read(office) == office_want);
  const std::string other = "| （六）其他处理                        |     |";
  check_only_unread(replaced(office, other, "| （六）其他处理                        |"), office_want,
                    "section3/other_handling");
  const std::string s4 = "| 5    |      |      | 2    |";
  check_chapter4_unread(replaced(office, s4, "| 5    |      | 2    |"), office_want);
}

TEST_CASE("WebDriver's text of a page whose empty cells hold &nbsp;: a blank cell as spaces opening the next line") {
  // chromedriver's element text (Selenium's `.text`) of the real page: a cell a line, and each
  // empty cell's `<p>&nbsp;</p>` written as two spaces before the next cell that holds text
  // (`821` / `35` / `    2` / `1` / `859`: two blanks between 35 and 2), a row's last blanks
  // before the next row's label (`  （二）部分公开…`). At 27a2132: 22 cells of 198, chapter 二's
  const std::string text = xxgk_test::read_data_file("selenium-shanghai-office-2019.txt");
  const auto want = expected("html-shanghai-office-2019.json");
  CHECK(read(text) == want);
  const auto parsed = xxgk::parse(text);
  REQUIRE(parsed.has_value());
  CHECK(count_rule(parsed->findings, xxgk::rules::fmt_inferred_blank) == 0);
  CHECK(count_rule(parsed->findings, xxgk::rules::fmt_unreadable_row) == 0);
  // a blank names the line and column of its spaces: 科研机构's two at the start of `    2`
  const auto* r2019 = parsed->report.get<xxgk::edition_2019_t>();
  REQUIRE(r2019 != nullptr);
  const xxgk::cell& blank = (*r2019)(xxgk::s3::new_received, xxgk::s3::research);
  CHECK(blank.is_blank());
  CHECK(blank.pos.line == 81);
  CHECK(blank.pos.column == 1);
  CHECK((*r2019)(xxgk::s3::new_received, xxgk::s3::social_welfare).pos.column == 3);

  // a run one space short: that row's blanks are no whole cells, the row stays unread
  check_only_unread(replaced(text, "35\n    2\n", "35\n   2\n"), want, "section3/new_received");
  // two of its numbers lost: four spaces for four blanks would be blanks of one space, which a
  // blank never is (its U+00A0 and the space after): unread, and the others still read
  check_only_unread(replaced(text, "821\n35\n    2\n", "    2\n"), want, "section3/new_received");
  // one row whose blanks are three spaces wide among rows of two: the chapter's blanks have no
  // one width, none of its rows is read so
  const auto without_indented_rows = [&](const std::string& edited) {
    const auto p = xxgk::parse(edited);
    REQUIRE(p.has_value());
    const auto rows = rows_of(p->report);
    for (const char* row : {"section3/new_received", "section3/granted", "section3/outcome_total"}) {
      CAPTURE(row);
      CHECK(rows.count(row) == 0);
    }
    CHECK(rows.count("section2/regulations") == 1);
  };
  without_indented_rows(replaced(text, "18\n          18\n", "18\n               18\n"));
  // a full row whose number stands after spaces: the text indents lines for other reasons, no
  // run of spaces is a blank
  without_indented_rows(replaced(text, "13\n13\n524\n", "13\n13\n  524\n"));

  // a 2021 report, the real Word page whose empty cells (`<p> </p>`, which leave no trace) were
  // written `<p>&nbsp;</p>`: chapter 三's rows 26 / 26 and 0 / 0, five blanks between
  const std::string fgj = xxgk_test::read_data_file("selenium-nbsp-shuyang-fgj-2023.txt");
  const auto fgj_want = expected("shuyang-fgj-2023.json");
  CHECK(read(fgj) == fgj_want);
  // the same text with the blanks' spaces gone, as the page itself gives it: unread
  std::string bare;
  for (std::size_t at = 0; at < fgj.size();) {
    const std::size_t end = std::min(fgj.find('\n', at), fgj.size());
    const std::string line = fgj.substr(at, end - at);
    bare += line.substr(std::min(line.find_first_not_of(' '), line.size())) + "\n";
    at = end + 1;
  }
  const auto fgj_bare = xxgk::parse(bare);
  REQUIRE(fgj_bare.has_value());
  CHECK(rows_of(fgj_bare->report).count("section3/new_received") == 0);
}

TEST_CASE("WebDriver's text of a table whose cells hold bare text: a row a line, a blank cell a space of its own") {
  // the real page with its cells' paragraphs undone (`<td>821</td>`, `<td>&nbsp;</td>`, as CMS
  // editors write a table), through chromedriver: a row a line, its cells joined by a space and
  // a blank's U+00A0 written as a space too, so 2k + 1 spaces between two cells are k blanks and
  // 2k at the line's end are k (`821 35     2 1 859`; `258 12     1 1  `, a blank total). At
  // 27a2132: 22 cells of 198, chapter 二's (its rows, one space between cells, read whole)
  const std::string text = xxgk_test::read_data_file("selenium-rows-shanghai-office-2019.txt");
  const auto want = expected("html-shanghai-office-2019.json");
  CHECK(read(text) == want);
  const auto parsed = xxgk::parse(text);
  REQUIRE(parsed.has_value());
  CHECK(count_rule(parsed->findings, xxgk::rules::fmt_unreadable_row) == 0);
  const auto* r2019 = parsed->report.get<xxgk::edition_2019_t>();
  REQUIRE(r2019 != nullptr);
  const std::string row = "一、本年新收政府信息公开申请数量 821 35     2 1 859";
  const std::size_t research = text.find(row) + row.find("35") + 3;  // the first blank's space
  const xxgk::cell& blank = (*r2019)(xxgk::s3::new_received, xxgk::s3::research);
  CHECK(blank.is_blank());
  CHECK(blank.pos.line == 36);
  const std::size_t line_start = text.rfind('\n', research) + 1;
  const auto characters = std::count_if(text.begin() + static_cast<std::ptrdiff_t>(line_start),
                                        text.begin() + static_cast<std::ptrdiff_t>(research),
                                        [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
  CHECK(blank.pos.column == characters + 1);  // (columns count characters, from 1)
  // chapter 四's line of 15 cells, no label: at its start 2k spaces are k blanks too
  CHECK((*r2019)(xxgk::s4::reconsideration, xxgk::s4::corrected).is_blank());

  // one space too few between 35 and 2: four spaces are no whole blanks, the row stays unread
  check_only_unread(replaced(text, "821 35     2", "821 35    2"), want, "section3/new_received");
  // a row whose blanks are empty strings between single spaces (`821 35   2 1 859`, read so):
  // the chapter has rows of both kinds, the others are not read with a blank a space
  const auto p = xxgk::parse(replaced(text, "821 35     2", "821 35   2"));
  REQUIRE(p.has_value());
  const auto rows = rows_of(p->report);
  REQUIRE(rows.count("section3/new_received") == 1);
  CHECK(rows.at("section3/new_received") == want.at("section3/new_received"));
  for (const char* key : {"section3/carried_over", "section3/granted", "section3/outcome_total"}) {
    CAPTURE(key);
    CHECK(rows.count(key) == 0);
  }
  CHECK(rows.count("section2/regulations") == 1);
}

TEST_CASE("html2text: a cell merged down the rows written once, the rows it covers a cell short: read by the column sums") {
  // `python3 -m html2text --body-width=0` of html-word-grid's page, whose 总计 is one empty cell
  // merged down （三）1. to （六）3.: html2text writes it once, blank, closing 1.属于国家秘密's row
  // (`| ` and a line of spaces), and the 18 rows after it hold six cells for seven. In text cut
  // into cells a cell lost is a number lost unless that merged cell stood there: rows short of
  // one that follow the row read with that cell blank are placed by the column sums, inferred (at
  // c0373e0 they were unread: 74 cells of 200)
  const std::string md = xxgk_test::read_data_file("html2text-word-grid.md");
  const auto want = expected("html-word-grid.json");
  const auto parsed = xxgk::parse(md);
  REQUIRE(parsed.has_value());
  CHECK(rows_of(parsed->report) == want);
  CHECK(count_rule(parsed->findings, xxgk::rules::fmt_inferred_blank) == 18);
  CHECK(xxgk_test::placed_by_column_sums(*parsed, "section3/withheld_law_prohibited"));
  CHECK_FALSE(xxgk_test::placed_by_column_sums(*parsed, "section3/withheld_state_secret"));  // read whole
  // the merged cell's first row a cell short as well: no row read with that cell blank before the
  // short rows (a converter that lost a cell of each looks the same), and the column sums, which
  // would hold with 总计 empty, place none
  const std::string first_row_end = "0\n\n| \n\n   \n  \n2.其他法律";
  REQUIRE(md.find(first_row_end) != std::string::npos);
  const auto cut = xxgk::parse(replaced(md, first_row_end, "0   \n   \n2.其他法律"));
  REQUIRE(cut.has_value());
  const auto rows = rows_of(cut->report);
  xxgk_test::check_read_right(rows, want);
  CHECK(count_rule(cut->findings, xxgk::rules::fmt_inferred_blank) == 0);
  for (const char* row : {"section3/withheld_state_secret", "section3/withheld_law_prohibited", "section3/other_misc"}) {
    CAPTURE(row);
    CHECK(rows.count(row) == 0);
  }
  CHECK(rows.count("section3/granted") == 1);
}

TEST_CASE("rows one number short, a column left empty down them: read by the column sums, inferred") {
  // html-word-grid's page merges the 总计 of （三） to （六） into one empty cell; pandoc's text of
  // it writes nothing there, so each of those 18 rows holds 6 numbers for 7 cells. Only 总计
  // left empty in them makes every other column's （七）总计 the sum of its rows: read so, each
  // number inferred, one FMT.INFERRED_BLANK a row (at fa018b0 the 18 rows were unread)
  const std::string text = xxgk_test::read_data_file("pandoc-rst-word-grid.txt");
  const auto want = expected("html-word-grid.json");
  const auto parsed = xxgk::parse(text);
  REQUIRE(parsed.has_value());
  const auto got = rows_of(parsed->report);
  xxgk_test::check_read_right(got, want);
  CHECK(count_rule(parsed->findings, xxgk::rules::fmt_inferred_blank) == 18);
  for (const char* row : {"section3/withheld_law_prohibited", "section3/declined_duplicate", "section3/other_misc"}) {
    CAPTURE(row);
    CHECK(xxgk_test::placed_by_column_sums(*parsed, row));
  }
  // rows read whole are not inferred
  CHECK_FALSE(xxgk_test::placed_by_column_sums(*parsed, "section3/granted"));
  CHECK(got.count("section3/granted") == 1);
  const auto short_rows_unread = [&](const std::string& edited) {
    const auto p = xxgk::parse(edited);
    REQUIRE(p.has_value());
    auto rows = rows_of(p->report);
    rows.erase("section3/outcome_total");  // (changed in one edit)
    xxgk_test::check_read_right(rows, want);
    CHECK(count_rule(p->findings, xxgk::rules::fmt_inferred_blank) == 0);
    CHECK(rows.count("section3/withheld_law_prohibited") == 0);
    CHECK(rows.count("section3/other_misc") == 0);
  };
  // （七）总计's 自然人 one more: no column left empty makes the other columns add up
  short_rows_unread(replaced(text, "（七）总计\n\n710\n", "（七）总计\n\n711\n"));
  // a row that lost another of its cells (its 6 written as nothing): 5 numbers, and with it no
  // column fits every row
  short_rows_unread(replaced(text, "2.重复申请\n\n6\n\n1\n", "2.重复申请\n\n1\n"));
  // a digit amid a row's label: a number there was lost into the words, not a cell left empty,
  // and that row is no part of the sums: none is read so
  short_rows_unread(replaced(text, "2.其他法律行政法规禁止公开\n", "2.其他法律行政法规禁止公开3\n"));
}

namespace {

/// The errors of a checked text, as "RULE table/row/column".
std::set<std::string> errors_of(const xxgk::checked_report& checked) {
  std::set<std::string> out;
  for (const auto& d : checked.diagnostics)
    if (d.severity == xxgk::severity::error) out.insert(d.rule + " " + d.table + "/" + d.row + "/" + d.column);
  return out;
}

}  // namespace

TEST_CASE("crawler text of a page whose empty cells hold &nbsp;: a U+00A0 a blank cell among cells run together") {
  // html-shanghai-office-2019.html as a crawler takes its text (cheerio's `$('body').text()`,
  // jsdom's and Chromium's `textContent`: the same bytes): the page's source is one line, so its
  // text is one line, cells run together, each empty cell's `&nbsp;` a U+00A0
  // (`…申请数量82135  21859二、上年结转…`, 821 | 35 | blank | blank | 2 | 1 | 859)
  const std::string text = xxgk_test::read_data_file("crawler-text-shanghai-office-2019.txt");
  const auto want = expected("html-shanghai-office-2019.json");
  const auto page = xxgk::check(xxgk_test::read_data_file("html-shanghai-office-2019.html"));
  REQUIRE(page.has_value());
  const auto checked = xxgk::check(text);
  REQUIRE(checked.has_value());
  // read: by the one split that adds up (一、本年新收, （七）总计, chapter 四, 二、上年结转: `18` five
  // U+00A0 `18`, not 1 | 8 and four blanks, one cell's two U+00A0), a row of seven U+00A0
  // (2.其他法律行政法规禁止公开); unread: digits run together where the total is blank
  // (6.属于四类过程性信息: `31` and five), no identity tells `3 | 1` from `31`, and a number of two
  // digits where the total is blank (1.属于国家秘密: `14` and six U+00A0 may be 1 | 4 and five
  // blanks, a cell's `&nbsp;&nbsp;` among them; read as printed at 6e57248)
  xxgk_test::check_rows(rows_of(checked->report), want,
                        {"section3/new_received", "section3/carried_over", "section3/outcome_total",
                         "section3/carried_forward", "section3/withheld_law_prohibited",
                         "section4/reconsideration", "section4/litigation_after_reconsideration"},
                        {"section3/withheld_process_info", "section3/withheld_state_secret"});
  // rows whose digits a total placed are inferred, a row of blanks is not
  const auto& inferred = checked->inferred;
  CHECK(std::count(inferred.begin(), inferred.end(), "section3.new_received.natural_person") == 1);
  CHECK(std::count(inferred.begin(), inferred.end(), "section3.carried_over.natural_person") == 1);
  CHECK(std::count(inferred.begin(), inferred.end(), "section3.withheld_law_prohibited.natural_person") == 0);
  // no error the page has not: at 070e7e6, S3.ROW failed 一、本年新收 and （七）总计 (`no reading of
  // 82135 21859 adds up`, read with each U+00A0 a space); the page's own errors, blank totals,
  // are found where the text shows them
  const auto page_errors = errors_of(*page);
  const auto text_errors = errors_of(*checked);
  for (const auto& e : text_errors) {
    CAPTURE(e);
    CHECK(page_errors.count(e) == 1);
  }
  CHECK(text_errors.count("S3.ROW section3/withheld_state_secret/total") == 0);  // (unread)
  CHECK(text_errors.count("S3.ROW section3/granted/total") == 1);  // `25812  11 `: no split adds up

  SUBCASE("a row of one-digit numbers among blanks is read as printed, total blank or not") {
    // `14` and six U+00A0 written `1` and six: no two cells' digits can have run together
    std::string one_digit = xxgk_test::replaced(text, "1.属于国家秘密14", "1.属于国家秘密1");
    const auto p = xxgk::check(one_digit);
    REQUIRE(p.has_value());
    const auto* r = p->report.get<xxgk::edition_2019_t>();
    REQUIRE(r != nullptr);
    CHECK((*r)(xxgk::s3::withheld_state_secret, xxgk::s3::natural_person).value == xxgk::decimal{1, 0});
    CHECK_FALSE((*r)(xxgk::s3::withheld_state_secret, xxgk::s3::natural_person).inferred);
    CHECK((*r)(xxgk::s3::withheld_state_secret, xxgk::s3::total).is_blank());
    CHECK(errors_of(*p).count("S3.ROW section3/withheld_state_secret/total") == 1);
  }

  SUBCASE("empty cells that leave nothing: a row no split into seven adds up is no error when one with cells lost does") {
    // the same page whose empty cells hold nothing (`<td></td>`): `8213521859`; 821 | 35 | 2 | 1 |
    // 859 adds up, so the row may be right and stays unread
    std::string bare = text;
    for (std::size_t at = bare.find("\xC2\xA0"); at != std::string::npos; at = bare.find("\xC2\xA0", at))
      bare.erase(at, 2);
    const auto lost = xxgk::check(bare);
    REQUIRE(lost.has_value());
    const auto lost_errors = errors_of(*lost);
    for (const auto& e : lost_errors) {
      CAPTURE(e);
      CHECK(page_errors.count(e) == 1);
    }
    xxgk_test::check_rows(rows_of(lost->report), want, {}, {"section3/new_received", "section3/outcome_total"});
  }

  SUBCASE("empty cells that hold a full-width space (U+3000, typed in Word or WPS): read the same") {
    // at 6e57248 each U+3000 was a space: 14 cells read
    std::string ideographic = text;
    for (std::size_t at = ideographic.find("\xC2\xA0"); at != std::string::npos;
         at = ideographic.find("\xC2\xA0", at))
      ideographic.replace(at, 2, "\xE3\x80\x80");
    const auto same = xxgk::check(ideographic);
    REQUIRE(same.has_value());
    CHECK(rows_of(same->report) == rows_of(checked->report));
    CHECK(errors_of(*same) == text_errors);
    CHECK(same->inferred == checked->inferred);
  }
}

TEST_CASE("crawler text of a pretty-printed page: a cell every few lines, as the rows read whole say") {
  // shuyang-fgj-2023.html as a crawler takes its text (`textContent`, cheerio's `.text()`,
  // lxml's `text_content()`): the page's source is indented, a tag a line, so each cell's text
  // stands on a line of its own, three lines apart, between lines of the tags' indentation; a
  // blank cell (`<p> </p>`) a line of spaces. Chapter 二's rows, all cells numbers, say where a
  // cell stands: three lines apart, the next row's label five lines after the last. At 070e7e6,
  // 25 cells of 200 (chapter 三's rows, every one with blank cells, unread)
  const std::string text = xxgk_test::read_data_file("crawler-text-shuyang-fgj-2023.txt");
  const auto want = expected("shuyang-fgj-2023.json");
  CHECK(read(text) == want);
  // a blank cell's line lost (the row's lines one short): its later cells would move up a cell,
  // the row stays unread; the rows around it read as before
  const std::string blank_line = "\n      \n      \n       \n      \n      \n       \n      \n      \n      26\n";
  const std::size_t at = text.find("（一）予以公开");
  REQUIRE(at != std::string::npos);
  std::string lost = text;
  const std::size_t cut = lost.find(blank_line, at);
  REQUIRE(cut != std::string::npos);
  lost.erase(cut, std::string("\n      \n      \n       ").size());
  xxgk_test::check_rows(read(lost), want, {"section3/new_received", "section3/partially_granted"},
                        {"section3/granted"});
  // a row read whole whose numbers stand otherwise (two lines apart): no cell period is sure, and
  // chapter 三's rows with blank cells stay unread
  const std::string full_row = "规章\n      \n      \n      0\n      \n      \n      0\n      \n      \n      0\n";
  std::string mixed = xxgk_test::replaced(text, full_row, "规章\n      \n      0\n      \n      0\n      \n      0\n");
  xxgk_test::check_rows(read(mixed), want, {"section2/regulations"}, {"section3/new_received", "section3/granted"});
}

TEST_CASE("crawler text, cells run together: a row split several ways that add up, chosen by the column totals") {
  // html-gbk.html as a crawler takes its text (`textContent`): a row a line, its cells run
  // together, no empty cell (`（一）予以公开11751203101191`). Two splits of （一）'s digits add up
  // (1175 | 12 | 0 | 3 | 1 | 0 | 1191 and 1175 | 1 | 2 | 0 | 3 | 10 | 1191), and two of （七）总计's;
  // of the four choices, one makes every column's totals the sums of their parts (S3.TOTAL): both
  // rows are read so, inferred. 一、本年新收's two splits (3402 | 9 | 90 | … and 3402 | 99 | 0 | …)
  // stand in no column total, but in the balance (一 + 二 = （七）+ 四), which only the second keeps
  // in every column: read so, inferred. At 070e7e6 all three unread (151 cells of 200); at
  // 9b4aff9 一、本年新收 unread
  const std::string text = xxgk_test::read_data_file("crawler-text-html-gbk.txt");
  const auto want = expected("html-gbk.json");
  const auto parsed = xxgk::parse(text);
  REQUIRE(parsed.has_value());
  xxgk_test::check_rows(rows_of(parsed->report), want,
                        {"section3/granted", "section3/outcome_total", "section3/new_received"}, {});
  const auto* r = parsed->report.get<xxgk::edition_2021_t>();
  REQUIRE(r != nullptr);
  CHECK((*r)(xxgk::s3::granted, xxgk::s3::natural_person).inferred);
  CHECK((*r)(xxgk::s3::granted, xxgk::s3::total).inferred);
  CHECK((*r)(xxgk::s3::outcome_total, xxgk::s3::commercial).inferred);
  CHECK((*r)(xxgk::s3::carried_over, xxgk::s3::total).is_present());  // read, by its one split
  CHECK((*r)(xxgk::s3::carried_over, xxgk::s3::total).inferred);
  const auto granted = std::count_if(parsed->findings.begin(), parsed->findings.end(), [](const auto& f) {
    return f.rule == &xxgk::rules::fmt_inferred_row && f.row == "granted" &&
           f.detail.find("the only one with which every column's totals are too") != std::string::npos;
  });
  CHECK(granted == 1);
  CHECK((*r)(xxgk::s3::new_received, xxgk::s3::commercial).inferred);
  const auto by_balance = std::count_if(parsed->findings.begin(), parsed->findings.end(), [](const auto& f) {
    return f.rule == &xxgk::rules::fmt_inferred_row && f.row == "new_received" &&
           f.detail.find("the only one with which every column balances (S3.BALANCE)") != std::string::npos;
  });
  CHECK(by_balance == 1);
  // a part's digits changed (2.其他法律行政法规禁止公开 `280000028`, read as 28 | … | 28): no choice
  // makes column 自然人 add up, and both rows stay unread
  const auto broken = read(xxgk_test::replaced(text, "270000027", "280000028"));
  CHECK(broken.count("section3/granted") == 0);
  CHECK(broken.count("section3/outcome_total") == 0);
  CHECK(broken.count("section3/withheld_state_secret") == 1);
  // 四、结转's 自然人 one more (119 | 3 | … | 122, still adding up): neither split of 一 balances
  // column 自然人, and 一 stays unread; the rows the column totals chose are read as before
  const auto unbalanced = read(xxgk_test::replaced(text, "四、结转下年度继续办理11830000121", "四、结转下年度继续办理11930000122"));
  CHECK(unbalanced.count("section3/new_received") == 0);
  CHECK(unbalanced.count("section3/granted") == 1);
  CHECK(unbalanced.count("section3/carried_forward") == 1);
}

TEST_CASE("a crawler's one-line text: a row left empty, and rows that lost their empty 总计, read by the column sums") {
  // html-ueditor-grid.html as BeautifulSoup's `get_text(' ', strip=True)` takes it: one line, no
  // empty cell kept. （五）3.要求提供公开出版物 is empty on the page (its label right before 4.'s), and
  // （一） to （六） leave 总计 empty: 6 numbers each for 7 cells. A crawler's text keeps the page's
  // order, so （五）3. is a row all blank, and then only 总计 left empty in the 20 short rows makes
  // every other column's （七）总计 the sum of its parts. At 6e57248 53 cells of 200 were read
  const std::string text = xxgk_test::read_data_file("crawler-one-line-ueditor-grid.txt");
  const auto want = expected("html-ueditor-grid.json");
  const auto parsed = xxgk::parse(text);
  REQUIRE(parsed.has_value());
  const auto got = rows_of(parsed->report);
  CHECK(got == want);
  CHECK(count_rule(parsed->findings, xxgk::rules::fmt_inferred_blank) == 20);
  CHECK(xxgk_test::placed_by_column_sums(*parsed, "section3/granted"));
  CHECK_FALSE(xxgk_test::placed_by_column_sums(*parsed, "section3/declined_publication"));  // (no number)
  const auto* r = parsed->report.get<xxgk::edition_2021_t>();
  REQUIRE(r != nullptr);
  CHECK((*r)(xxgk::s3::declined_publication, xxgk::s3::natural_person).is_blank());
  CHECK((*r)(xxgk::s3::declined_excessive, xxgk::s3::total).is_blank());
  CHECK((*r)(xxgk::s3::declined_excessive, xxgk::s3::natural_person).inferred);
  // the page's own errors, 总计 blank under numbers, as the page itself shows them (S3.ROW on the
  // 19 rows whose parts are not all 0, S3.TOTAL on 总计's column)
  const auto rules_of = [](const std::string& source) {
    std::multiset<std::string> out;
    const auto checked = xxgk::check(source);
    REQUIRE(checked.has_value());
    for (const xxgk::diagnostic& d : checked->diagnostics)
      if (d.severity == xxgk::severity::error) out.insert(d.rule);
    return out;
  };
  const auto errors = rules_of(text);
  CHECK(errors.count("S3.ROW") == 19);
  CHECK(errors.size() == 20);
  CHECK(errors == rules_of(xxgk_test::read_data_file("html-ueditor-grid.html")));
  // not where the text may be a PDF's, whose reading order may stack two labels before the
  // numbers of the first (`3.… 4.… 0 0 0 0 0 0`: 3.'s, 4. blank): a form feed (a page's end), or
  // no paragraph on one line (here: no `。`)
  std::string no_stop = text;
  for (std::size_t at = no_stop.find("。"); at != std::string::npos; at = no_stop.find("。", at))
    no_stop.replace(at, std::string_view("。").size(), "；");
  for (const std::string& pdf_like : {text + "\f", no_stop}) {
    const auto rows = read(pdf_like);
    xxgk_test::check_read_right(rows, want);
    CHECK(rows.count("section3/declined_publication") == 0);
    CHECK(rows.count("section3/declined_excessive") == 0);
    CHECK(rows.count("section3/granted") == 0);
    CHECK(rows.count("section3/new_received") == 1);
  }
}

TEST_CASE("pdftotext -layout: a label alone on its line before a row whose numbers stand beside its label is a row left empty") {
  // html-ueditor-grid.html printed to PDF by Chromium, through `pdftotext -layout`: each row's
  // numbers on its label's line (amid a wrapped label's lines), （五）3.要求提供公开出版物 alone on
  // its line, then （五）不予处理 (merged down its group) alone on the next, then 4.'s label with
  // its numbers beside it. A text laid out by position puts a row's numbers where its label is:
  // 3. is the row left empty, and the 20 rows whose 总计 the page leaves empty are placed by the
  // column sums. At 34b5131 53 cells of 200 were read (3. unknown, no column sum said anything)
  const std::string text = xxgk_test::read_data_file("pdftotext-layout-print-ueditor-grid.txt");
  const auto want = expected("html-ueditor-grid.json");
  const auto parsed = xxgk::parse(text);
  REQUIRE(parsed.has_value());
  CHECK(rows_of(parsed->report) == want);
  CHECK(count_rule(parsed->findings, xxgk::rules::fmt_inferred_blank) == 20);
  CHECK(xxgk_test::placed_by_column_sums(*parsed, "section3/granted"));
  const auto* r = parsed->report.get<xxgk::edition_2021_t>();
  REQUIRE(r != nullptr);
  CHECK((*r)(xxgk::s3::declined_publication, xxgk::s3::natural_person).is_blank());
  CHECK_FALSE((*r)(xxgk::s3::declined_publication, xxgk::s3::natural_person).inferred);
  const std::string alone = "3.要求提供公开出版物\n";
  const std::string heading = "                      （五）不予处理\n";
  REQUIRE(text.find(alone + heading) != std::string::npos);
  // the heading elsewhere (or gone): the same
  CHECK(read(xxgk_test::replaced(text, alone + heading, alone)) == want);
  // not when 4.'s numbers stand on a line of their own (a text whose rows' numbers may stand
  // apart from their labels, where 3.'s may be any numbers after it), nor when 3.'s label wraps
  // (its numbers may stand amid its lines): 3. unknown, and no column sum places the short rows
  const std::string four = "4.无正当理由大量反复申请";
  REQUIRE(text.find(four) != std::string::npos);
  for (const std::string& doubtful :
       {xxgk_test::replaced(text, four, four + "\n                                 "),
        xxgk_test::replaced(text, alone, "3.要求提供公开\n                                  出版物\n")}) {
    const auto rows = read(doubtful);
    xxgk_test::check_read_right(rows, want);
    CHECK(rows.count("section3/declined_publication") == 0);
    CHECK(rows.count("section3/granted") == 0);
    CHECK(rows.count("section3/new_received") == 1);
  }
}
