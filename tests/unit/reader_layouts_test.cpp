// The reader on layouts that lose cells: digits run together (the splitter), one cell per line
// where a blank row leaves no trace, and PDF→markdown tables whose labels were torn off their
// rows. Inputs are written inline, the way those converters print them; expected values are
// typed in from the format, never taken from the parser's output.

#include <xxgk/detail/digit_split.hpp>  // run-together digits split, tested alone
#include <xxgk/parse.hpp>
#include <xxgk/xxgk.hpp>

#include <doctest/doctest.h>

#include "report_rows.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace {

using xxgk_test::count_rule;

std::vector<std::int64_t> values_of(const xxgk::detail::digit_readings& r, std::size_t k) {
  std::vector<std::int64_t> out;
  for (const auto& n : r.found.at(k)) out.push_back(n.value);
  return out;
}

/// The official labels of chapter 三, edition 2021, in order.
const std::vector<std::string> s3_labels = [] {
  std::vector<std::string> out;
  for (std::string_view l : xxgk::s3::table_2021_t::rows::labels) out.emplace_back(l);
  return out;
}();

}  // namespace

TEST_CASE("split_digits: every split, and only those that add up") {
  using xxgk::detail::split_digits;
  using xxgk::detail::split_shape;
  SUBCASE("one reading") {
    const auto r = split_digits("640020470", split_shape{1, 7, true});
    REQUIRE(r.count == 1);
    CHECK(values_of(r, 0) == std::vector<std::int64_t>{64, 0, 0, 2, 0, 4, 70});
    CHECK(r.found[0][6].at == 7);  // 70 starts at the eighth digit
  }
  SUBCASE("two readings add up") {
    const auto r = split_digits("270020130", split_shape{1, 7, true});
    REQUIRE(r.count == 2);
    CHECK(values_of(r, 0) == std::vector<std::int64_t>{2, 7, 0, 0, 20, 1, 30});
    CHECK(values_of(r, 1) == std::vector<std::int64_t>{27, 0, 0, 2, 0, 1, 30});
  }
  SUBCASE("none adds up") { CHECK(split_digits("640020471", split_shape{1, 7, true}).count == 0); }
  SUBCASE("a space is a boundary: no number spans it") {
    const auto r = split_digits("500000 5", split_shape{1, 7, true});
    REQUIRE(r.count == 1);
    CHECK(values_of(r, 0) == std::vector<std::int64_t>{5, 0, 0, 0, 0, 0, 5});
    CHECK(split_digits("12 3", split_shape{1, 3, false}).count == 1);  // 1 | 2 | 3 only
  }
  SUBCASE("no leading zeros, a lone 0 is a number") {
    const auto r = split_digits("1000", split_shape{1, 3, false});
    REQUIRE(r.count == 1);  // 10 | 0 | 0: 1 | 00 | 0 and 1 | 0 | 00 have leading zeros
    CHECK(values_of(r, 0) == std::vector<std::int64_t>{10, 0, 0});
  }
  SUBCASE("three groups of five, each total the sum of its four") {
    const auto r = split_digits("10203120001200000", split_shape{3, 5, true});
    REQUIRE(r.count == 1);
    CHECK(values_of(r, 0) ==
          std::vector<std::int64_t>{1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0});
  }
  SUBCASE("without an identity, many readings") {
    const auto r = split_digits("693665", split_shape{1, 3, false}, 4);
    CHECK(r.count == 5);  // more than the four it lists
    CHECK(r.found.size() == 4);
  }
  SUBCASE("a long run gives up rather than search forever") {
    const std::string digits(200, '1');
    const auto r = split_digits(digits, split_shape{1, 7, true}, 4, 1000);
    CHECK((r.gave_up || r.count == 0));
  }
}

TEST_CASE("split_digits: a `_` is one blank cell, counted as 0") {
  using xxgk::detail::split_digits;
  using xxgk::detail::split_shape;
  const auto blanks_of = [](const xxgk::detail::digit_readings& r) {
    std::vector<bool> out;
    for (const auto& n : r.found.at(0)) out.push_back(n.blank);
    return out;
  };
  SUBCASE("two stretches of digits around two blanks: one reading adds up") {
    // html-shanghai-office-2019's 一、本年新收: 821 | 35 | blank | blank | 2 | 1 | 859
    const auto r = split_digits("82135__21859", split_shape{1, 7, true});
    REQUIRE(r.count == 1);
    CHECK(values_of(r, 0) == std::vector<std::int64_t>{821, 35, 0, 0, 2, 1, 859});
    CHECK(blanks_of(r) == std::vector<bool>{false, false, true, true, false, false, false});
    CHECK(r.found[0][2].at == 5);  // the first blank's `_`
    // read with each `_` a space, the same digits give no split into seven
    CHECK(split_digits("82135 21859", split_shape{1, 7, true}).count == 0);
  }
  SUBCASE("a blank total: only parts that add up to 0") {
    // 14 and six blanks, the last the total: 0 is no 14 (and 1 | 4 and six blanks are eight cells)
    CHECK(split_digits("14______", split_shape{1, 7, true}).count == 0);
    // 1 | 4 and five blanks: a blank total, parts of 5
    CHECK(split_digits("14_____", split_shape{1, 7, true}).count == 0);
    const auto zero = split_digits("0_____", split_shape{1, 7, true});
    CHECK(zero.count == 0);  // six cells only
    const auto zeros = split_digits("00_____", split_shape{1, 7, true});
    REQUIRE(zeros.count == 1);
    CHECK(blanks_of(zeros) == std::vector<bool>{false, false, true, true, true, true, true});
  }
  SUBCASE("three groups of five, blanks among them") {
    // the same page's chapter 四: 5 | _ | _ | 2 | 7 || 8 | _ | _ | 1 | 9 || _ | _ | _ | _ | _
    const auto r = split_digits("5__278__19_____", split_shape{3, 5, true});
    REQUIRE(r.count == 1);
    CHECK(values_of(r, 0) == std::vector<std::int64_t>{5, 0, 0, 2, 7, 8, 0, 0, 1, 9, 0, 0, 0, 0, 0});
    CHECK(blanks_of(r) ==
          std::vector<bool>{false, true, true, false, false, false, true, true, false, false, true, true, true, true, true});
  }
  SUBCASE("a number never spans a blank") {
    CHECK(split_digits("1_1", split_shape{1, 3, false}).count == 1);   // 1 | blank | 1
    CHECK(split_digits("1_1", split_shape{1, 2, false}).count == 0);   // no room for the blank's cell
    CHECK(split_digits("11_", split_shape{1, 2, false}).count == 1);   // 11 | blank in two cells
    CHECK(split_digits("11_", split_shape{1, 3, false}).count == 1);   // 1 | 1 | blank in three
    CHECK(split_digits("_11", split_shape{1, 3, false}).count == 1);   // blank | 1 | 1
  }
}

TEST_CASE("adds_up_with_cells_lost: a reading with fewer numbers, the lost cells blank") {
  using xxgk::detail::adds_up_with_cells_lost;
  using xxgk::detail::split_shape;
  // 821 | 35 | 2 | 1 | 859, two blanks left out: no split into seven adds up, this one does
  CHECK(adds_up_with_cells_lost("82135 21859", split_shape{1, 7, true}));
  CHECK(adds_up_with_cells_lost("82135__21859", split_shape{1, 7, true}));  // a `_` is a space here
  // pingtan-2021's row with its last digit changed: no reading at all, lost cells or not
  CHECK(!adds_up_with_cells_lost("640020471", split_shape{1, 7, true}));
  // a lost total is 0, and then so are its parts
  CHECK(adds_up_with_cells_lost("000", split_shape{1, 7, true}));
  CHECK(!adds_up_with_cells_lost("5", split_shape{1, 7, true}));
  // more numbers than cells: none
  CHECK(!adds_up_with_cells_lost("1 1 2 1 1 2", split_shape{1, 3, true}));
  CHECK(adds_up_with_cells_lost("1 1 2 1 1 2", split_shape{2, 3, true}));
  // chapter 四, three groups: 11 = 10 + 1 in the first, a lost group, 5 = 5 in the last
  CHECK(adds_up_with_cells_lost("10111 55", split_shape{3, 5, true}));
  CHECK(!adds_up_with_cells_lost("10112 56", split_shape{3, 5, true}));
  // a search past its budget knows nothing: true, so no error is claimed
  CHECK(adds_up_with_cells_lost(std::string(60, '1'), split_shape{3, 5, true}, 50));
}

TEST_CASE("parse: one cell per line, a row with no number before the next label is all blank") {
  // as a CMS exports a table: one cell per line, blank lines between, empty cells leave nothing
  std::string text = "某镇2023年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n\n申请人情况\n\n自然人\n\n总计\n\n";
  auto row = [&](const std::string& label, const std::vector<int>& v) {
    text += label + "\n\n";
    for (int x : v) text += std::to_string(x) + "\n\n";
  };
  row(s3_labels[0], {5, 1, 0, 0, 0, 0, 6});
  row(s3_labels[1], {});                      // 二、上年结转: all blank, the next label follows
  text += "三、本年度办理结果\n\n";
  row(s3_labels[2], {3, 1, 0, 0, 0, 0, 4});
  row(s3_labels[3], {2, 0, 0, 0, 0});         // （二）: five numbers of seven: unreadable
  text += "（三）不予公开\n\n";
  row(s3_labels[4], {});                      // 1.属于国家秘密: all blank
  row(s3_labels[5], {0, 0, 0, 0, 0, 0, 0});
  row(s3_labels[6], {});                      // cut off here: the end of the text is no label
  const auto parsed = xxgk::parse(text);
  REQUIRE_OR_RETURN(parsed.has_value());
  const auto* r = parsed->report.get<xxgk::edition_2021_t>();
  REQUIRE_OR_RETURN(r != nullptr);
  namespace s3 = xxgk::s3;
  for (std::size_t c = 0; c != 7; ++c) {
    CHECK((*r)[s3::table_2021].at(1, c).state == xxgk::cell_state::blank);  // 二、上年结转
    CHECK((*r)[s3::table_2021].at(4, c).state == xxgk::cell_state::blank);  // 1.属于国家秘密
    CHECK((*r)[s3::table_2021].at(1, c).pos.line == 27);                    // the label's line
  }
  CHECK((*r)(s3::new_received, s3::total).value == xxgk::decimal{6, 0});
  CHECK(!(*r)(s3::partially_granted, s3::total).is_present());           // 5 of 7: unreadable
  CHECK(!(*r)(s3::withheld_security_stability, s3::total).is_present());  // no label after it
  CHECK((*r)(s3::withheld_law_prohibited, s3::total).value == xxgk::decimal{0, 0});
  // blanks are reported as blanks, like any other
  const auto findings = xxgk::validate(*r);
  CHECK(findings.count(xxgk::rules::cell_blank) == 14);

  SUBCASE("rows a line, numbers beside their labels: a label alone is a blank row only before a label with its numbers") {
    // a row's numbers stand by its label: 二 alone on its line, （一）'s numbers beside its label
    const std::string head = "三、收到和处理政府信息公开申请情况\n" + s3_labels[0] + " 5 1 0 0 0 0 6\n" + s3_labels[1] + "\n";
    const auto other = xxgk::parse(head + s3_labels[2] + " 3 1 0 0 0 0 4\n");
    REQUIRE_OR_RETURN(other.has_value());
    const auto* o = other->report.get<xxgk::edition_2021_t>();
    REQUIRE_OR_RETURN(o != nullptr);
    CHECK((*o)(s3::carried_over, s3::total).is_blank());
    CHECK((*o)(s3::granted, s3::total).value == xxgk::decimal{4, 0});
    // （一）'s label alone too, the numbers on a line of their own: they may be 二's (a PDF's
    // reading order stacks labels before their numbers), and 二 is not read (a whole row's
    // numbers on one line are read as the row after whose label they stand)
    const auto stacked = xxgk::parse(head + s3_labels[2] + "\n3 1 0 0 0 0 4\n");
    REQUIRE_OR_RETURN(stacked.has_value());
    const auto* k = stacked->report.get<xxgk::edition_2021_t>();
    REQUIRE_OR_RETURN(k != nullptr);
    CHECK(!(*k)(s3::carried_over, s3::total).is_present());
    CHECK((*k)(s3::granted, s3::total).value == xxgk::decimal{4, 0});
    // （一）'s line cut into cells by tabs: rows a converter rebuilt from a text's cells, which
    // writes a row whose cells it cannot place up to its label only (`bar_line_cells`: its
    // numbers left out), so a label alone there says nothing (tests/layouts/mutations.py seed 932
    // found 3.其他 so read all blank, its numbers 287 … 291 dropped by the converter)
    const auto cut = xxgk::parse("三、收到和处理政府信息公开申请情况\n" + s3_labels[0] + "\t5\t1\t0\t0\t0\t0\t6\n" +
                                 s3_labels[1] + "\n" + s3_labels[2] + "\t3\t1\t0\t0\t0\t0\t4\n");
    REQUIRE_OR_RETURN(cut.has_value());
    const auto* c = cut->report.get<xxgk::edition_2021_t>();
    REQUIRE_OR_RETURN(c != nullptr);
    CHECK(!(*c)(s3::carried_over, s3::total).is_present());
    CHECK((*c)(s3::granted, s3::total).value == xxgk::decimal{4, 0});
  }
}

TEST_CASE("parse: 2021's heading （六） after its first item's label is in no order; a label strayed after the table") {
  namespace s3 = xxgk::s3;
  // pdftotext without -layout of a browser's print of Word's HTML: a label, then its row's numbers
  // one a line; the merged heading （六）其他处理 printed on 2.'s line, after 1.'s label; 3.其他's
  // numbers with no label, its label after the table (after the heading （五）不予处理). The order
  // was taken as scrambled, and no row read
  std::string text = "三、收到和处理政府信息公开申请情况\n";
  std::size_t n = 0;
  for (const std::string& label : s3_labels) {
    if (label == "（六）其他处理") continue;
    ++n;
    const std::string numbers = std::to_string(n) + "\n0\n0\n0\n0\n0\n" + std::to_string(n) + "\n";
    if (label == "3.其他") {
      text += numbers;
      continue;
    }
    text += (label.starts_with("2.申请人逾期") ? "（六）其他处理 " + label : label) + "\n" + numbers;
  }
  text += "（五）不予处理\n3.其他\n";
  const auto parsed = xxgk::parse(text);
  REQUIRE_OR_RETURN(parsed.has_value());
  const auto* r = parsed->report.get<xxgk::edition_2021_t>();
  REQUIRE_OR_RETURN(r != nullptr);
  CHECK((*r)(s3::new_received, s3::total).value == xxgk::decimal{1, 0});
  CHECK((*r)(s3::other_overdue_correction, s3::natural_person).value == xxgk::decimal{21, 0});
  CHECK((*r)(s3::outcome_total, s3::total).value == xxgk::decimal{24, 0});
  CHECK((*r)(s3::carried_forward, s3::total).value == xxgk::decimal{25, 0});
  // 2.'s lines hold 3.其他's numbers after its own: which are its own is not for the order to say
  CHECK(!(*r)(s3::other_unpaid_fee, s3::total).is_present());
  CHECK(!(*r)(s3::other_misc, s3::total).is_present());
}

TEST_CASE("parse: a run of labels, then exactly their numbers, seven a row, is placed in order, inferred") {
  namespace s3 = xxgk::s3;
  // pdftotext without -layout of a browser's print of a page's table: the labels of the rows on a
  // page one after another, the column headings, then those rows' numbers in order
  const std::string head = "三、收到和处理政府信息公开申请情况\n";
  const std::string headings = "自然人 商业企业 总计\n";
  const std::string numbers = "5 1 0 0 0 0 6\n3 0 0 0 0 0 3\n2 1 0 0 0 0 3\n";
  const auto labels = [&](std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i != to; ++i) out += s3_labels[i] + "\n";
    return out;
  };
  const auto parsed = xxgk::parse(head + labels(0, 3) + headings + numbers + s3_labels[3] + "\n");
  REQUIRE_OR_RETURN(parsed.has_value());
  const auto* r = parsed->report.get<xxgk::edition_2021_t>();
  REQUIRE_OR_RETURN(r != nullptr);
  CHECK((*r)(s3::new_received, s3::natural_person).value == xxgk::decimal{5, 0});
  CHECK((*r)(s3::new_received, s3::commercial).value == xxgk::decimal{1, 0});
  CHECK((*r)(s3::new_received, s3::total).value == xxgk::decimal{6, 0});
  CHECK((*r)(s3::carried_over, s3::total).value == xxgk::decimal{3, 0});
  CHECK((*r)(s3::granted, s3::commercial).value == xxgk::decimal{1, 0});
  CHECK((*r)(s3::granted, s3::total).inferred);
  CHECK(count_rule(parsed->findings, xxgk::rules::fmt_row_by_position) == 3);
  CHECK(!(*r)(s3::partially_granted, s3::total).is_present());
  const auto unread = [&](const std::string& text) {
    const auto p = xxgk::parse(text);
    CHECK(p.has_value());
    const auto* q = p.has_value() ? p->report.get<xxgk::edition_2021_t>() : nullptr;
    CHECK(q != nullptr);
    return q != nullptr && !(*q)(s3::new_received, s3::total).is_present() &&
           !(*q)(s3::carried_over, s3::total).is_present() &&
           !(*q)(s3::granted, s3::total).is_present() && !(*q)(s3::partially_granted, s3::total).is_present();
  };
  // a number short: which is lost is unknown
  CHECK(unread(head + labels(0, 3) + headings + "5 1 0 0 0 0 6\n3 0 0 0 0 3\n2 1 0 0 0 0 3\n" + s3_labels[3] + "\n"));
  // a row that does not add up: the numbers may be other rows'
  CHECK(unread(head + labels(0, 3) + headings + "5 1 0 0 0 0 6\n3 0 0 0 0 0 4\n2 1 0 0 0 0 3\n" + s3_labels[3] + "\n"));
  // the first row's label lost: its numbers would stand first
  CHECK(unread(head + labels(1, 4) + headings + numbers + "（三）不予公开\n"));
  // two labels are too few to tell
  CHECK(unread(head + labels(0, 2) + headings + "5 1 0 0 0 0 6\n3 0 0 0 0 0 3\n" + s3_labels[2] + "\n"));
  // more numbers than the run's rows hold, before any text
  CHECK(unread(head + labels(0, 3) + headings + numbers + "1 0 0 0 0 0 1\n" + s3_labels[3] + "\n"));
}

TEST_CASE("parse: a label repaired by a close match never takes another row's numbered line") {
  namespace s3 = xxgk::s3;
  // PDF→markdown with （六）'s lines out of order: 1.'s first line stands between the two lines of
  // 2.'s label. 2.'s label `申请人逾期未按收…` is six characters off `1.申请人无正当理由` + the
  // rest of 2.'s, within a close match's reach, and that line holds 1.'s numbers: 2. was read
  // 75 1 0 1 0 0 77, its own being 38 0 0 0 0 0 38 (tests/layouts/mutations.py seed 940)
  const std::string text =
      "三、收到和处理政府信息公开申请情况\n\n"
      "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |  |  | 申请人情况 |  |  |  |  |  |  |\n"
      "|---|---|---|---|---|---|---|---|---|---|\n"
      "|  |  |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计 |\n"
      "|  |  |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |  |\n"
      "| 一、本年新收政府信息 |  |  | 3440 | 75 | 0 | 1 | 6 | 3 | 3525 |\n"
      "|  |  | 5.要求行政机关确认 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
      "|  |  | 或重新出具已获取信息 |  |  |  |  |  |  |  |\n"
      "|  |  | 逾期不补正、行政机关不再处理其政府信息公开申请 |  |  |  |  |  |  |  |\n"
      "|  |  | 2.申请人逾期未按收 | 38 | 0 | 0 | 0 | 0 | 0 | 38 |\n"
      "|  | （六）其他处理 | 1.申请人无正当理由 | 75 | 1 | 0 | 1 | 0 | 0 | 77 |\n"
      "|  |  | 费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 |  |  |  |  |  |  |  |\n"
      "|  |  | 3.其他 | 352 | 2 | 0 | 0 | 0 | 0 | 354 |\n"
      "|  | （七）总计 |  | 3440 | 73 | 0 | 1 | 5 | 2 | 3521 |\n";
  const auto parsed = xxgk::parse(text);
  REQUIRE_OR_RETURN(parsed.has_value());
  const auto* r = parsed->report.get<xxgk::edition_2021_t>();
  REQUIRE_OR_RETURN(r != nullptr);
  CHECK(!(*r)(s3::other_unpaid_fee, s3::natural_person).is_present());
  CHECK(!(*r)(s3::other_unpaid_fee, s3::total).is_present());
  CHECK((*r)(s3::other_misc, s3::total).value == xxgk::decimal{354, 0});
  // the close match itself still repairs a label cut by a typo on its own line
  const auto typo = xxgk::parse(
      "三、收到和处理政府信息公开申请情况\n" + std::string(s3_labels[0]) + " 5 1 0 0 0 0 6\n" +
      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信公开申请 38 0 0 0 0 0 38\n" +
      "3.其他 352 2 0 0 0 0 354\n");
  REQUIRE_OR_RETURN(typo.has_value());
  const auto* t = typo->report.get<xxgk::edition_2021_t>();
  REQUIRE_OR_RETURN(t != nullptr);
  CHECK((*t)(s3::other_unpaid_fee, s3::total).value == xxgk::decimal{38, 0});
  CHECK(count_rule(typo->findings, xxgk::rules::fmt_label) == 1);
}

TEST_CASE("parse: PDF→markdown, bare number rows between two read rows are placed by position") {
  // a converter's markdown: the labels of 2. and 3. were torn off their rows and printed after
  // the table; their numbers stand as bare rows, in order; a page footer and a rule inside
  const std::vector<std::string> zeros(7, "0");
  auto cells = [](const std::vector<std::string>& v) {
    std::string out;
    for (const auto& x : v) out += " " + x + " |";
    return out;
  };
  auto bare_row = [&](const std::vector<std::string>& v) {  // (appended, not summed: g++ 12 -O3 -Wrestrict)
    std::string out(1, '|');
    out += cells(v);
    out += '\n';
    return out;
  };
  std::string text = "三、收到和处理政府信息公开申请情况\n\n| 申请人情况 | | 自然人 | 法人或其他组织 | | | | | 总计 |\n"
                     "|---|---|---|---|---|---|---|---|---|\n";
  auto row = [&](const std::string& group, std::size_t label, const std::vector<std::string>& v) {
    text += "| " + group + " | " + s3_labels[label] + " |" + cells(v) + "\n";
  };
  row("", 0, {"5", "1", "0", "0", "0", "0", "6"});
  row("", 1, zeros);
  row("三、本年度办理结果", 2, {"3", "1", "0", "0", "0", "0", "4"});
  row("", 3, zeros);
  row("", 4, zeros);                                  // 1.属于国家秘密
  text += bare_row({"2", "0", "0", "0", "0", "0", "2"});  // 2. torn
  text += "— 5 —\n|---|---|---|---|---|---|---|\n";
  text += bare_row({"1", "0", "0", "0", "0", "0", "1"});  // 3. torn
  row("（三）不", 7, zeros);                            // 4.保护第三方合法权益, with a group fragment
  text += s3_labels[5] + "\n" + s3_labels[6] + "\n";  // the torn labels, out of order
  text += "四、政府信息公开行政复议、行政诉讼情况\n";
  const auto parsed = xxgk::parse(text);
  REQUIRE_OR_RETURN(parsed.has_value());
  const auto* r = parsed->report.get<xxgk::edition_2021_t>();
  REQUIRE_OR_RETURN(r != nullptr);
  namespace s3 = xxgk::s3;
  CHECK((*r)(s3::withheld_law_prohibited, s3::natural_person).value == xxgk::decimal{2, 0});
  CHECK((*r)(s3::withheld_security_stability, s3::natural_person).value == xxgk::decimal{1, 0});
  CHECK((*r)(s3::withheld_third_party, s3::total).value == xxgk::decimal{0, 0});
  CHECK((*r)(s3::withheld_law_prohibited, s3::total).pos.line == 10);
  std::vector<std::string> placed;
  for (const auto& f : parsed->findings)
    if (f.rule == &xxgk::rules::fmt_row_by_position) placed.emplace_back(f.row);
  CHECK(placed == std::vector<std::string>{"withheld_law_prohibited", "withheld_security_stability"});
  CHECK(count_rule(parsed->findings, xxgk::rules::fmt_unreadable_row) == 0);

  SUBCASE("one bare row for two torn rows: nothing is placed") {
    std::string fewer = text;
    const std::string second = bare_row({"1", "0", "0", "0", "0", "0", "1"});
    fewer.erase(fewer.find(second), second.size());
    const auto p = xxgk::parse(fewer);
    REQUIRE_OR_RETURN(p.has_value());
    const auto* q = p->report.get<xxgk::edition_2021_t>();
    REQUIRE_OR_RETURN(q != nullptr);
    CHECK(!(*q)(s3::withheld_law_prohibited, s3::total).is_present());
    CHECK(!(*q)(s3::withheld_security_stability, s3::total).is_present());
    CHECK(count_rule(p->findings, xxgk::rules::fmt_row_by_position) == 0);
  }
}

TEST_CASE("parse: chapter 四 of an HTML page keeps its blank cells in place") {
  const std::string page =
      "<html><body><p>某局2023年政府信息公开工作年度报告</p><p>四、政府信息公开行政复议、行政诉讼情况</p>\n"
      "<table><tr><td colspan=\"5\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr>\n"
      "<tr><td rowspan=\"2\">结果维持</td><td rowspan=\"2\">结果纠正</td><td rowspan=\"2\">其他结果</td>"
      "<td rowspan=\"2\">尚未审结</td><td rowspan=\"2\">总计</td><td colspan=\"5\">未经复议直接起诉</td>"
      "<td colspan=\"5\">复议后起诉</td></tr>\n<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td>"
      "<td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>\n"
      "<tr><td>1</td><td>&nbsp;</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td>"
      "<td>0</td><td>0</td><td>0</td><td>0</td><td></td></tr>\n</table><p>五、存在的主要问题及改进情况</p></body></html>\n";
  const auto parsed = xxgk::parse(page);
  REQUIRE_OR_RETURN(parsed.has_value());
  const auto* r = parsed->report.get<xxgk::edition_2021_t>();
  REQUIRE_OR_RETURN(r != nullptr);
  namespace s4 = xxgk::s4;
  CHECK((*r)(s4::reconsideration, s4::upheld).value == xxgk::decimal{1, 0});
  CHECK((*r)(s4::reconsideration, s4::corrected).state == xxgk::cell_state::blank);
  CHECK((*r)(s4::reconsideration, s4::total).value == xxgk::decimal{1, 0});
  CHECK((*r)(s4::litigation_after_reconsideration, s4::total).state == xxgk::cell_state::blank);
  CHECK((*r)(s4::litigation_after_reconsideration, s4::total).pos.line == 5);
}
