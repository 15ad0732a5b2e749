#ifndef XXGK_DETAIL_PROSE_READER_HPP
#define XXGK_DETAIL_PROSE_READER_HPP
// IWYU pragma: private, include <xxgk/parse.hpp>

#include <xxgk/detail/swar.hpp>
#include <xxgk/detail/utf8.hpp>
#include <xxgk/prose.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace xxgk::detail {

/// A sentence of the prose: the lines it spans joined (PDF text breaks sentences over lines),
/// from the end of the sentence before it (。；！？ or a blank line or a table line) to its own
/// end. For each piece of a line it took, where the piece came from in the scanned text.
struct prose_text {
  struct piece {
    std::uint32_t at = 0;      ///< offset in `text`
    std::uint32_t source = 0;  ///< offset in the scanned text
  };
  std::string text;
  std::vector<piece> pieces;
  std::size_t begin = 0;  ///< the sentence's extent in the scanned text
  std::size_t end = 0;

  [[nodiscard]] std::uint32_t source_of(std::size_t at) const noexcept {
    auto it = std::upper_bound(pieces.begin(), pieces.end(), at,
                               [](std::size_t v, const piece& p) { return v < p.at; });
    const piece& p = *(it - 1);
    return p.source + static_cast<std::uint32_t>(at - p.at);
  }
};

/// The length of a sentence end (。；！？ ; ! ?) at `s[i]`, else 0.
[[nodiscard]] inline std::size_t sentence_end_at(std::string_view s, std::size_t i) noexcept {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b == ';' || b == '!' || b == '?') return 1;
  if (b == 0xE3) return s.compare(i, 3, "。") == 0 ? 3 : 0;
  if (b == 0xEF)
    return s.compare(i, 3, "；") == 0 || s.compare(i, 3, "！") == 0 || s.compare(i, 3, "？") == 0 ? 3 : 0;
  return 0;
}

/// The bytes where a sentence or a line may end: \n ; ! ? and the first bytes of 。 and ；！？.
/// None of them is a continuation byte, so a scan may test every byte instead of decoding.
inline constexpr std::array<bool, 256> sentence_stops = [] {
  std::array<bool, 256> a{};
  constexpr unsigned char stops[] = {'\n', ';', '!', '?', 0xE3, 0xEF};
  for (const unsigned char b : stops) a[b] = true;
  return a;
}();

[[nodiscard]] inline bool stops_sentence(char c) noexcept {
  return sentence_stops[static_cast<unsigned char>(c)];
}

/// A line that ends prose: blank, or cut into table cells by tabs or |.
[[nodiscard]] inline bool breaks_prose(std::string_view line) noexcept {
  return line.find('\t') != std::string_view::npos || line.find('|') != std::string_view::npos ||
         line.find_first_not_of(" \r\f\v") == std::string_view::npos;
}

/// Where `w` first occurs in `s` at or after `from`, or npos. std::string_view::find looks for
/// the first byte, which in Chinese is a lead byte shared by thousands of characters; this looks
/// for byte `key` of the word (by default its last, a continuation byte), which matches far less
/// often, and compares the rest.
[[nodiscard]] inline std::size_t find_word(std::string_view s, std::string_view w, std::size_t from = 0,
                                           std::size_t key = std::string_view::npos) noexcept {
  if (key >= w.size()) key = w.size() - 1;
  const std::size_t tail = w.size() - key;  // bytes from the key byte to the word's end
  for (std::size_t p = from + key; p + tail <= s.size(); ++p) {
    p = s.find(w[key], p);
    if (p == std::string_view::npos || p + tail > s.size()) break;
    std::size_t k = 0;
    while (k < w.size() && s[p - key + k] == w[k]) ++k;
    if (k == w.size()) return p - key;
  }
  return std::string_view::npos;
}

inline bool contains(std::string_view s, std::string_view w) { return find_word(s, w) != std::string_view::npos; }

template <class... W>
bool contains_any(std::string_view s, W... w) {
  return (contains(s, w) || ...);
}

/// The last '\n' in `text[0, to)`, or npos. Prose lines are long (a paragraph is often one
/// line), so this tests eight bytes at a time.
[[nodiscard]] inline std::size_t last_newline(std::string_view text, std::size_t to) noexcept {
  std::size_t i = to;
  for (; i >= 8; i -= 8)
    if (swar::bytes_equal(swar::load(text.data() + i - 8), '\n') != 0) break;
  while (i > 0)
    if (text[--i] == '\n') return i;
  return std::string_view::npos;
}

/// The first ASCII digit at or after `i`, or (when `or_wide`) the first byte EF, the lead byte of
/// full-width digits; s.size() if none. Eight bytes at a time: with its high bit cleared, a
/// byte plus 0x80 - c has its high bit set exactly when the byte is at least c, and no carry
/// crosses into the next byte.
[[nodiscard]] inline std::size_t find_digit(std::string_view s, std::size_t i, bool or_wide) noexcept {
  using swar::highs, swar::ones;
  for (; i + 8 <= s.size(); i += 8) {
    const std::uint64_t w = swar::load(s.data() + i);
    const std::uint64_t low = w & ~highs;
    std::uint64_t hit = (low + ones * (0x80 - '0')) & ~(low + ones * (0x80 - '9' - 1)) & ~w & highs;
    if (or_wide) hit |= swar::bytes_equal(w, 0xEF);
    if (hit != 0) break;
  }
  for (; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if ((b >= '0' && b <= '9') || (or_wide && b == 0xEF)) return i;
  }
  return s.size();
}

/// The line that holds byte `to - 1`, scanned backwards from `to`: where it begins, and the end
/// of its last sentence end (。；！？ ; ! ?) that lies wholly before `limit` (npos if none).
struct line_back {
  std::size_t begin = 0;
  std::size_t sentence_end = std::string_view::npos;
};

[[nodiscard]] inline line_back scan_line_back(std::string_view text, std::size_t to, std::size_t limit) noexcept {
  line_back out;
  std::size_t j = to;
  while (j > 0) {
    --j;
    if (!stops_sentence(text[j])) continue;
    if (text[j] == '\n') {
      out.begin = j + 1;
      return out;
    }
    if (const std::size_t n = sentence_end_at(text, j); n != 0 && j + n <= limit) {
      out.sentence_end = j + n;
      break;
    }
  }
  // then only where the line begins matters
  const std::size_t nl = last_newline(text, j);
  out.begin = nl == std::string_view::npos ? 0 : nl + 1;
  return out;
}

/// The sentence around byte `at` of `text`, into `out` (its buffers are reused); false when `at`
/// stands on a table line.
inline bool sentence_around(std::string_view text, std::size_t at, prose_text& out) {
  auto line_end = [&](std::size_t i) {
    const std::size_t nl = text.find('\n', i);
    return nl == std::string_view::npos ? text.size() : nl;
  };
  const line_back here = scan_line_back(text, at, at);
  if (breaks_prose(text.substr(here.begin, line_end(at) - here.begin))) return false;
  // backwards to the end of the sentence before, or to a line that breaks the prose
  std::size_t begin = here.sentence_end;
  for (std::size_t lb = here.begin; begin == std::string_view::npos;) {
    if (lb == 0) {
      begin = 0;
      break;
    }
    const std::size_t nl = lb - 1;
    const line_back above = scan_line_back(text, nl, nl);
    if (breaks_prose(text.substr(above.begin, nl - above.begin))) begin = nl + 1;
    else begin = above.sentence_end;
    lb = above.begin;
  }
  // forwards to the sentence's end
  std::size_t end = text.size();
  for (std::size_t i = at; i < text.size(); ++i) {
    if (!stops_sentence(text[i])) continue;
    if (const std::size_t n = sentence_end_at(text, i)) {
      end = i + n;
      break;
    }
    if (text[i] == '\n') {
      const std::size_t next_end = line_end(i + 1);
      if (i + 1 >= text.size() || breaks_prose(text.substr(i + 1, next_end - i - 1))) {
        end = i;
        break;
      }
    }
  }
  out.text.clear();
  out.pieces.clear();
  out.begin = begin;
  out.end = end;
  std::size_t from = begin;
  while (from < end) {
    std::size_t stop = text.find('\n', from);
    if (stop == std::string_view::npos || stop > end) stop = end;
    std::string_view piece = text.substr(from, stop - from);
    while (!piece.empty() && (piece.back() == '\r' || piece.back() == '\f')) piece.remove_suffix(1);
    if (!piece.empty()) {
      out.pieces.push_back({static_cast<std::uint32_t>(out.text.size()), static_cast<std::uint32_t>(from)});
      out.text.append(piece);
    }
    from = stop + 1;
  }
  return true;
}

/// A digit of a number at `s[i]`: ASCII or full width (０–９).
[[nodiscard]] inline std::size_t digit_length(std::string_view s, std::size_t i) noexcept {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b >= '0' && b <= '9') return 1;
  const bool wide = b == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBC &&
                    static_cast<unsigned char>(s[i + 2]) >= 0x90 && static_cast<unsigned char>(s[i + 2]) <= 0x99;
  return wide ? 3 : 0;
}

/// Reading backwards from a 件 or 条 at `u` over spaces, then over a number (digits, full-width
/// digits, thousands separators): where the number ends, and its first digit (npos if none).
struct number_back {
  std::size_t first = std::string_view::npos;
  std::size_t end = 0;
};

[[nodiscard]] inline number_back number_before(std::string_view text, std::size_t u) noexcept {
  number_back out;
  std::size_t k = u;
  while (k > 0 && text[k - 1] == ' ') --k;
  out.end = k;
  while (k > 0) {
    if (text[k - 1] >= '0' && text[k - 1] <= '9') out.first = --k;
    else if (text[k - 1] == ',') --k;
    else if (k >= 3 && digit_length(text, k - 3) == 3) out.first = k -= 3;
    else break;
  }
  return out;
}

/// Calls `f(sentence)` for each sentence that may state a count: around each 件 or 条 right
/// after a number (then spaces), once per sentence. The words are searched for by their rarest
/// bytes (B6 of 件 = E4 BB B6, 9D of 条 = E6 9D A1) with memchr, many bytes at a time, and the
/// number is read backwards from them: only the sentences found are walked byte by byte.
template <class F>
void for_each_counting_sentence(std::string_view text, F&& f) {
  // A number starts at its first digit that a scan by characters stands on. On valid UTF-8
  // that is its first digit. On invalid UTF-8 a digit may follow a lead byte E0–FF (not EF)
  // within the two or three bytes the scan steps over, whatever they are; then the scan is
  // replayed from `scan`, a byte it stands on that is never past the number being read.
  auto step = [&](std::size_t i) -> std::size_t {
    const auto b = static_cast<unsigned char>(text[i]);
    return b >= 0xE0 && b != 0xEF ? (b >= 0xF0 ? 4 : 3) : 1;
  };
  auto stepped_over = [&](std::size_t i) {
    for (std::size_t q = i >= 3 ? i - 3 : 0; q < i; ++q)
      if (q + step(q) > i) return true;
    return false;
  };
  std::size_t scan = 0;
  auto counted = [&](std::size_t u) {
    const number_back number = number_before(text, u);
    if (number.first == std::string_view::npos) return false;
    if (!stepped_over(number.first)) return true;
    while (scan < number.first) scan += step(scan);
    while (scan < number.end && digit_length(text, scan) == 0) scan += step(scan);
    return scan < number.end;
  };
  auto next_jian = [&](std::size_t from) { return find_word(text, "件", from, 2); };
  auto next_tiao = [&](std::size_t from) { return find_word(text, "条", from, 1); };
  std::size_t jian = next_jian(0), tiao = next_tiao(0);
  std::size_t last_end = 0;
  bool any = false;
  prose_text s;
  while (jian != tiao) {  // both npos at the end; they never stand at the same byte otherwise
    const std::size_t u = std::min(jian, tiao);
    if (u == jian) jian = next_jian(u + 3);
    else tiao = next_tiao(u + 3);
    if (any && u < last_end) continue;
    if (!counted(u) || !sentence_around(text, u, s)) continue;
    any = true;
    last_end = s.end;
    f(std::as_const(s));
  }
}

/// A sentence can state a count only if it has a digit and 件 or 条.
[[nodiscard]] inline bool may_count(std::string_view t) noexcept {
  const bool digit = find_digit(t, 0, false) < t.size() || t.find("\xEF\xBC") != std::string_view::npos;
  return digit && (contains(t, "件") || contains(t, "条"));
}

/// The length of a clause separator (，,、（(）)：:) that starts at `t[i]`, else 0.
[[nodiscard]] inline std::size_t cut_at(std::string_view t, std::size_t i) noexcept {
  const auto b = static_cast<unsigned char>(t[i]);
  if (b == ',' || b == '(' || b == ')' || b == ':') return 1;
  if ((b != 0xE3 && b != 0xEF) || i + 3 > t.size()) return 0;
  const auto b1 = static_cast<unsigned char>(t[i + 1]), b2 = static_cast<unsigned char>(t[i + 2]);
  if (b == 0xE3) return b1 == 0x80 && b2 == 0x81 ? 3 : 0;  // 、
  return b1 == 0xBC && (b2 == 0x8C || b2 == 0x88 || b2 == 0x89 || b2 == 0x9A) ? 3 : 0;  // ，（）：
}

/// Whether a clause separator ends at `t[e - 1]`.
[[nodiscard]] inline bool cut_before(std::string_view t, std::size_t e) noexcept {
  switch (static_cast<unsigned char>(t[e - 1])) {
    case ',': case '(': case ')': case ':': return true;
    case 0x81: case 0x8C: case 0x88: case 0x89: case 0x9A: return e >= 3 && cut_at(t, e - 3) == 3;  // 、，（）：
    default: return false;
  }
}

/// The numbers counted in 件 (requests) or 件/起/宗 (cases) in the prose, with what the words
/// around them say they count. Subsets (after 其中 in the sentence), exclusions (不含, 撤回),
/// sentences about fees (信息处理费) and table rows are left out.
inline std::vector<std::pair<prose_claim, std::size_t>> read_claims(std::string_view text) {
  std::vector<std::pair<prose_claim, std::size_t>> out;
  prose_text before;
  for_each_counting_sentence(text, [&](const prose_text& s) {
    const std::string_view t = s.text;
    if (!may_count(t)) return;
    // a sentence may go on from the one before it: 受理申请 749 件。共办理 718 件，结转下一年 31 件。
    // (asked only when a number needs it)
    int requests = -1;
    auto requests_context = [&] {
      if (requests < 0) {
        requests = contains(t, "申请") ||
                   (s.begin > 0 && sentence_around(text, s.begin - 1, before) && contains(before.text, "申请"));
      }
      return requests == 1;
    };
    if (contains_any(t, "信息处理费", "收费")) return;  // fees for handling requests (chapter 六)
    // a table row in text form: several bare numbers (no unit after them)
    auto is_digit = [&](std::size_t k) { return t[k] >= '0' && t[k] <= '9'; };
    std::size_t bare = 0;
    for (std::size_t k = find_digit(t, 0, false); k < t.size(); k = find_digit(t, k, false)) {
      while (k < t.size() && is_digit(k)) ++k;
      while (k < t.size() && t[k] == ' ') ++k;
      if (k == t.size() || is_digit(k)) ++bare;
    }
    if (bare >= 4) return;
    const bool cases_context = contains_any(t, "复议", "诉讼");
    constexpr std::string_view subset_word = "其中";
    const std::size_t subset = find_word(t, subset_word);
    for (std::size_t i = find_digit(t, 0, true); i < t.size(); i = find_digit(t, i, true)) {
      // a run of digits (ASCII or full width)
      std::size_t j = i;
      std::int64_t value = 0;
      bool digits = false, overflow = false;
      while (j < t.size()) {
        const std::size_t n = utf8::sequence_length(t, j);
        if (n == 0) break;
        const char32_t c = utf8::fold(utf8::decode(t, j, n));
        if (c >= U'0' && c <= U'9') {
          if (value > (INT64_C(1) << 50)) overflow = true;  // far beyond any count: not a claim
          if (!overflow) value = value * 10 + static_cast<std::int64_t>(c - U'0');
          digits = true;
          j += n;
        } else if (digits && c == U',' && j + 3 < t.size() && t[j + 1] >= '0' && t[j + 1] <= '9') {
          j += n;
        } else {
          break;
        }
      }
      if (!digits) {
        i += utf8::char_length(t, i);
        continue;
      }
      const std::size_t number_at = i;
      // the unit: 件 (or 起, 宗 for cases), after optional spaces
      std::size_t u = j;
      while (u < t.size() && (t[u] == ' ')) ++u;
      const std::string_view rest = t.substr(u);
      const bool pieces = rest.starts_with("件") || rest.starts_with("条") ||
                          (cases_context && (rest.starts_with("起") || rest.starts_with("宗")));
      i = j;
      if (!pieces || overflow) continue;
      // the clause around the number, between separators
      std::size_t clause_begin = number_at, clause_end = u;
      while (clause_begin > 0 && !cut_before(t, clause_begin)) --clause_begin;
      while (clause_end < t.size() && cut_at(t, clause_end) == 0) ++clause_end;
      const std::string_view clause = t.substr(clause_begin, clause_end - clause_begin);
      if (subset != std::string_view::npos && subset + subset_word.size() <= number_at) continue;  // 其中: a subset of what came before
      if (contains_any(clause, "不含", "撤回", "除", "另有") && !contains_any(clause, "结转", "顺延")) continue;
      // one outcome of those handled, not their number (`所有办结的…申请中同意公开答复 9 件，部分公开答复 0 件，
      // …其他处理 14 件`: a real report's breakdown)
      if (contains_any(clause, "予以公开", "同意公开", "部分公开", "区分处理", "不予公开", "无法提供", "不予处理",
                       "其他处理"))
        continue;
      std::optional<claim_kind> kind;
      // in a sentence that speaks of cases, a clause that counts requests (申请) and names no case
      // counts requests (`共收到政府信息公开申请4件，…未收到…行政复议、行政诉讼的申请`: a real report)
      const bool r = contains(clause, "复议"), l = contains(clause, "诉讼");
      const bool case_clause = cases_context && (r || l || !contains(clause, "申请"));
      if (case_clause) {
        if (r && l) kind = claim_kind::cases;
        else if (r) kind = claim_kind::reconsideration;
        else if (l) kind = claim_kind::litigation;
        else if (contains(t, "复议") && contains(t, "诉讼") && contains_any(clause, "案件", "办理", "共")) kind = claim_kind::cases;
      } else if (contains_any(clause, "结转", "顺延", "转入", "转下") && contains_any(clause, "下年", "下一年", "次年")) {
        kind = claim_kind::carried_forward;
      } else if (contains(clause, "结转") && contains_any(clause, "上年", "上一年", "去年")) {
        kind = claim_kind::carried_over;
      } else if (contains(clause, "新收")) {
        kind = claim_kind::received_new;
      } else if (contains_any(clause, "收到", "受理", "接收", "收悉")) {
        kind = claim_kind::received;
      } else if (contains_any(clause, "办结", "答复", "办复")) {
        kind = claim_kind::handled;
      } else if (contains_any(clause, "办理", "处理")) {
        kind = claim_kind::handled_or_received;
      }
      if (!kind) continue;
      // requests are 申请: 受理网络问政 182 件 counts something else; 条 counts requests only
      // where the clause says 申请 (处理依申请公开 59 条)
      const bool carried = *kind == claim_kind::carried_over || *kind == claim_kind::carried_forward;
      if (!case_clause && !carried && !requests_context()) continue;
      if (rest.starts_with("条") && !contains(clause, "申请")) continue;
      prose_claim c;
      c.kind = *kind;
      c.value = value;
      c.sentence = std::string(utf8::prefix(t, 300));
      out.emplace_back(std::move(c), s.source_of(number_at));
    }
  });
  return out;
}

}  // namespace xxgk::detail

#endif
