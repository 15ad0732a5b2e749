#ifndef XXGK_DETAIL_PROSE_READER_HPP
#define XXGK_DETAIL_PROSE_READER_HPP
// IWYU pragma: private, include <xxgk/parse.hpp>

#include <xxgk/detail/utf8.hpp>
#include <xxgk/prose.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace xxgk::detail {

/// The prose of a report as sentences: lines that are not table cells, joined (PDF text breaks
/// sentences over lines), cut at 。；！？ and at blank lines. Each piece keeps the byte offset of
/// every character in the scanned text.
struct prose_text {
  std::string text;
  std::vector<std::uint32_t> offset;  ///< offset[i]: where text[i] came from
};

inline std::vector<prose_text> sentences_of(std::string_view text) {
  std::vector<prose_text> out;
  prose_text cur;
  auto flush = [&] {
    if (!cur.text.empty()) out.push_back(std::move(cur));
    cur = {};
  };
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(at, end - at);
    const std::size_t line_at = at;
    at = end + 1;
    if (line.find('\t') != std::string_view::npos || line.find('|') != std::string_view::npos) {
      flush();
      continue;
    }
    if (line.find_first_not_of(" \r\f\v") == std::string_view::npos) {
      flush();
      continue;
    }
    for (std::size_t i = 0; i < line.size();) {
      const std::size_t n = utf8::sequence_length(line, i);
      if (n == 0) { ++i; continue; }
      const char32_t c = utf8::decode(line, i, n);
      if (c == U'\r' || c == U'\f') { i += n; continue; }
      for (std::size_t k = 0; k != n; ++k) {
        cur.text += line[i + k];
        cur.offset.push_back(static_cast<std::uint32_t>(line_at + i + k));
      }
      i += n;
      if (c == U'。' || c == U'；' || c == U';' || c == U'！' || c == U'？' || c == U'!' || c == U'?') flush();
    }
  }
  flush();
  return out;
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
  bool previous_about_requests = false;
  for (const prose_text& s : sentences_of(text)) {
    const std::string_view t = s.text;
    const bool about_requests = contains(t, "申请");
    // a sentence may go on from the one before it: 受理申请 749 件。共办理 718 件，结转下一年 31 件。
    const bool requests_context = about_requests || previous_about_requests;
    previous_about_requests = about_requests;
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
        const std::size_t n = utf8::sequence_length(t, i);
        i += n == 0 ? 1 : n;
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
      out.emplace_back(std::move(c), s.offset[number_at]);
    }
  }
  return out;
}

}  // namespace xxgk::detail

#endif
