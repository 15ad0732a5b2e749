#ifndef XXGK_DETAIL_SCANNER_HPP
#define XXGK_DETAIL_SCANNER_HPP
// IWYU pragma: private, include <xxgk/parse.hpp>

#include <xxgk/cell.hpp>
#include <xxgk/decimal.hpp>
#include <xxgk/detail/cell_words.hpp>
#include <xxgk/detail/input.hpp>
#include <xxgk/detail/utf8.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace xxgk::detail {

enum class token_kind : std::uint8_t {
  text,        ///< words: labels, headers, prose
  number,      ///< a number (`value`)
  marker,      ///< a placeholder such as `/` or `—`
  blank,       ///< an empty cell between explicit separators (tab, `|`, a CSV line's `,`), or,
               ///< on a line not cut into cells, a data tool's `NaN` after the line's last word
  bad_number,  ///< digits that do not fit in 64 bits: never a number
  doubtful,    ///< digits that may be no cell: a number's part cut off by a line break or a cell's
               ///< edge (`96171.` before `6`, `1,` before `288`, `.6`), a whole number with a
               ///< leading zero (`0454`: two cells run together), or a bare number at a page break
               ///< that may be the page's number; never a number, and its row is unread
  ignored,     ///< a number that is part of a date (`2024 年`), a row's running number, or a
               ///< `NaN` before a word of its line (not cut into cells)
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
  bool grid = false;             ///< on a table row of an HTML page (a line marked by `html_to_text`)
  xxgk::marker mark = xxgk::marker::none;
  decimal value{};
};

/// A stretch of the stream copied byte for byte from the scanned text, or one folded character
/// (full-width `Ａ` is `A` in the stream). Runs follow each other in the stream without gaps:
/// a run ends where the next one starts. Between runs the text has whitespace, punctuation or
/// a folded character, which the stream has not.
struct stream_run {
  std::uint32_t stream = 0;    ///< where the run starts in the stream
  std::uint32_t text = 0;      ///< where its first character starts in the scanned text
  std::uint32_t text_end = 0;  ///< where its last character ends in the scanned text
};

/// The source cut into tokens, and the "stream": the text tokens' characters only, with
/// whitespace and punctuation removed and full width folded, where labels are searched for.
/// Numbers are not in the stream; each remembers where in the stream it stood.
struct scan_result {
  std::vector<token> tokens;
  std::vector<std::uint32_t> text_tokens;  ///< indexes of the text tokens, in order
  std::string stream;
  std::vector<stream_run> runs;            ///< the stream's runs, in order
  /// The lines cut into cells at commas (`scanning::csv_line`), as [begin, end) offsets, in order
  std::vector<std::pair<std::uint32_t, std::uint32_t>> csv_lines;
  /// Blank cells written `NaN` on lines not cut into cells (a DataFrame's `to_string()`)
  std::size_t tool_blanks = 0;
};

/// Reads one token's text as a cell value: a number (full-width digits, thousands separators,
/// a leading sign, a decimal point and a unit such as 元 or 万元 are accepted), a marker, or text.
inline void classify(std::string_view text, token& t) {
  // markdown emphasis around a value (`**52**`: PDF→markdown keeps a total row printed bold)
  if (text.size() > 2 && (text.front() == '*' || text.front() == '_')) {
    const std::size_t run = text.find_first_not_of(text.front());  // the opening `*`, `**`, `_` …
    if (run <= 3 && text.size() > 2 * run && text.substr(text.size() - run) == text.substr(0, run) &&
        text[text.size() - run - 1] != text.front())
      text = text.substr(run, text.size() - 2 * run);
  }
  // a markdown escape before a value (`\-`: mammoth escapes every ASCII punctuation)
  if (utf8::markdown_escape_at(text, 0)) text.remove_prefix(1);
  if (text.empty()) return;
  // most tokens are words: markers and numbers start with few bytes (ASCII, EF for full width,
  // E2 for dashes), or are 无 (E6 ..) or 不适用 (E4 .., nine bytes); `_` alone is a marker too
  const auto first = static_cast<unsigned char>(text.front());
  const bool may_be_value = (first >= '0' && first <= '9') || first == '+' || first == '-' || first == '.' || first == ',' ||
                            first == '/' || first == '\\' || (first == '_' && text.size() == 1) || first == 0xEF ||
                            first == 0xE2 ||
                            (first == 0xE6 && text.size() == 3) || (first == 0xE4 && text.size() == 9) ||
                            (first == 0xE5 && text.size() > 3 &&  // 增 (E5 A2 9E), 减 (E5 87 8F)
                             (static_cast<unsigned char>(text[1]) == 0xA2 || static_cast<unsigned char>(text[1]) == 0x87));
  if (!may_be_value) return;
  // a change written in words (2019's 本年增/减): 增4, 增加4 are +4; 减4, 减少4 are -4
  char sign = 0;
  if (first == 0xE5) {
    static constexpr std::pair<std::string_view, char> words[] = {{"增加", '+'}, {"减少", '-'}, {"增", '+'}, {"减", '-'}};
    for (const auto& [word, s] : words) {
      if (text.starts_with(word)) {
        text.remove_prefix(word.size());
        sign = s;
        break;
      }
    }
    // then digits, ASCII or full width (EF BC 90–99)
    if (sign == 0 || text.empty() || !((text.front() >= '0' && text.front() <= '9') ||
                       (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF &&
                        static_cast<unsigned char>(text[1]) == 0xBC && static_cast<unsigned char>(text[2]) >= 0x90 &&
                        static_cast<unsigned char>(text[2]) <= 0x99)))
      return;
  }
  const bool digit = sign != 0 || (first >= '0' && first <= '9');  // no marker starts with a digit
  if (!digit) {
    if (const xxgk::marker m = cell_words::marker_of(text); m != marker::none) {
      t.kind = token_kind::marker;
      t.mark = m;
      return;
    }
  }
  // a number starts with a digit, a sign or a point (ASCII or full width: EF BC ..)
  if (!((first >= '0' && first <= '9') || first == '+' || first == '-' || first == '.' || first == ',' ||
        first == 0xEF || sign != 0))
    return;
  // strip a unit written in the cell
  if (static_cast<unsigned char>(text.back()) >= 0x80 || text.back() == ')') text = cell_words::without_unit(text);
  // fold to ASCII: full-width digits, signs, separators and points
  char buf[64];
  std::size_t n = 0;
  if (sign != 0) buf[n++] = sign;
  // a point or a thousands separator first (`.6`, `,288`): the end of a number cut in two
  bool cut_front = false;
  if (sign == 0 && (first == '.' || first == ',')) {
    text.remove_prefix(1);
    cut_front = !text.empty();
  }
  bool digits = false;
  std::size_t group = 0;  // digits since the last thousands separator
  bool separators = false, point = false;
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = static_cast<unsigned char>(text[i]);
    if (utf8::markdown_escape_at(text, i) && (text[i + 1] == '.' || text[i + 1] == ',')) {
      ++i;  // a markdown escape: `96171\.6` (mammoth)
      continue;
    }
    if (c < 0x80) {
      ++i;
    } else {
      const std::size_t len = utf8::sequence_length(text, i);
      if (len == 0) return;
      c = utf8::fold(utf8::decode(text, i, len));
      i += len;
    }
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
  if (!digits) return;
  // the start of a number cut in two (`96171.`, `0.`, `1,`, `1,2`), or its end (`.6`): "1." to
  // "9." number a label (so `1.` before `5`, a cut 1.5, is not told from a numbering)
  if (cut_front ? !point && !separators && buf[0] != '+' && buf[0] != '-'
                : (separators && group != 3) || (buf[n - 1] == '.' && (n >= 3 || buf[0] == '0'))) {
    t.kind = token_kind::doubtful;
    return;
  }
  if (cut_front || buf[n - 1] == '.') return;  // "1." is a numbering
  // a whole number with a leading zero (`00`, `0454`): no count is written so; two cells run
  // together (`0` and `454`, a lost separator), or a crawler's row of digits (split by the parser)
  if (const std::size_t d0 = buf[0] == '+' || buf[0] == '-' ? 1 : 0; !point && buf[d0] == '0' && n > d0 + 1) {
    t.kind = token_kind::doubtful;
    return;
  }
  const auto d = decimal::parse(std::string_view(buf, n));
  if (!d || n + 1 >= sizeof buf) {
    t.kind = token_kind::bad_number;
    return;
  }
  t.kind = token_kind::number;
  t.value = *d;
}

namespace scanning {

/// What a byte says about the character it starts, for cutting lines into words and cells.
enum class byte_class : std::uint8_t {
  plain,      ///< an ASCII character that is neither whitespace nor a separator
  space,      ///< ASCII whitespace other than tab
  separator,  ///< tab or `|`: ends a cell
  ideograph,  ///< lead byte E4–E9 of a CJK ideograph (U+4000–U+9FFF): never a space or separator
  other,      ///< any other byte: look at the whole character
};
inline constexpr auto byte_classes = [] {
  std::array<byte_class, 256> out{};
  for (std::size_t b = 0x80; b != 0x100; ++b) out[b] = b >= 0xE4 && b <= 0xE9 ? byte_class::ideograph : byte_class::other;
  for (const char c : {' ', '\r', '\n', '\f', '\v'}) out[static_cast<unsigned char>(c)] = byte_class::space;
  out[static_cast<unsigned char>('\t')] = out[static_cast<unsigned char>('|')] = byte_class::separator;
  return out;
}();
[[nodiscard]] constexpr byte_class class_of(char c) noexcept { return byte_classes[static_cast<unsigned char>(c)]; }

/// The length of the cell separator at `line[i]` (tab, `|`, `¦` C2 A6, `｜` EF BD 9C, a box's
/// vertical line `│` `┃` `║`), else 0.
[[nodiscard]] inline std::size_t separator_at(std::string_view line, std::size_t i) noexcept {
  const auto b = static_cast<unsigned char>(line[i]);
  if (b == '\t' || b == '|') return 1;
  if (b == 0xC2) return i + 1 < line.size() && static_cast<unsigned char>(line[i + 1]) == 0xA6 ? 2 : 0;
  if (b == 0xEF)
    return i + 2 < line.size() && static_cast<unsigned char>(line[i + 1]) == 0xBD &&
                   static_cast<unsigned char>(line[i + 2]) == 0x9C
               ? 3
               : 0;
  if (b == 0xE2 && i + 2 < line.size()) {  // a box's vertical line: │ ┃ (E2 94 82/83), ║ (E2 95 91)
    const auto b1 = static_cast<unsigned char>(line[i + 1]), b2 = static_cast<unsigned char>(line[i + 2]);
    return (b1 == 0x94 && (b2 == 0x82 || b2 == 0x83)) || (b1 == 0x95 && b2 == 0x91) ? 3 : 0;
  }
  return 0;
}

/// The length of a box-drawing character at `line[i]` (U+2500–U+257F, E2 94 80 to E2 95 BF)
/// that is no vertical line, else 0: the rules and corners of a table drawn in text (w3m's
/// `├──┼──┤`), which are no part of any cell.
[[nodiscard]] inline std::size_t box_rule_at(std::string_view line, std::size_t i) noexcept {
  if (static_cast<unsigned char>(line[i]) != 0xE2 || i + 2 >= line.size()) return 0;
  const auto b1 = static_cast<unsigned char>(line[i + 1]);
  return (b1 == 0x94 || b1 == 0x95) && separator_at(line, i) == 0 ? 3 : 0;
}

/// Whether `word` is how a data tool writes an empty cell (`None`, `nan`, `NaN`, `null`).
[[nodiscard]] inline bool tool_empty_word(std::string_view word) noexcept {
  if (word.size() < 3 || word.size() > 4 || (word.front() | 0x20) != 'n') return false;  // most words, at once
  return word == "None" || word == "nan" || word == "NaN" || word == "null";
}

/// Whether the word `line[k, w)` is how a data tool writes an empty cell (`None`, `nan`, `NaN`,
/// `null`: a table taken from a PDF or a page into Python and printed back, e.g.
/// `" | ".join(map(str, row))` or a DataFrame's `to_markdown()`) and stands alone in its cell:
/// nothing but spaces until the next separator (a tab only, on an HTML grid line) or the line's
/// end. No report writes these words in a cell of its tables; where they stand, the cell is blank.
/// `separated`: a separator follows (not the line's end).
[[nodiscard]] inline bool tool_empty_cell(std::string_view line, std::size_t k, std::size_t w, bool grid,
                                          bool& separated) noexcept {
  if (!tool_empty_word(line.substr(k, w - k))) return false;
  while (w < line.size() && (line[w] == ' ' || line[w] == '\r')) ++w;
  separated = w != line.size() && (grid ? line[w] == '\t' : separator_at(line, w) != 0);
  return separated || w == line.size();
}

/// Whether `line` is a row of comma-separated values (a table saved as CSV: pandas'
/// `to_csv()`, a spreadsheet's "save as CSV"), to be cut into cells at its commas: no other
/// separator, two commas or more outside double quotes, none followed by a space (prose, and
/// lists such as `1, 2`), one at least that is no thousands separator (after a word's
/// character or a quote, before one, at the line's start or end, next to another comma:
/// `规章,0,0,0`, `,,3,0`; or followed by other than three digits: `0,0,1,1`), and a field that is
/// empty or a number alone (prose cut at its commas has none: `收到申请26件,办结26件,结转0件`).
/// Commas that each stand between a digit and three (`1,234,567`) are thousands separators,
/// and such a line stays as it was.
[[nodiscard]] inline bool csv_line(std::string_view line) noexcept {
  // most lines have fewer than two commas: no byte of theirs is looked at twice
  const std::size_t first_comma = line.find(',');
  if (first_comma == std::string_view::npos || line.find(',', first_comma + 1) == std::string_view::npos) return false;
  std::size_t commas = 0, field = 0;
  bool quoted = false, evidence = false, value_field = false;
  auto digit = [&](std::size_t i) { return i < line.size() && line[i] >= '0' && line[i] <= '9'; };
  // a field empty or a number alone (a table's cell; prose's pieces are words: `办结26件`)
  auto ends_field = [&](std::size_t i) {
    std::string_view f = line.substr(field, i - field);
    while (!f.empty() && (f.front() == ' ' || f.front() == '"')) f.remove_prefix(1);
    while (!f.empty() && (f.back() == ' ' || f.back() == '"' || f.back() == '\r')) f.remove_suffix(1);
    value_field = value_field || f.find_first_not_of("0123456789.,+-") == std::string_view::npos;
    field = i + 1;
  };
  for (std::size_t i = 0; i != line.size(); ++i) {
    const char c = line[i];
    if (c == '"') {
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      if (i + 1 < line.size() && (line[i + 1] == ' ' || line[i + 1] == '\t')) return false;
      ++commas;
      // between digits, a thousands separator has three digits after it
      std::size_t after = i + 1;
      while (digit(after)) ++after;
      evidence = evidence || !(i != 0 && digit(i - 1) && after - i - 1 == 3);
      ends_field(i);
    } else if (!quoted && (class_of(c) == byte_class::separator || class_of(c) == byte_class::other) &&
               separator_at(line, i) != 0) {
      return false;
    }
  }
  ends_field(line.size());
  return commas >= 2 && evidence && value_field;
}

/// Where the CSV field that starts at `line[from]` ends: its comma outside quotes, or the end
/// of the line.
[[nodiscard]] inline std::size_t csv_field_end(std::string_view line, std::size_t from) noexcept {
  bool quoted = false;
  for (std::size_t i = from; i != line.size(); ++i) {
    if (line[i] == '"') quoted = !quoted;
    else if (line[i] == ',' && !quoted) return i;
  }
  return line.size();
}

/// The end of the word that starts at `line[k]`: the next whitespace or cell separator, or the
/// end of the line.
[[nodiscard]] inline std::size_t word_end(std::string_view line, std::size_t k) noexcept {
  const std::size_t e = line.size();
  while (k < e) {
    switch (class_of(line[k])) {
      case byte_class::plain: ++k; continue;
      case byte_class::space:
      case byte_class::separator: return k;
      case byte_class::ideograph:
        if (k + 3 <= e) {  // valid UTF-8 (checked before scanning): the whole ideograph, and those after it
          do k += 3;
          while (k + 3 <= e && class_of(line[k]) == byte_class::ideograph);
          continue;
        }
        break;
      case byte_class::other: break;
    }
    // a separator, a space or a box's rule ends the word; anything else is a character of it
    // (a byte that starts no valid sequence, one byte)
    if (separator_at(line, k) != 0 || box_rule_at(line, k) != 0) return k;
    const std::size_t n = utf8::sequence_length(line, k);
    if (n != 0 && utf8::is_space(utf8::decode(line, k, n))) return k;
    k += n == 0 ? 1 : n;
  }
  return e;
}

/// Appends the stream form of `word` (whitespace-free already; it starts at byte `at` of the
/// scanned text) to `out`, which holds `size` bytes: punctuation dropped, full width folded.
/// Never writes more than `word.size()` bytes (folding only shortens: full-width ASCII becomes
/// one byte, 它 becomes 他). Records the runs of `runs`.
inline void to_stream(std::string_view word, std::size_t at, char* out, std::size_t& size,
                      std::vector<stream_run>& runs) {
  // locals, not `size` and `runs`: stores through `out` (char) could alias them, and the
  // compiler would reload them after every byte
  std::size_t n = size;
  bool open = false;  // a run of copied characters goes on, since `run`
  stream_run run;
  auto open_run = [&](std::size_t k) {
    if (!open) run = {static_cast<std::uint32_t>(n), static_cast<std::uint32_t>(at + k), 0};
    open = true;
  };
  auto close_run = [&](std::size_t k) {
    if (open) {
      run.text_end = static_cast<std::uint32_t>(at + k);
      runs.push_back(run);
    }
    open = false;
  };
  // CJK ideographs (U+4E00–U+9FFF, lead bytes E4–E9) are kept as they are, except 它
  // (E5 AE 83): a stretch of them is copied at once
  auto plain_ideograph = [&](std::size_t i) {
    const auto b = static_cast<unsigned char>(word[i]);
    return b >= 0xE4 && b <= 0xE9 && i + 2 < word.size() &&
           !(b == 0xE5 && static_cast<unsigned char>(word[i + 1]) == 0xAE &&
             static_cast<unsigned char>(word[i + 2]) == 0x83);
  };
  for (std::size_t k = 0; k < word.size();) {
    const auto lead = static_cast<unsigned char>(word[k]);
    if (plain_ideograph(k)) {
      open_run(k);
      std::size_t e = k + 3;
      while (e < word.size() && plain_ideograph(e)) e += 3;
      std::memcpy(out + n, word.data() + k, e - k);
      n += e - k;
      k = e;
      continue;
    }
    if (lead < 0x80) {  // ASCII: letters and digits are kept, punctuation is not
      if ((lead >= '0' && lead <= '9') || ((lead | 0x20U) >= 'a' && (lead | 0x20U) <= 'z')) {
        open_run(k);
        out[n++] = static_cast<char>(lead);
      } else {
        close_run(k);
      }
      ++k;
      continue;
    }
    const std::size_t len = utf8::sequence_length(word, k);
    if (len == 0) {
      close_run(k);
      ++k;
      continue;
    }
    const char32_t raw = utf8::decode(word, k, len);
    const char32_t c = utf8::fold(raw);
    if (utf8::is_punct(c)) {
      close_run(k);
    } else if (c == raw) {
      open_run(k);
      std::memcpy(out + n, word.data() + k, len);
      n += len;
    } else {  // a folded character is a run of its own
      close_run(k);
      runs.push_back({static_cast<std::uint32_t>(n), static_cast<std::uint32_t>(at + k),
                      static_cast<std::uint32_t>(at + k + len)});
      n += utf8::encode(c, out + n);
    }
    k += len;
  }
  close_run(word.size());
  size = n;
}

/// How many ASCII digits `v` starts with.
[[nodiscard]] inline std::size_t leading_digits(std::string_view v) noexcept {
  std::size_t n = 0;
  while (n < v.size() && v[n] >= '0' && v[n] <= '9') ++n;
  return n;
}

/// True when `v` holds nothing but blanks (a space, a tab, a CR, a form feed), or nothing.
[[nodiscard]] inline bool only_blanks(std::string_view v) noexcept {
  return v.find_first_not_of(" \t\r\f") == std::string_view::npos;
}

/// The length of `N of M` (1 to 4 digits each) at `v`'s start, as `Page 3 of 8` and pdf-parse's
/// `-- 3 of 8 --` count pages; 0 when there is none.
[[nodiscard]] inline std::size_t pages_of_length(std::string_view v) noexcept {
  const std::size_t a = leading_digits(v);
  if (a == 0 || a > 4 || !v.substr(a).starts_with(" of ")) return 0;
  const std::size_t b = leading_digits(v.substr(a + 4));
  return b == 0 || b > 4 ? 0 : a + 4 + b;
}

/// The length of the date and time a browser prints atop each page at `v`'s start: `D/D/D` (1 to
/// 4 digits each: `12/6/26`, `2024/1/20`), a comma maybe, blanks, then `H:MM` (`:SS` maybe); 0
/// when there is none.
[[nodiscard]] inline std::size_t print_time_length(std::string_view v) noexcept {
  std::size_t k = 0;
  for (int part = 0; part != 3; ++part) {
    const std::size_t d = leading_digits(v.substr(k));
    if (d == 0 || d > 4) return 0;
    k += d;
    if (part != 2) {
      if (k >= v.size() || v[k] != '/') return 0;
      ++k;
    }
  }
  if (k < v.size() && v[k] == ',') ++k;
  if (k >= v.size() || (v[k] != ' ' && v[k] != '\t')) return 0;
  while (k < v.size() && (v[k] == ' ' || v[k] == '\t')) ++k;
  for (int part = 0; part != 2; ++part) {
    const std::size_t d = leading_digits(v.substr(k));
    if (d == 0 || d > 2 || (part == 1 && d != 2)) return 0;
    k += d;
    if (part == 0) {
      if (k >= v.size() || v[k] != ':') return 0;
      ++k;
    }
  }
  if (k < v.size() && v[k] == ':' && leading_digits(v.substr(k + 1)) == 2) k += 3;
  return k;
}

/// True when `v` (no leading blank) is the header or footer a browser prints on each page of a web
/// page it saves as PDF (Chrome's "Save as PDF"): the date and time, then the page's title
/// (`12/6/26, 12:27 AM <title>`, `2024/1/20 10:27 <title>`), or the page's address, then the page
/// of pages (`https://www.example.gov.cn/art/2024/1/20/art_1.html 2/9`, `file:///… 1/2`); and
/// these pieces alone on their lines (`1/2`), as extractors set them (PyMuPDF, mutool), and
/// pdf-parse's page joiner (`-- 2 of 9 --`). No line of a report's table or text is one.
[[nodiscard]] inline bool print_margin_line(std::string_view v) noexcept {
  if (v.empty()) return false;
  const auto value = [](std::string_view d) {
    int x = 0;
    for (const char c : d) x = x * 10 + (c - '0');
    return x;
  };
  // `N/M` at `r`'s start, N <= M, each of 1 to 3 digits: its length, or 0
  const auto page_of = [&](std::string_view r) -> std::size_t {
    const std::size_t a = leading_digits(r);
    if (a == 0 || a > 3 || a + 1 >= r.size() || r[a] != '/') return 0;
    const std::size_t b = leading_digits(r.substr(a + 1));
    if (b == 0 || b > 3 || value(r.substr(0, a)) > value(r.substr(a + 1, b))) return 0;
    return a + 1 + b;
  };
  if (v[0] >= '0' && v[0] <= '9') {  // the page of pages alone, or the date and time
    if (v.substr(0, 5).find('/') == std::string_view::npos) return false;  // (a number, a row's label)
    if (const std::size_t n = page_of(v); n != 0 && only_blanks(v.substr(n))) return true;
    const std::size_t k = print_time_length(v);
    return k != 0 && (k == v.size() || v[k] == ' ' || v[k] == '\t' || v[k] == '\r');
  }
  // pdf-parse's joiner: `-- N of M --`
  if (v[0] == '-') {
    const std::size_t n = v.starts_with("-- ") ? pages_of_length(v.substr(3)) : 0;
    return n != 0 && v.substr(3 + n).starts_with(" --") && only_blanks(v.substr(6 + n));
  }
  // the address, then nothing but the page of pages; its scheme (`https`, `file`) maybe written
  // with a ligature (`ﬁle`: PyMuPDF, mutool) or cut by a space (`fi le`: pdf.js's text items joined)
  const std::size_t colon = v.substr(0, 12).find("://");
  if (colon == std::string_view::npos || colon == 0) return false;
  std::size_t letters = 0;
  for (std::size_t i = 0; i != colon; ++i) {
    const char c = v[i];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++letters;
    else if (c != ' ' && v.substr(i, 3) != "\xEF\xAC\x81") return false;  // (ﬁ)
    else if (c != ' ') i += 2;
  }
  if (letters < 2) return false;
  std::string_view r = v.substr(colon);
  r = r.substr(std::min(r.size(), r.find_first_of(" \t")));
  r.remove_prefix(std::min(r.size(), r.find_first_not_of(" \t")));
  return only_blanks(r) || (page_of(r) != 0 && only_blanks(r.substr(page_of(r))));
}

/// True when `v` (no leading blank) is a browser's print header with nothing after its time
/// (`12/6/26, 12:27 AM`): PyMuPDF and mutool set the page's title on a line of its own after it.
[[nodiscard]] inline bool print_time_only(std::string_view v) noexcept {
  std::size_t k = print_time_length(v);
  if (k == 0) return false;
  std::string_view r = v.substr(k);
  r.remove_prefix(std::min(r.size(), r.find_first_not_of(" \t")));
  for (const std::string_view half : {"AM", "PM", "上午", "下午"})
    if (r.starts_with(half)) r.remove_prefix(half.size());
  return only_blanks(r);
}

/// Where the page's title ends, when the lines of `text` from `from` (after a browser's print
/// header with nothing after its time) are that title alone, then its footer (`file:///… 1/3`),
/// empty lines between; 0 when they are not.
[[nodiscard]] inline std::size_t title_between_margins(std::string_view text, std::size_t from) noexcept {
  std::size_t title_end = 0;
  for (std::size_t at = from, lines = 0; at < text.size() && lines != 6; ++lines) {
    const std::size_t nl = std::min(text.find('\n', at), text.size());
    std::string_view line = text.substr(at, nl - at);
    line.remove_prefix(std::min(line.size(), line.find_first_not_of(" \t\r\f")));
    at = nl + 1;
    if (only_blanks(line)) continue;
    if (title_end == 0) {
      if (print_margin_line(line)) return 0;
      title_end = nl;
      continue;
    }
    return print_margin_line(line) && line.find("://") != std::string_view::npos ? title_end : 0;
  }
  return 0;
}

/// A line that is a page number (`-3-`, `— 3 —`, `第 3 页`, `第 3 页 共 8 页`, `共 8 页 第 3 页`,
/// `Page 3 of 8`), a flipbook's page header (`Page 5 - <title>`, `P. 5`), a browser's print
/// header or footer (`print_margin_line`) or a markdown rule (`|---|`).
[[nodiscard]] inline bool skipped_line(std::string_view line) {
  std::size_t b = 0, e = line.size();
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f'; };
  while (b < e && blank(line[b])) ++b;
  if (b == e) return false;
  // both start with few characters: | - : (rules), - — – － 第 (page numbers)
  auto byte = [&](std::size_t i) { return i < e ? static_cast<unsigned char>(line[i]) : 0U; };
  const unsigned first = byte(b), second = byte(b + 1), third = byte(b + 2);
  if ((first >= '0' && first <= '9') || first == '-' || (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') ||
      first == 0xEF) {
    if (print_margin_line(line.substr(b))) return true;
  }
  // a flipbook's page header: `Page 5 - <title>` and `P. 5`
  if (first == 'P') {
    const std::string_view rest = line.substr(b);
    const std::size_t k = rest.starts_with("Page ") ? 5 : rest.starts_with("P. ") ? 3 : 0;
    if (k == 0) return false;
    const std::size_t digits = leading_digits(rest.substr(k));
    if (digits == 0 || digits > 4) return false;
    if (rest.substr(k + digits).starts_with(" of ")) {  // `Page 3 of 8`
      const std::size_t n = pages_of_length(rest.substr(k));
      return n != 0 && only_blanks(rest.substr(k + n));
    }
    const std::string_view after = rest.substr(k + digits);
    return only_blanks(after) || after.starts_with(" - ");
  }
  const bool candidate = first == '|' || first == '-' || first == ':' ||
                         (first == 0xE2 && second == 0x80 && (third == 0x94 || third == 0x93)) ||  // — –
                         (first == 0xEF && second == 0xBC && third == 0x8D) ||                     // －
                         (first == 0xE7 && second == 0xAC && third == 0xAC) ||                     // 第
                         (first == 0xE5 && second == 0x85 && third == 0xB1);                       // 共
  if (!candidate) return false;
  while (e > b && blank(line[e - 1])) --e;
  const std::string_view sq = line.substr(b, e - b);
  if (sq.find_first_not_of("|-: \t") == std::string_view::npos && sq.find("---") != std::string_view::npos)
    return true;
  if (sq.size() > 32) return false;
  if (!(sq.starts_with("-") || sq.starts_with("—") || sq.starts_with("－") || sq.starts_with("–") ||
        sq.starts_with("第") || sq.starts_with("共")))
    return false;
  const std::string key = utf8::squeeze(sq);
  auto is_digits = [](std::string_view s) {
    return !s.empty() && s.size() <= 4 && s.find_first_not_of("0123456789") == std::string_view::npos;
  };
  for (std::string_view d : {std::string_view("-"), std::string_view("—"), std::string_view("－"), std::string_view("–")}) {
    if (key.size() > 2 * d.size() && key.starts_with(d) && key.ends_with(d) &&
        is_digits(std::string_view(key).substr(d.size(), key.size() - 2 * d.size())))
      return true;
  }
  // `第3页`, and with the count of pages before or after it: `第3页共8页`, `共8页第3页`
  auto page = [&](std::string_view v, std::string_view lead) {  // `<lead>N页`: the length, or 0
    if (!v.starts_with(lead)) return std::size_t{0};
    const std::size_t end = v.find("页", lead.size());
    return end != std::string_view::npos && is_digits(v.substr(lead.size(), end - lead.size())) ? end + 3 : 0;
  };
  const std::string_view squeezed = key;
  for (const auto& [lead, then] : {std::pair{"第", "共"}, std::pair{"共", "第"}}) {
    if (const std::size_t n = page(squeezed, lead); n != 0) {
      if (n == squeezed.size()) return std::string_view(lead) == "第";  // `共8页` alone is no page number
      std::string_view rest = squeezed.substr(n);
      for (std::string_view sep : {",", "，", "/", "／", "、"})
        if (rest.starts_with(sep)) rest.remove_prefix(sep.size());
      const std::size_t m = page(rest, then);
      return m != 0 && m == rest.size();
    }
  }
  return false;
}

/// Lines of digits alone at the page breaks of a text (form feeds, as `pdftotext` writes them),
/// the last before a form feed or the first after one: a page number, or a page's last or first
/// cell. 1-based line numbers, in order.
struct page_number_lines {
  /// Page numbers: of the pages' last lines (or of their first lines), two or more, and two
  /// thirds of them, are each the number of its page: the count of form feeds before it plus
  /// an offset the same for all; those are.
  std::vector<std::uint32_t> skipped;
  /// Where no such series is, the lines whose digits may be their page's number (the other
  /// series' offset, 0 or 1, or an offset two of them share); where one is, its lines off its
  /// offset: maybe a cell, maybe not.
  std::vector<std::uint32_t> doubtful;
};

[[nodiscard]] inline page_number_lines find_page_numbers(std::string_view text) {
  page_number_lines out;
  if (text.empty() || std::memchr(text.data(), '\f', text.size()) == nullptr) return out;
  // only the lines around the form feeds are looked at: a line is [begin, end) of the text
  struct line_info {
    std::string_view before, after;  // the text before the line's first form feed, after its last
    bool form_feed = false;
    std::size_t begin = 0, end = 0;
  };
  auto line_at = [&](std::size_t begin) {  // the line that starts at `begin`
    line_info l;
    l.begin = begin;
    l.end = std::min(text.find('\n', begin), text.size());
    const std::string_view line = text.substr(begin, l.end - begin);
    const std::size_t f = line.find('\f');
    l.form_feed = f != std::string_view::npos;
    l.before = l.form_feed ? line.substr(0, f) : line;
    l.after = l.form_feed ? line.substr(line.rfind('\f') + 1) : line;
    return l;
  };
  auto begin_of_line_before = [&](std::size_t begin) {  // `begin` > 0
    const std::size_t nl = begin < 2 ? std::string_view::npos : text.rfind('\n', begin - 2);
    return nl == std::string_view::npos ? std::size_t{0} : nl + 1;
  };
  auto trimmed = [](std::string_view v) {
    const std::size_t b = v.find_first_not_of(" \t\r\v");
    if (b == std::string_view::npos) return std::string_view{};
    return v.substr(b, v.find_last_not_of(" \t\r\v") - b + 1);
  };
  auto page_number = [](std::string_view v) -> long {
    if (v.empty() || v.size() > 4 || v.find_first_not_of("0123456789") != std::string_view::npos) return -1;
    long n = 0;
    for (const char c : v) n = n * 10 + (c - '0');
    return n;
  };
  // the numbers printed last on their page, and those printed first: each series must agree
  struct series {
    std::vector<std::pair<std::uint32_t, long>> lines;  // line, page number minus the form feeds before it
  } last, first;
  long breaks = 0;
  std::size_t counted = 0;   // line numbers: the newlines before `counted` are `newlines`
  std::uint32_t newlines = 0;
  auto line_number = [&](std::size_t begin) {  // 1-based; `begin` never goes back by much
    if (begin >= counted) {
      newlines += static_cast<std::uint32_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(counted),
                                                        text.begin() + static_cast<std::ptrdiff_t>(begin), '\n'));
    } else {
      newlines -= static_cast<std::uint32_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(begin),
                                                        text.begin() + static_cast<std::ptrdiff_t>(counted), '\n'));
    }
    counted = begin;
    return newlines + 1;
  };
  auto candidate = [&](series& to, const line_info& l, std::string_view v) {
    const long n = page_number(trimmed(v));
    if (n < 0) return;
    to.lines.emplace_back(line_number(l.begin), n - breaks);
  };
  for (std::size_t f = text.find('\f'); f != std::string_view::npos;) {
    const line_info here = line_at(f == 0 ? 0 : begin_of_line_before(f + 1));
    // the page's last line: on this line before the form feed, or the last line with text before it
    if (!trimmed(here.before).empty()) {
      if (trimmed(here.after).empty()) candidate(last, here, here.before);
    } else {
      line_info l = here;
      for (int up = 0; up != 3 && l.begin != 0; ++up) {
        l = line_at(begin_of_line_before(l.begin));
        if (l.form_feed) break;
        if (!trimmed(l.after).empty()) {
          candidate(last, l, l.after);
          break;
        }
      }
    }
    ++breaks;
    // the next page's first line: after the form feed, or the first line with text after it
    if (!trimmed(here.after).empty()) {
      if (trimmed(here.before).empty()) candidate(first, here, here.after);
    } else if (here.end < text.size()) {
      const line_info next = line_at(here.end + 1);
      if (!next.form_feed) candidate(first, next, next.before);
    }
    f = here.end < text.size() ? text.find('\f', here.end) : std::string_view::npos;
  }
  // a series is its pages' numbers when two or more, and two thirds of it, share one offset
  auto offset_of_pages = [](const series& v) -> std::optional<long> {
    for (const auto& candidate_line : v.lines) {
      const long o = candidate_line.second;
      const auto n = static_cast<std::size_t>(std::count_if(v.lines.begin(), v.lines.end(),
                                                            [o](const auto& l) { return l.second == o; }));
      if (n >= 2 && 3 * n >= 2 * v.lines.size()) return o;
    }
    return std::nullopt;
  };
  const std::optional<long> last_pages = offset_of_pages(last), first_pages = offset_of_pages(first);
  for (const auto& [v, pages, other] : {std::tuple{&last, last_pages, first_pages}, std::tuple{&first, first_pages, last_pages}}) {
    for (const auto& [line, offset] : v->lines) {
      if (pages) {
        // the page's number; or, off the series, a cell or the number of a page whose break is
        // lost (a form feed dropped shifts the later pages' offsets, and the series is theirs)
        (offset == *pages ? out.skipped : out.doubtful).push_back(line);
      } else if ((other && offset == *other) || offset == 0 || offset == 1 ||
                 std::count_if(v->lines.begin(), v->lines.end(), [o = offset](const auto& l) { return l.second == o; }) >= 2) {
        // the page's number, or a cell that happens to be it: the series' offset, the other
        // series', or one two of its lines share (a page break lost shifts the later pages'
        // offsets: `1`…`5` then `6`…`8` one page off, no offset held by two thirds)
        out.doubtful.push_back(line);
      }
    }
  }
  for (auto* v : {&out.skipped, &out.doubtful}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
  return out;
}

/// Running numbers that number a table's rows or columns, which are no cells of the format and
/// become `ignored`:
///  * a column of them (0, 1, 2 … or 1, 2, 3 …) in the first cell of three or more table lines
///    in a row (at most one line between two): the index of a DataFrame written out as markdown,
///    or a table's 序号 column; on lines not cut into cells, each the line's first word and a
///    word after it (a DataFrame's `to_string()`: `5    三、本年度办理结果 …`);
///  * a line of five or more of them and nothing else (the column numbers a DataFrame prints
///    over its columns): no row of the format holds five numbers running up by one, since each
///    row of five or more has a total that is the sum of others.
inline void drop_row_numbers(std::string_view text, std::vector<token>& tokens) {
  const auto small = [&](const token& t, std::uint64_t& n) {
    const std::string_view word = text.substr(t.begin, t.end - t.begin);
    if (t.kind != token_kind::number || word.empty() || word.size() > 4) return false;
    n = 0;
    for (const char c : word) {
      if (c < '0' || c > '9') return false;
      n = n * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return true;
  };
  struct lead {
    std::size_t token;
    std::uint32_t line;
    std::uint64_t n;
  };
  std::vector<lead> run;
  const auto flush = [&] {
    if (run.size() >= 3)
      for (const lead& l : run) tokens[l.token].kind = token_kind::ignored;
    run.clear();
  };
  for (std::size_t b = 0, e = 0; b != tokens.size(); b = e) {
    e = b;
    while (e != tokens.size() && tokens[e].line == tokens[b].line) ++e;
    // a line not cut into cells: a DataFrame's `to_string()`, whose index is its first word,
    // before its row's label (`5    三、本年度办理结果  （一）予以公开 …`, `6  NaN  （二）部分公开 …`),
    // or before a row of numbers only, in a run of such lines begun by lines with words
    const bool spaced = !tokens[b].cells;
    if (spaced && tokens[b].kind != token_kind::number) {  // most such lines, at once
      flush();
      continue;
    }
    const auto line_tokens = std::span(tokens).subspan(b, e - b);
    const bool spaced_numbers =
        spaced && std::all_of(line_tokens.begin(), line_tokens.end(), [](const token& t) { return t.kind == token_kind::number; });
    if (spaced && !(spaced_numbers && e - b >= 2) &&
        std::none_of(line_tokens.begin() + 1, line_tokens.end(), [](const token& t) { return t.kind == token_kind::text; })) {
      flush();
      continue;
    }
    // a line of column numbers
    std::size_t numbers = 0;
    std::uint64_t n = 0, expect = 0;
    bool running = true;
    for (std::size_t i = b; i != e && running; ++i) {
      if (tokens[i].kind == token_kind::blank) continue;
      running = small(tokens[i], n) && (numbers == 0 ? n <= 1 : n == expect);
      expect = n + 1;
      ++numbers;
    }
    if (running && numbers >= 5) {
      for (std::size_t i = b; i != e; ++i)
        if (tokens[i].kind == token_kind::number) tokens[i].kind = token_kind::ignored;
      flush();
      continue;
    }
    // the line's first cell: its first token, after at most the empty cell before a leading '|'
    std::size_t f = b;
    if (f != e && tokens[f].kind == token_kind::blank) ++f;
    const bool index = f != e && small(tokens[f], n);
    if (index && !run.empty() && n == run.back().n + 1 && tokens[f].line <= run.back().line + 2) {
      run.push_back({f, tokens[f].line, n});
      continue;
    }
    flush();
    if (index && n <= 1 && !spaced_numbers) run.push_back({f, tokens[f].line, n});
  }
  flush();
}

}  // namespace scanning

/// Cuts `text` into tokens. A line with tabs, bars (`|`, `¦`, `｜`) or a text-drawn box's `│`
/// (Word copies, flattened HTML, markdown, w3m's dump of a page) is
/// cut into cells at those, and an empty cell becomes a blank token; other lines are cut at
/// whitespace. Page-number lines (`-3-`, `第 3 页`) and markdown rules (`|---|`) are skipped, and
/// a column of running row numbers is ignored (`scanning::drop_row_numbers`).
/// `html`: the text comes from `html_to_text`, whose table rows are lines that start with
/// `grid_row_mark`: such a line is cut into cells at tabs only, its tokens are `grid`, and a
/// blank token stands where the tab (or the mark) before its cell stands, which is where
/// its cell's tag is in the page.
inline scan_result scan(std::string_view text, bool html = false) {
  scan_result out;
  out.tokens.reserve(text.size() / 8 + 16);
  out.text_tokens.reserve(text.size() / 16 + 16);
  out.runs.reserve(text.size() / 16 + 16);
  // the stream is written in place: it is never longer than the text
  out.stream.resize(text.size());
  char* const stream = out.stream.data();
  std::size_t stream_size = 0;
  std::uint32_t line_no = 0;
  std::size_t at = 0;
  const scanning::page_number_lines page_numbers = scanning::find_page_numbers(text);
  std::size_t next_page_number = 0, next_doubtful = 0;
  const bool any_page_numbers = !page_numbers.skipped.empty() || !page_numbers.doubtful.empty();
  std::size_t title_before_footer = 0;  // lines that begin before this are skipped
  while (at <= text.size()) {
    const void* nl = at < text.size() ? std::memchr(text.data() + at, '\n', text.size() - at) : nullptr;
    const std::size_t line_end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) : text.size();
    ++line_no;
    const std::string_view line = text.substr(at, line_end - at);
    const std::size_t line_begin = at;
    at = line_end + 1;
    if (line_begin < title_before_footer) continue;  // a page's title between print margins
    if (scanning::skipped_line(line)) {
      if (const std::string_view v = line.substr(std::min(line.size(), line.find_first_not_of(" \t\r\f")));
          scanning::print_time_only(v))
        title_before_footer = scanning::title_between_margins(text, at);
      continue;
    }
    // page numbers at page breaks: skipped, or kept as doubtful (`find_page_numbers`)
    auto listed = [line_no](const std::vector<std::uint32_t>& lines, std::size_t& next) {
      while (next != lines.size() && lines[next] < line_no) ++next;
      return next != lines.size() && lines[next] == line_no;
    };
    bool doubtful = false;
    if (any_page_numbers) {
      if (listed(page_numbers.skipped, next_page_number)) continue;
      doubtful = listed(page_numbers.doubtful, next_doubtful);
    }

    // Cut the line into words at whitespace and into cells at separators. A line is cut into
    // cells (`explicit_cells`) when it has a separator anywhere: the tokens met before the first
    // one learn it then. On such a line, a cell without words is a blank token.
    const std::size_t line_first_token = out.tokens.size();
    const bool grid = html && !line.empty() && line.front() == grid_row_mark;
    const bool csv = !grid && scanning::csv_line(line);
    std::size_t field_end = csv ? scanning::csv_field_end(line, 0) : line.size();  // a CSV field's comma
    bool explicit_cells = grid || csv;
    if (csv) out.csv_lines.emplace_back(static_cast<std::uint32_t>(line_begin), static_cast<std::uint32_t>(line_end));
    bool cell_has_word = false;
    bool nan_on_line = false;  // a `NaN` met on a line not cut into cells
    std::size_t next_quote = csv ? line.find('"') : std::string_view::npos;  // a CSV line's next `"`
    std::size_t cell_begin = grid ? 1 : 0;
    std::size_t separator = 0;  // where the cell's separator is (on a grid line)
    auto emit_blank = [&] {
      token t;
      t.begin = t.end = static_cast<std::uint32_t>(line_begin + (grid ? separator : cell_begin));
      t.line = line_no;
      t.cells = true;
      t.grid = grid;
      t.kind = token_kind::blank;
      t.stream = t.stream_end = static_cast<std::uint32_t>(stream_size);
      out.tokens.push_back(t);
    };
    auto emit_token = [&](std::size_t b, std::size_t e) {
      token t;
      t.begin = static_cast<std::uint32_t>(line_begin + b);
      t.end = static_cast<std::uint32_t>(line_begin + e);
      t.line = line_no;
      t.cells = explicit_cells;
      t.grid = grid;
      const std::string_view word = line.substr(b, e - b);
      classify(word, t);
      t.stream = static_cast<std::uint32_t>(stream_size);
      if (t.kind == token_kind::text) {
        // a number directly followed by 年/月/日 is part of a date, not a cell
        if (out.tokens.size() > line_first_token && out.tokens.back().kind == token_kind::number &&
            (word.starts_with("年") || word.starts_with("月") || word.starts_with("日")))
          out.tokens.back().kind = token_kind::ignored;
        scanning::to_stream(word, t.begin, stream, stream_size, out.runs);
        if (stream_size == t.stream) return;  // punctuation only
        out.text_tokens.push_back(static_cast<std::uint32_t>(out.tokens.size()));
      }
      t.stream_end = static_cast<std::uint32_t>(stream_size);
      out.tokens.push_back(t);
    };
    for (std::size_t k = cell_begin; k < line.size();) {
      if (csv && (k == field_end || line[k] == '"')) {  // a CSV field's comma; its quotes are no part of it
        if (k == field_end) {
          if (!cell_has_word) emit_blank();
          cell_has_word = false;
          cell_begin = ++k;
          field_end = scanning::csv_field_end(line, k);
        } else {
          ++k;
        }
        continue;
      }
      const scanning::byte_class c = scanning::class_of(line[k]);
      if (c == scanning::byte_class::space) {
        ++k;
        continue;
      }
      if (c == scanning::byte_class::other) {
        if (const std::size_t sp = utf8::space_length(line, k); sp != 0 && scanning::separator_at(line, k) == 0) {
          k += sp;
          continue;
        }
        if (const std::size_t rule = scanning::box_rule_at(line, k); rule != 0) {  // as a space
          k += rule;
          continue;
        }
      }
      if (c != scanning::byte_class::plain && c != scanning::byte_class::ideograph && !csv) {
        const std::size_t sep = scanning::separator_at(line, k);
        if (sep != 0 && (!grid || line[k] == '\t')) {
          if (!explicit_cells) {
            explicit_cells = true;
            for (std::size_t i = line_first_token; i != out.tokens.size(); ++i) {
              // a `NaN` met before (below) shares its cell with a word or another `NaN`: the
              // cell is one, the word's or blank
              if (out.tokens[i].kind == token_kind::blank) out.tokens[i].kind = token_kind::ignored;
              out.tokens[i].cells = true;
            }
          }
          if (!cell_has_word) emit_blank();
          cell_has_word = false;
          separator = k;
          k += sep;
          cell_begin = k;
          continue;
        }
        if (sep != 0) {  // `|` in a cell of a grid line: punctuation
          emit_token(k, k + sep);
          cell_has_word = true;
          k += sep;
          continue;
        }
      }
      // a CSV line's word ends at its field's comma, or at a quote (found once: a field of a
      // million words is cut in linear time)
      const std::string_view field = csv ? line.substr(0, field_end) : line;
      std::size_t w = scanning::word_end(field, k);
      if (csv) {
        if (next_quote != std::string_view::npos && next_quote < k) next_quote = line.find('"', k);
        w = std::min(w, next_quote);
      }
      // a separator that cuts no cell here (a tab or bar inside a CSV field) ends the word before
      // it and starts none: passed over as a space (else the line would never be done)
      if (w == k) {
        k += std::max<std::size_t>(1, scanning::separator_at(line, k));
        continue;
      }
      // `None` alone in a cell is a blank cell; in the line's first cell, when a separator follows
      if (bool separated = false; !cell_has_word && (explicit_cells || out.tokens.size() == line_first_token) &&
                                  scanning::tool_empty_cell(field, k, w, grid, separated) &&
                                  (explicit_cells || separated)) {
        explicit_cells = true;
        k = w;
        continue;
      }
      // on a line not cut into cells (a DataFrame's `to_string()`), `NaN` is a blank cell when
      // no word follows it on its line (below): `1288 21 0 0 50 3 NaN`
      if (!explicit_cells && scanning::tool_empty_word(line.substr(k, w - k))) {
        nan_on_line = true;
        emit_blank();
        out.tokens.back().begin = static_cast<std::uint32_t>(line_begin + k);
        out.tokens.back().end = static_cast<std::uint32_t>(line_begin + w);
        out.tokens.back().cells = false;
        k = w;
        continue;
      }
      emit_token(k, w);
      cell_has_word = true;  // even when the word was punctuation only, and left no token
      k = w;
    }
    if (explicit_cells && !cell_has_word) emit_blank();
    if (nan_on_line && !explicit_cells) {  // `NaN` before a word of its line is no cell after a row's label
      bool word_after = false;
      for (std::size_t i = out.tokens.size(); i != line_first_token; --i) {
        token& t = out.tokens[i - 1];
        if (t.kind == token_kind::text) word_after = true;
        else if (t.kind == token_kind::blank && word_after) t.kind = token_kind::ignored;
        else if (t.kind == token_kind::blank) ++out.tool_blanks;
      }
    }
    if (doubtful)
      for (std::size_t i = line_first_token; i != out.tokens.size(); ++i)
        if (out.tokens[i].kind == token_kind::number) out.tokens[i].kind = token_kind::doubtful;
  }
  out.stream.resize(stream_size);
  scanning::drop_row_numbers(text, out.tokens);
  return out;
}

}  // namespace xxgk::detail

#endif
