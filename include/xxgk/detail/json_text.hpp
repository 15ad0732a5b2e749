#ifndef XXGK_DETAIL_JSON_TEXT_HPP
#define XXGK_DETAIL_JSON_TEXT_HPP

// IWYU pragma: private, include <xxgk/json.hpp>
// JSON text written straight into a string, for the documents the checker writes for every file
// (json.hpp's `write_checked_file_json`): no tree of values is built, and a string that is
// valid UTF-8 with nothing to escape is copied in one piece. The text is what nlohmann/json's
// `dump(-1, ' ', false, error_handler_t::replace)` writes for the same values: no spaces,
// '"', '\\' and control characters escaped (\b \f \n \r \t, the others \u00xx in lower case),
// other characters as they are, and each byte that starts no valid UTF-8 sequence replaced by
// U+FFFD, as `describing::valid_utf8` replaces it. tests/unit/json_test.cpp compares the two on every
// fixture.

#include <xxgk/detail/utf8.hpp>

#include <array>
#include <charconv>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace xxgk::detail::json_text {

/// True for the ASCII bytes a JSON string holds as they are: not '"', '\\' or a control character.
inline constexpr std::array<bool, 128> plain_ascii = [] {
  std::array<bool, 128> t{};
  for (std::size_t b = 0x20; b != t.size(); ++b) t[b] = b != '"' && b != '\\';
  return t;
}();

/// `s` as a JSON string, quoted and escaped, appended to `out`. Bytes that need no change are
/// appended in runs; a multi-byte sequence is checked by `utf8::sequence_length`.
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
    } else if (b >= 0xE1U && b != 0xEDU && b <= 0xEFU && end - p >= 3 &&
               (static_cast<unsigned char>(p[1]) & 0xC0U) == 0x80U && (static_cast<unsigned char>(p[2]) & 0xC0U) == 0x80U) {
      p += 3;  // a three-byte character that no special case applies to (CJK): valid as it stands
      continue;
    } else if (const std::size_t n = utf8::sequence_length(s, static_cast<std::size_t>(p - begin)); n != 0) {
      p += n;
      continue;
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
