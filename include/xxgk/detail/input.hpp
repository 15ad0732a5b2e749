#ifndef XXGK_DETAIL_INPUT_HPP
#define XXGK_DETAIL_INPUT_HPP
// IWYU pragma: private, include <xxgk/parse.hpp>

#include <xxgk/cell.hpp>
#include <xxgk/detail/utf8.hpp>
#include <xxgk/result.hpp>
#include <xxgk/rule.hpp>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace xxgk::detail {

/// The text the parser reads: the input itself (less a byte-order mark), or, for an HTML page,
/// its text with table cells cut by tabs and rows by line breaks, and a map from every byte of
/// that text back to the input, so that findings point into the file the user has.
struct prepared_input {
  std::string_view original;
  std::size_t base = 0;  ///< bytes skipped at the start (a UTF-8 byte-order mark)
  bool html = false;
  std::string converted;
  std::vector<std::uint32_t> map;

  [[nodiscard]] std::string_view text() const noexcept {
    return html ? std::string_view(converted) : original.substr(base);
  }

  /// The byte offset in `original` of byte `at` of `text()` (the end of `original` for `at`
  /// at or beyond the end of the text).
  [[nodiscard]] std::size_t source_offset(std::size_t at) const noexcept {
    if (!html) return std::min(at + base, original.size());
    return at < map.size() ? map[at] : original.size();
  }
};

/// Line and column (in characters) of a byte offset; for error messages about raw input.
inline source_pos position_of(std::string_view s, std::size_t offset) {
  source_pos p{1, 1};
  for (std::size_t i = 0; i < offset && i < s.size(); ++i) {
    if (s[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else if ((static_cast<unsigned char>(s[i]) & 0xC0U) != 0x80U) {
      ++p.column;
    }
  }
  return p;
}

/// True when the bytes look like GBK/GB18030 Chinese text: most non-ASCII bytes form valid
/// double-byte pairs (lead 0x81–0xFE, trail 0x40–0xFE except 0x7F).
inline bool looks_like_gbk(std::string_view s) {
  std::size_t pairs = 0, bad = 0;
  const std::size_t n = std::min<std::size_t>(s.size(), 1 << 16);
  for (std::size_t i = 0; i < n; ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) continue;
    if (b >= 0x81 && b <= 0xFE && i + 1 < n) {
      const auto t = static_cast<unsigned char>(s[i + 1]);
      if (t >= 0x40 && t <= 0xFE && t != 0x7F) {
        ++pairs;
        ++i;
        continue;
      }
    }
    ++bad;
  }
  return pairs >= 4 && bad * 20 <= pairs;
}

inline std::string_view tag_name(std::string_view tag, bool& closing) {
  std::size_t i = 0;
  closing = false;
  if (i < tag.size() && tag[i] == '/') {
    closing = true;
    ++i;
  }
  std::size_t e = i;
  while (e < tag.size() && std::isalnum(static_cast<unsigned char>(tag[e]))) ++e;
  return tag.substr(i, e - i);
}

inline bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

/// HTML to text: table cells end with a tab, rows and blocks with a line break, tags vanish
/// (Word-style pages put each character of a label in its own <span>), entities are decoded,
/// scripts, styles and comments are dropped.
inline void html_to_text(prepared_input& in) {
  const std::string_view s = in.original;
  std::string& out = in.converted;
  std::vector<std::uint32_t>& map = in.map;
  out.reserve(s.size() / 3);
  map.reserve(s.size() / 3);
  int in_cell = 0;
  auto put = [&](char c, std::size_t from) {
    out += c;
    map.push_back(static_cast<std::uint32_t>(from));
  };
  std::size_t i = in.base;
  while (i < s.size()) {
    const char c = s[i];
    if (c == '<') {
      if (s.compare(i, 4, "<!--") == 0) {
        const std::size_t e = s.find("-->", i + 4);
        i = e == std::string_view::npos ? s.size() : e + 3;
        continue;
      }
      const std::size_t e = s.find('>', i + 1);
      if (e == std::string_view::npos) break;
      bool closing = false;
      const std::string_view name = tag_name(s.substr(i + 1, e - i - 1), closing);
      const std::size_t at = i;
      i = e + 1;
      if (!closing && (iequals(name, "script") || iequals(name, "style"))) {
        const std::size_t close = [&] {
          for (std::size_t k = i; k + 2 < s.size(); ++k) {
            if (s[k] == '<' && s[k + 1] == '/' && iequals(s.substr(k + 2, name.size()), name)) return k;
          }
          return s.size();
        }();
        const std::size_t gt = s.find('>', close);
        i = gt == std::string_view::npos ? s.size() : gt + 1;
        continue;
      }
      if (iequals(name, "td") || iequals(name, "th")) {
        if (closing) {
          put('\t', at);
          in_cell = std::max(0, in_cell - 1);
        } else {
          ++in_cell;
        }
      } else if (iequals(name, "tr") && closing) {
        put('\n', at);
      } else if (iequals(name, "br") || iequals(name, "p") || iequals(name, "div") || iequals(name, "li") ||
                 (name.size() == 2 && (name[0] == 'h' || name[0] == 'H') && name[1] >= '1' && name[1] <= '6') ||
                 iequals(name, "table")) {
        if (closing || iequals(name, "br")) put(in_cell > 0 ? ' ' : '\n', at);
      }
      continue;
    }
    if (c == '&') {
      const std::size_t e = s.find(';', i);
      if (e != std::string_view::npos && e - i <= 10) {
        const std::string_view ent = s.substr(i + 1, e - i - 1);
        char32_t cp = 0;
        if (ent == "nbsp") cp = U' ';
        else if (ent == "lt") cp = U'<';
        else if (ent == "gt") cp = U'>';
        else if (ent == "amp") cp = U'&';
        else if (ent == "quot") cp = U'"';
        else if (ent == "apos") cp = U'\'';
        else if (ent.size() > 1 && ent[0] == '#') {
          const bool hex = ent[1] == 'x' || ent[1] == 'X';
          std::uint32_t v = 0;
          bool ok = ent.size() > (hex ? 2U : 1U);
          for (std::size_t k = hex ? 2 : 1; k < ent.size() && ok; ++k) {
            const char d = ent[k];
            const int digit = d >= '0' && d <= '9' ? d - '0'
                              : hex && d >= 'a' && d <= 'f' ? d - 'a' + 10
                              : hex && d >= 'A' && d <= 'F' ? d - 'A' + 10 : -1;
            if (digit < 0 || v > 0x10FFFF) ok = false;
            else v = v * (hex ? 16U : 10U) + static_cast<std::uint32_t>(digit);
          }
          if (ok && v != 0 && v <= 0x10FFFF && (v < 0xD800 || v > 0xDFFF)) cp = v;
        }
        if (cp != 0) {
          std::string enc;
          utf8::append(enc, cp);
          for (char b : enc) put(b, i);
          i = e + 1;
          continue;
        }
      }
    }
    if (c == '\r' || c == '\n') {  // line breaks in HTML source are spaces
      put(' ', i);
      ++i;
      continue;
    }
    put(c, i);
    ++i;
  }
}

/// Checks the raw bytes before parsing: empty, binary, not UTF-8 (GBK is recognised and the
/// conversion named), and HTML (converted to text).
inline result<prepared_input> check_input(std::string_view s) {
  prepared_input in;
  in.original = s;
  if (s.starts_with("\xEF\xBB\xBF")) in.base = 3;
  const std::string_view body = s.substr(in.base);
  if (body.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos)
    return error{std::string(rules::input_empty.id), "the input is empty", {}};
  // binary: NUL bytes or many control characters
  std::size_t controls = 0;
  const std::size_t probe = std::min<std::size_t>(body.size(), 1 << 16);
  for (std::size_t i = 0; i < probe; ++i) {
    // eight bytes at a time while none is below 0x20 or 0x7F
    while (i + 8 <= probe) {
      std::uint64_t w = 0;
      std::memcpy(&w, body.data() + i, 8);
      constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
      const std::uint64_t below_space = (w - ones * 0x20) & ~w & highs;
      const std::uint64_t del = ((w ^ (ones * 0x7F)) - ones) & ~(w ^ (ones * 0x7F)) & highs;
      if ((below_space | del) != 0) break;
      i += 8;
    }
    if (i >= probe) break;
    const auto b = static_cast<unsigned char>(body[i]);
    if (b == 0)
      return error{std::string(rules::input_binary.id), "the input holds NUL bytes: it is not text",
                   position_of(s, in.base + i)};
    if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v') || b == 0x7F) ++controls;
  }
  if (controls * 100 > probe)
    return error{std::string(rules::input_binary.id), "the input holds many control characters: it is not text", {}};
  // UTF-8
  for (std::size_t i = 0; i < body.size();) {
    if (static_cast<unsigned char>(body[i]) < 0x80) {
      ++i;
      // eight ASCII bytes at a time
      while (i + 8 <= body.size()) {
        std::uint64_t w = 0;
        std::memcpy(&w, body.data() + i, 8);
        if ((w & 0x8080808080808080ULL) != 0) break;
        i += 8;
      }
      continue;
    }
    // fast path: a three-byte sequence E1–EC or EE–EF lead, two continuation bytes (no
    // overlong or surrogate forms are possible with these leads)
    const auto b0 = static_cast<unsigned char>(body[i]);
    if (i + 2 < body.size() && ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) &&
        (static_cast<unsigned char>(body[i + 1]) & 0xC0U) == 0x80U &&
        (static_cast<unsigned char>(body[i + 2]) & 0xC0U) == 0x80U) {
      i += 3;
      continue;
    }
    const std::size_t n = utf8::sequence_length(body, i);
    if (n == 0) {
      if (looks_like_gbk(body))
        return error{std::string(rules::input_gbk.id),
                     "the input looks like GBK/GB18030, not UTF-8: convert it first, e.g. "
                     "iconv -f GB18030 -t UTF-8 FILE > FILE.utf8.txt",
                     position_of(s, in.base + i)};
      return error{std::string(rules::input_encoding.id),
                   "invalid UTF-8 byte 0x" + std::string(1, "0123456789ABCDEF"[static_cast<unsigned char>(body[i]) >> 4]) +
                       std::string(1, "0123456789ABCDEF"[static_cast<unsigned char>(body[i]) & 0xF]),
                   position_of(s, in.base + i)};
    }
    i += n;
  }
  if (s.size() > 0xFFFFFFF0U)
    return error{std::string(rules::input_binary.id), "the input is larger than 4 GiB", {}};
  // HTML
  const std::size_t first = body.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && body[first] == '<') {
    const std::string_view head = body.substr(first, 4096);
    std::string lower(head);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
      return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    });
    if (lower.find("<html") != std::string::npos || lower.find("<!doctype") != std::string::npos ||
        lower.find("<table") != std::string::npos || lower.find("<body") != std::string::npos) {
      in.html = true;
      html_to_text(in);
    }
  }
  return in;
}

}  // namespace xxgk::detail

#endif
