// Shared by tests/static/every_number_matters*.cpp (split in two translation units so that the
// ~190 compile-time `validate` runs, about 60 ms each on g++ 12 and clang++ 14, build in
// parallel).
//
// For a published cell of the changchun 2023 report (examples/changchun_2023.hpp), "matters"
// means: adding 1 to it makes `validate` return an error of S3.ROW, S3.TOTAL, S3.BALANCE or
// S4.TOTAL. One constant evaluation per row (five or seven `validate` runs), far below g++'s
// -fconstexpr-ops-limit and clang's -fconstexpr-steps. A cell that does not matter names itself:
// `adding_1_to_this_cell_fails_no_identity<table, row, column>` in the compiler's error.

#ifndef XXGK_TESTS_STATIC_EVERY_NUMBER_MATTERS_HPP
#define XXGK_TESTS_STATIC_EVERY_NUMBER_MATTERS_HPP

#include "../../examples/changchun_2023.hpp"

#include <xxgk/model.hpp>

#include <cstddef>
#include <string_view>
#include <tuple>
#include <utility>

namespace every_number_matters {

inline constexpr xxgk::report_2021 published = make_changchun_2023();

inline constexpr std::size_t s3_table =
    xxgk::report_2021::ref(xxgk::s3::new_received, xxgk::s3::total).table;
inline constexpr std::size_t s4_table =
    xxgk::report_2021::ref(xxgk::s4::reconsideration, xxgk::s4::total).table;

template <std::size_t Table>
inline constexpr std::size_t row_count =
    std::tuple_element_t<Table, xxgk::report_2021::tables_type>::row_count;

constexpr bool is_identity_error(const xxgk::finding& f) noexcept {
  // findings of validate always name their rule; no address comparison, which g++ with
  // -fsanitize=undefined refuses in constant expressions
  if (f.severity != xxgk::severity::error || f.verdict != xxgk::verdict::failed)
    return false;
  const std::string_view id = f.rule->id;
  return id == "S3.ROW" || id == "S3.TOTAL" || id == "S3.BALANCE" || id == "S4.TOTAL";
}

inline constexpr std::size_t no_column = static_cast<std::size_t>(-1);

/// The first column of a published row whose cell, plus 1, fails no identity (no_column when
/// every cell of the row matters, or when the report does not publish the row).
template <std::size_t Table, std::size_t Row>
constexpr std::size_t first_silent_column() noexcept {
  const auto& table = std::get<Table>(published.tables);
  if (!table.row_present(Row)) return no_column;
  for (std::size_t c = 0; c != table.column_count; ++c) {
    xxgk::report_2021 changed = published;
    xxgk::cell& x = std::get<Table>(changed.tables).at(Row, c);
    if (!x.is_number() || !x.value.is_integer()) return c;
    x = xxgk::cell{x.value.normalized().units + 1};
    bool caught = false;
    for (const xxgk::finding& f : xxgk::validate(changed)) caught = caught || is_identity_error(f);
    if (!caught) return c;
  }
  return no_column;
}

// Not constexpr on purpose: reaching it is the compile error, and its name and template
// arguments say which cell did not matter.
template <std::size_t Table, std::size_t Row, std::size_t Column>
void adding_1_to_this_cell_fails_no_identity() noexcept {}

/// The search for one row, as a variable template: a constant evaluation of its own, computed
/// once (a `constexpr` local would be evaluated again inside the caller's evaluation by clang).
template <std::size_t Table, std::size_t Row>
inline constexpr std::size_t silent_column_v = first_silent_column<Table, Row>();

/// Every published cell of one row matters.
template <std::size_t Table, std::size_t Row>
constexpr bool every_cell_of_row() noexcept {
  constexpr std::size_t silent_column = silent_column_v<Table, Row>;
  if constexpr (silent_column != no_column)
    adding_1_to_this_cell_fails_no_identity<Table, Row, silent_column>();
  return silent_column == no_column;
}

template <std::size_t Table, std::size_t First, std::size_t... I>
constexpr bool every_cell_of_rows(std::index_sequence<I...>) noexcept {
  return (every_cell_of_row<Table, First + I>() && ...);
}
/// Every published cell of rows [First, Last) of a table matters.
template <std::size_t Table, std::size_t First, std::size_t Last>
constexpr bool every_cell_of_rows() noexcept {
  static_assert(First <= Last && Last <= row_count<Table>);
  return every_cell_of_rows<Table, First>(std::make_index_sequence<Last - First>{});
}

/// How many cells of a table the report publishes (those the loops change).
template <std::size_t Table>
constexpr std::size_t published_cells() noexcept {
  std::size_t n = 0;
  for (const xxgk::cell& x : std::get<Table>(published.tables).cells) n += x.is_present() ? 1U : 0U;
  return n;
}

}  // namespace every_number_matters

#endif
