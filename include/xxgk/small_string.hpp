#ifndef XXGK_SMALL_STRING_HPP
#define XXGK_SMALL_STRING_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace xxgk {

/// A fixed-capacity UTF-8 string usable in constant expressions (no heap), for names such as
/// the agency in a report's title. Text longer than the capacity is cut at a character boundary.
template <std::size_t Capacity>
class small_string {
 public:
  constexpr small_string() noexcept = default;
  constexpr small_string(std::string_view text) noexcept { assign(text); }  // NOLINT

  constexpr small_string& operator=(std::string_view text) noexcept {
    assign(text);
    return *this;
  }

  /// Replaces the content; returns false when the text had to be cut to fit.
  constexpr bool assign(std::string_view text) noexcept {
    std::size_t n = text.size() < Capacity ? text.size() : Capacity;
    // never cut inside a UTF-8 sequence
    if (n < text.size())
      while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0U) == 0x80U) --n;
    for (std::size_t i = 0; i != n; ++i) data_[i] = text[i];
    size_ = static_cast<std::uint16_t>(n);
    return n == text.size();
  }

  [[nodiscard]] constexpr std::string_view view() const noexcept { return {data_.data(), size_}; }
  [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] static constexpr std::size_t capacity() noexcept { return Capacity; }

  friend constexpr bool operator==(const small_string& a, const small_string& b) noexcept {
    return a.view() == b.view();
  }

 private:
  std::array<char, Capacity> data_{};
  std::uint16_t size_ = 0;
};

}  // namespace xxgk

#endif
