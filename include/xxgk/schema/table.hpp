#ifndef XXGK_SCHEMA_TABLE_HPP
#define XXGK_SCHEMA_TABLE_HPP

#include <xxgk/category.hpp>
#include <xxgk/detail/hierarchy.hpp>

#include <concepts>
#include <cstddef>
#include <type_traits>

namespace xxgk {

/// The chapters of a report that hold tables.
enum class chapter : std::uint8_t { two = 2, three = 3, four = 4 };

/// Declares that the sum of the `Lhs` rows equals the sum of the `Rhs` rows in every column
/// (the chapter-三 note 第一项加第二项之和，等于第三项加第四项之和).
template <class Lhs, class Rhs>
struct balance {
  using lhs = Lhs;
  using rhs = Rhs;
};
template <auto... Rows>
using rows_of = detail::value_list<Rows...>;

/// A table without a balance identity.
struct no_balance {};

namespace detail {
struct table_base {};
}  // namespace detail

/// One table of the national format: its caption, its chapter, its rows and columns as
/// hierarchies (`dimension`), and for chapter 三 the balance identity printed in the table.
template <fixed_string Key, fixed_string Label, fixed_string English, chapter Chapter, auto Rows,
          auto Columns, class Balance = no_balance>
struct table_schema : category<Key, Label, English>, detail::table_base {
  static constexpr xxgk::chapter in_chapter = Chapter;
  using rows = detail::dimension_layout<detail::tag_t<Rows>>;
  using columns = detail::dimension_layout<detail::tag_t<Columns>>;
  using balance_type = Balance;
  static constexpr std::size_t cell_count = rows::size * columns::size;
};

/// A table of the national format, such as `s3::table_2021`.
template <class T>
concept Table = std::is_base_of_v<detail::table_base, T> && std::is_empty_v<T> &&
                std::is_final_v<T>;

/// `Tag` is one of the numeric rows of table `T`.
template <class T, class Tag>
concept RowOf = Table<T> && Row<Tag> && T::rows::template contains<Tag>;

/// `Tag` is one of the numeric columns of table `T`.
template <class T, class Tag>
concept ColumnOf = Table<T> && Column<Tag> && T::columns::template contains<Tag>;

namespace detail {
/// Schema invariants, asserted where each table is declared.
template <class T>
consteval bool well_formed_table() {
  return all_distinct(T::rows::keys) && all_distinct(T::rows::labels) &&
         all_distinct(T::columns::keys) && all_distinct(T::columns::labels);
}
}  // namespace detail

}  // namespace xxgk

#endif
