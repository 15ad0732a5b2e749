// Checks across years (X.CARRY, X.IN_FORCE, X.SERIES) on real reports of one agency and on
// reports built in code, at run time and at compile time.

#include <xxgk/across_years.hpp>
#include <xxgk/parse.hpp>
#include <xxgk/xxgk.hpp>

#include <doctest/doctest.h>

#include "test_support.hpp"

#include <fstream>
#include <sstream>
#include <string>

namespace {

xxgk::report_2021 parse_2021(const std::string& text) {
  const auto parsed = xxgk::parse(text);
  REQUIRE(parsed.has_value());
  const auto* r = parsed->report.get<xxgk::edition_2021_t>();
  REQUIRE(r != nullptr);
  return *r;
}

constexpr xxgk::report_2021 made(int year, std::int64_t carried_over, std::int64_t carried_forward,
                                 std::int64_t in_force) {
  xxgk::report_2021 r{};
  r.year = year;
  r.agency.assign("某市某局");
  r.set(xxgk::s3::carried_over, {carried_over, 0, 0, 0, 0, 0, carried_over});
  r.set(xxgk::s3::carried_forward, {carried_forward, 0, 0, 0, 0, 0, carried_forward});
  r.set(xxgk::s2_2021::regulations, {0, 0, 0});
  r.set(xxgk::s2_2021::normative_documents, {2, 1, in_force});
  return r;
}

}  // namespace

TEST_CASE("X.CARRY: huaian-hongze 2024 continues 2023, and a changed cell fails at its column") {
  const auto previous = parse_2021(xxgk_test::read_data_file("huaian-hongze-2023.txt"));
  const std::string text = xxgk_test::read_data_file("huaian-hongze-2024.txt");
  const auto current = parse_2021(text);
  CHECK(current.year == previous.year + 1);
  CHECK(xxgk::validate_across_years(current, previous).empty());  // carry and in-force agree

  // 二、上年结转, 商业企业 column: 0 → 1 (the row keeps its own total so S3.ROW alone would not see it)
  auto changed = current;
  changed(xxgk::s3::carried_over, xxgk::s3::commercial) = xxgk::cell{1};
  const auto findings = xxgk::validate_across_years(changed, previous);
  REQUIRE(findings.size() == 1);
  const auto& f = findings[0];
  CHECK(f.rule == &xxgk::rules::x_carry);
  CHECK(f.severity == xxgk::severity::error);
  CHECK(f.at == xxgk::report_2021::ref(xxgk::s3::carried_over, xxgk::s3::commercial));
  CHECK(f.expected == xxgk::decimal{0, 0});  // last year's 结转下年度, 商业企业
  CHECK(f.actual == xxgk::decimal{1, 0});
  REQUIRE(f.involved().size() == 2);
  CHECK(f.involved()[0].previous);  // the cell of the previous report
  CHECK(!f.involved()[1].previous);
}

TEST_CASE("X.IN_FORCE: 现行有效 = last year's + 本年制发 − 本年废止, a warning") {
  constexpr auto previous = made(2022, 0, 5, 10);
  static_assert(xxgk::validate_across_years(made(2023, 5, 0, 11), previous).empty());
  constexpr auto off = xxgk::validate_across_years(made(2023, 5, 0, 12), previous);
  static_assert(off.size() == 1 && off[0].rule->id == xxgk::rules::x_in_force.id);
  static_assert(off[0].severity == xxgk::severity::warning);
  static_assert(off[0].expected == xxgk::decimal{11, 0} && off[0].actual == xxgk::decimal{12, 0});  // 10 + 2 − 1 vs 12
  CHECK(off[0].at == xxgk::report_2021::ref(xxgk::s2_2021::normative_documents, xxgk::s2_2021::in_force));
}

TEST_CASE("X.IN_FORCE is not applied across the 2020 → 2021 edition change") {
  xxgk::report_2019 y2020{};
  y2020.year = 2020;
  y2020.agency.assign("某市某局");
  y2020.set(xxgk::s3::carried_forward, {5, 0, 0, 0, 0, 0, 5});
  y2020.set(xxgk::s2_2019::normative_documents, {1, 1, 999});
  const auto y2021 = made(2021, 5, 0, 11);
  CHECK(xxgk::validate_across_years(y2021, y2020).empty());
  auto wrong = y2021;
  wrong(xxgk::s3::carried_over, xxgk::s3::total) = xxgk::cell{6};
  CHECK(xxgk::validate_across_years(wrong, y2020).count(xxgk::rules::x_carry) == 1);
}

namespace {
/// Last year's report of `made`, with its 结转下年度 自然人 and, if asked, 现行有效 of 行政规范性文件
/// inferred, against this year's report in which both disagree.
constexpr auto across_inferred(bool in_force_inferred) {
  auto previous = made(2022, 0, 5, 10);
  previous(xxgk::s3::carried_forward, xxgk::s3::natural_person) =
      previous(xxgk::s3::carried_forward, xxgk::s3::natural_person).as_inferred();
  if (in_force_inferred)
    previous(xxgk::s2_2021::normative_documents, xxgk::s2_2021::in_force) =
        previous(xxgk::s2_2021::normative_documents, xxgk::s2_2021::in_force).as_inferred();
  // 上年结转 4 where 5 was carried forward; 现行有效 12 where 10 + 2 − 1 = 11
  return xxgk::validate_across_years(made(2023, 4, 0, 12), previous);
}
}  // namespace

TEST_CASE("X.CARRY and X.IN_FORCE over inferred cells are marked inferred, at compile time and at run time") {
  constexpr auto carried = across_inferred(false);
  static_assert(carried.size() == 3);  // X.CARRY 自然人 and 总计, X.IN_FORCE
  static_assert(carried[0].rule->id == xxgk::rules::x_carry.id && carried[0].at.column == 0 && carried[0].inferred);
  static_assert(carried[1].rule->id == xxgk::rules::x_carry.id && !carried[1].inferred);
  static_assert(carried[2].rule->id == xxgk::rules::x_in_force.id && !carried[2].inferred);
  static_assert(across_inferred(true)[2].inferred);

  auto* const run = &across_inferred;  // through a pointer: evaluated at run time
  const auto findings = run(true);
  REQUIRE(findings.size() == 3);
  CHECK(findings[0].inferred);
  CHECK(findings[0].expected == xxgk::decimal{5, 0});
  CHECK(!findings[1].inferred);
  CHECK(findings[2].rule == &xxgk::rules::x_in_force);
  CHECK(findings[2].inferred);
  CHECK(!run(false)[2].inferred);
}

TEST_CASE("X.SERIES: another agency or a year that does not follow is a finding, not a silent skip") {
  constexpr auto previous = made(2022, 0, 5, 10);
  constexpr auto gap = xxgk::validate_across_years(made(2024, 4, 0, 11), previous);
  static_assert(gap.size() == 1 && gap[0].rule->id == xxgk::rules::x_series.id);
  static_assert(gap[0].expected == xxgk::decimal{2023, 0} && gap[0].actual == xxgk::decimal{2024, 0});

  auto other = made(2023, 5, 0, 11);
  other.agency.assign("另一机关");
  CHECK(xxgk::validate_across_years(other, previous).count(xxgk::rules::x_series) == 1);

  auto longer = made(2023, 5, 0, 11);
  longer.agency.assign("某省某市某局");  // the same agency with its province printed
  CHECK(xxgk::validate_across_years(longer, previous).empty());
}
