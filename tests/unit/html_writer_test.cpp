// The HTML writer: the tables drawn from the schema with every label, the cells of a failing
// identity marked and linked to their findings, every published string escaped, no resource
// outside the page, and a page of 300 findings that grows linearly.

#include "fixtures.hpp"
#include "test_support.hpp"
#include "writer_reports.hpp"

#include <xxgk/diagnostic.hpp>
#include <xxgk/html_writer.hpp>
#include <xxgk/parse.hpp>
#include <xxgk/prose.hpp>
#include <xxgk/xxgk.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <map>
#include <set>
#include <utility>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace {

/// `text` as an HTML page holds it, valid UTF-8 assumed: `&<>"'` as the references the writer
/// writes (written here, not taken from the writer's own escaping, which this tests)
std::string html_escaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c; break;
    }
  }
  return out;
}

/// A file read and checked as `xxgk-check` does it: the reader's findings, the identities', the
/// prose's and the EXPLAIN.CELL notes.
struct checked_file {
  std::string text;
  xxgk::any_report report;
  std::vector<xxgk::diagnostic> diagnostics;
};

checked_file check_text(std::string text) {
  checked_file out;
  out.text = std::move(text);
  const xxgk::result<xxgk::parsed_report> parsed = xxgk::parse(out.text);
  REQUIRE(parsed.has_value());
  if (!parsed) return out;  // without exceptions, REQUIRE carries on
  out.diagnostics = xxgk::describe(parsed->findings);
  parsed->report.visit([&](const auto& r) {
    const auto findings = xxgk::validate(r);
    for (xxgk::diagnostic& d : xxgk::describe(r, findings)) out.diagnostics.push_back(std::move(d));
    for (xxgk::diagnostic& d : xxgk::describe(xxgk::check_prose(r, parsed->claims))) out.diagnostics.push_back(std::move(d));
    for (xxgk::diagnostic& d : xxgk::describe(r, xxgk::explain(r, findings))) out.diagnostics.push_back(std::move(d));
  });
  out.report = parsed->report;
  return out;
}

std::string render(const checked_file& f, xxgk::language lang = xxgk::language::zh) {
  const xxgk::html_input in{"changchun-2023.txt", &f.report, f.diagnostics, nullptr, f.text};
  return xxgk::to_html(in, lang);
}

/// changchun-2023.txt with （一）予以公开 / 自然人 changed from 25 to 26 (README, EXPLAIN.CELL).
std::string changed_changchun() {
  std::string text = xxgk_test::read_data_file("changchun-2023.txt");
  const std::string from = "予以公开\t25\t", to = "予以公开\t26\t";
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

/// The opening tag of the element with id `id`, or "" when there is none.
std::string tag_with_id(const std::string& html, std::string_view id) {
  const std::string needle = " id=\"" + std::string(id) + "\"";
  const std::size_t at = html.find(needle);
  if (at == std::string::npos) return {};
  const std::size_t open = html.rfind('<', at);
  const std::size_t close = html.find('>', at);
  return html.substr(open, close - open + 1);
}

/// The value of attribute `name` of an opening tag ("" when absent).
std::string attribute(const std::string& tag, std::string_view name) {
  const std::string needle = " " + std::string(name) + "=\"";
  const std::size_t at = tag.find(needle);
  if (at == std::string::npos) return {};
  const std::size_t begin = at + needle.size();
  return tag.substr(begin, tag.find('"', begin) - begin);
}

/// The space-separated words of a value.
std::set<std::string> words(const std::string& value) {
  std::set<std::string> out;
  std::istringstream in(value);
  for (std::string w; in >> w;) out.insert(w);
  return out;
}

/// Every opening tag that starts with `start` ("<td", "<th").
std::vector<std::string> tags(const std::string& html, std::string_view start) {
  std::vector<std::string> out;
  for (std::size_t at = html.find(start); at != std::string::npos; at = html.find(start, at + 1)) {
    const char next = html[at + start.size()];
    if (next != ' ' && next != '>') continue;
    out.push_back(html.substr(at, html.find('>', at) - at + 1));
  }
  return out;
}

/// Every id="…" of the page, and every reference to one (href="#…", data-cells, data-findings).
std::vector<std::string> attribute_values(const std::string& html, std::string_view name) {
  std::vector<std::string> out;
  const std::string needle = " " + std::string(name) + "=\"";
  for (std::size_t at = html.find(needle); at != std::string::npos; at = html.find(needle, at + 1)) {
    const std::size_t begin = at + needle.size();
    out.push_back(html.substr(begin, html.find('"', begin) - begin));
  }
  return out;
}

std::size_t count(const std::string& html, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = html.find(what); at != std::string::npos; at = html.find(what, at + 1)) ++n;
  return n;
}

/// The width of every row of every table of the page, with rowspan and colspan laid out as a
/// browser does (a cell that overlaps another, or a row of another width, shows in the result).
std::vector<std::set<std::size_t>> grid_widths(const std::string& html) {
  std::vector<std::set<std::size_t>> out;
  std::set<std::pair<std::size_t, std::size_t>> taken;
  std::size_t row = 0, column = 0;
  bool overlap = false;
  auto number = [](const std::string& value) { return value.empty() ? std::size_t{1} : std::stoul(value); };
  for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    const std::string tag = html.substr(at, html.find('>', at) - at + 1);
    if (tag.starts_with("<table ")) {
      taken.clear();
      row = 0;
      out.emplace_back();
    } else if (tag.starts_with("<tr>")) {
      if (!out.empty() && !taken.empty()) ++row;
      column = 0;
    } else if (tag.starts_with("<td ") || tag.starts_with("<th ") || tag == "<th>" || tag == "<td>") {
      while (taken.count({row, column}) != 0) ++column;
      const std::size_t rows = number(attribute(tag, "rowspan")), columns = number(attribute(tag, "colspan"));
      for (std::size_t i = 0; i != rows; ++i)
        for (std::size_t j = 0; j != columns; ++j) overlap = !taken.insert({row + i, column + j}).second || overlap;
      column += columns;
    } else if (tag == "</table>") {
      std::map<std::size_t, std::size_t> widths;
      for (const auto& cell : taken) ++widths[cell.first];
      for (const auto& w : widths) out.back().insert(w.first > row ? 0 : w.second);  // 0: a rowspan too long
      if (overlap) out.back().insert(0);
      overlap = false;
    }
  }
  return out;
}

/// Every label of every table of report `r` and of the headings of its dimensions.
template <xxgk::Edition E>
std::vector<std::string> schema_labels(const xxgk::report<E>& r) {
  std::vector<std::string> out;
  xxgk::for_each_table(r, [&](const auto& t, std::size_t) {
    using T = typename std::remove_cvref_t<decltype(t)>::schema;
    out.emplace_back(T::label);
    for (std::string_view l : T::rows::labels) out.emplace_back(l);
    for (std::string_view l : T::columns::labels) out.emplace_back(l);
    for (std::size_t n = 0; n != T::rows::tree.node_count; ++n)
      if (!T::rows::tree.nodes[n].label.empty()) out.emplace_back(T::rows::tree.nodes[n].label);
    for (std::size_t n = 0; n != T::columns::tree.node_count; ++n)
      if (!T::columns::tree.nodes[n].label.empty()) out.emplace_back(T::columns::tree.nodes[n].label);
  });
  return out;
}

/// Every reference within the page names an element of the page, and no id is used twice.
void check_links(const std::string& html) {
  const std::vector<std::string> ids = attribute_values(html, "id");
  const std::set<std::string> unique(ids.begin(), ids.end());
  CHECK(unique.size() == ids.size());
  for (const std::string& href : attribute_values(html, "href")) {
    CHECK_MESSAGE(href.starts_with("#"), href);
    CHECK_MESSAGE(unique.count(href.substr(href.empty() ? 0 : 1)) == 1, href);
  }
  for (const std::string& list : attribute_values(html, "data-cells"))
    for (const std::string& id : words(list)) CHECK_MESSAGE(unique.count(id) == 1, id);
  for (const std::string& list : attribute_values(html, "data-findings"))
    for (const std::string& id : words(list)) CHECK_MESSAGE(unique.count(id) == 1, id);
}

}  // namespace

TEST_CASE("html_writer: the changed cell of changchun-2023 is an error linked to S3.ROW and S3.TOTAL") {
  const checked_file f = check_text(changed_changchun());
  const std::string html = render(f);

  const std::string td = tag_with_id(html, "r1-section3-granted-natural_person");
  REQUIRE_OR_RETURN(!td.empty());
  CHECK(td.starts_with("<td"));
  CHECK(words(attribute(td, "class")).count("err") == 1);
  CHECK(words(attribute(td, "class")).count("likely") == 1);  // EXPLAIN.CELL names it
  const std::set<std::string> rules = words(attribute(td, "data-rule"));
  CHECK(rules.count("S3.ROW") == 1);
  CHECK(rules.count("S3.TOTAL") == 1);
  CHECK(rules.count("EXPLAIN.CELL") == 1);
  CHECK(attribute(td, "title").find("[S3.ROW]") != std::string::npos);
  // its content: the number as published, the glyph linking to its first finding, the suggestion
  const std::size_t at = html.find(td);
  const std::string content = html.substr(at + td.size(), html.find("</td>", at) - at - td.size());
  CHECK(content.starts_with("26"));
  CHECK(content.find("<a class=\"g\" href=\"#f") != std::string::npos);
  CHECK(content.find("\xE2\x86\x92" "25") != std::string::npos);  // →25

  // every finding it takes part in lists it among its cells, and says what it found
  const std::set<std::string> found = words(attribute(td, "data-findings"));
  CHECK(found.size() == 3);
  for (const std::string& id : found) {
    const std::string li = tag_with_id(html, id);
    CHECK(li.starts_with("<li"));
    CHECK(words(attribute(li, "data-cells")).count("r1-section3-granted-natural_person") == 1);
  }

  // the S3.ROW finding: the whole row, its message, the identity, the values and the source line
  std::string row_li;
  for (const std::string& id : found)
    if (attribute(tag_with_id(html, id), "data-rule") == "S3.ROW") row_li = id;
  REQUIRE_OR_RETURN(!row_li.empty());
  const std::string li_tag = tag_with_id(html, row_li);
  CHECK(words(attribute(li_tag, "class")).count("err") == 1);
  const std::set<std::string> row_cells = words(attribute(li_tag, "data-cells"));
  CHECK(row_cells.size() == 7);
  for (std::string_view column : xxgk::s3::table_2021_t::columns::keys)
    CHECK(row_cells.count("r1-section3-granted-" + std::string(column)) == 1);
  const std::size_t li_at = html.find(li_tag);
  const std::string item = html.substr(li_at, html.find("</li>", li_at) - li_at);
  CHECK(item.find("总计 = 六类申请人之和") != std::string::npos);               // the identity as written
  CHECK(item.find("<span class=\"n\">31</span> / <span class=\"n\">30</span>") != std::string::npos);
  CHECK(item.find("changchun-2023.txt:") != std::string::npos);
  CHECK(item.find("<code class=\"src\">") != std::string::npos);               // the source line
  CHECK(item.find("<mark>30</mark>") != std::string::npos);                    // at the published total
  CHECK(item.find("<a href=\"#r1-section3-granted-natural_person\">（一）予以公开 / 自然人</a>") != std::string::npos);

  // the other cells of the failing row and column are errors too; a cell of no finding is not
  CHECK(words(attribute(tag_with_id(html, "r1-section3-granted-total"), "class")).count("err") == 1);
  CHECK(words(attribute(tag_with_id(html, "r1-section3-outcome_total-natural_person"), "class")).count("err") == 1);
  CHECK(attribute(tag_with_id(html, "r1-section3-new_received-commercial"), "class") == "num");
  check_links(html);
}

TEST_CASE("html_writer: the consistent changchun-2023 has no cell marked as an error") {
  const checked_file f = check_text(xxgk_test::read_data_file("changchun-2023.txt"));
  const std::string html = render(f);
  std::size_t cells = 0;
  for (const std::string& tag : tags(html, "<td")) {
    ++cells;
    CHECK_MESSAGE(words(attribute(tag, "class")).count("err") == 0, tag);
  }
  for (const std::string& tag : tags(html, "<th")) CHECK_MESSAGE(words(attribute(tag, "class")).count("err") == 0, tag);
  // chapter 二 (10 cells), 三 (25 rows × 7), 四 (15): every cell drawn once
  CHECK(cells == 10 + 25 * 7 + 15);
  CHECK(html.find("<b>0</b> 错误") != std::string::npos);
  CHECK(html.find("单元格：读取 <b>200</b> &middot; 推定 <b>0</b> &middot; 未读取 <b>0</b>") != std::string::npos);
  CHECK(html.find("<dd>长春市国动办</dd>") != std::string::npos);  // as the title names it
  check_links(html);

  // the same report with a changed number has marked cells: the check above can fail
  const std::string changed = render(check_text(changed_changchun()));
  std::size_t errors = 0;
  for (const std::string& tag : tags(changed, "<td")) errors += words(attribute(tag, "class")).count("err");
  CHECK(errors == 7 + 22 - 1);  // the row and the column (S3.TOTAL adds 21 cells to its total) cross once
}

TEST_CASE("html_writer: every published string is escaped") {
  const std::string evil = "<script>alert(1)</script>";
  xxgk::report_2021 r = writer_tests::faulty_2021();
  r.agency.assign(evil + "\xFF\"'&");
  const xxgk::any_report report = r;
  std::vector<xxgk::diagnostic> ds = xxgk::describe(r, xxgk::validate(r));
  xxgk::diagnostic d;
  d.rule = evil;
  d.severity = xxgk::severity::warning;
  d.table = "section3";
  d.row = "granted";
  d.message_zh = d.message_en = evil;
  d.raw = evil;
  d.expected = evil;
  d.line = 2;
  d.col = 1;
  ds.push_back(d);
  const std::string source = "first line\n" + evil + "\t" + evil + "\n";
  const std::string file = evil + ".txt";
  xxgk::diagnostic failure = d;
  failure.severity = xxgk::severity::error;
  const std::vector<xxgk::html_input> files{{file, &report, ds, nullptr, source}, {file, nullptr, {}, &failure, source}};

  for (const xxgk::language lang : {xxgk::language::zh, xxgk::language::en}) {
    const std::string html = xxgk::to_html(files, lang);
    CHECK(html.find("<script>alert") == std::string::npos);
    CHECK(html.find("</script>\n</body>") != std::string::npos);
    CHECK(count(html, "<script") == 1);  // the page's own
    CHECK(count(html, "</script") == 1);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;\xEF\xBF\xBD&quot;&#39;&amp;") != std::string::npos);  // the agency
    CHECK(html.find("<h2>&lt;script&gt;alert(1)&lt;/script&gt;.txt</h2>") != std::string::npos);         // the file
    CHECK(html.find("<mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark>") != std::string::npos);         // the source line
    CHECK(html.find("data-rule=\"&lt;script&gt;alert(1)&lt;/script&gt;\"") != std::string::npos);      // the rule
    CHECK(html.find("\xFF") == std::string::npos);
    check_links(html);
  }

  // a cell of a published table holding the script: read as text, never printed raw
  std::string text = xxgk_test::read_data_file("changchun-2023.txt");
  const std::size_t at = text.find("予以公开\t25\t");
  REQUIRE_OR_RETURN(at != std::string::npos);
  text.replace(at, std::string("予以公开\t25").size(), "予以公开\t" + evil);
  const checked_file f = check_text(text);
  const std::string html = render(f);
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(count(html, "<script") == 1);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);  // quoted, as text
  check_links(html);
}

TEST_CASE("html_writer: the page names no resource outside itself") {
  const checked_file f = check_text(changed_changchun());
  const std::string html = render(f);
  for (std::string_view external : {"src=", "url(", "@import", "<link", "<img", "<iframe", "<object", "<embed",
                                    "href=\"http", "href=\"//", "action="})
    CHECK_MESSAGE(html.find(external) == std::string::npos, external);
  for (const std::string& href : attribute_values(html, "href")) CHECK(href.starts_with("#"));
  CHECK(html.find("default-src 'none'") != std::string::npos);
  CHECK(html.find("@media print") != std::string::npos);
  CHECK(html.find("size:A4") != std::string::npos);

  // the page's own text (no source quoted) has no address at all
  const xxgk::html_input in{"changchun-2023.txt", &f.report, f.diagnostics};
  const std::string own = xxgk::to_html(in);
  CHECK(own.find("http://") == std::string::npos);
  CHECK(own.find("https://") == std::string::npos);
  CHECK(own.find("<mark>") == std::string::npos);  // no line quoted without the source
}

TEST_CASE("html_writer: every label of the schema comes out, in Chinese whatever the language") {
  for (const xxgk::language lang : {xxgk::language::zh, xxgk::language::en}) {
    const xxgk::report_2021 r2021 = writer_tests::consistent_2021();
    const xxgk::report_2019 r2019 = fixtures::make_consistent_2019();
    const xxgk::any_report a = r2021, b = r2019;
    const std::vector<xxgk::html_input> files{{"a.txt", &a, {}}, {"b.txt", &b, {}}};
    const std::string html = xxgk::to_html(files, lang);
    std::vector<std::string> labels = schema_labels(r2021);
    const std::vector<std::string> more = schema_labels(r2019);
    labels.insert(labels.end(), more.begin(), more.end());
    CHECK(labels.size() > 100);
    for (const std::string& label : labels) {
      // the optional single （六）其他处理 row of edition 2021 shares its label with the heading
      CHECK_MESSAGE(html.find(">" + label) != std::string::npos, label);
    }
    for (std::string_view heading : {"二、主动公开政府信息情况", "申请人情况", "信息内容", "本列数据的勾稽关系为"})
      CHECK_MESSAGE(html.find(heading) != std::string::npos, heading);
    CHECK(html.find("国办公开办函〔2019〕60号") != std::string::npos);
    CHECK(html.find("国办公开办函〔2021〕30号") != std::string::npos);
    check_links(html);
  }
}

TEST_CASE("html_writer: chapters 三 and 四 are drawn as the national format prints them") {
  const xxgk::any_report a = writer_tests::consistent_2021();
  const std::string html = xxgk::to_html(xxgk::html_input{"a.txt", &a, {}});
  // 申请人情况 over the seven columns, 法人或其他组织 over five, 自然人 and 总计 over two header rows
  CHECK(html.find("<th class=\"grp\" colspan=\"7\">申请人情况</th>") != std::string::npos);
  CHECK(html.find("<th class=\"grp\" colspan=\"5\">法人或其他组织</th>") != std::string::npos);
  CHECK(html.find("<th class=\"col\" rowspan=\"2\">自然人</th>") != std::string::npos);
  CHECK(html.find("<th class=\"corner\" rowspan=\"3\" colspan=\"3\">") != std::string::npos);
  // the outcomes: 三、本年度办理结果 over (一) to (七), each group over its grounds
  CHECK(html.find("<th class=\"grp\" rowspan=\"22\">三、本年度办理结果</th>") != std::string::npos);
  CHECK(html.find("<th class=\"grp\" rowspan=\"8\">（三）不予公开</th>") != std::string::npos);
  CHECK(html.find("<th class=\"grp\" rowspan=\"3\">（四）无法提供</th>") != std::string::npos);
  CHECK(html.find("<th class=\"grp\" rowspan=\"5\">（五）不予处理</th>") != std::string::npos);
  CHECK(html.find("<th class=\"grp\" rowspan=\"3\">（六）其他处理</th>") != std::string::npos);
  CHECK(tag_with_id(html, "r1-section3-new_received").find("colspan=\"3\"") != std::string::npos);
  CHECK(tag_with_id(html, "r1-section3-granted").find("colspan=\"2\"") != std::string::npos);
  CHECK(tag_with_id(html, "r1-section3-outcome_total").find("colspan=\"2\"") != std::string::npos);
  CHECK(tag_with_id(html, "r1-section3-withheld_state_secret").find("colspan") == std::string::npos);
  CHECK(tag_with_id(html, "r1-section3-other_handling").empty());  // the 2019 single row: not printed
  // chapter 四: 行政复议 over five results, 行政诉讼 over its two case types of five
  CHECK(html.find("<th class=\"grp\" colspan=\"10\">行政诉讼</th>") != std::string::npos);
  CHECK(tag_with_id(html, "r1-section4-reconsideration").find("colspan=\"5\"") != std::string::npos);
  CHECK(tag_with_id(html, "r1-section4-litigation_direct").find("colspan=\"5\"") != std::string::npos);
  CHECK(html.find("<th class=\"col\" rowspan=\"2\">结果维持</th>") != std::string::npos);
  CHECK(count(html, "<th class=\"col\">结果维持</th>") == 2);
  // every row as wide as the table: 二 a label and three columns, 三 three levels of labels and
  // seven columns, 四 fifteen
  using widths = std::vector<std::set<std::size_t>>;
  CHECK(grid_widths(html) == widths{{4}, {10}, {15}});

  // a 2021+ report printing the single （六）其他处理 row: that row, not the three items
  const xxgk::any_report hybrid = fixtures::make_hongze_2024();
  const std::string h = xxgk::to_html(xxgk::html_input{"h.txt", &hybrid, {}});
  CHECK(tag_with_id(h, "r1-section3-other_handling").find("colspan=\"2\"") != std::string::npos);
  CHECK(tag_with_id(h, "r1-section3-other_misc").empty());
  CHECK(h.find("<th class=\"grp\" rowspan=\"20\">三、本年度办理结果</th>") != std::string::npos);
  CHECK(grid_widths(h) == widths{{4}, {10}, {15}});
  // edition 2019: five tables in chapter 二
  const xxgk::any_report r2019 = fixtures::make_consistent_2019();
  const std::string old = xxgk::to_html(xxgk::html_input{"2019.txt", &r2019, {}});
  CHECK(grid_widths(old) == widths{{4}, {10}, {15}});
  CHECK(old.find("<th class=\"grp\" rowspan=\"20\">三、本年度办理结果</th>") != std::string::npos);
  CHECK(tag_with_id(old, "r1-section3-other_handling").find("colspan=\"2\"") != std::string::npos);
  // a report whose row of a group is marked shows it even where the layout would not
  xxgk::diagnostic d;
  d.rule = "FMT.OTHER_HANDLING";
  d.severity = xxgk::severity::warning;
  d.table = "section3";
  d.row = "other_handling";
  const std::vector<xxgk::diagnostic> ds{d};
  const std::string shown = xxgk::to_html(xxgk::html_input{"a.txt", &a, ds});
  CHECK(!tag_with_id(shown, "r1-section3-other_handling").empty());
  CHECK(grid_widths(shown) == widths{{4}, {10}, {15}});
  CHECK(shown.find("<th class=\"grp\" rowspan=\"4\">（六）其他处理</th>") != std::string::npos);
}

TEST_CASE("html_writer: cells as published, and marked by what they hold") {
  xxgk::report_2021 r = writer_tests::faulty_2021();  // "/" at 二（一）, text at 三（一）商业企业, ...
  r(xxgk::s3::granted, xxgk::s3::research) = xxgk::cell{0}.as_inferred();
  r(xxgk::s3::carried_forward, xxgk::s3::legal_services) = xxgk::cell{};  // absent
  const xxgk::any_report a = r;
  const std::vector<xxgk::diagnostic> ds = xxgk::describe(r, xxgk::validate(r));
  const std::string html = xxgk::to_html(xxgk::html_input{"faulty.txt", &a, ds});

  const std::string marker = tag_with_id(html, "r1-section2.1-regulations-repealed");
  CHECK(words(attribute(marker, "class")) == std::set<std::string>{"marker", "warn"});
  CHECK(attribute(marker, "data-rule") == "CELL.BLANK");
  CHECK(html.find(marker + "/<a class=\"g\"") != std::string::npos);

  const std::string text = tag_with_id(html, "r1-section3-granted-commercial");
  CHECK(words(attribute(text, "class")).count("text") == 1);
  CHECK(words(attribute(text, "class")).count("err") == 1);  // CELL.RANGE; the notes it causes are weaker
  CHECK(words(attribute(text, "data-rule")) == std::set<std::string>{"CELL.RANGE", "S3.ROW", "S3.TOTAL"});

  // the S3.ROW over the text cell is not assessable: its other cells are marked so
  const std::string na = tag_with_id(html, "r1-section3-granted-natural_person");
  CHECK(words(attribute(na, "class")).count("na") == 1);
  CHECK(html.find(na + "25<a class=\"g\"") != std::string::npos);

  const std::string inferred = tag_with_id(html, "r1-section3-granted-research");
  CHECK(words(attribute(inferred, "class")).count("inferred") == 1);
  CHECK(attribute(inferred, "title").find("推定值") != std::string::npos);

  const std::string unread = tag_with_id(html, "r1-section3-carried_forward-legal_services");
  CHECK(words(attribute(unread, "class")).count("unread") == 1);

  // S3.BALANCE of the 自然人 column: its four rows, and the column's cells nowhere else
  std::string balance;
  for (const std::string& li : tags(html, "<li"))
    if (attribute(li, "data-rule") == "S3.BALANCE" && attribute(li, "data-cells").find("natural_person") != std::string::npos)
      balance = li;
  CHECK(words(attribute(balance, "data-cells")) ==
        std::set<std::string>{"r1-section3-new_received-natural_person", "r1-section3-carried_over-natural_person",
                              "r1-section3-outcome_total-natural_person", "r1-section3-carried_forward-natural_person"});
  // S4.TOTAL of 行政复议: its five cells
  std::string s4;
  for (const std::string& li : tags(html, "<li"))
    if (attribute(li, "data-rule") == "S4.TOTAL") s4 = li;
  CHECK(words(attribute(s4, "data-cells")).size() == 5);
  CHECK(html.find("<b>4</b> 错误") != std::string::npos);
  check_links(html);
}

TEST_CASE("html_writer: findings about a row or a table mark its label or caption") {
  const xxgk::any_report a = writer_tests::consistent_2021();
  xxgk::diagnostic label;
  label.rule = "FMT.LABEL";
  label.severity = xxgk::severity::warning;
  label.table = "section3";
  label.row = "withheld_internal_affairs";
  label.message_zh = "标签";
  xxgk::diagnostic missing = label;
  missing.rule = "FMT.MISSING_TABLE";
  missing.table = "section4";
  missing.row.clear();
  xxgk::diagnostic nowhere = label;
  nowhere.rule = "FMT.CHAPTER";
  nowhere.table.clear();
  nowhere.row.clear();
  const std::vector<xxgk::diagnostic> ds{label, missing, nowhere};
  const std::string html = xxgk::to_html(xxgk::html_input{"a.txt", &a, ds});
  const std::string th = tag_with_id(html, "r1-section3-withheld_internal_affairs");
  CHECK(th.starts_with("<th"));
  CHECK(words(attribute(th, "class")).count("warn") == 1);
  CHECK(attribute(th, "data-findings") == "f1");
  const std::string caption = tag_with_id(html, "r1-section4");
  CHECK(words(attribute(caption, "class")).count("warn") == 1);
  CHECK(attribute(caption, "data-findings") == "f2");
  CHECK(attribute(tag_with_id(html, "f3"), "data-cells").empty());
  CHECK(attribute(tag_with_id(html, "f1"), "data-cells") == "r1-section3-withheld_internal_affairs");
  check_links(html);
}

TEST_CASE("html_writer: messages in the chosen language, labels in Chinese") {
  const checked_file f = check_text(changed_changchun());
  const std::string zh = render(f, xxgk::language::zh);
  const std::string en = render(f, xxgk::language::en);
  for (const xxgk::diagnostic& d : f.diagnostics) {
    const std::string zh_message = html_escaped(d.message_zh), en_message = html_escaped(d.message_en);
    CHECK(zh.find(zh_message) != std::string::npos);
    CHECK(en.find(en_message) != std::string::npos);
    CHECK(en.find(zh_message) == std::string::npos);
  }
  CHECK(en.find("<html lang=\"en\">") != std::string::npos);
  CHECK(en.find(">（一）予以公开") != std::string::npos);
  CHECK(en.find("expected / actual") != std::string::npos);
  CHECK(zh.find("期望 / 实际") != std::string::npos);
}

TEST_CASE("html_writer: several files, one that could not be read, share one page") {
  const checked_file f = check_text(changed_changchun());
  xxgk::diagnostic failure;
  failure.rule = "INPUT.EMPTY";
  failure.severity = xxgk::severity::error;
  failure.message_zh = "输入为空";
  failure.message_en = "the input is empty";
  const std::vector<xxgk::html_input> files{{"a.txt", &f.report, f.diagnostics, nullptr, f.text},
                                            {"empty.txt", nullptr, {}, &failure},
                                            {"b.txt", &f.report, f.diagnostics, nullptr, f.text}};
  const std::string html = xxgk::to_html(files);
  std::ostringstream out;
  xxgk::write_html(out, files);
  CHECK(out.str() == html);
  check_links(html);  // ids unique across the files
  const std::size_t n = f.diagnostics.size();
  CHECK(count(html, "<li id=\"f") == 2 * n + 1);
  CHECK(!tag_with_id(html, "f" + std::to_string(2 * n + 1)).empty());
  CHECK(attribute(tag_with_id(html, "f" + std::to_string(n + 1)), "data-rule") == "INPUT.EMPTY");
  CHECK(!tag_with_id(html, "r3-section3-granted-natural_person").empty());
  CHECK(html.find("<a href=\"#r2\">empty.txt</a>") != std::string::npos);
  CHECK(html.find("输入为空") != std::string::npos);
}

TEST_CASE("html_writer: 300 findings render, and the page grows linearly with them") {
  const xxgk::report_2021 r = writer_tests::consistent_2021();
  const xxgk::any_report a = r;
  // findings that involve many cells each, as a badly broken report would have: S3.TOTAL of the
  // 自然人 column (22 cells) every other one, S3.ROW (7 cells) of every row in turn between them
  auto findings = [&](std::size_t n) {
    std::vector<xxgk::diagnostic> out;
    for (std::size_t i = 0; out.size() != n; ++i) {
      xxgk::diagnostic d;
      const bool down = i % 2 == 0;
      d.rule = down ? "S3.TOTAL" : "S3.ROW";
      d.severity = xxgk::severity::error;
      d.table = "section3";
      d.row = down ? "outcome_total" : std::string(xxgk::s3::table_2021_t::rows::keys[i % 26]);
      d.column = down ? "natural_person" : "total";
      d.expected = std::to_string(i);
      d.actual = std::to_string(i + 1);
      d.message_zh = "第 " + std::to_string(i) + " 条";
      d.message_en = "number " + std::to_string(i);
      out.push_back(std::move(d));
    }
    return out;
  };
  const std::vector<xxgk::diagnostic> f300 = findings(300), f600 = findings(600), f900 = findings(900);
  const std::string html = xxgk::to_html(xxgk::html_input{"a.txt", &a, f300});
  const std::string twice = xxgk::to_html(xxgk::html_input{"a.txt", &a, f600});
  const std::string thrice = xxgk::to_html(xxgk::html_input{"a.txt", &a, f900});
  CHECK(count(html, "<li id=\"f") == 300);
  CHECK(!tag_with_id(html, "f300").empty());
  CHECK(tag_with_id(html, "f301").empty());
  check_links(html);
  // findings 601 to 900 cost what 301 to 600 did, within 5 % (their ids and numbers have as many
  // digits): nothing grows with the square of the findings
  const double second = static_cast<double>(twice.size() - html.size());
  const double third = static_cast<double>(thrice.size() - twice.size());
  CHECK(third < second * 1.05);
  CHECK(third > second * 0.95);
  // a cell in 150 findings names them all, but its title quotes three
  const std::string td = tag_with_id(html, "r1-section3-granted-natural_person");
  CHECK(words(attribute(td, "data-findings")).size() == 150);
  CHECK(attribute(td, "title").size() < 400);
}
