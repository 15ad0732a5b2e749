#ifndef XXGK_IMPL_DIAGNOSTIC_HPP
#define XXGK_IMPL_DIAGNOSTIC_HPP

// The definitions of `describe` (diagnostic.hpp) and the message building behind them: included
// by diagnostic.hpp when header-only; with separate compilation (config.hpp), compiled once by
// <xxgk/impl/src.hpp>, which instantiates the templates for both editions.

#include <xxgk/config.hpp>
#include <xxgk/detail/strings.hpp>
#include <xxgk/diagnostic.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace xxgk {

namespace detail::describing {

/// Every rule this library knows, built-in checks and reader codes, by id; nullptr if unknown.
[[nodiscard]] constexpr const rule_info* find_rule(std::string_view id) noexcept {
  auto in = [id](const auto& catalogue) -> const rule_info* {
    for (const rule_info* r : catalogue)
      if (r->id == id) return r;
    return nullptr;
  };
  if (const rule_info* r = in(rules::catalogue)) return r;
  if (const rule_info* r = in(rules::prose_catalogue)) return r;
  if (const rule_info* r = in(rules::across_years_catalogue)) return r;
  if (const rule_info* r = in(rules::explain_catalogue)) return r;
  return in(rules::reader_catalogue);
}

[[nodiscard]] inline bool same_rule(const rule_info* a, const rule_info* b) noexcept {
  return a != nullptr && b != nullptr && a->id == b->id;
}

[[nodiscard]] inline std::string decimal_text(const decimal& d) {
  return std::string(d.to_text().view());
}


/// Text from a source, made fit for a one-line message: control characters become spaces,
/// invalid UTF-8 becomes U+FFFD, and text longer than `limit` bytes is cut at a UTF-8 boundary
/// and marked with "…".
[[nodiscard]] inline std::string one_line(std::string_view text, std::size_t limit = 80) {
  std::size_t n = text.size();
  if (n > limit) {
    n = limit;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0U) == 0x80U) --n;
  }
  std::string out = valid_utf8(text.substr(0, n));
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20U || c == 0x7F) c = ' ';
  if (n < text.size()) out += "…";
  return out;
}

/// What a cell holds, as it was published (numbers exactly, markers as printed); empty for a
/// blank cell, text (which the model does not keep) and an absent cell.
[[nodiscard]] inline std::string published_text(const cell& c) {
  switch (c.state) {
    case cell_state::number: return decimal_text(c.value);
    case cell_state::marker: return std::string(to_string(c.mark));
    case cell_state::blank:
    case cell_state::text:
    case cell_state::absent: break;
  }
  return {};
}

/// A message in both languages.
struct bilingual {
  std::string zh;
  std::string en;
};

/// A value as messages print it: an inferred number with its mark, "70（推定）" / "70 (inferred)".
[[nodiscard]] inline bilingual shown(const std::string& value, bool inferred) {
  if (!inferred) return {value, value};
  return {value + "（推定）", value + " (inferred)"};
}

/// What a message about a finding that rests on inferred cells ends with.
[[nodiscard]] inline bilingual inferred_note() {
  return {"（涉及推定值：原文数字连写、与标签分离或缺少空白单元格，按唯一相符的读法读取）",
          " (rests on inferred cells: digits that ran together, numbers apart from their labels, or an empty cell lost, read the only way that fits)"};
}

/// Where `slot` sits in a dimension's hierarchy: the heading over it, when that heading has no
/// line of its own (（三）不予公开, 行政诉讼, 法人或其他组织). A line that is a total, or that sits
/// under a heading with its own total line, is named by its label alone.
template <class Dimension>
[[nodiscard]] constexpr std::string_view heading_of(std::size_t slot) noexcept {
  const auto& tree = Dimension::tree;
  for (std::size_t n = 0; n != tree.node_count; ++n)
    if (tree.nodes[n].is_branch && tree.nodes[n].total == static_cast<std::int16_t>(slot)) return {};
  for (std::size_t n = 0; n != tree.node_count; ++n) {
    const node& parent = tree.nodes[n];
    if (!parent.is_branch) continue;
    for (std::size_t k = 0; k != parent.child_count; ++k) {
      const node& child = tree.nodes[tree.children[parent.first_child + k]];
      if (child.is_branch || child.slot != static_cast<std::int16_t>(slot)) continue;
      const bool own_line = parent.total >= 0 && !parent.optional_total;
      return parent.key.empty() || own_line ? std::string_view{} : parent.label;
    }
  }
  return {};
}

/// A row or column by its official label, with the heading over it where the label alone would
/// be ambiguous: "（三）不予公开·1.属于国家秘密", "法人或其他组织·其他".
template <class Dimension>
[[nodiscard]] inline std::string line_label(std::size_t slot) {
  const std::string_view heading = heading_of<Dimension>(slot);
  std::string out;
  if (!heading.empty()) {
    out += heading;
    out += "·";
  }
  out += Dimension::labels[slot];
  return out;
}

/// A cell of table `T`, within its table: "（一）予以公开 / 总计" and "granted / total".
template <class T>
[[nodiscard]] inline bilingual local_cell_name(std::size_t r, std::size_t c) {
  return {line_label<typename T::rows>(r) + " / " + line_label<typename T::columns>(c),
          std::string(T::rows::keys[r]) + " / " + std::string(T::columns::keys[c])};
}

/// A cell of table `T` with its table: "三、收到和处理政府信息公开申请情况 （一）予以公开 / 总计" and
/// "section3 granted / total".
template <class T>
[[nodiscard]] inline bilingual cell_name(std::size_t r, std::size_t c) {
  const bilingual local = local_cell_name<T>(r, c);
  return {std::string(T::label) + " " + local.zh, std::string(T::key) + " " + local.en};
}

/// A column of table `T` with its table: "三、收到和处理政府信息公开申请情况 自然人列" and
/// "section3 column natural_person".
template <class T>
[[nodiscard]] inline bilingual column_name(std::size_t c) {
  return {std::string(T::label) + " " + line_label<typename T::columns>(c) + "列",
          std::string(T::key) + " column " + std::string(T::columns::keys[c])};
}

/// The two sides of an identity as the catalogue writes it, "<scope>：<lhs> = <rhs>" (zh) or
/// "<scope>: <lhs> = <rhs>" (en); nullopt when the text has another form (a user's rule).
struct identity_sides {
  std::string_view lhs;
  std::string_view rhs;
};
[[nodiscard]] constexpr std::optional<identity_sides> split_identity(std::string_view text,
                                                                     std::string_view colon) noexcept {
  const std::size_t c = text.find(colon);
  if (c == std::string_view::npos) return std::nullopt;
  const std::string_view body = text.substr(c + colon.size());
  const std::size_t eq = body.find(" = ");
  if (eq == std::string_view::npos) return std::nullopt;
  return identity_sides{body.substr(0, eq), body.substr(eq + 3)};
}

/// The identity part of a rule's text, without its scope ("总计 = 六类申请人之和"), or the whole text.
[[nodiscard]] constexpr std::string_view identity_text(std::string_view text,
                                                       std::string_view colon) noexcept {
  const std::size_t c = text.find(colon);
  return c == std::string_view::npos ? text : text.substr(c + colon.size());
}

/// Why a cell stops an identity from being assessed, for "…, because <cell> <why>".
[[nodiscard]] inline bilingual why_not_assessable(reason why, const cell& c) {
  const std::string value = published_text(c);
  const bilingual number = shown(value, c.inferred && c.is_number());
  switch (why) {
    case reason::blank_not_counted:
      if (c.state == cell_state::marker)
        return {"填写“" + value + "”，按设置不计为 0",
                "holds the marker \"" + value + "\", and blanks are not counted as 0"};
      return {"为空白，按设置不计为 0", "is blank, and blanks are not counted as 0"};
    case reason::text: return {"填写的不是数字", "holds text that is no number"};
    case reason::absent:
      return {"未公布或未能确定读取", "is absent (not published, or not read with certainty)"};
    case reason::negative: return {"为负数（" + number.zh + "）", "is negative (" + number.en + ")"};
    case reason::not_integer: return {"不是整数（" + number.zh + "）", "is not an integer (" + number.en + ")"};
    case reason::too_large:
      return {"数值过大（" + number.zh + "），超过 " + decimal_text(decimal{max_count, 0}),
              "is too large to add (" + number.en + "), over " + decimal_text(decimal{max_count, 0})};
    case reason::inferred_reading:
      return {"所在行的数字是按本等式推定读取的（连写的数字拆分，或与标签分离的数字对应到行），本等式不能再核对该行",
              "is in a row read with this very identity (its digits ran together and were split, or its "
              "numbers stood apart from its label and were placed), so the identity cannot check it"};
    case reason::blank_counted_as_zero:
    case reason::none: break;
  }
  return {"无法使用", "cannot be used"};
}

/// CELL.BLANK: what the cell holds, and whether identities count it as 0.
[[nodiscard]] inline bilingual blank_message(const bilingual& where, const finding& f, const cell& c) {
  bilingual m;
  if (c.state == cell_state::marker) {
    const std::string mark(to_string(c.mark));
    m = {where.zh + "：填写占位符“" + mark + "”", where.en + ": filled with the marker \"" + mark + "\""};
  } else {
    m = {where.zh + "：空白", where.en + ": left blank"};
  }
  if (f.reason == reason::blank_not_counted) {
    m.zh += "，不按 0 计，涉及该格的核对无法进行";
    m.en += ", not counted as 0: identities over it are not assessable";
  } else {
    m.zh += "，按 0 计入核对";
    m.en += ", counted as 0";
  }
  return m;
}

/// CELL.RANGE: the value as published and what is wrong with it, then the rule.
/// `inferred`: the value is an inferred number, printed with its mark.
[[nodiscard]] inline bilingual range_message(const bilingual& where, const finding& f, bool inferred = false) {
  const rule_info& rule = *f.rule;
  const bilingual value = shown(decimal_text(f.actual), inferred);
  bilingual what;
  switch (f.reason) {
    case reason::negative:
      what = {"公布为 " + value.zh + "，为负数", "published " + value.en + ", which is negative"};
      break;
    case reason::not_integer:
      what = {"公布为 " + value.zh + "，不是整数", "published " + value.en + ", which is not an integer"};
      break;
    case reason::too_large:
      what = {"公布为 " + value.zh + "，超过可核对的最大件数 " + decimal_text(decimal{max_count, 0}),
              "published " + value.en + ", over the largest count that can be checked, " +
                  decimal_text(decimal{max_count, 0})};
      break;
    case reason::text: what = {"填写的不是数字", "holds text that is no number"}; break;
    default:
      what = f.has_values ? bilingual{"公布为 " + value.zh, "published " + value.en} : bilingual{};
      break;
  }
  bilingual m{where.zh + "：", where.en + ": "};
  if (!what.zh.empty()) {
    m.zh += what.zh + "；";
    m.en += what.en + "; ";
  }
  m.zh += std::string(rule.zh);
  m.en += std::string(rule.en);
  return m;
}

/// The names of a cell in messages. They depend on the schema alone: `names_of` builds those of
/// a table once per program.
struct cell_names {
  bilingual cell_full;     ///< "三、… （一）予以公开 / 总计", "section3 granted / total"
  bilingual cell_local;    ///< "（一）予以公开 / 总计", "granted / total"
  bilingual column_full;   ///< "三、… 总计列", "section3 column total"
  bilingual column_local;  ///< "总计列", "column total"
  bilingual table_name;    ///< "三、收到和处理政府信息公开申请情况", "section3"
};

/// The names of cell (`r`, `c`) of table `T`, built with every cell of `T` on the first call
/// (thread-safe, as every function-local static) and kept: describing a finding of 22 cells
/// then builds no name.
template <class T>
[[nodiscard]] const cell_names& names_of(std::size_t r, std::size_t c) {
  static const std::vector<cell_names> all = [] {
    std::vector<cell_names> names;
    names.reserve(T::rows::size * T::columns::size);
    for (std::size_t row = 0; row != T::rows::size; ++row)
      for (std::size_t column = 0; column != T::columns::size; ++column)
        names.push_back({cell_name<T>(row, column), local_cell_name<T>(row, column), column_name<T>(column),
                         {line_label<typename T::columns>(column) + "列", "column " + std::string(T::columns::keys[column])},
                         {std::string(T::label), std::string(T::key)}});
    return names;
  }();
  return all[r * T::columns::size + c];
}

/// A cell of a report, described for messages: its keys, its names, what it holds, and the
/// rules that check its table. Built from a `cell_ref` by `locate`.
struct located {
  std::string_view table;     ///< keys
  std::string_view row;
  std::string_view column;
  const cell_names* names = nullptr;  ///< never null in a `located` from `locate`
  [[nodiscard]] const bilingual& cell_full() const noexcept { return names->cell_full; }
  [[nodiscard]] const bilingual& cell_local() const noexcept { return names->cell_local; }
  [[nodiscard]] const bilingual& column_full() const noexcept { return names->column_full; }
  [[nodiscard]] const bilingual& column_local() const noexcept { return names->column_local; }
  [[nodiscard]] const bilingual& table_name() const noexcept { return names->table_name; }
  value_kind kind = value_kind::count;
  const xxgk::cell* value = nullptr;
  std::size_t table_index = 0;
  bool previous = false;      ///< a cell of last year's report (checks across years)
  const rule_info* across = nullptr;   ///< rules::across_total_rule of its table
  const rule_info* down = nullptr;     ///< rules::down_total_rule
  const rule_info* balance = nullptr;  ///< rules::balance_rule
};

/// The cell at `where` in report `r`, or nullopt when `where` lies outside the report.
template <Edition E>
[[nodiscard]] std::optional<located> locate(const report<E>& r, cell_ref where) {
  std::optional<located> out;
  for_each_table(r, [&](const auto& t, std::size_t i) {
    using T = typename std::remove_cvref_t<decltype(t)>::schema;
    if (i != where.table || where.row >= T::rows::size || where.column >= T::columns::size) return;
    located l;
    l.table = T::key;
    l.row = T::rows::keys[where.row];
    l.column = T::columns::keys[where.column];
    l.names = &names_of<T>(where.row, where.column);
    l.kind = T::columns::kinds[where.column];
    l.value = &t.at(where.row, where.column);
    l.table_index = i;
    l.previous = where.previous;
    l.across = rules::across_total_rule<T>();
    l.down = rules::down_total_rule<T>();
    l.balance = rules::balance_rule<T>();
    out = std::move(l);
  });
  return out;
}

/// "上年报告 …" / "last year's …" before a cell of the previous report.
[[nodiscard]] inline bilingual of_year(const located& l, const bilingual& name) {
  if (!l.previous) return name;
  return {"上年报告 " + name.zh, "last year's " + name.en};
}

/// True when `l` is an inferred number whose value is `value`: the value a message prints for
/// it is that cell, and is marked.
[[nodiscard]] inline bool inferred_value(const std::optional<located>& l, const decimal& value) noexcept {
  return l && l->value != nullptr && l->value->inferred && l->value->is_number() && l->value->value == value;
}

/// The message of one finding: `at` and `cause` are its cells, located in their reports
/// (nullopt for a finding about no cell, such as X.SERIES); `other`, the one cell besides `at`
/// of a finding that compares two cells (X.CARRY), whose value may be `expected`.
[[nodiscard]] inline bilingual finding_message(const finding& f, const std::optional<located>& at,
                                               const std::optional<located>& cause,
                                               const std::optional<located>& other = std::nullopt) {
  if (f.rule == nullptr) return at ? at->cell_full() : bilingual{};
  const rule_info& rule = *f.rule;
  if (!at) {
    bilingual m{std::string(rule.zh), std::string(rule.en)};
    if (f.has_values) {
      const std::string expected = decimal_text(f.expected), actual = decimal_text(f.actual);
      m.zh += "：期望 " + expected + "，实际为 " + actual;
      m.en += ": expected " + expected + ", found " + actual;
    }
    return m;
  }
  const bilingual where_cell = of_year(*at, at->cell_full());
  if (same_rule(f.rule, &rules::cell_blank) && at->value != nullptr) return blank_message(where_cell, f, *at->value);
  if (same_rule(f.rule, &rules::cell_range)) return range_message(where_cell, f, inferred_value(at, f.actual));

  const bool balance = same_rule(f.rule, at->balance);
  const bool total = same_rule(f.rule, at->across) || same_rule(f.rule, at->down) ||
                     same_rule(f.rule, &rules::x_in_force);
  // a balance is an identity of a whole column; a total is checked at its total cell
  const bilingual where = balance ? of_year(*at, at->column_full()) : where_cell;

  if (f.verdict == verdict::not_assessable && f.reason == reason::inferred_reading) {
    // the identity was used to read the row (FORMAT.md, "Inferred cells"): nothing to check
    return {where.zh + "：无法核对“" + std::string(identity_text(rule.zh, "：")) +
                "”：该行数字是按此等式推定读取的（连写的数字拆分，或与标签分离的数字对应到行），不能再用它核对该行",
            where.en + ": not assessable (" + std::string(identity_text(rule.en, ": ")) +
                "): the row was read with this identity (its digits split, or its numbers placed, so "
                "that it holds), so it cannot check the row"};
  }
  if (f.verdict == verdict::not_assessable) {
    bilingual cause_name{"某单元格", "a cell"};
    if (cause) {
      const bool same_table = cause->table_index == at->table_index && cause->previous == at->previous;
      cause_name = of_year(*cause, same_table ? cause->cell_local() : cause->cell_full());
    }
    const bilingual why = why_not_assessable(f.reason, cause && cause->value ? *cause->value : cell{});
    return {where.zh + "：无法核对“" + std::string(identity_text(rule.zh, "：")) + "”，因为 " + cause_name.zh +
                " " + why.zh,
            where.en + ": not assessable (" + std::string(identity_text(rule.en, ": ")) + "), because " +
                cause_name.en + " " + why.en};
  }

  if (!f.has_values) return {where.zh + "：" + std::string(rule.zh), where.en + ": " + std::string(rule.en)};
  // a value that is one inferred cell is marked: `actual` is the cell at `at` (a total, or the
  // checked cell); `expected` the other cell of a comparison of two. A balance adds up cells
  // on both sides: its values are sums, never marked.
  const bilingual expected =
      shown(decimal_text(f.expected), !balance && f.cell_count == 2 && inferred_value(other, f.expected));
  const bilingual actual = shown(decimal_text(f.actual), !balance && inferred_value(at, f.actual));
  const auto zh = split_identity(rule.zh, "：");
  const auto en = split_identity(rule.en, ": ");
  if ((balance || total) && zh && en) {
    // a total finding holds the published total (the left side) as `actual`; a balance finding
    // holds 一 + 二 (the left side) as `expected`
    const bilingual& left = balance ? expected : actual;
    const bilingual& right = balance ? actual : expected;
    return {where.zh + "：" + std::string(zh->lhs) + " = " + left.zh + "，" + std::string(zh->rhs) + " = " + right.zh,
            where.en + ": " + std::string(en->lhs) + " = " + left.en + ", but " + std::string(en->rhs) +
                " = " + right.en};
  }
  return {where.zh + "：" + std::string(rule.zh) + "；期望 " + expected.zh + "，公布为 " + actual.zh,
          where.en + ": " + std::string(rule.en) + "; expected " + expected.en + ", published " + actual.en};
}

/// One finding, its cells located by `in` (a callable from `cell_ref` to optional `located`).
/// Where the cells of a finding are: a callable `std::optional<located>(cell_ref)` that looks them
/// up in the report(s) described, behind a function pointer, so that the describing below is
/// compiled once and not once per edition and pair of editions.
class cell_locator {
 public:
  template <class F>
    requires(!std::is_same_v<std::remove_cvref_t<F>, cell_locator>)
  cell_locator(const F& f) noexcept  // NOLINT(google-explicit-constructor): a view of `f`
      : context_(&f), call_([](const void* callable, cell_ref where) { return (*static_cast<const F*>(callable))(where); }) {}
  [[nodiscard]] std::optional<located> operator()(cell_ref where) const { return call_(context_, where); }

 private:
  const void* context_;
  std::optional<located> (*call_)(const void*, cell_ref);
};

[[nodiscard]] inline diagnostic describe_finding(const finding& f, const cell_locator& in) {
  diagnostic d;
  d.rule = f.rule != nullptr ? std::string(f.rule->id) : std::string();
  d.severity = f.severity;
  d.verdict = f.verdict;
  const bool cell_rule = same_rule(f.rule, &rules::cell_range) || same_rule(f.rule, &rules::cell_blank);
  if (f.has_values) {
    d.actual = decimal_text(f.actual);
    if (!cell_rule) d.expected = decimal_text(f.expected);  // CELL.RANGE reports the value only
  }
  // a finding that involves no cell (X.SERIES) is about the reports, not about `at`
  const std::optional<located> at = f.cell_count == 0 ? std::nullopt : in(f.at);
  const std::optional<located> cause =
      f.verdict == verdict::not_assessable && f.cell_count != 0 ? in(f.cause) : std::nullopt;
  // the finding rests on inferred cells when `validate` said so, or when a cell it involves is
  // inferred (a finding of one's own rule, or of one cell: CELL.RANGE)
  d.inferred = f.inferred;
  std::optional<located> other;
  for (const cell_ref where : f.involved()) {
    std::optional<located> l = in(where);
    if (l && l->value != nullptr && l->value->inferred) d.inferred = true;
    if (f.cell_count == 2 && where != f.at) other = std::move(l);
  }
  source_pos pos = f.pos;
  if (at) {
    d.table = at->table;
    d.row = at->row;
    d.column = at->column;
    if (cell_rule) d.kind = at->kind;
    if (at->value != nullptr) {
      d.raw = published_text(*at->value);
      if (!pos.known()) pos = at->value->pos;
    }
  }
  if (cause && cause->value != nullptr) {
    d.raw = published_text(*cause->value);
    if (!pos.known()) pos = cause->value->pos;
  }
  d.line = pos.line;
  d.col = pos.column;
  bilingual m = finding_message(f, at, cause, other);
  // a finding not assessable for its inferred reading says so itself
  if (d.inferred && f.reason != reason::inferred_reading) {
    const bilingual note = inferred_note();
    m.zh += note.zh;
    m.en += note.en;
  }
  d.message_zh = std::move(m.zh);
  d.message_en = std::move(m.en);
  return d;
}

/// A place named by FORMAT.md keys, looked up in the schema of either edition: the table by
/// its label, rows and columns by theirs (zh), or the keys themselves (en).
template <class... Ts>
[[nodiscard]] inline bilingual place_from_keys(table_list<Ts...>, std::string_view table_key,
                                               std::string_view row_key, std::string_view column_key,
                                               bool& found) {
  bilingual out;
  auto try_table = [&]<class T>() {
    if (found || T::key != table_key) return;
    std::size_t row = T::rows::size, column = T::columns::size;
    for (std::size_t i = 0; i != T::rows::size; ++i)
      if (T::rows::keys[i] == row_key) row = i;
    for (std::size_t i = 0; i != T::columns::size; ++i)
      if (T::columns::keys[i] == column_key) column = i;
    if ((!row_key.empty() && row == T::rows::size) || (!column_key.empty() && column == T::columns::size)) return;
    found = true;
    if (row != T::rows::size && column != T::columns::size) out = cell_name<T>(row, column);
    else if (column != T::columns::size) out = column_name<T>(column);
    else if (row != T::rows::size)
      out = {std::string(T::label) + " " + line_label<typename T::rows>(row),
             std::string(T::key) + " " + std::string(T::rows::keys[row])};
    else out = {std::string(T::label), std::string(T::key)};
  };
  (try_table.template operator()<Ts>(), ...);
  return out;
}

[[nodiscard]] inline bilingual place_from_keys(std::string_view table_key, std::string_view row_key,
                                               std::string_view column_key) {
  if (table_key.empty()) return {};
  bool found = false;
  bilingual out = place_from_keys(edition_2021_t::tables{}, table_key, row_key, column_key, found);
  if (!found) out = place_from_keys(edition_2019_t::tables{}, table_key, row_key, column_key, found);
  if (found) return out;
  // keys this library does not know: name them as given
  std::string text(table_key);
  if (!row_key.empty()) text += " " + std::string(row_key);
  if (!column_key.empty()) text += (row_key.empty() ? " column " : " / ") + std::string(column_key);
  return {text, text};
}

/// An EXPLAIN.CELL note: its candidates and the failing findings they explain, located by `in`
/// (a callable from `cell_ref` to optional `located`).
[[nodiscard]] inline diagnostic describe_explanation(const explanation& e, const cell_locator& in) {
  diagnostic d;
  d.rule = std::string(e.rule->id);
  d.severity = e.rule->severity;
  d.verdict = verdict::failed;  // it accounts for failed identities
  d.inferred = e.inferred;

  // the failing findings, named within their tables: "[S3.ROW] （一）予以公开 / 总计"
  std::vector<bilingual> names;
  for (const explained_finding& x : e.explained()) {
    const std::optional<located> at = in(x.at);
    explained_place place{std::string(x.rule->id), {}, {}, {}, x.at.previous};
    bilingual name{"某单元格", "a cell"};
    if (at) {
      place.table = at->table;
      place.row = at->row;
      place.column = at->column;
      const bool balance = same_rule(x.rule, at->balance);
      name = of_year(*at, balance ? at->column_local() : at->cell_local());
    }
    names.push_back(std::move(name));
    d.explains.push_back(std::move(place));
  }
  // "[S3.ROW] …、[S3.TOTAL] …" and "[S3.ROW] …, [S3.BALANCE] … and [S3.TOTAL] …"
  bilingual findings;
  for (std::size_t i = 0; i != names.size(); ++i) {
    if (i != 0) {
      findings.zh += "、";
      findings.en += i + 1 == names.size() ? " and " : ", ";
    }
    findings.zh += "[" + d.explains[i].rule + "] " + names[i].zh;
    findings.en += "[" + d.explains[i].rule + "] " + names[i].en;
  }

  // the candidates: "（一）予以公开 / 自然人 公布为 26" and the value each would need
  std::vector<std::optional<located>> cells;
  bool one_table = true;
  for (const candidate& c : e.candidates()) {
    std::optional<located> l = in(c.at);
    if (!cells.empty() && cells.front() && l &&
        (cells.front()->table_index != l->table_index || cells.front()->previous != l->previous))
      one_table = false;
    suggested_cell s;
    s.previous = c.at.previous;
    s.expected = decimal_text(decimal{c.expected, 0});
    if (!c.blank) s.actual = decimal_text(decimal{c.actual, 0});
    if (l) {
      s.table = l->table;
      s.row = l->row;
      s.column = l->column;
      if (l->value != nullptr) {
        s.raw = published_text(*l->value);
        s.line = l->value->pos.line;
        s.col = l->value->pos.column;
      }
    }
    d.candidates.push_back(std::move(s));
    cells.push_back(std::move(l));
  }
  auto published = [](const suggested_cell& s) -> bilingual {
    if (s.actual) return {"公布为 " + *s.actual, "published " + *s.actual};
    if (!s.raw.empty()) return {"填写“" + s.raw + "”（按 0 计）", "published \"" + s.raw + "\" (counted as 0)"};
    return {"为空白（按 0 计）", "published blank (counted as 0)"};
  };
  const bilingual kept = d.candidates.size() == 1
                            ? bilingual{"（这是建议，原文数字未改动）", " (a suggestion: the published number is kept)"}
                            : bilingual{"（这是建议，原文数字未改动）", " (a suggestion: the published numbers are kept)"};

  if (!d.candidates.empty()) {
    const suggested_cell& first = d.candidates.front();
    d.line = first.line;
    d.col = first.col;
    d.table = first.table;
  }
  if (d.candidates.size() == 1) {
    const suggested_cell& s = d.candidates.front();
    d.row = s.row;
    d.column = s.column;
    d.expected = s.expected;
    d.actual = s.actual;
    d.raw = s.raw;
    const bilingual where = cells.front() ? of_year(*cells.front(), cells.front()->cell_full()) : bilingual{"某单元格", "a cell"};
    const bilingual value = published(s);
    d.message_zh = where.zh + "：" + value.zh + "，若为 " + s.expected + "，则 " + findings.zh +
                   " 都成立，且不破坏任何成立的等式：可能的错误所在" + kept.zh;
    d.message_en = where.en + ": " + value.en + "; " + s.expected + " would make " + findings.en +
                   " hold without breaking an identity that holds: the likely mistake" + kept.en;
  } else {
    bilingual list;
    for (std::size_t i = 0; i != d.candidates.size(); ++i) {
      const suggested_cell& s = d.candidates[i];
      const std::optional<located>& l = cells[i];
      bilingual name{"某单元格", "a cell"};
      if (l) name = of_year(*l, one_table ? l->cell_local() : l->cell_full());
      const bilingual value = published(s);
      if (i != 0) {
        list.zh += "；";
        list.en += "; ";
      }
      list.zh += name.zh + " " + value.zh + "，应为 " + s.expected;
      list.en += name.en + " " + value.en + ", would be " + s.expected;
    }
    bilingual where;
    if (one_table && !cells.empty() && cells.front()) {
      where = of_year(*cells.front(), cells.front()->table_name());
    }
    const std::string count = std::to_string(d.candidates.size());
    d.message_zh = where.zh + (where.zh.empty() ? "" : "：") + count + " 个数字中任改一个，都可使 " + findings.zh +
                   " 成立，且不破坏任何成立的等式：" + list.zh + kept.zh;
    d.message_en = where.en + (where.en.empty() ? "" : ": ") + "any one of " + count + " numbers, changed alone, would make " +
                   findings.en + " hold without breaking an identity that holds: " + list.en + kept.en;
  }
  if (d.inferred) {
    const bilingual note = inferred_note();
    d.message_zh += note.zh;
    d.message_en += note.en;
  }
  return d;
}

}  // namespace detail::describing

template <Edition E>
diagnostic describe(const report<E>& r, const finding& f) {
  return detail::describing::describe_finding(f, [&](cell_ref where) {
    return where.previous ? std::nullopt : detail::describing::locate(r, where);
  });
}

template <Edition E>
std::vector<diagnostic> describe(const report<E>& r, std::span<const finding> findings) {
  std::vector<diagnostic> out;
  out.reserve(findings.size());
  for (const finding& f : findings) out.push_back(describe(r, f));
  return out;
}

template <Edition E, Edition P>
diagnostic describe(const report<E>& current, const report<P>& previous, const finding& f) {
  return detail::describing::describe_finding(f, [&](cell_ref where) {
    return where.previous ? detail::describing::locate(previous, where) : detail::describing::locate(current, where);
  });
}

template <Edition E, Edition P>
std::vector<diagnostic> describe(const report<E>& current, const report<P>& previous,
                                 std::span<const finding> findings) {
  std::vector<diagnostic> out;
  out.reserve(findings.size());
  for (const finding& f : findings) out.push_back(describe(current, previous, f));
  return out;
}

template <Edition E>
diagnostic describe(const report<E>& r, const explanation& e) {
  return detail::describing::describe_explanation(e, [&](cell_ref where) {
    return where.previous ? std::nullopt : detail::describing::locate(r, where);
  });
}

template <Edition E>
std::vector<diagnostic> describe(const report<E>& r, const explanation_list& explanations) {
  std::vector<diagnostic> out;
  out.reserve(explanations.size());
  for (const explanation& e : explanations) out.push_back(describe(r, e));
  return out;
}

template <Edition E, Edition P>
diagnostic describe(const report<E>& current, const report<P>& previous, const explanation& e) {
  return detail::describing::describe_explanation(e, [&](cell_ref where) {
    return where.previous ? detail::describing::locate(previous, where) : detail::describing::locate(current, where);
  });
}

template <Edition E, Edition P>
std::vector<diagnostic> describe(const report<E>& current, const report<P>& previous,
                                               const explanation_list& explanations) {
  std::vector<diagnostic> out;
  out.reserve(explanations.size());
  for (const explanation& e : explanations) out.push_back(describe(current, previous, e));
  return out;
}

XXGK_DECL diagnostic describe(const source_finding& f) {
  namespace ds = detail::describing;
  diagnostic d;
  d.rule = f.rule != nullptr ? std::string(f.rule->id) : std::string();
  d.severity = f.severity;
  d.verdict = f.verdict;
  if (f.has_values) {
    d.expected = ds::decimal_text(f.expected);
    d.actual = ds::decimal_text(f.actual);
  }
  d.table = f.table;
  d.row = f.row;
  d.column = f.column;
  d.line = f.pos.line;
  d.col = f.pos.column;
  d.raw = f.raw;
  d.inferred = f.inferred;

  std::string zh = f.rule != nullptr ? std::string(f.rule->zh) : std::string();
  std::string en = f.rule != nullptr ? std::string(f.rule->en) : std::string();
  const ds::bilingual place = ds::place_from_keys(f.table, f.row, f.column);
  if (!place.zh.empty()) {
    zh += "：" + place.zh;
    en += ": " + place.en;
  }
  if (!f.raw.empty()) {
    const std::string raw = ds::one_line(f.raw, 120);
    zh += "：“" + raw + "”";
    en += ": \"" + raw + "\"";
  }
  if (!f.canonical.empty()) {
    // in Chinese the place already names the row by its official label
    if (place.zh.find(f.canonical) == std::string::npos) zh += "，规范文字为“" + std::string(f.canonical) + "”";
    en += "; official wording \"" + std::string(f.canonical) + "\"";
  }
  if (f.has_values) {  // TXT.*: the table's number and the one the prose states
    zh += "：正文为 " + *d.actual + "，表格为 " + *d.expected;
  }
  if (!f.detail.empty()) {
    const std::string detail = ds::one_line(f.detail, 200);
    zh += "（" + detail + "）";
    en += " (" + detail + ")";
  }
  if (f.inferred) {
    const ds::bilingual note = ds::inferred_note();
    zh += note.zh;
    en += note.en;
  }
  d.message_zh = std::move(zh);
  d.message_en = std::move(en);
  return d;
}

XXGK_DECL std::vector<diagnostic> describe(std::span<const source_finding> findings) {
  std::vector<diagnostic> out;
  out.reserve(findings.size());
  for (const source_finding& f : findings) out.push_back(describe(f));
  return out;
}

XXGK_DECL diagnostic describe(const error& e) {
  namespace ds = detail::describing;
  diagnostic d;
  d.rule = e.code;
  d.severity = severity::error;
  d.verdict = verdict::failed;
  d.line = e.pos.line;
  d.col = e.pos.column;
  const rule_info* rule = ds::find_rule(e.code);
  const std::string message = ds::one_line(e.message, 300);
  if (rule == nullptr) {
    d.message_zh = d.message_en = message;
    return d;
  }
  // the reader's message may start with the catalogue's text: say only what it adds
  std::string_view more = message;
  if (more.starts_with(rule->en)) more.remove_prefix(rule->en.size());
  while (!more.empty() && (more.front() == ':' || more.front() == ' ' || more.front() == ';')) more.remove_prefix(1);
  d.message_zh = std::string(rule->zh);
  d.message_en = std::string(rule->en);
  if (!more.empty()) {
    d.message_zh += "（" + std::string(more) + "）";
    d.message_en += ": " + std::string(more);
  }
  return d;
}

}  // namespace xxgk

#if !XXGK_HEADER_ONLY
// Separate compilation: the one translation unit that includes this header compiles `describe`
// of every report edition, and of every pair of them across years.
namespace xxgk {
// `describe` of every report edition, and of every pair of them across years
#define XXGK_DESCRIBE_ONE(E)                                                                     \
  template diagnostic describe<E>(const report<E>&, const finding&);                             \
  template std::vector<diagnostic> describe<E>(const report<E>&, std::span<const finding>);      \
  template diagnostic describe<E>(const report<E>&, const explanation&);                         \
  template std::vector<diagnostic> describe<E>(const report<E>&, const explanation_list&);
#define XXGK_DESCRIBE_TWO(E, P)                                                                  \
  template diagnostic describe<E, P>(const report<E>&, const report<P>&, const finding&);        \
  template std::vector<diagnostic> describe<E, P>(const report<E>&, const report<P>&,            \
                                                  std::span<const finding>);                     \
  template diagnostic describe<E, P>(const report<E>&, const report<P>&, const explanation&);    \
  template std::vector<diagnostic> describe<E, P>(const report<E>&, const report<P>&,            \
                                                  const explanation_list&);
XXGK_DESCRIBE_ONE(edition_2019_t)
XXGK_DESCRIBE_ONE(edition_2021_t)
XXGK_DESCRIBE_TWO(edition_2019_t, edition_2019_t)
XXGK_DESCRIBE_TWO(edition_2019_t, edition_2021_t)
XXGK_DESCRIBE_TWO(edition_2021_t, edition_2019_t)
XXGK_DESCRIBE_TWO(edition_2021_t, edition_2021_t)
#undef XXGK_DESCRIBE_ONE
#undef XXGK_DESCRIBE_TWO

}  // namespace xxgk
#endif

#endif
