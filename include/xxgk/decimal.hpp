#ifndef XXGK_DECIMAL_HPP
#define XXGK_DECIMAL_HPP

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace xxgk {

/// An exact decimal number: `units` × 10^-`scale`. Amounts of money (万元, 元) are kept this way,
/// as published, never as a binary float; counts are decimals with scale 0.
struct decimal {
  std::int64_t units = 0;
  std::uint8_t scale = 0;  ///< digits after the decimal point, at most `max_scale`

  static constexpr std::uint8_t max_scale = 18;

  /// Parses `[+-]digits[.digits]` (ASCII). Fails on anything else and when the value does not
  /// fit in 64 bits: never a rounded or wrapped number.
  [[nodiscard]] static constexpr std::optional<decimal> parse(std::string_view text) noexcept {
    decimal d{};
    bool negative = false;
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
    bool digits = false, point = false;
    std::uint64_t magnitude = 0;
    for (; i < text.size(); ++i) {
      const char c = text[i];
      if (c == '.' && !point) {
        point = true;
        continue;
      }
      if (c < '0' || c > '9') return std::nullopt;
      digits = true;
      const auto digit = static_cast<std::uint64_t>(c - '0');
      if (magnitude > ((negative ? limit + 1 : limit) - digit) / 10) return std::nullopt;
      magnitude = magnitude * 10 + digit;
      if (point) {
        if (d.scale == max_scale) return std::nullopt;
        ++d.scale;
      }
    }
    if (!digits || (point && text.back() == '.')) return std::nullopt;
    d.units = negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
    return d;
  }

  [[nodiscard]] constexpr bool is_integer() const noexcept { return normalized().scale == 0; }
  [[nodiscard]] constexpr bool is_negative() const noexcept { return units < 0; }

  /// The same value with trailing fractional zeros removed (`6510.00` → `6510`).
  [[nodiscard]] constexpr decimal normalized() const noexcept {
    decimal d = *this;
    while (d.scale > 0 && d.units % 10 == 0) {
      d.units /= 10;
      --d.scale;
    }
    return d;
  }

  /// Numeric equality: `6510` == `6510.00`.
  [[nodiscard]] friend constexpr bool operator==(const decimal& a, const decimal& b) noexcept {
    const decimal x = a.normalized(), y = b.normalized();
    return x.units == y.units && x.scale == y.scale;
  }

  /// Writes the value as published (`7730.28`, `-3`) into a buffer; returns the text.
  struct text_buffer {
    std::array<char, 24> data{};
    std::uint8_t size = 0;
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {data.data(), size}; }
  };
  [[nodiscard]] constexpr text_buffer to_text() const noexcept {
    if (scale > max_scale) return {};  // not a decimal made by this library
    std::array<char, 24> rev{};
    std::size_t n = 0;
    std::uint64_t m = units < 0 ? 0 - static_cast<std::uint64_t>(units) : static_cast<std::uint64_t>(units);
    do {
      if (n == scale && scale != 0) rev[n++] = '.';
      rev[n++] = static_cast<char>('0' + m % 10);
      m /= 10;
    } while (m != 0 || n <= scale);
    text_buffer out{};
    if (units < 0) out.data[out.size++] = '-';
    while (n != 0) out.data[out.size++] = rev[--n];
    return out;
  }

 private:
  static constexpr std::uint64_t limit = 9'223'372'036'854'775'807ULL;
};

}  // namespace xxgk

#endif
