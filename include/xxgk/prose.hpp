#ifndef XXGK_PROSE_HPP
#define XXGK_PROSE_HPP

#include <xxgk/report.hpp>
#include <xxgk/rule.hpp>
#include <xxgk/source_finding.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace xxgk {

/// What a number in the prose is said to count (from the words around it).
enum class claim_kind : std::uint8_t {
  received,             ///< 收到 / 受理: may or may not include the requests carried over
  received_new,         ///< 新收: this year's new requests only
  carried_over,         ///< 上年结转
  handled,              ///< 办结 / 答复: may exclude withdrawn requests
  handled_or_received,  ///< 办理 / 处理: used for both
  carried_forward,      ///< 结转下年度 / 顺延
  reconsideration,      ///< 行政复议
  litigation,           ///< 行政诉讼
  cases,                ///< 行政复议 and 行政诉讼 counted together
};

/// A number stated in the prose of a report, found by a reader, with the sentence it stands in.
struct prose_claim {
  claim_kind kind = claim_kind::received;
  std::int64_t value = 0;
  source_pos pos{};
  std::string sentence;
};

namespace detail {

/// A number of the table, or a sum of them, and whether an inferred cell is among them.
struct table_count {
  std::int64_t value = 0;
  bool inferred = false;
};
[[nodiscard]] constexpr table_count operator+(table_count a, table_count b) noexcept {
  return {a.value + b.value, a.inferred || b.inferred};
}
[[nodiscard]] constexpr table_count operator-(table_count a, table_count b) noexcept {
  return {a.value - b.value, a.inferred || b.inferred};
}

struct reading {
  std::string_view what;  ///< how the table value was read, for the finding's detail
  std::int64_t value = 0;
  bool inferred = false;  ///< read from inferred cells
};

template <Edition E, class R>
std::optional<table_count> total_of(const report<E>& r, R row) {
  const cell* c = nullptr;
  if constexpr (RowOfEdition<E, R>) {
    using T = table_of_row_t<E, R>;
    if constexpr (T::in_chapter == chapter::three) c = &r(row, s3::total);
    else c = &r(row, s4::total);
  }
  if (c == nullptr || !c->is_number() || !c->value.is_integer()) return std::nullopt;
  return table_count{c->value.normalized().units, c->inferred};
}

}  // namespace detail

/// Compares what the prose states with the tables (FORMAT.md, TXT.*). A statement that agrees
/// with one reading of the table gives nothing. One that agrees with none is a warning when
/// the table can be read one way only, and an uncertain note (verdict `not_assessable`) when
/// the words admit several readings; either way the finding quotes the sentence, gives its
/// line, and lists the readings it tried. Statements about cells that are not numbers (not
/// published, unreadable) are not checked. A finding some reading of which used an inferred
/// cell (FORMAT.md, "Inferred cells") is marked `inferred`.
template <Edition E>
[[nodiscard]] std::vector<source_finding> check_prose(const report<E>& r, const std::vector<prose_claim>& claims) {
  using detail::reading;
  std::vector<source_finding> out;
  const auto received = detail::total_of(r, s3::new_received);
  const auto carried_over = detail::total_of(r, s3::carried_over);
  const auto handled = detail::total_of(r, s3::outcome_total);
  const auto forward = detail::total_of(r, s3::carried_forward);
  const auto recon = detail::total_of(r, s4::reconsideration);
  const auto direct = detail::total_of(r, s4::litigation_direct);
  const auto after = detail::total_of(r, s4::litigation_after_reconsideration);
  // （六）其他处理, where 撤回 (withdrawn) requests are usually counted
  std::optional<detail::table_count> other;
  if constexpr (E::id == edition::y2019) {
    other = detail::total_of(r, s3::other_handling);
  } else {
    const auto a = detail::total_of(r, s3::other_overdue_correction), b = detail::total_of(r, s3::other_unpaid_fee),
               c = detail::total_of(r, s3::other_misc), single = detail::total_of(r, s3::other_handling);
    if (a && b && c) other = *a + *b + *c;
    else other = single;
  }
  const auto misc = [&]() -> std::optional<detail::table_count> {
    if constexpr (E::id == edition::y2019) return std::nullopt;
    else return detail::total_of(r, s3::other_misc);
  }();

  for (const prose_claim& c : claims) {
    std::vector<reading> readings;
    const rule_info* rule = nullptr;
    std::string_view row;
    std::string_view table = "section3";
    auto add = [&](std::string_view what, std::optional<detail::table_count> v) {
      if (v) readings.push_back({what, v->value, v->inferred});
    };
    switch (c.kind) {
      case claim_kind::received_new:
        rule = &rules::txt_received, row = "new_received";
        add("一、本年新收", received);
        break;
      case claim_kind::received:
        rule = &rules::txt_received, row = "new_received";
        add("一、本年新收", received);
        if (received && carried_over) add("一 + 二、上年结转", *received + *carried_over);
        break;
      case claim_kind::carried_over:
        rule = &rules::txt_carried_over, row = "carried_over";
        add("二、上年结转", carried_over);
        break;
      case claim_kind::handled:
        rule = &rules::txt_handled, row = "outcome_total";
        add("（七）总计", handled);
        if (handled && misc) add("（七）总计 − （六）3.其他 (withdrawn)", *handled - *misc);
        if (handled && other) add("（七）总计 − （六）其他处理", *handled - *other);
        break;
      case claim_kind::handled_or_received:
        rule = &rules::txt_handled, row = "outcome_total";
        add("（七）总计", handled);
        add("一、本年新收", received);
        if (received && carried_over) add("一 + 二、上年结转", *received + *carried_over);
        break;
      case claim_kind::carried_forward:
        rule = &rules::txt_carried_forward, row = "carried_forward";
        add("四、结转下年度继续办理", forward);
        break;
      case claim_kind::reconsideration:
        rule = &rules::txt_reconsideration, row = "reconsideration", table = "section4";
        add("行政复议 总计", recon);
        break;
      case claim_kind::litigation:
        rule = &rules::txt_litigation, row = "litigation_direct", table = "section4";
        if (direct && after) add("行政诉讼 总计（未经复议 + 复议后）", *direct + *after);
        break;
      case claim_kind::cases:
        rule = &rules::txt_litigation, row = "reconsideration", table = "section4";
        if (recon && direct && after) add("行政复议 + 行政诉讼", *recon + *direct + *after);
        break;
    }
    if (readings.empty()) continue;  // the table cannot tell
    if (std::any_of(readings.begin(), readings.end(), [&](const reading& x) { return x.value == c.value; })) continue;
    std::vector<std::int64_t> distinct;
    std::string tried;
    bool inferred = false;
    for (const reading& x : readings) {
      inferred = inferred || x.inferred;
      if (std::find(distinct.begin(), distinct.end(), x.value) == distinct.end()) distinct.push_back(x.value);
      tried += (tried.empty() ? "" : "; ") + std::string(x.what) + " = " + std::to_string(x.value);
    }
    source_finding f;
    f.rule = rule;
    f.pos = c.pos;
    f.raw = c.sentence;
    f.table = table;
    f.row = row;
    f.column = "total";
    f.has_values = true;
    f.actual = decimal{c.value, 0};
    f.expected = decimal{readings.front().value, 0};
    f.inferred = inferred;
    if (distinct.size() == 1) {
      f.severity = rule->severity;
      f.verdict = verdict::failed;
      f.detail = "the prose states " + std::to_string(c.value) + "; the table states " + tried;
    } else {
      f.severity = severity::note;
      f.verdict = verdict::not_assessable;
      f.detail = "uncertain: the prose states " + std::to_string(c.value) + ", which matches no reading tried: " + tried;
    }
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace xxgk

#endif
