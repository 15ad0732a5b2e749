#ifndef XXGK_REPORT_HPP
#define XXGK_REPORT_HPP

#include <xxgk/cell.hpp>
#include <xxgk/schema/editions.hpp>
#include <xxgk/small_string.hpp>
#include <xxgk/table.hpp>

#include <cstddef>
#include <cstdint>
#include <tuple>
#include <type_traits>

namespace xxgk {

namespace detail {
template <class List>
struct table_storage;
template <class... Ts>
struct table_storage<table_list<Ts...>> {
  using type = std::tuple<table<Ts>...>;
};

template <class... Ts, std::size_t N = sizeof...(Ts)>
consteval std::size_t first_true(const bool (&found)[N]) {
  for (std::size_t i = 0; i != N; ++i)
    if (found[i]) return i;
  return N;
}

template <class R, class... Ts>
consteval std::size_t table_of_row(table_list<Ts...>) {
  constexpr bool found[] = {Ts::rows::template contains<R>...};
  return first_true<Ts...>(found);
}
template <class T, class... Ts>
consteval std::size_t table_position(table_list<Ts...>) {
  constexpr bool found[] = {std::is_same_v<T, Ts>...};
  return first_true<Ts...>(found);
}
template <std::size_t I, class... Ts>
auto table_type_at(table_list<Ts...>) -> std::tuple_element_t<I, std::tuple<Ts...>>;
}  // namespace detail

/// `T` is one of the tables of edition `E`.
template <class E, class T>
concept TableOf = Edition<E> && Table<std::remove_cvref_t<T>> &&
                  (detail::table_position<std::remove_cvref_t<T>>(typename E::tables{}) <
                   E::tables::size);

/// `R` is a numeric row of some table of edition `E`.
template <class E, class R>
concept RowOfEdition = Edition<E> && Row<std::remove_cvref_t<R>> &&
                       (detail::table_of_row<std::remove_cvref_t<R>>(typename E::tables{}) <
                        E::tables::size);

/// The table of edition `E` that holds row `R`.
template <class E, class R>
  requires RowOfEdition<E, R>
using table_of_row_t = decltype(detail::table_type_at<detail::table_of_row<std::remove_cvref_t<R>>(
                                    typename E::tables{})>(typename E::tables{}));

/// `R` is a row of edition `E` and `C` a column of the same table.
template <class E, class R, class C>
concept CellOfEdition = RowOfEdition<E, R> && ColumnOf<table_of_row_t<E, R>, std::remove_cvref_t<C>>;

/// Where a cell sits in a report: table, row and column in published order; `previous` marks a
/// cell of the previous year's report in checks across years (X.CARRY, X.IN_FORCE).
struct cell_ref {
  std::uint8_t table = 0;
  std::uint8_t row = 0;
  std::uint8_t column = 0;
  bool previous = false;
  friend constexpr bool operator==(const cell_ref&, const cell_ref&) = default;
};

/// One annual report in edition `E`: its year, its agency and the cells of every table.
/// A literal type: build it in a constant expression and check it with `static_check`.
template <Edition E>
struct report {
  using edition_type = E;
  using tables_type = typename detail::table_storage<typename E::tables>::type;
  static constexpr xxgk::edition edition = E::id;
  static constexpr std::size_t table_count = E::tables::size;

  std::int32_t year = 0;           ///< the year reported on (0: unknown)
  small_string<240> agency{};      ///< the organ that publishes the report
  tables_type tables{};

  /// The cell at a row and column: `r(s3::granted, s3::total)`. A row the edition lacks, or a
  /// column of another table, does not compile.
  template <class R, class C>
    requires CellOfEdition<E, R, C>
  [[nodiscard]] constexpr cell& operator()(R r, C c) noexcept {
    return (*this)[table_of_row_t<E, R>{}](r, c);
  }
  template <class R, class C>
    requires CellOfEdition<E, R, C>
  [[nodiscard]] constexpr const cell& operator()(R r, C c) const noexcept {
    return (*this)[table_of_row_t<E, R>{}](r, c);
  }

  /// One table: `r[s3::table_2021]`.
  template <class T>
    requires TableOf<E, T>
  [[nodiscard]] constexpr table<std::remove_cvref_t<T>>& operator[](T) noexcept {
    return std::get<detail::table_position<std::remove_cvref_t<T>>(typename E::tables{})>(tables);
  }
  template <class T>
    requires TableOf<E, T>
  [[nodiscard]] constexpr const table<std::remove_cvref_t<T>>& operator[](T) const noexcept {
    return std::get<detail::table_position<std::remove_cvref_t<T>>(typename E::tables{})>(tables);
  }

  /// Sets a whole row in published column order: `r.set(s3::new_received, {50, 9, 0, 0, 0, 0, 59})`.
  template <class R>
    requires RowOfEdition<E, R>
  constexpr void set(R r, const typename table<table_of_row_t<E, R>>::row_cells& values) noexcept {
    (*this)[table_of_row_t<E, R>{}].set(r, values);
  }

  /// Where a cell sits, for findings: `r.ref(s3::granted, s3::total)`.
  template <class R, class C>
    requires CellOfEdition<E, R, C>
  [[nodiscard]] static constexpr cell_ref ref(R, C) noexcept {
    using T = table_of_row_t<E, R>;
    return {static_cast<std::uint8_t>(detail::table_position<T>(typename E::tables{})),
            static_cast<std::uint8_t>(T::rows::template index<R>),
            static_cast<std::uint8_t>(T::columns::template index<C>)};
  }

  friend constexpr bool operator==(const report&, const report&) = default;
};

using report_2019 = report<edition_2019_t>;
using report_2021 = report<edition_2021_t>;

/// Calls `f(table)` for every table of a report, in published order, with its index.
template <Edition E, class F>
constexpr void for_each_table(const report<E>& r, F&& f) {
  std::apply([&](const auto&... t) {
    std::size_t i = 0;
    (f(t, i++), ...);
  }, r.tables);
}
template <Edition E, class F>
constexpr void for_each_table(report<E>& r, F&& f) {
  std::apply([&](auto&... t) {
    std::size_t i = 0;
    (f(t, i++), ...);
  }, r.tables);
}

}  // namespace xxgk

#endif
