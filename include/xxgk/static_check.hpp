#ifndef XXGK_STATIC_CHECK_HPP
#define XXGK_STATIC_CHECK_HPP

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

struct static_outcome {
  bool failed = false;
  const char* rule_id = nullptr;  // points at the catalogue's literal, which clang prints
  std::size_t row = 0;
  std::size_t column = 0;
  static_failure where{};
};

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

}  // namespace detail

/// Checks a report at compile time: `static_assert(xxgk::static_check<my_report>());` where
/// `my_report` is a `constexpr` report with static storage. It is true when `validate` finds no
/// error; otherwise compilation fails, and the error names the rule id, table, row, column,
/// expected and actual value (in the template argument of `rule_failed_at` for g++, in the
/// arguments of `rule_failed` for clang). Warnings (CELL.BLANK) and not-assessable notes pass.
template <const auto& Report, options Options = options{}>
  requires requires { []<class E>(const report<E>&) {}(Report); }
consteval bool static_check() {
  constexpr detail::static_outcome outcome = detail::first_error(Report, Options);
  if constexpr (outcome.failed)
    detail::rule_failed_at<outcome.where>(outcome.rule_id, outcome.row, outcome.column);
  return !outcome.failed;
}

}  // namespace xxgk

#endif
