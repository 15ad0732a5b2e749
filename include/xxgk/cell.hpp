#ifndef XXGK_CELL_HPP
#define XXGK_CELL_HPP

#include <xxgk/decimal.hpp>

#include <cstdint>
#include <string_view>

namespace xxgk {

/// What a table cell was found to hold.
enum class cell_state : std::uint8_t {
  absent,  ///< not published, or not read with certainty: nothing is known about it
  number,  ///< a number (`value`)
  blank,   ///< published empty
  marker,  ///< published with a placeholder such as `/` or `—` (`mark`)
  text,    ///< published with text that is no number: never counted as 0
};

/// The placeholder found in a `cell_state::marker` cell.
enum class marker : std::uint8_t {
  none,
  slash,          ///< `/` or `／`
  hyphen,         ///< `-`
  dash,           ///< `—` or `－`
  double_hyphen,  ///< `--` or `——`
  nil,            ///< `无`
  not_applicable, ///< `不适用`
  underscore,     ///< `_` (a form's line to write on, left empty)
};

/// The text of a marker, as printed in messages.
[[nodiscard]] constexpr std::string_view to_string(marker m) noexcept {
  switch (m) {
    case marker::slash: return "/";
    case marker::hyphen: return "-";
    case marker::dash: return "—";
    case marker::double_hyphen: return "--";
    case marker::nil: return "无";
    case marker::not_applicable: return "不适用";
    case marker::underscore: return "_";
    case marker::none: break;
  }
  return "";
}

/// A position in a source text: 1-based line and column, the column counted in characters
/// (Unicode code points: 自然人 is three; a GBK source, in the characters it decodes to); 0 when
/// unknown, as for a report written in C++.
struct source_pos {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  [[nodiscard]] constexpr bool known() const noexcept { return line != 0; }
  friend constexpr bool operator==(const source_pos&, const source_pos&) = default;
};

/// Tag for a cell published empty: `{50, xxgk::blank, 0, ...}`.
inline constexpr struct blank_t final {
} blank{};

/// One cell of a table. It keeps the difference between a number, a blank, a marker, text and a
/// cell nobody could read: identities treat each differently (FORMAT.md, CELL.BLANK).
struct cell {
  // `value` first: clang 14 stores a decimal placed after the one-byte members into the wrong
  // bytes when a cell is assigned from a consteval call at run time (a miscompile seen with
  // `xxgk::amount`, tests/unit/model_test.cpp)
  decimal value{};
  cell_state state = cell_state::absent;
  xxgk::marker mark = xxgk::marker::none;
  /// The number was not read as printed but derived by a reader (digits run together, split the
  /// one way an identity allows: FORMAT.md, "Inferred cells"). Identities over it say so, and
  /// the identity used to derive it is not assessed.
  bool inferred = false;
  source_pos pos{};

  constexpr cell() noexcept = default;
  /// A count, as in `{50, 9, 0, 0, 0, 0, 59}`.
  constexpr cell(std::int64_t count) noexcept  // NOLINT(google-explicit-constructor)
      : value{count, 0}, state(cell_state::number) {}
  constexpr cell(decimal d) noexcept : value(d), state(cell_state::number) {}  // NOLINT
  constexpr cell(blank_t) noexcept : state(cell_state::blank) {}               // NOLINT
  constexpr cell(xxgk::marker m) noexcept                                       // NOLINT
      : state(m == xxgk::marker::none ? cell_state::blank : cell_state::marker), mark(m) {}

  /// A cell that holds text that is no number.
  [[nodiscard]] static constexpr cell text() noexcept {
    cell c;
    c.state = cell_state::text;
    return c;
  }

  /// The same number, marked as derived rather than read (`inferred`).
  [[nodiscard]] constexpr cell as_inferred() const noexcept {
    cell c = *this;
    c.inferred = true;
    return c;
  }

  /// The same cell, remembered at `p` in its source.
  [[nodiscard]] constexpr cell at(source_pos p) const noexcept {
    cell c = *this;
    c.pos = p;
    return c;
  }

  [[nodiscard]] constexpr bool is_number() const noexcept { return state == cell_state::number; }
  [[nodiscard]] constexpr bool is_present() const noexcept { return state != cell_state::absent; }
  /// Blank or marker: counted as 0 or not assessable, as the caller's blank policy says.
  [[nodiscard]] constexpr bool is_blank() const noexcept {
    return state == cell_state::blank || state == cell_state::marker;
  }

  /// Value semantics: two cells are equal when they publish the same thing (state, number,
  /// marker, and whether the number was inferred), wherever each was found: a parsed report
  /// equals its own JSON round trip. Compare `pos` for where.
  friend constexpr bool operator==(const cell& a, const cell& b) noexcept {
    return a.state == b.state && a.value == b.value && a.mark == b.mark && a.inferred == b.inferred;
  }
};

namespace detail {
// Not constexpr on purpose: reaching it in a constant expression is the compile error.
inline void amount_text_is_not_a_decimal_that_fits_in_64_bits() noexcept {}
}  // namespace detail

/// An amount cell from its published text, checked at compile time: `xxgk::amount("7730.28")`.
[[nodiscard]] consteval cell amount(std::string_view text) {
  const auto d = decimal::parse(text);
  if (!d) {
    detail::amount_text_is_not_a_decimal_that_fits_in_64_bits();
    return cell{};
  }
  return cell{*d};
}

}  // namespace xxgk

#endif
