// <xxgk/doctest.hpp>: what XXGK_CHECK_VALID, XXGK_CHECK_CELL and XXGK_CHECK_ACROSS_YEARS report
// (their outcomes, message by message), the macros on reports that pass, the loader, and the
// printers. The macros' failures as doctest prints them are checked end to end by
// examples/report_data (ctest report_data.*), whose broken report must fail with these messages.

#include "fixtures.hpp"

#include <xxgk/doctest.hpp>
#include <xxgk/parse.hpp>
#include <xxgk/xxgk.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace {

namespace s3 = xxgk::s3;
namespace s4 = xxgk::s4;
using xxgk::testing::detail::outcome;

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

std::string example_text() {
  std::ifstream in(std::string(XXGK_EXAMPLES_DATA_DIR) + "/changchun-2023.txt", std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The bundled report with （一）予以公开 / 自然人 25 → 26: S3.ROW and S3.TOTAL fail.
xxgk::report_2021 changed() {
  xxgk::report_2021 report = make_changchun_2023();
  report(s3::granted, s3::natural_person) = xxgk::cell{26};
  return report;
}

/// A check of one's own (xxgk::Rule): 行政复议 总计 at most 10, an error.
struct at_most_ten_reconsiderations {
  static constexpr xxgk::rule_info info{"JS.TEN", xxgk::severity::error, "行政复议不超过 10 件",
                                        "at most 10 reconsiderations", "a test"};
  static constexpr std::size_t max_findings = 1;
  template <xxgk::Edition E, class Sink>
  constexpr void check(const xxgk::report<E>& report, Sink& sink, const xxgk::options& o) const noexcept {
    xxgk::finding f{};
    f.rule = &info;
    f.at = xxgk::report<E>::ref(s4::reconsideration, s4::total);
    xxgk::sum_builder cases(o, f);
    cases.add(report(s4::reconsideration, s4::total), f.at);
    if (!cases.assessable() || cases.value() <= 10) return;
    f.severity = info.severity;
    f.has_values = true;
    f.expected = xxgk::decimal{10, 0};
    f.actual = xxgk::decimal{cases.value(), 0};
    sink.push(f);
  }
};

}  // namespace

TEST_CASE("XXGK_CHECK_VALID: a consistent report passes, one failure per error finding otherwise") {
  CHECK(xxgk::testing::detail::validity("ok", make_changchun_2023()).failures.empty());

  const outcome o = xxgk::testing::detail::validity("changed", changed());
  REQUIRE(o.failures.size() == 2);
  // the rule id, the cell by its official label and JSON path, expected and actual
  CHECK(o.failures[0].starts_with("changed: error: [S3.ROW] 三、收到和处理政府信息公开申请情况 （一）予以公开 / 总计"));
  CHECK(contains(o.failures[0], "\n  （一）予以公开 / 总计 (section3.granted.total): expected 31, actual 30"));
  CHECK(contains(o.failures[1], "[S3.TOTAL]"));
  CHECK(contains(o.failures[1], "（七）总计 / 自然人 (section3.outcome_total.natural_person): expected 48, actual 47"));
  // the number that explains both, beside each
  CHECK(contains(o.failures[0], "note: [EXPLAIN.CELL]"));
  CHECK(contains(o.failures[1], "note: [EXPLAIN.CELL]"));

  // in English the message names cells by their keys; the cell line keeps the label
  const outcome en = xxgk::testing::detail::validity("changed", changed(), {.lang = xxgk::language::en});
  REQUIRE(en.failures.size() == 2);
  CHECK(contains(en.failures[0], "error: [S3.ROW] section3 granted / total"));
  CHECK(contains(en.failures[0], "（一）予以公开 / 总计 (section3.granted.total): expected 31, actual 30"));

  // an any_report is the same
  CHECK(xxgk::testing::detail::validity("any", xxgk::any_report(changed())).failures.size() == 2);
}

TEST_CASE("XXGK_CHECK_VALID: the failing severity, the blank policy and the caller's rules") {
  xxgk::report_2021 blank = make_changchun_2023();
  blank(s3::declined_excessive, s3::other_organisation) = xxgk::blank;
  namespace d = xxgk::testing::detail;
  CHECK(d::validity("blank", blank).failures.empty());  // CELL.BLANK is a warning
  const outcome warned = d::validity("blank", blank, {.fail_on = xxgk::severity::warning});
  REQUIRE(warned.failures.size() == 1);
  CHECK(contains(warned.failures[0], "warning: [CELL.BLANK]"));
  // blanks not counted: S3.ROW and S3.TOTAL through it are not assessable, notes
  const outcome strict = d::validity("blank", blank, {.blanks = xxgk::blank_policy::not_assessable});
  CHECK(strict.failures.empty());
  const outcome noted = d::validity("blank", blank,
                                    {.blanks = xxgk::blank_policy::not_assessable, .fail_on = xxgk::severity::note});
  CHECK(noted.failures.size() == 3);

  // the changchun report has 0 reconsiderations; 11 breaks the caller's rule (and S4.TOTAL)
  xxgk::report_2021 many = make_changchun_2023();
  many.set(s4::reconsideration, {11, 0, 0, 0, 11});
  CHECK(d::validity("many", many).failures.empty());
  const outcome ruled = d::validity("many", many, {}, at_most_ten_reconsiderations{});
  REQUIRE(ruled.failures.size() == 1);
  CHECK(contains(ruled.failures[0], "[JS.TEN]"));
  CHECK(contains(ruled.failures[0], "行政复议 / 总计 (section4.reconsideration.total): expected 10, actual 11"));
  CHECK(d::validity("many", xxgk::any_report(many), {}, at_most_ten_reconsiderations{}).failures.size() == 1);
}

TEST_CASE("XXGK_CHECK_VALID on text: FILE:LINE:COL, reader findings, and a reader's error") {
  namespace d = xxgk::testing::detail;
  std::string text = example_text();
  const std::string_view published = "(一) 予以公开\t25\t5";
  REQUIRE(contains(text, published));
  text.replace(text.find(published), published.size(), "(一) 予以公开\t26\t5");
  const auto parsed = xxgk::parse(text);
  REQUIRE(parsed.has_value());
  const outcome o = d::validity("changchun", parsed);
  REQUIRE(o.failures.size() == 2);
  CHECK(o.failures[0].starts_with("changchun:42:33: error: [S3.ROW]"));  // 总计 is at 42:33
  CHECK(contains(o.failures[0], "note: [EXPLAIN.CELL]"));
  CHECK(d::validity("changchun", *parsed).failures.size() == 2);
  // FMT.LABEL warnings fail with fail_on warning
  CHECK(d::validity("changchun", parsed, {.fail_on = xxgk::severity::warning}).failures.size() > 2);
  // checked: the same diagnostics; a stricter blank policy checks the identities again
  const auto checked = xxgk::check(text);
  REQUIRE(checked.has_value());
  CHECK(d::validity("changchun", checked).failures.size() == 2);
  CHECK(d::validity("changchun", checked, {.blanks = xxgk::blank_policy::not_assessable}).failures.size() == 2);
  CHECK(d::validity("changchun", checked, {}, at_most_ten_reconsiderations{}).failures.size() == 2);

  const outcome empty = d::validity("empty", xxgk::parse(""));
  REQUIRE(empty.failures.size() == 1);
  CHECK(empty.failures[0].starts_with("empty: error: [INPUT.EMPTY]"));
  const outcome missing = d::validity("missing", xxgk::check_file("/nonexistent/report.txt"));
  REQUIRE(missing.failures.size() == 1);
  CHECK(contains(missing.failures[0], "[INPUT.FILE]"));
}

TEST_CASE("XXGK_CHECK_CELL: the cell as published") {
  namespace d = xxgk::testing::detail;
  const xxgk::report_2021 report = make_changchun_2023();
  CHECK(d::cell_check("report", report, s3::granted, s3::total, 30).failures.empty());
  CHECK(d::cell_check("report", report, s4::reconsideration, s4::total, xxgk::cell{0}).failures.empty());
  const outcome wrong = d::cell_check("report", report, s3::granted, s3::total, 31);
  REQUIRE(wrong.failures.size() == 1);
  CHECK(wrong.failures[0] == "report: 三、收到和处理政府信息公开申请情况 （一）予以公开 / 总计 (section3.granted.total): 公布为 30，应为 31");
  xxgk::report_2021 marked = report;
  marked(s3::granted, s3::total) = xxgk::marker::slash;
  CHECK(contains(d::cell_check("r", marked, s3::granted, s3::total, 30, xxgk::language::en).failures.at(0),
                 "published marker /, expected 30"));
  CHECK(d::cell_check("r", marked, s3::granted, s3::total, xxgk::marker::slash).failures.empty());
  // a cell the edition lacks
  const outcome other = d::cell_check("r", fixtures::make_consistent_2019(), s3::other_misc, s3::total, 0);
  REQUIRE(other.failures.size() == 1);
  CHECK(contains(other.failures[0], "2019"));
  // from text: where it was read
  const auto parsed = xxgk::parse(example_text());
  const outcome read = d::cell_check("changchun", parsed, s3::granted, s3::natural_person, 26);
  REQUIRE(read.failures.size() == 1);
  CHECK(read.failures[0].starts_with("changchun:42:20: "));
  CHECK(d::cell_check("changchun", xxgk::parse(""), s3::granted, s3::total, 0).failures.size() == 1);
}

TEST_CASE("XXGK_CHECK_ACROSS_YEARS: X.CARRY per column, and reports that are no series") {
  namespace d = xxgk::testing::detail;
  xxgk::report_2021 before = make_changchun_2023();
  xxgk::report_2021 now = before;
  now.year = 2024;
  now.set(s3::carried_over, {3, 4, 0, 0, 0, 0, 7});  // last year's 结转下年度
  CHECK(d::across_years("now", now, "before", before).failures.empty());
  now.set(s3::carried_over, {4, 5, 0, 0, 0, 0, 9});
  const outcome o = d::across_years("now", now, "before", before);
  REQUIRE(o.failures.size() == 3);  // 自然人, 商业企业, 总计
  CHECK(contains(o.failures[0], "[X.CARRY]"));
  CHECK(contains(o.failures[0], "二、上年结转政府信息公开申请数量 / 自然人 (section3.carried_over.natural_person): expected 3, actual 4"));
  now.year = 2030;
  const outcome series = d::across_years("now", now, "before", before);
  REQUIRE(series.failures.size() == 1);
  CHECK(contains(series.failures[0], "[X.SERIES]"));
  CHECK(d::across_years("now", xxgk::parse(""), "before", before).failures.size() == 1);
}

TEST_CASE("the macros on reports that pass") {
  const xxgk::report_2021 report = make_changchun_2023();
  XXGK_CHECK_VALID(report);
  XXGK_CHECK_VALID(report, {.fail_on = xxgk::severity::error}, at_most_ten_reconsiderations{});
  XXGK_REQUIRE_VALID(xxgk::any_report(report));
  XXGK_CHECK_CELL(report, s3::new_received, s3::total, 59);
  XXGK_REQUIRE_CELL(report, s3::carried_forward, s3::total, 7);
  xxgk::report_2021 next = report;
  next.year = 2024;
  next.set(s3::carried_over, {3, 4, 0, 0, 0, 0, 7});
  XXGK_CHECK_ACROSS_YEARS(next, report);
  XXGK_REQUIRE_ACROSS_YEARS(next, report, {.fail_on = xxgk::severity::warning});
  const auto file = xxgk::testing::load(std::string(XXGK_EXAMPLES_DATA_DIR) + "/changchun-2023.txt");
  REQUIRE(file.has_value());
  XXGK_CHECK_VALID(file);
  XXGK_CHECK_CELL(file, s3::granted, s3::natural_person, 25);
  REQUIRE(file.report().get<xxgk::edition_2021_t>() != nullptr);  // the title names the agency otherwise
  CHECK(file.report().get<xxgk::edition_2021_t>()->tables == make_changchun_2023().tables);
}

// Each of these must fail: the macros report what they found as doctest failures. (Their
// messages, as doctest prints them, are checked by examples/report_data.)
TEST_CASE("XXGK_CHECK_VALID fails on a changed report" * doctest::should_fail()) { XXGK_CHECK_VALID(changed()); }
TEST_CASE("XXGK_REQUIRE_VALID stops the test" * doctest::should_fail()) {
  XXGK_REQUIRE_VALID(changed());
  FAIL_CHECK("not reached when exceptions stop the test");
}
TEST_CASE("XXGK_CHECK_CELL fails on another value" * doctest::should_fail()) {
  XXGK_CHECK_CELL(make_changchun_2023(), s3::granted, s3::total, 31);
}

TEST_CASE("xxgk::testing::load: a missing file fails the test, and does not crash it" * doctest::should_fail()) {
  const auto file = xxgk::testing::load("/nonexistent/report.txt");
  CHECK(!file.has_value());
  CHECK(file.path() == "/nonexistent/report.txt");
  CHECK(file.checked().error().code == "INPUT.FILE");
  CHECK(file.report() == xxgk::any_report{});  // a report with no cell
}

TEST_CASE("how doctest prints xxgk values") {
  CHECK(doctest::toString(xxgk::cell{30}) == "30");
  CHECK(doctest::toString(xxgk::cell{30}.at({42, 33})) == "30 at 42:33");
  CHECK(doctest::toString(xxgk::cell{xxgk::blank}) == "blank");
  CHECK(doctest::toString(xxgk::cell{xxgk::marker::slash}) == "marker /");
  CHECK(doctest::toString(xxgk::cell{}) == "absent (not published, or not read with certainty)");
  CHECK(doctest::toString(xxgk::cell{7}.as_inferred()) == "7 (inferred)");
  CHECK(doctest::toString(xxgk::decimal{773028, 2}) == "7730.28");
  CHECK(doctest::toString(xxgk::cell_ref{5, 2, 6, true}) == "{table 5, row 2, column 6, last year's}");
  const auto findings = xxgk::validate(changed());
  REQUIRE(findings.size() == 2);
  CHECK(doctest::toString(findings[0]) == "[S3.ROW] error failed at {table 4, row 2, column 6}: expected 31, actual 30");
  const auto diagnostics = xxgk::describe(changed(), findings);
  const std::string diagnostic = doctest::toString(diagnostics[0]).c_str();
  CHECK(contains(diagnostic, "error: [S3.ROW] section3 granted / total"));
  CHECK(contains(diagnostic, "{section3.granted.total}"));
  const std::string report = doctest::toString(make_changchun_2023()).c_str();
  CHECK(report.starts_with("report<2021>{year 2023, 长春市国防动员办公室, "));
  const std::string any = doctest::toString(xxgk::any_report(fixtures::make_consistent_2019())).c_str();
  CHECK(any.starts_with("report<2019>{year 2020"));
  CHECK(doctest::toString(xxgk::error{"INPUT.EMPTY", "the input is empty", {}}) == "[INPUT.EMPTY] the input is empty");
}
