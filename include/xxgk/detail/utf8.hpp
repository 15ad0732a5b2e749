#ifndef XXGK_DETAIL_UTF8_HPP
#define XXGK_DETAIL_UTF8_HPP
// IWYU pragma: private, include <xxgk/parse.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace xxgk::detail::utf8 {

/// Length of a valid UTF-8 sequence starting at `s[i]`, or 0 when the bytes there are not
/// valid UTF-8 (overlong forms, surrogates and values beyond U+10FFFF are invalid).
[[nodiscard]] inline std::size_t sequence_length(std::string_view s, std::size_t i) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  auto cont = [&](std::size_t k) {
    return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0U) == 0x80U;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if (b0 == 0xE0 && b1 < 0xA0) return 0;  // overlong
    if (b0 == 0xED && b1 >= 0xA0) return 0; // surrogate
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if (b0 == 0xF0 && b1 < 0x90) return 0;
    if (b0 == 0xF4 && b1 >= 0x90) return 0;
    return 4;
  }
  return 0;
}

/// Decodes the valid sequence at `s[i]` of length `n` (from `sequence_length`).
[[nodiscard]] inline char32_t decode(std::string_view s, std::size_t i, std::size_t n) noexcept {
  const auto b = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k])); };
  switch (n) {
    case 1: return b(0);
    case 2: return ((b(0) & 0x1FU) << 6) | (b(1) & 0x3FU);
    case 3: return ((b(0) & 0x0FU) << 12) | ((b(1) & 0x3FU) << 6) | (b(2) & 0x3FU);
    default: return ((b(0) & 0x07U) << 18) | ((b(1) & 0x3FU) << 12) | ((b(2) & 0x3FU) << 6) | (b(3) & 0x3FU);
  }
}

/// Writes `c` as UTF-8 to `out` (room for four bytes); returns the bytes written.
inline std::size_t encode(char32_t c, char* out) noexcept {
  if (c < 0x80) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<char>(0xC0U | (c >> 6));
    out[1] = static_cast<char>(0x80U | (c & 0x3FU));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = static_cast<char>(0xE0U | (c >> 12));
    out[1] = static_cast<char>(0x80U | ((c >> 6) & 0x3FU));
    out[2] = static_cast<char>(0x80U | (c & 0x3FU));
    return 3;
  }
  out[0] = static_cast<char>(0xF0U | (c >> 18));
  out[1] = static_cast<char>(0x80U | ((c >> 12) & 0x3FU));
  out[2] = static_cast<char>(0x80U | ((c >> 6) & 0x3FU));
  out[3] = static_cast<char>(0x80U | (c & 0x3FU));
  return 4;
}

inline void append(std::string& out, char32_t c) {
  char bytes[4];
  out.append(bytes, encode(c, bytes));
}

/// At most `n` bytes of `s`, never cut inside a character.
[[nodiscard]] inline std::string_view prefix(std::string_view s, std::size_t n) noexcept {
  if (s.size() <= n) return s;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0U) == 0x80U) --n;
  return s.substr(0, n);
}

/// Whitespace as it appears in published text, including U+3000 and no-break spaces, and the
/// invisible format characters pages carry (zero-width spaces and joiners, the soft hyphen, the
/// word joiner, direction marks and embeddings), which part words as a space does or not at all.
[[nodiscard]] constexpr bool is_space(char32_t c) noexcept {
  return c == U' ' || c == U'\t' || c == U'\r' || c == U'\n' || c == U'\f' || c == U'\v' ||
         c == 0x3000 || c == 0x00A0 || c == 0x2002 || c == 0x2003 || c == 0x2009 || (c >= 0x200B && c <= 0x200F) ||
         c == 0xFEFF || c == 0x00AD || c == 0x2060 || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/// The length of the whitespace character at `s[i]` (ASCII or Unicode space), or 0 when the
/// character there is no space. Fast for the common case: ASCII and CJK ideographs.
[[nodiscard]] inline std::size_t space_length(std::string_view s, std::size_t i) noexcept {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f' || b == '\v') ? 1 : 0;
  if (b >= 0xE4 && b <= 0xE9) return 0;  // U+4000–U+9FFF
  const std::size_t n = sequence_length(s, i);
  return n != 0 && is_space(decode(s, i, n)) ? n : 0;
}

/// The length of the character at `s[i]`: 1 for a byte that starts no valid sequence.
[[nodiscard]] inline std::size_t char_length(std::string_view s, std::size_t i) noexcept {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return 1;
  const std::size_t n = sequence_length(s, i);
  return n == 0 ? 1 : n;
}

/// Folds full-width ASCII (U+FF01–U+FF5E) to ASCII and 其它's 它 to 他; other characters stay.
[[nodiscard]] constexpr char32_t fold(char32_t c) noexcept {
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
  if (c == 0x5B83) return 0x4ED6;  // 它 → 他 (其它 → 其他)
  return c;
}

/// Punctuation and symbols, which label matching ignores (after `fold`).
[[nodiscard]] constexpr bool is_punct(char32_t c) noexcept {
  if (c < 0x80) return !((c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'));
  return (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE10 && c <= 0xFE6F) ||
         (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF5F && c <= 0xFF65) || c == 0x00B7 || c == 0x00A6 ||
         c == 0x2500 || c == 0x00A0 || c == 0x02D9;
}

/// A markdown escape at `s[i]`: a backslash before an ASCII punctuation character (`1\.`,
/// `\-`), which markdown writers put where the character could be read as markup.
[[nodiscard]] constexpr bool markdown_escape_at(std::string_view s, std::size_t i) noexcept {
  if (i + 1 >= s.size() || s[i] != '\\') return false;
  const auto c = static_cast<unsigned char>(s[i + 1]);
  return c > 0x20 && c < 0x7F && is_punct(c);
}

/// A label as the parser compares it: no whitespace, no punctuation, full width folded.
[[nodiscard]] inline std::string match_key(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = sequence_length(text, i);
    if (n == 0) { ++i; continue; }
    const char32_t c = fold(decode(text, i, n));
    i += n;
    if (is_space(c) || is_punct(c)) continue;
    append(out, c);
  }
  return out;
}

/// The text without whitespace (to compare a label as printed with its official form).
[[nodiscard]] inline std::string squeeze(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = sequence_length(text, i);
    if (n == 0) { ++i; continue; }
    const char32_t c = decode(text, i, n);
    if (!is_space(c)) out.append(text.substr(i, n));
    i += n;
  }
  return out;
}

}  // namespace xxgk::detail::utf8

#endif
