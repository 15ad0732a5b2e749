#ifndef XXGK_STATIC_CHECK_HPP
#define XXGK_STATIC_CHECK_HPP

#include <xxgk/explain.hpp>
#include <xxgk/report.hpp>
#include <xxgk/validate.hpp>

#include <cstddef>
#include <string_view>

namespace xxgk {

namespace detail {

/// The first error of a report, as plain characters and numbers so that compilers print it in
/// the name of a template argument: the rule id, the table, the row, the column, the values.
struct static_failure {
  char rule[16]{};
  char table[16]{};
  char row[32]{};
  char column[24]{};
  long long expected = 0;
  long long actual = 0;
};

template <std::size_t N>
constexpr void copy_text(char (&out)[N], std::string_view text) noexcept {
  for (std::size_t i = 0; i + 1 < N && i < text.size(); ++i) out[i] = text[i];
}

/// The one published number that explains every error of a report (EXPLAIN.CELL with a single
/// candidate), printed the same way: table, row, column, the value published and the one it
/// would need.
struct likely_cell {
  char table[16]{};
  char row[32]{};
  char column[24]{};
  long long published = 0;
  long long needed = 0;
};

struct static_outcome {
  bool failed = false;
  const char* rule_id = nullptr;  // points at the catalogue's literal, which clang prints
  std::size_t row = 0;
  std::size_t column = 0;
  static_failure where{};
  bool explained = false;  // one number explains every error: `likely`
  std::size_t likely_row = 0;
  std::size_t likely_column = 0;
  likely_cell likely{};
};

/// Fills `out.likely` when one explanation with one candidate accounts for every error finding.
template <Edition E, std::size_t N>
constexpr void explain_errors(const report<E>& r, const finding_list<N>& findings, const options& o,
                              static_outcome& out) noexcept {
  const explanation_list notes = explain(r, findings, o);
  if (notes.size() != 1 || !notes[0].unique()) return;
  for (const finding& f : findings)
    if (f.severity == severity::error && !notes[0].explains(f)) return;
  const candidate& c = notes[0].candidates()[0];
  out.explained = true;
  out.likely_row = c.at.row;
  out.likely_column = c.at.column;
  out.likely.published = c.actual;
  out.likely.needed = c.expected;
  for_each_table(r, [&](const auto& t, std::size_t i) {
    using T = typename std::remove_cvref_t<decltype(t)>::schema;
    if (i != c.at.table) return;
    copy_text(out.likely.table, T::key);
    copy_text(out.likely.row, T::rows::keys[c.at.row]);
    copy_text(out.likely.column, T::columns::keys[c.at.column]);
  });
}

template <Edition E>
constexpr static_outcome first_error(const report<E>& r, const options& o) noexcept {
  static_outcome out{};
  const auto findings = validate(r, o);
  for (const finding& f : findings) {
    if (f.severity != severity::error) continue;
    out.failed = true;
    out.rule_id = f.rule->id.data();
    out.row = f.at.row;
    out.column = f.at.column;
    copy_text(out.where.rule, f.rule->id);
    for_each_table(r, [&](const auto& t, std::size_t i) {
      using T = typename std::remove_cvref_t<decltype(t)>::schema;
      if (i != f.at.table) return;
      copy_text(out.where.table, T::key);
      copy_text(out.where.row, T::rows::keys[f.at.row]);
      copy_text(out.where.column, T::columns::keys[f.at.column]);
    });
    out.where.expected = f.expected.units;
    out.where.actual = f.actual.units;
    explain_errors(r, findings, o, out);
    return out;
  }
  return out;
}

// Not constexpr on purpose: reaching it during constant evaluation is the compile error.
inline void report_fails_a_rule() noexcept {}

constexpr void rule_failed(const char* rule_id, std::size_t row, std::size_t column,
                           long long expected, long long actual) noexcept {
  if (rule_id != nullptr) report_fails_a_rule();
  (void)row, (void)column, (void)expected, (void)actual;
}

template <static_failure Failure>
constexpr void rule_failed_at(const char* rule_id, std::size_t row, std::size_t column) noexcept {
  rule_failed(rule_id, row, column, Failure.expected, Failure.actual);
}

/// The frame above `rule_failed_at` when one number explains every error: the likely cell and
/// the value it would need, in its template argument (g++) and its arguments (clang: the cell's
/// row and column, the published value, the value needed).
template <static_failure Failure, likely_cell Likely>
constexpr void one_cell_explains_the_failures(const char* rule_id, std::size_t row, std::size_t column,
                                              std::size_t likely_row, std::size_t likely_column,
                                              long long published, long long needed) noexcept {
  (void)likely_row, (void)likely_column, (void)published, (void)needed;
  rule_failed_at<Failure>(rule_id, row, column);
}

}  // namespace detail

/// Checks a report at compile time: `static_assert(xxgk::static_check<my_report>());` where
/// `my_report` is a `constexpr` report with static storage. It is true when `validate` finds no
/// error; otherwise compilation fails, and the error names the rule id, table, row, column,
/// expected and actual value (in the template argument of `rule_failed_at` for g++, in the
/// arguments of `rule_failed` for clang). When one published number explains every error
/// (EXPLAIN.CELL, <xxgk/explain.hpp>), the error also names it, with the value published and the
/// value it would need, in `one_cell_explains_the_failures<..., likely_cell{table, row, column,
/// published, needed}>` (g++) or `one_cell_explains_the_failures(rule, row, column, likely row,
/// likely column, published, needed)` (clang). Warnings (CELL.BLANK) and not-assessable notes pass.
template <const auto& Report, options Options = options{}>
  requires requires { []<class E>(const report<E>&) {}(Report); }
consteval bool static_check() {
  constexpr detail::static_outcome outcome = detail::first_error(Report, Options);
  if constexpr (outcome.failed && outcome.explained)
    detail::one_cell_explains_the_failures<outcome.where, outcome.likely>(
        outcome.rule_id, outcome.row, outcome.column, outcome.likely_row, outcome.likely_column,
        outcome.likely.published, outcome.likely.needed);
  else if constexpr (outcome.failed)
    detail::rule_failed_at<outcome.where>(outcome.rule_id, outcome.row, outcome.column);
  return !outcome.failed;
}

}  // namespace xxgk

#endif
