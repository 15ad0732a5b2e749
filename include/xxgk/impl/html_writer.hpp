#ifndef XXGK_IMPL_HTML_WRITER_HPP
#define XXGK_IMPL_HTML_WRITER_HPP

// The definitions of the HTML writer (html_writer.hpp): included by it when header-only,
// compiled once by <xxgk/impl/src.hpp> with separate compilation (config.hpp).

#include <xxgk/any_report.hpp>
#include <xxgk/cell.hpp>
#include <xxgk/config.hpp>
#include <xxgk/diagnostic.hpp>
#include <xxgk/finding.hpp>
#include <xxgk/html_writer.hpp>
#include <xxgk/report.hpp>
#include <xxgk/rule.hpp>
#include <xxgk/schema/editions.hpp>
#include <xxgk/schema/printed.hpp>
#include <xxgk/validate.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace xxgk {

namespace detail::html {

using namespace std::string_view_literals;

// ---- text -------------------------------------------------------------------------------------

/// The length of the valid UTF-8 sequence at `text[i]`, or 0 when none starts there.
[[nodiscard]] inline std::size_t utf8_sequence(std::string_view text, std::size_t i) noexcept {
  const auto b = static_cast<unsigned char>(text[i]);
  const std::size_t n = b < 0x80U ? 1 : (b & 0xE0U) == 0xC0U ? 2 : (b & 0xF0U) == 0xE0U ? 3 : (b & 0xF8U) == 0xF0U ? 4 : 0;
  if (n <= 1 || i + n > text.size()) return n == 1 ? 1 : 0;
  std::uint32_t cp = b & (0x7FU >> n);
  for (std::size_t k = 1; k != n; ++k) {
    const auto c = static_cast<unsigned char>(text[i + k]);
    if ((c & 0xC0U) != 0x80U) return 0;
    cp = (cp << 6) | (c & 0x3FU);
  }
  constexpr std::uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < least[n] || cp > 0x10FFFFU || (cp >= 0xD800U && cp <= 0xDFFFU)) return 0;
  return n;
}

/// Appends `text` escaped for HTML text and attribute values (double or single quoted): `&<>"'`
/// as references, control characters but tab and newline as spaces, invalid UTF-8 as U+FFFD.
inline void escape(std::string& out, std::string_view text) {
  std::size_t run = 0;  // the start of the bytes that go out as they are
  std::size_t i = 0;
  auto replace = [&](std::string_view with) {
    out.append(text.substr(run, i - run));
    out.append(with);
    run = ++i;
  };
  while (i < text.size()) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b >= 0x80U) {
      const std::size_t n = utf8_sequence(text, i);
      if (n == 0) replace("\xEF\xBF\xBD");
      else i += n;
      continue;
    }
    switch (b) {
      case '&': replace("&amp;"); break;
      case '<': replace("&lt;"); break;
      case '>': replace("&gt;"); break;
      case '"': replace("&quot;"); break;
      case '\'': replace("&#39;"); break;
      default:
        if ((b < 0x20U && b != '\t' && b != '\n') || b == 0x7FU) replace(" ");
        else ++i;
        break;
    }
  }
  out.append(text.substr(run));
}

/// The start of the UTF-8 character that holds byte `i` (at most 3 bytes back).
[[nodiscard]] inline std::size_t char_start(std::string_view text, std::size_t i) noexcept {
  for (int k = 0; k != 3 && i > 0 && i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0U) == 0x80U; ++k) --i;
  return i;
}

/// A word of the page in both languages.
struct words {
  std::string_view zh;
  std::string_view en;
  [[nodiscard]] constexpr std::string_view operator()(language lang) const noexcept {
    return lang == language::en ? en : zh;
  }
};

/// The page's own words (not labels of the format: those come from the schema).
namespace ui {
inline constexpr words title{"政府信息公开工作年度报告核对结果", "Annual report check"};
inline constexpr words files{"文件", "Files"};
inline constexpr words agency{"机关", "Agency"};
inline constexpr words year{"年度", "Year"};
inline constexpr words edition{"格式版本", "Edition"};
inline constexpr words unknown{"未知", "unknown"};
inline constexpr words summary{"摘要", "Summary"};
inline constexpr words errors{"错误", "errors"};
inline constexpr words warnings{"警告", "warnings"};
inline constexpr words notes{"提示", "notes"};
inline constexpr words cells_read{"单元格：读取", "cells: read"};
inline constexpr words cells_inferred{"推定", "inferred"};
inline constexpr words cells_unread{"未读取", "unread"};
inline constexpr words findings{"核对结果", "Findings"};
inline constexpr words no_findings{"未发现问题。", "Nothing found."};
inline constexpr words identity{"等式", "identity"};
inline constexpr words values{"期望 / 实际", "expected / actual"};
inline constexpr words cells{"涉及单元格", "cells"};
inline constexpr words source{"原文", "source"};
inline constexpr words rests_on_inferred{"涉及推定值", "rests on inferred cells"};
inline constexpr words error{"错误", "error"};
inline constexpr words warning{"警告", "warning"};
inline constexpr words not_assessable{"无法核对", "not assessable"};
inline constexpr words note{"提示", "note"};
inline constexpr words inferred{"推定值：原文数字连写、与标签分离或缺少空白单元格，按唯一相符的读法读取", "inferred: digits that ran together, numbers apart from their labels, or an empty cell lost, read the only way that fits"};
inline constexpr words unread{"未读取：未公布或未能确定读取", "unread: not published, or not read with certainty"};
inline constexpr words text_cell{"文字", "text"};
inline constexpr words text_title{"填写的不是数字", "holds text that is no number"};
inline constexpr words likely{"可能的错误所在，建议值（原文数字未改动）", "the likely mistake; suggested value (the published number is kept)"};
inline constexpr words more{"另有", "and"};
inline constexpr words more_after{"条", "more"};
inline constexpr words unreadable{"无法读取", "could not be read"};
inline constexpr words legend{"图例", "Legend"};
inline constexpr words close{"关闭", "Close"};
inline constexpr words detail_heading{"所选单元格或核对结果", "Selected cell or finding"};
inline constexpr words generated{"由 xxgk 生成；点击标记的单元格或核对结果可查看说明。",
                                 "Made by xxgk; select a marked cell or a finding to see its message."};
}  // namespace ui


// ---- findings and their places ---------------------------------------------------------------

/// How a finding marks its cells, weakest first: a cell takes the strongest mark among its findings.
enum class mark : std::uint8_t { none, note, na, warn, err };

[[nodiscard]] inline mark mark_of(const diagnostic& d) noexcept {
  if (d.verdict == verdict::not_assessable) return mark::na;
  switch (d.severity) {
    case severity::error: return mark::err;
    case severity::warning: return mark::warn;
    case severity::note: return mark::note;
  }
  return mark::note;
}
[[nodiscard]] constexpr std::string_view class_of(mark m) noexcept {
  switch (m) {
    case mark::err: return "err";
    case mark::warn: return "warn";
    case mark::na: return "na";
    case mark::note: return "note";
    case mark::none: break;
  }
  return "";
}
/// The cue besides colour: a glyph per mark, explained in the legend.
[[nodiscard]] constexpr std::string_view glyph_of(mark m) noexcept {
  switch (m) {
    case mark::err: return "\xC3\x97";    // ×
    case mark::warn: return "!";
    case mark::na: return "?";
    case mark::note: return "i";
    case mark::none: break;
  }
  return "";
}
inline constexpr std::string_view inferred_glyph = "\xE2\x89\x88";  // ≈
inline constexpr std::string_view unread_glyph = "\xE2\x80\xA6";    // …

[[nodiscard]] inline words word_of(mark m) noexcept {
  switch (m) {
    case mark::err: return ui::error;
    case mark::warn: return ui::warning;
    case mark::na: return ui::not_assessable;
    case mark::note:
    case mark::none: break;
  }
  return ui::note;
}

/// The catalogue entry of a rule id, or nullptr (a user's own rule).
[[nodiscard]] inline const rule_info* find_rule(std::string_view id) noexcept {
  const rule_info* found = nullptr;
  auto in = [&](const auto& catalogue) {
    for (const rule_info* r : catalogue)
      if (found == nullptr && r->id == id) found = r;
  };
  in(rules::catalogue);
  in(rules::prose_catalogue);
  in(rules::across_years_catalogue);
  in(rules::explain_catalogue);
  in(rules::reader_catalogue);
  return found;
}

/// A place a finding marks in one report: a cell, a row's label (`column` < 0) or a table's
/// caption (`row` < 0); `suggestion`, for an EXPLAIN.CELL candidate, the value it would need.
struct place {
  std::size_t table = 0;
  int row = -1;
  int column = -1;
  std::string_view suggestion{};
};

template <std::size_t N>
[[nodiscard]] constexpr int index_of(const std::array<std::string_view, N>& keys, std::string_view key) noexcept {
  for (std::size_t i = 0; i != N; ++i)
    if (keys[i] == key) return static_cast<int>(i);
  return -1;
}

/// The cells of the total at `slot` of a dimension and of its members, into `f`, as `validate`
/// adds them up (an optional subtotal stands for its items where they were not published).
template <class Tree, class At>
void add_total(const Tree& tree, std::size_t slot, const At& at, finding& f) {
  const options o{};
  for (std::size_t n = 0; n != tree.node_count; ++n) {
    const node& nd = tree.nodes[n];
    if (!nd.is_branch || nd.total != static_cast<std::int16_t>(slot)) continue;
    sum_builder sum(o, f);
    const auto total = at(slot);
    sum.add(total.first, total.second);
    for (std::size_t k = 0; k != nd.child_count; ++k) add_node(tree, tree.children[nd.first_child + k], at, sum);
    return;
  }
}

/// The cells of the identity that diagnostic `d` reports at cell (`r`, `c`) of table `t`, into
/// `out`; false when `d` is no identity of that table.
template <class T>
bool identity_cells(const table<T>& t, std::size_t index, const diagnostic& d, std::size_t r, std::size_t c,
                    std::vector<place>& out) {
  const auto ti = static_cast<std::uint8_t>(index);
  auto ref = [ti](std::size_t row, std::size_t column) {
    return cell_ref{ti, static_cast<std::uint8_t>(row), static_cast<std::uint8_t>(column)};
  };
  const rule_info* across = rules::across_total_rule<T>();
  const rule_info* down = rules::down_total_rule<T>();
  const rule_info* balance = rules::balance_rule<T>();
  finding f{};
  if (across != nullptr && d.rule == across->id) {
    auto at = [&](std::size_t column) { return std::pair<const cell&, cell_ref>{t.at(r, column), ref(r, column)}; };
    add_total(T::columns::tree, c, at, f);
  } else if (down != nullptr && d.rule == down->id) {
    auto at = [&](std::size_t row) { return std::pair<const cell&, cell_ref>{t.at(row, c), ref(row, c)}; };
    add_total(T::rows::tree, r, at, f);
  } else if (balance != nullptr && d.rule == balance->id) {
    if constexpr (!std::is_same_v<typename T::balance_type, no_balance>) {
      const options o{};
      sum_builder lhs(o, f), rhs(o, f);
      add_rows(t, ti, c, lhs, typename T::balance_type::lhs{});
      add_rows(t, ti, c, rhs, typename T::balance_type::rhs{});
    }
  } else if (d.rule == rules::x_in_force.id) {
    // in force = last year's + issued − repealed: the row's cells of this year's report
    for (std::size_t k = 0; k != T::columns::size; ++k) f.add_cell(ref(r, k));
  } else {
    return false;
  }
  for (const cell_ref x : f.involved()) out.push_back({x.table, x.row, x.column, {}});
  return f.cell_count != 0;
}

/// The place named by FORMAT.md keys in report `r`: a cell, a row, a table; false when the
/// keys name nothing of the report's edition.
template <Edition E>
bool locate(const report<E>& r, std::string_view table_key, std::string_view row_key, std::string_view column_key,
            place& out) {
  bool found = false;
  for_each_table(r, [&](const auto& t, std::size_t i) {
    using T = typename std::remove_cvref_t<decltype(t)>::schema;
    if (found || T::key != table_key) return;
    const int row = row_key.empty() ? -1 : index_of(T::rows::keys, row_key);
    const int column = column_key.empty() ? -1 : index_of(T::columns::keys, column_key);
    found = true;
    out.table = i;
    out.row = row;
    out.column = row < 0 ? -1 : column;  // a column without its row: the table
  });
  return found;
}

/// A diagnostic's own cells, if it lists them (a `cells` member of keys `table`, `row`,
/// `column`, `previous`): exact for every rule, a user's own included.
template <Edition E, class D>
bool listed_cells(const report<E>& r, const D& d, std::vector<place>& out) {
  if constexpr (requires { d.cells.begin()->previous; d.cells.begin()->table; }) {
    bool any = false;
    for (const auto& k : d.cells) {
      place p;
      if (!k.previous && locate(r, k.table, k.row, k.column, p)) {
        out.push_back(p);
        any = true;
      }
    }
    return any;
  } else {
    (void)r, (void)d, (void)out;
    return false;
  }
}

/// Every place diagnostic `d` marks in report `r`.
template <Edition E>
void places_of(const report<E>& r, const diagnostic& d, std::vector<place>& out) {
  if (d.rule == rules::explain_cell.id && !d.candidates.empty()) {
    for (const suggested_cell& s : d.candidates) {
      place p;
      if (!s.previous && locate(r, s.table, s.row, s.column, p) && p.column >= 0) {
        p.suggestion = s.expected;
        out.push_back(p);
      }
    }
    return;
  }
  if (listed_cells(r, d, out)) return;
  place p;
  if (d.table.empty() || !locate(r, d.table, d.row, d.column, p)) return;
  if (p.row >= 0 && p.column >= 0) {
    bool identity = false;
    for_each_table(r, [&](const auto& t, std::size_t i) {
      if (i == p.table)
        identity = identity_cells(t, i, d, static_cast<std::size_t>(p.row), static_cast<std::size_t>(p.column), out);
    });
    if (identity) return;
  }
  out.push_back(p);
}

// ---- one report --------------------------------------------------------------------------------

/// What the page has numbered so far, across its files.
struct page_state {
  language lang = language::zh;
  std::size_t next_finding = 1;  ///< findings are numbered f1, f2, ... over the whole page
};

/// The lines of a source text, indexed once, and positions in them.
class source_lines {
 public:
  explicit source_lines(std::string_view text) : text_(text) {}

  /// Line `n` (1-based) without its line break; empty when there is none.
  [[nodiscard]] std::string_view line(std::uint32_t n) {
    if (text_.empty() || n == 0) return {};
    if (starts_.empty()) {
      starts_.push_back(0);
      for (std::size_t i = 0; i != text_.size(); ++i)
        if (text_[i] == '\n') starts_.push_back(i + 1);
    }
    if (n > starts_.size()) return {};
    const std::size_t b = starts_[n - 1];
    std::size_t e = n < starts_.size() ? starts_[n] - 1 : text_.size();
    if (e > b && text_[e - 1] == '\r') --e;
    return text_.substr(b, e - b);
  }

  /// The byte offset in line `n` of its character `col` (1-based: the readers count columns
  /// in characters); npos when `col` is 0 or beyond the line. Positions asked in increasing
  /// order on one line are counted on from the one before, so that many findings on one long
  /// line (crawler text) cost one pass over it.
  [[nodiscard]] std::size_t byte_of(std::uint32_t n, std::uint32_t col) {
    const std::string_view text = line(n);
    if (col == 0 || text.empty()) return std::string_view::npos;
    std::size_t byte = 0;
    std::uint32_t at = 1;
    if (n == last_line_ && col >= last_col_) {
      byte = last_byte_;
      at = last_col_;
    }
    while (at < col && byte < text.size()) {
      ++byte;
      while (byte < text.size() && (static_cast<unsigned char>(text[byte]) & 0xC0U) == 0x80U) ++byte;
      ++at;
    }
    last_line_ = n;
    last_col_ = at;
    last_byte_ = byte;
    return byte < text.size() ? byte : std::string_view::npos;
  }

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
  std::uint32_t last_line_ = 0;
  std::uint32_t last_col_ = 1;
  std::size_t last_byte_ = 0;
};

/// Appends line `text` of the source, at most about 240 bytes of it around byte `at` (npos:
/// unknown), with the token at `at` in <mark>.
inline void quote_line(std::string& out, std::string_view text, std::size_t at) {
  constexpr std::size_t window = 240;
  std::size_t b = 0, e = text.size();
  if (text.size() > window) {
    const std::size_t centre = at == std::string_view::npos ? 0 : at;
    b = centre > window / 2 ? centre - window / 2 : 0;
    e = std::min(text.size(), b + window);
    b = char_start(text, b);
    e = char_start(text, e);
  }
  out += "<code class=\"src\">"sv;
  if (b != 0) out += "\xE2\x80\xA6"sv;
  if (at == std::string_view::npos || at < b || at >= e) {
    escape(out, text.substr(b, e - b));
  } else {
    at = char_start(text, at);
    std::size_t end = at;
    while (end < e && end - at < 60 && text[end] != '\t' && text[end] != ' ' && text[end] != '|') ++end;
    if (end < e) end = char_start(text, end);  // never inside a character
    if (end <= at) end = std::min(e, at + std::max<std::size_t>(1, utf8_sequence(text, at)));
    escape(out, text.substr(b, at - b));
    out += "<mark>"sv;
    escape(out, text.substr(at, end - at));
    out += "</mark>"sv;
    escape(out, text.substr(end, e - end));
  }
  if (e != text.size()) out += "\xE2\x80\xA6"sv;
  out += "</code>"sv;
}

/// A row or column by its label, with the heading over it where the label alone is ambiguous
/// ("（三）不予公开·1.属于国家秘密", "法人或其他组织·其他"); a total line by its label alone.
template <class Dimension>
[[nodiscard]] std::string line_name(std::size_t slot) {
  const auto& tree = Dimension::tree;
  const auto s = static_cast<std::int16_t>(slot);
  std::string out;
  for (std::size_t n = 0; n != tree.node_count; ++n)
    if (tree.nodes[n].is_branch && tree.nodes[n].total == s) return std::string(Dimension::labels[slot]);
  for (std::size_t n = 0; n != tree.node_count; ++n) {
    const node& parent = tree.nodes[n];
    if (!parent.is_branch || parent.key.empty() || (parent.total >= 0 && !parent.optional_total)) continue;
    for (std::size_t k = 0; k != parent.child_count; ++k) {
      const node& child = tree.nodes[tree.children[parent.first_child + k]];
      if (!child.is_branch && child.slot == s) {
        out += parent.label;
        out += "\xC2\xB7"sv;  // ·
      }
    }
  }
  out += Dimension::labels[slot];
  return out;
}

/// One finding as an item of the list: its mark, rule and position, its message, the rule as the
/// catalogue writes it, expected and actual values, links to its cells (`cell_links`, whose ids
/// are `cell_ids`) and the source line it was found at.
inline void write_finding(std::string& out, const diagnostic& d, std::size_t number, std::string_view file,
                          source_lines& lines, language lang, std::string_view cell_ids, std::string_view cell_links) {
  const mark m = mark_of(d);
  out += "<li id=\"f" + std::to_string(number) + "\" class=\"finding ";
  out += class_of(m);
  out += "\" data-rule=\""sv;
  escape(out, d.rule);
  out += '"';
  if (!cell_ids.empty()) {
    out += " data-cells=\""sv;
    out += cell_ids;
    out += '"';
  }
  out += ">\n<p class=\"fh\"><span class=\"g\">"sv;
  out += glyph_of(m);
  out += "</span> <b>"sv;
  escape(out, word_of(m)(lang));
  out += "</b>"sv;
  if (!d.rule.empty()) {
    out += " <code class=\"rule\">["sv;
    escape(out, d.rule);
    out += "]</code>"sv;
  }
  out += " <span class=\"pos\">"sv;
  escape(out, file);
  if (d.line != 0) {
    out += ':' + std::to_string(d.line);
    if (d.col != 0) out += ':' + std::to_string(d.col);
  }
  out += "</span></p>\n<p class=\"msg\" lang=\""sv;
  out += lang == language::en ? "en" : "zh-CN";
  out += "\">"sv;
  escape(out, d.message(lang));
  out += "</p>\n<dl>"sv;
  if (const rule_info* rule = find_rule(d.rule)) {
    out += "<dt>"sv;
    escape(out, ui::identity(lang));
    out += "</dt><dd>"sv;
    escape(out, lang == language::en ? rule->en : rule->zh);
    out += "</dd>"sv;
  }
  if (d.expected || d.actual) {
    out += "<dt>"sv;
    escape(out, ui::values(lang));
    out += "</dt><dd><span class=\"n\">"sv;
    escape(out, d.expected ? std::string_view(*d.expected) : std::string_view("\xE2\x80\x94"));
    out += "</span> / <span class=\"n\">"sv;
    escape(out, d.actual ? std::string_view(*d.actual) : std::string_view("\xE2\x80\x94"));
    out += "</span>"sv;
    if (d.inferred) {
      out += " ("sv;
      escape(out, ui::rests_on_inferred(lang));
      out += ')';
    }
    out += "</dd>"sv;
  }
  if (!cell_links.empty()) {
    out += "<dt>"sv;
    escape(out, ui::cells(lang));
    out += "</dt><dd lang=\"zh-CN\">"sv;
    out += cell_links;
    out += "</dd>"sv;
  }
  const std::string_view text = lines.line(d.line);
  if (!text.empty() || !d.raw.empty()) {
    out += "<dt>"sv;
    escape(out, ui::source(lang));
    out += "</dt><dd>"sv;
    if (!text.empty()) {
      quote_line(out, text, lines.byte_of(d.line, d.col));
    } else {
      out += "<code class=\"src\">"sv;
      escape(out, d.raw);
      out += "</code>"sv;
    }
    out += "</dd>"sv;
  }
  out += "</dl></li>\n"sv;
}

/// One report's page section, built while its tables are drawn.
template <Edition E>
class report_writer {
 public:
  report_writer(const report<E>& written, const html_input& in, page_state& page, std::string_view id)
      : r_(written), in_(in), page_(page), id_(id), first_(page.next_finding) {
    std::size_t cells = 0, rows = 0, tables = 0;
    for_each_table(r_, [&](const auto& t, std::size_t) {
      cell_base_.push_back(cells);
      row_base_.push_back(rows);
      cells += t.row_count * t.column_count;
      rows += t.row_count;
      ++tables;
    });
    row_start_ = cells;
    table_start_ = cells + rows;
    marks_.resize(cells + rows + tables);
    places_.resize(in_.diagnostics.size());
    for (std::size_t i = 0; i != in_.diagnostics.size(); ++i) {
      places_of(r_, in_.diagnostics[i], places_[i]);
      for (const place& p : places_[i]) {
        std::vector<std::uint32_t>& at = marks_[slot_of(p)];
        // a cell named twice by one finding is marked once
        if (at.empty() || at.back() != i) at.push_back(static_cast<std::uint32_t>(i));
      }
    }
  }

  /// Appends the section's tables and findings to `body`; counts the cells drawn.
  void write(std::string& body) {
    body += "<h3 class=\"chapter\">"sv;
    escape(body, printed::chapter_titles[1]);
    body += "</h3>\n"sv;
    chapter_two(body);
    for_each_table(r_, [&](const auto& t, std::size_t i) {
      using T = typename std::remove_cvref_t<decltype(t)>::schema;
      if constexpr (T::in_chapter == chapter::three) chapter_three(body, t, i);
      else if constexpr (T::in_chapter == chapter::four) chapter_four(body, t, i);
    });
    findings(body);
    page_.next_finding = first_ + in_.diagnostics.size();
  }

  std::size_t read = 0, inferred = 0, unread = 0;

 private:
  [[nodiscard]] std::size_t slot_of(const place& p) const {
    if (p.row < 0) return table_start_ + p.table;
    const auto row = static_cast<std::size_t>(p.row);
    if (p.column < 0) return row_start_ + row_base_[p.table] + row;
    std::size_t columns = 0;
    for_each_table(r_, [&](const auto& t, std::size_t i) {
      if (i == p.table) columns = t.column_count;
    });
    return cell_base_[p.table] + row * columns + static_cast<std::size_t>(p.column);
  }

  template <class T>
  [[nodiscard]] std::size_t cell_slot(std::size_t index, std::size_t r, std::size_t c) const {
    return cell_base_[index] + r * T::columns::size + c;
  }

  void finding_id(std::string& out, std::size_t i) const {
    out += 'f';
    out += std::to_string(first_ + i);
  }

  template <class T>
  void place_id(std::string& out, int row, int column) const {
    out += id_;
    out += '-';
    out += T::key;
    if (row < 0) return;
    out += '-';
    out += T::rows::keys[static_cast<std::size_t>(row)];
    if (column < 0) return;
    out += '-';
    out += T::columns::keys[static_cast<std::size_t>(column)];
  }

  /// The attributes of a marked element (class besides `base`, data-findings, data-rule,
  /// title) and the glyph that goes in it; nothing for an unmarked one.
  struct marking {
    std::string attributes;
    std::string glyph;
  };
  [[nodiscard]] marking marking_of(const std::vector<std::uint32_t>& found, std::string_view base,
                                   std::string_view extra_title, std::string_view suggestion = {}) const {
    marking m;
    mark strongest = mark::none;
    for (const std::uint32_t i : found) strongest = std::max(strongest, mark_of(in_.diagnostics[i]));
    std::string classes(base);
    if (strongest != mark::none) {
      if (!classes.empty()) classes += ' ';
      classes += class_of(strongest);
    }
    if (!suggestion.empty()) classes += " likely"sv;
    m.attributes += " class=\""sv;
    escape(m.attributes, classes);
    m.attributes += '"';
    std::string title(extra_title);
    if (!found.empty()) {
      m.attributes += " tabindex=\"0\" data-findings=\""sv;
      for (std::size_t k = 0; k != found.size(); ++k) {
        if (k != 0) m.attributes += ' ';
        finding_id(m.attributes, found[k]);
      }
      m.attributes += "\" data-rule=\""sv;
      std::vector<std::string_view> ids;
      for (const std::uint32_t i : found) {
        const std::string_view rule = in_.diagnostics[i].rule;
        if (!rule.empty() && std::find(ids.begin(), ids.end(), rule) == ids.end()) ids.push_back(rule);
      }
      for (std::size_t k = 0; k != ids.size(); ++k) {
        if (k != 0) m.attributes += ' ';
        escape(m.attributes, ids[k]);
      }
      m.attributes += '"';
      // the title: the strongest mark, then up to three messages
      if (!title.empty()) title += '\n';
      title += word_of(strongest)(page_.lang);
      std::size_t shown = 0;
      for (const std::uint32_t i : found) {
        if (shown == 3) break;
        const diagnostic& d = in_.diagnostics[i];
        title += "\n"sv;
        if (!d.rule.empty()) title += "[" + d.rule + "] ";
        title += d.message(page_.lang);
        ++shown;
      }
      if (found.size() > shown) {
        title += "\n"sv;
        title += ui::more(page_.lang);
        title += ' ';
        title += std::to_string(found.size() - shown);
        title += ' ';
        title += ui::more_after(page_.lang);
      }
      m.glyph += "<a class=\"g\" href=\"#"sv;
      finding_id(m.glyph, found.front());
      m.glyph += "\">"sv;
      m.glyph += glyph_of(strongest);
      m.glyph += "</a>"sv;
    }
    if (!suggestion.empty()) {
      m.glyph += "<span class=\"sugg\">\xE2\x86\x92"sv;  // →
      escape(m.glyph, suggestion);
      m.glyph += "</span>"sv;
      if (!title.empty()) title += '\n';
      title += ui::likely(page_.lang);
      title += ": "sv;
      title += suggestion;
    }
    if (!title.empty()) {
      m.attributes += " title=\""sv;
      escape(m.attributes, title);
      m.attributes += '"';
    }
    return m;
  }

  /// The EXPLAIN.CELL suggestion for a cell, if one of its findings makes it.
  [[nodiscard]] std::string_view suggestion_for(const std::vector<std::uint32_t>& found, std::size_t table,
                                                std::size_t r, std::size_t c) const {
    for (const std::uint32_t i : found)
      for (const place& p : places_[i])
        if (!p.suggestion.empty() && p.table == table && p.row == static_cast<int>(r) && p.column == static_cast<int>(c))
          return p.suggestion;
    return {};
  }

  /// One data cell, as published, with its marks.
  template <class T>
  void write_cell(std::string& out, const table<T>& t, std::size_t index, std::size_t r, std::size_t c,
                  std::size_t colspan = 1) {
    const cell& x = t.at(r, c);
    const std::vector<std::uint32_t>& found = marks_[cell_slot<T>(index, r, c)];
    std::string base;
    std::string_view state_title;
    switch (x.state) {
      case cell_state::number: base = x.inferred ? "num inferred" : "num"; break;
      case cell_state::blank: base = "blank"; break;
      case cell_state::marker: base = "marker"; break;
      case cell_state::text: base = "text"; state_title = ui::text_title(page_.lang); break;
      case cell_state::absent: base = "unread"; state_title = ui::unread(page_.lang); break;
    }
    if (x.state == cell_state::absent) ++unread;
    else if (x.inferred) ++inferred;
    else ++read;
    if (x.inferred) state_title = ui::inferred(page_.lang);
    const marking m = marking_of(found, base, state_title, suggestion_for(found, index, r, c));
    out += "<td id=\""sv;
    place_id<T>(out, static_cast<int>(r), static_cast<int>(c));
    out += '"';
    if (colspan > 1) out += " colspan=\"" + std::to_string(colspan) + "\"";
    out += m.attributes;
    out += '>';
    switch (x.state) {
      case cell_state::number: out += x.value.to_text().view(); break;
      case cell_state::marker: escape(out, to_string(x.mark)); break;
      case cell_state::text: out += "<span class=\"txt\">"sv; escape(out, ui::text_cell(page_.lang)); out += "</span>"sv; break;
      case cell_state::blank: break;
      case cell_state::absent: out += "<span class=\"s\">"sv; out += unread_glyph; out += "</span>"sv; break;
    }
    if (x.inferred) {
      out += "<span class=\"s\">"sv;
      out += inferred_glyph;
      out += "</span>"sv;
    }
    out += m.glyph;
    out += "</td>"sv;
  }

  /// A row's label as a header cell (of chapter 四, a case type over its results: `scope`
  /// "colgroup"): id, marks of findings about the row.
  template <class T>
  void write_row_head(std::string& out, std::size_t index, std::size_t r, std::string_view label, std::size_t rowspan,
                      std::size_t colspan, std::string_view base = "row", std::string_view scope = "row") {
    const place p{index, static_cast<int>(r), -1, {}};
    const marking m = marking_of(marks_[slot_of(p)], base, {});
    out += "<th scope=\""sv;
    out += scope;
    out += "\" id=\""sv;
    place_id<T>(out, static_cast<int>(r), -1);
    out += '"';
    if (rowspan > 1) out += " rowspan=\"" + std::to_string(rowspan) + "\"";
    if (colspan > 1) out += " colspan=\"" + std::to_string(colspan) + "\"";
    out += m.attributes;
    out += '>';
    escape(out, label);
    out += m.glyph;
    out += "</th>"sv;
  }

  /// A heading cell (a group, a column), not a place of findings.
  static void write_head(std::string& out, std::string_view label, std::size_t rowspan, std::size_t colspan,
                         std::string_view cls = {}) {
    out += "<th"sv;
    if (!cls.empty()) {
      out += " class=\""sv;
      out += cls;
      out += '"';
    }
    if (rowspan > 1) out += " rowspan=\"" + std::to_string(rowspan) + "\"";
    if (colspan > 1) out += " colspan=\"" + std::to_string(colspan) + "\"";
    out += '>';
    escape(out, label);
    out += "</th>"sv;
  }

  /// A table's caption, carrying the marks of findings about the whole table.
  template <class T>
  void write_caption(std::string& out, std::size_t index, std::string_view tag, std::size_t colspan = 1) {
    const place p{index, -1, -1, {}};
    const marking m = marking_of(marks_[slot_of(p)], "cap", {});
    out += '<';
    out += tag;
    out += " id=\""sv;
    place_id<T>(out, -1, -1);
    out += '"';
    if (colspan > 1) out += " colspan=\"" + std::to_string(colspan) + "\"";
    out += m.attributes;
    out += '>';
    escape(out, T::label);
    out += m.glyph;
    out += "</"sv;
    out += tag;
    out += '>';
  }

  /// True when some finding marks a cell or the label of row `r`.
  template <class T>
  [[nodiscard]] bool row_marked(std::size_t index, std::size_t r) const {
    if (!marks_[row_start_ + row_base_[index] + r].empty()) return true;
    for (std::size_t c = 0; c != T::columns::size; ++c)
      if (!marks_[cell_slot<T>(index, r, c)].empty()) return true;
    return false;
  }

  // chapter 二: the tables of 第二十条 one under the other, as the format prints them
  void chapter_two(std::string& out) {
    std::size_t width = 0;
    for_each_table(r_, [&](const auto& t, std::size_t) {
      using T = typename std::remove_cvref_t<decltype(t)>::schema;
      if constexpr (T::in_chapter == chapter::two) width = std::max(width, T::columns::size);
    });
    out += "<table class=\"t2\" lang=\"zh-CN\">\n"sv;
    for_each_table(r_, [&](const auto& t, std::size_t i) {
      using T = typename std::remove_cvref_t<decltype(t)>::schema;
      if constexpr (T::in_chapter == chapter::two) {
        constexpr std::size_t columns = T::columns::size;
        out += "<tbody><tr>"sv;
        write_caption<T>(out, i, "th", width + 1);
        out += "</tr>\n<tr>"sv;
        write_head(out, printed::content, 1, 1);
        for (std::size_t c = 0; c != columns; ++c)
          write_head(out, T::columns::labels[c], 1, c + 1 == columns ? width - columns + 1 : 1);
        out += "</tr>\n"sv;
        for (std::size_t r = 0; r != T::rows::size; ++r) {
          out += "<tr>"sv;
          write_row_head<T>(out, i, r, T::rows::labels[r], 1, 1);
          for (std::size_t c = 0; c != columns; ++c) write_cell(out, t, i, r, c, c + 1 == columns ? width - columns + 1 : 1);
          out += "</tr>\n"sv;
        }
        out += "</tbody>\n"sv;
      }
    });
    out += "</table>\n"sv;
  }

  // ---- chapter 三 -----------------------------------------------------------------------------

  struct head_cell {
    std::string_view label;
    std::size_t rowspan = 1;
    std::size_t colspan = 1;
    int slot = -1;  ///< the row's own label; -1 for a group heading
  };
  struct line {
    std::size_t slot = 0;
    std::vector<head_cell> heads;
  };

  template <class Tree>
  [[nodiscard]] static std::size_t depth_of(const Tree& tree, std::size_t n) {
    const node& nd = tree.nodes[n];
    if (!nd.is_branch) return 0;
    std::size_t d = 1;
    for (std::size_t k = 0; k != nd.child_count; ++k) d = std::max(d, 1 + depth_of(tree, tree.children[nd.first_child + k]));
    return d;
  }
  template <class Tree>
  [[nodiscard]] static std::size_t lines_under(const Tree& tree, std::size_t n) {
    const node& nd = tree.nodes[n];
    if (!nd.is_branch) return 1;
    std::size_t count = nd.total >= 0 ? 1 : 0;
    for (std::size_t k = 0; k != nd.child_count; ++k) count += lines_under(tree, tree.children[nd.first_child + k]);
    return count;
  }

  /// The lines under branch `n` (its members at `level`), each with the headings it opens:
  /// a group's heading spans its lines; a line's label spans the levels below it.
  template <class Dimension>
  static void collect(std::size_t n, std::size_t level, std::size_t depth, const std::vector<bool>& visible,
                      std::vector<line>& out) {
    const auto& tree = Dimension::tree;
    const node& nd = tree.nodes[n];
    auto leaf = [&](std::int16_t slot) {
      const auto s = static_cast<std::size_t>(slot);
      if (!visible[s]) return;
      out.push_back({s, {head_cell{Dimension::labels[s], 1, depth - level + 1, slot}}});
    };
    if (nd.total >= 0 && nd.optional_total) leaf(nd.total);
    for (std::size_t k = 0; k != nd.child_count; ++k) {
      const std::size_t child = tree.children[nd.first_child + k];
      const node& ch = tree.nodes[child];
      if (!ch.is_branch) {
        leaf(ch.slot);
        continue;
      }
      const std::size_t first = out.size();
      collect<Dimension>(child, level + 1, depth, visible, out);
      const std::size_t count = out.size() - first;
      if (count == 0) continue;
      if (count == 1 && ch.optional_total && out[first].slot == static_cast<std::size_t>(ch.total)) {
        // printed as one row (edition 2019's （六）其他处理): its label takes the heading's place
        out[first].heads.front().colspan += 1;
        continue;
      }
      out[first].heads.insert(out[first].heads.begin(), head_cell{ch.label, count, 1, -1});
    }
    if (nd.total >= 0 && !nd.optional_total) leaf(nd.total);
  }

  /// The column headings under branch `n` at `level`, into `rows[level - 1]`.
  template <class Dimension>
  static void column_heads(std::size_t n, std::size_t level, std::size_t depth, std::vector<std::string>& rows) {
    const auto& tree = Dimension::tree;
    const node& nd = tree.nodes[n];
    auto leaf = [&](std::int16_t slot) {
      write_head(rows[level - 1], Dimension::labels[static_cast<std::size_t>(slot)], depth - level + 1, 1, "col");
    };
    if (nd.total >= 0 && nd.optional_total) leaf(nd.total);
    for (std::size_t k = 0; k != nd.child_count; ++k) {
      const std::size_t child = tree.children[nd.first_child + k];
      const node& ch = tree.nodes[child];
      if (!ch.is_branch) {
        leaf(ch.slot);
        continue;
      }
      write_head(rows[level - 1], ch.label, 1, lines_under(tree, child), "grp");
      column_heads<Dimension>(child, level + 1, depth, rows);
    }
    if (nd.total >= 0 && !nd.optional_total) leaf(nd.total);
  }

  template <class T>
  void chapter_three(std::string& out, const table<T>& t, std::size_t index) {
    using rows = typename T::rows;
    using columns = typename T::columns;
    const std::size_t row_depth = depth_of(rows::tree, 0);
    const std::size_t column_depth = depth_of(columns::tree, 0);

    // rows shown: every row, but of a group that may print its total as one row (（六）其他处理)
    // either that row or its items, whichever the report published; a row a finding marks always
    std::vector<bool> visible(rows::size, true);
    for (std::size_t n = 0; n != rows::tree.node_count; ++n) {
      const node& nd = rows::tree.nodes[n];
      if (!nd.is_branch || !nd.optional_total) continue;
      const auto total = static_cast<std::size_t>(nd.total);
      bool items = false;
      std::vector<std::size_t> members;
      for (std::size_t k = 0; k != nd.child_count; ++k) {
        const node& ch = rows::tree.nodes[rows::tree.children[nd.first_child + k]];
        if (!ch.is_branch) {
          members.push_back(static_cast<std::size_t>(ch.slot));
          items = items || t.row_present(static_cast<std::size_t>(ch.slot));
        }
      }
      const bool printed_total = t.row_present(total);
      visible[total] = printed_total || row_marked<T>(index, total);
      for (const std::size_t m : members) visible[m] = !printed_total || items || row_marked<T>(index, m);
    }
    std::vector<line> lines;
    collect<rows>(0, 1, row_depth, visible, lines);

    out += "<h3 class=\"chapter\">"sv;
    write_caption<T>(out, index, "span");
    out += "</h3>\n<table class=\"t3\" lang=\"zh-CN\">\n<thead>\n<tr>"sv;
    const bool balance = !std::is_same_v<typename T::balance_type, no_balance>;
    write_head(out, balance ? printed::balance_note : std::string_view{}, column_depth + 1, row_depth, "corner");
    write_head(out, printed::applicants, 1, columns::size, "grp");
    out += "</tr>\n"sv;
    std::vector<std::string> heads(column_depth);
    column_heads<columns>(0, 1, column_depth, heads);
    for (const std::string& h : heads) out += "<tr>" + h + "</tr>\n";
    out += "</thead>\n<tbody>\n"sv;
    for (const line& l : lines) {
      out += "<tr>"sv;
      for (const head_cell& h : l.heads) {
        if (h.slot >= 0) write_row_head<T>(out, index, l.slot, h.label, h.rowspan, h.colspan);
        else write_head(out, h.label, h.rowspan, h.colspan, "grp");
      }
      for (std::size_t c = 0; c != columns::size; ++c) write_cell(out, t, index, l.slot, c);
      out += "</tr>\n"sv;
    }
    out += "</tbody>\n</table>\n"sv;
  }


  // ---- chapter 四: one printed row, the case types over their results ----------------------------

  /// The headings over the cases under branch `n` at `level`: a group over its cases, a case
  /// over its results (a place of findings about the case); `order`, the cases left to right.
  template <class T>
  void case_heads(std::size_t n, std::size_t level, std::size_t depth, std::vector<std::string>& heads,
                  std::vector<std::size_t>& order, std::size_t index) {
    using rows = typename T::rows;
    using columns = typename T::columns;
    const auto& tree = rows::tree;
    const node& nd = tree.nodes[n];
    auto leaf = [&](std::int16_t slot) {
      const auto row = static_cast<std::size_t>(slot);
      order.push_back(row);
      write_row_head<T>(heads[level - 1], index, row, rows::labels[row], 1, columns::size, "case", "colgroup");
      for (std::size_t column = 0; column != columns::size; ++column)
        write_head(heads[level], columns::labels[column], depth - level + 1, 1, "col");
    };
    if (nd.total >= 0 && nd.optional_total) leaf(nd.total);
    for (std::size_t k = 0; k != nd.child_count; ++k) {
      const std::size_t child = tree.children[nd.first_child + k];
      const node& ch = tree.nodes[child];
      if (!ch.is_branch) {
        leaf(ch.slot);
        continue;
      }
      write_head(heads[level - 1], ch.label, 1, lines_under(tree, child) * columns::size, "grp");
      case_heads<T>(child, level + 1, depth, heads, order, index);
    }
    if (nd.total >= 0 && !nd.optional_total) leaf(nd.total);
  }

  template <class T>
  void chapter_four(std::string& out, const table<T>& t, std::size_t index) {
    const std::size_t depth = depth_of(T::rows::tree, 0);
    std::vector<std::string> heads(depth + 1);
    std::vector<std::size_t> order;
    case_heads<T>(0, 1, depth, heads, order, index);
    out += "<h3 class=\"chapter\">"sv;
    write_caption<T>(out, index, "span");
    out += "</h3>\n<table class=\"t4\" lang=\"zh-CN\">\n<thead>\n"sv;
    for (const std::string& h : heads) out += "<tr>" + h + "</tr>\n";
    out += "</thead>\n<tbody>\n<tr>"sv;
    for (const std::size_t r : order)
      for (std::size_t c = 0; c != T::columns::size; ++c) write_cell(out, t, index, r, c);
    out += "</tr>\n</tbody>\n</table>\n"sv;
  }

  // ---- the findings ------------------------------------------------------------------------------

  void place_anchor(std::string& out, const place& p) const {
    for_each_table(r_, [&](const auto& t, std::size_t i) {
      using T = typename std::remove_cvref_t<decltype(t)>::schema;
      if (i == p.table) place_id<T>(out, p.row, p.column);
    });
  }

  /// A link to a place, named by its labels, with the value of a cell as published.
  void place_link(std::string& out, const place& p) const {
    for_each_table(r_, [&](const auto& t, std::size_t i) {
      using T = typename std::remove_cvref_t<decltype(t)>::schema;
      if (i != p.table) return;
      out += "<a href=\"#"sv;
      place_id<T>(out, p.row, p.column);
      out += "\">"sv;
      std::string name;
      if (T::in_chapter == chapter::two || p.row < 0) name += T::label;
      if (p.row >= 0) {
        if (!name.empty()) name += ' ';
        name += line_name<typename T::rows>(static_cast<std::size_t>(p.row));
      }
      if (p.column >= 0) {
        name += " / "sv;
        name += line_name<typename T::columns>(static_cast<std::size_t>(p.column));
      }
      escape(out, name);
      out += "</a>"sv;
      if (p.row < 0 || p.column < 0) return;
      const cell& x = t.at(static_cast<std::size_t>(p.row), static_cast<std::size_t>(p.column));
      out += "<span class=\"v\">"sv;
      switch (x.state) {
        case cell_state::number: out += x.value.to_text().view(); break;
        case cell_state::marker: escape(out, to_string(x.mark)); break;
        case cell_state::text: escape(out, ui::text_cell(page_.lang)); break;
        case cell_state::blank: out += "\xE3\x80\x80"sv; break;  // an ideographic space: published blank
        case cell_state::absent: out += unread_glyph; break;
      }
      if (x.inferred) out += inferred_glyph;
      out += "</span>"sv;
    });
  }

  void findings(std::string& out) {
    source_lines lines(in_.source);
    out += "<h3 class=\"chapter\">"sv;
    escape(out, ui::findings(page_.lang));
    out += " (" + std::to_string(in_.diagnostics.size()) + ")</h3>\n";
    if (in_.diagnostics.empty()) {
      out += "<p class=\"none\">"sv;
      escape(out, ui::no_findings(page_.lang));
      out += "</p>\n"sv;
      return;
    }
    out += "<ol class=\"findings\" start=\"" + std::to_string(first_) + "\">\n";
    std::string ids, links;
    for (std::size_t i = 0; i != in_.diagnostics.size(); ++i) {
      ids.clear();
      links.clear();
      for (const place& p : places_[i]) {
        if (!ids.empty()) {
          ids += ' ';
          links += "\xE3\x80\x81"sv;  // 、
        }
        place_anchor(ids, p);
        place_link(links, p);
      }
      write_finding(out, in_.diagnostics[i], first_ + i, in_.file, lines, page_.lang, ids, links);
    }
    out += "</ol>\n"sv;
  }

  const report<E>& r_;
  const html_input& in_;
  page_state& page_;
  std::string_view id_;
  std::size_t first_;
  std::vector<std::size_t> cell_base_, row_base_;
  std::size_t row_start_ = 0, table_start_ = 0;
  std::vector<std::vector<std::uint32_t>> marks_;
  std::vector<std::vector<place>> places_;
};

// ---- the page ----------------------------------------------------------------------------------

inline constexpr std::string_view style = R"css(
:root{--err:#b71c1c;--err-bg:#fde0dc;--warn:#8a5300;--warn-bg:#fff1c2;--na:#455a64;--na-bg:#eceff4;--note:#1b5e20;--inf-bg:#e0f2f1;--sel:#1565c0;--likely:#6a1b9a}
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",SimSun,sans-serif;margin:1.5em auto;max-width:75em;padding:0 1em;color:#111;line-height:1.5}
h1{font-size:1.4em}h2{font-size:1.2em;border-bottom:2px solid #333;margin-top:2em}h3{font-size:1.05em;margin:1.2em 0 .3em}
dl.meta{display:grid;grid-template-columns:max-content auto;gap:0 1em;margin:.5em 0}dl.meta dt{color:#555}dl.meta dd{margin:0}
.summary{margin:.3em 0}.summary b{font-weight:bold}
.legend span{display:inline-block;margin-right:1em;padding:0 .3em;border:1px solid #999}
table{border-collapse:collapse;margin:.3em 0 1em;font-size:14px}
th,td{border:1px solid #555;padding:2px 6px}
th{font-weight:normal;background:#f5f5f5;text-align:center}
th[scope=row]{text-align:left}th.corner{font-size:.8em;max-width:16em;color:#333}th.cap{text-align:left;font-weight:bold}
td{text-align:right;min-width:2.2em;white-space:nowrap}
td.unread{background:repeating-linear-gradient(45deg,#f5f5f5,#f5f5f5 4px,#e4e4e4 4px,#e4e4e4 8px);color:#555;text-align:center}
td.inferred{background:var(--inf-bg);font-style:italic}
td.text .txt,td.marker{color:#555}
td.err,th.err,span.err{background:var(--err-bg);outline:2px solid var(--err);outline-offset:-2px}
td.warn,th.warn,span.warn{background:var(--warn-bg);outline:2px dashed var(--warn);outline-offset:-2px}
td.na,th.na,span.na{background:var(--na-bg);outline:2px dotted var(--na);outline-offset:-2px}
td.note,th.note,span.note{outline:1px solid var(--note);outline-offset:-2px}
td.likely{box-shadow:inset 0 0 0 3px var(--likely)}
[data-findings]{cursor:pointer}
.g{font-weight:bold;margin-left:.2em;text-decoration:none}.s{margin-left:.15em;color:#555}
.err>.g,li.err .g{color:var(--err)}.warn>.g,li.warn .g{color:var(--warn)}.na>.g,li.na .g{color:var(--na)}.note>.g,li.note .g{color:var(--note)}
.sugg{color:var(--likely);margin-left:.2em;font-size:.85em;font-weight:bold}
.sel,:target{outline:3px solid var(--sel)!important;outline-offset:-1px}
ol.findings{padding-left:2.5em}ol.findings li{margin:.5em 0;padding:.2em .6em;border-left:4px solid #999}
li.err{border-left-color:var(--err)!important}li.warn{border-left-color:var(--warn)!important}li.na{border-left-color:var(--na)!important}li.note{border-left-color:var(--note)!important}
li.finding p{margin:.1em 0}li.finding dl{display:grid;grid-template-columns:max-content auto;gap:0 .8em;margin:.2em 0;font-size:.9em}li.finding dt{color:#555}li.finding dd{margin:0}
.pos{color:#555;font-size:.9em}.v{margin-left:.3em;color:#333}.v::before{content:"("}.v::after{content:")"}
code.src{white-space:pre-wrap;word-break:break-all;background:#f5f5f5;padding:0 .2em}mark{background:#ffe082}
#xxgk-detail{position:fixed;right:1em;bottom:1em;width:34em;max-width:90vw;max-height:50vh;overflow:auto;background:#fff;border:2px solid var(--sel);padding:.4em 1em;box-shadow:0 2px 10px rgba(0,0,0,.3)}
#xxgk-detail[hidden]{display:none}#xxgk-detail h2{font-size:1em;margin:0;border:0}#xxgk-detail ol{padding-left:0;list-style:none}
#xxgk-close{position:absolute;top:.3em;right:.5em}
@media print{@page{size:A4;margin:12mm}body{margin:0;max-width:none;font-size:10pt}#xxgk-detail,.hint{display:none}table{font-size:8.5pt}th,td{padding:1px 3px}tr,li{break-inside:avoid}thead{display:table-header-group}section.report+section.report{break-before:page}a{color:inherit;text-decoration:none}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
)css";

inline constexpr std::string_view script = R"js(
(function () {
  var panel = document.getElementById('xxgk-detail'), body = document.getElementById('xxgk-detail-body');
  if (!panel || !body || !window.Element || !Element.prototype.closest) return;
  var lit = [];
  function light(el) { if (el) { el.classList.add('sel'); lit.push(el); } }
  function clear() { for (var i = 0; i < lit.length; i++) lit[i].classList.remove('sel'); lit = []; }
  function show(ids, from) {
    clear(); light(from);
    while (body.firstChild) body.removeChild(body.firstChild);
    for (var i = 0; i < ids.length; i++) {
      var f = document.getElementById(ids[i]);
      if (!f) continue;
      light(f);
      var copy = f.cloneNode(true), inner = copy.querySelectorAll('[id]');
      copy.removeAttribute('id');
      for (var j = 0; j < inner.length; j++) inner[j].removeAttribute('id');
      body.appendChild(copy);
      var cells = (f.getAttribute('data-cells') || '').split(' ');
      for (var k = 0; k < cells.length; k++) if (cells[k]) light(document.getElementById(cells[k]));
    }
    panel.hidden = false;
  }
  function pick(e) {
    var t = e.target;
    if (t.closest('#xxgk-close')) { panel.hidden = true; clear(); return; }
    if (t.closest('#xxgk-detail')) return;
    var m = t.closest('[data-findings]');
    if (m) { e.preventDefault(); show(m.getAttribute('data-findings').split(' '), m); return; }
    var f = t.closest('li.finding');
    if (f && !t.closest('a')) show([f.id], null);
  }
  document.addEventListener('click', pick);
  document.addEventListener('keydown', function (e) {
    if ((e.key === 'Enter' || e.key === ' ') && e.target.closest && e.target.closest('[data-findings]')) pick(e);
    if (e.key === 'Escape') { panel.hidden = true; clear(); }
  });
})();
)js";

/// A file's counts: errors, warnings and notes, and the cells drawn.
inline void write_summary(std::string& out, const summary& s, language lang, const std::size_t* cells) {
  out += "<p class=\"summary\">"sv;
  auto count = [&](std::string_view cls, std::size_t n, const words& w) {
    out += "<span class=\""sv;
    out += cls;
    out += "\"><b>" + std::to_string(n) + "</b> ";
    escape(out, w(lang));
    out += "</span> "sv;
  };
  count(s.errors != 0 ? "err" : "ok", s.errors, ui::errors);
  count(s.warnings != 0 ? "warn" : "ok", s.warnings, ui::warnings);
  count("ok", s.notes, ui::notes);
  if (cells != nullptr) {
    out += lang == language::en ? "&middot; " : "\xEF\xBC\x9B";
    escape(out, ui::cells_read(lang));
    out += " <b>" + std::to_string(cells[0]) + "</b> &middot; ";
    escape(out, ui::cells_inferred(lang));
    out += " <b>" + std::to_string(cells[1]) + "</b> &middot; ";
    escape(out, ui::cells_unread(lang));
    out += " <b>" + std::to_string(cells[2]) + "</b>";
  }
  out += "</p>\n"sv;
}

inline void write_meta(std::string& out, std::string_view agency, std::int32_t year, std::string_view edition,
                       std::string_view document, language lang) {
  out += "<dl class=\"meta\"><dt>"sv;
  escape(out, ui::agency(lang));
  out += "</dt><dd>"sv;
  escape(out, agency.empty() ? ui::unknown(lang) : agency);
  out += "</dd><dt>"sv;
  escape(out, ui::year(lang));
  out += "</dt><dd>"sv;
  if (year != 0) out += std::to_string(year);
  else escape(out, ui::unknown(lang));
  out += "</dd><dt>"sv;
  escape(out, ui::edition(lang));
  out += "</dt><dd>"sv;
  escape(out, edition);
  out += "\xEF\xBC\x88"sv;  // （
  escape(out, document);
  out += "\xEF\xBC\x89</dd></dl>\n"sv;  // ）
}

/// The page section of one file.
inline void write_file(std::string& out, const html_input& in, page_state& page, std::size_t number) {
  const std::string id = "r" + std::to_string(number);
  out += "<section class=\"report\" id=\"" + id + "\">\n<h2>";
  escape(out, in.file);
  out += "</h2>\n"sv;
  summary counts = summarize(in.diagnostics);
  if (in.failure != nullptr) counts.add(in.failure->severity);
  if (in.failure != nullptr) {
    // nothing usable was read: the reason first, as finding number `page.next_finding`
    source_lines lines(in.source);
    out += "<ol class=\"findings failure\" start=\"" + std::to_string(page.next_finding) + "\">\n";
    write_finding(out, *in.failure, page.next_finding, in.file, lines, page.lang, {}, {});
    out += "</ol>\n"sv;
    ++page.next_finding;
  }
  if (in.report == nullptr) {
    write_summary(out, counts, page.lang, nullptr);
    if (!in.diagnostics.empty()) {
      source_lines lines(in.source);
      out += "<ol class=\"findings\" start=\"" + std::to_string(page.next_finding) + "\">\n";
      for (const diagnostic& d : in.diagnostics) write_finding(out, d, page.next_finding++, in.file, lines, page.lang, {}, {});
      out += "</ol>\n"sv;
    }
    out += "</section>\n"sv;
    return;
  }
  in.report->visit([&](const auto& r) {
    using E = typename std::remove_cvref_t<decltype(r)>::edition_type;
    report_writer<E> w(r, in, page, id);
    std::string body;
    w.write(body);
    write_meta(out, r.agency.view(), r.year, E::name, E::document, page.lang);
    const std::size_t cells[] = {w.read, w.inferred, w.unread};
    write_summary(out, counts, page.lang, cells);
    out += body;
  });
  out += "</section>\n"sv;
}

inline void write_legend(std::string& out, language lang) {
  out += "<p class=\"legend hint\">"sv;
  escape(out, ui::legend(lang));
  out += "\xEF\xBC\x9A"sv;  // ：
  const mark marks[] = {mark::err, mark::warn, mark::na, mark::note};
  for (const mark m : marks) {
    out += "<span class=\""sv;
    out += class_of(m);
    out += "\"><span class=\"g\">"sv;
    out += glyph_of(m);
    out += "</span> "sv;
    escape(out, word_of(m)(lang));
    out += "</span>"sv;
  }
  out += "<span class=\"inferred\"><span class=\"s\">"sv;
  out += inferred_glyph;
  out += "</span> "sv;
  escape(out, ui::cells_inferred(lang));
  out += "</span><span class=\"unread\"><span class=\"s\">"sv;
  out += unread_glyph;
  out += "</span> "sv;
  escape(out, ui::cells_unread(lang));
  out += "</span><span class=\"likely\"><span class=\"sugg\">\xE2\x86\x92</span> "sv;
  escape(out, ui::likely(lang));
  out += "</span></p>\n"sv;
}

inline std::string page(std::span<const html_input> files, language lang) {
  std::string out;
  out.reserve(32768 + files.size() * 49152);
  out += "<!DOCTYPE html>\n<html lang=\""sv;
  out += lang == language::en ? "en" : "zh-CN";
  out += "\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"xxgk\">\n<title>";
  escape(out, ui::title(lang));
  if (files.size() == 1) {
    out += " \xE2\x80\x94 "sv;  // —
    escape(out, files.front().file);
  }
  out += "</title>\n<style>"sv;
  out += style;
  out += "</style>\n</head>\n<body>\n<header>\n<h1>"sv;
  escape(out, ui::title(lang));
  out += "</h1>\n<p class=\"hint\">"sv;
  escape(out, ui::generated(lang));
  out += "</p>\n"sv;
  write_legend(out, lang);
  if (files.size() > 1) {
    out += "<nav><h2>"sv;
    escape(out, ui::files(lang));
    out += "</h2><ol>"sv;
    for (std::size_t i = 0; i != files.size(); ++i) {
      summary s = summarize(files[i].diagnostics);
      if (files[i].failure != nullptr) s.add(files[i].failure->severity);
      out += "<li><a href=\"#r" + std::to_string(i + 1) + "\">";
      escape(out, files[i].file);
      out += "</a> <span class=\""sv;
      out += s.errors != 0 ? "err" : s.warnings != 0 ? "warn" : "ok";
      out += "\">" + std::to_string(s.errors) + " ";
      escape(out, ui::errors(lang));
      out += ", " + std::to_string(s.warnings) + " ";
      escape(out, ui::warnings(lang));
      out += "</span></li>"sv;
    }
    out += "</ol></nav>\n"sv;
  }
  out += "</header>\n<main>\n"sv;
  page_state state;
  state.lang = lang;
  for (std::size_t i = 0; i != files.size(); ++i) write_file(out, files[i], state, i + 1);
  out += "</main>\n<aside id=\"xxgk-detail\" hidden>\n<h2>"sv;
  escape(out, ui::detail_heading(lang));
  out += "</h2>\n<button type=\"button\" id=\"xxgk-close\" aria-label=\""sv;
  escape(out, ui::close(lang));
  out += "\">\xC3\x97</button>\n<ol id=\"xxgk-detail-body\"></ol>\n</aside>\n<script>"sv;
  out += script;
  out += "</script>\n</body>\n</html>\n"sv;
  return out;
}

}  // namespace detail::html

XXGK_DECL void write_html(std::ostream& out, std::span<const html_input> files, language lang) {
  out << detail::html::page(files, lang);
}

XXGK_DECL std::string to_html(std::span<const html_input> files, language lang) {
  return detail::html::page(files, lang);
}

XXGK_DECL std::string to_html(const html_input& file, language lang) {
  return detail::html::page(std::span<const html_input>(&file, 1), lang);
}

}  // namespace xxgk

#endif
