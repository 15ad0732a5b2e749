#ifndef XXGK_CATEGORY_HPP
#define XXGK_CATEGORY_HPP

#include <xxgk/fixed_string.hpp>

#include <concepts>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace xxgk {

/// What a column's cells hold, which decides the CELL.RANGE check applied to them.
enum class value_kind : std::uint8_t {
  count,         ///< a non-negative integer (件数, 数量)
  signed_count,  ///< an integer that may be negative (edition 2019 本年增/减)
  amount,        ///< a non-negative exact decimal amount of money (万元, 元)
};

namespace detail {
struct category_base {};
struct row_base : category_base {};
struct column_base : category_base {};
struct group_base : category_base {};
struct dimension_base {};
template <auto... Values>
struct value_list {
  static constexpr std::size_t size = sizeof...(Values);
};
}  // namespace detail

/// A named category of the national format: its JSON key (FORMAT.md), its official Chinese
/// label exactly as the format prints it, and an English name. One declaration carries all three.
template <fixed_string Key, fixed_string Label, fixed_string English>
struct category {
  static constexpr std::string_view key = Key.view();
  static constexpr std::string_view label = Label.view();
  static constexpr std::string_view english = English.view();
};

/// A numeric row of a table (one line of numbers in the published table).
template <fixed_string Key, fixed_string Label, fixed_string English>
struct row : category<Key, Label, English>, detail::row_base {};

/// A numeric column of a table; `Kind` says what its cells hold.
template <fixed_string Key, fixed_string Label, fixed_string English,
          value_kind Kind = value_kind::count>
struct column : category<Key, Label, English>, detail::column_base {
  static constexpr value_kind kind = Kind;
};

/// Marks a group that has no total line or column of its own.
inline constexpr struct no_total_t final {
} no_total{};

/// Marks a total that a group may or may not print: the edition-2021 （六）其他处理 heading, which
/// a 2021+ report may still print as the edition-2019 single row holding the sum of its items.
template <auto Tag>
struct optional_total_t final {
  static constexpr auto tag = Tag;
};
template <auto Tag>
inline constexpr optional_total_t<Tag> optional_total{};

/// A heading that groups rows or columns, with its total (`no_total`, a row or column tag that
/// holds the sum of the members, or `optional_total<tag>`). The hierarchy is the schema: totals,
/// their identities and the members that add up to them are all derived from it.
template <fixed_string Key, fixed_string Label, fixed_string English, auto Total, auto... Members>
struct group : category<Key, Label, English>, detail::group_base {
  static constexpr auto total = Total;
  using members = detail::value_list<Members...>;
};

/// The root of a table's rows or columns: an unnamed group.
template <auto Total, auto... Members>
struct dimension : detail::dimension_base {
  static constexpr auto total = Total;
  using members = detail::value_list<Members...>;
};

/// A type that names one category of the format (a row, column or group tag).
template <class T>
concept Category = std::is_base_of_v<detail::category_base, T> && std::is_empty_v<T> &&
                   std::is_final_v<T> && requires {
                     { T::key } -> std::convertible_to<std::string_view>;
                     { T::label } -> std::convertible_to<std::string_view>;
                     { T::english } -> std::convertible_to<std::string_view>;
                   };

/// A numeric row tag, such as `s3::granted`.
template <class T>
concept Row = Category<T> && std::is_base_of_v<detail::row_base, T>;

/// A numeric column tag, such as `s3::natural_person`.
template <class T>
concept Column = Category<T> && std::is_base_of_v<detail::column_base, T>;

/// A heading over rows or columns, such as `s3::withheld`.
template <class T>
concept Group = Category<T> && std::is_base_of_v<detail::group_base, T>;

}  // namespace xxgk

#endif
