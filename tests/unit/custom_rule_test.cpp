// A rule of one's own, validated beside the built-in ones without editing the library: anything
// that satisfies `xxgk::Rule` (a `rule_info`, a bound on its findings, a constexpr `check`) can
// be passed to `validate`, at compile time and at run time alike.
//
// The example is a reviewer's check that some provinces add: a 政府信息公开 administrative
// reconsideration follows a reply to a request, so 四、行政复议 总计 should not exceed the requests
// of the year (三、一 + 二, 总计 column). A heuristic (a case may concern last year's reply), so a
// warning. (The identity "（一）+（二）≤ 一 + 二 in every applicant column" would be a poorer
// example: with non-negative cells it follows from S3.TOTAL and S3.BALANCE, so it could only
// ever fail beside them.)

#include "fixtures.hpp"

#include <xxgk/xxgk.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>

namespace {

namespace s3 = xxgk::s3;
namespace s4 = xxgk::s4;

struct reconsideration_within_requests {
  static constexpr xxgk::rule_info info{
      "JS.RECONSIDERATION_LE_REQUESTS", xxgk::severity::warning,
      "四、行政复议总计 ≤ 三、一 + 二（总计列）",
      "chapter 4: reconsideration cases <= requests received and carried over (chapter 3, total column)",
      "a province's review checklist"};
  static constexpr std::size_t max_findings = 1;

  /// `expected` is the bound (一 + 二), `actual` the 行政复议 总计.
  template <xxgk::Edition E, class Sink>
  constexpr void check(const xxgk::report<E>& r, Sink& sink, const xxgk::options& o) const noexcept {
    using report = xxgk::report<E>;
    xxgk::finding f{};
    f.rule = &info;
    f.at = report::ref(s4::reconsideration, s4::total);
    f.pos = r(s4::reconsideration, s4::total).pos;
    xxgk::sum_builder cases(o, f);
    cases.add(r(s4::reconsideration, s4::total), f.at);
    xxgk::sum_builder requests(o, f);
    requests.add(r(s3::new_received, s3::total), report::ref(s3::new_received, s3::total));
    requests.add(r(s3::carried_over, s3::total), report::ref(s3::carried_over, s3::total));
    if (!cases.any_present() || !requests.any_present()) return;  // a table not published
    if (!cases.assessable() || !requests.assessable()) {
      const xxgk::sum_builder& bad = cases.assessable() ? requests : cases;
      f.severity = xxgk::severity::note;
      f.verdict = xxgk::verdict::not_assessable;
      f.reason = bad.why();
      f.cause = bad.cause();
      sink.push(f);
      return;
    }
    if (cases.value() <= requests.value()) return;
    f.severity = info.severity;
    f.verdict = xxgk::verdict::failed;
    f.has_values = true;
    f.expected = xxgk::decimal{requests.value(), 0};
    f.actual = xxgk::decimal{cases.value(), 0};
    sink.push(f);
  }
};

inline constexpr reconsideration_within_requests within_requests{};

static_assert(xxgk::Rule<reconsideration_within_requests, xxgk::report_2021>);
static_assert(xxgk::Rule<reconsideration_within_requests, xxgk::report_2019>);
static_assert(xxgk::max_findings_v<xxgk::edition_2021_t, reconsideration_within_requests> ==
              xxgk::max_findings_v<xxgk::edition_2021_t> + 1);

}  // namespace

// ---- what is not a rule ------------------------------------------------------------------------
// (a named namespace: clang warns about the unused members of types in an unnamed one)
namespace custom_rule_test {
struct without_info {
  static constexpr std::size_t max_findings = 1;
  template <class Sink>
  constexpr void check(const xxgk::report_2021&, Sink&, const xxgk::options&) const noexcept {}
};
struct without_bound {
  static constexpr xxgk::rule_info info{"X.NO_BOUND", xxgk::severity::note, "", "", ""};
  template <class Sink>
  constexpr void check(const xxgk::report_2021&, Sink&, const xxgk::options&) const noexcept {}
};
struct without_check {
  static constexpr xxgk::rule_info info{"X.NO_CHECK", xxgk::severity::note, "", "", ""};
  static constexpr std::size_t max_findings = 1;
};
struct info_of_another_type {
  static constexpr int info = 1;
  static constexpr std::size_t max_findings = 1;
  template <class Sink>
  constexpr void check(const xxgk::report_2021&, Sink&, const xxgk::options&) const noexcept {}
};
struct only_for_2019 {
  static constexpr xxgk::rule_info info{"X.Y2019", xxgk::severity::note, "", "", ""};
  static constexpr std::size_t max_findings = 1;
  template <class Sink>
  constexpr void check(const xxgk::report_2019&, Sink&, const xxgk::options&) const noexcept {}
};
struct check_without_options {
  static constexpr xxgk::rule_info info{"X.NO_OPTIONS", xxgk::severity::note, "", "", ""};
  static constexpr std::size_t max_findings = 1;
  template <class Sink>
  constexpr void check(const xxgk::report_2021&, Sink&) const noexcept {}
};

}  // namespace custom_rule_test

namespace {
using namespace custom_rule_test;

static_assert(!xxgk::Rule<without_info, xxgk::report_2021>);
static_assert(!xxgk::Rule<without_bound, xxgk::report_2021>);
static_assert(!xxgk::Rule<without_check, xxgk::report_2021>);
static_assert(!xxgk::Rule<info_of_another_type, xxgk::report_2021>);
static_assert(!xxgk::Rule<check_without_options, xxgk::report_2021>);
static_assert(xxgk::Rule<only_for_2019, xxgk::report_2019> && !xxgk::Rule<only_for_2019, xxgk::report_2021>);
static_assert(!xxgk::Rule<xxgk::rule_info, xxgk::report_2021>, "a catalogue entry is no rule");
static_assert(!xxgk::Rule<xxgk::options, xxgk::report_2021>);
static_assert(!xxgk::Rule<int, xxgk::report_2021>);

// ---- the scenarios, for static_assert and CHECK alike ------------------------------------------

/// 长春 2023 with 60 reconsideration cases (5 + 0 + 0 + 55: S4.TOTAL holds) for 59 + 0 requests.
constexpr xxgk::report_2021 more_cases_than_requests() noexcept {
  xxgk::report_2021 r = make_changchun_2023();
  r.set(s4::reconsideration, {5, 0, 0, 55, 60});
  return r;
}

constexpr bool passes_on_real_reports() noexcept {
  return xxgk::validate(make_changchun_2023(), {}, within_requests).empty() &&
         xxgk::validate(fixtures::make_hongze_2024(), {}, within_requests).empty() &&
         xxgk::validate(fixtures::make_consistent_2019(), {}, within_requests).empty();
}

constexpr bool fails_alone_beside_the_built_in_rules() noexcept {
  const xxgk::report_2021 r = more_cases_than_requests();
  const auto built_in = xxgk::validate(r);
  const auto all = xxgk::validate(r, {}, within_requests);
  if (!built_in.empty() || all.size() != 1) return false;
  const xxgk::finding& f = all[0];
  return f.rule == &reconsideration_within_requests::info && f.rule->id == "JS.RECONSIDERATION_LE_REQUESTS" &&
         f.severity == xxgk::severity::warning && f.verdict == xxgk::verdict::failed &&
         f.at == xxgk::report_2021::ref(s4::reconsideration, s4::total) && f.has_values &&
         f.expected == xxgk::decimal{59, 0} && f.actual == xxgk::decimal{60, 0} && f.involved().size() == 3 &&
         !all.has_errors();
}

static_assert(passes_on_real_reports());
static_assert(fails_alone_beside_the_built_in_rules());

}  // namespace

TEST_CASE("a custom rule passes on consistent reports of both editions") {
  CHECK(passes_on_real_reports());
  CHECK(xxgk::validate(fixtures::make_consistent_2019(), {}, within_requests).capacity() ==
        xxgk::max_findings_v<xxgk::edition_2019_t> + 1);
}

TEST_CASE("a custom rule fails where its condition does, with its own rule_info") {
  CHECK(fails_alone_beside_the_built_in_rules());

  const xxgk::report_2021 r = more_cases_than_requests();
  const auto findings = xxgk::validate(r, {}, within_requests);
  REQUIRE(findings.size() == 1);
  const xxgk::finding& f = findings[0];
  CHECK(f.rule->id == "JS.RECONSIDERATION_LE_REQUESTS");
  CHECK(f.severity == xxgk::severity::warning);
  CHECK(f.verdict == xxgk::verdict::failed);
  CHECK(f.at == xxgk::report_2021::ref(s4::reconsideration, s4::total));
  // the bound is 一 + 二 of the data, the value the 行政复议 总计
  CHECK(f.expected.units == r(s3::new_received, s3::total).value.units + r(s3::carried_over, s3::total).value.units);
  CHECK(f.actual.units == r(s4::reconsideration, s4::total).value.units);
  CHECK(f.involved().size() == 3);
  CHECK(f.involved()[0] == xxgk::report_2021::ref(s4::reconsideration, s4::total));
  CHECK(f.involved()[1] == xxgk::report_2021::ref(s3::new_received, s3::total));
  CHECK(f.involved()[2] == xxgk::report_2021::ref(s3::carried_over, s3::total));
  CHECK(findings.count(reconsideration_within_requests::info) == 1);
  CHECK_FALSE(findings.has_errors());  // a warning
}

TEST_CASE("custom findings come after the built-in ones, on the same report") {
  xxgk::report_2021 r = more_cases_than_requests();
  r(s3::granted, s3::total) = 31;  // S3.ROW and S3.TOTAL
  const auto findings = xxgk::validate(r, {}, within_requests);
  REQUIRE(findings.size() == 3);
  CHECK(findings[0].rule->id == "S3.ROW");
  CHECK(findings[1].rule->id == "S3.TOTAL");
  CHECK(findings[2].rule->id == "JS.RECONSIDERATION_LE_REQUESTS");
  CHECK(findings.has_errors());
}

TEST_CASE("a custom rule follows the caller's blank policy through sum_builder") {
  xxgk::report_2019 r = fixtures::make_consistent_2019();
  r(s3::carried_over, s3::total) = xxgk::blank;
  r(s3::carried_over, s3::natural_person) = xxgk::blank;
  r(s3::carried_over, s3::commercial) = xxgk::blank;
  // counted as 0: 19 requests for 3 cases, no finding of the custom rule
  CHECK(xxgk::validate(r, {}, within_requests).count(reconsideration_within_requests::info) == 0);

  const auto strict = xxgk::validate(r, xxgk::options{xxgk::blank_policy::not_assessable}, within_requests);
  REQUIRE(strict.size() >= 1);
  const xxgk::finding& f = strict[strict.size() - 1];
  CHECK(f.rule == &reconsideration_within_requests::info);
  CHECK(f.verdict == xxgk::verdict::not_assessable);
  CHECK(f.reason == xxgk::reason::blank_not_counted);
  CHECK(f.cause == xxgk::report_2019::ref(s3::carried_over, s3::total));
}
