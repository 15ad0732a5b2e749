#ifndef XXGK_DETAIL_PROSE_READER_HPP
#define XXGK_DETAIL_PROSE_READER_HPP
// IWYU pragma: private, include <xxgk/parse.hpp>

#include <xxgk/detail/utf8.hpp>
#include <xxgk/prose.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
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

/// A line that ends prose: blank, or cut into table cells by tabs or |.
[[nodiscard]] inline bool breaks_prose(std::string_view line) noexcept {
  return line.find('\t') != std::string_view::npos || line.find('|') != std::string_view::npos ||
         line.find_first_not_of(" \r\f\v") == std::string_view::npos;
}

/// The sentence around byte `at` of `text`, or nothing when `at` stands on a table line.
inline std::optional<prose_text> sentence_around(std::string_view text, std::size_t at) {
  auto line_begin = [&](std::size_t i) {
    const std::size_t nl = i == 0 ? std::string_view::npos : text.rfind('\n', i - 1);
    return nl == std::string_view::npos ? std::size_t{0} : nl + 1;
  };
  auto line_end = [&](std::size_t i) {
    const std::size_t nl = text.find('\n', i);
    return nl == std::string_view::npos ? text.size() : nl;
  };
  const std::size_t lb = line_begin(at);
  if (breaks_prose(text.substr(lb, line_end(at) - lb))) return std::nullopt;
  // backwards to the end of the sentence before, or to a line that breaks the prose
  std::size_t begin = 0;
  for (std::size_t i = at; i > 0;) {
    std::size_t j = i - 1;
    while (j > 0 && (static_cast<unsigned char>(text[j]) & 0xC0U) == 0x80U) --j;
    if (text[j] == '\n') {
      const std::size_t above = line_begin(j);
      if (breaks_prose(text.substr(above, j - above))) {
        begin = j + 1;
        break;
      }
    } else if (const std::size_t n = sentence_end_at(text, j); n != 0 && j + n <= at) {
      begin = j + n;
      break;
    }
    i = j;
  }
  // forwards to the sentence's end
  std::size_t end = text.size();
  for (std::size_t i = at; i < text.size(); i += utf8::char_length(text, i)) {
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
  prose_text out;
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
  return out;
}

/// The sentences that may state a count: around each 件 or 条 right after a number. Prose has
/// few digits, so the text is scanned for digits, not for the (common) bytes of 件.
inline std::vector<prose_text> counting_sentences(std::string_view text) {
  std::vector<prose_text> out;
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n; ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b >= 0xE0 && b != 0xEF) {  // a three- or four-byte character that is no digit
      i += b >= 0xF0 ? 3 : 2;
      continue;
    }
    const bool wide = b == 0xEF && i + 2 < n && static_cast<unsigned char>(text[i + 1]) == 0xBC &&
                      static_cast<unsigned char>(text[i + 2]) >= 0x90 && static_cast<unsigned char>(text[i + 2]) <= 0x99;
    if (!(b >= '0' && b <= '9') && !wide) continue;
    // the end of the number: digits, full-width digits, thousands separators
    std::size_t j = i;
    while (j < n) {
      const auto c = static_cast<unsigned char>(text[j]);
      if ((c >= '0' && c <= '9') || c == ',') ++j;
      else if (c == 0xEF && j + 2 < n && static_cast<unsigned char>(text[j + 1]) == 0xBC &&
               static_cast<unsigned char>(text[j + 2]) >= 0x90 && static_cast<unsigned char>(text[j + 2]) <= 0x99)
        j += 3;
      else break;
    }
    std::size_t u = j;
    while (u < n && text[u] == ' ') ++u;
    const bool counted = text.compare(u, 3, "件") == 0 || text.compare(u, 3, "条") == 0;
    if (counted && (out.empty() || u >= out.back().end)) {
      if (auto s = sentence_around(text, u)) out.push_back(std::move(*s));
    }
    i = j - 1;
  }
  return out;
}

/// A sentence can state a count only if it has a digit and 件 or 条.
[[nodiscard]] inline bool may_count(std::string_view t) noexcept {
  const bool digit = t.find_first_of("0123456789") != std::string_view::npos || t.find("\xEF\xBC") != std::string_view::npos;
  return digit && (t.find("件") != std::string_view::npos || t.find("条") != std::string_view::npos);
}

inline bool contains(std::string_view s, std::string_view w) { return s.find(w) != std::string_view::npos; }

template <class... W>
bool contains_any(std::string_view s, W... w) {
  return (contains(s, w) || ...);
}

/// The numbers counted in 件 (requests) or 件/起/宗 (cases) in the prose, with what the words
/// around them say they count. Subsets (after 其中 in the sentence), exclusions (不含, 撤回),
/// sentences about fees (信息处理费) and table rows are left out.
inline std::vector<std::pair<prose_claim, std::size_t>> read_claims(std::string_view text) {
  std::vector<std::pair<prose_claim, std::size_t>> out;
  for (const prose_text& s : counting_sentences(text)) {
    const std::string_view t = s.text;
    if (!may_count(t)) continue;
    // a sentence may go on from the one before it: 受理申请 749 件。共办理 718 件，结转下一年 31 件。
    bool requests_context = contains(t, "申请");
    if (!requests_context && s.begin > 0) {
      if (const auto before = sentence_around(text, s.begin - 1)) requests_context = contains(before->text, "申请");
    }
    if (contains_any(t, "信息处理费", "收费")) continue;  // fees for handling requests (chapter 六)
    // a table row in text form: several bare numbers (no unit after them)
    std::size_t bare = 0;
    for (std::size_t k = 0; k < t.size(); ++k) {
      if (t[k] < '0' || t[k] > '9' || (k + 1 < t.size() && t[k + 1] >= '0' && t[k + 1] <= '9')) continue;
      std::size_t n = k + 1;
      while (n < t.size() && t[n] == ' ') ++n;
      if (n == t.size() || (t[n] >= '0' && t[n] <= '9')) ++bare;
    }
    if (bare >= 4) continue;
    const bool cases_context = contains_any(t, "复议", "诉讼");
    for (std::size_t i = 0; i < t.size();) {
      const auto lead = static_cast<unsigned char>(t[i]);
      if (!(lead >= '0' && lead <= '9') && lead != 0xEF) {
        i += utf8::char_length(t, i);
        continue;
      }
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
      // the clause around the number
      static constexpr std::string_view cuts[] = {"，", ",", "、", "（", "(", "）", ")", "：", ":"};
      std::size_t clause_begin = 0, clause_end = t.size();
      for (std::string_view cut : cuts) {
        const std::size_t b = t.rfind(cut, number_at);
        if (b != std::string_view::npos && b + cut.size() > clause_begin) clause_begin = b + cut.size();
        const std::size_t e = t.find(cut, u);
        if (e != std::string_view::npos && e < clause_end) clause_end = e;
      }
      const std::string_view clause = t.substr(clause_begin, clause_end - clause_begin);
      const std::string_view before_number = t.substr(0, number_at);
      if (contains(before_number, "其中")) continue;  // a subset of what came before
      if (contains_any(clause, "不含", "撤回", "除", "另有") && !contains_any(clause, "结转", "顺延")) continue;
      std::optional<claim_kind> kind;
      if (cases_context) {
        const bool r = contains(clause, "复议"), l = contains(clause, "诉讼");
        if (r && l) kind = claim_kind::cases;
        else if (r) kind = claim_kind::reconsideration;
        else if (l) kind = claim_kind::litigation;
        else if (contains(t, "复议") && contains(t, "诉讼") && contains_any(clause, "案件", "办理", "共")) kind = claim_kind::cases;
      } else if (contains_any(clause, "结转", "顺延", "转入") && contains_any(clause, "下年", "下一年", "次年")) {
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
      if (!cases_context && !carried && !requests_context) continue;
      if (rest.starts_with("条") && !contains(clause, "申请")) continue;
      prose_claim c;
      c.kind = *kind;
      c.value = value;
      c.sentence = std::string(utf8::prefix(t, 300));
      out.emplace_back(std::move(c), s.source_of(number_at));
    }
  }
  return out;
}

}  // namespace xxgk::detail

#endif
