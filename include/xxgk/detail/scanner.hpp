#ifndef XXGK_DETAIL_SCANNER_HPP
#define XXGK_DETAIL_SCANNER_HPP
// IWYU pragma: private, include <xxgk/parse.hpp>

#include <xxgk/cell.hpp>
#include <xxgk/decimal.hpp>
#include <xxgk/detail/utf8.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace xxgk::detail {

enum class token_kind : std::uint8_t {
  text,        ///< words: labels, headers, prose
  number,      ///< a number (`value`)
  marker,      ///< a placeholder such as `/` or `—`
  blank,       ///< an empty cell between explicit separators (tab, `|`)
  bad_number,  ///< digits that do not fit in 64 bits: never a number
  ignored,     ///< a number that is part of a date (`2024 年`)
};

/// One token of the source: a run of non-space characters within one cell of a line.
struct token {
  std::uint32_t begin = 0;       ///< byte offset in the scanned text
  std::uint32_t end = 0;
  std::uint32_t line = 0;        ///< 1-based line in the scanned text
  std::uint32_t stream = 0;      ///< text: where its characters start in the stream; else: the stream size when met
  std::uint32_t stream_end = 0;
  token_kind kind = token_kind::text;
  bool cells = false;            ///< on a line cut into cells by tabs or `|`
  xxgk::marker mark = xxgk::marker::none;
  decimal value{};
};

/// The source cut into tokens, and the "stream": the text tokens' characters only, with
/// whitespace and punctuation removed and full width folded, where labels are searched for.
/// Numbers are not in the stream; each remembers where in the stream it stood.
struct scan_result {
  std::vector<token> tokens;
  std::string stream;
};

/// Reads one token's text as a cell value: a number (full-width digits, thousands separators,
/// a leading sign, a decimal point and a unit such as 元 or 万元 are accepted), a marker, or text.
inline void classify(std::string_view text, token& t) {
  static constexpr std::string_view markers[][2] = {
      {"/", ""}, {"／", ""}, {"-", ""}, {"－", ""}, {"—", ""}, {"–", ""}, {"―", ""}, {"--", ""},
      {"——", ""}, {"－－", ""}, {"无", ""}, {"不适用", ""}, {"\\", ""}};
  static constexpr xxgk::marker marker_kinds[] = {
      marker::slash, marker::slash, marker::hyphen, marker::hyphen, marker::dash, marker::dash,
      marker::dash, marker::double_hyphen, marker::double_hyphen, marker::double_hyphen,
      marker::nil, marker::not_applicable, marker::slash};
  for (std::size_t i = 0; i != std::size(markers); ++i) {
    if (text == markers[i][0]) {
      t.kind = token_kind::marker;
      t.mark = marker_kinds[i];
      return;
    }
  }
  // a number starts with a digit, a sign or a point (ASCII or full width: EF BC ..)
  if (text.empty()) return;
  const auto first = static_cast<unsigned char>(text.front());
  if (!((first >= '0' && first <= '9') || first == '+' || first == '-' || first == '.' || first == 0xEF)) return;
  // strip a unit written in the cell
  static constexpr std::string_view units[] = {"万元", "元", "件", "个", "条", "项", "次", "人", "家"};
  for (std::string_view u : units) {
    if (text.size() > u.size() && text.substr(text.size() - u.size()) == u) {
      text.remove_suffix(u.size());
      break;
    }
  }
  // fold to ASCII: full-width digits, signs, separators and points
  char buf[64];
  std::size_t n = 0;
  bool digits = false;
  std::size_t group = 0;  // digits since the last thousands separator
  bool separators = false, point = false;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t len = utf8::sequence_length(text, i);
    if (len == 0) return;
    const char32_t c = utf8::fold(utf8::decode(text, i, len));
    i += len;
    if (n + 1 >= sizeof buf) {  // too long to be a count: keep it as a number that does not fit
      if (c >= U'0' && c <= U'9') continue;
      return;
    }
    if (c >= U'0' && c <= U'9') {
      buf[n++] = static_cast<char>(c);
      digits = true;
      ++group;
    } else if ((c == U'+' || c == U'-') && n == 0) {
      buf[n++] = static_cast<char>(c);
    } else if (c == U',' && digits && !point && (!separators ? group <= 3 : group == 3)) {
      separators = true;
      group = 0;
    } else if (c == U'.' && digits && !point && (!separators || group == 3)) {
      buf[n++] = '.';
      point = true;
      separators = false;
    } else {
      return;  // text
    }
  }
  if (!digits || (separators && group != 3) || buf[n - 1] == '.') return;  // "1." is a numbering
  const auto d = decimal::parse(std::string_view(buf, n));
  if (!d || n + 1 >= sizeof buf) {
    t.kind = token_kind::bad_number;
    return;
  }
  t.kind = token_kind::number;
  t.value = *d;
}

/// Cuts `text` into tokens. A line with tabs or `|` (Word copies, flattened HTML, markdown) is
/// cut into cells at those, and an empty cell becomes a blank token; other lines are cut at
/// whitespace. Page-number lines (`-3-`, `第 3 页`) and markdown rules (`|---|`) are skipped.
inline scan_result scan(std::string_view text) {
  scan_result out;
  out.tokens.reserve(text.size() / 8 + 16);
  out.stream.reserve(text.size() / 2 + 16);
  std::uint32_t line_no = 0;
  std::size_t at = 0;
  while (at <= text.size()) {
    const void* nl = at < text.size() ? std::memchr(text.data() + at, '\n', text.size() - at) : nullptr;
    const std::size_t line_end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) : text.size();
    ++line_no;
    const std::string_view line = text.substr(at, line_end - at);
    const std::size_t line_begin = at;
    at = line_end + 1;

    // skip page numbers and markdown rules
    {
      const std::string_view sq = [&] {
        std::size_t b = 0, e = line.size();
        while (b < e && (line[b] == ' ' || line[b] == '\t' || line[b] == '\r' || line[b] == '\f')) ++b;
        while (e > b && (line[e - 1] == ' ' || line[e - 1] == '\t' || line[e - 1] == '\r' || line[e - 1] == '\f')) --e;
        return line.substr(b, e - b);
      }();
      if (!sq.empty() && sq.find_first_not_of("|-: \t") == std::string_view::npos && sq.find("---") != std::string_view::npos)
        continue;
      // a page number starts with a dash or 第: only then is the line worth a closer look
      const bool maybe_page = sq.size() <= 32 && (sq.starts_with("-") || sq.starts_with("—") ||
                                                  sq.starts_with("－") || sq.starts_with("–") ||
                                                  sq.starts_with("第"));
      const std::string key = maybe_page ? utf8::squeeze(sq) : std::string();
      auto is_digits = [](std::string_view s) {
        return !s.empty() && s.size() <= 4 && s.find_first_not_of("0123456789") == std::string_view::npos;
      };
      bool page = false;
      for (std::string_view d : {std::string_view("-"), std::string_view("—"), std::string_view("－"), std::string_view("–")}) {
        if (key.size() > 2 * d.size() && key.substr(0, d.size()) == d && key.substr(key.size() - d.size()) == d &&
            is_digits(std::string_view(key).substr(d.size(), key.size() - 2 * d.size())))
          page = true;
      }
      if (!page && key.starts_with("第") && key.ends_with("页")) {
        const std::string_view mid = std::string_view(key).substr(3, key.size() - 6);
        page = is_digits(mid);
      }
      if (page) continue;
    }

    const bool explicit_cells = line.find('\t') != std::string_view::npos ||
                                line.find('|') != std::string_view::npos ||
                                line.find("\xC2\xA6") != std::string_view::npos ||
                                line.find("\xEF\xBD\x9C") != std::string_view::npos;
    std::size_t i = 0;
    auto emit_token = [&](std::size_t b, std::size_t e) {
      token t;
      t.begin = static_cast<std::uint32_t>(line_begin + b);
      t.end = static_cast<std::uint32_t>(line_begin + e);
      t.line = line_no;
      t.cells = explicit_cells;
      const std::string_view word = line.substr(b, e - b);
      classify(word, t);
      if (t.kind == token_kind::text) {
        // a number directly followed by 年/月/日 is part of a date, not a cell
        if (!out.tokens.empty() && out.tokens.back().line == line_no &&
            out.tokens.back().kind == token_kind::number &&
            (word.starts_with("年") || word.starts_with("月") || word.starts_with("日")))
          out.tokens.back().kind = token_kind::ignored;
        t.stream = static_cast<std::uint32_t>(out.stream.size());
        for (std::size_t k = 0; k < word.size();) {
          // fast path: a CJK ideograph (U+4E00–U+9FFF, lead bytes E4–E9; the input is valid
          // UTF-8) is kept as it is, except 它 (E5 AE 83), which folds to 他
          const auto lead = static_cast<unsigned char>(word[k]);
          if (lead >= 0xE4 && lead <= 0xE9 && k + 2 < word.size() &&
              !(lead == 0xE5 && static_cast<unsigned char>(word[k + 1]) == 0xAE &&
                static_cast<unsigned char>(word[k + 2]) == 0x83)) {
            out.stream.append(word.data() + k, 3);
            k += 3;
            continue;
          }
          if (lead < 0x80) {  // ASCII: letters and digits are kept, punctuation is not
            if ((lead >= '0' && lead <= '9') || ((lead | 0x20U) >= 'a' && (lead | 0x20U) <= 'z'))
              out.stream += static_cast<char>(lead);
            ++k;
            continue;
          }
          const std::size_t len = utf8::sequence_length(word, k);
          if (len == 0) { ++k; continue; }
          const char32_t raw = utf8::decode(word, k, len);
          const char32_t c = utf8::fold(raw);
          if (!utf8::is_punct(c)) {
            if (c == raw) out.stream.append(word.data() + k, len);
            else utf8::append(out.stream, c);
          }
          k += len;
        }
        t.stream_end = static_cast<std::uint32_t>(out.stream.size());
        if (t.stream_end == t.stream) return;  // punctuation only
      } else {
        t.stream = t.stream_end = static_cast<std::uint32_t>(out.stream.size());
      }
      out.tokens.push_back(t);
    };
    auto split_words = [&](std::size_t b, std::size_t e) -> bool {  // returns true when a word was found
      bool any = false;
      std::size_t k = b;
      while (k < e) {
        if (const std::size_t sp = utf8::space_length(line, k); sp != 0) {
          k += sp;
          continue;
        }
        std::size_t w = k;
        while (w < e && utf8::space_length(line, w) == 0) w += utf8::char_length(line, w);
        emit_token(k, w);
        any = true;
        k = w;
      }
      return any;
    };
    if (!explicit_cells) {
      split_words(0, line.size());
      continue;
    }
    while (i <= line.size()) {
      std::size_t e = i, sep_len = 0;
      while (e < line.size()) {
        if (line[e] == '\t' || line[e] == '|') { sep_len = 1; break; }
        if (line.compare(e, 2, "\xC2\xA6") == 0) { sep_len = 2; break; }
        if (line.compare(e, 3, "\xEF\xBD\x9C") == 0) { sep_len = 3; break; }
        ++e;
      }
      if (!split_words(i, e)) {
        token t;
        t.begin = t.end = static_cast<std::uint32_t>(line_begin + i);
        t.line = line_no;
        t.cells = true;
        t.kind = token_kind::blank;
        t.stream = t.stream_end = static_cast<std::uint32_t>(out.stream.size());
        out.tokens.push_back(t);
      }
      if (e >= line.size()) break;
      i = e + sep_len;
    }
  }
  return out;
}

}  // namespace xxgk::detail

#endif
