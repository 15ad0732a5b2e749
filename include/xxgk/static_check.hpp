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
  const rule_info* rule = nullptr;
  cell_ref at{};
  static_failure where{};
  bool explained = false;  // one number explains every error: `likely`
  cell_ref likely_at{};
  likely_cell likely{};
};

/// The keys of cell `at` of `r`, as text.
template <Edition E, std::size_t T, std::size_t R, std::size_t C>
constexpr void name_cell(const report<E>& r, cell_ref at, char (&table)[T], char (&row)[R],
                         char (&column)[C]) noexcept {
  for_each_table(r, [&](const auto& t, std::size_t i) {
    using S = typename std::remove_cvref_t<decltype(t)>::schema;
    if (i != at.table) return;
    copy_text(table, S::key);
    copy_text(row, S::rows::keys[at.row]);
    copy_text(column, S::columns::keys[at.column]);
  });
}

/// The schema tag types of table number `Table` of edition E, and of its row and column.
template <class E, std::size_t Table, std::size_t Row, std::size_t Column>
struct cell_types {
  using table = decltype(table_type_at<Table>(typename E::tables{}));
  using row = typename decltype(+boost::hana::at_c<Row>(typename table::rows::slot_list{}))::type;
  using column = typename decltype(+boost::hana::at_c<Column>(typename table::columns::slot_list{}))::type;
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
  out.likely.published = c.actual;
  out.likely.needed = c.expected;
  out.likely_at = c.at;
  name_cell(r, c.at, out.likely.table, out.likely.row, out.likely.column);
}

template <Edition E>
constexpr static_outcome first_error(const report<E>& r, const options& o) noexcept {
  static_outcome out{};
  const auto findings = validate(r, o);
  for (const finding& f : findings) {
    if (f.severity != severity::error) continue;
    out.failed = true;
    out.rule_id = f.rule->id.data();
    out.rule = f.rule;
    out.at = f.at;
    copy_text(out.where.rule, f.rule->id);
    name_cell(r, f.at, out.where.table, out.where.row, out.where.column);
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

/// g++ prints this frame with its template argument: static_failure{"S3.ROW", "section3",
/// "granted", "total", 30, 31}.
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

/// clang names the function it cannot call in a constant expression with its template
/// arguments, and prints class-type arguments as numbers: this one names the failure by the
/// schema's own tag types, `report_fails_rule<xxgk::rules::s3_row, xxgk::s3::table_2021_t,
/// xxgk::s3::granted, xxgk::s3::total, 30LL, 31LL>`: rule, table, row, column, expected, actual.
template <const rule_info& Rule, class Table, class Row, class Column, long long Expected, long long Actual>
inline void report_fails_rule() noexcept {}

/// The same when one number explains every error: the failure, then that number's table, row and
/// column, the value published and the value it would need.
template <const rule_info& Rule, class Table, class Row, class Column, long long Expected, long long Actual,
          class LikelyTable, class LikelyRow, class LikelyColumn, long long Published, long long Needed>
inline void report_fails_rule_explained_by() noexcept {}

}  // namespace detail

/// Checks a report at compile time: `static_assert(xxgk::static_check<my_report>());` where
/// `my_report` is a `constexpr` report with static storage. It is true when `validate` finds no
/// error; otherwise compilation fails, and the error names the rule id, table, row, column,
/// expected and actual value (in the template argument of `rule_failed_at` for g++, in the
/// template arguments of `report_fails_rule` for clang, which names the schema's tags:
/// `report_fails_rule<xxgk::rules::s3_row, xxgk::s3::…, xxgk::s3::granted, xxgk::s3::total,
/// 30LL, 31LL>`). When one published number explains every error (EXPLAIN.CELL,
/// <xxgk/explain.hpp>), the error also names it, with the value published and the value it
/// would need, in `one_cell_explains_the_failures<..., likely_cell{table, row, column,
/// published, needed}>` (g++) or `report_fails_rule_explained_by<rule, table, row, column,
/// expected, actual, its table, row, column, published, needed>` (clang). Warnings (CELL.BLANK) and not-assessable notes pass.
template <const auto& Report, options Options = options{}>
  requires requires { []<class E>(const report<E>&) {}(Report); }
consteval bool static_check() {
  constexpr detail::static_outcome outcome = detail::first_error(Report, Options);
#if defined(__clang__)
  if constexpr (outcome.failed) {
    using E = typename std::remove_cvref_t<decltype(Report)>::edition_type;
    using at = detail::cell_types<E, outcome.at.table, outcome.at.row, outcome.at.column>;
    if constexpr (outcome.explained) {
      using likely = detail::cell_types<E, outcome.likely_at.table, outcome.likely_at.row, outcome.likely_at.column>;
      detail::report_fails_rule_explained_by<*outcome.rule, typename at::table, typename at::row, typename at::column,
                                             outcome.where.expected, outcome.where.actual, typename likely::table,
                                             typename likely::row, typename likely::column, outcome.likely.published,
                                             outcome.likely.needed>();
    } else {
      detail::report_fails_rule<*outcome.rule, typename at::table, typename at::row, typename at::column,
                                outcome.where.expected, outcome.where.actual>();
    }
  }
#else
  if constexpr (outcome.failed && outcome.explained)
    detail::one_cell_explains_the_failures<outcome.where, outcome.likely>(
        outcome.rule_id, outcome.at.row, outcome.at.column, outcome.likely_at.row, outcome.likely_at.column,
        outcome.likely.published, outcome.likely.needed);
  else if constexpr (outcome.failed)
    detail::rule_failed_at<outcome.where>(outcome.rule_id, outcome.at.row, outcome.at.column);
#endif
  return !outcome.failed;
}

}  // namespace xxgk

#endif
