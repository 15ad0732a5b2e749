#ifndef XXGK_FIXED_STRING_HPP
#define XXGK_FIXED_STRING_HPP

#include <cstddef>
#include <string_view>

namespace xxgk {

/// A string literal usable as a template argument: `category<"granted", ...>`.
/// Holds exactly N bytes of UTF-8 plus a terminating NUL.
template <std::size_t N>
struct fixed_string {
  char data[N + 1]{};

  constexpr fixed_string() noexcept = default;
  constexpr fixed_string(const char (&text)[N + 1]) noexcept {  // NOLINT(google-explicit-constructor)
    for (std::size_t i = 0; i != N + 1; ++i) data[i] = text[i];
  }

  [[nodiscard]] static constexpr std::size_t size() noexcept { return N; }
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {data, N}; }
  [[nodiscard]] constexpr operator std::string_view() const noexcept { return view(); }  // NOLINT
};

template <std::size_t M>
fixed_string(const char (&)[M]) -> fixed_string<M - 1>;

}  // namespace xxgk

#endif
