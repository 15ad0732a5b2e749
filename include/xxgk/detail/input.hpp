#ifndef XXGK_DETAIL_INPUT_HPP
#define XXGK_DETAIL_INPUT_HPP
// IWYU pragma: private, include <xxgk/parse.hpp>

#include <xxgk/cell.hpp>
#include <xxgk/detail/cell_words.hpp>
#include <xxgk/detail/swar.hpp>
#include <xxgk/detail/radicals.hpp>
#include <xxgk/detail/traditional.hpp>
#include <xxgk/detail/utf8.hpp>
#include <xxgk/result.hpp>
#include <xxgk/rule.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace xxgk::detail {

/// The text the parser reads: the input itself (less a byte-order mark), or, for an HTML page,
/// its text with each table row on a line of its own (marked, its cells cut by tabs: see
/// `table_grid`), and a map from every byte of that text back to the input, so that findings
/// point into the file the user has.
struct prepared_input {
  /// A stretch of `converted` copied byte for byte from `original`: byte `text + k` of the text
  /// is byte `source + k` of the input, up to the next run.
  struct run {
    std::uint32_t text = 0;
    std::uint32_t source = 0;
  };

  std::string_view original;
  std::size_t base = 0;  ///< bytes skipped at the start (a UTF-8 byte-order mark)
  bool html = false;
  std::string converted;
  std::vector<run> runs;  ///< for HTML: the map to `original`, by increasing `text`, the first at 0
  /// For HTML: where the lines of table rows that span fewer (narrow) or more (wide) columns
  /// than their table's other rows begin in `converted` (their `grid_row_mark`), increasing. A
  /// cell of such a row was lost or is one too many (a page edited by hand), and where is
  /// unknown; or, wide, it has all its own cells where the others lack those merged from above
  /// a page break.
  std::vector<std::uint32_t> narrow_rows, wide_rows;
  /// The text is one cell a line where every empty line is a cell (a converter wrote each empty
  /// cell so and left no other empty line: `bar_ended_cells`).
  bool empty_lines_are_cells = false;
  /// The text's rows were padded at their end (a bar for each cell a merge took) and the padding
  /// was written as empty cells at their start (`padded_rows`): an empty first cell may be one.
  bool padding_moved = false;
  /// The text's Traditional characters were folded to Simplified ones (`fold_traditional`), in
  /// place: three bytes each way.
  bool traditional = false;

  [[nodiscard]] std::string_view text() const noexcept {
    return html ? std::string_view(converted) : original.substr(base);
  }

  /// The byte offset in `original` of byte `at` of `text()` (the end of `original` for `at`
  /// at or beyond the end of the text).
  [[nodiscard]] std::size_t source_offset(std::size_t at) const noexcept {
    if (!html) return std::min(at + base, original.size());
    if (at >= converted.size()) return original.size();
    const auto after = std::upper_bound(runs.begin(), runs.end(), at,
                                        [](std::size_t a, const run& r) { return a < r.text; });
    const run& r = *(after - 1);
    return r.source + (at - r.text);
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

// ---- raw bytes -------------------------------------------------------------------------------

/// A control character that text does not hold (NUL included; tab, line feed, vertical tab,
/// form feed and carriage return are text).
[[nodiscard]] constexpr bool is_control(unsigned char b) noexcept {
  return (b < 0x20 && (b < '\t' || b > '\r')) || b == 0x7F;
}

/// The high bit of every byte of `w` that `is_control`. Each sum works on seven bits of a
/// byte, so no carry crosses into the next byte: the high bit of `x + (0x80 - k)` says x >= k.
[[nodiscard]] constexpr std::uint64_t control_bytes(std::uint64_t w) noexcept {
  const std::uint64_t x = w & ~swar::highs;
  const std::uint64_t from_space = x + swar::ones * (0x80 - 0x20);
  const std::uint64_t del = x + swar::ones;
  const std::uint64_t low_or_del = (~from_space | del) & ~w & swar::highs;
  if (low_or_del == 0) return 0;  // most words: no byte below a space, no DEL
  const std::uint64_t from_tab = x + swar::ones * (0x80 - '\t');
  const std::uint64_t after_return = x + swar::ones * (0x80 - '\r' - 1);
  return low_or_del & ~(from_tab & ~after_return);  // tab to carriage return are text
}

/// A lead E1–EC, EE or EF, by its low four bits: with two continuation bytes it always forms a
/// valid character, no overlong (E0) or surrogate (ED) form being possible. These are most
/// Chinese characters and the full-width punctuation.
[[nodiscard]] constexpr bool plain_three_byte_lead(std::uint64_t low_bits) noexcept {
  return ((0xDFFEU >> (low_bits & 0xFU)) & 1U) != 0;
}

/// True when the three lowest bytes of `w` (first byte lowest) are a plain three-byte character.
[[nodiscard]] constexpr bool plain_three_bytes(std::uint64_t w) noexcept {
  return (w & 0xC0C0F0U) == 0x8080E0U && plain_three_byte_lead(w);
}

/// True when the six lowest bytes of `w` are two plain three-byte characters.
[[nodiscard]] constexpr bool plain_three_byte_pair(std::uint64_t w) noexcept {
  return (w & 0xC0C0F0C0C0F0U) == 0x8080E08080E0U && plain_three_byte_lead(w) && plain_three_byte_lead(w >> 24);
}

/// Where `scan_text` stopped, and why.
struct scan_stop {
  enum class reason : unsigned char { done, nul, invalid };
  std::size_t at = 0;
  reason why = reason::done;
};

/// Checks the characters of `body` that start in [i, stop): valid UTF-8 (stops at the first
/// byte that starts no valid sequence), and, when `Controls`, counts control characters into
/// `controls` and stops at a NUL. A character may run past `stop`; `at` is then after it.
template <bool Controls>
[[nodiscard]] inline scan_stop scan_text(std::string_view body, std::size_t i, std::size_t stop,
                                         std::size_t& controls) noexcept {
  const char* const data = body.data();
  // the ASCII bytes at the start of `w` that need no closer look
  const auto plain_ascii = [](std::uint64_t w) {
    std::uint64_t stops = w & swar::highs;
    if constexpr (Controls) stops |= control_bytes(w);
    return stops == 0 ? 8 : static_cast<std::size_t>(std::countr_zero(stops)) / 8;
  };
  while (i < stop) {
    // eight bytes at a time while they are plain ASCII or common Chinese characters
    if (i + 8 <= stop) {
      const std::uint64_t w = swar::load(data + i);
      if ((w & 0x80U) == 0) {
        std::size_t ascii = plain_ascii(w);
        while (ascii == 8 && i + 16 <= stop) {
          i += 8;
          ascii = plain_ascii(swar::load(data + i));
        }
        if (ascii != 0) {
          i += ascii;
          continue;
        }
      } else if (plain_three_byte_pair(w)) {
        // Chinese text: two characters, then four at a time while they are all plain
        i += 6;
        while (i + 14 <= stop && plain_three_byte_pair(swar::load(data + i)) &&
               plain_three_byte_pair(swar::load(data + i + 6)))
          i += 12;
        continue;
      } else if (plain_three_bytes(w)) {
        i += 3;
        continue;
      }
    }
    const auto b = static_cast<unsigned char>(body[i]);
    if (b < 0x80) {
      if constexpr (Controls) {
        if (b == 0) return {i, scan_stop::reason::nul};
        if (is_control(b)) ++controls;
      }
      ++i;
      continue;
    }
    const std::size_t n = utf8::sequence_length(body, i);
    if (n == 0) return {i, scan_stop::reason::invalid};
    i += n;
  }
  return {i, scan_stop::reason::done};
}

// ---- HTML ------------------------------------------------------------------------------------

/// `c` in lower case, for ASCII letters only (HTML names are ASCII).
[[nodiscard]] constexpr char ascii_lower(char c) noexcept {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

/// True when `s` starts with `lower` (in lower case), ignoring the case of ASCII letters.
[[nodiscard]] constexpr bool starts_with_folded(std::string_view s, std::string_view lower) noexcept {
  if (s.size() < lower.size()) return false;
  for (std::size_t k = 0; k < lower.size(); ++k)
    if (ascii_lower(s[k]) != lower[k]) return false;
  return true;
}

/// The value of digit `d` in base 16 (`hex`) or 10, or -1 when it is none.
[[nodiscard]] constexpr int digit_value(char d, bool hex) noexcept {
  return d >= '0' && d <= '9' ? d - '0'
         : hex && d >= 'a' && d <= 'f' ? d - 'a' + 10
         : hex && d >= 'A' && d <= 'F' ? d - 'A' + 10 : -1;
}

/// For each byte, itself in lower case when it may be part of a tag name (an ASCII letter or
/// digit), else 0.
inline constexpr std::array<char, 256> tag_name_chars = [] {
  std::array<char, 256> t{};
  for (char c = '0'; c <= '9'; ++c) t[static_cast<unsigned char>(c)] = c;
  for (char c = 'a'; c <= 'z'; ++c) t[static_cast<unsigned char>(c)] = t[static_cast<unsigned char>(c - 'a' + 'A')] = c;
  return t;
}();

/// A tag name of up to six characters as one number, in lower case, to switch on.
[[nodiscard]] consteval std::uint64_t tag_key(std::string_view name) noexcept {
  std::uint64_t key = 0;
  for (const char c : name) key = key << 8 | static_cast<unsigned char>(ascii_lower(c));
  return key;
}

/// The code point of the entity `ent` (between '&' and ';'), or 0 when it is none we decode.
[[nodiscard]] constexpr char32_t entity_value(std::string_view ent) noexcept {
  if (ent == "nbsp" || ent == "ensp" || ent == "emsp" || ent == "thinsp") return U' ';
  // the punctuation Chinese editors write as names (`3.危及&ldquo;三安全一稳定&rdquo;`)
  if (ent == "ldquo") return U'\u201C';
  if (ent == "rdquo") return U'\u201D';
  if (ent == "lsquo") return U'\u2018';
  if (ent == "rsquo") return U'\u2019';
  if (ent == "mdash") return U'\u2014';
  if (ent == "ndash") return U'\u2013';
  if (ent == "hellip") return U'\u2026';
  if (ent == "middot") return U'\u00B7';
  if (ent == "times") return U'\u00D7';
  if (ent == "lt") return U'<';
  if (ent == "gt") return U'>';
  if (ent == "amp") return U'&';
  if (ent == "quot") return U'"';
  if (ent == "apos") return U'\'';
  if (ent.size() <= 1 || ent[0] != '#') return 0;
  const bool hex = ent[1] == 'x' || ent[1] == 'X';
  std::uint32_t v = 0;
  bool ok = ent.size() > (hex ? 2U : 1U);
  for (std::size_t k = hex ? 2 : 1; k < ent.size() && ok; ++k) {
    const int digit = digit_value(ent[k], hex);
    if (digit < 0 || v > 0x10FFFF) ok = false;
    else v = v * (hex ? 16U : 10U) + static_cast<std::uint32_t>(digit);
  }
  return ok && v != 0 && v <= 0x10FFFF && (v < 0xD800 || v > 0xDFFF) ? v : 0;
}

/// The end of a script or style whose content starts at `from`: just after the '>' of the first
/// "</script" or "</style" (`name`, in any case), or the end of the page.
[[nodiscard]] inline std::size_t skip_raw_text(std::string_view s, std::size_t from, std::string_view name) noexcept {
  std::size_t close = s.size();
  for (std::size_t lt = from; lt + 2 < s.size(); ++lt) {
    const void* p = std::memchr(s.data() + lt, '<', s.size() - 2 - lt);
    if (p == nullptr) break;
    lt = static_cast<std::size_t>(static_cast<const char*>(p) - s.data());
    if (s[lt + 1] == '/' && starts_with_folded(s.substr(lt + 2), name)) {
      close = lt;
      break;
    }
  }
  const std::size_t gt = s.find('>', close);
  return gt == std::string_view::npos ? s.size() : gt + 1;
}

/// The '>' that ends the tag whose '<' is at `lt`: the first after it that no quoted attribute
/// value holds (`<td title="a>b">`), given `first`, the first '>' after `lt`. A quote opens a
/// value only right after an '=' (and spaces); one left open, or closed more than 4 KiB past
/// `first` (a quote mistyped), is taken as text, and `first` ends the tag, as it does when no
/// '>' follows the value within those 4 KiB.
[[nodiscard]] inline std::size_t tag_end(std::string_view s, std::size_t lt, std::size_t first) noexcept {
  std::size_t gt = first;
  for (std::size_t k = lt + 1;;) {
    // the next '=' before the '>' that ends the tag so far
    const void* eq = std::memchr(s.data() + k, '=', gt - k);
    if (eq == nullptr) return gt;
    k = static_cast<std::size_t>(static_cast<const char*>(eq) - s.data()) + 1;
    while (k < gt && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r' || s[k] == '\f')) ++k;
    if (k == gt || (s[k] != '"' && s[k] != '\'')) continue;
    const std::size_t limit = std::min(s.size(), first + 4097);  // (searched no further: linear time)
    const void* q = k + 1 < limit ? std::memchr(s.data() + k + 1, s[k], limit - k - 1) : nullptr;
    if (q == nullptr) return first;
    const std::size_t close = static_cast<std::size_t>(static_cast<const char*>(q) - s.data());
    k = close + 1;
    if (close > gt) {  // the '>' stood in the value: the tag ends at the next one after it
      const void* next = k < limit ? std::memchr(s.data() + k, '>', limit - k) : nullptr;
      if (next == nullptr) return first;
      gt = static_cast<std::size_t>(static_cast<const char*>(next) - s.data());
    }
  }
}

/// True for the tags (`tag_key`) of the elements whose content `hides` may hide, the ones pages
/// write around text: a void element (`<br>`, `<img>`, `<input type=hidden>`) holds none, and a
/// table's cells and rows are left to the grid.
[[nodiscard]] constexpr bool hides_content(std::uint64_t key) noexcept {
  switch (key) {
    case tag_key("span"): case tag_key("font"): case tag_key("div"): case tag_key("p"):
    case tag_key("a"): case tag_key("b"): case tag_key("i"): case tag_key("u"): case tag_key("s"):
    case tag_key("em"): case tag_key("strong"): case tag_key("small"): case tag_key("big"):
    case tag_key("sup"): case tag_key("sub"): case tag_key("label"): case tag_key("li"):
    case tag_key("ul"): case tag_key("ol"): case tag_key("center"): case tag_key("ins"):
    case tag_key("del"): case tag_key("strike"): case tag_key("nobr"): case tag_key("h1"):
    case tag_key("h2"): case tag_key("h3"): case tag_key("h4"): case tag_key("h5"): case tag_key("h6"):
      return true;
    default:
      return false;
  }
}

/// True when the tag whose name starts at `s[k]` (after '<' or '</') is named `lower` (lower-case
/// ASCII), in any case, and no longer.
[[nodiscard]] inline bool tag_named(std::string_view s, std::size_t k, std::string_view lower) noexcept {
  return starts_with_folded(s.substr(k), lower) &&
         (k + lower.size() >= s.size() || tag_name_chars[static_cast<unsigned char>(s[k + lower.size()])] == 0);
}

/// The first '<' at or after `from` that opens no comment (comments skipped whole), or npos.
[[nodiscard]] inline std::size_t next_tag(std::string_view s, std::size_t from) noexcept {
  while (from < s.size()) {
    const void* p = std::memchr(s.data() + from, '<', s.size() - from);
    if (p == nullptr) break;
    const auto lt = static_cast<std::size_t>(static_cast<const char*>(p) - s.data());
    if (s.substr(lt, 4) != "<!--") return lt;
    const std::size_t e = s.find("-->", lt + 4);
    if (e == std::string_view::npos) break;
    from = e + 3;
  }
  return std::string_view::npos;
}

/// Where a page goes on after an element that `hides` hides (or struck out), whose content
/// starts at `from` and whose tag name is `name` (as written): just after its end tag (elements
/// of the same name inside it counted), else the end of the page, or npos when `must_close`.
/// `in_cell`: the element stands in a table's cell, which it cannot outlast: the first tag of a
/// table's structure (a cell, row, row group or table, opening or closing) ends it there, as it
/// ends a browser's.
[[nodiscard]] inline std::size_t skip_hidden(std::string_view s, std::size_t from, std::string_view name, bool in_cell,
                                             bool must_close = false) noexcept {
  std::array<char, 16> lower{};
  if (name.empty() || name.size() > lower.size()) return from;
  for (std::size_t k = 0; k != name.size(); ++k) lower[k] = ascii_lower(name[k]);
  const std::string_view folded(lower.data(), name.size());
  std::size_t depth = 1;
  for (std::size_t lt = next_tag(s, from); lt != std::string_view::npos; lt = next_tag(s, lt + 1)) {
    const bool closing = lt + 1 < s.size() && s[lt + 1] == '/';
    const std::size_t k = lt + (closing ? 2 : 1);
    if (in_cell)
      for (const std::string_view structure : {"td", "th", "tr", "table", "tbody", "thead", "tfoot"})
        if (tag_named(s, k, structure)) return lt;
    if (!tag_named(s, k, folded)) continue;
    if (!closing) {
      ++depth;
    } else if (--depth == 0) {
      const std::size_t gt = s.find('>', lt);
      return gt == std::string_view::npos ? s.size() : gt + 1;
    }
  }
  return must_close ? std::string_view::npos : s.size();
}

/// Where a page goes on after a table row that `hides` hides (a spreadsheet's hidden row,
/// `<tr style='display:none'>`), whose content starts at `from`: just after its `</tr>`, or at the
/// next row, row group or the end of its table, whichever comes first (tables inside the row
/// skipped whole), else the end of the page.
[[nodiscard]] inline std::size_t skip_hidden_row(std::string_view s, std::size_t from) noexcept {
  std::size_t tables = 0;  // tables opened inside the row and not closed yet
  for (std::size_t lt = next_tag(s, from); lt != std::string_view::npos; lt = next_tag(s, lt + 1)) {
    const bool closing = lt + 1 < s.size() && s[lt + 1] == '/';
    const std::size_t k = lt + (closing ? 2 : 1);
    if (tag_named(s, k, "table")) {
      if (!closing) ++tables;
      else if (tables == 0) return lt;
      else --tables;
      continue;
    }
    if (tables != 0) continue;
    if (closing && tag_named(s, k, "tr")) {
      const std::size_t gt = s.find('>', lt);
      return gt == std::string_view::npos ? s.size() : gt + 1;
    }
    if ((!closing && tag_named(s, k, "tr")) || tag_named(s, k, "tbody") || tag_named(s, k, "thead") ||
        tag_named(s, k, "tfoot"))
      return lt;
  }
  return s.size();
}

/// The byte that starts every line of a table row in the text (ASCII "record separator"):
/// only `html_to_text` writes it, control bytes of the page itself become spaces.
inline constexpr char grid_row_mark = '\x1E';

/// What stands in a table row for a cell of a row above that spans into it and holds text
/// (ASCII "substitute"): a character that is neither a number nor a word, so that the scanner
/// drops it and a number merged over several rows is never read in each of them.
inline constexpr char grid_filler = '\x1A';

/// How plain text of a page is copied, byte by byte: as itself, line breaks and control bytes
/// as spaces (the text's own control bytes must not pass for the converter's marks); '<' and
/// '&', flagged with 0x100, end it (a tag or an entity starts there). `in_table`: tabs become
/// spaces too, since a tab separates the cells of a table row.
/// `keep_lines` (text that holds markup, outside its tables): line breaks and tabs stay, since
/// there they are the text's own structure. `stop_at_lines` (text, in a table no `<table>` tag
/// opened): a line break is flagged too, where such a table may end.
/// `spans` (text with pandoc's bracketed spans, outside its tables): `[` and `]` are flagged,
/// where a span may open or close.
template <bool in_table, bool keep_lines = false, bool stop_at_lines = false, bool spans = false>
inline constexpr std::array<std::uint16_t, 256> text_bytes = [] {
  std::array<std::uint16_t, 256> t{};
  for (std::size_t b = 0; b < t.size(); ++b)
    t[b] = is_control(static_cast<unsigned char>(b)) ? std::uint16_t{' '} : static_cast<std::uint16_t>(b);
  t['\r'] = ' ';
  if (!keep_lines) t['\n'] = ' ';
  if (stop_at_lines) t['\n'] |= 0x100U;
  if (spans) {
    t['['] |= 0x100U;
    t[']'] |= 0x100U;
  }
  if (in_table) t['\t'] = ' ';
  t['<'] |= 0x100U;
  t['&'] |= 0x100U;
  return t;
}();

/// The text of an HTML page as it is written, with its map back to the page.
class text_builder {
 public:
  /// The text is hardly ever longer than the page (a tag or an entity is longer than what it
  /// becomes; only the cells that rowspans carry into later rows add to it), so it is written
  /// into a buffer of the page's size, grown when needed, never zeroed (the text is a tenth of
  /// a Word-style page), and copied to `converted` by `finish`.
  explicit text_builder(prepared_input& in) : in_(in), capacity_(in.original.size() - in.base) {
    in_.runs.reserve(in.original.size() / 64);  // a first guess: Word-style pages need about this
    buffer_ = new char[capacity_];              // default-initialised: not zeroed
  }
  text_builder(const text_builder&) = delete;
  text_builder& operator=(const text_builder&) = delete;
  ~text_builder() { delete[] buffer_; }

  /// The text written becomes the input's `converted`.
  void finish() { in_.converted.assign(buffer_, size_); }

  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  [[nodiscard]] std::string_view written_since(std::size_t from) const noexcept {
    return std::string_view(buffer_ + from, size_ - from);
  }
  [[nodiscard]] bool at_line_start() const noexcept { return size_ == 0 || buffer_[size_ - 1] == '\n'; }
  /// True when the line being written starts, after spaces, with `c`. Each byte of the text is
  /// looked at once over all calls (the line's start is remembered), so a long line full of
  /// `<br>` costs no more than its length.
  [[nodiscard]] bool line_starts_with(char c) noexcept {
    std::size_t k = size_;
    while (k > scanned_ && buffer_[k - 1] != '\n') --k;
    if (k > scanned_) line_first_ = k;  // a line began after the bytes looked at before
    scanned_ = size_;
    while (line_first_ < size_ && (buffer_[line_first_] == ' ' || buffer_[line_first_] == '\t')) ++line_first_;
    return line_first_ < size_ && buffer_[line_first_] == c;
  }

  /// `c`, which stands for the byte at `from` of the page.
  void put(char c, std::size_t from) {
    if (size_ == capacity_) make_room(1);
    map_to(from);
    buffer_[size_++] = c;
    next_source_ = from + 1;
  }

  /// The bytes [from, to) of the page, as they are.
  void copy(std::size_t from, std::size_t to) {
    if (to <= from) return;
    if (capacity_ - size_ < to - from) make_room(to - from);
    map_to(from);
    std::memcpy(buffer_ + size_, in_.original.data() + from, to - from);
    size_ += to - from;
    next_source_ = to;
  }

  /// The line breaks, tabs and marks of table rows written since `from` become spaces: the
  /// text of a table held in a cell becomes that cell's (`table_grid::close_table`).
  void flatten_since(std::size_t from) noexcept {
    for (std::size_t k = from; k < size_; ++k)
      if (buffer_[k] == '\n' || buffer_[k] == '\t' || buffer_[k] == grid_row_mark || buffer_[k] == grid_filler) buffer_[k] = ' ';
  }

  /// Plain text at `from` up to the next tag or entity (the byte at `from` is text even when
  /// it is an '&' that starts no entity), each byte as `bytes` says. Returns where it stopped.
  std::size_t copy_text(std::size_t from, const std::array<std::uint16_t, 256>& bytes) {
    if (capacity_ - size_ < in_.original.size() - from) make_room(in_.original.size() - from);
    map_to(from);
    const char* p = in_.original.data() + from;
    const char* const end = in_.original.data() + in_.original.size();
    char* const start = buffer_;
    char* o = start + size_;
    std::uint16_t t = bytes[static_cast<unsigned char>(*p)];
    do {
      *o++ = static_cast<char>(t & 0xFFU);
      if (++p == end) break;
      t = bytes[static_cast<unsigned char>(*p)];
    } while ((t & 0x100U) == 0);
    size_ = static_cast<std::size_t>(o - start);
    next_source_ = static_cast<std::size_t>(p - in_.original.data());
    return next_source_;
  }

 private:
  void make_room(std::size_t n) {
    const std::size_t capacity = std::max(size_ + n, capacity_ * 3 / 2 + 64);
    char* const grown = new char[capacity];
    std::memcpy(grown, buffer_, size_);
    delete[] buffer_;
    buffer_ = grown;
    capacity_ = capacity;
  }

  // the next byte of the text comes from `from`: a new run unless the last one goes on there
  void map_to(std::size_t from) {
    if (from != next_source_)
      in_.runs.push_back({static_cast<std::uint32_t>(size_), static_cast<std::uint32_t>(from)});
  }

  prepared_input& in_;
  std::size_t capacity_;
  char* buffer_ = nullptr;  ///< `capacity_` bytes, owned
  std::size_t size_ = 0;
  std::size_t next_source_ = std::string_view::npos;  ///< where the last run goes on
  std::size_t scanned_ = 0;     ///< `line_starts_with`: the text before here was looked at
  std::size_t line_first_ = 0;  ///< the first byte of the current line that is no space (so far)
};

/// The value of a `rowspan` or `colspan` attribute as HTML reads a non-negative integer
/// (whitespace, an optional '+', digits; what follows them is ignored), at most `most`, or
/// `fallback` when it starts with no digit.
[[nodiscard]] constexpr std::size_t span_value(std::string_view v, std::size_t fallback, std::size_t most) noexcept {
  std::size_t k = 0;
  while (k < v.size() && (v[k] == ' ' || v[k] == '\t' || v[k] == '\n' || v[k] == '\r' || v[k] == '\f')) ++k;
  if (k < v.size() && v[k] == '+') ++k;
  if (k == v.size() || v[k] < '0' || v[k] > '9') return fallback;
  std::size_t n = 0;
  for (; k < v.size() && v[k] >= '0' && v[k] <= '9'; ++k) n = std::min(most, n * 10 + static_cast<std::size_t>(v[k] - '0'));
  return n;
}

/// The rows and columns a table cell spans.
struct cell_span {
  std::size_t rows = 1;
  std::size_t columns = 1;
};

/// True when `attrs` holds "span" in any case (`rowspan`, `colSpan`, `ROWSPAN`): most cell tags
/// span nothing, and this is all they cost. Eight bytes at a time, looking closer at each 'n'.
[[nodiscard]] inline bool mentions_span(std::string_view attrs) noexcept {
  const char* const p = attrs.data();
  const auto folded = [p](std::size_t k) { return static_cast<unsigned char>(p[k]) | 0x20U; };
  const auto span_ends_at = [&](std::size_t k) {
    return k >= 3 && folded(k) == 'n' && folded(k - 1) == 'a' && folded(k - 2) == 'p' && folded(k - 3) == 's';
  };
  std::size_t i = 0;
  for (; i + 8 <= attrs.size(); i += 8) {
    // the bytes that may be n or N (only those two become 'n' when 0x20 is set; the lowest hit
    // is exact, those above it are checked)
    for (std::uint64_t n = swar::bytes_equal(swar::load(p + i) | swar::ones * 0x20, 'n'); n != 0; n &= n - 1)
      if (span_ends_at(i + static_cast<std::size_t>(std::countr_zero(n)) / 8)) return true;
  }
  for (; i < attrs.size(); ++i)
    if (span_ends_at(i)) return true;
  return false;
}

/// Calls `f(name, value)` for each attribute of a tag whose attributes are `attrs` (what follows
/// the tag name, up to '>'), as HTML reads them: names as written, in any case; values quoted
/// with " or ' (the quotes left out) or not at all, empty when the attribute has none.
template <class F>
constexpr void for_each_attribute(std::string_view attrs, F&& f) {
  const auto space = [](char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f'; };
  const std::size_t n = attrs.size();
  for (std::size_t i = 0; i < n;) {
    if (space(attrs[i]) || attrs[i] == '/') {
      ++i;
      continue;
    }
    const std::size_t name = i++;  // a name may start with '='
    while (i < n && !space(attrs[i]) && attrs[i] != '/' && attrs[i] != '=') ++i;
    const std::string_view key = attrs.substr(name, i - name);
    while (i < n && space(attrs[i])) ++i;
    std::string_view value;
    if (i < n && attrs[i] == '=') {
      ++i;
      while (i < n && space(attrs[i])) ++i;
      const std::size_t v = i;
      if (i < n && (attrs[i] == '"' || attrs[i] == '\'')) {
        const std::size_t close = attrs.find(attrs[i], i + 1);
        value = attrs.substr(v + 1, close == std::string_view::npos ? n : close - v - 1);
        i = close == std::string_view::npos ? n : close + 1;
      } else {
        while (i < n && !space(attrs[i])) ++i;
        value = attrs.substr(v, i - v);
      }
    }
    f(key, value);
  }
}

/// The span of a table cell whose tag holds the attributes `attrs` (`for_each_attribute`). HTML's
/// limits: a rowspan of 0 (to the end of the row group) or above 65534 is 65534; a colspan of 0
/// is 1, above 1000 is 1000.
[[nodiscard]] inline cell_span span_of(std::string_view attrs) noexcept {
  cell_span out;
  if (!mentions_span(attrs)) return out;
  for_each_attribute(attrs, [&out](std::string_view key, std::string_view value) {
    if (key.size() == 7 && starts_with_folded(key, "rowspan")) {
      out.rows = span_value(value, 1, 65534);
      if (out.rows == 0) out.rows = 65534;
    } else if (key.size() == 7 && starts_with_folded(key, "colspan")) {
      out.columns = std::max<std::size_t>(1, span_value(value, 1, 1000));
    }
  });
  return out;
}

/// True when an inline style (a `style` attribute's value) hides its element: `display: none`
/// or `visibility: hidden`, in any case, spaces around the colon, `!important` or not.
[[nodiscard]] constexpr bool style_hides(std::string_view style) noexcept {
  const auto trimmed = [](std::string_view v) {
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t' || v.front() == '\n' || v.front() == '\r')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\n' || v.back() == '\r')) v.remove_suffix(1);
    return v;
  };
  while (!style.empty()) {
    const std::size_t end = std::min(style.find(';'), style.size());
    const std::string_view declaration = style.substr(0, end);
    style.remove_prefix(end == style.size() ? end : end + 1);
    const std::size_t colon = declaration.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string_view property = trimmed(declaration.substr(0, colon));
    const std::string_view value = trimmed(declaration.substr(colon + 1));
    const auto is = [](std::string_view v, std::string_view lower) {
      return v.size() >= lower.size() && starts_with_folded(v, lower) &&
             (v.size() == lower.size() || v[lower.size()] == ' ' || v[lower.size()] == '!');
    };
    if ((property.size() == 7 && starts_with_folded(property, "display") && is(value, "none")) ||
        (property.size() == 10 && starts_with_folded(property, "visibility") && is(value, "hidden")))
      return true;
  }
  return false;
}

/// True when a tag whose attributes are `attrs` hides its element from whoever reads the page:
/// a `hidden` attribute, or an inline style that hides it (`style_hides`). Pages hide text so
/// (Word's `mso-hide:all` spans, digits hidden among a number's to foil copying) that a browser
/// does not show and a reader must not take as the page's.
[[nodiscard]] constexpr bool hides(std::string_view attrs) noexcept {
  // most tags say neither `hidden` (an attribute, or `visibility: hidden`) nor `display: none`:
  // told by a search for "idden" and a look after each colon (Word's tags hold many a
  // `border:none`, whose property a look before the colon tells from `display`)
  constexpr auto npos = std::string_view::npos;
  bool maybe = attrs.find("idden") != npos || attrs.find("IDDEN") != npos;
  for (std::size_t colon = attrs.find(':'); !maybe && colon != npos; colon = attrs.find(':', colon + 1)) {
    std::size_t k = colon + 1;
    while (k < attrs.size() && (attrs[k] == ' ' || attrs[k] == '\t')) ++k;
    if (k == attrs.size() || ascii_lower(attrs[k]) != 'n' || !starts_with_folded(attrs.substr(k), "none")) continue;
    std::size_t e = colon;
    while (e != 0 && (attrs[e - 1] == ' ' || attrs[e - 1] == '\t')) --e;
    maybe = e >= 7 && starts_with_folded(attrs.substr(e - 7), "display");
  }
  if (!maybe) return false;
  bool hidden = false;
  for_each_attribute(attrs, [&hidden](std::string_view key, std::string_view value) {
    if (key.size() == 6 && starts_with_folded(key, "hidden")) hidden = true;
    else if (key.size() == 5 && starts_with_folded(key, "style") && style_hides(value)) hidden = true;
  });
  return hidden;
}

/// The text a browser shows for an `<input>` whose attributes are `attrs`: its `value`, unless
/// the control shows none of its own (`type` hidden, checkbox, radio, button, submit, reset,
/// image, file, password) or is hidden (`hides`). A page saved from a web form keeps each of its
/// numbers there (`<td><input type="text" value="26" readonly></td>`): read as blank, the cell
/// would be a wrong number.
[[nodiscard]] constexpr std::string_view input_value(std::string_view attrs) noexcept {
  std::string_view value;
  bool shown = true;
  for_each_attribute(attrs, [&](std::string_view key, std::string_view v) {
    if (key.size() == 5 && starts_with_folded(key, "value")) {
      value = v;
    } else if (key.size() == 4 && starts_with_folded(key, "type")) {
      for (const std::string_view hidden : {"hidden", "checkbox", "radio", "button", "submit", "reset", "image", "file", "password"})
        if (v.size() == hidden.size() && starts_with_folded(v, hidden)) shown = false;
    }
  });
  return shown && !hides(attrs) ? value : std::string_view{};
}

/// The text a browser shows of a `<select>` (a web form's drop-down list) whose options stand in
/// s[from, to): that of its option marked `selected`, else of its first, from after the option's
/// tag up to the next tag; empty when it has none. Its other options it does not show: read as
/// text, their numbers would run into the one shown (`<option>1</option><option selected>2`
/// shows 2, not 12).
[[nodiscard]] inline std::pair<std::size_t, std::size_t> shown_option(std::string_view s, std::size_t from,
                                                                      std::size_t to) noexcept {
  constexpr auto npos = std::string_view::npos;
  std::pair<std::size_t, std::size_t> first{from, from};
  bool any = false;
  for (std::size_t lt = next_tag(s, from); lt != npos && lt < to; lt = next_tag(s, lt + 1)) {
    if (!tag_named(s, lt + 1, "option")) continue;
    const std::size_t gt = s.find('>', lt);
    if (gt == npos || gt >= to) break;
    const std::pair<std::size_t, std::size_t> text{gt + 1, std::min(to, s.find('<', gt + 1))};
    bool selected = false;
    for_each_attribute(s.substr(lt + 7, gt - lt - 7), [&selected](std::string_view key, std::string_view) {
      selected = selected || (key.size() == 8 && starts_with_folded(key, "selected"));
    });
    if (selected) return text;
    if (!any) first = text;
    any = true;
  }
  return first;
}

/// True when `cell` (text written for a table cell) holds more than whitespace: spaces,
/// `&nbsp;`, U+00A0, U+3000 are no text.
[[nodiscard]] inline bool holds_text(std::string_view cell) noexcept {
  for (std::size_t i = 0; i < cell.size();) {
    const std::size_t n = utf8::space_length(cell, i);
    if (n == 0) return true;
    i += n;
  }
  return false;
}

/// The tables of a page as they are read: a stack, since layout tables hold the real ones in a
/// cell, each a grid whose rows become lines of the text. A row's line starts with
/// `grid_row_mark` and holds its cells separated by tabs, one per cell of the row (a cell
/// spanning columns is one cell). A cell that spans rows stands, in each later row it covers,
/// as one cell at its place: empty when it holds no text (a blank merged over rows is blank in
/// each), else `grid_filler`; and in its own row, when it holds text, it is followed by an
/// empty cell. So a number merged over rows belongs to none of them: its own row has a cell
/// too many, the others a cell too few. End tags of cells and rows may be left out: a cell
/// ends where the next starts or its row ends, a row where the next starts or its table ends.
class table_grid {
 public:
  /// `budget`: how many bytes the cells carried into later rows may add to the text (a few
  /// tags can make a grid of millions of cells).
  table_grid(text_builder& out, std::size_t budget) : out_(out), budget_(budget) {}

  /// True inside a table: a tab of the page's text is a space there.
  [[nodiscard]] bool in_table() const noexcept { return !tables_.empty(); }

  /// True when the outermost open table was opened by a row or cell outside any table, with
  /// no `<table>` tag (rows kept as fragments; a tag in a script's text).
  [[nodiscard]] bool in_untagged_table() const noexcept { return !tables_.empty() && tables_.front().untagged; }

  /// True when a cell of the innermost table is open.
  [[nodiscard]] bool in_cell() const noexcept { return !tables_.empty() && tables_.back().cell; }

  /// Ends the table no `<table>` tag opened, and the tables in its cells.
  void close_untagged(std::size_t at) {
    while (in_untagged_table()) close_table(at);
  }

  /// What a line break of the page (<br>, the end of a paragraph) becomes: a space inside a
  /// row, whose cells are all on its line.
  [[nodiscard]] char line_break() const noexcept {
    return !tables_.empty() && (tables_.back().row || tables_.back().cell) ? ' ' : '\n';
  }

  void open_table(std::size_t at) {
    if (ignored_ != 0 || (tables_.size() == max_depth && tables_.back().cell)) {
      ++ignored_;
      return;
    }
    if (!tables_.empty() && !tables_.back().cell) close_table(at);  // a table nests in a cell only
    const std::size_t from = out_.size();
    const bool nested = !tables_.empty();
    end_line(at);
    tables_.emplace_back();
    if (nested) tables_.back().nested_from = from;
  }

  void close_table(std::size_t at) {
    if (ignored_ != 0) {
      --ignored_;
      return;
    }
    if (!tables_.empty()) {
      close_row(at);
      table& t = tables_.back();
      // a table of one row or one column in a cell (a box drawn around the cell's number, a
      // few words set side by side, or one above the other) is that cell's text, on its row's
      // line; another, or one that holds such a table, keeps its rows as lines (a layout table
      // holds the report's tables so)
      if (t.nested_from != none && !t.holds_lines &&
          (t.widths.size() <= 1 ||
           std::all_of(t.widths.begin(), t.widths.end(), [](const auto& w) { return w.second <= 1; }))) {
        out_.flatten_since(t.nested_from);
        tables_.pop_back();
        return;
      }
      find_ragged_rows(t);
      tables_.pop_back();
      if (!tables_.empty()) tables_.back().holds_lines = true;
    }
    end_line(at);
  }

  /// The lines of the rows of the tables closed so far that span fewer (`wide` false) or more
  /// columns than their table's other rows (`prepared_input::narrow_rows`, `wide_rows`),
  /// increasing.
  [[nodiscard]] std::vector<std::uint32_t> ragged_rows(bool wide) {
    std::vector<std::uint32_t>& rows = wide ? wide_ : narrow_;
    std::sort(rows.begin(), rows.end());
    return std::move(rows);
  }

  /// <tbody>, <thead>, <tfoot>, opening or closing: rowspans end with their row group.
  void row_group(std::size_t at) {
    if (ignored_ != 0 || tables_.empty()) return;
    close_row(at);
    tables_.back().spans.clear();
    tables_.back().active = 0;
  }

  void open_row(std::size_t at) {
    if (ignored_ != 0) return;
    if (tables_.empty()) {  // a row outside any table: as if in one
      tables_.emplace_back();
      tables_.back().untagged = true;
    }
    close_row(at);
    table& t = tables_.back();
    // the cells of rows above that span into this one, by column
    std::size_t kept = 0;
    for (span& sp : t.spans) {
      if (sp.rows_left == 0) continue;
      --sp.rows_left;
      t.spans[kept++] = sp;
    }
    t.spans.resize(kept);
    std::sort(t.spans.begin(), t.spans.end(), [](const span& a, const span& b) {
      return a.column != b.column ? a.column < b.column : a.source < b.source;
    });
    t.active = kept;
    t.next = 0;
    t.column = 0;
    t.row = true;
    t.line = false;
  }

  void close_row(std::size_t at) {
    if (tables_.empty() || !tables_.back().row) return;
    close_cell(at);
    table& t = tables_.back();
    // a row that ends before the cells spanning into it still has them, at their place
    for (; t.next < t.active; ++t.next) {
      const span sp = t.spans[t.next];
      for (; t.column < sp.column && budget_ != 0; ++t.column, --budget_) begin_cell(t, at);
      carry(t, sp);
      t.column = std::max(t.column, sp.column + sp.width);
    }
    if (t.line) {
      out_.put('\n', at);
      t.widths.push_back({t.line_start, t.column});
    }
    t.row = false;
  }

  void open_cell(std::size_t at, cell_span size) {
    if (ignored_ != 0) return;
    if (tables_.empty() || !tables_.back().row) open_row(at);
    close_cell(at);
    table& t = tables_.back();
    while (t.next < t.active && t.spans[t.next].column <= t.column) {
      const span sp = t.spans[t.next++];
      carry(t, sp);
      t.column = std::max(t.column, sp.column + sp.width);
    }
    begin_cell(t, at);
    t.cell = true;
    t.cell_text = out_.size();
    if (size.rows > 1) {
      t.cell_span = t.spans.size();
      t.spans.push_back({t.column, size.columns, size.rows - 1, at, false});
    }
    t.column += size.columns;
  }

  void close_cell(std::size_t at) {
    if (tables_.empty() || !tables_.back().cell) return;
    table& t = tables_.back();
    if (t.cell_span != none && holds_text(out_.written_since(t.cell_text))) {
      t.spans[t.cell_span].text = true;
      out_.put('\t', at);  // the empty cell after it
    }
    t.cell = false;
    t.cell_span = none;
  }

  /// The end of the page: every table ends there.
  void finish(std::size_t at) {
    ignored_ = 0;
    while (!tables_.empty()) close_table(at);
  }

 private:
  static constexpr std::size_t none = std::string_view::npos;
  static constexpr std::size_t max_depth = 64;

  struct span {  ///< a cell that spans rows below its own
    std::size_t column = 0;
    std::size_t width = 1;
    std::size_t rows_left = 0;  ///< rows it covers after the current one
    std::size_t source = 0;     ///< its tag in the page
    bool text = false;          ///< it holds text
  };
  struct table {
    std::vector<span> spans;  ///< [0, active): spanning into the current row, by column; then its own cells
    std::size_t active = 0;
    std::size_t next = 0;       ///< the first of the active spans the row has not reached yet
    std::size_t column = 0;     ///< where the row's next cell goes
    std::size_t cell_text = 0;  ///< where the open cell's text starts
    std::size_t cell_span = none;  ///< the open cell in `spans`, when it spans rows
    bool row = false;   ///< a row is open
    bool cell = false;  ///< a cell is open
    bool line = false;  ///< the row's line has begun
    bool untagged = false;  ///< opened by a row or cell outside any table, no `<table>` tag
    bool holds_lines = false;  ///< a table in one of its cells kept its rows as lines
    std::size_t nested_from = none;  ///< opened in a cell of another table: where its text starts
    std::size_t line_start = 0;  ///< where the open row's line begins in the text
    std::vector<std::pair<std::size_t, std::size_t>> widths;  ///< each row's line and columns spanned
  };

  /// A table whose rows, four or more, nearly all (three in four) span one count of columns:
  /// the others are ragged (a cell lost or one too many), their lines kept in `narrow_` or
  /// `wide_`. Narrow rows before the first that spans that count are not: a page break may have
  /// cut the table in two, and they lack the cells merged from above it (then all its rows may
  /// lack them, and one that has all its own cells is wide: the parser tells it by its label).
  void find_ragged_rows(table& t) {
    if (t.widths.size() < 4) return;
    std::vector<std::size_t> counts;
    counts.reserve(t.widths.size());
    for (const auto& w : t.widths) counts.push_back(w.second);
    std::nth_element(counts.begin(), counts.begin() + static_cast<std::ptrdiff_t>(counts.size() / 2), counts.end());
    const std::size_t mode = counts[counts.size() / 2];
    const auto same = static_cast<std::size_t>(std::count(counts.begin(), counts.end(), mode));
    if (same * 4 < t.widths.size() * 3) return;
    bool seen = false;
    for (const auto& [line, width] : t.widths) {
      seen = seen || width == mode;
      if (width != mode && (seen || width > mode) && line <= 0xFFFFFFFFU)
        (width < mode ? narrow_ : wide_).push_back(static_cast<std::uint32_t>(line));
    }
  }

  void end_line(std::size_t at) {
    if (!out_.at_line_start()) out_.put('\n', at);
  }

  // a new cell of the row: the row's mark before the first, a tab before the others
  void begin_cell(table& t, std::size_t at) {
    if (t.line) {
      out_.put('\t', at);
      return;
    }
    end_line(at);
    t.line_start = out_.size();
    out_.put(grid_row_mark, at);
    t.line = true;
  }

  // a cell of a row above, spanning into this one, at its place
  void carry(table& t, const span& sp) {
    if (budget_ < 2) return;
    budget_ -= 2;
    begin_cell(t, sp.source);
    if (sp.text) out_.put(grid_filler, sp.source);
  }

  text_builder& out_;
  std::size_t budget_;
  std::vector<table> tables_;
  std::size_t ignored_ = 0;  ///< tables nested deeper than `max_depth`, whose table tags are ignored
  std::vector<std::uint32_t> narrow_, wide_;  ///< `ragged_rows`
};

/// HTML to text: each table row one line (see `table_grid`), other blocks end with a line
/// break, tags vanish (Word-style pages put each character of a label in its own <span>),
/// entities are decoded, scripts, styles and comments are dropped.
///
/// Finds the attributes of pandoc's bracketed spans in a text, asked at positions that do not
/// go back: pandoc's markdown of a page keeps the page's inline markup as spans
/// (`[290]{lang="EN-US" style="font-size:10.5pt"}`), whose numbers are no cells.
class span_attributes {
 public:
  explicit span_attributes(std::string_view s) noexcept : s_(s) {}

  /// The length of the attributes at `s[k]`, right after a span's `]`: `{style="…"}`,
  /// `{lang="EN-US"}`, `{.class}`, `{#id}`, closed on their line within a kilobyte; 0 when none
  /// stands there. The next `}` or line break is searched for only past where it was last
  /// found, so that text full of `]{` is read in linear time.
  [[nodiscard]] std::size_t at(std::size_t k) noexcept {
    if (k >= s_.size() || s_[k] != '{') return 0;
    if (k < asked_ || (end_ != std::string_view::npos && end_ <= k)) end_ = s_.find_first_of("}\n", k + 1);
    asked_ = k;
    if (end_ == std::string_view::npos || s_[end_] != '}' || end_ - k > 1024) return 0;
    const std::size_t a = k + 1;
    if (a < end_ && (s_[a] == '.' || s_[a] == '#')) return end_ + 1 - k;
    std::size_t b = a;
    while (b < end_ && ((s_[b] >= 'a' && s_[b] <= 'z') || s_[b] == '-')) ++b;
    return b > a && b < end_ && s_[b] == '=' ? end_ + 1 - k : 0;
  }

 private:
  std::string_view s_;
  std::size_t asked_ = 0;
  std::size_t end_ = 0;  ///< the first `}` or line break after `asked_`, or npos
};

/// True when `text` holds a pandoc bracketed span (`]` then `span_attributes::at`).
[[nodiscard]] inline bool holds_spans(std::string_view text) noexcept {
  span_attributes attributes(text);
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, ']', static_cast<std::size_t>(end - p)))) != nullptr;)
    if (attributes.at(static_cast<std::size_t>(++p - begin)) != 0) return true;
  return false;
}

/// `page` false: plain text or markdown that holds markup (`holds_markup`), as PDF→markdown
/// converters write it (HTML tables amid markdown, `<br>` in the cells of pipe tables) and as
/// crawlers leave it (`&nbsp;` between cells). Outside its HTML tables the text keeps its line
/// breaks and tabs; a `<br>` on a pipe-table line is a space there (a label broken in its cell,
/// whose halves must not become two lines); a '<' starts a tag only when a letter, '/' or '!'
/// follows and its '>' comes within 4 KiB and before any other '<', else it is text.
/// `spans` (text only): the text holds pandoc's bracketed spans (`holds_spans`), which become
/// their text: `[规章]{style="…"}` is `规章`, `[]{lang="EN-US"}` nothing.
inline void html_to_text(prepared_input& in, bool page = true, bool spans = false) {
  const std::string_view s = in.original;
  const std::size_t size = s.size();
  // the first `c` in s[from, to), or npos
  const auto find = [s](char c, std::size_t from, std::size_t to) {
    const void* p = from < to ? std::memchr(s.data() + from, c, to - from) : nullptr;
    return p == nullptr ? std::string_view::npos : static_cast<std::size_t>(static_cast<const char*>(p) - s.data());
  };
  text_builder out(in);
  table_grid grid(out, std::min(size, std::size_t{0xFFFFFFF0} - size));
  // in text, where a '<' may start no tag and the page goes on after it: the next '>' and the
  // next '<' after the current '<', each searched for only past where it was last found, so
  // that text full of '<' is read in linear time
  constexpr std::size_t npos = std::string_view::npos;
  // how the page's text is copied where the reading stands
  const auto text_table = [&grid, page, spans]() -> const std::array<std::uint16_t, 256>& {
    if (grid.in_table()) return !page && grid.in_untagged_table() ? text_bytes<true, false, true> : text_bytes<true>;
    if (page) return text_bytes<false>;
    return spans ? text_bytes<false, true, false, true> : text_bytes<false, true>;
  };
  // the entity at s[j] (an '&' and a ';' at most ten bytes on, before `end`) put as its
  // character, a line break, tab or control character as a space: the index past its ';', or 0
  // when no entity stands there
  const auto put_entity = [&out, s](std::size_t j, std::size_t end) -> std::size_t {
    const std::size_t semi = s.substr(j, std::min<std::size_t>(11, end - j)).find(';');
    if (semi == std::string_view::npos) return 0;
    char32_t cp = entity_value(s.substr(j + 1, semi - 1));
    if (cp == 0) return 0;
    if (cp < 0x20 || cp == 0x7F) cp = U' ';
    char bytes[4];
    const std::size_t n = utf8::encode(cp, bytes);
    for (std::size_t k = 0; k != n; ++k) out.put(bytes[k], j);
    return j + semi + 1;
  };
  // s[b, e) put as text: entities decoded; line breaks, tabs and control characters spaces
  const auto put_text = [&out, &put_entity, s](std::size_t b, std::size_t e) {
    for (std::size_t j = b; j < e;) {
      if (const std::size_t after = s[j] == '&' ? put_entity(j, e) : 0; after != 0) {
        j = after;
        continue;
      }
      const auto byte = static_cast<unsigned char>(s[j]);
      out.put(byte < 0x20 || byte == 0x7F ? ' ' : s[j], j);
      ++j;
    }
  };
  std::size_t next_gt = 0, next_lt = 0;
  span_attributes attributes(s);  // of pandoc's spans, when `spans`
  bool comments_end = true;  // false once a "<!--" found no "-->" after it (nor will a later one)
  std::size_t i = in.base;
  while (i < size) {
    if (s[i] == '<') {
      if (i + 4 <= size && s[i + 1] == '!' && s.substr(i, 4) == "<!--" && (page || comments_end)) {
        const std::size_t e = s.find("-->", i + 4);
        if (e != npos || page) {
          i = e == npos ? size : e + 3;
          continue;
        }
        comments_end = false;  // text: an unclosed "<!--" is text
      }
      std::size_t e = npos;
      if (page) {
        e = find('>', i + 1, size);
        if (e != npos) e = tag_end(s, i, e);
      } else {
        // text: a tag starts with a letter, '/' or '!' and ends within 4 KiB, before any other '<'
        if (next_gt != npos && next_gt <= i) next_gt = find('>', i + 1, size);
        if (next_lt != npos && next_lt <= i) next_lt = find('<', i + 1, size);
        const char next = i + 1 < size ? ascii_lower(s[i + 1]) : ' ';
        if ((next == '/' || next == '!' || (next >= 'a' && next <= 'z')) && next_gt != npos &&
            next_gt - i <= 4096 && next_lt > next_gt)
          e = next_gt;
        if (e == npos) {
          i = out.copy_text(i, text_table());
          continue;
        }
      }
      if (e == npos) break;
      // the name: letters and digits after '<' or '</' (the '>' ends it at the latest); names
      // longer than six characters, none of which matters here, get key 0
      const bool closing = s[i + 1] == '/';
      std::size_t k = closing ? i + 2 : i + 1;
      const std::size_t name_at = k;
      std::uint64_t key = 0;
      for (char c; (c = tag_name_chars[static_cast<unsigned char>(s[k])]) != 0; ++k)
        key = key << 8 | static_cast<unsigned char>(c);
      if (k - name_at > 6) key = 0;
      const std::size_t at = i;
      i = e + 1;
      if (!closing && hides_content(key) && hides(s.substr(k, e - k))) {
        i = skip_hidden(s, i, s.substr(name_at, k - name_at), grid.in_cell());
        continue;
      }
      // struck-out text (`<del>`, Word's tracked deletions; `<s>`, `<strike>`) is no longer the
      // page's: the number after it is (`<del>9</del>5` is 5). Outside a cell, only up to its end
      // tag: one never closed strikes the rest of the page out, which a browser still shows
      if (!closing && (key == tag_key("del") || key == tag_key("s") || key == tag_key("strike"))) {
        if (const std::size_t after = skip_hidden(s, i, s.substr(name_at, k - name_at), grid.in_cell(), true); after != npos) {
          i = after;
          continue;
        }
      }
      switch (key) {
        case tag_key("script"):
        case tag_key("style"):
          if (!closing) i = skip_raw_text(s, i, key == tag_key("script") ? "script" : "style");
          break;
        case tag_key("td"):
        case tag_key("th"):
          if (closing) {
            grid.close_cell(at);
          } else if (hides(s.substr(k, e - k))) {
            // a cell a browser leaves out (a spreadsheet's hidden column) takes no column: what
            // it holds is skipped up to its end or the next cell or row; the cell open before
            // it ends there
            grid.close_cell(at);
            i = skip_hidden(s, i, s.substr(name_at, k - name_at), true);
          } else {
            grid.open_cell(at, span_of(s.substr(k, e - k)));
          }
          break;
        case tag_key("tr"):
          if (closing) grid.close_row(at);
          else if (hides(s.substr(k, e - k))) i = skip_hidden_row(s, i);  // (a spreadsheet's hidden row)
          else grid.open_row(at);
          break;
        case tag_key("table"):
          if (closing) grid.close_table(at);
          else grid.open_table(at);
          break;
        case tag_key("tbody"):
        case tag_key("thead"):
        case tag_key("tfoot"):
          grid.row_group(at);
          break;
        case tag_key("input"):
          // its value is the text it shows
          if (closing) break;
          if (const std::string_view v = input_value(s.substr(k, e - k)); !v.empty()) {
            const auto from = static_cast<std::size_t>(v.data() - s.data());
            put_text(from, from + v.size());
          }
          break;
        case tag_key("select"):
          // the option it shows, and no other: its content ends at its `</select>`, or in a cell
          // where the cell, its row or its table ends (`skip_hidden`). In text that is not a page
          // (markdown, a crawler's text quoting markup) one never closed is no list: nothing is
          // left out, as for struck-out text
          if (!closing) {
            const std::size_t end = skip_hidden(s, i, s.substr(name_at, k - name_at), grid.in_cell(), !page);
            if (end == npos) break;
            const auto [b, shown_end] = shown_option(s, i, end);
            put_text(b, shown_end);
            i = end;
          }
          break;
        case tag_key("br"):
          out.put(page || grid.in_table() || !out.line_starts_with('|') ? grid.line_break() : ' ', at);
          break;
        case tag_key("sup"):
        case tag_key("sub"):
          // a mark set above or below the line (a note's `5<sup>1</sup>`) is no digit of the
          // number before it
          out.put(' ', at);
          break;
        case tag_key("p"):
        case tag_key("div"):
        case tag_key("li"):
        case tag_key("h1"):
        case tag_key("h2"):
        case tag_key("h3"):
        case tag_key("h4"):
        case tag_key("h5"):
        case tag_key("h6"):
          if (closing) out.put(grid.line_break(), at);
          break;
        default:
          break;
      }
      continue;
    }
    if (s[i] == '&') {
      if (const std::size_t after = put_entity(i, size); after != 0) {
        i = after;
        continue;
      }
    }
    if (spans && !grid.in_table() && (s[i] == '[' || s[i] == ']')) {
      // a bracketed span: `]{attributes}` closes one, and a `[` opens one when such a close
      // comes on its line before any other bracket (an inner span's `[`); else they are text
      if (s[i] == ']') {
        if (const std::size_t n = attributes.at(i + 1); n != 0) {
          i += 1 + n;
          continue;
        }
      } else if (const std::size_t j = s.find_first_of("[]\n", i + 1);
                 j != npos && s[j] == ']' && attributes.at(j + 1) != 0) {
        ++i;
        continue;
      }
    }
    if (s[i] == '\n' && !page && grid.in_untagged_table()) {
      // text: a table that no `<table>` tag opened (a page's rows kept as fragments, a tag in a
      // script's text) goes on onto the next line only when that line opens with a tag while no
      // cell is open, and never past an empty line; else the text's lines would become its cells
      std::size_t j = i + 1;
      while (j < size && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r')) ++j;
      if (j == size || s[j] == '\n' || (s[j] != '<' && !grid.in_cell())) grid.close_untagged(i);
    }
    i = out.copy_text(i, text_table());
  }
  grid.finish(size == 0 ? 0 : size - 1);
  out.finish();
  in.narrow_rows = grid.ragged_rows(false);
  in.wide_rows = grid.ragged_rows(true);
}

/// True when `v` is digits, one or more, and nothing else.
[[nodiscard]] inline bool all_digits(std::string_view v) noexcept {
  return !v.empty() && v.find_first_not_of("0123456789") == std::string_view::npos;
}

/// A stretch of a table cell's text in the input, [begin, end), the first of its cell or not.
struct cell_piece {
  std::size_t begin, end;
  bool cell_start;
};

/// Writes a row's pieces as one line: a tab before each cell but the first, a space between
/// the pieces of a cell (its lines).
inline void put_cells(text_builder& out, const std::vector<cell_piece>& row) {
  bool first = true;
  for (const cell_piece& p : row) {
    if (!first) out.put(p.cell_start ? '\t' : ' ', p.begin);
    first = false;
    out.copy(p.begin, p.end);
  }
}

/// Writes `row` as one line in place of the page's lines from `row_from` to `row_end` (the page
/// from `copied` to `row_from` copied as it is before it) and empties it; returns where the page
/// goes on.
inline std::size_t write_row_line(text_builder& out, std::string_view s, std::size_t copied, std::size_t row_from,
                                  std::vector<cell_piece>& row, std::size_t row_end) {
  out.copy(copied, row_from);
  put_cells(out, row);
  out.put('\n', row_end);
  row.clear();
  return std::min(row_end + 1, s.size());
}

/// Tables whose cells hold paragraphs (`<td><p>…</p></td>`, as Word, UEditor and most CMS
/// editors write cells), as two kinds of tool write a page's text: each cell's text on lines of
/// its own, between empty lines, the cells of a row parted by lines that hold nothing but the
/// cut between them. A blank cell leaves two cuts with nothing between them, so each row is
/// written back as a line of its cells cut by tabs, as a Word copy has it.
/// - html2text: the cut is a `|` (more than one where cells of the row were empty: `|   |  |`);
///   the row ends with a line of spaces (the hard break after its last cell), unless a cut
///   follows it: then the spaces were a blank cell's `&nbsp;` (with `--body-width=0`);
/// - a browser's `innerText` (what Playwright and Puppeteer crawlers take; a page selected and
///   copied): the cut is a tab, the paragraphs and cuts of a row part by one empty line, rows by
///   four (a paragraph's two line breaks, the row's, the next paragraph's two), or by two where
///   the row's last cell holds no paragraph (`\t&nbsp;`, or nothing).
namespace paragraph_cells {

enum class line_kind : std::uint8_t { empty, spaces, bars, rule, content };

/// What kind of line `line` is where cells are cut by `cut` ('|' or '\t'). A line of spaces
/// ends a row of html2text's; where tabs cut cells, it is empty. Where tabs cut cells, a U+00A0
/// between two is the whole text of a cell that holds no paragraph, `&nbsp;` (innerText's
/// `\t&nbsp;\t&nbsp;\t`: two blank cells on the cuts' line), no content.
[[nodiscard]] inline line_kind kind_of(std::string_view line, char cut = '|') noexcept {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.empty()) return line_kind::empty;
  bool bar = false, dash = false, nbsp = false;
  for (std::size_t i = 0; i != line.size(); ++i) {
    const char c = line[i];
    if (c == cut) bar = true;
    else if (cut == '|' && (c == '-' || c == ':')) dash = true;
    else if (cut == '\t' && line.substr(i, 2) == "\xC2\xA0") {
      nbsp = true;
      ++i;
    } else if (c != ' ') {
      return line_kind::content;
    }
  }
  if (nbsp && !bar) return line_kind::content;  // (a paragraph's `&nbsp;`: a blank cell's text)
  if (dash) return line_kind::rule;
  return bar ? line_kind::bars : cut == '|' ? line_kind::spaces : line_kind::empty;
}

/// Calls `f(begin, end, kind)` for each line of `s` from `from` (`end` before its '\n').
template <class F>
void for_each_line(std::string_view s, std::size_t from, F&& f, char cut = '|') {
  while (from < s.size()) {
    const void* nl = std::memchr(s.data() + from, '\n', s.size() - from);
    const std::size_t end = nl == nullptr ? s.size() : static_cast<std::size_t>(static_cast<const char*>(nl) - s.data());
    f(from, end, kind_of(s.substr(from, end - from), cut));
    from = end + 1;
  }
}

/// The cut of such tables in `text` ('|' or '\t'), or 0 when it holds none: six lines or more
/// of cuts alone between empty lines (a markdown table's rows and rules hold more than bars;
/// no text of a report has such lines).
[[nodiscard]] inline char found(std::string_view text) noexcept {
  for (const char cut : {'|', '\t'}) {
    // from each cut that starts a line (most texts have none; a pipe table's are looked at once)
    const auto empty_line = [&](std::size_t b, std::size_t e) {
      return kind_of(text.substr(b, e - b), cut) == line_kind::empty;
    };
    std::size_t count = 0;
    for (std::size_t p = text.find(cut); p != std::string_view::npos; p = text.find(cut, p + 1)) {
      if (p < 2 || text[p - 1] != '\n') continue;
      const std::size_t end = std::min(text.find('\n', p), text.size());
      if (kind_of(text.substr(p, end - p), cut) != line_kind::bars || end == text.size()) continue;
      const std::size_t before = text.rfind('\n', p - 2);
      const std::size_t next_end = std::min(text.find('\n', end + 1), text.size());
      if (empty_line(before == std::string_view::npos ? 0 : before + 1, p - 1) && empty_line(end + 1, next_end) &&
          ++count == 6)
        return cut;
      p = end;
    }
  }
  return 0;
}

/// The text of `in` with each such table row (cells cut by `cut`, as `found` says) on a line of
/// its own, its cells cut by tabs (a cell's lines joined by a space); every other line as it is.
inline void to_rows(prepared_input& in, char cut = '|') {
  const std::string_view s = in.original;
  text_builder out(in);
  std::size_t copied = in.base;  // the page up to here is written (or dropped: a row's lines)
  // the row being read: its cells' lines, [begin, end) of the page each, a cell at a time
  using piece = cell_piece;
  std::vector<piece> row;
  bool open = false, cell_empty = true;
  // lines of text since the last row ended (or the last line of other text): the first cell
  std::vector<piece> held;
  bool after_row = false;
  std::size_t row_from = 0;  // where the row's first line begins
  // where tabs cut cells: empty lines in a row, and where its last line that is not one ends
  std::size_t empties = 0, last_end = 0;
  // where the open row ends if the next line that is not empty says so (`npos`: none pending):
  // after html2text's line of spaces unless a cut follows (then they were a blank cell's
  // `&nbsp;`), after two empty lines past a tab unless a number follows
  std::size_t pending_end = std::string_view::npos;
  const auto trimmed = [&](std::size_t b, std::size_t e) {
    while (b < e && s[b] == ' ') ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\r')) --e;
    return piece{b, e, false};
  };
  const auto write_row = [&](std::size_t row_end) {
    copied = write_row_line(out, s, copied, row_from, row, row_end);
    held.clear();
    open = false;
    after_row = true;
  };
  for_each_line(s, in.base, [&](std::size_t b, std::size_t e, line_kind k) {
    if (k == line_kind::empty) {
      // where tabs cut cells, a second empty line ends the row (or the text before one); after
      // a cut, only once the next line is known (`pending_end`)
      if (cut == '|' || ++empties != 2) return;
      if (open && cell_empty) pending_end = last_end;
      else if (open) write_row(last_end);
      else held.clear();
      return;
    }
    if (pending_end != std::string_view::npos) {
      // a number after an empty line too many fills the cell its tab opened (a row's first cell
      // is its label); a bar after spaces opens the next cell of the row they were blank in;
      // more lines of spaces end the row too (a blank last cell's, then the row's hard break)
      if (k == line_kind::spaces) {
        pending_end = e;
        return;
      }
      const piece p = trimmed(b, e);
      const bool goes_on =
          cut == '|' ? k == line_kind::bars : k == line_kind::content && all_digits(s.substr(p.begin, p.end - p.begin));
      if (!goes_on) write_row(pending_end);
      pending_end = std::string_view::npos;
    }
    empties = 0;
    last_end = e;
    switch (k) {
      case line_kind::empty:
        return;
      case line_kind::content:
        if (open) {
          piece p = trimmed(b, e);
          if (cell_empty) {  // the cell's first line: in place of the empty cell its bar began
            p.cell_start = true;
            row.back() = p;
          } else {
            row.push_back(p);
          }
          cell_empty = false;
        } else {
          // text before a table, or a cell before the row's first bar: the text since the last
          // row, a few lines, else only the last line
          held.push_back(trimmed(b, e));
        }
        return;
      case line_kind::bars: {
        if (!open) {
          open = true;
          if (held.size() > 1 && (!after_row || held.size() > 3)) held.erase(held.begin(), held.end() - 1);
          row.clear();
          for (std::size_t i = 0; i != held.size(); ++i) row.push_back({held[i].begin, held[i].end, i == 0});
          // where the row's text starts in the page: its first line's start, else this line's
          row_from = held.empty() ? b : held.front().begin;
          while (row_from > copied && s[row_from - 1] != '\n') --row_from;
          if (held.empty()) row.push_back({b, b, true});  // an empty first cell
          cell_empty = held.empty();
          held.clear();
        }
        for (std::size_t i = b; i != e; ++i)
          if (s[i] == cut) {
            row.push_back({i + 1, i + 1, true});  // the next cell, empty until it holds a line
            cell_empty = true;
            // (or one that holds a `&nbsp;` and no paragraph: that is its text, a blank's)
            std::size_t j = i + 1;
            while (j < e && s[j] != cut) ++j;
            if (s.substr(i + 1, j - i - 1).find("\xC2\xA0") != std::string_view::npos) {
              row.back() = trimmed(i + 1, j);
              row.back().cell_start = true;
              cell_empty = false;
            }
          }
        // (a `&nbsp;` after the line's last tab, the cell it opened holding it, is the whole
        // text of the row's last cell, one that holds no paragraph: the row ends here, whatever
        // follows after one empty line, as the next paragraph after a table does,
        // `\t&nbsp;\t&nbsp;` / ␤ / `五、…`)
        if (cut == '\t' && !cell_empty) write_row(e);
        return;
      }
      case line_kind::spaces:
        if (open) pending_end = e;
        else held.clear();
        return;
      case line_kind::rule:
        if (open) write_row(e);
        else {
          held.clear();
          after_row = false;
        }
        return;
    }
  }, cut);
  if (open) write_row(pending_end != std::string_view::npos ? pending_end : cut == '|' ? s.size() : last_end);
  out.copy(copied, s.size());
  out.finish();
}

}  // namespace paragraph_cells

/// Lines of a text written anew, one at a time: what `rewrite_lines`' function writes for a line
/// replaces it; the text before it is copied first, once.
class line_writer {
 public:
  line_writer(text_builder& out, std::size_t& copied, std::size_t line) : out_(out), copied_(copied), line_(line) {}
  void copy(std::size_t from, std::size_t to) {
    start();
    out_.copy(from, to);
  }
  void put(char c, std::size_t from) {
    start();
    out_.put(c, from);
  }
  /// An empty cell ` |` for each byte of [from, to) (a row's padding, each bar one cell).
  void put_empty_cells(std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k) {
      put(' ', k);
      put('|', k);
    }
  }
  /// The line left out, its line break too.
  void drop() {
    start();
    dropped_ = true;
  }
  [[nodiscard]] bool wrote() const noexcept { return started_; }
  [[nodiscard]] bool dropped() const noexcept { return dropped_; }

 private:
  void start() {
    if (!started_) out_.copy(copied_, line_);
    started_ = true;
  }
  text_builder& out_;
  std::size_t& copied_;
  std::size_t line_;
  bool started_ = false, dropped_ = false;
};

/// `in`'s text with each line [lb, le) written anew where `rewrite(w, lb, le)` writes through its
/// `line_writer` `w`; every other line as it is.
template <class F>
void rewrite_lines(prepared_input& in, F&& rewrite) {
  const std::string_view s = in.original;
  text_builder out(in);
  std::size_t copied = in.base;
  paragraph_cells::for_each_line(s, in.base, [&](std::size_t lb, std::size_t le, paragraph_cells::line_kind) {
    line_writer w(out, copied, lb);
    rewrite(w, lb, le);
    if (w.wrote()) copied = w.dropped() ? std::min(le + 1, s.size()) : le;
  });
  out.copy(copied, s.size());
  out.finish();
}

/// Tables as trafilatura (1.x) writes a page's text: each cell followed by " | ", each row by a
/// line break, each block in a cell (`<p>`, `<div>`, `<br>`) by a line break too; then every
/// line stripped and the empty ones dropped. Where cells hold paragraphs (Word, UEditor and most
/// CMS editors write `<td><p>…</p></td>`), each cell's text stands on lines of its own, led by
/// the bar that closed the cell before it (`| 705`); an empty cell leaves its bar on a line
/// alone (`|`), or beside others (`|  |`) when it held no paragraph; a row's last line ends with
/// the bar of its last cell, and the next line that starts with no bar begins the next row.
/// Each row is written back as a line of its cells cut by tabs, as a Word copy has it (a cell's
/// lines joined by a space).
namespace bar_led_cells {

/// s[b, e) less spaces, tabs, '\r', U+00A0 and U+3000 at both ends.
[[nodiscard]] inline std::pair<std::size_t, std::size_t> trimmed(std::string_view s, std::size_t b,
                                                                 std::size_t e) noexcept {
  const auto space_at = [&](std::size_t i, bool back) -> std::size_t {  // its length, else 0
    const std::string_view t = back ? s.substr(b, i - b) : s.substr(i, e - i);
    if (t.empty()) return 0;
    const char c = back ? t.back() : t.front();
    if (c == ' ' || c == '\t' || c == '\r') return 1;
    if (back ? t.ends_with("\xC2\xA0") : t.starts_with("\xC2\xA0")) return 2;
    if (back ? t.ends_with("\xE3\x80\x80") : t.starts_with("\xE3\x80\x80")) return 3;
    return 0;
  };
  for (std::size_t k; (k = space_at(b, false)) != 0;) b += k;
  for (std::size_t k; (k = space_at(e, true)) != 0;) e -= k;
  return {b, e};
}

/// True when `text` holds such tables: six lines or more that start with a bar and hold text
/// after it but end with none (`| 705`), more than those that start and end with one (a pipe
/// table's rows), and three lines or more of bars alone (a row's end, an empty cell).
/// Or, where only empty cells held paragraphs (`一、本年新收… | 25 |`, then `|` four times, then
/// `| 25 |`: a cell's number on its row's line, each empty cell's bar on a line of its own), two
/// lines or more that start and end with a bar, hold text and a bar no more, and follow a line of
/// bars alone, more than the lines that start with a bar and hold two or more (a pipe table's),
/// and no pipe table's delimiter row (`|---|`: pandoc's markdown of a table it could lay out in
/// one column only, `|   |` its empty cells, `| 一、本年新收… |` its labels).
[[nodiscard]] inline bool found(std::string_view text) noexcept {
  std::size_t led = 0, closed = 0, bars = 0, resumed = 0, wide = 0, delimiters = 0;
  std::size_t bars_end = std::string_view::npos;  // where the last line of bars alone ends
  for (std::size_t p = text.find('|'); p != std::string_view::npos; p = text.find('|', p + 1)) {
    const std::size_t end = std::min(text.find('\n', p), text.size());
    std::size_t start = p;
    while (start > 0 && (text[start - 1] == ' ' || text[start - 1] == '\t')) --start;
    if (start == 0 || text[start - 1] == '\n') {  // (a line's first bar: the others are passed over)
      const auto [b, e] = trimmed(text, p, end);
      const std::string_view line = text.substr(b, e - b);
      if (line.find_first_not_of("| \t") == std::string_view::npos) {
        ++bars;
        bars_end = end;
      } else if (line.find_first_not_of("|-: \t") == std::string_view::npos) {
        ++delimiters;
      } else if (text[e - 1] == '|') {
        if (++closed > led + resumed + 64) return false;  // a pipe table's
        const auto inner = std::count(line.begin(), line.end(), '|');
        if (inner == 2 && bars_end != std::string_view::npos && bars_end + 1 == start) ++resumed;
        else if (inner > 2) ++wide;
      } else {
        ++led;
      }
    }
    p = end;
  }
  return (led >= 6 && led > closed && bars >= 3) || (resumed >= 2 && bars >= 4 && resumed > wide && delimiters == 0);
}

/// The text of `in` with each such table row on a line of its own, its cells cut by tabs;
/// every other line as it is. A row's first cell is the line with no bar before its first bar:
/// a label broken over lines keeps its other lines as they are (the lines between two tables,
/// a chapter's heading and paragraphs, are never taken into a cell).
inline void to_rows(prepared_input& in) {
  const std::string_view s = in.original;
  text_builder out(in);
  std::size_t copied = in.base;  // the page up to here is written (or dropped: a row's lines)
  using piece = cell_piece;
  std::vector<piece> row;  // the row being read: its cells' lines, a cell at a time
  std::optional<piece> held;  // the last line with no bar since the last row: the next row's first cell
  bool open = false, cell_empty = true, ended_by_bar = false;
  std::size_t row_from = 0, last_end = 0;
  const auto add_text = [&](std::size_t b, std::size_t e) {
    const auto [tb, te] = trimmed(s, b, e);
    if (tb == te) return;
    if (cell_empty) row.back() = {tb, te, true};  // the cell's first text, in place of its bar's empty cell
    else row.push_back({tb, te, false});
    cell_empty = false;
  };
  const auto add_line = [&](std::size_t b, std::size_t e) {
    std::size_t from = b;
    for (std::size_t i = b; i != e; ++i)
      if (s[i] == '|') {
        add_text(from, i);
        row.push_back({i + 1, i + 1, true});  // the next cell, empty until it holds text
        cell_empty = true;
        from = i + 1;
      }
    add_text(from, e);
  };
  const auto open_row = [&](std::size_t b) {
    open = true;
    row.clear();
    row.push_back(held ? piece{held->begin, held->end, true} : piece{b, b, true});  // empty until text comes
    cell_empty = !held;
    row_from = held ? held->begin : b;
    while (row_from > copied && s[row_from - 1] != '\n') --row_from;
    held.reset();
  };
  const auto write_row = [&](std::size_t row_end) {
    if (ended_by_bar && cell_empty && row.size() > 1) row.pop_back();  // the last cell's bar opens none
    copied = write_row_line(out, s, copied, row_from, row, row_end);
    open = false;
  };
  paragraph_cells::for_each_line(s, in.base, [&](std::size_t lb, std::size_t le, paragraph_cells::line_kind) {
    const auto [b, e] = trimmed(s, lb, le);
    if (b == e) {  // an empty line: no row goes on over it
      if (open) write_row(last_end);
      held.reset();
    } else {
      const bool led = s[b] == '|';
      if (open && ended_by_bar && !led) write_row(last_end);  // a line after a row's last bar
      if (!open && !led && s.substr(b, e - b).find('|') != std::string_view::npos) {
        held.reset();  // a row whose first cell holds no paragraph: its line starts it
        open_row(b);
      } else if (!open && led) {
        open_row(b);
      } else if (!open) {
        held = piece{b, e, true};
        last_end = le;
        return;
      }
      add_line(b, e);
      ended_by_bar = s[e - 1] == '|';
    }
    last_end = le;
  });
  if (open) write_row(last_end);
  out.copy(copied, s.size());
  out.finish();
}

}  // namespace bar_led_cells

/// A crawler's text of tables whose cells held paragraphs, each bar on a line of its own (Sichuan
/// county sites of the reference crawl, `gongkai/show/…` pages): a row opened by a bar and its
/// first cell's text (`| 规章`), each further cell's text on the line after a bar alone (`|`, `0`),
/// the last cell's bar, then the bars of the cells a short row lacks on a line of their own
/// (`||`). Each row is written back as a line of its cells cut by tabs. Bars after the last
/// cell's are padding where a new row, an empty line or the end follows them, empty cells where
/// a cell's text does. A row's empty last cells look like padding: so in a row with an empty cell
/// between two others and bars after its last cell's, which of those bars are cells is unknown
/// (a bar lost or gained among its empty cells would shift them), and the row is written up to
/// its first empty cell only (short of cells, it stays unread).
namespace bar_line_cells {

/// True when `text` holds such tables: six lines or more that hold a number alone right after a
/// line of a bar alone, three or more that open a row (`| 规章`), two at most that lead a number
/// with a bar (chapter 四's row of numbers; trafilatura's cells are such lines, `| 705`:
/// `bar_led_cells`), none that ends a number with one (`26 |`: `bar_ended_cells`), and none that
/// holds two cells.
[[nodiscard]] inline bool found(std::string_view text) noexcept {
  // first, cheaply: six lines of a bar alone at least (most texts have none)
  std::size_t alone = 0;
  for (std::size_t p = text.find("\n|"); p != std::string_view::npos && alone < 6; p = text.find("\n|", p + 2))
    if (p + 2 == text.size() || text[p + 2] == '\n' || text[p + 2] == '\r') ++alone;
  if (alone < 6) return false;
  std::size_t after_bar = 0, openers = 0, led_numbers = 0;
  bool bar_alone = false;  // the line before (not empty) is a bar alone
  bool other = false;
  paragraph_cells::for_each_line(text, 0, [&](std::size_t lb, std::size_t le, paragraph_cells::line_kind) {
    if (other) return;
    const auto [b, e] = bar_led_cells::trimmed(text, lb, le);
    if (b == e) return;
    const std::string_view line = text.substr(b, e - b);
    const auto bars = static_cast<std::size_t>(std::count(line.begin(), line.end(), '|'));
    const bool number = line.find_first_not_of("0123456789.+-") == std::string_view::npos;
    if (bars == 0) {
      after_bar += bar_alone && number ? 1U : 0U;
    } else if (line.front() == '|' && line.find_first_not_of("| \t") != std::string_view::npos) {
      const auto [tb, te] = bar_led_cells::trimmed(text, b + 1, e);
      const std::string_view rest = text.substr(tb, te - tb);
      if (bars != 1) other = true;
      if (rest.find_first_not_of("0123456789.+-") == std::string_view::npos) other = ++led_numbers > 2;
      else ++openers;
    } else if (line.find_first_not_of("|") != std::string_view::npos) {
      // (a cell's text and its bar, `本年新 |`, is one of theirs; a number and its bar, `26 |`, is
      // trafilatura's, `bar_ended_cells`)
      const auto [tb, te] = bar_led_cells::trimmed(text, b, e - 1);
      other = bars != 1 || line.back() != '|' ||
              text.substr(tb, te - tb).find_first_not_of("0123456789.+-") == std::string_view::npos;
    }
    bar_alone = line == "|";
  });
  return !other && after_bar >= 6 && openers >= 3 && led_numbers <= 2;
}

/// The text of `in` with each such row on a line of its own, its cells cut by tabs.
inline void to_rows(prepared_input& in) {
  const std::string_view s = in.original;
  text_builder out(in);
  std::size_t copied = in.base;
  std::vector<cell_piece> row;
  bool open = false;
  std::size_t gap = 0;   // where the row's first empty cell between two others stands (0: none)
  std::size_t bars = 0;  // bars since the last cell's text: the first ends that cell
  std::size_t row_from = 0, last_end = 0;
  const auto write_row = [&](std::size_t row_end) {
    if (gap != 0 && bars > 1) row.resize(gap);
    gap = 0;
    copied = write_row_line(out, s, copied, row_from, row, row_end);
    open = false;
  };
  const auto add_text = [&](std::size_t b, std::size_t e) {
    const auto [tb, te] = bar_led_cells::trimmed(s, b, e);
    if (tb == te) return;
    if (bars == 0 && !row.empty()) {
      row.push_back({tb, te, false});  // the cell's text goes on over another line
    } else {
      if (bars > 1 && gap == 0) gap = row.size();
      for (std::size_t k = 1; k < bars; ++k) row.push_back({tb, tb, true});  // empty cells between
      row.push_back({tb, te, true});
    }
    bars = 0;
  };
  paragraph_cells::for_each_line(s, in.base, [&](std::size_t lb, std::size_t le, paragraph_cells::line_kind) {
    const auto [b, e] = bar_led_cells::trimmed(s, lb, le);
    if (b == e) {  // an empty line: no row goes on over it
      if (open) write_row(last_end);
      last_end = le;
      return;
    }
    const std::string_view line = s.substr(b, e - b);
    const bool opener = line.front() == '|' && line.find_first_not_of("| \t") != std::string_view::npos;
    if (opener) {  // a new row, its first cell after the bar
      if (open) write_row(last_end);
      open = true;
      row_from = lb;
      bars = 1;
      add_text(b + 1, e);
    } else if (!open) {
      last_end = le;
      return;  // a line of the page (copied as it is)
    } else {
      std::size_t from = b;
      for (std::size_t i = b; i != e; ++i)
        if (s[i] == '|') {
          add_text(from, i);
          ++bars;
          from = i + 1;
        }
      add_text(from, e);
    }
    last_end = le;
  });
  if (open) write_row(last_end);
  out.copy(copied, s.size());
  out.finish();
}

}  // namespace bar_line_cells


/// Tables as other versions of trafilatura write a page's text: each cell's text, then its bar,
/// on a line of its own (`26 |`), an empty cell a bar alone (`|`), no line empty (every line
/// stripped, the empty ones dropped); a row with fewer cells than its table is wide ends with a
/// line of padding, a bar for each cell it lacks (`||`, a district's page of the reference
/// crawl). Each such line is written back as its cell's text alone, an empty cell as an empty
/// line, a line of padding left out: a text a cell a line, whose empty lines are blank cells.
/// Another version opens each row with a bar alone and writes a short row's padding after its
/// last cell's bar (`0 | ||`, then `|` opening the next row: Hubei's and Chongqing's district
/// pages of the reference crawl): there a bar alone before a line of text is a row's opener, not
/// an empty cell, and is left out with the padding.
namespace bar_ended_cells {

/// The bar that ends the line s[b, e) (trimmed), when it is the line's only one: its offset, else npos.
[[nodiscard]] inline std::size_t only_bar_at_end(std::string_view s, std::size_t b, std::size_t e) noexcept {
  if (b == e || s[e - 1] != '|' || s.substr(b, e - 1 - b).find('|') != std::string_view::npos) return std::string_view::npos;
  return e - 1;
}

/// True when line s[b, e) (trimmed) is bars alone, two or more: a row's padding.
[[nodiscard]] inline bool padding_line(std::string_view s, std::size_t b, std::size_t e) noexcept {
  return e - b >= 2 && s.substr(b, e - b).find_first_not_of('|') == std::string_view::npos;
}

/// The bar that ends the cell of line s[b, e) (trimmed) when the line is a cell, its bar, then a
/// row's padding of `least` bars or more (`0 | ||`, `| |||` for an empty cell): that bar's
/// offset, else npos.
[[nodiscard]] inline std::size_t padded_cell_bar(std::string_view s, std::size_t b, std::size_t e,
                                                 std::size_t least = 2) noexcept {
  std::size_t k = e;
  while (k > b && s[k - 1] == '|') --k;
  if (e - k < least || k == b || s[k - 1] != ' ') return std::string_view::npos;
  while (k > b && s[k - 1] == ' ') --k;
  if (k == b || s[k - 1] != '|') return std::string_view::npos;
  const std::size_t bar = k - 1;
  return s.substr(b, bar - b).find('|') == std::string_view::npos ? bar : std::string_view::npos;
}

/// True when line s[b, e) (trimmed) is a bar alone.
[[nodiscard]] inline bool bar_alone(std::string_view s, std::size_t b, std::size_t e) noexcept {
  return e - b == 1 && s[b] == '|';
}

/// The line after the one that ends at `le` (its line break), trimmed; empty at the text's end.
[[nodiscard]] inline std::pair<std::size_t, std::size_t> next_line(std::string_view s, std::size_t le) noexcept {
  if (le >= s.size()) return {s.size(), s.size()};
  return bar_led_cells::trimmed(s, le + 1, std::min(s.find('\n', le + 1), s.size()));
}

/// True when cell text `c` is a value: a number (ASCII or full-width digits, signs, points,
/// separators, a unit after it) or a blank's marker.
[[nodiscard]] inline bool value_cell(std::string_view c) noexcept {
  if (cell_words::marker_of(c) != marker::none) return true;
  c = cell_words::without_unit(c);
  bool digit = false;
  for (std::size_t i = 0; i < c.size();) {
    const char x = c[i];
    if (x >= '0' && x <= '9') {
      digit = true;
      ++i;
    } else if (x == '.' || x == ',' || x == '+' || x == '-' || x == ' ') {
      ++i;
    } else if (c.substr(i, 2) == "\xEF\xBC" && i + 2 < c.size() &&
               static_cast<unsigned char>(c[i + 2]) >= 0x90 && static_cast<unsigned char>(c[i + 2]) <= 0x99) {
      digit = true;  // a full-width digit
      i += 3;
    } else {
      return false;
    }
  }
  return digit;
}

/// True when the rows of `text` open with a bar alone: two or more lines of a cell and its row's
/// padding, three in four of them followed by a bar alone (the next row's opener).
[[nodiscard]] inline bool rows_opened(std::string_view text) noexcept {
  std::size_t padded = 0, opened = 0;
  for (std::size_t lb = 0; lb < text.size();) {
    const std::size_t le = std::min(text.find('\n', lb), text.size());
    const auto [b, e] = bar_led_cells::trimmed(text, lb, le);
    if (b == lb && padded_cell_bar(text, b, e) != std::string_view::npos) {
      ++padded;
      const auto [nb, ne] = next_line(text, le);
      opened += bar_alone(text, nb, ne) ? 1U : 0U;
    }
    lb = le + 1;
  }
  return opened >= 2 && opened * 4 >= padded * 3;
}

/// True when `text` holds such tables: six lines or more of text then one bar (the only one on
/// the line, which starts with no space), few lines with bars otherwise (a fourth of those; lines
/// of padding aside), and no empty line from the first of them to the last (an empty line would
/// pass for a cell).
[[nodiscard]] inline bool found(std::string_view text) noexcept {
  std::size_t ended = 0, other = 0, padded = 0, opened = 0, first = std::string_view::npos, last = 0;
  for (std::size_t p = text.find('|'); p != std::string_view::npos; p = text.find('|', p + 1)) {
    const std::size_t end = std::min(text.find('\n', p), text.size());
    const std::size_t start = text.rfind('\n', p) + 1;  // 0 when none: npos + 1
    const auto [b, e] = bar_led_cells::trimmed(text, start, end);
    p = end;
    if (padding_line(text, b, e) && b == start) continue;
    // (a cell and its row's padding: one of these lines where rows are opened by a bar alone,
    // as `rows_opened` counts them)
    if (b == start && padded_cell_bar(text, b, e) != std::string_view::npos) {
      ++padded;
      const auto [nb, ne] = next_line(text, end);
      opened += bar_alone(text, nb, ne) ? 1U : 0U;
      first = std::min(first, start);
      last = end;
      continue;
    }
    // (a line indented: a cell's text as the page's source spaced it, on the lines of a row)
    if (only_bar_at_end(text, b, e) == std::string_view::npos || b != start) {
      if (++other > ended / 4 + 64) return false;  // (a pipe table's lines)
      continue;
    }
    if (e - b != 1) ++ended;
    first = std::min(first, start);
    last = end;
  }
  if (padded != 0 && !(opened >= 2 && opened * 4 >= padded * 3)) other += padded;  // (`rows_opened`)
  if (ended < 6 || other * 4 > ended) return false;
  for (std::size_t nl = text.find('\n', first); nl != std::string_view::npos && nl < last; nl = text.find('\n', nl + 1)) {
    const std::size_t next = std::min(text.find('\n', nl + 1), text.size());
    const auto [b, e] = bar_led_cells::trimmed(text, nl + 1, next);
    if (b == e) return false;
  }
  return true;
}

/// The text of `in` with each such line's bar dropped (a bar alone leaves an empty line), and
/// its lines of padding left out.
inline void to_rows(prepared_input& in) {
  const std::string_view s = in.original;
  in.empty_lines_are_cells = true;
  const bool opened = rows_opened(s.substr(in.base));
  bool after_padding = false;  // the line before was a cell and its row's padding: the row's last
  rewrite_lines(in, [&](line_writer& w, std::size_t lb, std::size_t le) {
    const auto [b, e] = bar_led_cells::trimmed(s, lb, le);
    if (b == lb && padding_line(s, b, e)) {
      w.drop();
      return;
    }
    if (opened && b == lb) {
      // a row's opener: a bar alone after a row's padding, or before a line of words (the row's
      // label, or a header's cell; the bars alone before it are the empty cells that end the row
      // above, one before a value an empty cell among the row's)
      if (bar_alone(s, b, e)) {
        if (std::exchange(after_padding, false)) {
          w.drop();
          return;
        }
        const auto [nb, ne] = next_line(s, le);
        const std::size_t next_bar = only_bar_at_end(s, nb, ne);
        const std::size_t cell_end = next_bar != std::string_view::npos ? next_bar : padded_cell_bar(s, nb, ne, 1);
        if (cell_end != std::string_view::npos) {
          const auto [cb, ce] = bar_led_cells::trimmed(s, nb, cell_end);
          if (cb != ce && !value_cell(s.substr(cb, ce - cb))) {
            w.drop();
            return;
          }
        }
      } else if (const std::size_t bar = padded_cell_bar(s, b, e, 1); bar != std::string_view::npos) {
        // (where rows are opened so, a line is a cell: `0 | |` is one padded by a bar)
        const auto [tb, te] = bar_led_cells::trimmed(s, b, bar);
        w.copy(tb, te);  // (an empty cell padded: the line left empty)
        after_padding = true;
        return;
      }
    }
    after_padding = false;
    const std::size_t bar = only_bar_at_end(s, b, e);
    if (bar == std::string_view::npos || b != lb) return;
    const auto [tb, te] = bar_led_cells::trimmed(s, b, bar);
    w.copy(tb, te);  // (a bar alone: nothing, the line is left empty)
  });
}

}  // namespace bar_ended_cells

/// Tables as trafilatura 2.x writes a page's text: a row a line, each cell's text then ` | `
/// (after `| ` in some versions), an empty cell `|  |`; a row with fewer cells than its table is
/// wide (a merge above or beside it) padded with one bar for each cell it lacks, right after its
/// last cell's bar (`行政许可 | 0 | ||`, `| 行政许可 | 0 | ||`: the real pages of
/// excerpt-changchun-bureau-2023 and a township's of the reference crawl). Those bars stand for
/// cells the row lacks, not for its last cells: where rows with two of them or more show the
/// text is written so, each line that ends with a bar is written as `| ` and its cells, its
/// padding become empty cells at its start (`|  |  | 行政许可 | 0 |`), as a page's cells are
/// written when its merges are undone.
namespace padded_rows {

/// Where the padding of line s[b, e) (trimmed) begins: after ` | ` when a run of bars with
/// nothing between them ends the line; else npos.
[[nodiscard]] inline std::size_t padding_at(std::string_view s, std::size_t b, std::size_t e) noexcept {
  if (e - b < 3 || s[e - 1] != '|') return std::string_view::npos;
  std::size_t k = e;
  while (k > b && s[k - 1] == '|') --k;
  if (k < b + 2 || s[k - 1] != ' ' || s[k - 2] != '|') return std::string_view::npos;
  return k;
}

/// True when three lines or more end with two bars of padding or more.
[[nodiscard]] inline bool found(std::string_view text) noexcept {
  std::size_t count = 0;
  for (std::size_t p = text.find("||"); p != std::string_view::npos; p = text.find("||", p + 1)) {
    const std::size_t end = std::min(text.find('\n', p), text.size());
    const std::size_t start = text.rfind('\n', p) + 1;  // 0 when none: npos + 1
    const auto [b, e] = bar_led_cells::trimmed(text, start, end);
    if (const std::size_t pad = padding_at(text, b, e); pad != std::string_view::npos && e - pad >= 2 && ++count == 3)
      return true;
    p = end;
  }
  return false;
}

/// The text of `in` with each line that ends with a bar and holds another written `| ` and its
/// cells, its padding moved to its start.
inline void to_rows(prepared_input& in) {
  const std::string_view s = in.original;
  in.padding_moved = true;
  rewrite_lines(in, [&](line_writer& w, std::size_t lb, std::size_t le) {
    const auto [b, e] = bar_led_cells::trimmed(s, lb, le);
    if (e - b < 2 || s[e - 1] != '|' || s.substr(b, e - 1 - b).find('|') == std::string_view::npos) return;
    const std::size_t pad = padding_at(s, b, e);
    const std::size_t cells_end = pad == std::string_view::npos ? e : pad - 1;  // up to the last cell's bar
    const std::size_t cells_begin = s[b] == '|' ? bar_led_cells::trimmed(s, b + 1, cells_end).first : b;
    w.put('|', b);
    w.put_empty_cells(pad, e);  // (none without padding: npos)
    w.put(' ', b);
    w.copy(cells_begin, cells_end);
  });
}

}  // namespace padded_rows

/// Tables as trafilatura writes them where it keeps a cell's text as the page's source spaced
/// it, line breaks and all (`<td>\n 418956 </td>`): each row opens with a line of `| ` alone, its
/// cells go on over the next lines, each of them indented (`  418956  | `), the last one padded
/// as `padded_rows` says (`  1083812  | |`). Each row is written back as one line, its pieces
/// joined by a space, its padding empty cells at its start.
namespace broken_rows {

/// True when line s[b, e) is a bar alone at the line's start, spaces after it at most.
[[nodiscard]] inline bool opener(std::string_view s, std::size_t b, std::size_t e) noexcept {
  if (b == e || s[b] != '|') return false;
  const auto [tb, te] = bar_led_cells::trimmed(s, b, e);
  return te - tb == 1;
}

/// True when the line at `b` is indented: a space or a tab starts it.
[[nodiscard]] inline bool indented(std::string_view s, std::size_t b) noexcept {
  return b < s.size() && (s[b] == ' ' || s[b] == '\t');
}

/// True when `text` holds such tables: six openers or more, each followed by an indented line.
[[nodiscard]] inline bool found(std::string_view text) noexcept {
  std::size_t count = 0;
  for (std::size_t p = text.find('|'); p != std::string_view::npos; p = text.find('|', p + 1)) {
    const std::size_t end = std::min(text.find('\n', p), text.size());
    if ((p == 0 || text[p - 1] == '\n') && opener(text, p, end) && indented(text, end + 1) && ++count == 6) return true;
    p = end;  // (a line's first bar only)
  }
  return false;
}

/// The text of `in` with each such row on a line of its own.
inline void to_rows(prepared_input& in) {
  const std::string_view s = in.original;
  text_builder out(in);
  std::size_t copied = in.base;
  struct piece {
    std::size_t begin, end;
  };
  std::vector<piece> row;  // the row's lines, trimmed, the opener's first
  std::size_t row_end = 0;
  const auto write_row = [&] {
    const piece last = row.back();
    const std::size_t pad = row.size() > 1 ? padded_rows::padding_at(s, last.begin, last.end) : std::string_view::npos;
    line_writer w(out, copied, row.front().begin);
    w.put('|', row.front().begin);
    w.put_empty_cells(pad, last.end);  // (none without padding: npos)
    for (std::size_t i = 1; i != row.size(); ++i) {
      const std::size_t end = i + 1 == row.size() && pad != std::string_view::npos ? pad - 1 : row[i].end;
      w.put(' ', row[i].begin);
      w.copy(row[i].begin, end);
    }
    w.put('\n', row_end);
    copied = std::min(row_end + 1, s.size());
    row.clear();
  };
  paragraph_cells::for_each_line(s, in.base, [&](std::size_t lb, std::size_t le, paragraph_cells::line_kind) {
    if (opener(s, lb, le) && indented(s, le + 1)) {
      if (!row.empty()) write_row();
      row.push_back({lb, lb + 1});
      row_end = le;
      return;
    }
    if (row.empty()) return;
    if (!indented(s, lb) && lb != le) {  // text at the line's start: the table ended
      write_row();
      return;
    }
    if (const auto [b, e] = bar_led_cells::trimmed(s, lb, le); b != e) row.push_back({b, e});
    row_end = le;
  });
  if (!row.empty()) write_row();
  out.copy(copied, s.size());
  out.finish();
}

}  // namespace broken_rows

/// Tables drawn in text with box characters (w3m's dump of a page whose tables have borders)
/// or with ASCII (links' dump, pandoc's grid tables): a row's cells between `│` or `|`, rows
/// parted by rules (`├──┼──┤`, `|----+----|`, `+----+----+`). A cell too long for its
/// column goes on over the row's next lines, its other cells on one of them (the middle one,
/// for a cell centred in its row). Each row of several lines, between two rules, is written
/// back as one line, each cell its lines' text joined by spaces, the cells cut by `|`; a line
/// that holds a rule and text (a cell spanning rows, whose text stands beside the rule under
/// its neighbours) is kept as it is.
namespace box_rows {

/// The length of a box's vertical line at `s[i]` (│ ┃ ║, or `|`), else 0.
[[nodiscard]] inline std::size_t vertical_at(std::string_view s, std::size_t i) noexcept {
  if (i < s.size() && s[i] == '|') return 1;
  if (i + 2 >= s.size() || static_cast<unsigned char>(s[i]) != 0xE2) return 0;
  const auto b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
  return (b1 == 0x94 && (b2 == 0x82 || b2 == 0x83)) || (b1 == 0x95 && b2 == 0x91) ? 3 : 0;
}

/// True when `line` holds an ASCII rule with a junction (`-+-`, `-+`, `+-`, `=+=`): a markdown
/// table's rule (`|---|---|`) has none.
[[nodiscard]] inline bool holds_ascii_rule(std::string_view line) noexcept {
  for (std::size_t k = line.find('+'); k != std::string_view::npos; k = line.find('+', k + 1))
    if ((k > 0 && (line[k - 1] == '-' || line[k - 1] == '=')) ||
        (k + 1 < line.size() && (line[k + 1] == '-' || line[k + 1] == '=')))
      return true;
  return false;
}

/// True when `line` holds a box's horizontal rule (─ ━ ═: E2 94 80/81, E2 95 90) or an ASCII one.
[[nodiscard]] inline bool holds_rule(std::string_view line) noexcept {
  if (holds_ascii_rule(line)) return true;
  for (std::size_t k = line.find('\xE2'); k != std::string_view::npos; k = line.find('\xE2', k + 1)) {
    if (k + 2 >= line.size()) return false;
    const auto b1 = static_cast<unsigned char>(line[k + 1]), b2 = static_cast<unsigned char>(line[k + 2]);
    if ((b1 == 0x94 && (b2 == 0x80 || b2 == 0x81)) || (b1 == 0x95 && b2 == 0x90)) return true;
  }
  return false;
}

/// The start of `line` past spaces, when a box's vertical line stands there; else npos.
[[nodiscard]] inline std::size_t opening_bar(std::string_view line) noexcept {
  std::size_t k = 0;
  while (k < line.size() && line[k] == ' ') ++k;
  return vertical_at(line, k) != 0 ? k : std::string_view::npos;
}

/// True when `text` holds such tables: four rules or more at the start of a line (a box's
/// corner or junction; for ASCII, `+` or `|` then `-`: a rule with `+` junctions).
[[nodiscard]] inline bool found(std::string_view text) noexcept {
  if (text.find("\xE2\x94") == std::string_view::npos && text.find("-+-") == std::string_view::npos) return false;
  std::size_t rules = 0;
  paragraph_cells::for_each_line(text, 0, [&](std::size_t b, std::size_t e, paragraph_cells::line_kind) {
    std::size_t k = b;
    while (k < e && text[k] == ' ') ++k;
    const std::string_view line = text.substr(k, e - k);
    const bool box = k + 2 < e && static_cast<unsigned char>(text[k]) == 0xE2 &&
                     static_cast<unsigned char>(text[k + 1]) == 0x94 && vertical_at(text, k) == 0;
    const bool ascii = line.size() > 1 && (line[0] == '+' || line[0] == '|') && (line[1] == '-' || line[1] == '=');
    if ((box || ascii) && holds_rule(line)) ++rules;
  });
  return rules >= 4;
}

inline void to_rows(prepared_input& in) {
  const std::string_view s = in.original;
  text_builder out(in);
  std::size_t copied = in.base;
  struct line {
    std::size_t begin, end;
  };
  std::vector<line> block;  // a row's lines: each opens with a vertical line and holds no rule
  bool after_rule = false;  // the line before the block is a rule
  struct piece {
    std::size_t begin, end;
  };
  std::vector<std::vector<piece>> cells;
  const auto cut = [&](const line& l, std::vector<std::size_t>& at) {
    at.clear();
    for (std::size_t k = l.begin; k < l.end;) {
      if (const std::size_t n = vertical_at(s, k); n != 0 && k + n <= l.end) {
        at.push_back(k);
        k += n;
      } else {
        ++k;
      }
    }
  };
  // the block ends at a line that is no row's: a row of the table when rules stand above and
  // below it (lines of a markdown table are left alone), and no cell of it holds two lines that
  // start with a digit (two numbers, or two rows' numbered labels: a table ruled only round it),
  // unless each such cell's lines but its last are digits that fill the cell from padding to
  // padding: a number wrapped at its column's edge (pandoc's grid tables, `| 2 |` then `| 7 |`
  // for 27), one row, the cell's pieces written apart so that it is read as no number
  const auto flush = [&](bool before_rule) {
    if (!after_rule || !before_rule || block.size() < 2 || block.size() > 32) {
      block.clear();
      return;
    }
    // the cells of each line: all lines of the row must have their vertical lines alike
    std::vector<std::size_t> first, other;
    cut(block.front(), first);
    bool alike = first.size() >= 2;
    for (std::size_t i = 1; i < block.size() && alike; ++i) {
      cut(block[i], other);
      alike = other.size() == first.size();
    }
    if (!alike) {
      block.clear();
      return;
    }
    cells.assign(first.size() - 1, {});
    for (const line& l : block) {
      cut(l, other);
      for (std::size_t c = 0; c + 1 < other.size(); ++c) {
        std::size_t b = other[c] + vertical_at(s, other[c]), e = other[c + 1];
        while (b < e && s[b] == ' ') ++b;
        while (e > b && s[e - 1] == ' ') --e;
        if (b < e) cells[c].push_back({b, e});
      }
    }
    for (std::size_t c = 0; c != cells.size(); ++c) {
      const std::vector<piece>& cell = cells[c];
      if (std::count_if(cell.begin(), cell.end(), [&](const piece& p) { return s[p.begin] >= '0' && s[p.begin] <= '9'; }) < 2)
        continue;
      const std::size_t width = first[c + 1] - first[c] - vertical_at(s, first[c]);  // (padding: a space a side)
      const auto filling_digits = [&](const piece& p) {
        return all_digits(s.substr(p.begin, p.end - p.begin)) && p.end - p.begin + 2 >= width;
      };
      if (!std::all_of(cell.begin(), cell.end() - 1, filling_digits)) {
        block.clear();
        return;
      }
    }
    out.copy(copied, block.front().begin);
    out.put('|', block.front().begin);
    for (std::size_t c = 0; c != cells.size(); ++c) {
      for (std::size_t k = 0; k != cells[c].size(); ++k) {
        out.put(' ', cells[c][k].begin);
        out.copy(cells[c][k].begin, cells[c][k].end);
      }
      out.put(' ', first[c + 1]);
      out.put('|', first[c + 1]);
    }
    out.put('\n', block.back().end);
    copied = std::min(block.back().end + 1, s.size());
    block.clear();
  };
  paragraph_cells::for_each_line(s, in.base, [&](std::size_t b, std::size_t e, paragraph_cells::line_kind) {
    std::size_t end = e;
    if (end > b && s[end - 1] == '\r') --end;
    const std::string_view l = s.substr(b, end - b);
    const bool rule = holds_rule(l);
    if (opening_bar(l) != std::string_view::npos && !rule) {
      block.push_back({b, end});
      return;
    }
    flush(rule);
    after_rule = rule;
  });
  flush(false);
  out.copy(copied, s.size());
  out.finish();
}

}  // namespace box_rows

/// True when the start of a page names HTML: <html, <!doctype, <table or <body, in any case.
[[nodiscard]] inline bool names_html(std::string_view head) noexcept {
  for (std::size_t k = head.find('<'); k != std::string_view::npos; k = head.find('<', k + 1)) {
    const std::string_view rest = head.substr(k);
    if (starts_with_folded(rest, "<html") || starts_with_folded(rest, "<!doctype") ||
        starts_with_folded(rest, "<table") || starts_with_folded(rest, "<body"))
      return true;
  }
  return false;
}

/// True when text (not a page) holds markup that `html_to_text` must undo: an HTML table or
/// line break (`<table`, `<tr`, `<td`, `<br`, in any case), a `<span>` or `<font>` (opening or
/// closing), or an entity crawlers leave in text
/// (`&nbsp;`, `&#…;` …): the text has no other use for them.
[[nodiscard]] inline bool holds_markup(std::string_view text) noexcept {
  // one memchr pass for each of the two bytes: most texts hold neither
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '<', static_cast<std::size_t>(end - p)))) != nullptr;) {
    const std::string_view rest = text.substr(static_cast<std::size_t>(++p - begin), 6);
    if (starts_with_folded(rest, "table") || starts_with_folded(rest, "tr") || starts_with_folded(rest, "td") ||
        starts_with_folded(rest, "br"))
      return true;
    // inline markup a converter kept raw (pandoc's markdown of a Word page: a label's halves in
    // `<span style="font-family:宋体">` … `</span>`)
    if (starts_with_folded(rest, "span") || starts_with_folded(rest, "/span") || starts_with_folded(rest, "font") ||
        starts_with_folded(rest, "/font"))
      return true;
  }
  for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '&', static_cast<std::size_t>(end - p)))) != nullptr;) {
    const std::string_view rest = text.substr(static_cast<std::size_t>(++p - begin), 10);
    if (const std::size_t semi = rest.find(';'); semi != std::string_view::npos && semi > 1 &&
                                                 entity_value(rest.substr(0, semi)) != 0)
      return true;
  }
  return false;
}

/// The input's text to be rewritten in place, byte for byte (a fold of characters to others of
/// the same length): the converted text, made a copy of the input's when there is none.
inline std::string& text_to_fold(prepared_input& in) {
  if (!in.html) {
    in.converted.assign(in.text());
    in.runs.assign(1, {0, static_cast<std::uint32_t>(in.base)});
    in.html = true;
  }
  return in.converted;
}

/// The index in `pairs` (by increasing first code point) of the pair whose first is `c`, or
/// `pairs.size()`.
template <std::size_t N>
[[nodiscard]] std::size_t pair_index(const std::array<std::pair<char32_t, char32_t>, N>& pairs, char32_t c) noexcept {
  const auto it = std::lower_bound(pairs.begin(), pairs.end(), c, [](const auto& p, char32_t x) { return p.first < x; });
  return static_cast<std::size_t>((it != pairs.end() && it->first == c ? it : pairs.end()) - pairs.begin());
}

/// A page mirrored in Traditional characters (`政府信息公開工作年度報告`, `規章`, `行政許可`): the
/// Traditional forms of the characters the reader looks for (`traditional::pairs`) become their
/// Simplified ones, in place (three bytes each way, so every offset still maps to the input), when
/// the text holds at least 20 of them, 8 different. Such mirrors may write a character's reading
/// after it (`鎮(zhèn)`, `數(shù)`): those notes become spaces, which no label's words hold. A
/// text converted before is folded where it stands; another becomes the converted text.
inline void fold_traditional(prepared_input& in) {
  using traditional::pairs;
  const std::string_view text = in.text();
  // 開 (公開): in every such report, in its first kilobytes (a title, chapter 一)
  if (text.substr(0, 8192).find("\u958B") == std::string_view::npos) return;
  const auto continued = [](std::string_view t, std::size_t i) {  // two continuation bytes after t[i]
    return (static_cast<unsigned char>(t[i + 1]) & 0xC0U) == 0x80U && (static_cast<unsigned char>(t[i + 2]) & 0xC0U) == 0x80U;
  };
  std::size_t found = 0;
  std::array<bool, pairs.size()> seen{};
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0xE4 || b > 0xE9 || !continued(text, i)) continue;  // a lead byte of U+4000–U+9FFF (three bytes)
    if (const std::size_t k = pair_index(pairs, utf8::decode(text, i, 3)); k != pairs.size()) {
      ++found;
      seen[k] = true;
    }
    i += 2;
  }
  if (found < 20 || std::count(seen.begin(), seen.end(), true) < 8) return;
  in.traditional = true;
  std::string& out = text_to_fold(in);
  const auto is_reading = [](std::string_view r) {  // pinyin: lowercase letters, tone marks among them
    if (r.empty() || r.size() > 12) return false;
    for (std::size_t k = 0; k < r.size();) {
      const auto b = static_cast<unsigned char>(r[k]);
      if (b >= 'a' && b <= 'z') {
        ++k;
      } else if (b == 0xC3 || b == 0xC4 || b == 0xC5 || b == 0xC7) {  // à á è é ì í ò ó ù ú ü ā ē ī ō ū ǎ ǐ ǒ ǔ ǖ …
        if (k + 1 >= r.size()) return false;
        k += 2;
      } else {
        return false;
      }
    }
    return true;
  };
  for (std::size_t i = 0; i + 2 < out.size(); ++i) {
    const auto b = static_cast<unsigned char>(out[i]);
    if (b < 0xE4 || b > 0xE9 || !continued(out, i)) continue;
    if (const std::size_t k = pair_index(pairs, utf8::decode(out, i, 3)); k != pairs.size()) utf8::encode(pairs[k].second, out.data() + i);
    i += 2;
    // a reading in parentheses right after the character (within a few bytes: `(zhuàng)`)
    if (i + 2 < out.size() && out[i + 1] == '(') {
      const std::size_t close = std::string_view(out).substr(0, std::min(out.size(), i + 16)).find(')', i + 2);
      if (close != std::string::npos && is_reading(std::string_view(out).substr(i + 2, close - i - 2)))
        std::fill(out.begin() + static_cast<std::ptrdiff_t>(i + 1), out.begin() + static_cast<std::ptrdiff_t>(close + 1), ' ');
    }
  }
}

/// Tables printed as lists of their rows' cells, the way Python prints what pdfplumber's or
/// camelot's table extraction, or a crawler's, returns (`['一、本年新收…', None, None, '705', '3', …]`,
/// a row a line, or the whole table `[[…], […]]` on one line) and JSON writes it (`["规章", "0",
/// "0", "0"]`, `null`, `\u89c4\u7ae0` where it keeps to ASCII): each row is written back as a line
/// of its cells cut by tabs, as a Word copy has it; `None`, `null`, `nan` and `''` are empty cells,
/// the quotes are dropped, an escape becomes its character (a line break a space).
namespace list_rows {

/// A row's list on a line: its items and where it ends.
struct row_list {
  std::vector<std::pair<std::size_t, std::size_t>> items;  ///< each item's [begin, end), its quotes included
  std::size_t end = std::string_view::npos;                ///< after its `]`; npos: no list
};

/// The row list whose `[` stands right before `k` on s[.., e): items quoted ('…' or "…",
/// backslash escapes), `None`, `null`, `nan`, `NaN` or numbers, parted by commas; one with `end`
/// npos when no such list stands there.
[[nodiscard]] inline row_list list_at(std::string_view s, std::size_t k, std::size_t e) {
  row_list out;
  const auto skip = [&] {
    while (k < e && (s[k] == ' ' || s[k] == '\t')) ++k;
  };
  for (;;) {
    skip();
    if (k >= e) return {};
    if (s[k] == ']' && out.items.empty()) break;  // (an empty list)
    const std::size_t b = k;
    if (s[k] == '\'' || s[k] == '"') {
      const char quote = s[k++];
      while (k < e && s[k] != quote) k += s[k] == '\\' ? 2 : 1;
      if (k >= e) return {};
      ++k;
    } else {
      for (const std::string_view word : {"None", "null", "nan", "NaN"})
        if (s.substr(k, e - k).starts_with(word)) {
          k += word.size();
          break;
        }
      if (k == b) {
        if (s[k] == '-') ++k;
        while (k < e && ((s[k] >= '0' && s[k] <= '9') || s[k] == '.')) ++k;
        if (k == b || (k == b + 1 && s[b] == '-')) return {};
      }
    }
    out.items.emplace_back(b, k);
    skip();
    if (k < e && s[k] == ',') {
      ++k;
      continue;
    }
    if (k < e && s[k] == ']') break;
    return {};
  }
  out.end = k + 1;
  return out;
}

/// The row lists of line s[b, e) when it holds such lists and nothing else (the table's own
/// brackets round them, commas between them); none else.
[[nodiscard]] inline std::vector<row_list> rows_of_line(std::string_view s, std::size_t b, std::size_t e) {
  std::vector<row_list> rows;
  std::size_t depth = 0;  // the table's brackets open
  for (std::size_t k = b; k < e;) {
    if (s[k] == ' ' || s[k] == '\t' || s[k] == '\r' || (s[k] == ',' && (!rows.empty() || depth != 0))) {
      ++k;
    } else if (s[k] == '[') {
      std::size_t j = k + 1;
      while (j < e && s[j] == ' ') ++j;
      if (j < e && s[j] == '[') {
        ++depth;
        k = j;
        continue;
      }
      row_list row = list_at(s, j, e);
      if (row.end == std::string_view::npos) return {};
      k = row.end;
      rows.push_back(std::move(row));
    } else if (s[k] == ']' && depth != 0) {
      --depth;
      ++k;
    } else {
      return {};
    }
  }
  return rows;
}

/// True when the text holds six row lists or more of two items or more, on lines of such lists.
[[nodiscard]] inline bool found(std::string_view text) {
  // (most text holds no list of quoted items: a quick look first)
  if (text.find("['") == std::string_view::npos && text.find("[\"") == std::string_view::npos &&
      text.find("[None") == std::string_view::npos && text.find("[null") == std::string_view::npos)
    return false;
  std::size_t rows = 0;
  for (std::size_t b = 0; b < text.size() && rows < 6;) {
    const std::size_t e = std::min(text.find('\n', b), text.size());
    const std::size_t first = text.find_first_not_of(" \t", b);
    if (first < e && text[first] == '[')
      for (const row_list& row : rows_of_line(text, first, e)) rows += row.items.size() >= 2 ? 1 : 0;
    b = e + 1;
  }
  return rows >= 6;
}

/// Writes the item s[b, e) of a row list as a cell's text: a quoted one without its quotes, each
/// escape its character (a line break, a tab or another control character as a space, a broken
/// escape as `?`), `None`, `null` and `nan` nothing.
inline void put_item(line_writer& w, std::string_view s, std::size_t b, std::size_t e) {
  if (s[b] != '\'' && s[b] != '"') {
    if (s[b] == 'N' || s[b] == 'n') return;  // None, null, nan, NaN
    w.copy(b, e);
    return;
  }
  const auto hex = [&](std::size_t at, std::size_t n) -> std::optional<char32_t> {
    if (at + n > e - 1) return std::nullopt;
    char32_t v = 0;
    for (std::size_t i = at; i != at + n; ++i) {
      const int d = digit_value(s[i], true);
      if (d < 0) return std::nullopt;
      v = v * 16 + static_cast<char32_t>(d);
    }
    return v;
  };
  std::size_t k = b + 1, copied = k;
  const std::size_t end = e - 1;  // the closing quote
  while (k < end) {
    if (s[k] != '\\') {
      ++k;
      continue;
    }
    w.copy(copied, k);
    const char c = k + 1 < end ? s[k + 1] : '\\';
    std::size_t next = k + 2;
    char32_t cp = 0;
    if (c == 'u' || c == 'x' || c == 'U') {
      const std::size_t n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
      const auto v = hex(k + 2, n);
      cp = v ? *v : U'?';
      next = v ? k + 2 + n : k + 2;
      // a pair of surrogates (JSON's way to write a character past U+FFFF)
      if (v && *v >= 0xD800 && *v <= 0xDBFF && s.substr(next, 2) == "\\u") {
        const auto low = hex(next + 2, 4);
        if (low && *low >= 0xDC00 && *low <= 0xDFFF) {
          cp = 0x10000 + ((*v - 0xD800) << 10) + (*low - 0xDC00);
          next += 6;
        }
      }
      if (cp >= 0xD800 && cp <= 0xDFFF) cp = U'?';
    } else {
      cp = static_cast<unsigned char>(c);
    }
    if (c == 'n' || c == 't' || c == 'r' || c == 'b' || c == 'f' || cp < 0x20 || cp > 0x10FFFF) cp = ' ';
    char bytes[4];
    const std::size_t n = utf8::encode(cp, bytes);
    for (std::size_t i = 0; i != n; ++i) w.put(bytes[i], k + std::min(i, next - k - 1));
    k = copied = std::min(next, end);
  }
  w.copy(copied, end);
}

/// The text of `in` with each line of row lists written as those rows, a line each, their cells
/// cut by tabs.
inline void to_rows(prepared_input& in) {
  const std::string_view s = in.original;
  rewrite_lines(in, [&](line_writer& w, std::size_t lb, std::size_t le) {
    const std::size_t first = s.find_first_not_of(" \t", lb);
    if (first >= le || s[first] != '[') return;
    const std::vector<row_list> rows = rows_of_line(s, first, le);
    if (rows.empty()) return;
    for (std::size_t r = 0; r != rows.size(); ++r) {
      if (r != 0) w.put('\n', rows[r].items.empty() ? rows[r].end - 1 : rows[r].items.front().first);
      for (std::size_t i = 0; i != rows[r].items.size(); ++i) {
        const auto [b, e] = rows[r].items[i];
        if (i != 0) w.put('\t', b);
        put_item(w, s, b, e);
      }
    }
    if (!w.wrote()) w.put(' ', first);  // (a line of empty lists: a line of a space)
  });
}

}  // namespace list_rows

/// Text taken from a PDF whose font maps its glyphs to radicals or compatibility ideographs
/// (pdftotext's `⼀、本年新收…`, `⾏政许可`, `⾃然⼈`): each becomes the ideograph it stands for
/// (`radicals::pairs`), in place (three bytes each way, so every offset still maps to the input).
/// A report's own words hold neither. A text converted before is folded where it stands; another
/// becomes the converted text.
inline void fold_radicals(prepared_input& in) {
  using radicals::pairs;
  // a lead byte and second byte of U+2E80–U+2FDF (E2 BA–BF) or U+F900–U+FAFF (EF A4–AB), two
  // continuation bytes
  const auto variant_at = [](std::string_view t, std::size_t i) {
    const auto b = static_cast<unsigned char>(t[i]), c = static_cast<unsigned char>(t[i + 1]);
    return ((b == 0xE2 && c >= 0xBA && c <= 0xBF) || (b == 0xEF && c >= 0xA4 && c <= 0xAB)) &&
           (static_cast<unsigned char>(t[i + 2]) & 0xC0U) == 0x80U;
  };
  const std::string_view text = in.text();
  // the first (`find` of each lead byte: most text holds neither, and E2 opens only `“”—…` there)
  std::size_t first = text.size();
  for (const char lead : {'\xE2', '\xEF'})
    for (std::size_t i = text.find(lead); i < first && i + 2 < text.size(); i = text.find(lead, i + 1))
      if (variant_at(text, i)) {
        first = i;
        break;
      }
  if (first + 2 >= text.size()) return;
  std::string& out = text_to_fold(in);
  for (std::size_t i = first; i + 2 < out.size(); ++i) {
    if (!variant_at(out, i)) continue;
    if (const std::size_t k = pair_index(pairs, utf8::decode(out, i, 3)); k != pairs.size())
      utf8::encode(pairs[k].second, out.data() + i);
    i += 2;
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
  // One pass checks UTF-8 and, over the first 64 KiB (the probe), looks for binary data: NUL
  // bytes or many control characters. The probe's verdict comes before the encoding's, so an
  // invalid byte in the probe is reported only once the rest of the probe is clean.
  std::size_t controls = 0;
  const std::size_t probe = std::min<std::size_t>(body.size(), 1 << 16);
  scan_stop stop = scan_text<true>(body, 0, probe, controls);
  std::size_t nul = stop.why == scan_stop::reason::nul ? stop.at : std::string_view::npos;
  if (stop.why == scan_stop::reason::invalid) {
    for (std::size_t i = stop.at; i < probe && nul == std::string_view::npos; ++i) {
      const auto b = static_cast<unsigned char>(body[i]);
      if (b == 0) nul = i;
      else if (is_control(b)) ++controls;
    }
  }
  if (nul != std::string_view::npos)
    return error{std::string(rules::input_binary.id), "the input holds NUL bytes: it is not text",
                 position_of(s, in.base + nul)};
  if (controls * 100 > probe)
    return error{std::string(rules::input_binary.id), "the input holds many control characters: it is not text", {}};
  if (stop.why == scan_stop::reason::done) stop = scan_text<false>(body, stop.at, body.size(), controls);
  if (stop.why == scan_stop::reason::invalid) {
    const std::size_t i = stop.at;
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
  if (s.size() > 0xFFFFFFF0U)
    return error{std::string(rules::input_binary.id), "the input is larger than 4 GiB", {}};
  // HTML
  const std::size_t first = body.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && body[first] == '<' && names_html(body.substr(first, 4096))) {
    in.html = true;
    html_to_text(in);
  } else if (const bool spans = holds_spans(body); spans || holds_markup(body)) {
    in.html = true;
    html_to_text(in, false, spans);
  } else if (list_rows::found(body)) {
    in.html = true;
    list_rows::to_rows(in);
  } else if (const char cut = paragraph_cells::found(body); cut != 0) {
    in.html = true;  // (converted text, mapped back to the input as an HTML page's is)
    paragraph_cells::to_rows(in, cut);
  } else if (bar_line_cells::found(body)) {
    in.html = true;
    bar_line_cells::to_rows(in);
  } else if (bar_led_cells::found(body)) {
    in.html = true;
    bar_led_cells::to_rows(in);
  } else if (bar_ended_cells::found(body)) {
    in.html = true;
    bar_ended_cells::to_rows(in);
  } else if (broken_rows::found(body)) {
    in.html = true;
    broken_rows::to_rows(in);
  } else if (padded_rows::found(body)) {
    in.html = true;
    padded_rows::to_rows(in);
  } else if (box_rows::found(body)) {
    in.html = true;
    box_rows::to_rows(in);
  }
  fold_radicals(in);
  fold_traditional(in);
  return in;
}

}  // namespace xxgk::detail

#endif
