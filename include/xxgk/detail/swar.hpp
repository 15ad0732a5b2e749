#ifndef XXGK_DETAIL_SWAR_HPP
#define XXGK_DETAIL_SWAR_HPP
// IWYU pragma: private, include <xxgk/parse.hpp>

// Eight bytes at a time in one 64-bit number ("SIMD within a register"): portable, loads by
// memcpy, no intrinsics. The input checks, the prose reader and the locator use it.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace xxgk::detail::swar {

inline constexpr std::uint64_t ones = 0x0101010101010101ULL;   ///< 0x01 in every byte
inline constexpr std::uint64_t highs = ones * 0x80;             ///< the high bit of every byte

/// Eight bytes as one number, the first byte lowest, on any byte order.
[[nodiscard]] inline std::uint64_t load(const char* p) noexcept {
  std::uint64_t w = 0;
  if constexpr (std::endian::native == std::endian::little) {
    std::memcpy(&w, p, 8);
  } else {
    for (int k = 7; k >= 0; --k) w = w << 8 | static_cast<unsigned char>(p[k]);
  }
  return w;
}

/// Nonzero when some byte of `w` is `c`: (x - 1) & ~x has the high bit set in a byte where x is
/// zero. The lowest set bit marks the first such byte; bits above it may be borrows.
[[nodiscard]] constexpr std::uint64_t bytes_equal(std::uint64_t w, unsigned char c) noexcept {
  const std::uint64_t x = w ^ (ones * c);
  return (x - ones) & ~x & highs;
}

/// The number of bytes of `w` that start a UTF-8 character (a continuation byte is 10xxxxxx).
[[nodiscard]] constexpr std::size_t character_starts(std::uint64_t w) noexcept {
  const std::uint64_t continuation = w & ~(w << 1) & highs;
  return 8 - static_cast<std::size_t>(((continuation >> 7) * ones) >> 56);
}

}  // namespace xxgk::detail::swar

#endif
