#ifndef XXGK_DETAIL_JSON_TEXT_HPP
#define XXGK_DETAIL_JSON_TEXT_HPP

// IWYU pragma: private, include <xxgk/json.hpp>
// JSON text written straight into a string, for the documents the checker writes for every file
// (json.hpp's `write_checked_file_json`): no tree of values is built, and a string that is
// valid UTF-8 with nothing to escape is copied in one piece. The text is what nlohmann/json's
// `dump(-1, ' ', false, error_handler_t::replace)` writes for the same values: no spaces,
// '"', '\\' and control characters escaped (\b \f \n \r \t, the others \u00xx in lower case),
// other characters as they are, and each invalid UTF-8 sequence replaced by U+FFFD as
// `describing::valid_utf8` replaces it. tests/unit/json_test.cpp compares the two on every
// fixture.

#include <array>
#include <charconv>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace xxgk::detail::json_text {

/// The length of the valid UTF-8 sequence of two to four bytes at `s[i]` (whose first byte is
/// 0x80 or above), or 0: overlong forms, surrogates and code points beyond U+10FFFF are invalid,
/// as in `describing::valid_utf8`.
[[nodiscard]] inline std::size_t multibyte_length(std::string_view s, std::size_t i) noexcept {
  const auto b = static_cast<unsigned char>(s[i]);
  const std::size_t n = (b >> 5) == 0x6U ? 2 : (b >> 4) == 0xEU ? 3 : (b >> 3) == 0x1EU ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  std::uint32_t cp = b & (0xFFU >> (n + 1));
  for (std::size_t k = 1; k < n; ++k) {
    const auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0U) != 0x80U) return 0;
    cp = (cp << 6) | (c & 0x3FU);
  }
  constexpr std::array<std::uint32_t, 5> least{0, 0, 0x80, 0x800, 0x10000};
  return cp >= least[n] && cp <= 0x10FFFFU && (cp < 0xD800U || cp > 0xDFFFU) ? n : 0;
}

/// True for the ASCII bytes a JSON string holds as they are: not '"', '\\' or a control character.
inline constexpr std::array<bool, 128> plain_ascii = [] {
  std::array<bool, 128> t{};
  for (std::size_t b = 0x20; b != t.size(); ++b) t[b] = b != '"' && b != '\\';
  return t;
}();

/// `s` as a JSON string, quoted and escaped, appended to `out`. Bytes that need no change are
/// appended in runs; a three-byte sequence (every Chinese character) is checked inline.
inline void append_string(std::string& out, std::string_view s) {
  out += '"';
  const char* const begin = s.data();
  const char* const end = begin + s.size();
  const char* run = begin;  // start of the bytes not yet appended, which need no change
  const char* p = begin;
  while (p != end) {
    const auto b = static_cast<unsigned char>(*p);
    if (b < 0x80U) {
      if (plain_ascii[b]) {
        ++p;
        continue;
      }
    } else {
      if ((b & 0xF0U) == 0xE0U && end - p >= 3) {
        const auto c1 = static_cast<unsigned char>(p[1]), c2 = static_cast<unsigned char>(p[2]);
        const std::uint32_t cp = ((b & 0x0FU) << 12) | ((c1 & 0x3FU) << 6) | (c2 & 0x3FU);
        if ((c1 & 0xC0U) == 0x80U && (c2 & 0xC0U) == 0x80U && cp >= 0x800U && (cp < 0xD800U || cp > 0xDFFFU)) {
          p += 3;
          continue;
        }
      }
      if (const std::size_t n = multibyte_length(s, static_cast<std::size_t>(p - begin)); n != 0) {
        p += n;
        continue;
      }
    }
    out.append(run, static_cast<std::size_t>(p - run));
    switch (b) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (b >= 0x80U) {
          out += "\xEF\xBF\xBD";  // a byte that starts no valid sequence: U+FFFD
        } else {
          constexpr char hex[] = "0123456789abcdef";
          out += "\\u00";
          out += hex[b >> 4];
          out += hex[b & 0xFU];
        }
    }
    run = ++p;
  }
  out.append(run, static_cast<std::size_t>(p - run));
  out += '"';
}

/// An integer in decimal.
template <std::integral I>
void append_integer(std::string& out, I value) {
  std::array<char, 24> digits{};
  const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), value).ptr;
  out.append(digits.data(), static_cast<std::size_t>(end - digits.data()));
}

/// `"key":` (the key needs no escaping: the writer's own keys are plain ASCII).
inline void append_key(std::string& out, std::string_view key) {
  out += '"';
  out += key;
  out += "\":";
}

}  // namespace xxgk::detail::json_text

#endif
