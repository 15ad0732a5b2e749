#ifndef XXGK_TABLE_HPP
#define XXGK_TABLE_HPP

#include <xxgk/cell.hpp>
#include <xxgk/schema/table.hpp>

#include <array>
#include <cstddef>

namespace xxgk {

/// The cells of one table of a report, addressed by the schema's row and column tags.
/// Every cell starts `absent`; a row that a report does not publish stays so.
template <Table Schema>
struct table {
  using schema = Schema;
  static constexpr std::size_t row_count = Schema::rows::size;
  static constexpr std::size_t column_count = Schema::columns::size;
  using row_cells = std::array<cell, column_count>;

  std::array<cell, row_count * column_count> cells{};

  /// The cell at a row and column of this table. A tag that the table lacks does not compile.
  template <class R, class C>
    requires RowOf<Schema, R> && ColumnOf<Schema, C>
  [[nodiscard]] constexpr cell& operator()(R, C) noexcept {
    return cells[Schema::rows::template index<R> * column_count + Schema::columns::template index<C>];
  }
  template <class R, class C>
    requires RowOf<Schema, R> && ColumnOf<Schema, C>
  [[nodiscard]] constexpr const cell& operator()(R, C) const noexcept {
    return cells[Schema::rows::template index<R> * column_count + Schema::columns::template index<C>];
  }

  /// Sets a whole row, in the published column order: `t.set(s3::granted, {25, 5, 0, 0, 0, 0, 30})`.
  template <class R>
    requires RowOf<Schema, R>
  constexpr void set(R, const row_cells& values) noexcept {
    set_row(Schema::rows::template index<R>, values);
  }

  /// Positional access (row and column in published order). Precondition: in range.
  [[nodiscard]] constexpr cell& at(std::size_t r, std::size_t c) noexcept { return cells[r * column_count + c]; }
  [[nodiscard]] constexpr const cell& at(std::size_t r, std::size_t c) const noexcept {
    return cells[r * column_count + c];
  }
  constexpr void set_row(std::size_t r, const row_cells& values) noexcept {
    for (std::size_t c = 0; c != column_count; ++c) cells[r * column_count + c] = values[c];
  }

  /// True when some cell of row `r` is present.
  [[nodiscard]] constexpr bool row_present(std::size_t r) const noexcept {
    for (std::size_t c = 0; c != column_count; ++c)
      if (at(r, c).is_present()) return true;
    return false;
  }
  /// True when no cell is present: the table was not published or not found.
  [[nodiscard]] constexpr bool empty() const noexcept {
    for (const cell& x : cells)
      if (x.is_present()) return false;
    return true;
  }

  friend constexpr bool operator==(const table&, const table&) = default;
};

}  // namespace xxgk

#endif
