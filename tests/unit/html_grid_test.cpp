// HTML tables read as grids (rowspan and colspan expanded, blank cells kept, end tags left out),
// and GBK/GB18030 input decoded. Fixtures are pages made the way real ones are made (UEditor,
// Word "save as HTML", an old CMS page in GBK bytes); their expected values are the hand-checked
// JSON beside them, never the parser's output.

#include <xxgk/detail/encoding.hpp>  // the HTML reader's parts, tested alone
#include <xxgk/detail/input.hpp>
#include <xxgk/parse.hpp>
#include <xxgk/xxgk.hpp>

#include <doctest/doctest.h>

#include "report_rows.hpp"
#include "test_support.hpp"
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace {

using xxgk_test::count_rule;
using xxgk_test::rows_of;

/// The 1-based line of `text` that holds the first `needle` at or after line `from_line`.
std::uint32_t line_of(const std::string& text, const std::string& needle, std::uint32_t from_line = 1) {
  std::size_t at = 0;
  for (std::uint32_t l = 1; l < from_line; ++l) at = text.find('\n', at) + 1;
  const std::size_t hit = text.find(needle, at);
  REQUIRE_MESSAGE(hit != std::string::npos, "not in the file: " << needle);
  return static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(hit), '\n')) + 1;
}

/// A page with the title and chapter 三, whose table rows are `rows` (HTML).
std::string page(const std::string& rows, const std::string& table_attrs = " border=1") {
  return "<html><head><meta charset=\"utf-8\"></head><body>\n<p>某局2024年政府信息公开工作年度报告</p>\n"
         "<p>三、收到和处理政府信息公开申请情况</p>\n<table" + table_attrs + ">\n" + rows + "</table>\n</body></html>\n";
}

/// One table row: the label cell (with `label_attrs`), then `cells` as they are written.
std::string row(std::string_view label, const std::vector<std::string>& cells, const std::string& label_attrs = "") {
  std::string out = "<tr><td" + label_attrs + ">" + std::string(label) + "</td>";
  for (const std::string& c : cells) out += "<td>" + c + "</td>";
  return out + "</tr>\n";
}

const xxgk::report<xxgk::edition_2021_t>* report_2021(const xxgk::result<xxgk::parsed_report>& parsed) {
  return parsed.has_value() ? parsed->report.get<xxgk::edition_2021_t>() : nullptr;
}

bool said_unreadable(const xxgk::parsed_report& p, std::string_view row_key) {
  return std::any_of(p.findings.begin(), p.findings.end(), [&](const xxgk::source_finding& f) {
    return f.rule == &xxgk::rules::fmt_unreadable_row && f.row == row_key;
  });
}

/// The text the parser reads from a page.
std::string converted(const std::string& html) {
  auto in = xxgk::detail::check_input(html);
  REQUIRE(in.has_value());
  return std::string(in->text());
}

}  // namespace

TEST_CASE("html grid: every cell of the grid fixtures is the published cell, blanks as blanks") {
  struct fixture {
    const char* file;
    const char* json;
    bool decoded;  ///< GBK bytes: one INPUT.DECODED note
  };
  const fixture cases[] = {
      {"html-ueditor-grid.html", "html-ueditor-grid.json", false},
      {"html-word-grid.html", "html-word-grid.json", false},
      {"html-gbk.html", "html-gbk.json", true},
      {"text-gbk.txt", "text-gbk.json", true},
      {"shuyang-fgj-2023.html", "shuyang-fgj-2023.json", false},
  };
  for (const fixture& c : cases) {
    CAPTURE(c.file);
    const auto expected = nlohmann::ordered_json::parse(xxgk_test::read_data_file(c.json));
    const auto parsed = xxgk::parse(xxgk_test::read_data_file(c.file));
    REQUIRE_OR_RETURN(parsed.has_value());
    CHECK(parsed->report.edition() == xxgk::edition::y2021);
    const auto got = rows_of(parsed->report);
    const auto want = rows_of(expected);
    for (const auto& entry : want) {
      const std::string& key = entry.first;  // (no structured binding: clang 14 cannot capture one)
      CAPTURE(key);
      REQUIRE_MESSAGE(got.count(key) == 1, "row not read: " << key);
      CHECK(got.at(key) == entry.second);
    }
    CHECK(got.size() == want.size());  // every row, and nothing else
    CHECK(got.size() == 34);
    CHECK(count_rule(parsed->findings, xxgk::rules::fmt_unreadable_row) == 0);
    CHECK(count_rule(parsed->findings, xxgk::rules::input_decoded) == (c.decoded ? 1U : 0U));
    if (std::string(c.file) != "shuyang-fgj-2023.html") CHECK(parsed->report.year() == expected["year"].get<int>());
  }
}

TEST_CASE("html grid: blank cells of the fixtures are certain, and validate says so") {
  SUBCASE("UEditor: 总计 left empty in the 21 outcome rows, one row blank throughout") {
    const auto parsed = xxgk::parse(xxgk_test::read_data_file("html-ueditor-grid.html"));
    const auto* r = report_2021(parsed);
    REQUIRE_OR_RETURN(r != nullptr);
    // 21 totals, and the six other cells of 3.要求提供公开出版物
    CHECK(xxgk::validate(*r).count(xxgk::rules::cell_blank) == 27);
  }
  SUBCASE("Word: the 总计 column of （三）1 … （六）3 is one empty <td rowspan=19>") {
    const auto parsed = xxgk::parse(xxgk_test::read_data_file("html-word-grid.html"));
    const auto* r = report_2021(parsed);
    REQUIRE_OR_RETURN(r != nullptr);
    CHECK(xxgk::validate(*r).count(xxgk::rules::cell_blank) == 19);
    CHECK((*r)(xxgk::s3::granted, xxgk::s3::total).value == xxgk::decimal{294, 0});  // above the span
    CHECK((*r)(xxgk::s3::other_misc, xxgk::s3::total).state == xxgk::cell_state::blank);
    CHECK((*r)(xxgk::s3::outcome_total, xxgk::s3::total).value == xxgk::decimal{718, 0});  // below it
  }
}

TEST_CASE("html grid: cells point at their line in the page") {
  SUBCASE("UEditor: one row written a cell per line") {
    const std::string html = xxgk_test::read_data_file("html-ueditor-grid.html");
    const auto parsed = xxgk::parse(html);
    const auto* r = report_2021(parsed);
    REQUIRE_OR_RETURN(r != nullptr);
    const std::uint32_t label = line_of(html, "4.保护第三方合法权益");
    CHECK((*r)(xxgk::s3::withheld_third_party, xxgk::s3::natural_person).pos.line == label + 1);
    CHECK((*r)(xxgk::s3::withheld_third_party, xxgk::s3::other_organisation).pos.line == label + 6);
    // the blank 总计, `&nbsp;`, on the line after
    CHECK((*r)(xxgk::s3::withheld_third_party, xxgk::s3::total).state == xxgk::cell_state::blank);
    CHECK((*r)(xxgk::s3::withheld_third_party, xxgk::s3::total).pos.line == label + 7);
    CHECK(line_of(html, "&nbsp;", label + 7) == label + 7);
  }
  SUBCASE("Word: a number on its <span>'s line; the blanks of a rowspan on the spanning cell's line") {
    const std::string html = xxgk_test::read_data_file("html-word-grid.html");
    const auto parsed = xxgk::parse(html);
    const auto* r = report_2021(parsed);
    REQUIRE_OR_RETURN(r != nullptr);
    const xxgk::cell& n = (*r)(xxgk::s3::new_received, xxgk::s3::natural_person);
    CHECK(n.value == xxgk::decimal{705, 0});
    CHECK(n.pos.line == line_of(html, ">705<"));
    const std::uint32_t span = line_of(html, "<td width=43 rowspan=19");
    CHECK((*r)(xxgk::s3::withheld_state_secret, xxgk::s3::total).pos.line == span);
    CHECK((*r)(xxgk::s3::other_misc, xxgk::s3::total).pos.line == span);
    // a number of a cell whose </td> is left out
    const xxgk::cell& open = (*r)(xxgk::s3::unable_not_held, xxgk::s3::natural_person);
    CHECK(open.value == xxgk::decimal{111, 0});
    CHECK(open.pos.line == line_of(html, ">111<"));
  }
  SUBCASE("GBK: line and column in characters, as in the file") {
    // the UTF-8 original and its GB18030 copy give the same positions
    const auto utf8 = xxgk::parse(xxgk_test::read_data_file("changchun-2023.txt"));
    const auto gbk = xxgk::parse(xxgk_test::read_data_file("text-gbk.txt"));
    const auto* a = report_2021(utf8);
    const auto* b = report_2021(gbk);
    REQUIRE_OR_RETURN((a != nullptr && b != nullptr));
    CHECK((*a)(xxgk::s3::new_received, xxgk::s3::total).pos == (*b)(xxgk::s3::new_received, xxgk::s3::total).pos);
    CHECK((*b)(xxgk::s3::new_received, xxgk::s3::total).pos == xxgk::source_pos{40, 32});  // in characters
    CHECK((*a)(xxgk::s2_2021::licensing, xxgk::s2_2021::decisions).pos ==
          (*b)(xxgk::s2_2021::licensing, xxgk::s2_2021::decisions).pos);
  }
}

TEST_CASE("html grid: a 总计 left blank, and a row left blank throughout, are read") {
  using namespace xxgk::s3;
  const std::string z = "0";
  const std::string rows = row(granted.label, {"3", "1", z, z, z, z, ""}) +                         // 总计 empty
                           row(partially_granted.label, {"", "&nbsp;", "&#12288;", "<br>", " ", "<p></p>", ""}) +
                           row(withheld_state_secret.label, {z, z, z, z, z, z, "\xC2\xA0"});      // U+00A0
  const auto parsed = xxgk::parse(page(rows));
  const auto* r = report_2021(parsed);
  REQUIRE_OR_RETURN(r != nullptr);
  CHECK((*r)(granted, natural_person).value == xxgk::decimal{3, 0});
  CHECK((*r)(granted, commercial).value == xxgk::decimal{1, 0});
  CHECK((*r)(granted, total).state == xxgk::cell_state::blank);
  for (std::size_t c = 0; c != 7; ++c) {
    CAPTURE(c);
    CHECK((*r)[table_2021].at(3, c).state == xxgk::cell_state::blank);  // （二）
  }
  CHECK((*r)(withheld_state_secret, total).state == xxgk::cell_state::blank);
  CHECK(!said_unreadable(*parsed, "granted"));
  CHECK(!said_unreadable(*parsed, "partially_granted"));
  CHECK(xxgk::validate(*r).count(xxgk::rules::cell_blank) == 9);
}

TEST_CASE("html grid: a number merged over rows is read in none of them") {
  using namespace xxgk::s3;
  const std::string z = "0";
  const std::string rows = "<tr><td>" + std::string(granted.label) +
                           "</td><td>2</td><td rowspan=2>5</td><td>0</td><td>0</td><td>0</td><td>0</td><td>7</td></tr>\n" +
                           row(partially_granted.label, {"1", z, z, z, z, "1"}) +
                           row(withheld_state_secret.label, {"4", z, z, z, z, z, "4"});
  const auto parsed = xxgk::parse(page(rows));
  const auto* r = report_2021(parsed);
  REQUIRE_OR_RETURN(r != nullptr);
  CHECK(said_unreadable(*parsed, "granted"));
  CHECK(said_unreadable(*parsed, "partially_granted"));
  CHECK(!(*r)(granted, commercial).is_present());
  CHECK(!(*r)(partially_granted, commercial).is_present());
  // 5 is in no cell, and the text holds it once
  for (std::size_t row_i = 0; row_i != table_2021_t::rows::size; ++row_i)
    for (std::size_t c = 0; c != 7; ++c) CHECK((*r)[table_2021].at(row_i, c).value != xxgk::decimal{5, 0});
  const std::string text = converted(page(rows));
  CHECK(std::count(text.begin(), text.end(), '5') == 1);
  // the row below the merge is read as usual
  CHECK((*r)(withheld_state_secret, total).value == xxgk::decimal{4, 0});
}

TEST_CASE("html grid: spans of labels, attribute forms, omitted end tags") {
  using namespace xxgk::s3;
  const std::string z = "0";
  SUBCASE("a label with colspan=2 reads its 7 numbers, no phantom blank") {
    const std::string rows = row(granted.label, {"1", "2", "3", "4", "5", "6", "21"}, " colspan=2") +
                             row(partially_granted.label, {"1", z, z, z, z, z, "1"}, " colspan=\"2\"");
    const auto parsed = xxgk::parse(page(rows));
    const auto* r = report_2021(parsed);
    REQUIRE_OR_RETURN(r != nullptr);
    CHECK((*r)(granted, natural_person).value == xxgk::decimal{1, 0});
    CHECK((*r)(granted, other_organisation).value == xxgk::decimal{6, 0});
    CHECK((*r)(granted, total).value == xxgk::decimal{21, 0});
    CHECK((*r)(partially_granted, total).value == xxgk::decimal{1, 0});
  }
  SUBCASE("group cells with rowspan in every spelling, one filler per spanning cell") {
    // 三、本年度办理结果 spans rows and two columns; the groups span their items
    std::string rows = "<tr><td ROWSPAN=\"4\" colspan='2'>三、本年度办理结果</td><td>" + std::string(granted.label) +
                       "</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>\n";
    rows += "<tr><td rowspan='3'>（三）不予公开</td><td>" + std::string(withheld_state_secret.label) +
            "</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>\n";
    rows += row(withheld_law_prohibited.label, {"3", z, z, z, z, z, "3"});
    rows += row(withheld_security_stability.label, {"4", z, z, z, z, z, "4"});
    const auto parsed = xxgk::parse(page(rows));
    const auto* r = report_2021(parsed);
    REQUIRE_OR_RETURN(r != nullptr);
    CHECK((*r)(granted, total).value == xxgk::decimal{1, 0});
    CHECK((*r)(withheld_state_secret, total).value == xxgk::decimal{2, 0});
    CHECK((*r)(withheld_law_prohibited, natural_person).value == xxgk::decimal{3, 0});
    CHECK((*r)(withheld_security_stability, total).value == xxgk::decimal{4, 0});
    // the last row: one filler for the 2-column 三、本年度办理结果, one for （三）, then the label
    const std::string text = converted(page(rows));
    const std::size_t at = text.find(withheld_security_stability.label);
    REQUIRE(at != std::string::npos);
    CHECK(text.substr(text.rfind('\n', at) + 1, at - text.rfind('\n', at) - 1) == "\x1E\x1A\t\x1A\t");
  }
  SUBCASE("cells and rows without end tags") {
    std::string rows = "<tr><td>" + std::string(granted.label) + "<td>1<td>0<td>0<td>0<td>0<td>0<td>1\n";
    rows += "<tr><th>" + std::string(partially_granted.label) + "<th>2<td>0<td>0<td>0<td>0<td>0<td>2\n";
    rows += "<tr><td>" + std::string(withheld_state_secret.label) + "<td>3<td>0<td>0<td>0<td>0<td>0<td>\n";
    const auto parsed = xxgk::parse(page(rows));
    const auto* r = report_2021(parsed);
    REQUIRE_OR_RETURN(r != nullptr);
    CHECK((*r)(granted, total).value == xxgk::decimal{1, 0});
    CHECK((*r)(partially_granted, natural_person).value == xxgk::decimal{2, 0});
    CHECK((*r)(partially_granted, total).value == xxgk::decimal{2, 0});
    CHECK((*r)(withheld_state_secret, natural_person).value == xxgk::decimal{3, 0});
    CHECK((*r)(withheld_state_secret, total).state == xxgk::cell_state::blank);  // the empty last <td>
  }
  SUBCASE("the tables inside a cell of a layout table, text after them in the same cell") {
    const std::string inner = "<table border=1>" + row(granted.label, {"1", z, z, z, z, z, "1"}) +
                              row(partially_granted.label, {"2", z, z, z, z, z, ""}) + "</table>";
    const std::string html =
        "<html><body><table width=100%><tr><td class=nav>首页</td><td class=main>\n"
        "<p>某局2024年政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p>\n" +
        inner + "<p>四、结转下年度继续办理 见上表</p></td><td>右栏</td></tr></table></body></html>";
    const auto parsed = xxgk::parse(html);
    const auto* r = report_2021(parsed);
    REQUIRE_OR_RETURN(r != nullptr);
    CHECK((*r)(granted, total).value == xxgk::decimal{1, 0});
    CHECK((*r)(partially_granted, natural_person).value == xxgk::decimal{2, 0});
    CHECK((*r)(partially_granted, total).state == xxgk::cell_state::blank);
    // each inner row a line of its own; the outer row goes on after the inner table
    const std::string text = converted(html);
    CHECK(text.find("\n\x1E" + std::string(granted.label) + "\t1\t0\t0\t0\t0\t0\t1\n") != std::string::npos);
    CHECK(text.find("\n\x1E" + std::string(partially_granted.label) + "\t2\t0\t0\t0\t0\t0\t\n") != std::string::npos);
    CHECK(text.starts_with("\x1E首页\t"));
    CHECK(text.find("见上表 \t右栏\n") != std::string::npos);
  }
  SUBCASE("（六）其他处理 as a heading with empty cells is no 2019 row") {
    const std::string rows = row(other_handling.label, {"", "", "", "", "", "", ""}, " colspan=2") +
                             row(other_overdue_correction.label, {"1", z, z, z, z, z, "1"}, " colspan=2") +
                             row(other_unpaid_fee.label, {z, z, z, z, z, z, z}, " colspan=2") +
                             row(other_misc.label, {"2", z, z, z, z, z, "2"}, " colspan=2");
    const auto parsed = xxgk::parse(page(rows));
    const auto* r = report_2021(parsed);
    REQUIRE_OR_RETURN(r != nullptr);
    CHECK(count_rule(parsed->findings, xxgk::rules::fmt_other_handling) == 0);
    CHECK(!(*r)(other_handling, total).is_present());
    CHECK((*r)(other_overdue_correction, total).value == xxgk::decimal{1, 0});
    CHECK((*r)(other_misc, total).value == xxgk::decimal{2, 0});
  }
}

TEST_CASE("html grid: a cell's text is what a browser shows in it") {
  using namespace xxgk::s3;
  const std::string z = "0";
  SUBCASE("a table of one row in a cell is that cell's text, on its row's line") {
    // a number boxed in a table of one cell; a label's halves side by side in one of two
    const std::string boxed = "<table width=\"100%\"><tr><td align=center>7</td></tr></table>";
    const std::string label = "<table><tr><td>（二）部分公开</td><td>（区分处理的，只计这一情形，不计其他情形）</td></tr></table>";
    const std::string rows = row(granted.label, {boxed, z, z, z, z, z, boxed}) +
                             "<tr><td>" + label + "</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>\n" +
                             // a number before the box: two numbers in one cell, the row unreadable
                             row(withheld_state_secret.label, {"3", z, z, z, z, "<p>6</p>" + boxed, "3"});
    const auto parsed = xxgk::parse(page(rows));
    const auto* r = report_2021(parsed);
    REQUIRE_OR_RETURN(r != nullptr);
    CHECK((*r)(granted, natural_person).value == xxgk::decimal{7, 0});
    CHECK((*r)(granted, total).value == xxgk::decimal{7, 0});
    CHECK((*r)(partially_granted, natural_person).value == xxgk::decimal{2, 0});
    CHECK((*r)(partially_granted, total).value == xxgk::decimal{2, 0});
    CHECK(said_unreadable(*parsed, "withheld_state_secret"));
    CHECK(!(*r)(withheld_state_secret, total).is_present());
    const std::string text = converted(page(rows));
    CHECK(text.find("\n\x1E" + std::string(granted.label) + "\t  7 \t0\t0\t0\t0\t0\t  7 \n") != std::string::npos);
    CHECK(text.find("\t6   7 \t3\n") != std::string::npos);
    CHECK(std::count(text.begin(), text.end(), '\x1E') == 3);  // three rows, none of the boxes
    // a box of one column and two rows: both numbers in the cell, the row unreadable, not cut
    // into lines whose numbers go to other columns
    const std::string tall = "<table><tr><td>4</td></tr><tr><td>4</td></tr></table>";
    const auto twice = xxgk::parse(page(row(granted.label, {tall, "", "", "", "", "", "4"}) +
                                        row(partially_granted.label, {"2", "", "", "", "", "", "2"})));
    REQUIRE_OR_RETURN(report_2021(twice) != nullptr);
    CHECK(said_unreadable(*twice, "granted"));
    CHECK(!(*report_2021(twice))(granted, natural_person).is_present());
    CHECK((*report_2021(twice))(partially_granted, total).value == xxgk::decimal{2, 0});
  }
  SUBCASE("a table of one row that holds a taller table keeps its rows as lines") {
    const std::string inner = "<table>" + row(granted.label, {"1", z, z, z, z, z, "1"}) +
                              row(partially_granted.label, {"2", z, z, z, z, z, "2"}) + "</table>";
    const std::string html = "<html><body><table><tr><td><table><tr><td>"
                             "<p>某局2024年政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p>" +
                             inner + "</td></tr></table></td></tr></table></body></html>";
    const auto parsed = xxgk::parse(html);
    const auto* r = report_2021(parsed);
    REQUIRE_OR_RETURN(r != nullptr);
    CHECK((*r)(granted, total).value == xxgk::decimal{1, 0});
    CHECK((*r)(partially_granted, total).value == xxgk::decimal{2, 0});
  }
  SUBCASE("text a page hides is not read") {
    // a hidden digit among a number's, a hidden 0 in a blank cell, Word's hidden runs
    const std::string rows =
        row(granted.label, {"1<span style=\"display:none\">9</span>2", z, z, z, z, "<span style='DISPLAY: NONE; mso-hide:all'>5</span>",
                            "1<font style=\"visibility : hidden !important\"><b>8</b></font>2"}) +
        row(partially_granted.label, {"<span hidden>4</span>3", z, z, z, z, z, "3"}) +
        // a hidden element left open ends with its cell, as a browser ends it
        row(withheld_state_secret.label, {"5<span style=display:none>9", z, z, z, z, z, "5"});
    const auto parsed = xxgk::parse(page(rows));
    const auto* r = report_2021(parsed);
    REQUIRE_OR_RETURN(r != nullptr);
    CHECK((*r)(granted, natural_person).value == xxgk::decimal{12, 0});
    CHECK((*r)(granted, other_organisation).state == xxgk::cell_state::blank);
    CHECK((*r)(granted, total).value == xxgk::decimal{12, 0});
    CHECK((*r)(partially_granted, natural_person).value == xxgk::decimal{3, 0});
    CHECK((*r)(withheld_state_secret, natural_person).value == xxgk::decimal{5, 0});
    CHECK((*r)(withheld_state_secret, total).value == xxgk::decimal{5, 0});
    // a hidden block outside the tables hides all it holds, its own tables too
    const std::string hidden_table = "<div style=\"display:none\"><div>旧稿</div><table>" +
                                     row(granted.label, {"9", z, z, z, z, z, "9"}) + "</table></div>";
    const std::string text = converted("<html><body><p>前</p>" + hidden_table + "<p>后</p></body></html>");
    CHECK(text.find('9') == std::string::npos);
    CHECK(text.find("旧稿") == std::string::npos);
    CHECK(text.find("后") != std::string::npos);
    // struck-out text never closed outside a table strikes the rest of the page, which a browser
    // still shows: nothing is left out
    const std::string struck = converted("<html><body><p><s>旧稿</p><p>后</p></body></html>");
    CHECK(struck.find("旧稿") != std::string::npos);
    CHECK(struck.find("后") != std::string::npos);
  }
  SUBCASE("struck-out text is no longer the page's; a mark above the line is no digit") {
    const std::string rows =
        row(granted.label, {"<del cite=\"mailto:a\" datetime=\"2025-01-20T09:30:00\">9</del><ins>1</ins>", z, z, z, z, z,
                            "<s>2</s>1"}) +
        row(partially_granted.label, {"<strike>0</strike>2", z, z, z, z, z, "2"}) +
        // a note's mark after a number: "3 1", two numbers in the cell, not 31
        row(withheld_state_secret.label, {"3<sup>1</sup>", z, z, z, z, z, "3"});
    const auto parsed = xxgk::parse(page(rows));
    const auto* r = report_2021(parsed);
    REQUIRE_OR_RETURN(r != nullptr);
    CHECK((*r)(granted, natural_person).value == xxgk::decimal{1, 0});
    CHECK((*r)(granted, total).value == xxgk::decimal{1, 0});
    CHECK((*r)(partially_granted, natural_person).value == xxgk::decimal{2, 0});
    CHECK(said_unreadable(*parsed, "withheld_state_secret"));
    CHECK(!(*r)(withheld_state_secret, natural_person).is_present());
  }
  SUBCASE("two numbers in one cell of a row of as many cells as columns are no two cells") {
    // `1 4` (or `1&#8203;4`, an invisible space amid 14's digits) and five empty cells: read as
    // 1 and 4 in the first two columns, 4 would be a wrong number
    for (const std::string cell : {"1 4", "1&#8203;4", "1\u2060" "4"}) {
      CAPTURE(cell);
      // (the row before leaves cells blank too: where the table's rows leave them is no help)
      const std::string rows = row(granted.label, {"2", "", "", "", "", "", "2"}) +
                               row(withheld_state_secret.label, {cell, "", "", "", "", "", ""});
      const auto parsed = xxgk::parse(page(rows));
      const auto* r = report_2021(parsed);
      REQUIRE_OR_RETURN(r != nullptr);
      CHECK((*r)(granted, total).value == xxgk::decimal{2, 0});
      CHECK(said_unreadable(*parsed, "withheld_state_secret"));
      CHECK(!(*r)(withheld_state_secret, natural_person).is_present());
      CHECK(!(*r)(withheld_state_secret, commercial).is_present());
    }
    // a row's numbers all in one cell beside its label (a line of text pasted into a table) are
    // read as that line is
    const std::string rows = "<tr><td>" + std::string(granted.label) + "</td><td>290 1 0 0 3 0 294</td></tr>\n"
                             "<tr><td>" + std::string(partially_granted.label) + "</td><td>99 0 0 0 2 0 101</td></tr>\n";
    const auto parsed = xxgk::parse(page(rows));
    const auto* r = report_2021(parsed);
    REQUIRE_OR_RETURN(r != nullptr);
    CHECK((*r)(granted, natural_person).value == xxgk::decimal{290, 0});
    CHECK((*r)(granted, total).value == xxgk::decimal{294, 0});
    CHECK((*r)(partially_granted, legal_services).value == xxgk::decimal{2, 0});
  }
  SUBCASE("a hidden cell takes no column, a hidden row is no row") {
    // a spreadsheet's page: a hidden helper column between the label and the numbers, a hidden
    // check sum after them, a hidden row of another table's numbers
    const std::string hidden = "<td style='display:none'>9</td>";
    const std::string rows =
        "<tr><td>" + std::string(granted.label) + "</td>" + hidden + "<td>1</td><td>0</td><td>0</td><td>0</td><td>0</td>"
        "<td>0</td><td>1</td><td class=xl66 style='display:none'><span>1</span></td></tr>\n"
        "<tr height=0 style='display:none'><td>" + std::string(partially_granted.label) + "</td><td>9</td><td>9</td></tr>\n"
        // a cell without its end tag before a hidden one ends there
        "<tr><td>" + std::string(partially_granted.label) + "<td>2<td>0<td>0<td>0<td>0<td>0<td>2" + hidden + "</tr>\n";
    const auto parsed = xxgk::parse(page(rows));
    const auto* r = report_2021(parsed);
    REQUIRE_OR_RETURN(r != nullptr);
    CHECK((*r)(granted, natural_person).value == xxgk::decimal{1, 0});
    CHECK((*r)(granted, total).value == xxgk::decimal{1, 0});
    CHECK((*r)(partially_granted, natural_person).value == xxgk::decimal{2, 0});
    CHECK((*r)(partially_granted, total).value == xxgk::decimal{2, 0});
    const std::string text = converted(page(rows));
    CHECK(text.find('9') == std::string::npos);
    CHECK(std::count(text.begin(), text.end(), '\x1E') == 2);
  }
  SUBCASE("a web form's numbers are the values its inputs show") {
    // a page saved from the form a report was filled in: each number the value of an <input>
    // (read as a blank cell, a wrong number); a hidden input, a button's label and a checkbox
    // show no number of the cell
    const auto input = [](std::string_view attrs) { return "<input " + std::string(attrs) + ">"; };
    const std::string rows =
        row(granted.label, {input("type=\"text\" value=\"12\" readonly"), input("value='0'"), input("type=number value=0"),
                            input("VALUE=\"0\" TYPE=TEXT"), input("value=&#48;"), input("value=\"\"") + "0",
                            input("type=\"text\" value=\"12\"") + input("type=\"hidden\" value=\"9\"")}) +
        row(partially_granted.label, {input("type=checkbox value=9") + "3", input("style=\"display:none\" value=9"), z, z, z,
                                      input("type=submit value=9"), input("type=text value=3")});
    const auto parsed = xxgk::parse(page(rows));
    const auto* r = report_2021(parsed);
    REQUIRE_OR_RETURN(r != nullptr);
    CHECK((*r)(granted, natural_person).value == xxgk::decimal{12, 0});
    CHECK((*r)(granted, commercial).value == xxgk::decimal{0, 0});
    CHECK((*r)(granted, legal_services).value == xxgk::decimal{0, 0});
    CHECK((*r)(granted, other_organisation).value == xxgk::decimal{0, 0});
    CHECK((*r)(granted, total).value == xxgk::decimal{12, 0});
    CHECK((*r)(partially_granted, natural_person).value == xxgk::decimal{3, 0});
    CHECK((*r)(partially_granted, commercial).state == xxgk::cell_state::blank);
    CHECK((*r)(partially_granted, other_organisation).state == xxgk::cell_state::blank);
    CHECK((*r)(partially_granted, total).value == xxgk::decimal{3, 0});
    CHECK(converted(page(rows)).find('9') == std::string::npos);
    // a value's line break is a space: two numbers, no cell can hold them
    CHECK(converted("<html><body><p><input value=\"1&#10;2\"></p></body></html>").find("1 2") != std::string::npos);
    using xxgk::detail::input_value;
    CHECK(input_value(" type=\"text\" value=\"26\"") == "26");
    CHECK(input_value(" value=26 type=PASSWORD").empty());
    CHECK(input_value(" type=radio checked value=1").empty());
    CHECK(input_value(" hidden value=1").empty());
    CHECK(input_value(" type=text").empty());
  }
  SUBCASE("a drop-down list shows its selected option, else its first, and no other") {
    const auto select = [](std::string_view options) { return "<select name=\"n\">" + std::string(options) + "</select>"; };
    const std::string rows =
        row(granted.label, {select("<option>1</option><option selected>2</option><option>3</option>"),
                            select("<option value=0>0<option>1"), select(""), z, z, z, "2"}) +
        // one left open ends with its cell, as a browser ends it
        row(partially_granted.label, {"<select><option SELECTED=selected>&#51;</option><option>9", z, z, z, z, z, "3"});
    const auto parsed = xxgk::parse(page(rows));
    const auto* r = report_2021(parsed);
    REQUIRE_OR_RETURN(r != nullptr);
    CHECK((*r)(granted, natural_person).value == xxgk::decimal{2, 0});
    CHECK((*r)(granted, commercial).value == xxgk::decimal{0, 0});
    CHECK((*r)(granted, research).state == xxgk::cell_state::blank);
    CHECK((*r)(granted, total).value == xxgk::decimal{2, 0});
    CHECK((*r)(partially_granted, natural_person).value == xxgk::decimal{3, 0});
    CHECK((*r)(partially_granted, total).value == xxgk::decimal{3, 0});
    CHECK(converted(page(rows)).find('9') == std::string::npos);
    using xxgk::detail::shown_option;
    const std::string_view list = "<option>7</option><option selected>8</option>";
    const auto [b, e] = shown_option(list, 0, list.size());
    CHECK(list.substr(b, e - b) == "8");
    // in markdown that quotes markup, one never closed outside a table is no list: the text after
    // it stays (a page's would be the list's, as a browser's)
    const std::string markdown = converted("前<br><select><option>7</option>\n| 后 | 5 |\n");
    CHECK(markdown.find("后") != std::string::npos);
    CHECK(markdown.find('5') != std::string::npos);
    CHECK(converted("<html><body><p>前<select><option>7</option><p>后</p></body></html>").find("后") == std::string::npos);
  }
  SUBCASE("what hides an element, and what does not") {
    using xxgk::detail::hides;
    CHECK(hides(" style=\"display:none\""));
    CHECK(hides(" class=x STYLE='font-size:9pt;Display : None'"));
    CHECK(hides(" style=\"visibility:hidden\""));
    CHECK(hides(" hidden"));
    CHECK(hides(" HIDDEN=hidden class=a"));
    CHECK(!hides(" style=\"border:none;text-decoration:none\""));
    CHECK(!hides(" style=\"display:nones\""));
    CHECK(!hides(" style=\"overflow:hidden\""));
    CHECK(!hides(" title=\"display:none\" class=hidden"));
    CHECK(!hides(" data-hidden=1"));
  }
}

TEST_CASE("html grid: a quoted attribute value may hold '>'") {
  using xxgk::detail::tag_end;
  const auto end_of = [](std::string_view tag) { return tag_end(tag, 0, tag.find('>')); };
  CHECK(end_of("<td title=\"a>b\">x") == 15);
  CHECK(end_of("<td title='a>b' class=\"c>d\">x") == 27);
  CHECK(end_of("<td onclick=\"if (a > b) f('>')\" width=3>") == 39);
  CHECK(end_of("<td width=50%\">x</td>") == 14);  // a quote inside an unquoted value is text
  CHECK(end_of("<td a>b=\"c>\"") == 5);
  // a quote never closed, or closed far away (mistyped), opens no value
  CHECK(end_of("<td title=\"a>b</td></tr></table>") == 12);
  const std::string far = "<td title=\"a>" + std::string(5000, 'x') + "\">";
  CHECK(end_of(far) == 12);
  using namespace xxgk::s3;
  const std::string rows = "<tr><td title=\"申请人 > 自然人\">" + std::string(granted.label) +
                           "</td><td onmouseover=\"if (this.width > 0) this.title='>'\">1</td><td>0</td><td>0</td>"
                           "<td>0</td><td>0</td><td>0</td><td>1</td></tr>\n";
  const auto parsed = xxgk::parse(page(rows));
  const auto* r = report_2021(parsed);
  REQUIRE_OR_RETURN(r != nullptr);
  CHECK((*r)(granted, natural_person).value == xxgk::decimal{1, 0});
  CHECK((*r)(granted, total).value == xxgk::decimal{1, 0});
}

TEST_CASE("html grid: the converter's marks come only from the converter") {
  SUBCASE("control bytes and their entities in the page are spaces") {
    // (text enough around them that two control bytes do not make the page binary)
    const std::string text = converted("<html><body><p>" + std::string(400, '.') + "</p><p>a\x1E" "b&#30;c\x1A" "d&#9;e</p>\n"
                                       "<table><tr><td>x\ty</td><td>1</td></tr></table></body></html>");
    CHECK(std::count(text.begin(), text.end(), '\x1E') == 1);  // the one row
    CHECK(text.find('\x1A') == std::string::npos);
    CHECK(text.find("a b c d e") != std::string::npos);
    CHECK(text.find("\x1Ex y\t1\n") != std::string::npos);  // a tab in a cell is no separator
  }
  SUBCASE("plain text with a 0x1E byte is read as before") {
    // in plain text a trailing tab leaves a blank that is trimmed; as a grid line it would be a
    // fourth cell and the row unreadable
    const std::string text = "某局2024年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n"
                             "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
                             "\x1E规章\t1\t0\t11\t\n";
    const auto parsed = xxgk::parse(text);
    const auto* r = report_2021(parsed);
    REQUIRE_OR_RETURN(r != nullptr);
    CHECK((*r)(xxgk::s2_2021::regulations, xxgk::s2_2021::in_force).value == xxgk::decimal{11, 0});
    CHECK(!said_unreadable(*parsed, "regulations"));
  }
}

TEST_CASE("html grid: span attributes as HTML reads them") {
  using xxgk::detail::span_of;
  CHECK(span_of(" rowspan=2").rows == 2);
  CHECK(span_of(" ROWSPAN=\"3\" colspan=1").rows == 3);
  CHECK(span_of(" rowspan='4'").rows == 4);
  CHECK(span_of(" colspan = \"5\" rowspan=1 ").columns == 5);
  CHECK(span_of(" width=83 valign=top style='width:62.4pt;mso-rowspan:7' rowspan=8").rows == 8);
  CHECK(span_of(" data-rowspan=5 title=\"rowspan=6\"").rows == 1);
  CHECK(span_of(" rowspan=0").rows == 65534);
  CHECK(span_of(" rowspan=99999999").rows == 65534);
  CHECK(span_of(" colspan=0").columns == 1);
  CHECK(span_of(" colspan=x").columns == 1);
  CHECK(span_of(" colspan=+2px").columns == 2);
  CHECK(span_of(" colspan=5000").columns == 1000);
  CHECK(span_of("/").rows == 1);
}

TEST_CASE("html grid: hostile tables stay bounded") {
  SUBCASE("many rowspans over many rows") {
    std::string html = "<html><body><table><tr>";
    for (int i = 0; i != 300; ++i) html += "<td rowspan=65534 colspan=1000>x</td>";
    html += "</tr>";
    for (int i = 0; i != 3000; ++i) html += "<tr></tr>";
    html += "</table></body></html>";
    const std::string text = converted(html);
    CHECK(text.size() <= 2 * html.size());
  }
  SUBCASE("tables nested a thousand deep") {
    std::string html = "<html><body>";
    for (int i = 0; i != 1000; ++i) html += "<table><tr><td>";
    html += "1";
    const std::string text = converted(html);
    CHECK(text.find('1') != std::string::npos);
  }
}

TEST_CASE("gbk: GBK/GB18030 input is decoded, and said so") {
  SUBCASE("a page whose <meta> names it, in any form") {
    using xxgk::detail::meta_names_gb_encoding;
    CHECK(meta_names_gb_encoding("<html><head><meta charset=\"gb2312\">"));
    CHECK(meta_names_gb_encoding("<HTML><HEAD><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=GBK\">"));
    CHECK(meta_names_gb_encoding("<meta http-equiv=Content-Type content='text/html;charset=gb18030'>"));
    CHECK(meta_names_gb_encoding("<meta charset=GB2312 />"));
    CHECK(!meta_names_gb_encoding("<meta charset=\"utf-8\"><p>charset=gbk</p>"));
    CHECK(!meta_names_gb_encoding("<meta charset=\"gb2312x\">"));
  }
  SUBCASE("valid UTF-8 is never decoded, whatever its <meta> says") {
    std::string html = xxgk_test::read_data_file("html-ueditor-grid.html");
    const std::size_t at = html.find("<meta charset=\"utf-8\">");
    REQUIRE(at != std::string::npos);
    html.replace(at, 22, "<meta charset=\"gbk\">  ");
    const auto parsed = xxgk::parse(html);
    REQUIRE_OR_RETURN(parsed.has_value());
    CHECK(count_rule(parsed->findings, xxgk::rules::input_decoded) == 0);
    CHECK(parsed->report.year() == 2024);
  }
  SUBCASE("a few GBK characters that only the <meta> names") {
    // 年度 in GBK: too few characters to look like GBK; a <meta> names it
    const std::string html = "<html><head><meta charset=gbk></head><body><p>\xC4\xEA\xB6\xC8</p></body></html>";
    CHECK(!xxgk::detail::looks_like_gbk(html));
    const auto parsed = xxgk::parse(html);
    REQUIRE(!parsed.has_value());
    CHECK(parsed.error().code == "INPUT.NO_TABLES");  // decoded and read: no table in it
    const auto without_meta = xxgk::parse("<html><head></head><body><p>\xC4\xEA\xB6\xC8</p></body></html>");
    REQUIRE(!without_meta.has_value());
    CHECK(without_meta.error().code == "INPUT.ENCODING");
  }
  SUBCASE("bytes that are no GB18030 are still refused, at the first of them") {
    std::string text = xxgk_test::read_data_file("text-gbk.txt");
    std::size_t line_start = 0;
    for (int l = 1; l < 40; ++l) line_start = text.find('\n', line_start) + 1;
    text.insert(line_start + 2, "\xFF");  // line 40 (一、本年新收…), after one GBK character (two bytes)
    const auto parsed = xxgk::parse(text);
    REQUIRE(!parsed.has_value());
    CHECK(parsed.error().code == "INPUT.GBK");
    CHECK(parsed.error().pos == xxgk::source_pos{40, 2});
    CHECK(parsed.error().message.find("0xFF") != std::string::npos);
    // a lead byte cut off by the end
    std::string cut = xxgk_test::read_data_file("text-gbk.txt");
    cut += "\xB1";
    const auto cut_parsed = xxgk::parse(cut);
    REQUIRE(!cut_parsed.has_value());
    CHECK(cut_parsed.error().code == "INPUT.GBK");
    // Latin-1 under a <meta> that says GBK: not GB18030, refused as before
    const auto latin = xxgk::parse("<html><head><meta charset=gbk></head><body>caf\xE9</body></html>");
    REQUIRE(!latin.has_value());
    CHECK(latin.error().code == "INPUT.ENCODING");
  }
}
