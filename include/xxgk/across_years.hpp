#ifndef XXGK_ACROSS_YEARS_HPP
#define XXGK_ACROSS_YEARS_HPP

#include <xxgk/finding.hpp>
#include <xxgk/report.hpp>
#include <xxgk/rule.hpp>
#include <xxgk/validate.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace xxgk {

namespace detail {

/// One agency's name as two reports print it: equal, or one the end of the other
/// (洪泽区人民政府 and 淮安市洪泽区人民政府).
[[nodiscard]] constexpr bool same_agency(std::string_view a, std::string_view b) noexcept {
  if (a.size() > b.size()) return same_agency(b, a);
  return a == b || (a.size() >= 9 && b.ends_with(a));
}

template <Edition E, class R, class C>
constexpr cell_ref ref_in(R r, C c, bool previous) noexcept {
  cell_ref x = report<E>::ref(r, c);
  x.previous = previous;
  return x;
}

/// 二（一）: the rows and columns of X.IN_FORCE exist in edition 2021 only.
template <class Sink>
constexpr void check_in_force(const report_2021& current, const report_2021& previous, const options& o,
                              Sink& sink) noexcept {
  using namespace s2_2021;
  auto one_row = [&](auto row) {
    finding f{};
    f.rule = &rules::x_in_force;
    f.at = report_2021::ref(row, in_force);
    f.pos = current(row, in_force).pos;
    sum_builder added(o, f);
    added.add(previous(row, in_force), ref_in<edition_2021_t>(row, in_force, true));
    added.add(current(row, issued), report_2021::ref(row, issued));
    sum_builder removed(o, f);
    removed.add(current(row, repealed), report_2021::ref(row, repealed));
    sum_builder actual(o, f);
    actual.add(current(row, in_force), f.at);
    // compared as 现行有效 + 本年废止 = last year's 现行有效 + 本年制发 (sums of non-negative
    // counts), reported as expected = last year's + 本年制发 − 本年废止
    sum_builder balanced(o, f);
    balanced.add(current(row, in_force), f.at);
    balanced.add(current(row, repealed), report_2021::ref(row, repealed));
    finding_list<1> one;
    conclude(one, f, added, balanced);
    if (one.empty()) return;
    finding g = one[0];
    if (g.verdict == verdict::failed) {
      g.expected = decimal{added.value() - removed.value(), 0};
      g.actual = decimal{actual.value(), 0};
    }
    sink.push(g);
  };
  one_row(regulations);
  one_row(normative_documents);
}

}  // namespace detail

/// The most findings `validate_across_years` can return.
inline constexpr std::size_t max_across_years_findings = 1 + 7 + 2;

/// Checks a report against the same agency's report of the year before (FORMAT.md, X.*):
/// - X.SERIES: the two reports must be one agency's (when both name it; a name may be printed
///   with or without the city before it) and consecutive years
///   (when both state it); otherwise that is the finding and the other checks are not made;
/// - X.CARRY (error): 二、上年结转 of this year = 四、结转下年度继续办理 of last year, per column;
/// - X.IN_FORCE (warning, both reports in edition 2021): per row of 二（一）,
///   现行有效 = last year's 现行有效 + 本年制发 − 本年废止 (checked as 现行有效 + 本年废止 =
///   last year's 现行有效 + 本年制发, so that the sums stay non-negative).
/// Cells of the previous report are marked `cell_ref::previous`. A finding over an inferred
/// cell of either report is marked `inferred` (FORMAT.md, "Inferred cells").
template <Edition E, Edition P>
[[nodiscard]] constexpr finding_list<max_across_years_findings> validate_across_years(
    const report<E>& current, const report<P>& previous, const options& o = {}) noexcept {
  finding_list<max_across_years_findings> out;
  const bool both_years = current.year != 0 && previous.year != 0;
  const bool both_agencies = !current.agency.empty() && !previous.agency.empty();
  if ((both_years && current.year != previous.year + 1) ||
      (both_agencies && !detail::same_agency(current.agency.view(), previous.agency.view()))) {
    finding f{};
    f.rule = &rules::x_series;
    f.severity = rules::x_series.severity;
    f.verdict = verdict::not_assessable;
    f.has_values = both_years;
    f.expected = decimal{previous.year + 1, 0};  // the year that should follow
    f.actual = decimal{current.year, 0};
    out.push(f);
    return out;
  }
  for (std::size_t c = 0; c != s3::table_2021_t::columns::size; ++c) {
    finding f{};
    f.rule = &rules::x_carry;
    const auto& now = current[table_of_row_t<E, detail::tag_t<s3::carried_over>>{}];
    const auto& before = previous[table_of_row_t<P, detail::tag_t<s3::carried_forward>>{}];
    using now_t = typename std::remove_cvref_t<decltype(now)>::schema;
    using before_t = typename std::remove_cvref_t<decltype(before)>::schema;
    const std::size_t now_row = now_t::rows::template index<detail::tag_t<s3::carried_over>>;
    const std::size_t before_row = before_t::rows::template index<detail::tag_t<s3::carried_forward>>;
    const cell_ref now_ref = report<E>::ref(s3::carried_over, s3::natural_person);
    const cell_ref before_ref = report<P>::ref(s3::carried_forward, s3::natural_person);
    f.at = {now_ref.table, now_ref.row, static_cast<std::uint8_t>(c), false};
    f.pos = now.at(now_row, c).pos;
    sum_builder expected(o, f);
    expected.add(before.at(before_row, c), {before_ref.table, before_ref.row, static_cast<std::uint8_t>(c), true});
    sum_builder actual(o, f);
    actual.add(now.at(now_row, c), f.at);
    conclude(out, f, expected, actual);
  }
  if constexpr (E::id == edition::y2021 && P::id == edition::y2021)
    detail::check_in_force(current, previous, o, out);
  return out;
}

}  // namespace xxgk

#endif
