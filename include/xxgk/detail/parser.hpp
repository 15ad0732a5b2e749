#ifndef XXGK_DETAIL_PARSER_HPP
#define XXGK_DETAIL_PARSER_HPP
// IWYU pragma: private, include <xxgk/parse.hpp>

#include <xxgk/detail/digit_split.hpp>
#include <xxgk/detail/encoding.hpp>
#include <xxgk/detail/input.hpp>
#include <xxgk/detail/prose_reader.hpp>
#include <xxgk/detail/scanner.hpp>
#include <xxgk/detail/swar.hpp>
#include <xxgk/detail/utf8.hpp>
#include <xxgk/parsed_report.hpp>
#include <xxgk/report.hpp>
#include <xxgk/rule.hpp>
#include <xxgk/schema/printed.hpp>
#include <xxgk/validate.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace xxgk::detail {

// ---- what the parser looks for -------------------------------------------------------------

/// A label key with its Boyer–Moore–Horspool shift table: UTF-8 Chinese text makes the first
/// byte of a key common, so a plain `find` compares at nearly every third byte.
class key_searcher {
 public:
  key_searcher() = default;
  explicit key_searcher(std::string key) : key_(std::move(key)) {
    shift_.fill(clamp(key_.size()));
    for (std::size_t i = 0; i + 1 < key_.size(); ++i)
      shift_[static_cast<unsigned char>(key_[i])] = clamp(key_.size() - 1 - i);
  }
  [[nodiscard]] const std::string& key() const noexcept { return key_; }
  [[nodiscard]] std::size_t size() const noexcept { return key_.size(); }
  [[nodiscard]] bool empty() const noexcept { return key_.empty(); }

  /// The first occurrence in `text` at or after `from` that ends before `to`, or npos.
  [[nodiscard]] std::size_t find(std::string_view text, std::size_t from, std::size_t to) const noexcept {
    const std::size_t m = key_.size();
    to = std::min(to, text.size());
    if (m == 0 || from >= to || to - from < m) return std::string::npos;
    const char last = key_[m - 1];
    for (std::size_t i = from; i + m <= to;) {
      const char c = text[i + m - 1];
      if (c == last && std::memcmp(text.data() + i, key_.data(), m - 1) == 0) return i;
      i += shift_[static_cast<unsigned char>(c)];
    }
    return std::string::npos;
  }

 private:
  // a byte a shift: the tables of the twenty keys searched for over a whole stream stay in the
  // first-level cache (a shorter shift than the key allows is always safe)
  [[nodiscard]] static std::uint8_t clamp(std::size_t shift) noexcept {
    return static_cast<std::uint8_t>(std::min<std::size_t>(shift, 255));
  }

  std::string key_;
  std::array<std::uint8_t, 256> shift_{};
};

inline key_searcher searcher_for(std::string_view label) { return key_searcher(utf8::match_key(label)); }

/// Wordings seen in published reports for a row, besides its official label (FORMAT.md,
/// "Labels vary"). Matching them is reported as FMT.LABEL.
struct label_variant {
  std::string_view row_key;
  std::string_view text;
};
inline constexpr label_variant label_variants[] = {
    {"partially_granted", "（二）部分公开（区分处理的，只计这一情况，不计其他情形）"},
    {"partially_granted", "（二）部分公开"},
    {"withheld_internal_affairs", "5.属于三类内容事务信息"},
    {"withheld_law_prohibited", "2.其他法律行政止公开"},
    {"carried_over", "二、上年结转政府信息公开数量"},
    {"carried_forward", "四、结转下一年度继续办理"},
    {"outcome_total", "（七）合计"},
    {"other_overdue_correction", "1.逾期不补正"},
    {"other_unpaid_fee", "2.逾期不缴费"},
    {"other_unpaid_fee", "2.逾期未缴费"},
    {"normative_documents", "规范性文件"},
    {"normative_documents", "行政规范性文件"},
    // a mirror in Traditional characters that writes 文件 as Taiwan's 檔案 (規範性檔案)
    {"normative_documents", "规范性档案"},
    {"normative_documents", "行政规范性档案"},
};

/// A report's title, as its format names it: `某局2023年政府信息公开工作年度报告` (or without 工作).
inline constexpr std::string_view report_titles[] = {"政府信息公开工作年度报告", "政府信息公开年度报告"};

/// Headings inside chapter 三 that end the numbers of the row above them; the first
/// `s3_group_headings` head groups of rows down the label column (merged cells beside the rows'
/// labels), the others stand above the labels.
inline constexpr std::size_t s3_group_headings = 4;
inline constexpr std::string_view s3_headings[] = {
    "三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理", printed::applicants,
    // the corner note, without its brackets and what follows its colon
    printed::balance_note.substr(std::string_view("（").size(),
                                 printed::balance_note.find("：") - std::string_view("（").size())};
static_assert(s3_group_headings <= std::size(s3_headings));

/// One row the parser looks for: the row's place in the report and the keys it may appear as.
struct row_target {
  std::uint8_t table = 0;
  std::uint8_t row = 0;
  std::uint8_t columns = 0;
  bool counts_only = false;  ///< every column holds a count (no amount): digits alone can be split
  chapter in_chapter = chapter::two;
  std::string_view key;        ///< FORMAT.md key
  std::string_view label;      ///< official label
  std::string printed;         ///< the official label without whitespace, as raw_text reads a label
  std::vector<std::string> column_labels;  ///< its table's columns' labels, without whitespace
  std::string_view table_key;
  std::vector<key_searcher> exact;  ///< match keys: the official label first, then variants
  key_searcher alias;               ///< the label without its numbering (一、 （一） 1.), if long enough
  /// a total the format lets go unprinted (`optional_heading`): printed, a heading over its parts
  bool heading = false;
};

/// True when row `row` of a table whose hierarchy is `tree` is a total the format lets go
/// unprinted (the schema's `optional_total`: 2021's （六）其他处理): printed, it is the heading
/// (a merged cell) over its parts, not a row of numbers.
template <class Tree>
[[nodiscard]] constexpr bool optional_heading(const Tree& tree, std::size_t row) noexcept {
  for (std::size_t n = 0; n != tree.node_count; ++n)
    if (tree.nodes[n].optional_total && tree.nodes[n].total == static_cast<int>(row)) return true;
  return false;
}

/// Strips the numbering of a label: 一、 （一） 1. → the words after it.
inline std::string_view without_numbering(std::string_view label) {
  static constexpr std::string_view numerals[] = {"一", "二", "三", "四", "五", "六", "七", "八"};
  for (std::string_view n : numerals) {
    if (label.starts_with(n) && label.substr(n.size()).starts_with("、")) return label.substr(n.size() + 3);
    if (label.starts_with("（") && label.substr(3).starts_with(n) && label.substr(3 + n.size()).starts_with("）"))
      return label.substr(6 + n.size());
  }
  if (label.size() > 2 && label[0] >= '1' && label[0] <= '9' && label[1] == '.') return label.substr(2);
  return label;
}

template <Edition E>
inline const std::vector<row_target>& targets_of() {
  static const std::vector<row_target> targets = [] {
    std::vector<row_target> out;
    report<E> probe{};
    for_each_table(probe, [&](const auto& t, std::size_t ti) {
      using T = typename std::remove_cvref_t<decltype(t)>::schema;
      for (std::size_t row = 0; row != T::rows::size; ++row) {
        row_target x;
        x.table = static_cast<std::uint8_t>(ti);
        x.row = static_cast<std::uint8_t>(row);
        x.columns = static_cast<std::uint8_t>(T::columns::size);
        // a signed 本年增/减 of 2019 is split too: a sign is no digit, so a run with one is no run
        x.counts_only = std::none_of(T::columns::kinds.begin(), T::columns::kinds.end(),
                                     [](value_kind k) { return k == value_kind::amount; });
        x.in_chapter = T::in_chapter;
        x.key = T::rows::keys[row];
        x.label = T::rows::labels[row];
        x.printed = utf8::squeeze(x.label);
        for (std::string_view col : T::columns::labels) x.column_labels.push_back(utf8::squeeze(col));
        x.table_key = T::key;
        x.exact.push_back(searcher_for(x.label));
        for (const label_variant& v : label_variants) {
          if (v.row_key != x.key) continue;
          key_searcher k = searcher_for(v.text);
          if (std::none_of(x.exact.begin(), x.exact.end(), [&](const key_searcher& e) { return e.key() == k.key(); }))
            x.exact.push_back(std::move(k));
        }
        const std::string_view words = without_numbering(x.label);
        if (words.size() != x.label.size() && words.size() >= 12) x.alias = searcher_for(words);
        x.heading = optional_heading(T::rows::tree, row);
        out.push_back(std::move(x));
      }
    });
    return out;
  }();
  return targets;
}

/// The rows of edition `e`, as `targets_of<E>` builds them.
inline const std::vector<row_target>& targets_of(edition e) {
  return e == edition::y2019 ? targets_of<edition_2019_t>() : targets_of<edition_2021_t>();
}

/// A report's cells as the reader writes them, whatever its edition: each table's cells by the
/// row and column of a `row_target`. The reader works on this view, so that it is compiled once
/// rather than once per edition (issue 10: the parser's code was instantiated twice).
class cell_sheet {
 public:
  template <Edition E>
  explicit cell_sheet(report<E>& cells) noexcept
      : edition_(E::id),
        count_(report<E>::table_count),
        section4_(detail::table_position<s4::table_t>(typename E::tables{})) {
    static_assert(report<E>::table_count <= max_tables);
    for_each_table(cells, [&](auto& tbl, std::size_t i) { tables_[i] = {tbl.cells.data(), tbl.column_count}; });
  }

  [[nodiscard]] xxgk::edition edition() const noexcept { return edition_; }
  [[nodiscard]] std::size_t table_count() const noexcept { return count_; }

  /// The cell of row `t` at `column` (in published order). Precondition: column < t.columns.
  [[nodiscard]] cell& at(const row_target& t, std::size_t column) noexcept {
    const slot& x = tables_[t.table];
    return x.cells[t.row * x.columns + column];
  }
  /// The cell of chapter 四's table (one table, the same in both editions) at a row and column.
  [[nodiscard]] cell& section4(std::size_t row, std::size_t column) noexcept {
    const slot& x = tables_[section4_];
    return x.cells[row * x.columns + column];
  }
  /// True when some cell of row `t` is present.
  [[nodiscard]] bool row_present(const row_target& t) const noexcept {
    const slot& x = tables_[t.table];
    for (std::size_t c = 0; c != x.columns; ++c)
      if (x.cells[t.row * x.columns + c].is_present()) return true;
    return false;
  }

 private:
  static constexpr std::size_t max_tables = 8;
  struct slot {
    cell* cells = nullptr;
    std::size_t columns = 0;
  };
  xxgk::edition edition_;
  std::size_t count_;
  std::size_t section4_;
  std::array<slot, max_tables> tables_{};
};

// ---- positions -----------------------------------------------------------------------------

/// Turns byte offsets of the scanned text into 1-based line and column (in characters) of the
/// source, through the offset map of an HTML source. Learns the source only as far as it is
/// asked: where lines start, and on long lines how many characters precede every 64th byte, so
/// that a position costs a binary search and a few hundred bytes counted at most, even on a
/// line of megabytes. Positions are asked for mostly in increasing order, a few lines apart:
/// the line and the HTML run of the position before are where the search starts.
class locator {
 public:
  explicit locator(const prepared_input& input) : input_(input), source_(input.original) {
    line_starts_.reserve(source_.size() / 32 + 16);
  }

  /// The input's bytes of the scanned text's [b, e), when they are as many and valid UTF-8 (a
  /// stretch copied, or folded in place from Traditional characters), else empty.
  [[nodiscard]] std::string_view source_of(std::size_t b, std::size_t e) {
    const std::size_t sb = source_offset(b);
    if (e <= b || sb > source_.size() || source_.size() - sb < e - b || source_offset(e - 1) != sb + (e - b - 1))
      return {};
    const std::string_view out = source_.substr(sb, e - b);
    for (std::size_t i = 0; i < out.size();) {
      const std::size_t n = utf8::sequence_length(out, i);
      if (n == 0) return {};
      i += n;
    }
    return out;
  }

  [[nodiscard]] source_pos at(std::size_t scanned_offset) {
    const std::size_t off = std::min(source_offset(scanned_offset), source_.size());
    learn_lines(off);
    line_ = last_at_most(line_starts_, off, line_, [](std::size_t start) { return start; });
    const std::size_t line_start = line_starts_[line_];
    const auto line = static_cast<std::uint32_t>(line_) + 1;
    // positions come mostly in increasing order on a line: count on from the one before (no
    // farther than from the line's start)
    std::uint32_t column = 0;
    if (line == last_line_ && off >= last_offset_) {
      column = last_column_ + static_cast<std::uint32_t>(count(last_offset_, off));
    } else if (off - line_start <= 4 * block) {  // a short line
      column = static_cast<std::uint32_t>(count(line_start, off)) + 1;
    } else {
      column = static_cast<std::uint32_t>(characters_before(off) - characters_before(line_start)) + 1;
    }
    last_line_ = line;
    last_offset_ = off;
    last_column_ = column;
    return {line, column};
  }

 private:
  static constexpr std::size_t block = 64;

  /// The index of the last element of `v` whose key is at most `key` (the first element's key
  /// is at most `key`), searched from `hint`: a few steps forward, else a binary search.
  template <class T, class Key>
  [[nodiscard]] static std::size_t last_at_most(const std::vector<T>& v, std::size_t key, std::size_t hint,
                                                const Key& key_of) noexcept {
    const std::size_t n = v.size();
    if (hint < n && key_of(v[hint]) <= key) {
      for (std::size_t steps = 0; steps != 4; ++steps, ++hint)
        if (hint + 1 == n || key_of(v[hint + 1]) > key) return hint;
    } else {
      hint = 0;
    }
    // the answer is in [hint, n)
    std::size_t lo = hint, hi = n;  // key_of(v[lo]) <= key; key_of(v[hi]) > key or hi == n
    while (hi - lo > 1) {
      const std::size_t mid = lo + (hi - lo) / 2;
      if (key_of(v[mid]) <= key) lo = mid;
      else hi = mid;
    }
    return lo;
  }

  /// `prepared_input::source_offset`, with the run of the offset asked for before as the hint.
  [[nodiscard]] std::size_t source_offset(std::size_t at) {
    if (!input_.html || at >= input_.converted.size()) return input_.source_offset(at);
    run_ = last_at_most(input_.runs, at, run_, [](const prepared_input::run& r) { return std::size_t{r.text}; });
    const prepared_input::run& r = input_.runs[run_];
    return r.source + (at - r.text);
  }

  /// Finds the line starts up to `off`.
  void learn_lines(std::size_t off) {
    if (off < lines_known_) return;
    // a few kilobytes at a time: memchr pays off on long stretches
    const std::size_t end = std::min(source_.size(), std::max(off + 1, lines_known_ + 4096));
    const char* const base = source_.data();
    for (const char* p = base + lines_known_;
         (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(base + end - p)))) != nullptr; ++p)
      line_starts_.push_back(static_cast<std::size_t>(p - base) + 1);
    lines_known_ = end;
  }

  /// The number of characters (bytes that are no UTF-8 continuation) in source bytes [from, to).
  [[nodiscard]] std::size_t count(std::size_t from, std::size_t to) const {
    std::size_t n = 0, i = from;
    const char* const data = source_.data();
    for (; i + 8 <= to; i += 8) n += swar::character_starts(swar::load(data + i));
    if (i == to) return n;
    const std::size_t rest = to - i;  // 1 to 7 bytes
    if (i + 8 <= source_.size()) {
      // one word, the bytes after `to` made zero: each of them counts as a character start
      const std::uint64_t w = swar::load(data + i) & ((std::uint64_t{1} << (8 * rest)) - 1);
      return n + swar::character_starts(w) - (8 - rest);
    }
    for (; i < to; ++i) n += (static_cast<unsigned char>(data[i]) & 0xC0U) != 0x80U ? 1U : 0U;
    return n;
  }

  /// The number of characters (bytes that are no UTF-8 continuation) in the source before `off`.
  [[nodiscard]] std::size_t characters_before(std::size_t off) {
    while (blocks_.size() <= off / block) {
      const std::size_t from = (blocks_.size() - 1) * block;
      blocks_.push_back(blocks_.back() + count(from, from + block));
    }
    return blocks_[off / block] + count(off / block * block, off);
  }

  const prepared_input& input_;
  std::string_view source_;
  std::vector<std::size_t> line_starts_{0};
  std::size_t lines_known_ = 0;           ///< line starts are known for bytes before this
  std::vector<std::size_t> blocks_{0};    ///< characters before byte `i * block`
  std::size_t line_ = 0;                  ///< the line (index into line_starts_) of the position asked for last
  std::size_t run_ = 0;                   ///< its HTML run (index into input_.runs)
  std::uint32_t last_line_ = 0;           ///< the position asked for last
  std::size_t last_offset_ = 0;
  std::uint32_t last_column_ = 0;
};

// ---- the parser ------------------------------------------------------------------------------

struct located {
  std::size_t start = std::string::npos;  ///< in the stream
  std::size_t end = std::string::npos;
  bool exact = false;                     ///< the official label, not a variant or a repair
  bool found() const noexcept { return start != std::string::npos; }
};

/// The year of a report's reporting period (统计期限 … YYYY年1月1日 …), 0 when not found, and
/// where it stands in the text. (At namespace scope: clang 14 cannot default-construct a class
/// nested in the one whose member `std::optional` holds it.)
struct period_year {
  int year = 0;
  std::size_t at = std::string_view::npos;    ///< of its digits
  std::size_t said = std::string_view::npos;  ///< of 统计期
};

/// The fixed words the parser looks for besides row labels, prepared once.
struct landmarks {
  key_searcher chapter2 = searcher_for(printed::chapter_titles[1]);
  key_searcher chapter3 = searcher_for(printed::chapter_titles[2]);
  key_searcher caption = searcher_for("第二十条第");
  /// a title without 年度 (`…2022年度政府信息公开工作报告`), where no 年度报告 names the report
  key_searcher plain_title = searcher_for("政府信息公开工作报告");
  /// the title as the stream holds it, where the text does not (spaced out: `政 府 信 息 公 开 … 年度 报 告`,
  /// as pdf.js sets a PDF's title), or in other words (`…2023年政务公开工作年度报告`,
  /// `…2023年度政务信息公开工作年度报告`, `…2023年信息公开工作年度报告`): the first that names the report,
  /// in this order
  std::vector<key_searcher> other_titles = [] {
    std::vector<key_searcher> out;
    for (const std::string_view t : detail::report_titles) out.push_back(searcher_for(t));
    for (const std::string_view t : {"政务信息公开工作年度报告", "政务公开工作年度报告", "信息公开工作年度报告"})
      out.push_back(searcher_for(t));
    return out;
  }();
  /// the header of a chapter-二 table, where its caption is on an earlier page
  std::vector<key_searcher> s2_headers{searcher_for(std::string(printed::content) + "本年"),
                                       searcher_for(std::string(printed::content) + "上一年")};
  key_searcher reconsideration = searcher_for("行政复议");
  key_searcher not_yet = searcher_for("尚未");
  key_searcher problems = searcher_for("存在的主要问题");
  // (`四、政府信息公开` alone: 平潭's pages misspell the heading `四、政府信息公开行政法复议、行政诉讼情况`;
  // chapter 三's own 四、 is 结转下年度继续办理)
  std::vector<key_searcher> chapter3_ends{searcher_for("四、政府信息公开"), searcher_for("存在的主要问题"),
                                          searcher_for("结果维持")};
  std::vector<key_searcher> s3_headings = [] {
    std::vector<key_searcher> out;
    for (std::string_view h : detail::s3_headings) out.push_back(searcher_for(h));
    return out;
  }();
  std::vector<key_searcher> marks_2019 = [] {
    std::vector<key_searcher> out;
    for (std::string_view m : {"本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量",
                               "其他对外管理服务事项", "政府集中采购", "第二十条第九项"})
      out.push_back(searcher_for(m));
    return out;
  }();
  // where a report states its reporting period, in its text (not the stream: the year's digits
  // and 年 follow)
  std::array<key_searcher, 2> period_said{key_searcher(std::string("统计期")), key_searcher(std::string("数据的统计时间"))};
  // the columns of chapter 二's （一） table (规章's), each edition's, as the schema names them:
  // [0] edition 2019's, [1] edition 2021's
  std::array<std::vector<key_searcher>, 2> first_table_columns = [] {
    std::array<std::vector<key_searcher>, 2> out;
    for (const edition e : {edition::y2019, edition::y2021})
      for (const row_target& t : targets_of(e))
        if (t.key == "regulations")
          for (const std::string& column : t.column_labels)
            out[e == edition::y2019 ? 0 : 1].push_back(searcher_for(column));
    return out;
  }();
  // chapter 二's tables' column headings, both editions' (`本年制发件数`, `处理决定数量`, …): the
  // table's key, a searcher
  std::vector<std::pair<std::string_view, key_searcher>> chapter2_columns = [] {
    std::vector<std::pair<std::string_view, key_searcher>> out;
    for (const edition e : {edition::y2019, edition::y2021}) {
      std::vector<std::string_view> seen;  // (the editions share tables' keys, not their columns)
      for (const row_target& t : targets_of(e)) {
        if (t.in_chapter != chapter::two || std::find(seen.begin(), seen.end(), t.table_key) != seen.end()) continue;
        seen.push_back(t.table_key);
        for (const std::string& column : t.column_labels) out.emplace_back(t.table_key, searcher_for(column));
      }
    }
    return out;
  }();
  std::array<std::vector<key_searcher>, 6> chapters = [] {
    std::array<std::vector<key_searcher>, 6> out;
    out[0] = {searcher_for(printed::chapter_titles[0])};
    out[1] = {searcher_for(printed::chapter_titles[1])};
    out[2] = {searcher_for(printed::chapter_titles[2])};
    // headings of 四 and 五 vary in their wording after these words
    out[3] = {searcher_for("四、政府信息公开行政复议"), searcher_for("四、因政府信息公开")};
    out[4] = {searcher_for("五、存在的主要问题"), searcher_for("五、政府信息公开工作存在的主要问题")};
    out[5] = {searcher_for(printed::chapter_titles[5])};
    return out;
  }();
  std::vector<key_searcher> marks_2021 = [] {
    std::vector<key_searcher> out;
    for (std::string_view m : {"本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额"}) out.push_back(searcher_for(m));
    return out;
  }();
};
inline const landmarks& landmarks_once() {
  static const landmarks l;
  return l;
}

class text_parser {
 public:
  text_parser(const prepared_input& input, const parse_options& options)
      : text_(input.text()), scan_(scan(text_, input.html)), where_(input), options_(options),
        narrow_rows_(input.narrow_rows), wide_rows_(input.wide_rows), empty_lines_are_cells_(input.empty_lines_are_cells),
        padding_moved_(input.padding_moved), traditional_(input.traditional) {}

  result<parsed_report> run() {
    read_title();
    // no title, or none with a year (a page's text that starts at chapter 一): the year of the
    // reporting period the report states (统计期限为2020年1月1日至…)
    if (year_ == 0) year_ = reporting_period().year;
    // a page mirrored in Traditional characters, folded to Simplified ones where the reader
    // looks for them: the agency as the page writes it (`廣州市國資委`, not `廣州市国資委`)
    if (traditional_ && !agency_.empty())
      if (const std::size_t at = text_.substr(0, 16384).find(agency_); at != std::string_view::npos)
        if (const std::string_view written = where_.source_of(at, at + agency_.size()); !written.empty())
          agency_.assign(written);
    const edition e = choose_edition();
    parsed_report out;
    bool any = false;
    const auto read = [&](auto into) {
      cell_sheet sheet(into);
      any = read_tables(sheet);
      place_by_column_sums(into);
      place_by_column_readings(into);
      into.year = year_;
      into.agency.assign(agency_);
      out.report = std::move(into);
    };
    if (e == edition::y2019)
      read(report_2019{});
    else
      read(report_2021{});
    if (!any) {
      return error{std::string(rules::input_no_tables.id),
                   "no table of the annual report was found (二、三、四): the tables may have been images",
                   {}};
    }
    check_chapters();
    for (auto& [claim, offset] : read_claims(text_)) {
      claim.pos = where_.at(offset);
      out.claims.push_back(std::move(claim));
    }
    std::stable_sort(findings_.begin(), findings_.end(), [](const source_finding& a, const source_finding& b) {
      const auto la = a.pos.known() ? a.pos.line : ~0U, lb = b.pos.known() ? b.pos.line : ~0U;
      return la != lb ? la < lb : a.pos.column < b.pos.column;
    });
    out.findings = std::move(findings_);
    return out;
  }

 private:
  // -- stream helpers
  [[nodiscard]] std::size_t find(const key_searcher& key, std::size_t from, std::size_t to) const {
    return key.find(scan_.stream, from, to);
  }

  /// A row's label in the stream range [from, to): `find`, but not where the key stands inside
  /// parentheses opened before it (`in_parentheses`), a note of another label's (a province's
  /// template: `其他对外管理服务事项（指…行政处罚、行政强制…）`), nor as an item of a sentence's list
  /// (`in_sentence`). The label's text in the source is found once for both.
  [[nodiscard]] std::size_t find_label(const key_searcher& key, std::size_t from, std::size_t to) const {
    for (std::size_t p = find(key, from, to); p != std::string::npos; p = find(key, p + 1, to)) {
      const auto [at, end] = label_text(p, p + key.size());
      if (!in_parentheses(at, end) && !in_sentence(end)) return p;
    }
    return std::string::npos;
  }

  /// The label's text of the stream's [b, e): where its first character starts in the text and
  /// where its last one ends ({npos, npos} when [b, e) is no range of the stream).
  [[nodiscard]] std::pair<std::size_t, std::size_t> label_text(std::size_t b, std::size_t e) const {
    if (e > scan_.stream.size() || b >= e) return {std::string::npos, std::string::npos};
    std::size_t last = e - 1;
    while (last > b && !at_character(last)) --last;
    const std::size_t at = offset_of_stream(b), last_at = offset_of_stream(last);
    return {at, last_at < text_.size() ? last_at + utf8::char_length(text_, last_at) : last_at};
  }

  /// True when a label's text that ends at text offset `end` is followed by a sentence's
  /// punctuation or 等 (`未对外公开发布规章、行政规范性文件、行政处罚、行政强制等内容`): an item of a
  /// sentence's list, which no table's label is.
  [[nodiscard]] bool in_sentence(std::size_t end) const {
    if (end >= text_.size()) return false;
    const std::string_view after = std::string_view(text_).substr(end);
    for (const std::string_view mark : {"、", "，", "；", "。", "等"})
      if (after.starts_with(mark)) return true;
    return false;
  }

  /// True when a label's text [at, end) (`label_text`) stands inside parentheses opened in its
  /// word before it (from the last space, cell separator or line break: a note is written
  /// without spaces) and closed after it, or not at all: a label's own numbering `(一)` closes
  /// within it.
  [[nodiscard]] bool in_parentheses(std::size_t at, std::size_t end) const {
    if (at == std::string::npos) return false;
    const auto opens = [&](std::size_t i) { return text_[i] == '(' || text_.substr(i, 3) == "\xEF\xBC\x88"; };   // ( （
    const auto closes = [&](std::size_t i) { return text_[i] == ')' || text_.substr(i, 3) == "\xEF\xBC\x89"; };  // ) ）
    // back to the word's start, for a parenthesis left open (a label starts its cell, mostly:
    // this is a few bytes; at most the 1 KiB before it, so that a text of one long word costs
    // no more per label)
    const std::size_t floor = at - std::min<std::size_t>(at, 1024);
    std::size_t closed = 0;
    bool open = false;
    for (std::size_t j = at; j > floor && !open;) {
      --j;
      const auto c = static_cast<unsigned char>(text_[j]);
      if ((c & 0xC0U) == 0x80U) continue;  // within a character
      if (text_[j] == grid_row_mark || scanning::separator_at(text_, j) != 0 || utf8::space_length(text_, j) != 0)
        break;  // (a line break is a space)
      if (closes(j)) {
        ++closed;
      } else if (opens(j)) {
        if (closed == 0) open = true;
        else --closed;
      }
    }
    if (!open) return false;
    // the parenthesis closes within the label (its numbering), or after it (a note)
    std::size_t depth = 1;
    for (std::size_t i = at; i < end; i += utf8::char_length(text_, i)) {
      if (opens(i)) ++depth;
      else if (closes(i) && --depth == 0) return false;
    }
    return true;
  }

  /// Where the line that holds text offset `at` begins.
  [[nodiscard]] std::size_t line_start_at(std::size_t at) const {
    const std::size_t nl = at == 0 ? std::string_view::npos : text_.rfind('\n', at - 1);
    return nl == std::string_view::npos ? 0 : nl + 1;
  }

  /// Where the line that holds text offset `at` ends: its line break, or the text's end.
  [[nodiscard]] std::size_t line_end_at(std::size_t at) const { return std::min(text_.find('\n', at), text_.size()); }

  /// The text token that holds stream offset `s` (or the first one after it).
  [[nodiscard]] std::size_t text_token_at(std::size_t s) const {
    auto it = std::upper_bound(scan_.text_tokens.begin(), scan_.text_tokens.end(), s,
                               [&](std::size_t v, std::uint32_t ti) { return v < scan_.tokens[ti].stream_end; });
    return it == scan_.text_tokens.end() ? scan_.tokens.size() : *it;
  }

  /// The run of the stream that holds stream offset `s` (< the stream's size).
  [[nodiscard]] const stream_run& run_at(std::size_t s) const {
    return *(std::upper_bound(scan_.runs.begin(), scan_.runs.end(), s,
                              [](std::size_t v, const stream_run& r) { return v < r.stream; }) -
             1);
  }

  /// True when stream offset `s` is where a character starts (label searches only find those).
  [[nodiscard]] bool at_character(std::size_t s) const {
    return s < scan_.stream.size() && (static_cast<unsigned char>(scan_.stream[s]) & 0xC0U) != 0x80U;
  }

  /// Byte offset in the scanned text of the character at stream offset `s` (the first character
  /// kept in the stream at or after `s`).
  [[nodiscard]] std::size_t offset_of_stream(std::size_t s) const {
    if (s >= scan_.stream.size()) return text_.size();
    if (at_character(s)) {
      const stream_run& r = run_at(s);
      return r.text + (s - r.stream);
    }
    const std::size_t ti = text_token_at(s);
    if (ti >= scan_.tokens.size()) return text_.size();
    const token& t = scan_.tokens[ti];
    const std::string_view word = text_.substr(t.begin, t.end - t.begin);
    std::size_t sp = t.stream, k = 0;
    while (k < word.size()) {
      const std::size_t len = utf8::sequence_length(word, k);
      if (len == 0) break;
      const char32_t c = utf8::fold(utf8::decode(word, k, len));
      if (!utf8::is_punct(c)) {
        if (sp >= s) break;
        sp += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      }
      k += len;
    }
    return t.begin + k;
  }

  /// Source position of the stream offset `s`.
  [[nodiscard]] source_pos pos_of_stream(std::size_t s) { return where_.at(offset_of_stream(s)); }

  /// Byte offset in the scanned text just after the character that ends at stream offset `e`
  /// (exclusive; `e` > 0): where the text after a label begins.
  [[nodiscard]] std::size_t text_after_stream(std::size_t e) const {
    std::size_t c = e - 1;
    while (c > 0 && !at_character(c)) --c;
    const std::size_t at = offset_of_stream(c);
    if (at >= text_.size()) return text_.size();
    const std::size_t len = utf8::sequence_length(text_, at);
    return at + (len == 0 ? 1 : len);
  }

  /// True for a character that an empty cell of a page holds alone, so that crawler text keeps
  /// one for each such cell: U+00A0 (`&nbsp;`) or U+3000 (a full-width space typed in Word or WPS).
  [[nodiscard]] static constexpr bool empty_cell_space(char32_t c) noexcept { return c == 0xA0 || c == 0x3000; }

  /// The digits of a stretch of text whose cells ran together, with the text offset of each:
  /// ASCII or full-width digits, a space where the text had whitespace (a number never spans
  /// it), a `_` for each `empty_cell_space` (so one cell each where a page's cells ran together:
  /// `split_run`; a space a crawler put between nodes is ASCII), punctuation allowed only before
  /// the first digit and after the last. Anything else (a word, a decimal point, a sign, a marker)
  /// and it is no such stretch: nullopt.
  struct digit_run {
    std::string digits;
    std::vector<std::uint32_t> offsets;  ///< text offset of each byte of `digits`
  };
  [[nodiscard]] std::optional<digit_run> digits_between(std::size_t from, std::size_t to) const {
    digit_run run;
    bool after = false;  // past the last digit: only punctuation and whitespace may follow
    for (std::size_t i = from; i < to && i < text_.size();) {
      const std::size_t len = utf8::sequence_length(text_, i);
      if (len == 0) return std::nullopt;
      const char32_t c = utf8::fold(utf8::decode(text_, i, len));
      if (c >= U'0' && c <= U'9') {
        if (after) return std::nullopt;
        run.digits.push_back(static_cast<char>(c));
        run.offsets.push_back(static_cast<std::uint32_t>(i));
      } else if (empty_cell_space(c) && !after) {
        run.digits.push_back('_');
        run.offsets.push_back(static_cast<std::uint32_t>(i));
      } else if (utf8::is_space(c)) {
        if (!run.digits.empty() && run.digits.back() != ' ') {
          run.digits.push_back(' ');
          run.offsets.push_back(static_cast<std::uint32_t>(i));
        }
      } else if (utf8::is_punct(c) && c != U'.' && c != U'-' && c != U'+' && c != U',' && c != U'/') {
        if (!run.digits.empty()) after = true;
      } else if (c == U'年' && !after && run.digits.size() > 4 &&
                 year_digits(std::string_view(run.digits).substr(run.digits.size() - 4))) {
        // a sentence's year glued after the row (`四、结转下年度继续办理20000022025年，我局共收到…`):
        // no digit of the row's
        run.digits.resize(run.digits.size() - 4);
        run.offsets.resize(run.offsets.size() - 4);
        break;
      } else {
        return std::nullopt;
      }
      i += len;
    }
    while (!run.digits.empty() && run.digits.back() == ' ') {
      run.digits.pop_back();
      run.offsets.pop_back();
    }
    if (run.digits.empty()) return std::nullopt;
    return run;
  }

  /// "64 | 0 | 0 | 2 | 0 | 4 | 70" for messages.
  [[nodiscard]] static std::string reading_text(const std::vector<digit_readings::number>& numbers,
                                                std::size_t group) {
    std::string out;
    for (std::size_t k = 0; k != numbers.size(); ++k) {
      if (k != 0) out += k % group == 0 ? " || " : " | ";
      out += numbers[k].blank ? std::string("blank") : std::to_string(numbers[k].value);
    }
    return out;
  }

  /// What came of reading a stretch of run-together digits.
  enum class split_outcome : std::uint8_t { not_run_together, read, refused };

  /// Splits the run-together digits of one row or group line (FORMAT.md, "Inferred cells"): one
  /// reading that satisfies the shape's identity is read, every cell marked `inferred`, with an
  /// FMT.INFERRED_ROW warning; none is an error of the identity itself (`sum_rule`, when the
  /// shape has one); several, or a search too long, leave the cells unknown, the several kept
  /// for `place_by_column_readings` when `several_for` names the row. `store(k, cell)` places the
  /// k-th number.
  template <class Store>
  split_outcome split_run(const digit_run& run, split_shape shape, const rule_info* sum_rule, source_pos label_pos,
                          std::string_view label, std::string_view table_key, std::string_view row_key,
                          const Store& store, const row_target* several_for = nullptr) {
    // the digits, each blank cell's `_` kept (`blanks`) or a space (one between two stretches of
    // digits, none at the ends), with the text offset of each
    const auto spelled = [&run](bool blanks) {
      digit_run out;
      for (std::size_t k = 0; k != run.digits.size(); ++k) {
        const char ch = run.digits[k];
        if (ch == ' ' || (ch == '_' && !blanks)) {
          if (out.digits.empty() || out.digits.back() == ' ') continue;
          out.digits.push_back(' ');
        } else {
          out.digits.push_back(ch);
        }
        out.offsets.push_back(run.offsets[k]);
      }
      while (!out.digits.empty() && out.digits.back() == ' ') {
        out.digits.pop_back();
        out.offsets.pop_back();
      }
      return out;
    };
    // whether `digits[k]` opens a cell: a blank, or the first digit of a stretch between spaces
    // and blanks
    const auto opens_cell = [](std::string_view digits, std::size_t k) {
      return digits[k] == '_' ||
             (digits[k] != ' ' && (k == 0 || digits[k - 1] == ' ' || digits[k - 1] == '_'));
    };
    // how many cells `digits` hold at least (each blank one, each stretch of digits one at least)
    // and at most (each digit or blank one)
    const auto cells_in = [&opens_cell](std::string_view digits) {
      std::size_t least = 0, most = 0;
      for (std::size_t k = 0; k != digits.size(); ++k) {
        most += digits[k] != ' ' ? 1U : 0U;
        least += opens_cell(digits, k) ? 1U : 0U;
      }
      return std::pair{least, most};
    };
    // the text as published, for messages: a blank's U+00A0 a space
    const auto raw_of = [](std::string digits) {
      std::replace(digits.begin(), digits.end(), '_', ' ');
      return digits;
    };
    // A page's cells run together on one line with its empty cells' `&nbsp;` among them
    // (`82135  21859`, U+00A0 each space, for 821 | 35 | blank | blank | 2 | 1 | 859): each
    // U+00A0 a blank cell, when the only split that adds up is so; with none, each a space, as any
    // other (a `&nbsp;` may pad a number, or part two). (Over lines, a cell a line, the readings of
    // blank lines decide.) A cell may hold two (ueditor's `&nbsp;&nbsp;`, a space typed twice), so
    // a count of blanks says nothing sure where two cells' digits may have run together: no
    // split then without a total that checks it
    digit_run digits = spelled(true);
    digit_readings found;
    bool blank_cells = false;
    if (digits.digits.find('_') != std::string::npos &&
        text_.substr(digits.offsets.front(), digits.offsets.back() - digits.offsets.front()).find('\n') ==
            std::string_view::npos) {
      const auto [least, most] = cells_in(digits.digits);
      // as many cells as stretches of digits and blanks, each stretch one digit (`1` and six
      // U+00A0: every digit and blank opens a cell, so `least` is `most`): each a cell, as printed,
      // no identity needed. (`14` and six may be 1 | 4 and five blanks, one cell's two U+00A0:
      // `54` and six, where 5 | 4 is the page's, read 54 so)
      if (least == shape.count() && most == shape.count()) {
        std::size_t col = 0;
        for (std::size_t k = 0; k != digits.digits.size(); ++k) {
          const char ch = digits.digits[k];
          if (ch == ' ') continue;
          const source_pos at = where_.at(digits.offsets[k]);
          store(col++, ch == '_' ? cell{blank}.at(at) : cell{std::int64_t{ch - '0'}}.at(at));
        }
        return split_outcome::read;
      }
      if (least <= shape.count() && most >= shape.count() && shape.last_is_sum) found = split_digits(digits.digits, shape);
      blank_cells = found.count != 0 || found.gave_up;
    }
    if (!blank_cells) {
      digits = spelled(false);
      const auto [apart, digit_count] = cells_in(digits.digits);
      if (digit_count < shape.count()) return split_outcome::not_run_together;  // a blank may have collapsed
      // more numbers apart than cells (a page number among them): nothing is run together, and no
      // split can say the totals are wrong
      if (apart > shape.count()) return split_outcome::not_run_together;
      found = split_digits(digits.digits, shape);
    }
    const std::string raw = raw_of(digits.digits);
    if (found.count == 1) {
      const auto& numbers = found.found.front();
      // (a blank is the U+00A0 printed, not marked: `inferred` marks numbers, FORMAT.md)
      for (std::size_t k = 0; k != numbers.size(); ++k) {
        const cell value = numbers[k].blank ? cell{blank} : cell{numbers[k].value}.as_inferred();
        store(k, value.at(where_.at(digits.offsets[numbers[k].at])));
      }
      findings_.push_back({&rules::fmt_inferred_row, rules::fmt_inferred_row.severity, label_pos, raw, label,
                           table_key, row_key, {},
                           "digits run together, read as " + reading_text(numbers, shape.size) +
                               (shape.last_is_sum ? ": the only split whose totals are the sums of their parts"
                                                  : ": the only split without leading zeros") +
                               (blank_cells ? ", each no-break or ideographic space a blank cell" : "")});
      return split_outcome::read;
    }
    // no split adds up: the identity fails, unless one with cells lost from the text (empty cells
    // left out, `<td></td>` run together) does, and then the row stays unread; or unless the
    // numbers stand on several lines, fewer than cells: a PDF's reading order may have moved one
    // elsewhere (pdftotext set chapter 四's last total after chapter 五's first paragraph), and its
    // numbers, each whole on its line, need not be digits run together at all
    const bool identity = found.count == 0 && !found.gave_up && shape.last_is_sum && sum_rule != nullptr;
    const bool lost = identity && adds_up_with_cells_lost(digits.digits, shape);
    const bool over_lines =
        text_.substr(digits.offsets.front(), digits.offsets.back() - digits.offsets.front()).find('\n') !=
        std::string_view::npos;
    if (identity && !lost && !over_lines) {
      source_finding f{sum_rule, sum_rule->severity, label_pos, raw, label, table_key, row_key, "total",
                       "no reading of " + raw + " adds up: no split of its digits into " +
                           std::to_string(shape.count()) + " numbers makes each total the sum of its parts"};
      findings_.push_back(std::move(f));
      return split_outcome::refused;
    }
    std::string detail = "digits run together without separators: ";
    if (found.gave_up) {
      detail += "too many ways to split " + raw;
    } else if (found.count == 0) {
      detail += "no split of " + raw + " into " + std::to_string(shape.count()) + " numbers" +
                (lost ? " adds up, and one with cells lost from the text (a blank left out) does"
                 : identity && over_lines
                     ? " adds up, and its numbers stand on several lines: one may be lost or moved (a PDF's "
                       "reading order), the totals not known to fail"
                     : "");
    } else {
      if (several_for != nullptr && found.count <= found.found.size()) {
        ambiguous_row kept{several_for, {}, label_pos, raw};
        for (const auto& numbers : found.found) {
          std::vector<cell> cells;
          for (const auto& x : numbers)
            cells.push_back((x.blank ? cell{blank} : cell{x.value}).at(where_.at(digits.offsets[x.at])));
          kept.readings.push_back(std::move(cells));
        }
        ambiguous_rows_.push_back(std::move(kept));
      }
      detail += (found.count > found.found.size() ? "more than " + std::to_string(found.found.size())
                                                  : std::to_string(found.count)) +
                " readings of " + raw + (shape.last_is_sum ? " add up" : " are possible") +
                (blank_cells ? " (each no-break space a blank cell)" : "") + ": ";
      for (std::size_t k = 0; k != found.found.size(); ++k)
        detail += (k != 0 ? "; " : "") + reading_text(found.found[k], shape.size);
    }
    findings_.push_back({&rules::fmt_unreadable_row, rules::fmt_unreadable_row.severity, label_pos, std::string(label),
                         {}, table_key, row_key, {}, std::move(detail)});
    return split_outcome::refused;
  }

  /// The text of the label as printed over the stream range [s, e), whitespace removed.
  [[nodiscard]] std::string raw_text(std::size_t s, std::size_t e) const {
    std::string out;
    const std::size_t first = text_token_at(s);
    for (std::size_t ti = first; ti < scan_.tokens.size(); ++ti) {
      const token& t = scan_.tokens[ti];
      if (t.kind != token_kind::text) continue;
      if (t.stream >= e) break;
      const std::string_view word = text_.substr(t.begin, t.end - t.begin);
      // walk the token to the characters inside [s, e): in the first token, from the end of the
      // last character kept before `s` (what stands before it cannot belong to the label)
      std::size_t sp = t.stream, k = 0;
      if (ti == first && s < e && at_character(s)) {
        const stream_run& r = run_at(s);
        const std::size_t before = &r == scan_.runs.data() ? 0 : (&r - 1)->text_end;
        if (s > r.stream) {
          k = r.text + (s - r.stream) - t.begin;
          sp = s;
        } else if (before > t.begin) {
          k = before - t.begin;
          sp = s;
        }
      }
      while (k < word.size()) {
        const std::size_t len = utf8::sequence_length(word, k);
        if (len == 0) { ++k; continue; }
        const char32_t c = utf8::fold(utf8::decode(word, k, len));
        const bool kept = !utf8::is_punct(c);
        const std::size_t width = kept ? (c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4) : 0;
        // punctuation belongs to the label between its characters, and an opening bracket or
        // quote right before the first one
        const bool opening = c == U'(' || c == U'“' || c == U'"' || c == 0xFF08;
        // a markdown escape (`1\.属于国家秘密`: mammoth escapes every ASCII punctuation) is no
        // character of the label
        if (utf8::markdown_escape_at(word, k)) {
          ++k;
          continue;
        }
        if ((kept && sp >= s && sp < e) || (!kept && sp > s && sp < e) || (!kept && opening && sp == s))
          out.append(word.substr(k, len));
        sp += width;
        k += len;
        if (sp >= e && kept) {
          // keep a closing bracket printed right after the last character
          std::size_t q = k;
          while (q < word.size()) {
            const std::size_t l2 = utf8::sequence_length(word, q);
            if (l2 == 0) break;
            const char32_t c2 = utf8::decode(word, q, l2);
            if (c2 != U'）' && c2 != U')' && c2 != U'”') break;
            out.append(word.substr(q, l2));
            q += l2;
          }
          break;
        }
      }
    }
    return out;
  }

  // -- the title: agency and year ----------------------------------------------------------
  /// Where the title's 政府信息公开（工作）年度报告 starts in `head`, also when a PDF's line breaks
  /// it (`…2023年政府信息公开年度` / `报告`): whitespace may stand between any two of its characters
  /// but 报告's. npos when there is none.
  [[nodiscard]] static std::size_t title_at(std::string_view head) {
    // the first that names the report (`names_the_report`), else the first
    std::size_t first = std::string_view::npos, naming = std::string_view::npos;
    const auto seen = [&](std::size_t at) {
      first = std::min(first, at);
      if (at < naming && names_the_report(head, at)) naming = at;
    };
    // (each search bounded by the first found that names the report: one earlier is all that counts)
    const auto upto = [&](std::size_t length) {
      return naming == std::string_view::npos ? head : head.substr(0, std::min(head.size(), naming + length));
    };
    for (const std::string_view t : report_titles)
      for (std::size_t at = upto(t.size()).find(t); at != std::string_view::npos && at < naming;
           at = upto(t.size()).find(t, at + 3))
        seen(at);
    // from each 报告 back over the title's other characters (each three bytes), skipping whitespace
    // (`…年度工作报告`, found so only: a title with two of its words swapped, `长桥乡2019年政府信息公开
    // 年度工作报告`)
    static constexpr std::string_view before[] = {"政府信息公开工作年度", "政府信息公开年度", "政府信息公开年度工作"};
    static constexpr std::string_view ideographic_space = "\u3000";
    for (std::size_t at = upto(6).find("报告"); at != std::string_view::npos && at < naming; at = upto(6).find("报告", at + 6)) {
      for (const std::string_view t : before) {
        std::size_t k = at, j = t.size();
        while (j != 0) {
          while (k != 0 && (head[k - 1] == ' ' || head[k - 1] == '\n' || head[k - 1] == '\r' || head[k - 1] == '\t' ||
                            (k >= 3 && head.substr(k - 3, 3) == ideographic_space)))
            k -= head[k - 1] == '\x80' ? 3 : 1;
          if (k < 3 || head.substr(k - 3, 3) != t.substr(j - 3, 3)) break;
          k -= 3;
          j -= 3;
        }
        if (j == 0) {
          seen(k);
          break;
        }
      }
    }
    return naming != std::string_view::npos ? naming : first;
  }

  /// What stands before the title at `at` on its line (its cell, on a table row), squeezed,
  /// less the marks of a CMS's field (`标题：`) and of a markdown heading; and where the line begins.
  [[nodiscard]] static std::pair<std::string, std::size_t> title_before(std::string_view head, std::size_t at) {
    const std::size_t line_begin = head.rfind('\n', at) == std::string_view::npos ? 0 : head.rfind('\n', at) + 1;
    // on a table row of a page (a CMS's 标题： | … row), the title is its cell: after the last tab,
    // or bar (a crawler's `标 题 | 西藏自治区政府国资委2020政府信息公开工作年度报告 | ||`)
    const std::size_t tab = head.substr(line_begin, at - line_begin).find_last_of("\t|");
    const std::size_t cell_begin = tab == std::string_view::npos ? line_begin : line_begin + tab + 1;
    std::string before = utf8::squeeze(head.substr(cell_begin, at - cell_begin));
    if (before.starts_with('\x1E')) before.erase(0, 1);  // the mark of a table row
    for (std::string_view prefix : {"标题:", "标题：", "#"}) {
      while (before.starts_with(prefix)) before.erase(0, prefix.size());
    }
    return {std::move(before), line_begin};
  }

  /// The agency's name in `text`, what stands before the year in a title (or after it, or on the
  /// line above): less a field's name or a breadcrumb (`热点链接：`, `当前位置：首页 > 政府信息公开 > `),
  /// markdown's emphasis, and the clauses of a sentence before it and its verb (`根据《条例》的要求,
  /// 特向社会公布`);
  /// empty when what is left is no name (a sentence's start, a document's name opened).
  [[nodiscard]] static std::string agency_in(std::string_view text) {
    std::string out(text);
    bool sentence = false;  // clauses cut
    const auto cut_after = [&](std::string_view mark) {
      if (const std::size_t k = out.rfind(mark); k != std::string::npos) {
        out.erase(0, k + mark.size());
        sentence = true;
      }
    };
    for (const std::string_view mark : {"：", ":", ">"})
      if (const std::size_t k = out.rfind(mark); k != std::string::npos && k + mark.size() < out.size())
        out.erase(0, k + mark.size());
    out.erase(0, std::min(out.find_first_not_of("*_"), out.size()));
    out.erase(out.find_last_not_of("*_") + 1);
    for (const std::string_view mark : {"，", ",", "。", "；", ";", "、", "》", "〉", "）", ")", "”", "！", "？"})
      cut_after(mark);
    // in a sentence, the name after its verb (the first: `现公布某市机构编制委员会办公室`, `现公开锡山区…`)
    if (sentence) {
      std::size_t first = std::string::npos, length = 0;
      for (const std::string_view verb : {"公布", "发布", "现将", "现公开", "编制", "印发"})
        if (const std::size_t k = out.find(verb); k < first) {
          first = k;
          length = verb.size();
        }
      // the name before 编制 when nothing (or 的) follows it (`东湖街道特编制2023年…报告`,
      // `由某区教育局办公室编制的2024年度…`: who compiles the report), less the adverb before the verb
      if (first != std::string::npos && out.substr(first, length) == "编制" &&
          (first + length == out.size() || out.substr(first + length) == "的")) {
        out.erase(first);
        if (out.starts_with("由")) out.erase(0, std::string_view("由").size());
        for (const std::string_view adverb : {"特此", "特", "现", "今"})
          if (out.ends_with(adverb)) {
            out.erase(out.size() - adverb.size());
            break;
          }
      } else if (first != std::string::npos) {
        out.erase(0, first + length);
      }
    }
    // a pronoun (`本单位`, `本镇`, `我局`) names no agency; nor does what holds no Chinese
    // character (a script's `let content = "` before a title in a string: `"`)
    // nor a time (`上年度政府信息公开年度报告1条`: last year's report, among the documents published)
    if (out.starts_with("本") || out.starts_with("我")) return {};
    for (const std::string_view time : {"上年", "上一年", "去年", "今年", "往年", "历年"})
      if (out.starts_with(time)) return {};
    if (std::none_of(out.begin(), out.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) return {};
    // no name opens with ASCII (a flipbook's page before the title: `Page 8 - 威海市文登区信访局`)
    // or ends with 的 (`特向社会公布益阳市大通湖区审计局的2023年…`)
    out.erase(0, static_cast<std::size_t>(
                     std::find_if(out.begin(), out.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }) -
                     out.begin()));
    if (out.ends_with("的")) out.erase(out.size() - std::string_view("的").size());
    // nor opens with 年 (a year's, the year set apart from it: `2019` / `年上海市人民政府办公厅…`)
    for (const std::string_view year_word : {"年度", "年"})
      if (out.starts_with(year_word)) {
        out.erase(0, year_word.size());
        break;
      }
    for (const std::string_view opened : {"《", "〈", "“", "（", "("})
      if (out.find(opened) != std::string::npos) return {};
    for (const std::string_view start : {"根据", "按照", "依据", "关于", "做好"})
      if (out.starts_with(start)) return {};
    return out;
  }

  /// False when the title's words at `at` stand inside a document's name (`《…》`, `〈…〉` opened
  /// before them on their line and not closed) or are followed by what is done with the report
  /// (`编制`, `有关`, `格式`, `工作`): a sentence names them, the report's title is elsewhere.
  [[nodiscard]] static bool names_the_report(std::string_view head, std::size_t at) {
    const std::size_t line_begin = head.rfind('\n', at) == std::string_view::npos ? 0 : head.rfind('\n', at) + 1;
    const std::string_view line = head.substr(line_begin, at - line_begin);
    for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"《", "》"}, {"〈", "〉"}})
      if (const std::size_t o = line.rfind(open); o != std::string_view::npos && line.find(close, o) == std::string_view::npos)
        return false;
    std::size_t k = head.find("报告", at);
    if (k == std::string_view::npos) return true;
    std::string_view rest = head.substr(k + std::string_view("报告").size());
    while (rest.starts_with(' ')) rest.remove_prefix(1);
    for (const std::string_view next : {"编制", "有关", "格式", "工作"})
      if (rest.starts_with(next)) return false;
    return true;
  }

  /// Where the year of a title stands in what precedes 政府信息公开工作年度报告: the last 4-digit
  /// number followed by 年; npos when there is none.
  [[nodiscard]] static std::size_t title_year_at(std::string_view before) {
    std::size_t year_at = std::string::npos;
    for (std::size_t i = 0; i + 4 <= before.size(); ++i) {
      const std::string_view four = before.substr(i, 4);
      if (four.find_first_not_of("0123456789") != std::string_view::npos) continue;
      if ((i > 0 && before[i - 1] >= '0' && before[i - 1] <= '9')) continue;
      if (before.substr(i + 4).starts_with("年")) year_at = i;
    }
    return year_at;
  }

  /// `s` with each year written in Chinese numerals before 年 (`二〇二四年`, `二零二三年`, `二○二二年`)
  /// written in its four digits (`2024年`), as a title may write it: four numerals, no numeral
  /// before them, 19xx or 20xx.
  [[nodiscard]] static std::string with_numeral_years(std::string s) {
    static constexpr std::array<std::pair<std::string_view, char>, 13> numerals{{
        {"〇", '0'}, {"零", '0'}, {"○", '0'}, {"一", '1'}, {"二", '2'}, {"三", '3'}, {"四", '4'},
        {"五", '5'}, {"六", '6'}, {"七", '7'}, {"八", '8'}, {"九", '9'}, {"Ｏ", '0'}}};
    const auto numeral_at = [&](std::size_t k) -> std::pair<char, std::size_t> {  // its digit and length
      for (const auto& [word, digit] : numerals)
        if (std::string_view(s).substr(k).starts_with(word)) return {digit, word.size()};
      return {0, 0};
    };
    bool after_numeral = false;
    for (std::size_t i = 0; i < s.size();) {
      std::string digits;
      std::size_t k = i;
      while (digits.size() != 4) {
        const auto [d, n] = numeral_at(k);
        if (n == 0) break;
        digits += d;
        k += n;
      }
      if (!after_numeral && digits.size() == 4 && year_digits(digits) && std::string_view(s).substr(k).starts_with("年")) {
        s.replace(i, k - i, digits);
        i += digits.size();
        after_numeral = false;
        continue;
      }
      const std::size_t n = numeral_at(i).second;
      after_numeral = n != 0;
      i += n != 0 ? n : utf8::char_length(s, i);
    }
    return s;
  }

  /// Where a year written without 年 stands at the end of what precedes a title: four digits,
  /// 19xx or 20xx, no digit before them; npos when there is none.
  [[nodiscard]] static std::size_t bare_year_at(std::string_view before) {
    if (before.size() < 4) return std::string::npos;
    const std::size_t at = before.size() - 4;
    if (!year_digits(before.substr(at)) || (at > 0 && before[at - 1] >= '0' && before[at - 1] <= '9'))
      return std::string::npos;
    return at;
  }

  /// True when `four` is four ASCII digits that may be a year of these reports: 19xx or 20xx.
  [[nodiscard]] static constexpr bool year_digits(std::string_view four) noexcept {
    return four.size() == 4 && four.find_first_not_of("0123456789") == std::string_view::npos &&
           (four.starts_with("19") || four.starts_with("20"));
  }

  [[nodiscard]] static int four_digits(std::string_view s) {
    return (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  }

  /// The reporting period's year (统计期限 … YYYY年1月1日 …) and where it stands in the text.
  [[nodiscard]] const period_year& reporting_period() {
    if (period_) return *period_;
    period_.emplace();
    // (`统计期限为…`, or `…所列数据的统计时间为2023年1月1日至2023年12月31日止`)
    std::size_t p = marks_.period_said[0].find(text_, 0, text_.size());
    if (p == std::string_view::npos) p = marks_.period_said[1].find(text_, 0, std::min<std::size_t>(text_.size(), 16384));
    if (p == std::string_view::npos) return *period_;
    const std::string_view near = utf8::prefix(text_.substr(p), 120);
    for (std::size_t i = 0; i + 4 < near.size(); ++i) {
      if (near.substr(i, 4).find_first_not_of("0123456789") != std::string_view::npos) continue;
      std::size_t k = i + 4;
      while (k < near.size() && near[k] == ' ') ++k;
      if (near.substr(k).starts_with("年")) {
        *period_ = {four_digits(near.substr(i, 4)), p + i, p};
        break;
      }
    }
    return *period_;
  }

  void read_title() {
    const std::string_view head = text_.substr(0, std::min<std::size_t>(text_.size(), 16384));
    std::size_t at = title_at(head);
    // a page whose only 年度报告 is another's, named in a sentence (`我局撰写了《2020年…年度报告》`), or
    // none, may call itself 政府信息公开工作报告 (`现将2021年度镇远县林业局政府信息公开工作报告如下`: a
    // real page), or name it in other words (`landmarks::other_titles`), found in the stream
    if (at == std::string_view::npos || !names_the_report(head, at)) {
      // (the stream's characters are the text's, fewer: its first bytes as many as the head's)
      const std::size_t to = std::min(scan_.stream.size(), head.size());
      const auto first_naming = [&](const key_searcher& words) {  // where in the head, or npos
        for (std::size_t p = find(words, 0, to); p != std::string::npos; p = find(words, p + 1, to)) {
          const std::size_t t = label_text(p, p + words.size()).first;
          if (t >= head.size()) break;
          if (names_the_report(head, t)) return t;
        }
        return std::string_view::npos;
      };
      std::size_t found = first_naming(marks_.plain_title);
      for (std::size_t i = 0; found == std::string_view::npos && i != marks_.other_titles.size(); ++i)
        found = first_naming(marks_.other_titles[i]);
      if (found != std::string_view::npos) at = found;
    }
    if (at == std::string_view::npos) {
      findings_.push_back({&rules::fmt_title, rules::fmt_title.severity, {}, {}, {}, {}, {}, {},
                           "no title 政府信息公开工作年度报告 in the first 16 KiB"});
      return;
    }
    // a page may name another year's report above its own title (a link, a list of reports):
    // of the first few titles, the one of the reporting period's year, else the first
    const auto next_title = [&](std::size_t k) {  // the title after the one at `k`, or npos
      const std::size_t next = title_at(head.substr(k + 3));
      return next == std::string_view::npos ? next : k + 3 + next;
    };
    if (const int period = reporting_period().year; period != 0) {
      for (std::size_t k = at, n = 0; k != std::string_view::npos && n != 8; k = next_title(k), ++n) {
        const std::string before = title_before(head, k).first;
        const std::size_t y = title_year_at(before);
        if (y != std::string::npos && four_digits(std::string_view(before).substr(y, 4)) == period) {
          at = k;
          break;
        }
      }
    }
    // a site's breadcrumb names the report above its title (`当前位置:首页 > 政府部门 > 区经济信息化和科技
    // 创新局 > 政府信息公开工作年度报告`, a real page): the title is the next that no breadcrumb holds
    const auto in_breadcrumb = [&](std::size_t k) {
      const std::size_t nl = head.rfind('\n', k);
      const std::size_t b = nl == std::string_view::npos ? 0 : nl + 1;
      const std::string_view line = head.substr(b, k - b);
      for (const std::string_view mark : {">", "＞", "›", "»", "当前位置"})
        if (line.find(mark) != std::string_view::npos) return true;
      return false;
    };
    if (in_breadcrumb(at))
      for (std::size_t k = next_title(at), n = 1; k != std::string_view::npos && n != 8; k = next_title(k), ++n)
        if (!in_breadcrumb(k) && names_the_report(head, k)) {
          at = k;
          break;
        }
    auto [before, line_begin] = title_before(head, at);
    before = with_numeral_years(std::move(before));
    // the year alone on a line above the title (`2019` / `年上海市人民政府办公厅…`: pdftotext's blocks)
    if (before.starts_with("年") && line_begin > 0) {
      std::string_view above = head.substr(0, line_begin);
      while (!above.empty() && (above.back() == '\n' || above.back() == '\r' || above.back() == ' ')) above.remove_suffix(1);
      const std::size_t nl = above.rfind('\n');
      const std::string year_line = utf8::squeeze(above.substr(nl == std::string_view::npos ? 0 : nl + 1));
      if (year_digits(year_line)) before.insert(0, year_line);
    }
    if (const std::size_t year_at = title_year_at(before); year_at != std::string::npos) {
      year_ = four_digits(std::string_view(before).substr(year_at, 4));
      agency_ = agency_in(std::string_view(before).substr(0, year_at));
      // the year first, the agency after it (`2019年上海市人民政府办公厅政府信息公开工作年度报告`,
      // `现向社会公布2021年石家庄市教育局政府信息公开工作年度报告`)
      if (agency_.empty()) {
        std::string_view after = std::string_view(before).substr(year_at + 4);
        while (after.starts_with(' ')) after.remove_prefix(1);
        after.remove_prefix(std::string_view("年").size());
        if (after.starts_with("度")) after.remove_prefix(std::string_view("度").size());
        agency_ = agency_in(after);
      }
    } else if (const std::size_t bare = bare_year_at(before); bare != std::string::npos) {
      // a year with no 年 right before the title's words (`西藏自治区政府国资委2020政府信息公开…`)
      year_ = four_digits(std::string_view(before).substr(bare, 4));
      agency_ = agency_in(std::string_view(before).substr(0, bare));
    } else {
      agency_ = agency_in(before);
    }
    // the title's 政府 closes the agency's name too (`2023年某县人民政府信息公开工作年度报告`)
    if (agency_.ends_with("人民") && head.substr(at).starts_with("政府")) agency_ += "政府";
    // (a chapter's heading on the line above a title is no agency: `一、總體情況`)
    if (agency_.empty() && line_begin > 0) {  // the agency on the line above the title
      const std::size_t prev_end = line_begin - 1;
      std::size_t prev_begin = head.rfind('\n', prev_end == 0 ? 0 : prev_end - 1);
      prev_begin = prev_begin == std::string_view::npos ? 0 : prev_begin + 1;
      agency_ = agency_in(utf8::squeeze(head.substr(prev_begin, prev_end - prev_begin)));
      if (agency_.ends_with("情况")) agency_.clear();
    }
    // the words named in a sentence, not a title: inside a document's name (`《关于…政府信息公开工作
    // 年度报告有关事项的通知》`) or followed by what is done with it (`做好2023年政府信息公开工作年度
    // 报告编制发布等工作`): its year may be the report's, no agency is named
    if (!names_the_report(head, at)) agency_.clear();
    if (year_ == 0 || agency_.empty()) {
      findings_.push_back({&rules::fmt_title, rules::fmt_title.severity, where_.at(line_begin),
                           std::string(utf8::prefix(head.substr(line_begin), at - line_begin + 36)),
                           {}, {}, {}, {}, year_ == 0 ? "no year in the title" : "no agency in the title"});
    }
  }

  // -- the chapters ------------------------------------------------------------------------
  /// Chapters 一 to 六 must be there (FMT.CHAPTER), 五 must say something (FMT.EMPTY_CHAPTER),
  /// and the year of the title must be the year of the reporting period (FMT.YEAR).
  void check_chapters() {
    const std::size_t end = scan_.stream.size();
    std::array<std::size_t, 6> at{};
    for (std::size_t i = 0; i != 6; ++i) {
      at[i] = std::string::npos;
      for (const key_searcher& k : marks_.chapters[i]) at[i] = std::min(at[i], find(k, 0, end));
      if (at[i] == std::string::npos) {
        const auto& names = printed::chapter_titles;
        findings_.push_back({&rules::fmt_chapter, rules::fmt_chapter.severity, {}, {}, names[i], {}, {}, {},
                             "chapter " + std::string(names[i]) + " not found"});
      }
    }
    if (at[4] != std::string::npos) {
      const std::size_t body = at[4] + marks_.chapters[4].front().size();
      const std::size_t stop = at[5] != std::string::npos && at[5] > body ? at[5] : end;
      const std::size_t chars = stop > body ? (stop - body) / 3 : 0;  // roughly, in CJK characters
      if (chars < 10)
        findings_.push_back({&rules::fmt_empty_chapter, rules::fmt_empty_chapter.severity, pos_of_stream(at[4]), {},
                             "五、存在的主要问题及改进情况", {}, {}, {}, "the chapter has no text"});
    }
    // the reporting period: 统计期限 … YYYY年1月1日 …
    if (year_ != 0) {
      if (const period_year& period = reporting_period(); period.year != 0 && period.year != year_)
        findings_.push_back({&rules::fmt_year, rules::fmt_year.severity, where_.at(period.at),
                             std::string(utf8::prefix(text_.substr(period.said), 90)), {}, {}, {}, {},
                             "the title says " + std::to_string(year_) + ", the reporting period " +
                                 std::to_string(period.year)});
    }
  }

  // -- the edition ------------------------------------------------------------------------
  edition choose_edition() {
    const std::size_t limit = scan_.stream.size();
    int v2019 = 0, v2021 = 0;
    for (const key_searcher& m : marks_.marks_2019) v2019 += find(m, 0, limit) != std::string::npos;
    for (const key_searcher& m : marks_.marks_2021) v2021 += find(m, 0, limit) != std::string::npos;
    const bool tables_say = v2019 != v2021;
    const edition by_tables = v2019 > v2021 ? edition::y2019 : edition::y2021;
    const bool year_says = year_ != 0;
    const edition by_year = edition_for_year(year_);
    edition chosen = tables_say ? by_tables : year_says ? by_year : edition::y2021;
    if (options_.edition == edition_choice::y2019) chosen = edition::y2019;
    if (options_.edition == edition_choice::y2021) chosen = edition::y2021;
    auto name = [](edition e) { return e == edition::y2019 ? "2019" : "2021"; };
    if (tables_say && by_tables != chosen) {
      findings_.push_back({&rules::fmt_edition, rules::fmt_edition.severity, {}, {}, {}, {}, {}, {},
                           std::string("the tables follow edition ") + name(by_tables) + ", read as edition " +
                               name(chosen)});
    } else if (year_says && by_year != chosen) {
      findings_.push_back({&rules::fmt_edition, rules::fmt_edition.severity, {}, {}, {}, {}, {}, {},
                           std::string("a report on ") + std::to_string(year_) + " should follow edition " +
                               name(by_year) + "; its tables follow edition " + name(chosen)});
    }
    return chosen;
  }

  // -- tables -----------------------------------------------------------------------------
  bool read_tables(cell_sheet& r) {
    const auto& targets = targets_of(r.edition());
    const std::size_t end = scan_.stream.size();
    // chapter 三 starts at its heading, or at its first row; a text that begins inside its table
    // (a page of a flipbook PDF, `Page 9 - 2020年报_审计局` then `四、结转下年度继续办理 0 0 0 0 0 0 0`)
    // at the first of its rows found there, after chapter 二's heading (rows whose label is long
    // enough to be no word of the prose: not `3.其他`, `（七）总计`)
    std::size_t s3 = find(marks_.chapter3, 0, end);
    if (s3 == std::string::npos) {
      for (const row_target& t : targets)
        if (t.in_chapter == chapter::three) {
          s3 = find(t.exact.front(), 0, end);
          break;
        }
    }
    if (s3 == std::string::npos) {
      const std::size_t c2 = find(marks_.chapter2, 0, end);
      const std::size_t after = c2 == std::string::npos ? 0 : c2;
      for (const row_target& t : targets)
        if (t.in_chapter == chapter::three && without_numbering(t.label).size() >= 12)
          s3 = std::min(s3, find(t.exact.front(), after, s3 == std::string::npos ? end : s3));
    }
    // (not a converter's caption of the table, `## 表二：主动公开政府信息情况`, which may stand after
    // text lines of the chapter's tables: Shanghai's template numbers its tables' chapters 一 to 三)
    std::size_t s2 = find(marks_.chapter2, 0, s3 == std::string::npos ? end : s3);
    while (s2 != std::string::npos && s2 >= 3 && std::string_view(scan_.stream).substr(s2 - 3, 3) == "表")
      s2 = find(marks_.chapter2, s2 + 1, s3 == std::string::npos ? end : s3);
    if (s2 == std::string::npos) {
      const std::size_t limit = s3 == std::string::npos ? end : s3;
      s2 = find(marks_.caption, 0, limit);
      for (const key_searcher& h : marks_.s2_headers) s2 = std::min(s2, find(h, 0, std::min(limit, s2)));
    }
    bool any = false;
    std::size_t s3_end = s3 == std::string::npos ? 0 : s3;
    bool two = s2 != std::string::npos && read_region(r, targets, chapter::two, s2, s3 == std::string::npos ? end : s3, nullptr);
    // a document's paragraphs, then its tables (python-docx's `doc.paragraphs`, then `doc.tables`):
    // the headings stand together before the tables, and chapter 二's rows after chapter 三's
    // heading, from the first caption of its tables (`第二十条第（一）项`) to chapter 三's first row
    if (!two && s3 != std::string::npos) {
      const std::size_t caption = find(marks_.caption, s3, end);
      if (caption != std::string::npos) {
        std::size_t three = end;
        for (const row_target& t : targets)
          if (t.in_chapter == chapter::three) three = std::min(three, find(t.exact.front(), caption, three));
        two = read_region(r, targets, chapter::two, caption, three, nullptr);
      }
    }
    any |= two;
    if (s3 != std::string::npos) any |= read_region(r, targets, chapter::three, s3, end, &s3_end);
    any |= read_section4(r, s3_end);
    if (r.edition() == edition::y2021)
      for (const row_target& t : targets)
        if (t.key == "administrative_fees") fee_in_yuan(r, t);
    return any;
  }

  /// Edition 2021's fee is an amount in 万元. One written in 元, in its cell (`2792220.8元`) or in
  /// its column's header (`本年收费金额(单位:元)`, within the 200 bytes before the number), is
  /// another number: left unread, with FMT.UNREADABLE_ROW, unless it is 0.
  void fee_in_yuan(cell_sheet& r, const row_target& t) {
    cell& fee = r.at(t, 0);
    if (fee.state != cell_state::number || fee.value.units == 0 || !fee.pos.known()) return;
    constexpr std::string_view yuan = "元", wan = "万";
    for (const token& v : scan_.tokens) {
      if (v.kind != token_kind::number || !(v.value == fee.value) || !(where_.at(v.begin) == fee.pos)) continue;
      const std::string_view written = text_.substr(v.begin, v.end - v.begin);
      std::string_view said;  // where 元 is said
      if (written.ends_with(yuan)) {
        if (written.substr(0, written.size() - yuan.size()).ends_with(wan)) return;  // (the cell says 万元)
        said = written;
      } else {
        const std::size_t from = v.begin > 200 ? v.begin - 200 : 0;
        const std::string_view before = text_.substr(from, v.begin - from);
        const std::size_t header = before.rfind("收费金额");
        if (header == std::string_view::npos) return;
        const std::string_view unit = before.substr(header);
        const std::size_t at = unit.find(yuan);
        if (at == std::string_view::npos || unit.substr(0, at).ends_with(wan)) return;
        said = unit.substr(0, at + yuan.size());
      }
      findings_.push_back({&rules::fmt_unreadable_row, rules::fmt_unreadable_row.severity, fee.pos,
                           std::string(t.label), {}, t.table_key, t.key, {},
                           "the amount is in 元 (`" + std::string(utf8::prefix(said, 60)) +
                               "`), the format's column in 万元: not read, not converted"});
      fee = cell{};
      return;
    }
  }

  /// Finds the rows of one chapter's tables in the stream range [from, to) and reads them.
  bool read_region(cell_sheet& r, const std::vector<row_target>& targets, chapter ch, std::size_t from,
                   std::size_t to, std::size_t* region_end) {
    std::vector<const row_target*> rows;
    for (const row_target& t : targets)
      if (t.in_chapter == ch) rows.push_back(&t);
    // tables are compact: never search a whole 100 MB document for every label
    to = std::min(to, from + std::size_t{65536});
    std::vector<located> at(rows.size());
    std::vector<located> strays(rows.size());  // labels found out of the format's order, dropped
    // 1. official labels and known variants, each row after the one before it and not far
    //    from it (a table's rows stand within a few hundred characters of each other)
    std::size_t cursor = from;
    bool first_found = false;
    for (std::size_t i = 0; i != rows.size(); ++i) {
      const std::size_t window = first_found ? std::min(to, cursor + 8192) : to;
      for (std::size_t k = 0; k != rows[i]->exact.size(); ++k) {
        const std::size_t p = find_label(rows[i]->exact[k], cursor, window);
        if (p != std::string::npos && (!at[i].found() || p < at[i].start)) at[i] = {p, p + rows[i]->exact[k].size(), k == 0};
      }
      // the 2021 heading （六）其他处理 is a merged cell: printed vertically, its characters may
      // come after its first item's; it neither moves the search on nor stands out of order
      if (heading_row(*rows[i])) {
        if (!at[i].found())
          for (std::size_t k = 0; k != rows[i]->exact.size() && !at[i].found(); ++k) {
            const std::size_t p = find(rows[i]->exact[k], cursor, std::min(to, window + 2048));
            if (p != std::string::npos) at[i] = {p, p + rows[i]->exact[k].size(), k == 0};
          }
        continue;
      }
      if (at[i].found()) {
        cursor = at[i].end;
        first_found = true;
      } else if (first_found && find_label(rows[i]->exact.front(), from, cursor) != std::string::npos) {
        // the order of rows in the text must be the order of the format: a row printed before
        // the rows above it means the reading order is scrambled (PDF text without layout),
        // and nothing of the table can be placed -- unless only a few labels stray (PDF to
        // markdown: a label torn off its row and printed elsewhere)
        if (!drop_stray_labels(rows, at, from, to, strays)) {
          report_scrambled(rows, from);
          std::vector<located> whole(rows.size());
          read_rows_whole_on_cell_lines(r, rows, from, to, nullptr, &whole);
          place_bare_rows(r, rows, whole, from, to, true);
          return true;
        }
        break;
      }
    }
    // 2. rows still missing: their words without numbering, then a close match, between neighbours
    for (std::size_t i = 0; i != rows.size(); ++i) {
      if (at[i].found()) continue;
      // between the rows found before and after it (2021's heading （六）其他处理 aside, which
      // may stand amid its rows' labels)
      const auto bound = [&](std::size_t k) {
        return at[k].found() && !heading_row(*rows[k]);
      };
      const std::size_t lo = [&] { for (std::size_t k = i; k-- > 0;) if (bound(k)) return at[k].end; return from; }();
      const std::size_t hi = [&] { for (std::size_t k = i + 1; k < rows.size(); ++k) if (bound(k)) return at[k].start; return to; }();
      if (!rows[i]->alias.empty()) {
        const std::size_t p = find(rows[i]->alias, lo, hi);
        if (p != std::string::npos) {
          at[i] = {p, p + rows[i]->alias.size(), false};
          continue;
        }
      }
      // a close match only between two rows that were found: repairs a label, never finds one
      // in text that follows a truncated table
      const bool bounded = std::any_of(at.begin() + static_cast<std::ptrdiff_t>(i) + 1, at.end(),
                                       [](const located& x) { return x.found(); });
      if (rows[i]->key == "other_handling" || !bounded || hi <= lo || hi - lo > 1200) continue;
      // a long label wrapped round a heading merged down its group (printed in the middle of
      // the group, on the label's second line: w3m's and pdftotext's `1.申请人无正当理由逾期不补正、`,
      // `（六）其他处理  行政机关不再处理其政府信息公开  9  0 …`, `申请`)
      if (ch == chapter::three) {
        const std::string& key = rows[i]->exact.front().key();
        for (std::size_t k = 0; k != rows.size(); ++k)
          if (heading_row(*rows[k]))
            for (const key_searcher& h : rows[k]->exact)
              if (!at[i].found()) at[i] = around_heading(key, h, lo, hi);
        for (const key_searcher& h : marks_.s3_headings)
          if (!at[i].found()) at[i] = around_heading(key, h, lo, hi);
        // or wrapped in its column beside a heading wrapped in its own, their lines interleaved
        // (pdftotext -layout: `三、本年度 （一）予以` / `办理结果 公开`, `1.本机关不` / `（四）无法` / `掌握相关政`)
        for (std::size_t h = 0; h != s3_group_headings && !at[i].found(); ++h)
          at[i] = interleaved_with_heading(key, marks_.s3_headings[h].key(), lo, hi);
        for (std::size_t k = 0; k != rows.size() && !at[i].found(); ++k)
          if (heading_row(*rows[k]))
            at[i] = interleaved_with_heading(key, rows[k]->exact.front().key(), lo, hi);
      }
      if (!at[i].found()) at[i] = close_match(rows[i]->exact.front().key(), lo, hi);
    }
    // boundaries: every located row, every heading inside the table
    std::vector<std::size_t> bounds;
    for (const located& l : at) {
      // (not a heading that stands amid another row's label, found round it)
      const bool inside = std::any_of(at.begin(), at.end(), [&](const located& o) {
        return o.found() && o.start < l.start && l.start < o.end;
      });
      if (l.found() && !inside) bounds.push_back(l.start);
    }
    auto add_all = [&](const key_searcher& key) {
      for (std::size_t p = find(key, from, to); p != std::string::npos; p = find(key, p + key.size(), to))
        bounds.push_back(p);
    };
    if (ch == chapter::three) {
      for (const key_searcher& h : marks_.s3_headings) add_all(h);
    } else {
      add_all(marks_.caption);
    }
    bool chapter_end_is_heading = false;  // else the end of the region: the text may be cut off
    const std::size_t chapter_end = [&] {
      std::size_t e = to, last = from;
      for (const located& l : at)
        if (l.found()) last = std::max(last, l.end);
      for (const key_searcher& h : marks_.chapter3_ends) {
        const std::size_t p = find(h, last, to);
        if (p != std::string::npos && p <= e) {
          e = p;
          chapter_end_is_heading = true;
        }
      }
      return e;
    }();
    bounds.push_back(chapter_end);
    // a stray label ends the cells of the row before it (a converter's table of chapter 二's （一）
    // printed after （八）'s line: `行政事业性收费 0`, then `| 规章 | 0 | 0 | 0 |`)
    for (const located& l : strays)
      if (l.found()) bounds.push_back(l.start);
    std::sort(bounds.begin(), bounds.end());

    bool any = false;
    std::vector<bool> table_seen(r.table_count(), false);
    for (std::size_t i = 0; i != rows.size(); ++i)
      if (at[i].found()) table_seen[rows[i]->table] = true;
    std::size_t last_end = from;
    bool hybrid = false;
    std::size_t label_before = std::string::npos;  // the end of the label of the row read last
    const std::vector<bool> merged = read_merged_rows(r, rows, at);
    // 2021's （六）其他处理 is a row of its own (2019's single row, kept by some 2021 reports) only
    // when none of the three rows under it is there: else it is their heading, and numbers on
    // its line are its first row's, whose label was torn round it (w3m's `（六）其他处理  行政机关不再处理
    // 其政府信息公开  9  0 …` between the lines `1.申请人无正当理由逾期不补正、` and `申请`)
    const bool other_rows_found = [&] {
      for (std::size_t i = 0; i != rows.size(); ++i)
        if (at[i].found() && rows[i]->key != "other_handling" && rows[i]->key.starts_with("other_")) return true;
      return false;
    }();
    region_rows_ = &rows;
    region_at_ = &at;
    region_end_ = chapter_end;
    region_chapter_ = ch;
    alignments_.clear();
    short_after_empty_.clear();
    provisional_rows_.clear();
    rows_over_lines_.clear();
    read_counts_.clear();
    surplus_row_ = shifted_ = moved_up_ = previous_short_ = false;
    {
      std::size_t first = rows.size();  // the row whose label stands first in the text
      for (std::size_t i = 0; i != rows.size(); ++i)
        if (at[i].found() && (first == rows.size() || at[i].start < at[first].start)) first = i;
      numbers_before_ = first == rows.size() ? std::pair<std::size_t, std::size_t>{}
                                             : numbers_before_first_label(rows, first, at[first]);
      header_cut_ = ch == chapter::three && first != rows.size() && header_lacks_total(from, at[first].start);
    }
    spaced_rows_.clear();
    empty_line_rows_.clear();
    line_cell_rows_.clear();
    rows_padded_by_one_ = 0;
    joined_rows_.clear();
    joined_space_rows_.clear();
    indented_rows_.clear();
    paragraph_rows_.clear();
    laid_full_.clear();
    laid_short_.clear();
    laid_values_.clear();
    first_labels_.clear();
    for (std::size_t i = 0; i != rows.size(); ++i) {
      if (!at[i].found()) continue;
      if (first_labels_.size() <= rows[i]->table) first_labels_.resize(rows[i]->table + std::size_t{1}, std::string::npos);
      first_labels_[rows[i]->table] = std::min(first_labels_[rows[i]->table], at[i].start);
    }
    for (std::size_t i = 0; i != rows.size(); ++i) {
      const row_target& t = *rows[i];
      if (!at[i].found()) continue;
      any = true;
      last_end = std::max(last_end, at[i].end);
      if (merged[i]) {
        label_before = at[i].end;
        continue;
      }
      const std::size_t next = *std::upper_bound(bounds.begin(), bounds.end(), at[i].start);
      const bool is_other_handling = heading_row(t);
      if (is_other_handling && other_rows_found) continue;
      // the row that begins at `next` was found without its number (`2.`), which then stands
      // at the end of this row's text
      bool next_lost_number = false;
      for (std::size_t j = i + 1; j != rows.size(); ++j) {
        if (!at[j].found() || at[j].start != next) continue;
        const std::string& key = rows[j]->exact.front().key();
        next_lost_number = !key.empty() && key[0] >= '0' && key[0] <= '9' && scan_.stream[next] != key[0];
        break;
      }
      const bool next_is_label = next != chapter_end || chapter_end_is_heading;
      const std::size_t previous = label_before != std::string::npos && label_before <= at[i].start
                                       ? label_before
                                       : std::string::npos;
      const bool read = read_row(r, t, at[i], next, is_other_handling, next_lost_number, next_is_label, previous);
      if (is_other_handling && read) hybrid = true;
      if (read) report_label(t, at[i]);
      // 2021's （六）其他处理 read as the heading of its three rows, which may share its cell
      if (!is_other_handling || read) label_before = at[i].end;

    }
    region_rows_ = nullptr;
    region_at_ = nullptr;
    // the stray rows that stand whole on a line of cells, wherever the line is
    if (std::any_of(strays.begin(), strays.end(), [](const located& l) { return l.found(); })) {
      read_rows_whole_on_cell_lines(r, rows, from, to, &strays);
      for (std::size_t i = 0; i != rows.size(); ++i)
        if (strays[i].found() && row_placed(r, *rows[i])) table_seen[rows[i]->table] = true;
    }
    if (region_end != nullptr) *region_end = last_end;
    place_bare_rows(r, rows, at, from, chapter_end);
    place_blank_rows(r, from, chapter_end);
    if (ch == chapter::two) other_edition_columns(r, rows, at, from);
    if (ch == chapter::three) {
      read_stacked_rows(r, rows, at, from, chapter_end);
      read_stacked_run(r, rows, at, chapter_end);
    }
    // what is missing
    for (std::size_t ti = 0; ti != table_seen.size(); ++ti) {
      bool in_chapter = false;
      std::string_view table_key;
      for (const row_target* t : rows)
        if (t->table == ti) {
          in_chapter = true;
          table_key = t->table_key;
        }
      if (!in_chapter) continue;
      if (!table_seen[ti]) {
        findings_.push_back({&rules::fmt_missing_table, rules::fmt_missing_table.severity, {}, {}, {}, table_key, {}, {},
                             "table " + std::string(table_key) + " not found"});
        continue;
      }
      for (std::size_t i = 0; i != rows.size(); ++i) {
        const row_target& t = *rows[i];
        if (t.table != ti || at[i].found() || row_placed(r, t)) continue;
        if (heading_row(t)) continue;
        if (hybrid && t.key.starts_with("other_")) continue;
        findings_.push_back({&rules::fmt_missing_row, rules::fmt_missing_row.severity, {}, {}, t.label, t.table_key,
                             t.key, {}, "row " + std::string(t.label) + " not found"});
      }
    }
    return any;
  }

  /// Chapter 三's table whose text holds its labels and its numbers apart, in blocks: a PDF's text
  /// in its reading order (pdftotext without `-layout`: a run of labels, then the numbers of those
  /// rows and of later ones, one a line; PyMuPDF's sorted text: numbers before their labels), no
  /// row read by its label. When the rows' labels stand in the format's order (three in four of
  /// them found at least), the chapter holds nothing that may be a cell but numbers (no marker,
  /// empty cell or unreadable number), exactly as many as the table has cells (with the numbers
  /// at the pages' breaks that may be the pages' numbers, or without them), and, taken seven a row
  /// in the text's order, every row's total is the sum of its six columns (a column's numbers
  /// taken for a row's do not add up), they are placed so. Each cell is marked inferred: S3.ROW
  /// placed it, and does not check it then (FORMAT.md, "Inferred cells"); one FMT.ROW_BY_POSITION
  /// warning a row.
  void read_stacked_rows(cell_sheet& r, const std::vector<const row_target*>& rows, const std::vector<located>& at,
                         std::size_t from, std::size_t to) {
    constexpr std::size_t width = 7;
    std::vector<const row_target*> data;
    std::size_t found = 0;
    for (std::size_t i = 0; i != rows.size(); ++i) {
      const row_target& t = *rows[i];
      if (heading_row(t)) continue;  // (a heading)
      if (row_placed(r, t) || t.columns != width) return;
      found += at[i].found() ? 1U : 0U;
      data.push_back(&t);
    }
    // (a label wrapped round another column's words is not found: `三、本年度 （一）予以` / `办理结果 公开`)
    if (data.empty() || data.size() > 255 || found * 4 < data.size() * 3) return;
    const auto& tk = scan_.tokens;
    std::vector<std::size_t> candidates;  // the numbers, and those that may be a page's number
    std::size_t doubtful = 0;
    for (std::size_t k = text_token_at(from); k < tk.size(); ++k) {
      const token& x = tk[k];
      if (past_chapter(x, to)) break;
      if (x.kind == token_kind::text || x.kind == token_kind::ignored) continue;
      // a marker, an empty cell, a number too large: which cell it is is unknown
      if (x.kind != token_kind::number && x.kind != token_kind::doubtful) return;
      candidates.push_back(k);
      doubtful += x.kind == token_kind::doubtful ? 1U : 0U;
      if (candidates.size() > data.size() * width + doubtful) return;
    }
    // seven a row, each row's total the sum of its columns (a number at a page break taken as one)
    const auto adds_up_by_rows = [&](const std::vector<std::size_t>& ks) { return rows_add_up(ks, data.size(), true); };
    // the numbers at the pages' breaks that may be the pages' numbers are cells, or they are not
    std::vector<std::size_t> numbers = candidates;
    if (!adds_up_by_rows(numbers)) {
      if (doubtful == 0) return;
      std::erase_if(numbers, [&](std::size_t k) { return tk[k].kind == token_kind::doubtful; });
      if (!adds_up_by_rows(numbers)) return;
    }
    place_stacked(r, data, numbers, "the table's labels and numbers stand apart (a PDF's reading order): its ");
  }

  /// Chapter 三's rows whose labels stand one after another, no number among them, and then, before
  /// any other text, exactly their numbers, seven a row: pdftotext without `-layout` of a
  /// browser's print of a page's table, which writes the labels of a page's rows, the column
  /// headings, then those rows' numbers in the rows' order (`read_stacked_rows` reads a chapter
  /// held so whole; here the rest of the chapter is not). A run of three rows at least, which
  /// starts the chapter or follows a row that was read (a row before it whose label was lost
  /// would have its numbers first), its labels in the format's order; each row's total the sum of
  /// its columns. Each cell inferred, one FMT.ROW_BY_POSITION warning a row.
  void read_stacked_run(cell_sheet& r, const std::vector<const row_target*>& rows, const std::vector<located>& at,
                        std::size_t to) {
    constexpr std::size_t width = 7;
    const auto& tk = scan_.tokens;
    std::vector<std::size_t> data;  // indexes into `rows` of the rows of data (2021's heading （六） aside)
    for (std::size_t i = 0; i != rows.size(); ++i)
      if (!heading_row(*rows[i])) data.push_back(i);
    // a row not read yet whose label was found
    const auto open = [&](std::size_t e) {
      const row_target& t = *rows[data[e]];
      return at[data[e]].found() && !row_placed(r, t) && t.columns == width;
    };
    const auto within = [&](std::size_t x) { return x < tk.size() && !past_chapter(tk[x], to); };
    for (std::size_t d = 0; d < data.size(); ++d) {
      if (!open(d) || (d != 0 && !row_placed(r, *rows[data[d - 1]]))) continue;
      // the first number after the run's first label
      std::size_t k = text_token_at(at[data[d]].start);
      while (within(k) && (tk[k].kind == token_kind::text || tk[k].kind == token_kind::ignored)) ++k;
      if (!within(k) || tk[k].kind != token_kind::number || consumed_[k]) continue;
      const std::size_t numbers_at = tk[k].stream;
      // the run: the rows whose labels end before it, in order
      std::size_t e = d;
      while (e < data.size() && open(e) && at[data[e]].end <= numbers_at &&
             (e == d || at[data[e - 1]].end <= at[data[e]].start))
        ++e;
      // (no found label of a later row before the numbers: the run would not be the rows they are)
      const bool later_label_before =
          std::any_of(data.begin() + static_cast<std::ptrdiff_t>(e), data.end(),
                      [&](std::size_t i) { return at[i].found() && at[i].start < numbers_at; });
      const std::size_t run = e - d;
      if (run < 3 || later_label_before) {
        d = e == d ? d : e - 1;
        continue;
      }
      // exactly the run's numbers, then text (or the chapter's end)
      std::vector<std::size_t> numbers;
      for (; within(k) && tk[k].kind != token_kind::text; ++k) {
        if (tk[k].kind == token_kind::ignored) continue;
        if (tk[k].kind != token_kind::number || consumed_[k] || numbers.size() == run * width) break;
        numbers.push_back(k);
      }
      const bool ends = !within(k) || tk[k].kind == token_kind::text;
      if (ends && numbers.size() == run * width && rows_add_up(numbers, run, false)) {
        std::vector<const row_target*> placed;
        for (std::size_t i = d; i != e; ++i) placed.push_back(rows[data[i]]);
        place_stacked(r, placed, numbers,
                      "the labels of these rows stand one after another, then their numbers (a PDF's reading "
                      "order): their ");
      }
      d = e - 1;
    }
  }

  /// Places `numbers` (token indexes), seven a row in order, as the cells of `data`'s rows, each
  /// inferred, with one FMT.ROW_BY_POSITION warning a row whose detail starts with `why`.
  void place_stacked(cell_sheet& r, const std::vector<const row_target*>& data, const std::vector<std::size_t>& numbers,
                     const char* why) {
    constexpr std::size_t width = 7;
    const auto& tk = scan_.tokens;
    for (std::size_t i = 0; i != data.size(); ++i) {
      const row_target& t = *data[i];
      for (std::size_t c = 0; c != width; ++c) {
        const std::size_t k = numbers[i * width + c];
        set_cell(r, t, c, cell{tk[k].value}.at(where_.at(tk[k].begin)).as_inferred());
        consumed_[k] = true;
      }
      forget_unreadable(t);
      const std::size_t first = numbers[i * width];
      findings_.push_back({&rules::fmt_row_by_position, rules::fmt_row_by_position.severity, where_.at(tk[first].begin),
                           std::string(t.label), {}, t.table_key, t.key, {},
                           why + std::to_string(numbers.size()) + " numbers, seven a row in the text's order, each "
                               "row's total the sum of its columns, placed as the format's rows; this row's are "
                               "numbers " + std::to_string(i * width + 1) + " to " + std::to_string(i * width + width) +
                               ", inferred (S3.ROW placed them, and does not check them)"});
    }
  }

  /// Chapter 二's （一） table whose header names the other edition's columns and none of its own
  /// (a real 2021 report that kept 2019's `本年新制作数量 | 本年新公开数量 | 对外公开总数量` over its
  /// 规章 and 规范性文件, its other tables 2021's): its numbers stand under other columns than the
  /// edition's (本年新公开数量 is no 本年废止件数), so its rows stay unread, with why.
  void other_edition_columns(cell_sheet& r, const std::vector<const row_target*>& rows, const std::vector<located>& at,
                             std::size_t from) {
    const auto first_table = std::find_if(rows.begin(), rows.end(), [](const row_target* t) { return t->key == "regulations"; });
    if (first_table == rows.end()) return;
    const std::uint8_t table = (*first_table)->table;
    std::size_t first = std::string::npos;
    for (std::size_t i = 0; i != rows.size(); ++i)
      if (rows[i]->table == table && at[i].found()) first = std::min(first, at[i].start);
    if (first == std::string::npos || first <= from) return;
    const std::size_t own = r.edition() == edition::y2019 ? 0 : 1;
    const auto named = [&](std::size_t e) {
      return std::any_of(marks_.first_table_columns[e].begin(), marks_.first_table_columns[e].end(),
                         [&](const key_searcher& k) { return find(k, from, first) != std::string::npos; });
    };
    if (named(own) || !named(1 - own)) return;
    for (std::size_t i = 0; i != rows.size(); ++i)
      if (rows[i]->table == table && row_placed(r, *rows[i]))
        take_back(r, *rows[i], at[i].found() ? pos_of_stream(at[i].start) : source_pos{},
                  std::string("the table's header names edition ") + (own == 0 ? "2021" : "2019") +
                      "'s columns, not this edition's: its numbers are no cells of these columns");
  }

  /// A row placed after all: its FMT.UNREADABLE_ROW finding is void.
  void forget_unreadable(const row_target& t) {
    std::erase_if(findings_, [&](const source_finding& f) {
      return f.rule == &rules::fmt_unreadable_row && f.row == t.key && f.table == t.table_key;
    });
  }

  /// How many of the tokens [t0, t1) hold a value (a number, a marker, or digits that may be
  /// one: no word, empty cell or ignored number), not counting those on `t0`'s own line: what
  /// stands between a row's line and a later row's label.
  [[nodiscard]] std::size_t values_after_line(std::size_t t0, std::size_t t1) const {
    const auto& tk = scan_.tokens;
    std::size_t n = 0;
    for (std::size_t k = t0; k < t1 && k < tk.size(); ++k)
      n += tk[k].line != tk[t0].line && tk[k].kind != token_kind::text && tk[k].kind != token_kind::blank &&
                   tk[k].kind != token_kind::ignored
               ? 1U
               : 0U;
    return n;
  }

  [[nodiscard]] static bool row_placed(const cell_sheet& r, const row_target& t) {
    return r.row_present(t);
  }

  /// True for a heading over rows (a merged cell), not a row of its own: 2021's （六）其他处理
  /// (2019's is a row), `row_target::heading`.
  [[nodiscard]] static bool heading_row(const row_target& t) noexcept { return t.heading; }

  /// True when token `x` stands past chapter's end `to` (a stream position). A number holds no
  /// place in the stream: one right before the end stands at `to`.
  [[nodiscard]] static bool past_chapter(const token& x, std::size_t to) noexcept {
    return x.stream > to || (x.kind == token_kind::text && x.stream >= to);
  }

  /// The numbers of tokens `ks`, `rows` rows of seven in order: each row's total the sum of its
  /// six columns. `doubtful`: a number at a page break that may be the page's number counts.
  [[nodiscard]] bool rows_add_up(const std::vector<std::size_t>& ks, std::size_t rows, bool doubtful) const {
    std::vector<const token*> values;
    values.reserve(ks.size());
    for (const std::size_t k : ks) values.push_back(&scan_.tokens[k]);
    return adds_up(values, split_shape{static_cast<std::uint8_t>(rows), 7, true}, doubtful);
  }

  /// PDF→markdown conversions tear labels off their rows: the numbers stand as bare rows
  /// (`| 0 | 0 | 0 | 0 | 0 | 0 | 0 |`) in the table's order while the labels stray. Between two
  /// rows that were read, when exactly as many bare rows of the table's width stand, unused,
  /// as rows of the format are unread there, each is placed in order (FMT.ROW_BY_POSITION).
  /// Any other count places nothing. `strict` (a table whose labels stand out of order, read by
  /// its whole lines): nor does a number between the two rows that is in no bare row (a number
  /// moved from elsewhere, `1` alone between torn labels: the bare rows need not be these).
  void place_bare_rows(cell_sheet& r, const std::vector<const row_target*>& rows, const std::vector<located>& at,
                       std::size_t from, std::size_t to, bool strict = false) {
    struct bare_row {
      std::size_t first = 0;  ///< token indexes [first, last)
      std::size_t last = 0;
    };
    std::vector<bare_row> bare;
    {
      const auto& tk = scan_.tokens;
      std::size_t i = text_token_at(from);
      while (i < tk.size() && tk[i].stream <= to) {
        std::size_t e = i;
        bool words = false, used = false;
        while (e < tk.size() && tk[e].line == tk[i].line) {
          words |= tk[e].kind == token_kind::text || tk[e].kind == token_kind::bad_number ||
                   tk[e].kind == token_kind::doubtful;
          used |= consumed_[e];
          ++e;
        }
        std::size_t b = i, z = e;
        while (b < z && tk[b].kind != token_kind::number && tk[b].kind != token_kind::marker) ++b;
        while (z > b && tk[z - 1].kind != token_kind::number && tk[z - 1].kind != token_kind::marker) --z;
        if (!words && !used && z > b && tk[i].cells) bare.push_back({b, z});
        i = e;
      }
    }
    if (bare.empty()) return;
    auto token_of = [&](std::size_t i) { return text_token_at(at[i].start); };
    for (std::size_t a = 0; a != rows.size(); ++a) {
      if (!at[a].found() || !row_placed(r, *rows[a])) continue;
      std::size_t b = a + 1;
      while (b != rows.size() && !row_placed(r, *rows[b])) ++b;
      if (b == rows.size() || rows[b]->table != rows[a]->table || b == a + 1 || !at[b].found()) continue;
      std::vector<std::size_t> missing;
      for (std::size_t m = a + 1; m != b; ++m)
        if (!heading_row(*rows[m])) missing.push_back(m);
      std::vector<const bare_row*> between;
      for (const bare_row& x : bare)
        if (x.first > token_of(a) && x.first < token_of(b)) between.push_back(&x);
      if (missing.empty() || between.size() != missing.size()) continue;
      const std::size_t width = rows[a]->columns;
      if (std::any_of(between.begin(), between.end(), [&](const bare_row* x) { return x->last - x->first != width; }))
        continue;
      if (strict) {  // every number between the two rows' lines stands in one of the bare rows
        std::size_t in_bare = 0;
        for (const bare_row* x : between) in_bare += x->last - x->first;
        if (values_after_line(token_of(a), token_of(b)) != in_bare) continue;
      }
      for (std::size_t k = 0; k != missing.size(); ++k) {
        const row_target& t = *rows[missing[k]];
        const bare_row& x = *between[k];
        for (std::size_t c = 0; c != width; ++c) {
          set_cell(r, t, c, cell_of(scan_.tokens[x.first + c]));
          consumed_[x.first + c] = true;
        }
        forget_unreadable(t);
        findings_.push_back({&rules::fmt_row_by_position, rules::fmt_row_by_position.severity,
                             where_.at(scan_.tokens[x.first].begin), std::string(t.label), {}, t.table_key, t.key, {},
                             "a bare row of " + std::to_string(width) + " numbers, " + std::to_string(k + 1) + " of " +
                                 std::to_string(missing.size()) + " between " + std::string(rows[a]->label) +
                                 " and " + std::string(rows[b]->label) + ", placed as " + std::string(t.label)});
      }
    }
  }

  /// Where the lines of `text_[b, e)` that hold spaces and nothing else begin (a space, a tab,
  /// U+00A0, U+3000): only whole lines, each ended by a line break before `e`. Not every
  /// `utf8::is_space`: a line that is only a form feed is pdftotext's page break, no cell, and a
  /// CR alone is the end of an empty line.
  /// `empty`: the lines that hold nothing instead (a CR aside).
  [[nodiscard]] std::vector<std::size_t> space_lines(std::size_t b, std::size_t e, bool empty = false) const {
    std::vector<std::size_t> out;
    blank_lines(b, e, [&](std::size_t start, bool spaces) {
      if (spaces != empty) out.push_back(start);
    });
    return out;
  }

  /// Each whole line of `text_[b, e)` (ended by a line break before `e`) that holds nothing or
  /// spaces only, in order: `f(where it begins, whether it holds spaces)`. No allocation.
  template <class F>
  void blank_lines(std::size_t b, std::size_t e, F f) const {
    e = std::min(e, text_.size());
    for (std::size_t nl = text_.find('\n', b); nl != std::string_view::npos && nl < e;) {
      const std::size_t start = nl + 1, end = text_.find('\n', start);
      if (end == std::string_view::npos || end >= e) break;
      bool space = false, other = false;
      for (std::size_t i = start; i < end && !other;) {
        const char c = text_[i];
        if (c == ' ' || c == '\t') {
          space = true;
          ++i;
        } else if (c == '\r') {
          ++i;
        } else if (text_.substr(i, 2) == "\xC2\xA0") {
          space = true;
          i += 2;
        } else if (text_.substr(i, 3) == "\xE3\x80\x80") {
          space = true;
          i += 3;
        } else {
          other = true;
        }
      }
      if (!other) f(start, space);
      nl = end;
    }
  }

  /// How many whole lines of `text_[b, e)` hold nothing ([0]) and spaces only ([1]).
  [[nodiscard]] std::array<std::size_t, 2> blank_line_counts(std::size_t b, std::size_t e) const {
    std::array<std::size_t, 2> n{};
    blank_lines(b, e, [&](std::size_t, bool spaces) { ++n[spaces ? 1 : 0]; });
    return n;
  }

  /// Where a token stands on its line: [begin, end) counted in characters ([0]) and in display
  /// columns ([1], a wide character two). Tools that lay a table out with spaces count one or the
  /// other (pandoc characters, w3m display columns).
  struct line_place {
    std::array<std::size_t, 2> begin{}, end{};
  };
  /// The places of `values`, in the order of the text: a line is counted once, however many of
  /// them stand on it.
  [[nodiscard]] std::vector<line_place> places_on_lines(const std::vector<const token*>& values) const {
    std::vector<line_place> out;
    out.reserve(values.size());
    std::size_t line = std::string_view::npos, i = 0;
    std::array<std::size_t, 2> at{};
    const auto advance = [&](std::size_t to) {
      while (i < to) {
        const std::size_t n = utf8::sequence_length(text_, i);
        const char32_t c = n == 0 ? U'?' : utf8::decode(text_, i, n);
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                          (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000;
        at[0] += 1;
        at[1] += wide ? 2 : 1;
        i += n == 0 ? 1 : n;
      }
    };
    for (const token* x : values) {
      const std::size_t start = line_start_at(x->begin);
      if (start != line || i > x->begin) {  // a line not counted yet
        line = i = start;
        at = {};
      }
      line_place p;
      advance(x->begin);
      p.begin = at;
      advance(x->end);
      p.end = at;
      out.push_back(p);
    }
    return out;
  }

  /// True when token `x` opens its line (after spaces) or stands two spaces or more after the
  /// text before it: set apart as a column's cell in a text laid out with spaces.
  [[nodiscard]] bool spaced_apart(const token& x) const {
    std::size_t k = x.begin, spaces = 0;
    while (k != 0 && text_[k - 1] == ' ') {
      --k;
      ++spaces;
    }
    return k == 0 || text_[k - 1] == '\n' || spaces >= 2;
  }

  /// The words of table `t`'s header that name its columns, one each: on the eight lines above
  /// the line of its first label found, each a column's label or its start (two characters or
  /// more: a header wrapped in its cell, `商业` over `企业`). Empty unless every column's is found
  /// there exactly once.
  [[nodiscard]] std::vector<const token*> header_words(const row_target& t) const {
    if (t.table >= first_labels_.size() || first_labels_[t.table] == std::string::npos) return {};
    const std::vector<token>& tk = scan_.tokens;
    const std::size_t first = text_token_at(first_labels_[t.table]);
    if (first >= tk.size()) return {};
    const std::uint32_t line = tk[first].line;
    std::vector<const token*> out(t.columns, nullptr);
    for (std::size_t k = first; k-- != 0 && tk[k].line + 8 >= line;) {
      const token& x = tk[k];
      if (x.line == line || x.kind != token_kind::text || x.stream_end - x.stream < 6) continue;
      const std::string_view word = std::string_view(scan_.stream).substr(x.stream, x.stream_end - x.stream);
      for (std::size_t c = 0; c != t.columns; ++c) {
        if (!std::string_view(t.column_labels[c]).starts_with(word)) continue;
        if (out[c] != nullptr) return {};  // two words may name the column
        out[c] = &x;
      }
    }
    if (std::any_of(out.begin(), out.end(), [](const token* x) { return x == nullptr; })) return {};
    return out;
  }

  /// Rows of a text laid out in columns with spaces that leave cells blank (`26          26`):
  /// each number goes to the column whose numbers in the table's full rows it overlaps. Only
  /// where the table's columns are sure: two full rows or more, whose numbers of each column
  /// overlap one another on their lines and no other column's and line up (the same start, end
  /// or middle), counted in characters or in display columns (a line of pdftotext -layout starts
  /// its columns a little left or right of the others', and its columns are not sure; a tool
  /// that counts characters lines up no column in display columns beside labels of other
  /// widths). A table with fewer full rows (a small body's
  /// requests, all from 自然人: `26` under 自然人 and under 总计, every other cell blank) has its
  /// columns where its header's words name them (`header_words`), when those stand apart and every
  /// number of the table's rows on one line, and each full row's in its own column, overlaps
  /// one. When each number overlaps exactly one column, in order, the row is read, its other
  /// cells blank; else it stays unread.
  void place_laid_out_rows(cell_sheet& r) {
    const std::vector<line_place> places = laid_short_.empty() ? std::vector<line_place>{} : places_on_lines(laid_values_);
    // each column's span, [0, 1) the union and [2, 3) the part all share, by table and count
    using spans = std::vector<std::array<std::size_t, 4>>;
    std::vector<std::pair<std::size_t, std::optional<spans>>> known;
    known.reserve(2 * first_labels_.size());  // one for each table and count: references stay valid
    // the column that [begin, end) overlaps, when exactly one
    const auto column_at = [](const spans& span, std::size_t begin, std::size_t end) {
      std::size_t hit = SIZE_MAX, hits = 0;
      for (std::size_t col = 0; col != span.size(); ++col)
        if (begin < span[col][1] && span[col][0] < end) {
          hit = col;
          ++hits;
        }
      return hits == 1 ? hit : SIZE_MAX;
    };
    const auto columns_of = [&](const row_target& t, std::size_t m) -> const std::optional<spans>& {
      const std::size_t id = t.table * std::size_t{2} + m;
      for (const auto& [k, s] : known)
        if (k == id) return s;
      spans span(t.columns, {SIZE_MAX, 0, 0, SIZE_MAX});
      // and whether the column's numbers line up: their starts, their ends or their middles
      // (twice: start + end) the same, within one for the middles
      std::vector<std::array<std::size_t, 6>> lined(t.columns, {SIZE_MAX, 0, SIZE_MAX, 0, SIZE_MAX, 0});
      std::size_t full_rows = 0;
      for (const laid_row& full : laid_full_) {
        if (full.target->table != t.table || full.count != t.columns) continue;
        ++full_rows;
        for (std::size_t col = 0; col != t.columns; ++col) {
          const line_place& p = places[full.first + col];
          span[col] = {std::min(span[col][0], p.begin[m]), std::max(span[col][1], p.end[m]),
                     std::max(span[col][2], p.begin[m]), std::min(span[col][3], p.end[m])};
          const std::size_t middle = p.begin[m] + p.end[m];
          lined[col] = {std::min(lined[col][0], p.begin[m]), std::max(lined[col][1], p.begin[m]),
                      std::min(lined[col][2], p.end[m]),   std::max(lined[col][3], p.end[m]),
                      std::min(lined[col][4], middle),     std::max(lined[col][5], middle)};
        }
      }
      bool by_header = false;
      if (full_rows < 2) {
        // by the header: a text laid out in columns, its words and numbers set apart by two
        // spaces or more (not a line of words one space apart that a PDF's text runs together,
        // `行政规范性文件 0` under `本年制发件数 本年废止件数 现行有效件数`), and two rows of the table or more
        const std::vector<const token*> words = header_words(t);
        std::size_t rows = 0;
        bool apart = !words.empty();
        for (const std::vector<laid_row>* laid : {&laid_full_, &laid_short_})
          for (const laid_row& row : *laid) {
            if (row.target->table != t.table) continue;
            ++rows;
            for (std::size_t k = 0; k != row.count && apart; ++k) apart = spaced_apart(*laid_values_[row.first + k]);
          }
        for (const token* w : words) apart = apart && spaced_apart(*w);
        // not in a PDF's text (pages ended by form feeds): there each word stands at its place
        // rounded to a character, and a number right-aligned in its cell starts where the next
        // column's left-aligned word does (LibreOffice's PDF of a spreadsheet's page: `规章  0  0`,
        // each 0 at the start of the header word after its own)
        const bool pdf_text = std::memchr(text_.data(), '\f', text_.size()) != nullptr;
        if (!apart || rows < 2 || pdf_text) return known.emplace_back(id, std::nullopt).second;
        const std::vector<line_place> at = places_on_lines(words);
        for (std::size_t col = 0; col != t.columns; ++col)
          span[col] = {at[col].begin[m], at[col].end[m], at[col].begin[m], at[col].end[m]};
        by_header = true;
      }
      bool sure = true;
      for (std::size_t col = 0; col != t.columns && sure; ++col)
        sure = span[col][2] < span[col][3] && (col == 0 || span[col][0] > span[col - 1][1]) &&
               (by_header || lined[col][0] == lined[col][1] || lined[col][2] == lined[col][3] || lined[col][5] - lined[col][4] <= 1);
      // the header's columns: every number of the table's rows in one, a full row's in its own
      for (const std::vector<laid_row>* rows : {&laid_full_, &laid_short_})
        for (const laid_row& row : *rows) {
          if (!by_header || !sure || row.target->table != t.table) continue;
          for (std::size_t k = 0, previous = SIZE_MAX; k != row.count && sure; ++k) {
            const std::size_t col = column_at(span, places[row.first + k].begin[m], places[row.first + k].end[m]);
            sure = col != SIZE_MAX && (previous == SIZE_MAX || col > previous) &&
                   (row.count != t.columns || col == k);
            previous = col;
          }
        }
      return known.emplace_back(id, sure ? std::optional<spans>(std::move(span)) : std::nullopt).second;
    };
    for (const laid_row& row : laid_short_) {
      const row_target& t = *row.target;
      std::optional<std::vector<std::size_t>> placed;
      bool unsure = false;
      for (std::size_t m = 0; m != 2 && !unsure; ++m) {
        const std::optional<spans>& span = columns_of(t, m);
        if (!span) continue;
        std::vector<std::size_t> columns;
        for (std::size_t k = 0; k != row.count; ++k) {
          const line_place& p = places[row.first + k];
          const std::size_t hit = column_at(*span, p.begin[m], p.end[m]);
          if (hit == SIZE_MAX || (!columns.empty() && hit <= columns.back())) break;
          columns.push_back(hit);
        }
        if (columns.size() != row.count) {
          unsure = true;  // sure columns that a number of the row misses
          break;
        }
        if (placed && *placed != columns) unsure = true;  // the two counts disagree
        placed = std::move(columns);
      }
      if (!placed || unsure) continue;
      const token* const* values = laid_values_.data() + row.first;
      const source_pos blank_at = where_.at(values[0]->begin);
      for (std::size_t c = 0, k = 0; c != t.columns; ++c)
        set_cell(r, t, c, k < placed->size() && (*placed)[k] == c ? cell_of(*values[k++]) : cell{blank}.at(blank_at));
      forget_unreadable(t);
    }
    laid_short_.clear();
    laid_full_.clear();
    laid_values_.clear();
  }

  /// Rows one number short whose table adds its rows up by columns (chapter 三, （七）总计 and
  /// its parts): a page that leaves one column empty down such rows (总计 left blank, or one
  /// cell merged over them) loses that empty cell in text that keeps no empty cell (a cell a
  /// line, pdftotext, a browser's text), and which of the row's cells it was is unknown (the
  /// rows kept are those of such text, `short_rows_`). When every such row is a part of a
  /// total, and exactly one column, left empty in all of them, makes every other column's
  /// totals the sums of their parts (each of those totals and parts read, none unknown, the
  /// empty cells counted as 0), while each other column breaks one of them, the rows are read
  /// so, every number marked inferred (FORMAT.md, "Inferred cells"), an FMT.INFERRED_BLANK
  /// warning each: those totals placed the cells and do not check them. Else the rows stay
  /// unread.
  template <class Report>
  void place_by_column_sums(Report& rep) {
    if (short_rows_.empty()) return;
    for_each_column_totalled(rep, [&](auto& tbl, std::size_t index) { place_by_column_sums(tbl, index); });
    short_rows_.clear();
  }

  /// `f(table, index)` for each table of `rep` whose rows add up by columns (chapter 三's).
  template <class Report, class F>
  static void for_each_column_totalled(Report& rep, const F& f) {
    for_each_table(rep, [&](auto& tbl, std::size_t index) {
      using schema = typename std::remove_cvref_t<decltype(tbl)>::schema;
      if constexpr (rules::has_down_total_rule<schema>) f(tbl, index);
    });
  }

  template <class T>
  void place_by_column_sums(table<T>& tbl, std::size_t index) {
    constexpr auto& tree = T::rows::tree;
    constexpr std::size_t columns = T::columns::size;
    std::vector<const short_row*> rows;
    for (const short_row& s : short_rows_) {
      if (s.target->table != index || s.target->columns != columns) continue;
      if (row_read(tbl, s.target->row)) continue;  // read since (a later pass placed it)
      // a part of some total: its cells count in a column's sums
      if (!in_column_totals(tree, s.target->row, false)) return;
      rows.push_back(&s);
    }
    if (rows.empty()) return;
    const auto fill = [&](table<T>& into, const short_row& s, std::size_t empty, bool inferred) {
      for (std::size_t col = 0, k = 0; col != columns; ++col) {
        cell x = col == empty ? cell{blank}.at(where_.at(s.values.front()->begin)) : cell_of(*s.values[k++]);
        // (the empty cell holds no number: none to mark, FORMAT.md's "inferred" lists numbers)
        into.cells[s.target->row * columns + col] = inferred && col != empty ? x.as_inferred() : x;
      }
    };
    std::size_t found = columns, holding = 0;
    for (std::size_t k = 0; k != columns; ++k) {
      table<T> trial = tbl;
      for (const short_row* s : rows) fill(trial, *s, k, false);
      int all = 1;  // 1: every other column adds up; 0: one does not; -1: one is unknown
      for (std::size_t col = 0; col != columns && all != 0; ++col)
        if (col != k) all = std::min(all, column_adds_up(trial, col));
      if (all < 0) return;  // a column that says nothing: no column is sure
      if (all == 1) {
        found = k;
        ++holding;
      }
    }
    if (holding != 1) return;
    // In text cut into cells, a cell lost is a number lost (a converter that dropped it), not a
    // cell left empty, unless one cell merged down the rows stood in that column: a tool that
    // writes a merged cell once (html2text's text of Word's HTML, 总计 one empty cell down
    // （三）-（六）) gives it on its first row, blank, and leaves it out of the rows it covers. So
    // each such row follows a row short of one as well, or the row read with that cell blank,
    // every other cell of it a number.
    // (the row before: a heading that may carry numbers, not printed, is passed over: 2021's
    // （六）其他处理 above its three rows)
    const auto row_before = [&](std::size_t row) {
      while (row-- != 0)
        if (!optional_heading(tree, row) || row_read(tbl, row)) return row;
      return std::size_t{SIZE_MAX};
    };
    for (const short_row* s : rows) {
      if (!s->cut) continue;
      const std::size_t before = row_before(s->target->row);
      if (before == SIZE_MAX) return;
      if (std::any_of(rows.begin(), rows.end(), [&](const short_row* o) { return o->target->row == before; })) continue;
      for (std::size_t col = 0; col != columns; ++col) {
        const cell& x = tbl.cells[before * columns + col];
        if (col == found ? x.state != cell_state::blank : !x.is_number()) return;
      }
    }
    for (const short_row* s : rows) {
      const row_target& t = *s->target;
      fill(tbl, *s, found, true);
      forget_unreadable(t);
      std::string raw;
      for (const token* v : s->values) {
        if (!raw.empty()) raw += ' ';
        raw.append(text_.substr(v->begin, v->end - v->begin));
      }
      findings_.push_back(
          {&rules::fmt_inferred_blank, rules::fmt_inferred_blank.severity, s->label_pos, std::move(raw), t.label,
           t.table_key, t.key, {},
           std::to_string(columns - 1) + " numbers for " + std::to_string(columns) + " cells, read with " +
               (found < t.column_labels.size() ? t.column_labels[found] : std::to_string(found + 1)) +
               " empty: the only column whose cells left empty in the " + std::to_string(rows.size()) +
               " rows short of one makes every other column's totals the sums of their parts (S3.TOTAL), "
               "which therefore do not check these cells"});
    }
  }

  /// Rows of chapter 三 whose run-together digits split several ways that add up
  /// (`ambiguous_rows_`, kept by `split_run`; `1175 | 1 | 2 | 0 | …` or `1 | 175 | 12 | …`): when
  /// exactly one choice of a split for each such row that stands in its table's column totals
  /// (a part of a total, or a total) makes every column's totals the sums of their parts, as
  /// S3.TOTAL judges them (each total and part read, none unknown, a blank counted as 0), the
  /// rows are read so, every number marked inferred, an FMT.INFERRED_ROW warning each: those
  /// column totals chose the splits, and do not check them. When several choices do, or a row
  /// stands only in the table's balance (一、本年新收 and 二、上年结转: `34029904513511`, 3402 |
  /// 9 | 90 | … or 3402 | 99 | 0 | …), the balance of every column (S3.BALANCE: 一 + 二 =
  /// （七）+ 四) judges those choices too: exactly one that keeps it is read so, and neither
  /// identity checks the rows then. Else the rows stay unread.
  template <class Report>
  void place_by_column_readings(Report& rep) {
    if (ambiguous_rows_.empty()) return;
    for_each_column_totalled(rep, [&](auto& tbl, std::size_t index) { place_by_column_readings(tbl, index); });
    ambiguous_rows_.clear();
  }

  template <class T>
  void place_by_column_readings(table<T>& tbl, std::size_t index) {
    place_by_column_readings(tbl, index, false);  // the rows in column totals
    place_by_column_readings(tbl, index, true);   // then those only in the balance
  }

  /// The rows in `tbl`'s column totals (`balance_only` false; the balance breaks a tie among
  /// their choices), or those in its balance alone (true: judged by the balance alone, which the
  /// column totals, blind to them, leave to it).
  template <class T>
  void place_by_column_readings(table<T>& tbl, std::size_t index, bool balance_only) {
    constexpr auto& tree = T::rows::tree;
    constexpr std::size_t columns = T::columns::size;
    constexpr std::size_t most_choices = 4096;
    std::vector<const ambiguous_row*> rows;
    std::size_t choices = 1;
    for (const ambiguous_row& a : ambiguous_rows_) {
      if (a.target->table != index || a.target->columns != columns) continue;
      // (read since, some other way; or not of this pass)
      const bool in_totals = in_column_totals(tree, a.target->row, true);
      if (row_read(tbl, a.target->row) || (balance_only ? in_totals || !in_balance<T>(a.target->row) : !in_totals))
        continue;
      rows.push_back(&a);
      choices *= a.readings.size();
      if (choices > most_choices) return;
    }
    if (rows.empty()) return;
    const auto fill = [&](table<T>& into, const ambiguous_row& a, std::size_t reading, bool inferred) {
      for (std::size_t col = 0; col != columns; ++col) {
        const cell& x = a.readings[reading][col];
        // (a blank holds no number: none to mark, FORMAT.md's "inferred" lists numbers)
        into.cells[a.target->row * columns + col] = inferred && x.is_number() ? x.as_inferred() : x;
      }
    };
    std::vector<std::size_t> choice(rows.size()), held, balanced;
    std::size_t holding = 0, balancing = 0;
    bool balance_unknown = false;
    table<T> trial = tbl;
    for (std::size_t n = 0; n != choices; ++n) {
      for (std::size_t k = 0, rest = n; k != rows.size(); ++k) {
        choice[k] = rest % rows[k]->readings.size();
        rest /= rows[k]->readings.size();
        fill(trial, *rows[k], choice[k], false);
      }
      int all = 1;  // 1: every column adds up; 0: one does not; -1: one is unknown
      for (std::size_t col = 0; col != columns && all != 0 && !balance_only; ++col)
        all = std::min(all, column_adds_up(trial, col));
      if (all < 0) return;  // a column that says nothing: no choice is sure
      if (all == 0) continue;
      held = choice;
      ++holding;
      int balance = 1;  // the same, of the balance
      for (std::size_t col = 0; col != columns && balance != 0; ++col)
        balance = std::min(balance, column_balances<T>(trial, index, col));
      balance_unknown = balance_unknown || balance < 0;
      if (balance == 1) {
        balanced = choice;
        ++balancing;
      }
    }
    const bool by_balance = balance_only || holding != 1;  // else the totals chose
    if (by_balance) {
      if (balancing != 1 || balance_unknown) return;
      held = std::move(balanced);
    }
    const std::string judges = balance_only ? "with which every column balances (S3.BALANCE)"
                               : by_balance ? "with which every column's totals are too (S3.TOTAL) and every column "
                                              "balances (S3.BALANCE)"
                                            : "with which every column's totals are too (S3.TOTAL)";
    for (std::size_t k = 0; k != rows.size(); ++k) {
      const ambiguous_row& a = *rows[k];
      const row_target& t = *a.target;
      fill(tbl, a, held[k], true);
      forget_unreadable(t);
      std::string reading;
      for (std::size_t col = 0; col != columns; ++col) {
        const cell& x = a.readings[held[k]][col];
        reading += (col != 0 ? " | " : "") + (x.is_number() ? std::string(x.value.to_text().view()) : std::string("blank"));
      }
      findings_.push_back({&rules::fmt_inferred_row, rules::fmt_inferred_row.severity, a.label_pos, a.raw, t.label,
                           t.table_key, t.key, {},
                           "digits run together, read as " + reading + ": of its " + std::to_string(a.readings.size()) +
                               " splits whose totals are the sums of their parts, the only one " + judges +
                               ", which therefore do" + (balance_only ? "es" : "") +
                               " not check these cells"});
    }
  }

  /// True when a digit (ASCII or full-width, as `utf8::fold` makes it one) stands in the text
  /// from the end of label `l`'s first token (its numbering, `1.`) to `first`, the row's first
  /// number.
  [[nodiscard]] bool digit_before_values(const located& l, const token& first) const {
    const std::size_t k = text_token_at(l.start);
    if (k >= scan_.tokens.size()) return true;
    for (std::size_t i = scan_.tokens[k].end; i < first.begin && i < text_.size();) {
      const std::size_t len = utf8::sequence_length(text_, i);
      if (len == 0) {
        ++i;
        continue;
      }
      const char32_t c = utf8::fold(utf8::decode(text_, i, len));
      if (c >= U'0' && c <= U'9') return true;
      i += len;
    }
    return false;
  }

  /// True when some cell of row `row` of `tbl` is present.
  template <class T>
  [[nodiscard]] static bool row_read(const table<T>& tbl, std::size_t row) {
    for (std::size_t col = 0; col != T::columns::size; ++col)
      if (tbl.cells[row * T::columns::size + col].is_present()) return true;
    return false;
  }

  /// True when row `row` is a part of some total of a rows' hierarchy, or (`totals_too`) a
  /// total: its cells count in its table's column sums.
  template <class Tree>
  [[nodiscard]] static bool in_column_totals(const Tree& tree, std::size_t row, bool totals_too) {
    for (std::size_t n = 0; n != tree.node_count; ++n)
      if (tree.nodes[n].total >= 0 &&
          (under(tree, n, row) || (totals_too && static_cast<std::size_t>(tree.nodes[n].total) == row)))
        return true;
    return false;
  }

  /// True when row `slot` stands under node `n` of a rows' hierarchy.
  template <class Tree>
  [[nodiscard]] static bool under(const Tree& tree, std::size_t n, std::size_t slot) {
    const auto& nd = tree.nodes[n];
    if (!nd.is_branch) return nd.slot >= 0 && static_cast<std::size_t>(nd.slot) == slot;
    if (nd.total >= 0 && static_cast<std::size_t>(nd.total) == slot) return false;  // the total, no part
    for (std::size_t k = 0; k != nd.child_count; ++k)
      if (under(tree, tree.children[nd.first_child + k], slot)) return true;
    return false;
  }

  /// Whether every total of a table's rows in column `col` is the sum of its parts, as S3.TOTAL
  /// judges it (`check_totals` with the default options: an empty cell counts as 0): 1 when each
  /// is, 0 when one is not, -1 when one cannot be said (a cell absent or unreadable).
  template <class T>
  [[nodiscard]] static int column_adds_up(const table<T>& t, std::size_t col) {
    struct verdicts {
      bool failed = false, unknown = false;
      void push(const finding& f) noexcept { (f.verdict == verdict::failed ? failed : unknown) = true; }
    } sink;
    const auto at = [&](std::size_t row) {
      return std::pair<const cell&, cell_ref>{t.at(row, col),
                                              cell_ref{0, static_cast<std::uint8_t>(row), static_cast<std::uint8_t>(col)}};
    };
    check_totals(T::rows::tree, at, rules::down_total_rule<T>(), options{}, sink);
    return sink.unknown ? -1 : sink.failed ? 0 : 1;
  }

  /// Whether column `col` of table `t` (the report's table `index`) keeps the table's balance, as
  /// S3.BALANCE judges it (一 + 二 = （七）+ 四, an empty cell counted as 0): 1 when it does (or the
  /// table has none), 0 when it does not, -1 when a cell of it is unknown.
  template <class T>
  [[nodiscard]] static int column_balances(const table<T>& t, std::size_t index, std::size_t col) {
    if constexpr (std::is_same_v<typename T::balance_type, no_balance> || !rules::has_balance_rule<T>) {
      return 1;
    } else {
      struct verdicts {
        bool failed = false, unknown = false;
        void push(const finding& f) noexcept { (f.verdict == verdict::failed ? failed : unknown) = true; }
      } sink;
      check_balance(t, static_cast<std::uint8_t>(index), col, options{}, sink);
      return sink.unknown ? -1 : sink.failed ? 0 : 1;
    }
  }

  /// True when row `row` of table `T` is one of its balance's rows (S3.BALANCE: 一、二, （七）、四).
  template <class T>
  [[nodiscard]] static constexpr bool in_balance(std::size_t row) noexcept {
    if constexpr (std::is_same_v<typename T::balance_type, no_balance> || !rules::has_balance_rule<T>)
      return false;
    else
      return among_rows<T>(row, typename T::balance_type::lhs{}) || among_rows<T>(row, typename T::balance_type::rhs{});
  }

  /// A row's cells in a crawler's text a cell a line whose blank cells are runs of spaces:
  /// WebDriver's element text (Selenium's `.text`) of a page whose empty cells hold `&nbsp;`
  /// (`<p>&nbsp;</p>`, as Word's HTML has them), where a blank cell's U+00A0 and the space after
  /// it, both written as spaces, open the line of the next cell that holds text (`258` / `12` /
  /// `    1` / `1` / `  （二）部分公开`: 258 and 12, two blanks, 1 and 1, a blank total). The
  /// numbers `values` stand one a line on the lines right after `before`'s (the label's last
  /// token, or the header's), nothing else on them; the spaces that open each of their lines and
  /// the line after the last are blanks of one width (`width`, when not 0), two spaces or more.
  /// The width and the `columns` cells (a number, or a blank where its spaces begin) when those
  /// blanks are exactly the cells the numbers leave; nullopt otherwise (no spaces: blanks that
  /// left no trace).
  [[nodiscard]] std::optional<std::pair<std::size_t, std::vector<std::pair<const token*, std::size_t>>>>
  indented_cells(const token& before, const std::vector<const token*>& values, std::size_t columns,
                 std::size_t width) const {
    if (values.size() >= columns) return std::nullopt;
    const auto spaces_at = [&](std::size_t at) {
      std::size_t n = 0;
      while (at + n < text_.size() && text_[at + n] == ' ') ++n;
      return n;
    };
    std::vector<std::size_t> starts;  // the lines of the numbers, then the one after the last
    std::size_t line = line_end_at(before.end) + 1;
    std::uint32_t line_no = before.line + 1;
    for (const token* v : values) {
      if (line >= text_.size() || v->line != line_no || line + spaces_at(line) != v->begin ||
          line_end_at(v->begin) != v->end)
        return std::nullopt;
      starts.push_back(line);
      line = v->end + 1;
      ++line_no;
    }
    starts.push_back(line);
    std::size_t sum = 0;
    for (const std::size_t at : starts) sum += spaces_at(at);
    const std::size_t blanks = columns - values.size();
    // (a blank's spaces are two at least: its U+00A0 and the space after; one a blank is a
    // number's line lost, `0` / `  0` / `0` read as two blanks for one)
    if (sum % blanks != 0 || sum / blanks < 2 || (width != 0 && sum / blanks != width)) return std::nullopt;
    const std::size_t w = sum / blanks;
    std::vector<std::pair<const token*, std::size_t>> cells;
    for (std::size_t k = 0; k != starts.size(); ++k) {
      const std::size_t run = spaces_at(starts[k]);
      if (run % w != 0) return std::nullopt;
      for (std::size_t j = 0; j != run / w; ++j) cells.push_back({nullptr, starts[k] + j * w});
      if (k < values.size()) cells.push_back({values[k], values[k]->begin});
    }
    return std::pair{w, std::move(cells)};
  }

  /// Row `t` short of numbers, kept when runs of spaces opening its lines make up its blank cells
  /// (`indented_cells`), to be read so when the text's rows agree (`place_blank_rows`).
  void indented_blanks(const row_target& t, const std::vector<const token*>& values, std::size_t label_last) {
    if (auto cells = indented_cells(scan_.tokens[label_last], values, t.columns, 0))
      indented_rows_.push_back({&t, std::move(cells->second), cells->first});
  }

  /// One cell per line, a row short of numbers whose lines of spaces (a page's text taken a
  /// text node a line, as BeautifulSoup's `get_text("\n")` does: Word's blank cell `<o:p> </o:p>`,
  /// `&nbsp;`) make up its missing cells: kept, to be read so when the text's full rows have no
  /// such line between their numbers (`place_blank_rows`).
  void spaced_blanks(const row_target& t, const std::vector<const token*>& values, std::size_t label_last,
                     bool next_row_follows) {
    const auto& tk = scan_.tokens;
    // the row's last cell ends where the next token begins
    const std::size_t last = values.empty() ? label_last : static_cast<std::size_t>(values.back() - tk.data());
    const std::size_t after = last + 1 < tk.size() ? tk[last + 1].begin : text_.size();
    spaced_row row{&t, {}, false, false};
    std::size_t from = tk[label_last].end;
    for (std::size_t k = 0; k <= values.size(); ++k) {
      for (const std::size_t at : space_lines(from, k < values.size() ? values[k]->begin : after))
        row.cells.push_back({nullptr, at});
      if (k < values.size()) {
        row.cells.push_back({values[k], values[k]->begin});
        from = values[k]->end;
      }
    }
    if (row.cells.size() == t.columns) spaced_rows_.push_back(std::move(row));
    paragraph_blanks(t, values, label_last, next_row_follows);  // or a cell a paragraph
    // a document's text a cell a line (LibreOffice's and docx2txt's text of a Word table), where
    // an empty line is a blank cell: those between the row's first and last numbers (empty
    // lines before its first or after its last may be cells beside its label, or the next
    // row's merged from above), each number on a line of its own, and every line from the
    // first number's to the last's a cell (no page number, nor the empty line before one)
    //
    // A crawler's text a cell a line (each `<td>` of a row on a line, a blank one an empty line,
    // the cells a merge covers left out): the empty lines after a row's last number, up to the
    // next row's label, are its last cells, when its first number stands on the line after its
    // label and the lines from there to the next label are as many as its cells. Where covered
    // cells are empty lines too (LibreOffice, docx2txt), those lines are more than the row's
    // cells; where rows are set apart by an empty line, a full row has one after it, and then
    // no row is read so (`full_rows_with_trailing_empty_lines_`).
    // a text whose every empty line is a cell (trafilatura's `26 |` lines written back): the
    // lines from the label's to the next row's are the row's cells, when each is a number alone
    // or empty and they are as many as its cells
    if (empty_lines_are_cells_) {
      auto cells = lines_as_cells(values, label_last, after);
      // a chapter-二 table one column wider than the format's, that column empty in its header
      // and its rows (a page's table with an empty column at its right: `行政许可 |`, `0 |`, `|`,
      // `0 |`, `|`): a row's last cell, empty, is that column's. In chapter 三, one line too
      // many, the last empty, is a bar of padding after a row short of a cell (which is one
      // alone, as an empty cell's is: `bar_ended_cells`), as its rows under a group's label or
      // beside a label over columns are
      const bool last_one_too_many =
          cells && cells->size() == std::size_t{t.columns} + 1 && cells->back().first == nullptr;
      if (last_one_too_many && t.in_chapter == chapter::two && empty_last_column(t, scan_.tokens[label_last].begin))
        cells->pop_back();
      else if (last_one_too_many && t.in_chapter == chapter::three)
        ++rows_padded_by_one_;
      if (cells && cells->size() == t.columns) line_cell_rows_.push_back({&t, std::move(*cells), false, false});
      return;
    }
    if (values.empty()) return;
    const std::size_t span = values.back()->line - values.front()->line + 1;
    std::vector<std::size_t> trailing;  // those empty lines, when every line up to the next label is one
    if (span < t.columns && last + 1 < tk.size() && tk[last + 1].kind == token_kind::text &&
        values.front()->line == tk[label_last].line + 1 && empty_lines_between(*values.back(), tk[last + 1]))
      trailing = space_lines(values.back()->end, after, true);
    if (span + trailing.size() != t.columns || (values.size() < 2 && trailing.empty())) return;
    // (empty lines after a row complete without them: see place_blank_rows)
    const bool empty_after = trailing.empty() && last + 1 < tk.size() &&
                             blank_line_counts(values.back()->end, tk[last + 1].begin)[0] != 0;
    spaced_row between{&t, {}, !trailing.empty(), empty_after};
    for (std::size_t k = 0; k != values.size(); ++k) {
      if (k != 0) {
        if (values[k]->line == values[k - 1]->line) return;
        for (const std::size_t at : space_lines(values[k - 1]->end, values[k]->begin, true))
          between.cells.push_back({nullptr, at});
      }
      between.cells.push_back({values[k], values[k]->begin});
    }
    for (const std::size_t at : trailing) between.cells.push_back({nullptr, at});
    if (between.cells.size() == t.columns) empty_line_rows_.push_back(std::move(between));
  }

  /// True when the chapter-二 table of row `t`, whose label stands at text offset `label_at`, has
  /// an empty last column, in a text whose empty lines are cells: the lines after its caption
  /// (the last `第二十条第` line before the label, within 40 lines) are 信息内容, a name for each
  /// of its columns, then an empty line, the header's cell of that column, then words (a row's
  /// label).
  [[nodiscard]] bool empty_last_column(const row_target& t, std::size_t label_at) const {
    std::size_t caption = line_start_at(label_at);
    for (int k = 0;; ++k) {
      if (k == 40 || caption == 0) return false;
      caption = line_start_at(caption - 1);
      const auto [b, e] = trimmed(caption, line_end_at(caption));
      if (std::string_view(text_).substr(b, e - b).starts_with("第二十条第")) break;
    }
    std::size_t line = line_end_at(caption) + 1;
    for (std::size_t k = 0; k != std::size_t{t.columns} + 1; ++k) {  // 信息内容 and the columns' names
      if (line >= text_.size()) return false;
      const auto [b, e] = trimmed(line, line_end_at(line));
      const std::string_view cell = std::string_view(text_).substr(b, e - b);
      if (cell.empty() || cell.find_first_not_of("0123456789.,+- ") == std::string_view::npos ||
          (k == 0 && !cell.starts_with(printed::content)))
        return false;
      line = line_end_at(line) + 1;
    }
    if (line >= text_.size()) return false;
    const auto [b, e] = trimmed(line, line_end_at(line));  // the empty column's header cell
    if (b != e) return false;
    line = line_end_at(line) + 1;
    if (line >= text_.size()) return false;
    const auto [nb, ne] = trimmed(line, line_end_at(line));
    return nb != ne && std::string_view(text_).substr(nb, ne - nb).find_first_not_of("0123456789.,+- ") !=
                           std::string_view::npos;
  }

  /// The lines after the label's last token `label_last`, up to `after` (the next row's label),
  /// as cells: an empty line a blank at its place, a line that holds a number of `values` and
  /// nothing else that number, in order. nullopt when any line holds anything else.
  /// `words_after`: the row's cells end, once they are that many, at a line that opens with a
  /// word (a character other than ASCII), which `values` after it are not.
  [[nodiscard]] std::optional<std::vector<std::pair<const token*, std::size_t>>>
  lines_as_cells(const std::vector<const token*>& values, std::size_t label_last, std::size_t after,
                 std::size_t words_after = 0) const {
    std::vector<std::pair<const token*, std::size_t>> cells;
    std::size_t k = 0;
    for (std::size_t nl = line_end_at(scan_.tokens[label_last].end); nl < after && nl < text_.size();) {
      const std::size_t b = nl + 1, e = line_end_at(b);
      if (b >= after) break;  // the next row's label's line
      if (b == e) {
        cells.push_back({nullptr, b});
      } else if (k < values.size() && values[k]->begin == b && values[k]->end == e) {
        cells.push_back({values[k++], b});
      } else if (words_after != 0 && cells.size() == words_after && static_cast<unsigned char>(text_[b]) >= 0x80) {
        return cells;
      } else {
        return std::nullopt;
      }
      nl = e;
    }
    if (k != values.size()) return std::nullopt;
    return cells;
  }

  /// The same where empty lines are no cells (a cell a line, or a paragraph): the row's cells
  /// are its first `columns` numbers when the next line that is not empty after the last of them
  /// opens with a word (a character other than ASCII) and stands before the next number, each
  /// number alone on its line, as many empty lines before each as before the first (none, or
  /// one a paragraph: no blank cell can hide between them). nullopt otherwise.
  [[nodiscard]] std::optional<std::vector<std::pair<const token*, std::size_t>>>
  numbers_before_words(const std::vector<const token*>& values, std::size_t label_last, std::size_t columns) const {
    if (columns == 0 || values.size() <= columns) return std::nullopt;
    const std::optional<std::size_t> gap = empty_lines_between(scan_.tokens[label_last], *values[0]);
    if (!gap || *gap > 1) return std::nullopt;
    std::vector<std::pair<const token*, std::size_t>> cells;
    for (std::size_t k = 0; k != columns; ++k) {
      const token& v = *values[k];
      if (k != 0 && empty_lines_between(*values[k - 1], v) != gap) return std::nullopt;
      if ((v.begin != 0 && text_[v.begin - 1] != '\n') || line_end_at(v.begin) != v.end) return std::nullopt;
      cells.push_back({&v, v.begin});
    }
    std::size_t b = values[columns - 1]->end;  // the next line that is not empty
    while (b < values[columns]->begin && (text_[b] == '\n' || text_[b] == '\r' || text_[b] == ' ')) ++b;
    if (b >= values[columns]->begin || static_cast<unsigned char>(text_[b]) < 0x80) return std::nullopt;
    return cells;
  }

  /// A row's cells on its label's line, joined by one separator each (`" ".join(cells)`, as a
  /// crawler writes a table row: `（一）予以公开 1288 21 0 0 50 3 ` leaves its total blank, `26      26`
  /// five cells between): the label, the separator after it (a space, U+3000 or U+00A0, the same
  /// for every row), then each cell, a number of `values` or nothing (a blank, at its place), one
  /// separator between two, up to the line's end. nullopt when anything else stands there, or
  /// when a blank cell would make more than `most` cells (a line laid out with runs of spaces
  /// stops there; `most` 0: no blank cell).
  [[nodiscard]] std::optional<std::vector<std::pair<const token*, std::size_t>>>
  joined_cells(const std::vector<const token*>& values, std::size_t label_last, std::size_t most) {
    const std::size_t at = scan_.tokens[label_last].end;
    std::string_view by;
    for (const std::string_view sep : {std::string_view(" "), std::string_view("\xE3\x80\x80"), std::string_view("\xC2\xA0")})
      if (text_.substr(at, sep.size()) == sep) by = sep;
    if (by.empty() || (!joined_by_.empty() && by != joined_by_)) return std::nullopt;
    joined_by_ = by;
    return cells_joined_by(values, at + by.size(), by, most);
  }

  /// The cells from offset `at` (where the first begins) to the line's end, joined by `by`: each a
  /// number of `values` or nothing (a blank, at its place), one `by` between two. nullopt when
  /// anything else stands there, or when a blank cell would make more than `most` cells.
  [[nodiscard]] std::optional<std::vector<std::pair<const token*, std::size_t>>>
  cells_joined_by(const std::vector<const token*>& values, std::size_t at, std::string_view by, std::size_t most) const {
    const auto line_end = [&](std::size_t i) {
      return i >= text_.size() || text_[i] == '\n' || text_.substr(i, 2) == "\r\n";
    };
    std::vector<std::pair<const token*, std::size_t>> cells;
    std::size_t k = 0;
    for (;; at += by.size()) {
      if (k < values.size() && at == values[k]->begin) {
        cells.push_back({values[k], at});
        at = values[k++]->end;
      } else if (text_.substr(at, by.size()) == by || line_end(at)) {
        cells.push_back({nullptr, at});
        if (cells.size() > most) return std::nullopt;
      } else {
        return std::nullopt;
      }
      if (line_end(at)) break;
      if (text_.substr(at, by.size()) != by) return std::nullopt;
    }
    if (k != values.size()) return std::nullopt;
    return cells;
  }

  /// The same where each blank cell holds a space of its own: WebDriver's element text
  /// (Selenium's `.text`) of a table whose cells hold bare text and whose empty cells `&nbsp;`,
  /// a row a line, its cells joined by a space and a blank's U+00A0 written as a space too
  /// (`一、本年新收… 821 35     2 1 859`: two blanks between 35 and 2). Between two cells (the
  /// label first) 2k + 1 spaces are k blanks; at the line's end 2k spaces are k (the line's last
  /// space trimmed, not the blank's). The row's `columns` cells, a number of `values` or a blank at
  /// its space; nullopt when a run of spaces is none of those, anything else stands there, or
  /// the cells are not `columns`. `at_line_start`: the row has no label, its cells begin at the
  /// line's start `from`, where 2k spaces are k blanks (chapter 四's line, the line's first space
  /// trimmed); else they begin after the label's last token `from`.
  [[nodiscard]] std::optional<std::vector<std::pair<const token*, std::size_t>>>
  joined_space_blanks(const std::vector<const token*>& values, std::size_t from, std::size_t columns,
                      bool at_line_start = false) const {
    std::size_t at = at_line_start ? from : scan_.tokens[from].end;
    std::vector<std::pair<const token*, std::size_t>> cells;
    std::size_t k = 0;
    for (bool first = true;; first = false) {
      const std::size_t start = at;
      while (at < text_.size() && text_[at] == ' ') ++at;
      const std::size_t run = at - start;
      const bool end = at >= text_.size() || text_[at] == '\n' || text_[at] == '\r';
      if ((end || (first && at_line_start)) ? run % 2 != 0 : run % 2 == 0) return std::nullopt;
      for (std::size_t j = 0; j != run / 2; ++j) cells.push_back({nullptr, start + 2 * j + 1});
      if (end || cells.size() > columns) break;
      if (k == values.size() || at != values[k]->begin) return std::nullopt;
      cells.push_back({values[k], at});
      at = values[k++]->end;
    }
    if (k != values.size() || cells.size() != columns) return std::nullopt;
    return cells;
  }

  /// Row `t` short of numbers, kept when its label's line holds its cells joined by one separator
  /// each (`joined_cells`), or by spaces with a space for each blank (`joined_space_blanks`), to
  /// be read so when the text's full rows are written that way (`place_blank_rows`).
  void keep_joined(const row_target& t, const std::vector<const token*>& values, std::size_t label_last) {
    if (auto cells = joined_cells(values, label_last, t.columns); cells && cells->size() == t.columns)
      joined_rows_.push_back({&t, std::move(*cells), false, false});
    else if (auto spaced = joined_space_blanks(values, label_last, t.columns))
      joined_space_rows_.push_back({&t, std::move(*spaced), false, false});
  }

  /// How many lines stand between tokens `a` and `b`, when all are empty; nullopt when any is not.
  [[nodiscard]] std::optional<std::size_t> empty_lines_between(const token& a, const token& b) const {
    if (b.line <= a.line) return std::nullopt;
    const std::size_t n = blank_line_counts(a.end, b.begin)[0];
    if (n != b.line - a.line - 1) return std::nullopt;
    return n;
  }

  /// The lines strictly between tokens `a` and `b`, when each holds nothing or spaces only:
  /// whether it holds spaces, and where it begins; nullopt when any holds more.
  [[nodiscard]] std::optional<std::vector<std::pair<bool, std::size_t>>> gap_lines(const token& a,
                                                                                 const token& b) const {
    if (b.line <= a.line) return std::nullopt;
    std::vector<std::pair<bool, std::size_t>> out;
    blank_lines(a.end, b.begin, [&](std::size_t start, bool spaces) { out.push_back({spaces, start}); });
    if (out.size() != b.line - a.line - 1) return std::nullopt;
    return out;
  }

  /// A row short of numbers, kept to be read a cell a paragraph (`paragraph_blanks`).
  struct paragraph_row {
    const row_target* target;
    std::vector<const token*> values;
    std::size_t label_last;
    bool next_row_follows;  ///< the next row of its table ends it (`table_goes_on`)
  };

  /// A crawler's text a cell a paragraph (`"\n\n".join(cells)`, the real excerpts of hantai and
  /// changtu; html2text's text of a page with `--ignore-tables`): one empty line between two
  /// cells, a blank cell an empty paragraph or one of spaces (`&nbsp;`), so three lines between
  /// two numbers, `26 / ␤ / ␤ / ␤ / ␤ / ␤ / … / 26`. Kept, to be read so when two rows read whole
  /// or more have exactly one empty line before each number and none another count
  /// (`full_rows_paragraphs_`).
  void paragraph_blanks(const row_target& t, const std::vector<const token*>& values, std::size_t label_last,
                        bool next_row_follows) {
    paragraph_rows_.push_back({&t, values, label_last, next_row_follows});
  }

  /// The cells of a row kept by `paragraph_blanks`: before each number, an empty line, then
  /// (a blank cell, an empty line) as many times as blank cells stand there; after its last
  /// number, (an empty line, a blank cell) as many times, then the lines that end every row read
  /// whole (`paragraph_end_`: an empty line, or html2text's line of spaces). nullopt when the
  /// lines are not so, or the row's end is not known and blank cells would stand there. Blank
  /// cells after the last number only where the next row's label ends the row: after a table's
  /// last row a document may have spacer paragraphs (Word's, in mammoth's text), any number of
  /// empty lines, which then end a row whose cells all stand before them.
  ///
  /// `collapsed`: a text whose empty cells left one empty line each, not two (the empty line
  /// between two paragraphs kept once, as a page's text with runs of line breaks squeezed: a
  /// real page's `一、本年新收… `, seven empty lines, ` 0`, for six blank cells and a total):
  /// before each number an empty line, then one for each blank cell; after the last, one empty
  /// line, or, where the next row's label ends the row, one more for each blank cell it lacks.
  [[nodiscard]] std::optional<std::vector<std::pair<const token*, std::size_t>>>
  paragraph_cells(const paragraph_row& row, std::size_t columns, bool collapsed = false) const {
    const std::vector<const token*>& values = row.values;
    const std::size_t label_last = row.label_last;
    const auto& tk = scan_.tokens;
    const std::size_t last = values.empty() ? label_last : static_cast<std::size_t>(values.back() - tk.data());
    if (last + 1 >= tk.size() || tk[last + 1].kind != token_kind::text) return std::nullopt;
    std::vector<std::pair<const token*, std::size_t>> cells;
    for (std::size_t k = 0; k <= values.size(); ++k) {
      const token& a = k == 0 ? tk[label_last] : *values[k - 1];
      const token& b = k < values.size() ? *values[k] : tk[last + 1];
      auto g = gap_lines(a, b);
      if (!g) return std::nullopt;
      if (k == values.size()) {  // the row's end: (empty line, cell)*, then the rows' end
        // (collapsed: one empty line after the last number; blank cells after it only where the
        // next row's label ends the row, one empty line each, exactly as many as the row lacks: a
        // real page's `（一）予以公开`, ` `, `4`, then seven empty lines before `（二）…`, its total
        // blank; a row all blank, its label then eight empty lines. The row's empty lines are then
        // one more than its cells, so an empty line gained or lost among them, which would shift
        // its numbers, leaves it unread)
        if (collapsed) {
          if (cells.size() == columns && g->size() == 1 && !g->front().first) break;
          if (row.next_row_follows && !g->empty() && cells.size() + g->size() - 1 == columns &&
              std::none_of(g->begin(), g->end(), [](const auto& line) { return line.first; })) {
            for (std::size_t i = 1; i != g->size(); ++i) cells.push_back({nullptr, (*g)[i].second});
            break;
          }
          return std::nullopt;
        }
        if (cells.size() == columns && !values.empty() && std::none_of(g->begin(), g->end(), [](const auto& line) { return line.first; }))
          break;
        if (!row.next_row_follows || !paragraph_end_known_ || g->size() < paragraph_end_.size()) return std::nullopt;
        for (std::size_t i = 0; i != paragraph_end_.size(); ++i)
          if ((*g)[g->size() - paragraph_end_.size() + i].first != paragraph_end_[i]) return std::nullopt;
        g->resize(g->size() - paragraph_end_.size());
        if (g->size() % 2 != 0) return std::nullopt;
        for (std::size_t i = 0; i != g->size(); i += 2) {
          if ((*g)[i].first) return std::nullopt;
          cells.push_back({nullptr, (*g)[i + 1].second});
        }
        break;
      }
      if (collapsed) {  // before a number: empty line, cell*
        if (g->empty() || g->front().first) return std::nullopt;
        for (std::size_t i = 1; i < g->size(); ++i) cells.push_back({nullptr, (*g)[i].second});
        cells.push_back({values[k], values[k]->begin});
        continue;
      }
      // before a number: empty line, (cell, empty line)*
      if (g->size() % 2 == 0) return std::nullopt;
      for (std::size_t i = 0; i != g->size(); ++i) {
        if (i % 2 == 0 && (*g)[i].first) return std::nullopt;
        if (i % 2 == 1) cells.push_back({nullptr, (*g)[i].second});
      }
      cells.push_back({values[k], values[k]->begin});
    }
    return cells;
  }

  /// Row `t` read from `cells`, one a column: a number, or a blank (nullptr) at its offset. Its
  /// blank cells found, it is no longer a row short of numbers (`short_after_empty_`).
  void place_cells(cell_sheet& r, const row_target& t, const std::vector<std::pair<const token*, std::size_t>>& cells) {
    for (std::size_t c = 0; c != t.columns; ++c) {
      const auto [value, at] = cells[c];
      set_cell(r, t, c, value != nullptr ? cell_of(*value) : cell{blank}.at(where_.at(at)));
    }
    forget_unreadable(t);
    std::erase(short_after_empty_, &t);
  }

  /// A row read whole, a number a line after its label's line `label_line` (`next_line` that of
  /// the next row's label, 0 when no row's label follows): does a cell stand every few lines? Its
  /// first number `p` lines after the label's line, each next `p` lines after the one before, the
  /// same `p` in every such row, and the next label the same `q` lines after the last
  /// (`period_cells`).
  void learn_cell_period(const std::vector<const token*>& values, std::uint32_t label_line, std::uint32_t next_line) {
    const std::uint32_t p = values[0]->line - label_line;
    bool periodic = p >= 2 && (cell_period_votes_ == 0 || cell_period_ == p);
    for (std::size_t c = 0; periodic && c != values.size(); ++c) periodic = values[c]->line == label_line + p * (c + 1);
    cell_period_mixed_ = cell_period_mixed_ || !periodic;
    if (!periodic) return;
    cell_period_ = p;
    ++cell_period_votes_;
    if (next_line != 0) {
      const std::uint32_t q = next_line - values.back()->line;
      row_end_mixed_ = row_end_mixed_ || (row_end_lines_ != 0 && row_end_lines_ != q);
      row_end_lines_ = q;
    }
  }

  /// Crawler text of a page whose empty cells hold `&nbsp;` (or a full-width space), a row all
  /// blank: its label and one U+00A0 or U+3000 a cell, nothing else, up to the next label at
  /// stream offset `next`
  /// (`2.其他法律行政法规禁止公开` and seven, `3.危及…`): blank cells, as printed. False, nothing
  /// read, when the text is not so.
  bool read_nbsp_blank_row(cell_sheet& r, const row_target& t, const located& l, std::size_t next) {
    // (the label's closing quote or bracket before, the next label's opening one after)
    const auto punct_at = [&](std::size_t k) -> std::size_t {
      const std::size_t len = utf8::sequence_length(text_, k);
      if (len == 0) return 0;
      const char32_t ch = utf8::fold(utf8::decode(text_, k, len));
      return !utf8::is_space(ch) && utf8::is_punct(ch) ? len : 0;  // (is_space: U+00A0, U+3000 too)
    };
    const std::size_t to = offset_of_stream(next);
    std::size_t k = text_after_stream(l.end);
    while (k < to && punct_at(k) != 0) k += punct_at(k);
    std::vector<std::size_t> at;  // where each blank's character stands
    while (k < to) {
      const std::size_t len = utf8::sequence_length(text_, k);
      if (len == 0 || k + len > to || !empty_cell_space(utf8::decode(text_, k, len))) break;
      at.push_back(k);
      k += len;
    }
    while (k < to && punct_at(k) != 0) k += punct_at(k);
    if (k != to || at.size() != t.columns) return false;
    for (std::size_t c = 0; c != t.columns; ++c) set_cell(r, t, c, cell{blank}.at(where_.at(at[c])));
    return true;
  }

  /// A row short of numbers kept for `period_cells`: its label's line and the next label's.
  struct period_row {
    const row_target* target;
    std::vector<const token*> values;
    std::uint32_t label_line;
    std::uint32_t next_line;  ///< 0 when no row of its table follows (a document's spacer paragraphs may)
    std::size_t label_last;  ///< the label's last token
  };

  /// The cells of a row in a text that holds a cell every `cell_period_` lines (`p`), the next
  /// row's label `row_end_lines_` (`q`) lines after its last cell, as the rows read whole say: a
  /// pretty-printed page's textContent (BeautifulSoup's `get_text()`, lxml's `text_content()`,
  /// cheerio's `.text()`), where each cell's text stands on a line of its own between lines of
  /// its tags' indentation, and a blank cell's line holds spaces or nothing: the lines at `p`,
  /// 2`p`, ... after the label's are the row's cells, its numbers each on one of them, the others
  /// blank. nullopt when a number stands between cells' lines, or when the row does not span
  /// exactly its cells' lines and the row's end (a blank that left no line would shift the cells
  /// after it) and its last cell is blank (a number in its last cell's line says no line was lost
  /// before it: a table's last row, which no label follows).
  [[nodiscard]] std::optional<std::vector<std::pair<const token*, std::size_t>>> period_cells(const period_row& row) const {
    const std::size_t columns = row.target->columns;
    const std::uint32_t p = cell_period_;
    std::vector<std::pair<const token*, std::size_t>> cells(columns, {nullptr, 0});
    for (const token* v : row.values) {
      const std::uint32_t off = v->line - row.label_line;
      if (off % p != 0 || off / p == 0 || off / p > columns || cells[off / p - 1].first != nullptr) return std::nullopt;
      cells[off / p - 1].first = v;
    }
    if (cells.back().first == nullptr && (row_end_lines_ == 0 || row_end_mixed_ || row.next_line == 0 ||
                                          row.next_line != row.label_line + p * columns + row_end_lines_))
      return std::nullopt;
    // a blank cell's place: the start of its line
    std::size_t at = scan_.tokens[row.label_last].end;
    std::uint32_t line = row.label_line;
    for (std::size_t c = 0; c != columns; ++c) {
      while (line != row.label_line + p * (c + 1) && at < text_.size()) {
        const std::size_t nl = text_.find('\n', at);
        if (nl == std::string_view::npos) return std::nullopt;
        at = nl + 1;
        ++line;
      }
      if (cells[c].first != nullptr) {
        cells[c].second = cells[c].first->begin;
        continue;
      }
      // its line holds nothing but spaces (not a number taken for a page's, `0` right before a
      // page break: the cell is unknown, not blank); `blank_lines` asks the lines after the line
      // break before `at`
      const std::size_t line_end = text_.find('\n', at);
      bool blank = false;
      if (at != 0 && line_end != std::string_view::npos)
        blank_lines(at - 1, line_end + 1, [&](std::size_t start, bool) { blank = blank || start == at; });
      if (!blank) return std::nullopt;
      cells[c].second = at;
    }
    return cells;
  }

  /// One cell per line: the rows whose label the next label follows directly are all blank,
  /// and a row whose label follows a row with no numbers is the row its numbers say, only when
  /// every number of the chapter belongs to a row that was read, and no row after such a label
  /// was short of numbers, unless its empty lines or lines of spaces made up its blank cells
  /// (the blank rows are then sure). Else the numbers stand elsewhere, as in the reading order of
  /// a PDF's text (pdftotext, pdfminer: a column's cells of several rows after their stacked
  /// labels, `3.… / 4.… / 5.… / 0 0 1 / 0 0 0 0`): those rows stay unread, the provisional ones
  /// taken back.
  void place_blank_rows(cell_sheet& r, std::size_t from, std::size_t to) {
    place_laid_out_rows(r);
    const auto& tk = scan_.tokens;
    // does every number of the chapter belong to a row (read, or short of numbers)?
    // is there a number of the chapter that a row took (`taken`), or that none did? (doubtful
    // ones too, when `doubtful`)
    const auto a_number = [&](bool taken, bool doubtful) {
      for (std::size_t i = text_token_at(from); i < tk.size() && tk[i].stream <= to; ++i)
        if (consumed_[i] == taken && (tk[i].kind == token_kind::number || tk[i].kind == token_kind::marker ||
                                      (doubtful && tk[i].kind == token_kind::doubtful)))
          return true;
      return false;
    };
    const auto numbers_all_in_rows = [&] { return !a_number(false, true); };
    // a table's first row's numbers before its label, one a line, that no row holds (a row whose
    // label is lost holds them: `place_bare_rows`)
    const bool numbers_before_rows = numbers_before_.first != numbers_before_.second &&
                                     std::none_of(consumed_.begin() + static_cast<std::ptrdiff_t>(numbers_before_.first),
                                                  consumed_.begin() + static_cast<std::ptrdiff_t>(numbers_before_.second),
                                                  [](bool taken) { return taken; });
    // rows whose lines of spaces are their blank cells, when no full row has such a line; else
    // rows whose empty lines between their numbers are, when no full row has an empty line; or
    // rows a cell a paragraph. Each only when the chapter's numbers are in the table's order:
    // every number stands in a row, none is a row's too many, and no row's numbers stand before
    // the first label. In a PDF's text in reading order (pdftotext without -layout, PyMuPDF's
    // sorted text) a column's cells of several rows come after their labels, empty lines between
    // blocks, and a row's lines may count as many as its cells by chance (`0 / ␤ / 26 / 0 / 0 / 0
    // / ␤`: 26 is the total of another row)
    const bool in_order = !surplus_row_ && !numbers_before_rows &&
                          ((spaced_rows_.empty() && empty_line_rows_.empty() && paragraph_rows_.empty() &&
                            indented_rows_.empty()) ||
                           numbers_all_in_rows());
    const bool spaced = full_rows_per_line_ != 0 && full_rows_with_space_lines_ == 0 &&
                        full_rows_with_trailing_space_lines_ == 0 && !spaced_rows_.empty() && in_order;
    // rows whose runs of spaces opening their lines are their blank cells (WebDriver's text),
    // when two full rows or more were read a number a line and none of their lines, nor the
    // line after, opens with spaces (a text that indents its table's every line, pandoc's plain
    // text, has no such rows; one that indents labels has them), and every such row's blanks
    // have one width, that of a chapter before if one was read so. Then an empty line among a
    // row's numbers is no blank cell (a line break gained)
    const bool indented =
        !spaced && in_order && full_rows_per_line_ >= 2 && full_rows_indented_ == 0 && !indented_rows_.empty() &&
        std::all_of(indented_rows_.begin(), indented_rows_.end(), [&](const indented_row& row) {
          return row.width == (indent_width_ != 0 ? indent_width_ : indented_rows_.front().width);
        });
    const bool empty = !spaced && !indented && full_rows_per_line_ != 0 && full_rows_with_empty_lines_ == 0 &&
                       !empty_line_rows_.empty() && in_order;
    if (empty) {  // (for chapter 四's row, read after: `section4_per_line`)
      empty_lines_blank_ = true;
      trailing_empty_lines_blank_ = full_rows_with_trailing_empty_lines_ == 0;
    }
    space_lines_blank_ = space_lines_blank_ || spaced;  // (the same)
    // Empty lines after a row's last number are its blank cells when no full row has one after
    // it; a row complete without those after it is then a cell too many (one gained, or its
    // last blank), unless no row's blank cells stand there (LibreOffice's text: they are the
    // next row's cells that a merge covers).
    const bool trailing_cells = full_rows_with_trailing_empty_lines_ == 0 &&
                                std::any_of(empty_line_rows_.begin(), empty_line_rows_.end(),
                                            [](const spaced_row& row) { return row.trailing; });
    // (not a row whose number stands after spaces where no full row's does: the spaces are its
    // blanks, WebDriver's, and its empty line a line break gained)
    const auto number_after_spaces = [&](const spaced_row& row) {
      return full_rows_indented_ == 0 && std::any_of(row.cells.begin(), row.cells.end(), [&](const auto& c) {
               return c.first != nullptr && c.first->begin != 0 && text_[c.first->begin - 1] == ' ';
             });
    };
    for (const spaced_row& row : spaced ? spaced_rows_ : empty ? empty_line_rows_ : std::vector<spaced_row>{}) {
      if ((row.trailing ? full_rows_with_trailing_empty_lines_ == 0 : !row.empty_after || !trailing_cells) &&
          !(empty && number_after_spaces(row)))
        place_cells(r, *row.target, row.cells);
    }
    if (indented) {
      indent_width_ = indented_rows_.front().width;
      for (const indented_row& row : indented_rows_)
        if (!row_placed(r, *row.target)) place_cells(r, *row.target, row.cells);
    }
    indented_rows_.clear();
    // rows whose lines are their cells, in a text whose every empty line is a cell; where rows
    // short of a cell end with a bar of padding, as two rows or more say, a row's last empty
    // line may be that padding, and one of its empty cells lost: such rows stay unread
    if (in_order)
      for (const spaced_row& row : line_cell_rows_)
        if (!row_placed(r, *row.target) && !(rows_padded_by_one_ >= 2 && row.cells.back().first == nullptr))
          place_cells(r, *row.target, row.cells);
    line_cell_rows_.clear();
    rows_padded_by_one_ = 0;
    // rows a cell a paragraph, when the rows read whole are
    const bool paragraphs =
        !spaced && !empty && full_rows_paragraphs_ >= 2 && full_rows_not_paragraphs_ == 0 && in_order;
    rows_as_paragraphs_ = rows_as_paragraphs_ || paragraphs;  // (for chapter 四's row, read after)
    if (paragraphs) {
      // blank cells as two empty lines each, or (`paragraph_cells`' `collapsed`) one: the way
      // two rows with blank cells or more read, and no such row the other way
      using row_cells = std::optional<std::vector<std::pair<const token*, std::size_t>>>;
      const auto fits = [](const paragraph_row& row, const row_cells& cells) {
        return cells && cells->size() == row.target->columns && cells->size() != row.values.size();
      };
      std::vector<row_cells> doubled_cells(paragraph_rows_.size());
      std::size_t doubled = 0, single = 0;
      for (std::size_t k = 0; k != paragraph_rows_.size(); ++k) {
        const paragraph_row& row = paragraph_rows_[k];
        if (row_placed(r, *row.target)) continue;
        doubled_cells[k] = paragraph_cells(row, row.target->columns);
        doubled += fits(row, doubled_cells[k]) ? 1U : 0U;
      }
      if (doubled == 0)
        for (const paragraph_row& row : paragraph_rows_)
          if (!row_placed(r, *row.target)) single += fits(row, paragraph_cells(row, row.target->columns, true)) ? 1U : 0U;
      const bool collapsed = single >= 2;
      for (std::size_t k = 0; k != paragraph_rows_.size(); ++k) {
        const paragraph_row& row = paragraph_rows_[k];
        const row_target& t = *row.target;
        if (row_placed(r, t)) continue;
        const row_cells cells = collapsed ? paragraph_cells(row, t.columns, true) : std::move(doubled_cells[k]);
        if (fits(row, cells)) place_cells(r, t, *cells);
      }
    }
    paragraph_rows_.clear();
    // rows a cell every `cell_period_` lines (`period_rows_`)
    if (cell_period_votes_ >= 2 && !cell_period_mixed_)
      for (const period_row& row : period_rows_)
        if (!row_placed(r, *row.target))
          if (const auto cells = period_cells(row)) place_cells(r, *row.target, *cells);
    period_rows_.clear();
    spaced_rows_.clear();
    empty_line_rows_.clear();
    // rows whose line holds their cells joined by one separator each, when two full rows or more
    // are written so and no other full row on its label's line is not
    if (full_rows_joined_ >= 2 && full_rows_not_joined_ == 0 && !joined_rows_.empty()) {
      joined_read_ = true;
      for (const spaced_row& row : joined_rows_)
        if (!row_placed(r, *row.target)) place_cells(r, *row.target, row.cells);
    }
    // or, a blank cell a space of its own (WebDriver's text), when no row of the chapter leaves
    // its blanks empty between separators (a row reads one way or the other, never both: k blanks
    // are 2k spaces one way, k the other)
    if (full_rows_joined_ >= 2 && full_rows_not_joined_ == 0 && joined_rows_.empty() && !joined_space_rows_.empty()) {
      joined_space_read_ = true;
      for (const spaced_row& row : joined_space_rows_)
        if (!row_placed(r, *row.target)) place_cells(r, *row.target, row.cells);
    }
    joined_rows_.clear();
    joined_space_rows_.clear();
    // Rows read whole from the lines after their labels, one number a line, taken back:
    // - every one, when a table's first row has its numbers right before its label: the text puts
    //   rows' numbers before their labels (PyMuPDF's text sorted by position, where a label on two
    //   lines stands below its row's numbers), and the numbers after a label may be the next
    //   row's, whose totals add up as well;
    // - those whose totals do not add up, when a row of the chapter holds more numbers than cells:
    //   its numbers are not in the table's order, and a row read by their count may hold another
    //   row's number;
    // - those after a row that holds the next row's numbers too, up to a row short of numbers
    //   (`row_over_lines::shifted`): each holds the numbers of the row after it;
    // - every one, when a row held the next row's numbers too and the chapter's rows hold a whole
    //   row's numbers fewer than their cells: a row is blank, or its numbers stand apart from
    //   every label, and either way a label has none after it to mark where the numbers moved.
    //   The text moves numbers above their labels, past such a label as well (PyMuPDF's sorted
    //   text of a table whose labels wrap over two and three lines: `8.属于行政查询事项`, blank,
    //   then the next row's `10 0 0 0 0 0 10`, then its label), and the numbers after a label
    //   may be the next row's, whose totals add up as well.
    // (numbers that no row took: a PDF's reading order set them amid the table's headings, and a
    // row read by the count of the numbers after its label may hold one of another row's)
    const bool astray = !rows_over_lines_.empty() && a_number(false, false);
    out_of_order_ = out_of_order_ || surplus_row_ || numbers_before_rows;
    const bool moved_past_blank = moved_up_ && [&] {
      std::size_t cells = 0, numbers = 0, widest = 0;
      for (const read_count& row : read_counts_)
        if (row.numbers != std::string::npos) {  // (not digits run together: their count is unknown)
          cells += row.target->columns;
          numbers += row.numbers;
          widest = std::max<std::size_t>(widest, row.target->columns);
        }
      return numbers + widest <= cells;
    }();
    for (const auto& row : rows_over_lines_) {
      if (numbers_before_rows)
        take_back(r, *row.target, row.pos,
                  "one cell per line, and a row's numbers before the table's first label: this text puts numbers "
                  "before their labels, and the numbers after this label may be the next row's");
      else if (surplus_row_ && !row.adds_up)
        take_back(r, *row.target, row.pos,
                  "one cell per line, numbers of the chapter out of the table's order (a row holds more numbers "
                  "than cells), and this row's totals do not add up: its numbers may be another row's");
      else if (astray && !row.adds_up)
        take_back(r, *row.target, row.pos,
                  "one cell per line, numbers of the chapter that no row holds (after a heading, before the "
                  "next label: out of the table's order), and this row's totals do not add up: its numbers may "
                  "be another row's");
      else if (row.shifted)
        take_back(r, *row.target, row.pos,
                  "one cell per line, after a row that holds more numbers than cells (the next row's among them): "
                  "the numbers after this label may be the next row's");
      else if (moved_past_blank)
        take_back(r, *row.target, row.pos,
                  "one cell per line, a row that holds more numbers than cells (the next row's among them), and "
                  "the chapter's rows a whole row's numbers short (a row blank, or its numbers apart from every "
                  "label): the numbers after this label may be the next row's");
    }
    // Chapter 二's rows read from the lines after their labels, in a table whose column heading
    // stands after its first row's label, amid its rows: the text is not in the table's order (a
    // PDF's text boxes, pdfminer's and pdftotext's: `规章` / `本年制发件数 本年废止件数 现行有效件数`
    // / `0` / `11` / `2` for 2 | 0 | 11), and a row's numbers may be in another order, or
    // another row's (`行政许可` / `120` / `-3` / `8` / `其他对外…` / `处理决定数量` / `4521`: 120
    // | -3 | 4521 and 8 | 1 | 37). They are taken back.
    if (region_chapter_ == chapter::two) {
      std::vector<std::uint8_t> tables_asked, out_of_order;  // (each table searched once)
      for (const auto& row : rows_over_lines_) {
        const std::uint8_t table = row.target->table;
        if (table >= first_labels_.size() || first_labels_[table] == std::string::npos ||
            std::find(tables_asked.begin(), tables_asked.end(), table) != tables_asked.end())
          continue;
        tables_asked.push_back(table);
        std::size_t end = first_labels_[table];
        for (const auto& other : rows_over_lines_)
          if (other.target->table == table) end = std::max(end, other.values_end);
        const auto& columns = marks_.chapter2_columns;
        if (std::any_of(columns.begin(), columns.end(), [&](const auto& c) {
              return c.first == row.target->table_key && find(c.second, first_labels_[table], end) != std::string::npos;
            }))
          out_of_order.push_back(table);
      }
      for (const auto& row : rows_over_lines_)
        if (row_placed(r, *row.target) &&
            std::find(out_of_order.begin(), out_of_order.end(), row.target->table) != out_of_order.end())
          take_back(r, *row.target, row.pos,
                    "one cell per line, and a column heading of the table after its first row's label: the text "
                    "is not in the table's order (a PDF's text boxes), and this row's numbers may be in another "
                    "order, or another row's");
    }
    std::vector<row_over_lines> over_lines;
    over_lines.swap(rows_over_lines_);
    numbers_before_ = {};
    surplus_row_ = moved_up_ = false;
    // Rows with no numbers: blank rows, or the rows read after them taken back
    // (and some number of the chapter stands in a row: a chapter without one has its numbers
    // elsewhere, as a PDF's reading order may put them after the next chapter's heading)
    // (a crawler's text keeps the page's order: a row short of numbers after an empty one holds its
    // own, `unwrapped_text`)
    const bool rows_without_numbers = !blank_rows_.empty() || !provisional_rows_.empty();
    if (rows_without_numbers && (short_after_empty_.empty() || unwrapped_text()) && numbers_all_in_rows() &&
        a_number(true, false)) {
      for (const auto& row : blank_rows_) {
        const row_target& t = *row.first;
        if (row_placed(r, t)) continue;  // a bare row of numbers was placed there by position
        // (where rows' blanks are runs of spaces, a blank row has its own, as many as its cells:
        // read so already; without them its number's line was lost, `1.属于国家秘密` right
        // before the spaces of the 2.'s line that the lost line's blanks would have made up)
        if (indented) continue;
        for (std::size_t c = 0; c != t.columns; ++c) set_cell(r, t, c, cell{blank}.at(row.second));
        forget_unreadable(t);
      }
    } else if (rows_without_numbers) {
      for (const auto& row : provisional_rows_)
        take_back(r, *row.first, row.second,
                  "one cell per line, this label after a row's label with no numbers between, and numbers of the "
                  "chapter that no row holds: the numbers may be another row's (a PDF's reading order puts a "
                  "column of several rows after their labels)");
    }
    blank_rows_.clear();
    provisional_rows_.clear();
    // A table whose last row found has no number at all, nor is blank, right after a row with as
    // many numbers as cells and before more text (the next table's, or a heading; not the text's
    // end, an excerpt cut there): in a PDF's reading order a row's numbers may stand before its
    // label (PyMuPDF's sorted text puts a label that wraps, `行政` / `规范` / `性文` / `件`,
    // below its row's numbers), each row then holding the next one's and the last none. The
    // table's rows read from the lines after their labels are taken back. (Not after a row with
    // no numbers: pdftotext stacks labels, their rows' numbers after the last or elsewhere, `3.其他`
    // / `（七）总计` / `四、结转…`; nor after a row with twice its numbers, the last row's among
    // them, its label after; nor a row with no numbers amid the table, for the same reasons)
    for (std::size_t i = 1; i < read_counts_.size(); ++i) {
      const read_count& last = read_counts_[i];
      const read_count& before = read_counts_[i - 1];
      if (!last.last_in_table || last.numbers != 0 || row_placed(r, *last.target) ||
          before.target->table != last.target->table || before.numbers != before.target->columns)
        continue;
      for (const auto& row : over_lines)
        if (row.target->table == last.target->table && row_placed(r, *row.target))
          take_back(r, *row.target, row.pos,
                    "one cell per line, and the table's last row has no numbers: this text may put a row's "
                    "numbers before its label, and the numbers after this label may be the next row's");
    }
    read_counts_.clear();
  }

  /// The numbers right before the chapter's first label found (`rows[first]`, the chapter's rows
  /// in the tables' order; `label`, where it stands), after empty lines at most, when they are as
  /// many as its row has cells (two or more), on lines of their own (one a line, or a few: PDF
  /// text joins a row's numbers that stand close, `705 3` / `0` / … / `0 713`), none on the
  /// label's line, and its row is its table's first (else they may be the row before's, its label
  /// lost): their tokens' [begin, end); empty when there are none.
  [[nodiscard]] std::pair<std::size_t, std::size_t> numbers_before_first_label(
      const std::vector<const row_target*>& rows, std::size_t first, const located& label) const {
    if (rows[first]->columns < 2) return {};
    for (std::size_t i = 0; i != first; ++i)
      if (rows[i]->table == rows[first]->table) return {};
    const auto& tk = scan_.tokens;
    const std::size_t end = text_token_at(label.start);
    const std::uint32_t label_line = end < tk.size() ? tk[end].line : 0;
    std::size_t k = end, numbers = 0;
    while (k != 0 && numbers != rows[first]->columns) {
      const token& x = tk[--k];
      if (x.kind == token_kind::ignored) continue;
      if (x.kind != token_kind::number || x.line == label_line) return {};
      ++numbers;
    }
    if (numbers != rows[first]->columns || (k != 0 && tk[k - 1].line == tk[k].line)) return {};
    return {k, end};
  }

  /// True when the stream from the chapter's start (`from`) to its first label found (`first`)
  /// holds `自然人` and no `总计`: chapter 三's header names its first column and not its last, a
  /// table cut at the page's right edge (LibreOffice prints a wide table so), its last columns lost.
  [[nodiscard]] bool header_lacks_total(std::size_t from, std::size_t first) const {
    if (first <= from) return false;
    const std::string_view header = std::string_view(scan_.stream).substr(from, first - from);
    return header.find("自然人") != std::string_view::npos && header.find("总计") == std::string_view::npos;
  }

  /// True when a row of the chapter being read was found at stream offset `s`.
  [[nodiscard]] bool row_label_at(std::size_t s) const {
    if (region_at_ == nullptr) return false;
    return std::any_of(region_at_->begin(), region_at_->end(), [&](const located& l) { return l.found() && l.start == s; });
  }

  /// True when the row whose text ends at stream offset `next` (a boundary of `read_region`) is
  /// followed by a row of its table: the next row's label, or one of chapter 三's headings
  /// (（三）不予公开 …), not the chapter's end nor chapter 二's caption of another table, where a
  /// document may set spacer paragraphs.
  [[nodiscard]] bool table_goes_on(std::size_t next) const {
    return next < region_end_ && (region_chapter_ == chapter::three || row_label_at(next));
  }

  /// Whether the label of the row after `t` in the format's order (2021's optional （六）其他处理
  /// skipped when not found), in `t`'s table, is found in the region being read.
  [[nodiscard]] bool next_row_found(const row_target& t) const {
    if (region_rows_ == nullptr || region_at_ == nullptr) return false;
    const auto& rows = *region_rows_;
    const auto& at = *region_at_;
    std::size_t j = static_cast<std::size_t>(std::find(rows.begin(), rows.end(), &t) - rows.begin()) + 1;
    while (j < rows.size() && rows[j]->key == "other_handling" && !at[j].found()) ++j;
    return j < rows.size() && at[j].found() && rows[j]->table == t.table;
  }

  /// A row read, left unread after all: its cells unknown, what its reading said of its label
  /// withdrawn, and why in an FMT.UNREADABLE_ROW.
  void take_back(cell_sheet& r, const row_target& t, source_pos pos, std::string detail) {
    for (std::size_t c = 0; c != t.columns; ++c) set_cell(r, t, c, cell{});
    bool said = false;  // (taken back once already)
    std::erase_if(findings_, [&](const source_finding& f) {
      said = said || (f.rule == &rules::fmt_unreadable_row && f.row == t.key && f.table == t.table_key);
      return (f.rule == &rules::fmt_label || f.rule == &rules::fmt_other_handling) && f.row == t.key &&
             f.table == t.table_key;
    });
    if (!said)
      findings_.push_back({&rules::fmt_unreadable_row, rules::fmt_unreadable_row.severity, pos, std::string(t.label),
                         {}, t.table_key, t.key, {}, std::move(detail)});
  }

  /// Whether a row's numbers hold its table's totals (chapter 三: the total is the sum of the six
  /// applicants' cells; chapter 四: each of the three totals the sum of its four cells); false
  /// when a cell is no number, true for chapter 二 (no total).
  [[nodiscard]] static bool adds_up(const std::vector<const token*>& values, const row_target& t) {
    if (t.in_chapter == chapter::two) return true;
    return adds_up(values, t.in_chapter == chapter::three ? split_shape{1, 7, true} : split_shape{3, 5, true});
  }
  /// `doubtful`: a number at a page break that may be the page's number counts as a number.
  [[nodiscard]] static bool adds_up(const std::vector<const token*>& values, split_shape shape, bool doubtful = false) {
    if (values.size() != shape.count()) return false;
    for (std::size_t g = 0; g != shape.groups; ++g) {
      std::uint64_t sum = 0;
      for (std::size_t k = 0; k != shape.size; ++k) {
        const token& v = *values[g * shape.size + k];
        const bool number = v.kind == token_kind::number || (doubtful && v.kind == token_kind::doubtful);
        if (!number || !v.value.is_integer() || v.value.is_negative()) return false;
        const auto n = static_cast<std::uint64_t>(v.value.normalized().units);
        if (k + 1 == shape.size) {
          if (sum != n) return false;
        } else if (n > ~std::uint64_t{0} - sum) {
          return false;
        } else {
          sum += n;
        }
      }
    }
    return true;
  }

  /// True when the token has no space (nor line end) on one side of it.
  [[nodiscard]] bool touches_text(const token& x) const noexcept {
    const auto solid = [&](std::size_t i) {
      const char c = text_[i];
      return c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    };
    return (x.begin > 0 && solid(x.begin - 1)) || (x.end < text_.size() && solid(x.end));
  }

  /// True when the text is in the order of a page's elements, as a crawler takes it (a page's
  /// `textContent`, BeautifulSoup's `get_text`), not a PDF's: no form feed, and a paragraph of
  /// prose on one line, a hundred CJK characters or more with a `。`, which no page's width holds
  /// (a PDF's text breaks its lines there, and its reading order may stack a table's labels
  /// before their numbers: `3.… / 4.… / 0 0 1`). Learned once per parse.
  [[nodiscard]] bool unwrapped_text() {
    if (unwrapped_text_ == 0) {
      bool found = false;
      if (text_.find('\f') == std::string_view::npos) {
        std::size_t cjk = 0;
        bool stop = false;  // a `。` on the line
        for (std::size_t i = 0; i != text_.size() && !found; ++i) {
          const auto b = static_cast<unsigned char>(text_[i]);
          if (b == '\n') {
            cjk = 0;
            stop = false;
          } else if (b >= 0xE3U && b <= 0xE9U) {  // U+3000 to U+9FFF: CJK and its punctuation
            ++cjk;
            stop = stop || text_.substr(i, 3) == "\xE3\x80\x82";  // 。
            found = cjk >= 100 && stop;
          }
        }
      }
      unwrapped_text_ = found ? 1 : 2;
    }
    return unwrapped_text_ == 1;
  }

  /// True when the text prints one cell per line (blank-line separated cells, `x ¦` lines):
  /// nine in ten numbers stand alone on their line. Learned once per parse.
  [[nodiscard]] bool one_cell_per_line() {
    if (one_cell_per_line_ == 0) {
      std::size_t numbers = 0, alone = 0;
      const auto& tokens = scan_.tokens;
      for (std::size_t i = 0; i != tokens.size(); ++i) {
        if (tokens[i].kind != token_kind::number) continue;
        ++numbers;
        auto solid_on_line = [&](std::size_t k) {
          return tokens[k].line == tokens[i].line && tokens[k].kind != token_kind::blank;
        };
        alone += (i == 0 || !solid_on_line(i - 1)) && (i + 1 == tokens.size() || !solid_on_line(i + 1)) ? 1U : 0U;
      }
      one_cell_per_line_ = numbers >= 7 && alone * 10 >= numbers * 9 ? 1 : 2;
    }
    return one_cell_per_line_ == 1;
  }

  /// The number printed right after a label with no space (`行政许可2293`), read from the source
  /// text (the stream has no decimal points): its value and its byte offset.
  [[nodiscard]] std::optional<std::pair<decimal, std::size_t>> glued_number(std::size_t stream_at) const {
    const std::size_t ti = text_token_at(stream_at);
    if (ti >= scan_.tokens.size()) return std::nullopt;
    const token& t = scan_.tokens[ti];
    const std::string_view word = text_.substr(t.begin, t.end - t.begin);
    std::size_t sp = t.stream, k = 0;
    while (k < word.size() && sp < stream_at) {  // walk to the character at `stream_at`
      const std::size_t len = utf8::sequence_length(word, k);
      if (len == 0) return std::nullopt;
      const char32_t c = utf8::fold(utf8::decode(word, k, len));
      if (!utf8::is_punct(c)) sp += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      k += len;
    }
    std::size_t e = k;
    while (e < word.size() && ((word[e] >= '0' && word[e] <= '9') || word[e] == '.')) ++e;
    if (e == k || word[e - 1] == '.') return std::nullopt;
    const auto d = decimal::parse(word.substr(k, e - k));
    if (!d) return std::nullopt;
    return std::pair{*d, t.begin + k};
  }

  /// Labels found in the format's order, but for a few strays: each row at the first place its
  /// official label or a variant stands in [from, to), then the run of rows whose places
  /// increase with the format's order, heaviest where rows on lines with numbers count most. When at most one row in three (and at least two rows
  /// stay) is out of that order, and every such stray stands outside the rows that are in
  /// order (before them, as in a broken header, or after them), the strays count as not found
  /// (`at` is rewritten, and `strays` holds where each stands) and true is returned; otherwise
  /// the order is scrambled and `at` is left alone. 2021's heading （六）其他处理 (`heading_row`) is a merged
  /// cell, which may stand after its first item's label (`1.申请人无正当理由…`, then `（六）其他处理
  /// 2.申请人逾期…`): it is in no order, and keeps its place.
  [[nodiscard]] bool drop_stray_labels(const std::vector<const row_target*>& rows, std::vector<located>& at,
                                       std::size_t from, std::size_t to, std::vector<located>& strays) const {
    std::vector<located> first(rows.size());
    std::vector<std::size_t> found;
    const auto heading = [&](std::size_t i) { return heading_row(*rows[i]); };
    for (std::size_t i = 0; i != rows.size(); ++i) {
      if (heading(i)) continue;
      for (std::size_t k = 0; k != rows[i]->exact.size(); ++k) {
        const std::size_t p = find_label(rows[i]->exact[k], from, to);
        if (p != std::string::npos && (!first[i].found() || p < first[i].start))
          first[i] = {p, p + rows[i]->exact[k].size(), k == 0};
      }
      if (first[i].found()) found.push_back(i);
    }
    if (found.empty()) return false;
    // a label on a line that holds numbers is a row in its place; a loose label line may be a
    // stray: the rows kept are those of the heaviest increasing run, a row on a line with
    // numbers weighing three loose ones (O(n^2): a table has at most 25 rows)
    auto weight = [&](std::size_t i) -> std::size_t {
      const auto& tk = scan_.tokens;
      const std::size_t t0 = text_token_at(first[i].start);
      for (std::size_t k = t0; k < tk.size() && t0 < tk.size() && tk[k].line == tk[t0].line; ++k)
        if (tk[k].kind == token_kind::number) return 3;
      return 1;
    };
    std::vector<std::size_t> score(found.size()), count(found.size(), 1), before(found.size(), std::string::npos);
    std::size_t best = 0;
    for (std::size_t x = 0; x != found.size(); ++x) {
      score[x] = weight(found[x]);
      const std::size_t own = score[x];
      for (std::size_t y = 0; y != x; ++y)
        if (first[found[y]].end <= first[found[x]].start && score[y] + own > score[x]) {
          score[x] = score[y] + own;
          count[x] = count[y] + 1;
          before[x] = y;
        }
      if (score[x] > score[best]) best = x;
    }
    const std::size_t kept = count[best], out_of_order = found.size() - kept;
    if (kept < 2 || out_of_order * 3 > found.size()) return false;
    std::vector<located> out(rows.size());
    std::size_t body_begin = std::string::npos, body_end = 0;
    for (std::size_t x = best; x != std::string::npos; x = before[x]) {
      out[found[x]] = first[found[x]];
      body_begin = std::min(body_begin, first[found[x]].start);
      body_end = std::max(body_end, first[found[x]].end);
    }
    // a torn label strays out of the table, into its header or after it; labels out of order
    // among the rows are a scrambled reading order, unless the stray is a loose label between
    // two rows whose numbers stand on their labels' lines, and no number stands between those
    // two (a PDF→markdown converter's block of torn labels between two tables of whole rows:
    // `| 2.没有现成信息需要另行制作 | 47 | … |`, then `5.要求行政机关确认或重新出具` and `1.申请人无正当
    // 理由逾期不补正、` alone, then `| 3.补正后申请内容仍不明确 | 3 | … |`): no number can be moved
    // by dropping it
    const auto& tk = scan_.tokens;
    for (const std::size_t i : found) {
      if (out[i].found() || first[i].start <= body_begin || first[i].start >= body_end) continue;
      if (weight(i) != 1) return false;
      std::size_t lo = std::string::npos, hi = std::string::npos;  // the kept rows round it
      for (std::size_t k = 0; k != rows.size(); ++k) {
        if (!out[k].found()) continue;
        if (out[k].end <= first[i].start && (lo == std::string::npos || out[k].start > out[lo].start)) lo = k;
        if (out[k].start >= first[i].end && (hi == std::string::npos || out[k].start < out[hi].start)) hi = k;
      }
      if (lo == std::string::npos || hi == std::string::npos || weight(lo) != 3 || weight(hi) != 3) return false;
      const std::size_t t0 = text_token_at(out[lo].start), t1 = text_token_at(out[hi].start);
      if (t0 >= tk.size() || t1 > tk.size()) return false;
      if (values_after_line(t0, t1) != 0) return false;
    }
    for (const std::size_t i : found)
      if (!out[i].found()) strays[i] = first[i];
    for (std::size_t i = 0; i != rows.size(); ++i)
      if (heading(i)) out[i] = at[i];
    at = std::move(out);
    return true;
  }

  void report_scrambled(const std::vector<const row_target*>& rows, std::size_t from) {
    out_of_order_ = true;
    findings_.push_back({&rules::fmt_unreadable_row, rules::fmt_unreadable_row.severity, pos_of_stream(from), {}, {},
                         rows.front()->table_key, {}, {},
                         "the labels of this table stand out of the format's order: the reading order of the text "
                         "is scrambled, so only a row whose label and numbers stand whole on one line of cells is read"});
  }

  /// In a table whose labels stand out of the format's order, the rows that stand whole on one
  /// line of cells: a PDF→markdown converter's table row (`| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |`)
  /// holds its label and its numbers wherever the converter put the line, among labels torn off
  /// their rows and rows of numbers without a label. A row is read from such a line when its
  /// label is found once in [from, to) and no other row's on that line, before the label on it
  /// only empty cells or a group's heading torn short, and after the label's cell its numbers (or
  /// markers), as many as its columns, one a cell with no empty cell between them (where a
  /// converter loses a cell), then nothing but empty cells. `only`: the rows to read, those found
  /// there (default all; in a table in order but for a few stray labels, the strays); `placed`:
  /// where the labels of the rows read stand.
  void read_rows_whole_on_cell_lines(cell_sheet& r, const std::vector<const row_target*>& rows, std::size_t from,
                                     std::size_t to, const std::vector<located>* only = nullptr,
                                     std::vector<located>* placed = nullptr) {
    const auto& tk = scan_.tokens;
    constexpr std::size_t none = std::string::npos;
    std::vector<std::pair<std::size_t, std::size_t>> label(rows.size(), {none, none});  // first and last token
    std::vector<std::uint32_t> line(rows.size(), 0);
    std::vector<located> where(rows.size());
    for (std::size_t i = 0; i != rows.size(); ++i) {
      if (rows[i]->key == "other_handling") continue;  // (2021: a heading; 2019: left to the usual reading)
      std::size_t at = none, end = none;
      bool once = true;
      for (std::size_t v = 0; v != rows[i]->exact.size(); ++v) {
        const key_searcher& k = rows[i]->exact[v];
        for (std::size_t p = find_label(k, from, to); p != none && once; p = find_label(k, p + 1, to)) {
          if (at == none) {
            at = p;
            end = p + k.size();
            where[i] = {p, end, v == 0};
          } else if (p >= end || p + k.size() <= at) {
            once = false;  // (another place, not a variant of the label at the same one)
          }
        }
      }
      if (!once || at == none) continue;
      const std::size_t t0 = text_token_at(at), t1 = text_token_at(end - 1);
      if (t0 >= tk.size() || t1 >= tk.size() || !tk[t0].cells || tk[t0].line != tk[t1].line) continue;
      label[i] = {t0, t1};
      line[i] = tk[t0].line;
    }
    // a group's heading torn short (`| （三）不 | 4.保护第三方合法权益 |`, `| 三、 | （一）予以公开 |`): four
    // characters at most, no digit first, so no piece of another row's label (`| 4.无正当理由大量反复 | 5.要求…`)
    const auto torn_heading = [&](const token& w) {
      const std::string_view s = std::string_view(text_).substr(w.begin, w.end - w.begin);
      const auto chars = std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; });
      return w.kind == token_kind::text && !s.empty() && chars <= 4 && !(s.front() >= '0' && s.front() <= '9');
    };
    // one separator of cells (a bar or a tab) between text offsets a and b
    const auto one_separator = [&](std::size_t a, std::size_t b) {
      const std::string_view between = std::string_view(text_).substr(a, b - a);
      return std::count(between.begin(), between.end(), '|') + std::count(between.begin(), between.end(), '\t') == 1;
    };
    for (std::size_t i = 0; i != rows.size(); ++i) {
      const auto [t0, t1] = label[i];
      if (t0 == none || row_placed(r, *rows[i]) || (only != nullptr && !(*only)[i].found())) continue;
      bool alone = true;
      for (std::size_t k = 0; k != rows.size(); ++k)
        alone = alone && (k == i || label[k].first == none || line[k] != line[i]);
      if (!alone) continue;
      // before the label, empty cells, or a group's heading torn short
      bool ok = true;
      for (std::size_t k = t0; k-- > 0 && tk[k].line == line[i];)
        ok = ok && (tk[k].kind == token_kind::blank || torn_heading(tk[k]));
      std::size_t k = t1 + 1;
      while (k < tk.size() && tk[k].line == line[i] && tk[k].kind == token_kind::text && !one_separator(tk[k - 1].end, tk[k].begin))
        ++k;  // the rest of the label's cell
      std::vector<std::pair<const token*, std::size_t>> cells;
      for (; ok && k < tk.size() && tk[k].line == line[i] && cells.size() < rows[i]->columns; ++k) {
        ok = (tk[k].kind == token_kind::number || tk[k].kind == token_kind::marker) &&
             one_separator(tk[k - 1].end, tk[k].begin);
        cells.push_back({&tk[k], tk[k].begin});
      }
      for (; ok && k < tk.size() && tk[k].line == line[i]; ++k) ok = tk[k].kind == token_kind::blank;
      if (ok && cells.size() == rows[i]->columns) {
        place_cells(r, *rows[i], cells);
        report_label(*rows[i], where[i]);
        if (placed != nullptr) (*placed)[i] = where[i];
      }
    }
  }

  /// `key` in the stream between `lo` and `hi` with heading `h` inside it, between two of its
  /// characters: [the key's start, its end), or not found.
  [[nodiscard]] located around_heading(const std::string& key, const key_searcher& h, std::size_t lo,
                                       std::size_t hi) const {
    const std::string_view stream = scan_.stream;
    for (std::size_t q = h.find(stream, lo, hi); q != std::string::npos; q = h.find(stream, q + 1, hi)) {
      const std::size_t after = q + h.size();
      for (std::size_t j = 1; j < key.size() && j <= q - lo; ++j) {
        if ((static_cast<unsigned char>(key[j]) & 0xC0U) == 0x80U) continue;  // between two characters only
        const std::size_t rest = key.size() - j;
        if (after + rest > hi || stream.substr(q - j, j) != std::string_view(key).substr(0, j) ||
            stream.substr(after, rest) != std::string_view(key).substr(j))
          continue;
        return {q - j, after + rest, true};  // the official label, only cut by the layout
      }
    }
    return {};
  }

  /// `key` in the stream between `lo` and `hi` with the characters of `heading` among its own, each
  /// in its order, both cut (two texts wrapped in two columns side by side, their lines taken in
  /// turn): [where the two begin, where they end), or not found.
  [[nodiscard]] located interleaved_with_heading(const std::string& key, const std::string& heading, std::size_t lo,
                                                 std::size_t hi) const {
    const std::string_view stream = scan_.stream;
    const std::size_t n = key.size(), m = heading.size(), length = n + m;
    if (n == 0 || m == 0 || hi <= lo || hi - lo < length) return {};
    // ways[i][j]: the window's first i + j bytes are the first i of `key` and the first j of
    // `heading`, interleaved (a byte at a time: a character's bytes cannot match another's)
    std::vector<std::uint8_t> ways((n + 1) * (m + 1));
    // the window opens with the first character of one and closes with the last of one
    const auto first_char = [](std::string_view t) {
      return t.substr(0, std::max<std::size_t>(1, utf8::sequence_length(t, 0)));
    };
    const auto last_char = [](std::string_view t) {
      std::size_t b = t.size() - 1;
      while (b != 0 && (static_cast<unsigned char>(t[b]) & 0xC0U) == 0x80U) --b;
      return t.substr(b);
    };
    const std::string_view key_first = first_char(key), heading_first = first_char(heading);
    const std::string_view key_last = last_char(key), heading_last = last_char(heading);
    for (std::size_t p = lo; p + length <= hi; ++p) {
      const std::string_view w = stream.substr(p, length);
      if (!w.starts_with(key_first) && !w.starts_with(heading_first)) continue;
      if (!w.ends_with(key_last) && !w.ends_with(heading_last)) continue;
      std::fill(ways.begin(), ways.end(), std::uint8_t{0});
      ways[0] = 1;
      for (std::size_t i = 0; i <= n; ++i)
        for (std::size_t j = 0; j <= m; ++j) {
          if (i == 0 && j == 0) continue;
          const char c = w[i + j - 1];
          const bool from_key = i != 0 && ways[(i - 1) * (m + 1) + j] != 0 && key[i - 1] == c;
          const bool from_heading = j != 0 && ways[i * (m + 1) + j - 1] != 0 && heading[j - 1] == c;
          ways[i * (m + 1) + j] = from_key || from_heading ? 1 : 0;
        }
      // (not the key whole before or after the heading: that is no interleaving, and is found so)
      if (ways[n * (m + 1) + m] != 0 && w.substr(0, n) != key && w.substr(m) != key) return {p, p + length, true};
    }
    return {};
  }

  /// Semi-global edit distance: where in the stream range [lo, hi) the label `key` best fits,
  /// accepted only within a fifth of its length (typos, or characters of a vertical heading
  /// printed into the middle of a label).
  [[nodiscard]] located close_match(const std::string& key, std::size_t lo, std::size_t hi) const {
    auto decode_all = [](std::string_view s, std::vector<std::size_t>* offsets) {
      std::u32string out;
      for (std::size_t i = 0; i < s.size();) {
        const std::size_t n = utf8::sequence_length(s, i);
        if (n == 0) { ++i; continue; }
        if (offsets != nullptr) offsets->push_back(i);
        out += utf8::decode(s, i, n);
        i += n;
      }
      if (offsets != nullptr) offsets->push_back(s.size());
      return out;
    };
    const std::u32string k = decode_all(key, nullptr);
    std::vector<std::size_t> offsets;
    const std::u32string g = decode_all(std::string_view(scan_.stream).substr(lo, hi - lo), &offsets);
    const std::size_t m = k.size(), n = g.size();
    if (m < 5 || n == 0) return {};
    const std::size_t limit = std::max<std::size_t>(1, m / 5);
    std::vector<std::size_t> prev(n + 1, 0), cur(n + 1), start_prev(n + 1), start_cur(n + 1);
    for (std::size_t j = 0; j <= n; ++j) start_prev[j] = j;
    for (std::size_t i = 1; i <= m; ++i) {
      cur[0] = i;
      start_cur[0] = 0;
      for (std::size_t j = 1; j <= n; ++j) {
        std::size_t best = prev[j - 1] + (k[i - 1] == g[j - 1] ? 0 : 1), from = start_prev[j - 1];
        if (prev[j] + 1 < best) { best = prev[j] + 1; from = start_prev[j]; }
        if (cur[j - 1] + 1 < best) { best = cur[j - 1] + 1; from = start_cur[j - 1]; }
        cur[j] = best;
        start_cur[j] = from;
      }
      std::swap(prev, cur);
      std::swap(start_prev, start_cur);
    }
    std::size_t best_j = 0;
    for (std::size_t j = 1; j <= n; ++j)
      if (prev[j] < prev[best_j]) best_j = j;
    if (best_j == 0 || prev[best_j] > limit) return {};
    const std::size_t start = lo + offsets[start_prev[best_j]], end = lo + offsets[best_j];
    // not over another row's numbering (`2.申请人逾期未按收` matched over `1.申请人无正当理由`, whose
    // line holds 1.'s numbers): an item number in the match, or just before it, that is not the
    // key's own
    const std::string_view stream = scan_.stream;
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    const char own = digit(key.front()) ? key.front() : '\0';
    for (std::size_t p = start > lo ? start - 1 : start; p < end && p + 1 < stream.size(); ++p)
      if (digit(stream[p]) && static_cast<unsigned char>(stream[p + 1]) >= 0xE0U &&
          (p == 0 || static_cast<unsigned char>(stream[p - 1]) >= 0x80U) && !(p <= start && stream[p] == own))
        return {};
    return {start, end, false};
  }

  void report_label(const row_target& t, const located& l) {
    // the common case, cheaply: the label is one token printed exactly as the format prints it
    const std::size_t ti = text_token_at(l.start);
    if (ti < scan_.tokens.size() && scan_.tokens[ti].stream == l.start && scan_.tokens[ti].stream_end == l.end &&
        text_.substr(scan_.tokens[ti].begin, scan_.tokens[ti].end - scan_.tokens[ti].begin) == t.label)
      return;
    std::string raw = raw_text(l.start, l.end);
    if (raw == t.printed) return;
    source_finding f{&rules::fmt_label, rules::fmt_label.severity, pos_of_stream(l.start), std::move(raw), t.label,
                     t.table_key, t.key, {}, {}};
    findings_.push_back(std::move(f));
  }

  /// True when the label that ends at stream position `b` and the one that starts at `c` (after
  /// it) stand in one cell of one line cut into cells (a table row of a page, or a line of tabs
  /// or bars): the same line, and no separator between them.
  [[nodiscard]] bool one_cell(std::size_t b, std::size_t c) const {
    const std::size_t p = text_token_at(b - 1), q = text_token_at(c);
    if (p >= scan_.tokens.size() || q >= scan_.tokens.size()) return false;
    const token& x = scan_.tokens[p];
    const token& y = scan_.tokens[q];
    if (x.line != y.line || !(y.cells || y.grid)) return false;
    for (std::size_t k = x.end; k < y.begin; ++k)
      if (separates_cells(y, k)) return false;
    return true;
  }

  /// Where the separators that part token `x` from what comes before it on its line end: at its
  /// start, but for a grid's blank, which stands at the tab that opens its cell (that tab before it).
  [[nodiscard]] static std::size_t separators_end(const token& x) {
    return x.kind == token_kind::blank && x.grid ? x.begin + 1 : x.begin;
  }

  /// True when two of `values` that hold values stand in one cell of a page's table's row (on
  /// one line, with no tab between them) while others stand in other cells of it: a row whose
  /// values are all in one cell (a line of text pasted into a table of one column) is read as
  /// such a line is.
  [[nodiscard]] bool two_values_in_a_cell(const std::vector<const token*>& values) const {
    bool shared = false, apart = false;
    for (std::size_t k = 1; k < values.size(); ++k) {
      const token& a = *values[k - 1];
      const token& b = *values[k];
      if (!a.grid || !b.grid || a.line != b.line) continue;
      const std::size_t from = a.end, to = separators_end(b);
      if (to > from && text_.substr(from, to - from).find('\t') != std::string_view::npos) apart = true;
      else if (holds_value(a) && holds_value(b)) shared = true;
    }
    return shared && apart;
  }

  /// True when a cell separator of the line of token `t` stands at `text_[k]`: a tab on a table
  /// row of a page (where a bar is punctuation in a cell), a tab or a bar on other lines.
  [[nodiscard]] bool separates_cells(const token& t, std::size_t k) const {
    return t.grid ? text_[k] == '\t' : scanning::separator_at(text_, k) != 0 || csv_comma(k);
  }

  /// True when `text_[k]` is a comma of a line cut into cells at its commas (a CSV line).
  [[nodiscard]] bool csv_comma(std::size_t k) const {
    if (text_[k] != ',') return false;
    const auto& lines = scan_.csv_lines;
    const auto it = std::upper_bound(lines.begin(), lines.end(), k,
                                     [](std::size_t x, const std::pair<std::uint32_t, std::uint32_t>& l) { return x < l.first; });
    return it != lines.begin() && k < std::prev(it)->second;
  }

  /// Rows that a PDF→markdown converter merged into one line of cells, the rule between them
  /// missed: their labels in one cell, each value cell holding one line per row
  /// (`| 1.信访举报投诉类申请<br>2.重复申请 | 1<br>0 | 0<br>0 |…`, a `<br>` read as a space). The k-th
  /// value of each cell is the k-th row's when every value cell holds one value per row, or
  /// nothing (blank in each row). A cell with fewer (a blank of one row lost, `1<br>` of `1` and
  /// blank) leaves the rows to `read_row`, which reads them as unread. Returns the rows read here.
  std::vector<bool> read_merged_rows(cell_sheet& r, const std::vector<const row_target*>& rows,
                                     const std::vector<located>& at) {
    std::vector<bool> done(rows.size(), false);
    // the rows found, in the order of their labels, with the lines their labels start and end on
    struct found_row {
      std::size_t row;
      std::uint32_t first_line, last_line;
    };
    std::vector<found_row> order;
    const std::vector<token>& tk = scan_.tokens;
    auto line_of = [&](std::size_t stream_at) {
      const std::size_t i = text_token_at(stream_at);
      return i < tk.size() ? tk[i].line : 0U;
    };
    for (std::size_t i = 0; i != rows.size(); ++i)
      if (at[i].found()) order.push_back({i, line_of(at[i].start), line_of(at[i].end - 1)});
    std::sort(order.begin(), order.end(),
              [&](const found_row& a, const found_row& b) { return at[a.row].start < at[b.row].start; });
    std::vector<std::vector<const token*>> cells;
    for (std::size_t k = 0; k < order.size();) {
      // the labels in the cell of order[k]'s: order[k, e) (lines compared first: most labels
      // stand on lines of their own)
      std::size_t e = k + 1;
      while (e < order.size() && order[e - 1].last_line == order[e].first_line &&
             at[order[e - 1].row].end <= at[order[e].row].start && rows[order[e].row]->table == rows[order[k].row]->table &&
             one_cell(at[order[e - 1].row].end, at[order[e].row].start))
        ++e;
      const std::size_t merged = e - k;
      if (merged < 2) {
        k = e;
        continue;
      }
      const row_target& t = *rows[order[k].row];
      // the line's cells after the last label's: a blank token is an empty cell of its own; a
      // separator between two tokens starts a new cell
      cells.clear();
      const std::size_t last = text_token_at(at[order[e - 1].row].end - 1);
      bool fits = last < tk.size();
      std::size_t from = fits ? tk[last].end : 0;
      std::size_t cell = 0;  // 0: the labels' own cell
      for (std::size_t i = last + 1; fits && i < tk.size() && tk[i].line == tk[last].line; ++i) {
        const token& x = tk[i];
        // (a blank cut by bars stands after its bar)
        const std::size_t to = separators_end(x);
        for (std::size_t p = from; p < to; ++p)
          cell += separates_cells(x, p) ? 1 : 0;
        from = std::max(from, to);
        if (x.kind == token_kind::blank && !x.grid && after_closing_bar(x)) break;
        if (cell == 0 || (x.kind != token_kind::number && x.kind != token_kind::marker && x.kind != token_kind::blank)) {
          fits = false;  // words after the labels in their cell, or in a value cell
          break;
        }
        if (cells.size() < cell) cells.resize(cell);
        cells[cell - 1].push_back(&x);
        from = std::max(from, static_cast<std::size_t>(x.end));
      }
      fits = fits && cells.size() == t.columns;
      for (const auto& c : cells) {
        const bool empty = c.size() == 1 && c.front()->kind == token_kind::blank;
        fits = fits && (empty || (c.size() == merged && std::none_of(c.begin(), c.end(), is_blank)));
      }
      for (std::size_t j = k; fits && j != e; ++j) fits = rows[order[j].row]->columns == t.columns;
      if (fits) {
        for (std::size_t j = 0; j != merged; ++j) {
          const row_target& row = *rows[order[k + j].row];
          for (std::size_t c = 0; c != cells.size(); ++c) {
            const token& v = *cells[c][cells[c].size() == 1 ? 0 : j];
            set_cell(r, row, c, cell_of(v));
            consumed_[static_cast<std::size_t>(&v - tk.data())] = true;
          }
          report_label(row, at[order[k + j].row]);
          done[order[k + j].row] = true;
        }
      }
      k = e;
    }
    return done;
  }

  /// Reads the numbers of one row: the tokens after its label, up to the next boundary.
  /// Returns false when the label turned out to be a heading without numbers.
  bool read_row(cell_sheet& r, const row_target& t, const located& l, std::size_t next, bool optional_row,
                bool next_lost_number = false, bool next_is_label = false,
                std::size_t previous_label_end = std::string::npos) {
    // the tokens whose stream position lies in [label start, next)
    // from the token holding the label's first character: numbers met at the same stream
    // position before it belong to the row above
    const auto first = scan_.tokens.begin() + static_cast<std::ptrdiff_t>(text_token_at(l.start));
    const bool previous_short = std::exchange(previous_short_, false);  // the row read before was short of numbers
    // members, cleared per row: one allocation per parse rather than two per row
    std::vector<const token*>& values = row_values_;
    std::vector<const token*>& line_buffer = row_line_;  // a line's tokens after the label, to trim blanks
    std::vector<const token*>& exact = row_exact_;       // the label line's cells, see `label_line_cells`
    values.clear();
    line_buffer.clear();
    exact.clear();
    line_cells cells_kind = line_cells::other;
    bool cells_asked = false;  // label_line_cells read the label's line
    bool aligned = false;      // aligned_cells read it
    ragged_kind ragged = ragged_kind::none;  // see `flush`
    bool odd_line = false;  // see `flush`; why, for FMT.UNREADABLE_ROW
    std::string_view odd_why = why_odd_count;
    line_excess_ = false;  // the label's line holds more cells after the label than the row has
    // the label whole on its line: a label torn over lines of empty cells (PDF→markdown) says
    // nothing of its row's cells
    const std::size_t label_last = text_token_at(l.end - 1);
    const bool label_on_one_line = label_last < scan_.tokens.size() && first != scan_.tokens.end() &&
                                   scan_.tokens[label_last].line == first->line;
    bool digits_in_text = false;
    bool words_after_label = false;  // text other than the label before the next boundary
    std::uint32_t first_word_line = 0;  // the line of the first such text
    const std::uint32_t label_line = first != scan_.tokens.end() ? first->line : 0;
    // the label in the cell of the row before's label (`| 1.信访举报投诉类申请<br>2.重复申请 | 1 | 0 |…`:
    // a PDF→markdown converter merged two rows): the numbers after it may be either row's
    const bool shares_cell = previous_label_end != std::string::npos && one_cell(previous_label_end, l.start);
    std::uint32_t current_line = label_line;
    std::size_t label_line_values = std::string::npos;  // values on the label's own line
    // a line not cut into cells that opens with a row's running number, or in a text that
    // prints empty cells as `NaN`: a row of a data tool's table, one a line (a DataFrame's
    // `to_string()`), read as a line cut into cells is
    const bool numbered = first != scan_.tokens.end() && !first->cells && !first->grid && label_on_one_line &&
                          (numbered_line(first) || tool_table());
    // rows of cells run on over lines, a row's label after the row before's numbers on one line
    // (antiword's text of a Word table, its rows wrapped at the page's width: `…|718 | |四、结转下年度继续办理
    // | | |31 |0 |0 |0 |0 |0` then `|31 |`): the label's line is not the row, whose cells go on
    // on the next line; read as the numbers after the label, up to the next label
    const bool run_on = first != scan_.tokens.end() && first->cells && !first->grid && label_on_one_line &&
                        values_before_on_line(first) == 2;
    // the token where the next row's label begins (`next`), if any
    const auto next_label = [&] {
      const std::size_t k = text_token_at(next);
      return k < scan_.tokens.size() && scan_.tokens[k].stream <= next ? scan_.tokens.begin() + static_cast<std::ptrdiff_t>(k)
                                                                       : scan_.tokens.end();
    }();
    // the next row's label is on a later line than this one's and holds numbers after it there
    // (past a group's heading alone on its line between them: `（五）不予处理` merged down the
    // group, printed in its middle), on a line not cut into cells (a text laid out with spaces,
    // not rows a converter rebuilt from cells, which may have left this row's numbers out)
    const auto numbers_beside_next_label = [&] {
      auto k = next_label;
      if (k == scan_.tokens.end() || k->line <= label_line || k->cells || k->grid || next > scan_.stream.size())
        return false;
      for (std::size_t h = 0; h != s3_group_headings; ++h) {
        const std::string& heading = marks_.s3_headings[h].key();
        if (std::string_view(scan_.stream).substr(next, heading.size()) != heading) continue;
        const std::uint32_t line = k->line;
        while (k != scan_.tokens.end() && k->line == line && k->kind == token_kind::text) ++k;
        if (k != scan_.tokens.end() && k->line == line) return k->kind == token_kind::number;  // (beside it)
        if (k == scan_.tokens.end() || k->kind != token_kind::text) return false;
        break;
      }
      for (const std::uint32_t line = k->line; k != scan_.tokens.end() && k->line == line && !k->cells; ++k)
        if (k->kind == token_kind::number) return true;
      return false;
    };
    // a label torn over lines of cells (a PDF→markdown converter writes a label's second line as
    // a row of its own): the cells after its piece on the one line of it that holds values, when
    // its other lines hold empty cells only (`| （二）部分公开（区分 |  | 447 | … | 0 |  |` then
    // `| 处理的，只计这一情形… |  | … |  |`)
    const bool torn = !label_on_one_line && label_last < scan_.tokens.size() && first != scan_.tokens.end() &&
                      first->cells && !optional_row;
    std::size_t piece_end = std::string_view::npos;  // where the label's piece on the current line ends
    bool torn_clear = torn;                          // its lines hold values on one line, empty cells else
    std::uint32_t torn_line = 0;                     // that line
    std::size_t torn_piece = 0;                      // the label's last token there
    std::size_t piece = 0;                           // the label's last token on the current line
    std::vector<const token*> torn_cells;            // its cells after the label's piece
    bool torn_doubt = false;  // values after the label's pieces on two lines, or after another's words
    auto flush = [&] {
      if (torn && current_line <= scan_.tokens[label_last].line) {
        bool any_value = false;
        for (const token* x : line_buffer) {
          if (piece_end == std::string_view::npos || x->begin < piece_end) continue;
          if (holds_value(*x)) any_value = true;
          else if (x->kind != token_kind::blank) torn_clear = false;
        }
        // values after a piece of the label on two of its lines (not a line of values alone: the
        // row's line wrapped), or after another row's label or a heading that the label was
        // found round (`foreign_piece`)
        if (any_value && piece_end != std::string_view::npos &&
            (torn_line != 0 || foreign_piece(t, scan_.tokens[piece], r.edition())))
          torn_doubt = true;
        if (piece_end == std::string_view::npos || (any_value && torn_line != 0)) torn_clear = false;
        if (any_value && torn_clear) {
          torn_line = current_line;
          torn_piece = piece;
          for (const token* x : line_buffer)
            if (x->begin >= piece_end) torn_cells.push_back(x);
        }
      }
      piece_end = std::string_view::npos;
      // a table row of an HTML page, on the label's line: every cell after the label's, blanks
      // included, since there a cell is one token (a label split over tokens is in one cell)
      if (!line_buffer.empty() && current_line == label_line && first->grid) {
        const std::size_t cells_from =
            label_last < scan_.tokens.size() ? text_.find('\t', scan_.tokens[label_last].end) : std::string_view::npos;
        const std::size_t before = values.size();
        const std::string_view label_text = std::string_view(scan_.stream).substr(l.start, l.end - l.start);
        for (const token* x : line_buffer) {
          if (x->begin < cells_from) continue;
          // the label again in the columns it spanned, before any value: its merge undone and
          // the text written into each cell it covered
          if (x->kind == token_kind::text && values.size() == before &&
              std::string_view(scan_.stream).substr(x->stream, x->stream_end - x->stream) == label_text)
            continue;
          values.push_back(x);
        }
        line_excess_ = values.size() - before > t.columns;
        // a row spanning another count of columns than its table's others (a cell lost or one
        // too many), with empty cells among its cells (perhaps those its label spans): which are
        // the row's is unknown, unless it lost cells beside its label only: the table's full rows
        // place its cells, a value first (`aligned_cells`)
        if (std::any_of(values.begin() + static_cast<std::ptrdiff_t>(before), values.end(), is_blank))
          ragged = ragged_row(*first);
        // （六）其他处理 as the 2021 heading, its cells left empty
        if (optional_row && std::all_of(values.begin() + static_cast<std::ptrdiff_t>(before), values.end(), is_blank))
          values.resize(before);
        line_buffer.clear();
        return;
      }
      // the label's line cut into cells (tabs, pipes): its cells as they stand, blanks included
      if (!line_buffer.empty() && current_line == label_line && first->cells && !optional_row && label_on_one_line &&
          !run_on) {
        cells_kind = label_line_cells(line_buffer, std::string_view(scan_.stream).substr(l.start, l.end - l.start),
                                      t, exact);
        cells_asked = true;
        odd_line = cells_kind == line_cells::unknown ||
                   (cells_kind == line_cells::other &&
                    odd_line_with_blanks(t, line_buffer, scan_.tokens[label_last].end, [&] { return layout_of(l); }));
        if (cells_kind == line_cells::unknown) odd_why = unknown_why_;
      }
      // keep blanks and text only between two numbers or markers of the same line; a data
      // tool's `NaN` on a line not cut into cells is a cell wherever it stands
      std::size_t b = 0, e = line_buffer.size();
      const auto cell_at = [&](std::size_t k) { return holds_value(*line_buffer[k]) || tool_blank(*line_buffer[k]); };
      while (b < e && !cell_at(b)) ++b;
      while (e > b && !cell_at(e - 1)) --e;
      for (std::size_t k = b; k < e; ++k) values.push_back(line_buffer[k]);
      line_buffer.clear();
    };
    for (auto it = first; it != scan_.tokens.end(); ++it) {
      const token& tk = *it;
      if (tk.kind == token_kind::text ? tk.stream >= next : tk.stream > next) break;
      const bool label_piece = tk.kind == token_kind::text && tk.stream_end <= l.end;  // the label itself
      const bool line_start = tk.line != current_line;
      if (line_start && (!label_piece || torn)) {
        flush();
        if (current_line == label_line) label_line_values = values.size();
        // a table row cut into cells is its line: once the label's line, whole label and all,
        // holds values, or as many empty cells as the row has, two or more (a blank row), a
        // number on a later line is another row's (or a row index), never the cell this row left
        // blank at its end (`规章⇥⇥⇥` then `0⇥5⇥5`, the next row's label lost: not 规章's numbers).
        // (One empty cell may be a separator that ends every line: BeautifulSoup's
        // `get_text("\t")`, `⇥行政许可⇥` then `⇥517645⇥`)
        if (current_line == label_line && (first->cells || numbered) && label_on_one_line &&
            (label_line_values != 0 || (cells_asked && cells_kind == line_cells::blank && t.columns >= 2)) && !run_on)
          break;
        // nor, when its line holds none, on a later line of cells that opens with a word: that
        // is another row's label, found or not (w3m's `│规章 │   │` then `│行政 │   │`, `│规范 │ 0 │ 5 │`)
        if (first->cells && label_on_one_line && opens_with_word(it)) break;
        // nor on the line of the next row's label, one value before it: its row index (a
        // DataFrame's `| 22 | nan | nan | 5.要求… |`), or its first cell set before its label
        // (LibreOffice Calc's text of a Word page: `99⇥"（二）部分公开…`, ⇥ a tab), unless this row runs on
        // over lines (`run_on`; two values or more there are this row's, run on)
        if ((first->cells || numbered) && next_label != scan_.tokens.end() &&
            tk.line == next_label->line &&
            tk.line != label_line && !run_on && values_before_on_line(next_label) == 1)
          break;
        current_line = tk.line;
      }
      if (label_piece) {
        piece_end = tk.end;
        piece = static_cast<std::size_t>(it - scan_.tokens.begin());
        continue;
      }
      if (tk.kind == token_kind::text) {
        // numbers glued to the label, or a word that starts with digits: cells run together
        // (a line that starts with digits and words is a numbered label, `2.其他…`)
        const std::size_t b = std::max<std::size_t>(tk.stream, l.end);
        if (b < tk.stream_end && b < next && (tk.stream < l.end || (b == tk.stream && !line_start)) &&
            scan_.stream[b] >= '0' && scan_.stream[b] <= '9')
          digits_in_text = true;
        if (!words_after_label) first_word_line = tk.line;
        words_after_label = true;
        // text between numbers is a cell only on a line cut into cells by tabs or |
        if (tk.cells) line_buffer.push_back(&tk);
        continue;
      }
      if (tk.kind == token_kind::ignored) continue;
      line_buffer.push_back(&tk);
    }
    flush();
    if (current_line == label_line) label_line_values = values.size();
    // (numbers on a later line too: the piece's line, cut into exactly the row's cells, is the
    // row, as a whole label's line is; the later line is another row's, moved there or torn off)
    if (torn && torn_clear && torn_line != 0) {
      const line_cells kind =
          label_line_cells(torn_cells, std::string_view(scan_.stream).substr(l.start, l.end - l.start), t, exact);
      if (kind == line_cells::exact ||
          std::all_of(values.begin(), values.end(), [&](const token* v) { return v->line == torn_line; })) {
        cells_asked = true;
        cells_kind = kind;
        odd_line = cells_kind == line_cells::unknown ||
                   (cells_kind == line_cells::other &&
                    odd_line_with_blanks(t, torn_cells, 0, [&] { return layout_after(torn_piece); }));
        if (cells_kind == line_cells::unknown) odd_why = unknown_why_;
        // empty cells at both ends (beside the label, the cells it spans, and a blank total):
        // where the table's full rows have their cells
        if (cells_kind != line_cells::exact && cells_kind != line_cells::unknown && !digits_in_text)
          aligned = aligned_cells(t, layout_after(torn_piece), values);
      } else {  // (not the row's cells: what was asked of the line is void)
        exact.clear();
        line_excess_ = false;
      }
    }  // (its lines all empty cells: no blank row, its numbers may be a line of their own, lost)
    // a Word copy or a markdown table that leaves cells blank: the label's line holds the row's
    // cells, blanks included; numbers on later lines are another row's (a table row is a line),
    // never this one's last cells (its trailing blanks trimmed and the next line's first number
    // taken for its total, as a DataFrame's next row index once was)
    if (cells_kind == line_cells::exact && !digits_in_text) {
      values.assign(exact.begin(), exact.end());
    } else if (cells_kind == line_cells::blank && values.empty() && !digits_in_text) {
      // blank cells only, as many as the row has or more (the cells its label spans are blank
      // too): a blank row, when every number of the table has its row (`place_blank_rows`)
      blank_rows_.push_back({&t, pos_of_stream(l.start)});
    }
    // a table row cut into cells that holds the row's numbers: lines after it that hold more
    // are rows whose labels were torn off (PDF to markdown), placed later by position
    if (values.size() > t.columns && label_line_values == t.columns && first->cells && !digits_in_text)
      values.resize(t.columns);

    const source_pos label_pos = pos_of_stream(l.start);
    if (values.empty() && !digits_in_text && optional_row) return false;  // （六）其他处理 as the 2021 heading
    // numbers on lines after the label's, in text not cut into cells (one cell per line, a
    // PDF's text): a row whose label follows a row with no numbers is provisional, and if short
    // of numbers, says that the labels before it may be no blank rows (`place_blank_rows`)
    const bool per_line = first != scan_.tokens.end() && !first->cells && !first->grid &&
                          (label_line_values == 0 || label_line_values == std::string::npos);
    // (a whole row of numbers on one line is a row of the page, in any reading order)
    // (the row read last in the region had no numbers)
    const bool after_empty = per_line && !read_counts_.empty() && read_counts_.back().numbers == 0;
    const bool after_empty_row = after_empty && (values.size() < 2 || values.front()->line != values.back()->line);
    read_counts_.push_back({&t, digits_in_text ? std::string::npos : values.size(),
                            !next_row_found(t) && text_token_at(next) < scan_.tokens.size()});
    if (values.empty() && !digits_in_text) {
      // one cell per line, where a blank leaves no trace: a label followed directly by the
      // next row's label may be a row whose cells are all blank (`place_blank_rows` decides)
      // (or numbers apart by spaces, in a crawler's text, where a blank leaves no trace either)
      // (or a text laid out by position, pdftotext -layout's: the label whole on its line, the
      // next row's numbers beside its label on a later line, as this row's would be beside its own)
      if (next_is_label && !words_after_label &&
          (one_cell_per_line() ||
           (first != scan_.tokens.end() && !first->cells && !first->grid &&
            (unwrapped_text() || (label_on_one_line && numbers_beside_next_label())))))
        blank_rows_.push_back({&t, label_pos});
      // or its cells are lines of spaces, or runs of spaces opening the line after
      if (per_line && !words_after_label && label_last < scan_.tokens.size()) {
        spaced_blanks(t, values, label_last, table_goes_on(next));
        indented_blanks(t, values, label_last);
      }
      // or its line holds as many separators after its label as it has cells, nothing else
      if (first != scan_.tokens.end() && !first->cells && !first->grid && !words_after_label &&
          label_last < scan_.tokens.size()) {
        keep_joined(t, values, label_last);
      }
    }
    // crawler text of a page whose empty cells hold `&nbsp;`: a row all blank
    if (values.empty() && !digits_in_text && !words_after_label && t.columns > 1 && next != std::string::npos &&
        read_nbsp_blank_row(r, t, l, next))
      return true;
    // one column and its number glued to the label: certain
    if (values.empty() && digits_in_text && t.columns == 1) {
      if (const auto glued = glued_number(l.end)) {
        set_cell(r, t, 0, cell{glued->first}.at(where_.at(glued->second)));
        return true;
      }
    }
    // crawler text: the row's digits run together (glued to a label, or one number where there
    // should be several); a label found without its leading number (`2.`) may have left that
    // digit to this row, so then nothing is split
    // In chapter 二, where no identity checks a split, a lone number is a run only when it
    // touches the text before or after it (`规章 000行政规范性文件`): a number between spaces or
    // line ends is a cell of its own in a PDF's text (pdfminer's `行政规范性文件 109` is 109, its
    // row's other cells elsewhere)
    const bool one_run = values.size() == 1 &&
                         (values.front()->kind == token_kind::number || leading_zero(*values.front())) && t.columns > 1 &&
                         (t.in_chapter == chapter::three || touches_text(*values.front()));
    // (not when chapter 三's header names its applicants and no 总计: the page was cut at its
    // right edge, columns are lost, and a split that adds up would do so by chance)
    // or numbers apart on the label's line, fewer than its cells, some with a leading zero (`0 0 00
    // 00 0`: cells run together where the separators between them were lost): split as a run,
    // in chapter 三, where the row's total checks the split
    const auto led_by_zero = [&](const token* v) { return leading_zero(*v); };
    const bool zero_led =
        !digits_in_text && t.in_chapter == chapter::three && values.size() > 1 && values.size() < t.columns &&
        values.front()->line == values.back()->line &&
        std::all_of(values.begin(), values.end(),
                    [&](const token* v) { return v->kind == token_kind::number || leading_zero(*v); }) &&
        std::any_of(values.begin(), values.end(), led_by_zero);
    // (edition 2019's procurement, a count and an amount: digits alone, no point nor unit, split
    // as counts are: `政府集中采购00`)
    if ((digits_in_text || one_run || zero_led) && (t.counts_only || t.in_chapter == chapter::two) && t.columns > 1 &&
        !next_lost_number && !(t.in_chapter == chapter::three && header_cut_)) {
      if (const auto run = digits_between(text_after_stream(l.end), offset_of_stream(next))) {
        const split_shape shape{1, t.columns, t.in_chapter == chapter::three};
        // (numbers apart that no split adds up to are a row broken some other way, a blank lost:
        // unread, no error of the identity)
        const rule_info* sum_rule = t.in_chapter == chapter::three && !zero_led ? &rules::s3_row : nullptr;
        const split_outcome o = split_run(*run, shape, sum_rule, label_pos, t.label,
                                          t.table_key, t.key,
                                          [&](std::size_t k, const cell& value) { set_cell(r, t, k, value); },
                                          t.in_chapter == chapter::three && sum_rule != nullptr ? &t : nullptr);
        if (o == split_outcome::read && optional_row)
          findings_.push_back({&rules::fmt_other_handling, rules::fmt_other_handling.severity, label_pos,
                               std::string(t.label), {}, t.table_key, t.key, {}, {}});
        if (o != split_outcome::not_run_together) return true;
      }
    }
    // a chapter-二 row whose last cell spans the table's other columns, written by a PDF→markdown
    // converter into each column it spans (`| 行政许可 | 95 | 95 | 95 |`, 2019's
    // `| 行政事业性收费 | 3 | -1 | -1 |`): the copies after the first are no cells; the same digits,
    // on the label's line, no more than the table's three columns hold (what follows that line,
    // e.g. the next row's index in a DataFrame's markdown, is no part of the row, as above)
    if (!digits_in_text && t.in_chapter == chapter::two && t.columns <= 2 && label_line_values > t.columns &&
        label_line_values <= 3 && (first->cells || numbered) &&
        same_number(std::span(values).subspan(t.columns - 1, label_line_values - (t.columns - 1)))) {
      for (std::size_t k = t.columns; k != label_line_values; ++k)  // the copies are this row's too
        consumed_[static_cast<std::size_t>(values[k] - scan_.tokens.data())] = true;
      values.resize(t.columns);
    }
    // an HTML table whose merged cells were undone (a label or a number over several columns
    // written as one cell with empty cells beside it): the empty cells on the side of the row
    // where all of them stand are none of the format's; empty cells on both sides: unknown
    // (unless the table's full rows say where its columns stand, below: a row with 总计's cell left
    // out has empty cells at one end too; a row of empty cells is blank either way)
    // Empty cells after the values are padding only when another row of the table has as many
    // cells after its label: a row alone in having them may have gained a cell among its values
    // (a number written twice in the first row after a page break, which lacks its group's cell
    // and so spans as many columns as the others: `8.属于行政查询事项 | 9 | 0 | 0 | 0 | 0 | 0 | 0 | `)
    if (!digits_in_text && first->grid && values.size() > t.columns && label_line_values == values.size() &&
        (std::none_of(values.begin(), values.end(), [](const token* v) { return holds_value(*v); }) ||
         !alignment_of(t).known)) {
      const auto from = unmerged_cells(values, t.columns);
      if (from && (*from != 0 || std::all_of(values.begin(), values.end(), is_blank) || padding_shared(t, l)))
        drop_unmerged_cells(values, t.columns);
    }
    // the same in a numbered table printed by a data tool, its empty cells `NaN`
    // (`6  NaN  （二）部分公开…  NaN  99  0 …`, `6  行政许可  517645  NaN  NaN`)
    if (!digits_in_text && numbered && values.size() > t.columns && label_line_values == values.size())
      drop_unmerged_cells(values, t.columns);
    // more cells on the label's line than the row has, or values for fewer, and a table whose
    // columns are known from a row that fills them all: a PDF→markdown converter's empty column
    // between two of them; cells joined by bars whose last is empty (`（一）予以公开 | 1288 | … | 3 | `,
    // as html2text writes a row), where the bar at the end may as well close the line
    // (（六）其他处理's line is not cut into cells above: it may be the 2021 heading)
    if ((line_excess_ || values.size() != t.columns) && !digits_in_text && !shares_cell && label_on_one_line &&
        (first->cells || first->grid) && cells_kind != line_cells::unknown)  // (a line cut into cells: else no layout)
      aligned = aligned_cells(t, layout_of(l), values) || aligned;
    // more cells on the label's line than the row has, none of them at one end only to drop
    // (`label_line_cells`), no alignment placing them, and an empty one among those its values
    // span: that one may be the cell too many (a separator doubled: `12 |  | 0 | … | 0 | ` for a
    // row whose total is blank)
    if (cells_asked && cells_kind == line_cells::other && line_excess_ && !aligned && values.size() == t.columns &&
        std::any_of(values.begin(), values.end(), is_blank)) {
      odd_line = true;
      odd_why = why_cell_too_many;
    }
    // a label torn over lines of cells (PDF→markdown) whose numbers stand after its pieces on two
    // of those lines, or after another row's words found amid its pieces: a converter writes a
    // row a line, so one such line is another row's, moved among the label's pieces, whose
    // numbers would be taken for this row's cells (`| | 2.申请人逾期未按收 | 6 | … | 0 | |`,
    // `| 行政强制 | 88283 | | |`, `| | 费通知要求… | | |`; or `| | 2.其他法律行政法规 | | …`,
    // `| | （六）其他处理 | | 0 | … | 0 |`, `| | 禁止公开 | | …`)
    if (torn_doubt) {
      odd_line = true;
      odd_why = why_torn_lines;
    }
    if (ragged == ragged_kind::wide ||
        (ragged == ragged_kind::narrow && !(aligned && !values.empty() && holds_value(*values.front())))) {
      odd_line = true;
      odd_why = why_ragged_row;
    }
    // a cell of a page's table that holds two numbers (`<td>1 4</td>`, `1&#8203;4`) among the
    // row's other cells: the page's cells are certain, and these two are one (read as two, a row
    // whose blanks let them fill two columns reads a wrong number)
    if (!odd_line && !digits_in_text && first != scan_.tokens.end() && first->grid && two_values_in_a_cell(values)) {
      odd_line = true;
      odd_why = why_two_in_cell;
    }
    const std::string doubt = doubtful_detail(values);
    if (digits_in_text || !doubt.empty() || values.size() != t.columns || (shares_cell && !values.empty()) || odd_line) {
      std::string detail;
      if (odd_line && !digits_in_text && doubt.empty())
        detail = odd_why;
      else if (shares_cell && !values.empty())
        detail = "this label and the row before's stand in one cell (two rows merged into one): which row the "
                 "numbers belong to is unknown";
      else if (digits_in_text)
        detail = "digits run together without separators: which digits belong to which column is unknown";
      else if (!doubt.empty())
        detail = doubt;
      else
        detail = std::to_string(t.columns) + " values expected, " + std::to_string(values.size()) +
                 " found: a blank may have collapsed, a number may be split, or the row is cut off";
      findings_.push_back({&rules::fmt_unreadable_row, rules::fmt_unreadable_row.severity, label_pos,
                           std::string(t.label), {}, t.table_key, t.key, {}, std::move(detail)});
      // one number short, each a count and nothing else amiss, in text that keeps no empty cell
      // (a cell a line, numbers apart by spaces: not cut into cells, where an empty cell has its
      // place and one lost may as well have held a number): a cell left empty, perhaps down the
      // column in rows of a total (`place_by_column_sums`). Not when a digit stands amid the
      // label or between it and the numbers: a number there, run into the label's words (pypdf's
      // `计这一情99 0 0 0 2 0 101` amid a wrapped label), was lost, not a cell left empty
      // (or text cut into cells, where a cell lost is no blank unless a cell merged down the
      // rows was left out of all but its first: `place_by_column_sums` asks that of `cut` rows)
      if (values.size() + 1 == t.columns && t.columns >= 3 && !odd_line && !digits_in_text && doubt.empty() &&
          !shares_cell && std::none_of(values.begin(), values.end(), [](const token* v) { return v->grid; }) &&
          std::all_of(values.begin(), values.end(),
                      [](const token* v) { return v->kind == token_kind::number && v->value.scale == 0; }) &&
          !digit_before_values(l, *values.front()))
        short_rows_.push_back({&t, values, label_pos,
                               std::any_of(values.begin(), values.end(), [](const token* v) { return v->cells; })});
      // a text whose every empty line is a cell: the lines after the label up to a line of words
      // (a row the format lacks, Hubei's `其他主动公开文件（…）`, its numbers after it) are the row's
      // cells when they are as many as it has
      std::optional<std::vector<std::pair<const token*, std::size_t>>> to_words;
      if (per_line && !digits_in_text && doubt.empty() && words_after_label && values.size() > t.columns &&
          label_last < scan_.tokens.size())
        to_words = empty_lines_are_cells_ ? lines_as_cells(values, label_last, text_.size(), t.columns)
                                          : numbers_before_words(values, label_last, t.columns);
      if (to_words && to_words->size() == t.columns) {
        line_cell_rows_.push_back({&t, std::move(*to_words), false, false});
      } else if (per_line && !digits_in_text && values.size() > t.columns &&
                 values.front()->line != values.back()->line) {
        surplus_row_ = true;
        // up to twice its cells (a blank of its own lost: PyMuPDF's sorted text, `0 0 0 0 0 0` and
        // the next row's `2 1 0 0 0 0 3` before that row's wrapped label), the row before not short
        // of numbers (whose numbers came down into this one, after its label, as pdftotext stacks
        // two labels before their numbers) and the next row's label found (else the numbers after
        // this label are its own and the next row's, whose label is lost): the next row's numbers
        // came up into it
        shifted_ = shifted_ || (values.size() <= 2 * t.columns && !previous_short && next_row_found(t));
        moved_up_ = moved_up_ || shifted_;
      } else if (values.size() < t.columns) {
        shifted_ = false;  // (a row short of numbers: where numbers moved up a row stops)
        previous_short_ = true;
      }
      // fewer numbers than columns (a collapsed blank): they belong to this row, unread
      if (!digits_in_text && values.size() < t.columns) {
        for (const token* v : values) consumed_[static_cast<std::size_t>(v - scan_.tokens.data())] = true;
        if (after_empty && !values.empty()) short_after_empty_.push_back(&t);
        // (in a text whose every empty line is a cell, words after the row's last number end
        // its lines: a label not found, a note, the text cut; its cells are the lines before)
        if (per_line && !values.empty() && doubt.empty() && label_last < scan_.tokens.size() &&
            (!words_after_label || (empty_lines_are_cells_ && first_word_line > values.back()->line))) {
          spaced_blanks(t, values, label_last, table_goes_on(next));
          indented_blanks(t, values, label_last);
        }
        // or a cell every few lines (a pretty-printed page's textContent), when full rows say so
        if (per_line && doubt.empty() && !words_after_label && label_last < scan_.tokens.size())
          period_rows_.push_back({&t, values, scan_.tokens[label_last].line,
                                  next_label != scan_.tokens.end() && table_goes_on(next) ? next_label->line : 0U,
                                  label_last});
        // a text laid out in columns with spaces (pdftotext -layout, w3m): the row's numbers on
        // one line, placed later by where the table's full rows have theirs (words on later
        // lines are no cells of that line's: a heading printed a character a line down the
        // table's left, `本` / `年` / `度`, or the rest of a label)
        // (not when the line after holds values alone: the row may go on there, wrapped)
        if (!first->cells && !first->grid && !values.empty() && doubt.empty() &&
            (!words_after_label || first_word_line > values.back()->line) &&
            values.front()->line == values.back()->line && !values_line_after(*values.back())) {
          laid(laid_short_, t, values);
          // or its cells joined by one space each, a blank cell the empty string between two
          // (or a space of its own)
          if (!words_after_label) keep_joined(t, values, label_last);
        }
      }
      return true;
    }
    if (optional_row) {
      findings_.push_back({&rules::fmt_other_handling, rules::fmt_other_handling.severity, label_pos,
                           std::string(t.label), {}, t.table_key, t.key, {}, {}});
    }
    if (after_empty_row) provisional_rows_.push_back({&t, label_pos});
    if (per_line && values.size() >= 2 && values.front()->line != values.back()->line)
      rows_over_lines_.push_back({&t, label_pos, adds_up(values, t), shifted_, values.back()->stream_end});
    if (!first->cells && !first->grid && values.size() >= 2 && values.front()->line == values.back()->line)
      laid(laid_full_, t, values);  // where its columns stand, for rows that leave cells blank
    if (!first->cells && !first->grid && values.size() >= 2 && values.front()->line == values.back()->line &&
        !words_after_label && label_last < scan_.tokens.size()) {  // is the row's line its cells joined by one space each?
      const auto cells = joined_cells(values, label_last, 0);  // no blank cell: one separator each
      ++(cells && cells->size() == values.size() ? full_rows_joined_ : full_rows_not_joined_);
    }
    if (per_line && values.size() >= 2) {  // do lines of spaces stand between a full row's numbers?
      ++full_rows_per_line_;
      const auto& tk = scan_.tokens;
      // and is there one empty line before each of its numbers, nothing else (a cell a paragraph)?
      bool with_spaces = false, with_empty = false;
      bool paragraphs = label_last < tk.size() && empty_lines_between(tk[label_last], *values[0]) == 1u;
      for (std::size_t c = 1; c != values.size(); ++c) {
        const auto n = blank_line_counts(values[c - 1]->end, values[c]->begin);
        with_empty = with_empty || n[0] != 0;
        with_spaces = with_spaces || n[1] != 0;
        paragraphs = paragraphs && n[0] == 1 && values[c]->line - values[c - 1]->line == 2;
      }
      full_rows_with_space_lines_ += with_spaces ? 1 : 0;
      full_rows_with_empty_lines_ += with_empty ? 1 : 0;
      ++(paragraphs ? full_rows_paragraphs_ : full_rows_not_paragraphs_);
      // and does a cell stand every few lines (`period_rows_`)?
      if (label_last < tk.size() && !words_after_label)
        learn_cell_period(values, tk[label_last].line,
                          next_label != tk.end() && row_label_at(next) ? next_label->line : 0U);
      // and does a line of its numbers, or the one after the last, open with a space?
      const auto opens_with_space = [&](std::size_t line) { return line < text_.size() && text_[line] == ' '; };
      const bool number_indented = std::any_of(values.begin(), values.end(), [&](const token* v) {
        return opens_with_space(line_start_at(v->begin));
      });
      full_rows_indented_ += number_indented || opens_with_space(line_end_at(values.back()->end) + 1) ? 1 : 0;
      const std::size_t after_last = static_cast<std::size_t>(values.back() - tk.data()) + 1;
      if (after_last < tk.size()) {
        const auto n = blank_line_counts(values.back()->end, tk[after_last].begin);
        full_rows_with_trailing_empty_lines_ += n[0] != 0 ? 1 : 0;
        full_rows_with_trailing_space_lines_ += n[1] != 0 ? 1 : 0;  // (html2text's line that ends a row)
      }
      // and the lines after its last number: the same after every such row that the next row's
      // label follows, or no row's end is known (a table's last row may have a document's spacer
      // paragraphs after it: mammoth's text of a Word file)
      if (paragraphs && after_last < tk.size() && row_label_at(next)) {
        const auto g = gap_lines(*values.back(), tk[after_last]);
        std::vector<bool> end;
        if (g)
          for (const auto& line : *g) end.push_back(line.first);
        if (!g || (paragraph_end_seen_ && end != paragraph_end_)) {
          paragraph_end_known_ = false;
        } else if (!paragraph_end_seen_) {
          paragraph_end_ = std::move(end);
          paragraph_end_known_ = true;
        }
        paragraph_end_seen_ = true;
      }
    }
    for (std::size_t c = 0; c != values.size(); ++c) {
      const token& v = *values[c];
      const cell x = cell_of(v);
      if (v.kind == token_kind::bad_number) report_too_large(v, x.pos, t.table_key, t.key);
      set_cell(r, t, c, x);
      consumed_[static_cast<std::size_t>(values[c] - scan_.tokens.data())] = true;
    }
    return true;
  }

  /// Of `cells`, more than `columns` of them, the `columns` that are the row's when the others
  /// are empty and stand at one end, the other end holding a value (a merge undone: the cells a
  /// label or a value spanned, or padding): their offset in `cells`; nullopt when empty cells
  /// stand at both ends, or too few at either. Empty cells after the values are padding only
  /// when no empty cell stands among the values: else one of those may be the one too many
  /// (`9 |  | 0 | 0 | 0 | 0 | 0 | `, a separator doubled in a row whose total is blank).
  [[nodiscard]] static std::optional<std::size_t> unmerged_cells(std::span<const token* const> cells,
                                                                 std::size_t columns) {
    const std::size_t excess = cells.size() - columns;
    const auto lead = static_cast<std::size_t>(std::find_if_not(cells.begin(), cells.end(), is_blank) - cells.begin());
    const auto trail = static_cast<std::size_t>(std::find_if_not(cells.rbegin(), cells.rend(), is_blank) - cells.rbegin());
    if (lead == cells.size()) return excess;  // all empty: a blank row, whichever end is the merge's
    if (lead >= excess && trail == 0) return excess;
    if (trail >= excess && lead == 0 && std::none_of(cells.begin(), cells.end() - static_cast<std::ptrdiff_t>(trail), is_blank))
      return 0;
    return std::nullopt;
  }

  /// True when another row of `t`'s table, found in the region being read, has as many cells
  /// after its label on its line as label `l`'s row has (their empty cells at the end are then
  /// the table's: a column the rows share, or the cells a span carries down).
  [[nodiscard]] bool padding_shared(const row_target& t, const located& l) {
    const auto own = layout_of(l);
    if (!own || region_rows_ == nullptr || region_at_ == nullptr) return false;
    for (std::size_t i = 0; i != region_rows_->size(); ++i) {
      const located& other = (*region_at_)[i];
      if ((*region_rows_)[i]->table != t.table || !other.found() || other.start == l.start) continue;
      if (const auto x = layout_of(other); x && x->label_cell == own->label_cell) return true;
    }
    return false;
  }

  /// `unmerged_cells` on a grid row: the cells that are none of the row's are dropped.
  static void drop_unmerged_cells(std::vector<const token*>& values, std::size_t columns) {
    if (const auto from = unmerged_cells(values, columns)) {
      values.erase(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(*from));
      values.resize(columns);
    }
  }

  /// A label's line cut into cells, counted from the line's end (the end a table's columns of
  /// numbers keep when its labels span cells or sit in different columns): how many cells the
  /// line has, the cell of the label's last token, and the tokens after it with their cells.
  struct line_layout {
    std::size_t cells = 0;
    std::size_t label_cell = 0;  ///< from the end: as many cells follow the label's
    bool markdown = false;       ///< a markdown table's line (its cells count from its start too)
    bool words = false;          ///< a word after the label's cell
    std::vector<std::pair<std::size_t, const token*>> after;  ///< (cell from the end, token)
  };

  [[nodiscard]] std::optional<line_layout> layout_of(const located& l) {
    const std::vector<token>& tk = scan_.tokens;
    const std::size_t last = text_token_at(l.end - 1), first = text_token_at(l.start);
    if (last >= tk.size() || first >= tk.size() || tk[first].line != tk[last].line) return std::nullopt;
    return layout_after(last);
  }

  /// The same for the line of token `last`, the label's (or its piece's) last token there.
  [[nodiscard]] std::optional<line_layout> layout_after(std::size_t last) {
    const std::vector<token>& tk = scan_.tokens;
    const token& lt = tk[last];
    if (!lt.cells && !lt.grid) return std::nullopt;
    std::size_t b = last, e = last;
    while (b != 0 && tk[b - 1].line == lt.line) --b;
    while (e != tk.size() && tk[e].line == lt.line) ++e;
    const std::size_t line_begin = line_start_at(tk[b].begin);
    const std::size_t line_end = line_end_at(tk[e - 1].end);
    // the cell of each token from the line's start: the separators before it (a grid's blank
    // stands at the tab that opens its cell)
    std::size_t k = line_begin, cell = 0;
    auto count_to = [&](std::size_t p) {
      for (; k < p; ++k) cell += separates_cells(lt, k) ? 1 : 0;
    };
    std::vector<std::pair<std::size_t, const token*>> from_start;
    std::size_t label_cell = 0;
    for (std::size_t i = b; i != e; ++i) {
      const token& x = tk[i];
      count_to(separators_end(x));
      if (i == last) label_cell = cell;
      if (i > last && x.kind != token_kind::ignored) from_start.emplace_back(cell, &x);
    }
    count_to(line_end);
    line_layout out;
    out.cells = cell + 1;
    out.label_cell = out.cells - 1 - label_cell;
    out.markdown = !lt.grid && in_markdown_table(lt);
    for (const auto& [c, x] : from_start) {
      if (c == label_cell) {
        if (x->kind != token_kind::blank) out.words = true;  // more in the label's cell
        continue;
      }
      if (x->kind == token_kind::text) out.words = true;
      out.after.emplace_back(out.cells - 1 - c, x);
    }
    return out;
  }

  /// True when the line of token `t` (not cut into cells) opens with a row's running number
  /// (`scanning::drop_row_numbers`) before a word: a DataFrame's index, not a date's year. The
  /// index stands a few tokens before a row's label (its label columns: `7 NaN （三）不予公开
  /// 1.属于国家秘密`); a line's start further back is no such row's (and a text on one line,
  /// crawled, is not walked back once per row).
  [[nodiscard]] bool numbered_line(std::vector<token>::const_iterator t) const {
    auto b = t;
    for (int back = 0; b != scan_.tokens.begin() && std::prev(b)->line == t->line; --b)
      if (++back > 8) return false;
    if (b == t || b->kind != token_kind::ignored) return false;
    const std::string_view index = text_.substr(b->begin, b->end - b->begin);
    const std::string_view word = text_.substr(std::next(b)->begin, std::next(b)->end - std::next(b)->begin);
    return !index.empty() && index.find_first_not_of("0123456789") == std::string_view::npos &&
           !word.starts_with("年") && !word.starts_with("月") && !word.starts_with("日");
  }

  /// True when the text prints a table as a data tool does, its empty cells `NaN` on lines not
  /// cut into cells (three or more: `scan_result::tool_blanks`), as no report and no other tool
  /// prints one.
  [[nodiscard]] bool tool_table() const { return scan_.tool_blanks >= 3; }

  /// True when `x` is a data tool's `NaN` on a line not cut into cells (`scan`): a blank cell.
  [[nodiscard]] static bool tool_blank(const token& x) {
    return x.kind == token_kind::blank && !x.cells && !x.grid;
  }

  /// True when `x` is a cell's value: a number (read, too large, or doubtful) or a marker.
  [[nodiscard]] static bool holds_value(const token& x) {
    return x.kind == token_kind::number || x.kind == token_kind::marker || x.kind == token_kind::bad_number ||
           x.kind == token_kind::doubtful;
  }

  /// True when `x` is an empty cell (for the algorithms over a row's tokens).
  [[nodiscard]] static bool is_blank(const token* x) { return x->kind == token_kind::blank; }

  /// Where the columns of a table stand on its lines cut into cells, learned from its rows:
  /// from the lines' end, the cells of a row that fills every column (a number or a marker in
  /// each, nothing else after its label), the same in every such row. In a markdown table, only
  /// rows of its most common count of cells teach it, and only lines of that count are read by
  /// it. On other lines (HTML, tabs, bars between cells) a line is read by it when it has as
  /// many cells as a full row, or as many after its label: so anchored at both ends, it lost or
  /// gained no cell at one end that the other makes up for. A line anchored by its label only
  /// must hold a value in the first column: an empty cell beside the label may be one the label
  /// spans, and then the row lacks its last (`一、… | (empty) | (empty) | 705 | … | 0`, 总计 left out).
  struct alignment {
    bool known = false;
    bool markdown = false;
    std::size_t shape = 0;            ///< a markdown table's count of cells
    std::vector<std::size_t> cells;   ///< the columns' cells from the end, left to right
    std::vector<std::size_t> counts;  ///< other lines: the full rows' counts of cells
    std::vector<std::size_t> labels;  ///< and of cells from their label's to the end
    /// A markdown table's lines of its most common count of cells, two or more: the count of
    /// cells after their label's (`line_layout::label_cell`) when the same in each, else 0
    std::size_t shape_label_cell = 0;
    enum class anchor : std::uint8_t { none, both_ends, label };
    [[nodiscard]] anchor reads(const line_layout& x) const {
      if (!known || x.words || x.markdown != markdown) return anchor::none;
      if (markdown) return x.cells == shape ? anchor::both_ends : anchor::none;
      if (std::find(counts.begin(), counts.end(), x.cells) != counts.end()) return anchor::both_ends;
      return std::find(labels.begin(), labels.end(), x.label_cell) != labels.end() ? anchor::label : anchor::none;
    }
  };

  [[nodiscard]] const alignment& alignment_of(const row_target& t) {
    const std::uint8_t table = t.table;
    const std::size_t columns = t.columns;
    for (const auto& [ti, known] : alignments_)
      if (ti == table) return known;
    alignment a;
    std::vector<line_layout> lines;
    if (region_rows_ != nullptr && region_at_ != nullptr)
      for (std::size_t i = 0; i != region_rows_->size(); ++i)
        if ((*region_rows_)[i]->table == table && (*region_at_)[i].found())
          if (auto x = layout_of((*region_at_)[i])) lines.push_back(std::move(*x));
    // markdown or not as most of the table's lines are; a markdown table's most common count of
    // cells, held by half its lines or more
    const auto markdown_lines = static_cast<std::size_t>(
        std::count_if(lines.begin(), lines.end(), [](const line_layout& x) { return x.markdown; }));
    a.markdown = markdown_lines * 2 > lines.size();
    if (a.markdown) {
      std::size_t best_count = 0;
      for (const line_layout& x : lines) {
        const auto n = static_cast<std::size_t>(std::count_if(
            lines.begin(), lines.end(), [&](const line_layout& y) { return y.markdown && y.cells == x.cells; }));
        if (x.markdown && n > best_count) {
          a.shape = x.cells;
          best_count = n;
        }
      }
      if (best_count * 2 < lines.size()) {
        alignments_.emplace_back(table, std::move(a));
        return alignments_.back().second;
      }
      std::size_t shaped = 0;
      for (const line_layout& x : lines) {
        if (!x.markdown || x.cells != a.shape || x.words) continue;
        if (shaped++ == 0) a.shape_label_cell = x.label_cell;
        else if (x.label_cell != a.shape_label_cell) a.shape_label_cell = 0;
      }
      if (shaped < 2) a.shape_label_cell = 0;
    }
    for (const line_layout& x : lines) {
      if (x.markdown != a.markdown || (a.markdown && x.cells != a.shape) || x.words) continue;
      std::vector<std::size_t> full;
      for (const auto& [c, tok] : x.after)
        if (holds_value(*tok)) full.push_back(c);
      if (full.size() != columns) continue;
      std::sort(full.rbegin(), full.rend());  // from the end, left to right
      if (a.known && full != a.cells) {  // full rows that disagree: no alignment
        a.known = false;
        break;
      }
      a.known = true;
      a.cells = std::move(full);
      a.counts.push_back(x.cells);
      a.labels.push_back(x.label_cell);
    }
    if (!a.known && !lines.empty()) header_alignment(t, a);
    alignments_.emplace_back(table, std::move(a));
    return alignments_.back().second;
  }

  /// A table none of whose rows fills every column (each leaves a cell blank): its columns
  /// where its header's words name them (`header_words`), when each word stands in a cell of
  /// its own on a line cut into cells, all those lines of one count of cells (so a row's line
  /// of that count has its cells where the header's are: `| 三、本年度办理结果 | （一）予以公开 |  |
  /// 258 | 12 |  |  | 1 | 1 |  |` under `|  |  |  | 自然人 | 法人或其他组织 | … | 总计 |`), and the
  /// columns in their order from left to right. `a` is left alone otherwise.
  void header_alignment(const row_target& t, alignment& a) {
    const std::vector<const token*> words = header_words(t);
    if (words.empty()) return;
    std::vector<std::size_t> cells;
    std::size_t count = 0;
    for (const token* w : words) {
      const auto x = layout_after(static_cast<std::size_t>(w - scan_.tokens.data()));
      if (!x || x->markdown != a.markdown || (count != 0 && x->cells != count)) return;
      // the word alone in its cell (not `自然人 数`): nothing else before or after it there
      const std::vector<token>& tk = scan_.tokens;
      const std::size_t k = static_cast<std::size_t>(w - tk.data());
      if ((k != 0 && tk[k - 1].line == w->line && tk[k - 1].kind != token_kind::blank &&
           !separated(tk[k - 1].end, w->begin)) ||
          (k + 1 != tk.size() && tk[k + 1].line == w->line && tk[k + 1].kind != token_kind::blank &&
           !separated(w->end, tk[k + 1].begin)))
        return;
      count = x->cells;
      if (!cells.empty() && x->label_cell >= cells.back()) return;  // out of the columns' order
      cells.push_back(x->label_cell);
    }
    if (a.markdown && count != a.shape) return;
    a.known = true;
    a.cells = std::move(cells);
    a.counts = {count};
    a.labels.clear();
  }

  /// The row of label `l` read by its table's alignment: `values` becomes its cells, one token
  /// each (a blank where the cell is empty), when its line has the shape of the rows the
  /// alignment was learned from, every value after the label stands in a column's cell, at
  /// least one does, and nothing else stands after the label (true). Else `values` is left
  /// alone (false).
  bool aligned_cells(const row_target& t, const std::optional<line_layout>& x, std::vector<const token*>& values) {
    if (!x) return false;
    const alignment& a = alignment_of(t);
    if (!a.known) return false;
    const alignment::anchor anchored = a.reads(*x);
    if (anchored == alignment::anchor::none) return false;
    // a line that lost or gained a cell (`odd_cell_count`): its cells stand where the full
    // rows' do not, unless it lost cells before its label only
    if (!x->after.empty() && odd_cell_count(*x->after.front().second) && !lost_before_label(t, *x)) return false;
    std::vector<const token*> out(a.cells.size(), nullptr);
    for (const auto& [c, tok] : x->after) {
      const auto it = std::find(a.cells.begin(), a.cells.end(), c);
      if (it == a.cells.end()) {
        if (holds_value(*tok)) return false;  // a value outside the columns
        continue;
      }
      const token*& slot = out[static_cast<std::size_t>(it - a.cells.begin())];
      if (slot != nullptr) return false;  // two tokens in one cell
      slot = tok;
    }
    if (std::any_of(out.begin(), out.end(), [](const token* v) { return v == nullptr; })) return false;
    if (anchored == alignment::anchor::label && !holds_value(*out.front())) return false;
    // a line of empty cells says nothing of where its row's numbers went (a label torn from
    // them, or a blank row: `place_blank_rows` decides)
    if (std::none_of(out.begin(), out.end(), [](const token* v) { return holds_value(*v); })) return false;
    // an empty last cell after the bar that ends the line, and a line of values alone after it:
    // the row may go on there (a line wrapped: `规章 | 2 | 0 |` then ` 11`)
    if (out.back()->kind == token_kind::blank && after_closing_bar(*out.back()) && !in_markdown_table(*out.back()) &&
        values_line_after(*out.back()))
      return false;
    values = std::move(out);
    return true;
  }

  enum class ragged_kind : std::uint8_t { none, narrow, wide };

  /// Whether token `at`, a row's label, stands on the line of an HTML table's row that spans
  /// fewer columns than its table's other rows (narrow), or more with a cell before its label
  /// (wide) (`prepared_input::narrow_rows`, `wide_rows`: one whose first cell is its label may be a
  /// row whole among rows that lack the cells merged from above a page break).
  [[nodiscard]] ragged_kind ragged_row(const token& at) const {
    if ((narrow_rows_.empty() && wide_rows_.empty()) || !at.grid) return ragged_kind::none;
    const std::size_t start = line_start_at(at.begin);
    if (std::binary_search(narrow_rows_.begin(), narrow_rows_.end(), start)) return ragged_kind::narrow;
    return std::binary_search(wide_rows_.begin(), wide_rows_.end(), start) &&
                   text_.substr(start, at.begin - start).find('\t') != std::string_view::npos
               ? ragged_kind::wide
               : ragged_kind::none;
  }

  /// True when an empty cell of `cells` stands between two values.
  [[nodiscard]] static bool blank_between_values(std::span<const token* const> cells) {
    const auto value = [](const token* x) { return holds_value(*x); };
    const auto first = std::find_if(cells.begin(), cells.end(), value);
    const auto last = std::find_if(cells.rbegin(), cells.rend(), value).base();
    return first < last && std::any_of(first, last, is_blank);
  }

  /// True when the line after token `at`'s holds values only (numbers or markers, at least one).
  [[nodiscard]] bool values_line_after(const token& at) const {
    const auto& tk = scan_.tokens;
    std::size_t k = static_cast<std::size_t>(&at - tk.data()) + 1;
    while (k < tk.size() && tk[k].line == at.line) ++k;
    if (k == tk.size() || tk[k].line != at.line + 1) return false;
    bool any = false;
    for (; k < tk.size() && tk[k].line == at.line + 1; ++k) {
      if (holds_value(tk[k])) any = true;
      else if (tk[k].kind != token_kind::blank && tk[k].kind != token_kind::ignored) return false;
    }
    return any;
  }

  enum class line_cells : std::uint8_t { other, exact, blank, unknown };

  // Why a row's line says nothing sure of its cells (FMT.UNREADABLE_ROW's detail)
  static constexpr std::string_view why_odd_count =
      "a line with another count of cells than its table's: which cell was lost or gained, and which are the "
      "row's, is unknown";
  static constexpr std::string_view why_cell_too_many =
      "more cells than the row has, an empty one among its numbers (a separator written twice?): which is the "
      "cell too many is unknown";
  static constexpr std::string_view why_wrapped =
      "a line of numbers alone follows the row's line, which may go on there (wrapped): its empty cells may be no "
      "blanks";
  static constexpr std::string_view why_torn_lines =
      "the row's label is torn over lines of cells, and numbers stand on two of them, or after another row's "
      "words among them: which are the row's, and which another row's moved there, is unknown";
  static constexpr std::string_view why_ragged_row =
      "an HTML table row that spans another count of columns than the table's other rows, empty cells among its "
      "cells: which cell was lost or gained, and which are the row's, is unknown";
  static constexpr std::string_view why_two_in_cell =
      "two numbers in one cell of the page's table (a space or an invisible character amid a number's digits?): "
      "which columns they fill is unknown";
  std::string_view unknown_why_ = why_odd_count;  ///< why `label_line_cells` said `unknown`

  /// True when `piece`, a token found inside row `t`'s label in the stream, is no part of any of
  /// its wordings but holds a heading of chapter 三 or another row's label: the label was found
  /// round it (a heading merged down its group, `around_heading`; a close match), and a line
  /// that holds it may be another row's.
  [[nodiscard]] bool foreign_piece(const row_target& t, const token& piece, edition e) const {
    const std::string_view words = std::string_view(scan_.stream).substr(piece.stream, piece.stream_end - piece.stream);
    if (words.empty()) return false;
    for (const key_searcher& k : t.exact)
      if (k.key().find(words) != std::string::npos) return false;
    for (const key_searcher& h : marks_.s3_headings)
      if (words.find(h.key()) != std::string_view::npos) return true;
    for (const row_target& o : targets_of(e))
      if (&o != &t && o.exact.front().size() >= 6 && words.find(o.exact.front().key()) != std::string_view::npos)
        return true;
    return false;
  }

  /// The cells after a row's label on its line cut into cells (`buffer`), less copies of the
  /// label right after it (`label`, as in the stream: docling repeats a merged label) and the
  /// empty cell after a closing `|` at the end of the line: `exact` when they are `columns`
  /// cells, each a number, a marker or nothing (`out` gets them), once empty cells at one end
  /// are dropped as `drop_unmerged_cells` drops them; `blank` when they are empty, `columns` of
  /// them or more (counting the one a bar at the end of a line that does not open with a bar may
  /// stand before); `unknown` when which of them are the row's cannot be told (then its numbers
  /// alone are not its row either); else `other` (a word among them, two numbers in one cell,
  /// too few cells, empty cells at both ends).
  [[nodiscard]] line_cells label_line_cells(const std::vector<const token*>& buffer, std::string_view label,
                                            const row_target& t, std::vector<const token*>& out) {
    const std::size_t columns = t.columns;
    std::size_t b = 0, n = buffer.size();
    while (b != n && buffer[b]->kind == token_kind::text &&
           std::string_view(scan_.stream).substr(buffer[b]->stream, buffer[b]->stream_end - buffer[b]->stream) == label)
      ++b;
    const bool closed = n != b && buffer[n - 1]->kind == token_kind::blank && after_closing_bar(*buffer[n - 1]);
    if (closed) --n;
    line_excess_ = n - b > columns;
    // empty cells only: a blank row, whichever end the cells its label spans stand at; cells
    // joined by bars need one fewer when the bar at the end may stand before a last empty cell
    const bool open_end = closed && !in_markdown_table(*buffer[n]);
    // a line with another count of cells than its table's (`odd_cell_count`): which cell was
    // lost or gained is unknown, so no empty cell is a blank and none is dropped as the label's
    const auto odd = [&] { return n != b && odd_cell_count(*buffer[b]); };  // (asked only where it matters)
    // unless it lost cells before its label only (`lost_before_label`)
    const auto lost_before = [&] {
      const auto x = buffer[b] == scan_.tokens.data()
                         ? std::nullopt
                         : layout_after(static_cast<std::size_t>(buffer[b] - scan_.tokens.data()) - 1);
      return x && lost_before_label(t, *x);
    };
    if (std::all_of(buffer.begin() + static_cast<std::ptrdiff_t>(b), buffer.end(), is_blank))
      return n - b + (open_end ? 1 : 0) >= columns && (!odd() || lost_before()) ? line_cells::blank
                                                                                : line_cells::other;
    // one cell short but for the empty one a bar at the end opens, in a text whose lines of
    // cells end with no bar where their last cell holds something (`（一）予以公开 | 258 | 12 |  |  |
    // 1 | 1 | ` among `一、… | 821 | … | 859`): that empty cell is the row's last, a value right
    // after the label (an empty cell there may be one the label spans)
    const bool last_empty = open_end && n - b + 1 == columns && holds_value(*buffer[b]) && !bars_close_lines();
    if (last_empty) ++n;
    if (n - b < columns) return line_cells::other;
    // a line opened by a bar and not closed amid lines that close theirs, a line opened by a bar
    // after it: the line was wrapped at a bar, the row goes on there (`| （二）部分公开… | None | 3 |
    // None | … | None`, then `| None |`), and with an empty cell among its cells, which are the
    // row's is unknown
    if (std::any_of(buffer.begin() + static_cast<std::ptrdiff_t>(b), buffer.begin() + static_cast<std::ptrdiff_t>(n),
                    is_blank) &&
        wrapped_at_bar(*buffer[b])) {
      unknown_why_ = why_wrapped;
      return line_cells::unknown;
    }
    // a line that does not open with a bar may end in an empty cell, not a closing bar
    // (`三、本年度办理结果 | （一）予以公开 |  | 1288 | … | 3 | `): with an empty cell beside the label
    // too (the cells it spans), which end the row's numbers stand at is unknown (unless the
    // table's full rows say: `aligned_cells`). Not in a text whose every line of cells ends with
    // a bar, the lines whose last cell holds a value too: there the bar closes the line, and a
    // line of as many cells as the row has is the row's cells (`二、上年结转… | | | | | | | 0 |`)
    if (open_end && buffer[b]->kind == token_kind::blank && !bars_seen_closing_lines()) return line_cells::other;
    // and where some lines of the text end with no bar, a bar at the end opens an empty last
    // cell: with an empty cell between two values too, one of them may be a cell too many (a
    // separator doubled: `7.属于行政执法案卷 | 4 |  | 0 | 0 | 0 | 0 | 0 | `)
    if (open_end && !last_empty && blank_between_values(std::span(buffer).subspan(b, n - b)) && !bars_close_lines()) {
      unknown_why_ = why_cell_too_many;
      return line_cells::unknown;
    }
    for (std::size_t i = b; i != n; ++i) {
      const token& x = *buffer[i];
      if (!holds_value(x) && x.kind != token_kind::blank) return line_cells::other;
      // two values with no separator between them stand in one cell
      if (i != b && x.kind != token_kind::blank && buffer[i - 1]->kind != token_kind::blank &&
          !separated(buffer[i - 1]->end, x.begin))
        return line_cells::other;
    }
    // more cells than the row has: empty cells at one end only, beside the label (the cells it
    // spans) or after the values (a merged value, padding), are none of the row's
    if (n - b > columns) {
      if (odd()) return line_cells::other;
      auto from = unmerged_cells(std::span(buffer).subspan(b, n - b), columns);
      // with empty cells among the values too: in a markdown table whose every line holds as
      // many cells as its delimiter row (so none holds a separator written twice), empty cells
      // after the values are padding to the table's width (node-html-markdown drops a label's
      // span and pads the row at its end: `| 一、本年新收… | 26 |  | … |  | 26 |  |`)
      if (!from && holds_value(*buffer[b]) &&
          std::all_of(buffer.begin() + static_cast<std::ptrdiff_t>(b + columns), buffer.begin() + static_cast<std::ptrdiff_t>(n),
                      is_blank) &&
          counted_bar_block_of(*buffer[b]).as_wide)
        from = 0;
      if (!from) return line_cells::other;
      b += *from;
      n = b + columns;
    }
    // (an empty cell may be a cell the label spans, or padding after the row's:
    // `| 三、本年度办理结果 | （一）予以公开 |  | 1288 | 0 |…` with 21 lost, `| 政府集中采购 | 12251000 |  |` with 12
    // and 251000 run into one cell), unless the line lost cells before its label only: its first
    // cell after the label holds a value, and in the table's full rows the values end at the
    // line's end, as this row's cells do (a converter drops the empty cells a merged label left:
    // `| （一）予以公开 | 50 | 0 | 0 | 0 | 0 | 0 |  |`)
    // Without an empty cell, a markdown line that lost cells and still holds the row's: a table
    // whose merged cells are written into each cell they cover (`| 政府集中采购 | 251000 | 251000 |`
    // lost its 12, or ran it into the next cell)
    const bool blanks = std::any_of(buffer.begin() + static_cast<std::ptrdiff_t>(b),
                                    buffer.begin() + static_cast<std::ptrdiff_t>(n), is_blank);
    if ((blanks && odd()) || (!blanks && n != b && lost_cells_of_delimited_table(*buffer[b]))) {
      if (!lost_before()) {
        unknown_why_ = why_odd_count;
        return blanks ? line_cells::other : line_cells::unknown;
      }
    }
    // empty cells among them, and a line of values alone after it: the row may go on there
    // (wrapped), and which cells are its is unknown (a markdown table's line is a row of its own)
    if (blanks && !in_markdown_table(*buffer.back()) && values_line_after(*buffer.back())) {
      unknown_why_ = why_wrapped;
      return line_cells::unknown;
    }
    out.assign(buffer.begin() + static_cast<std::ptrdiff_t>(b), buffer.begin() + static_cast<std::ptrdiff_t>(n));
    return line_cells::exact;
  }

  /// A block of lines with bars (`in_markdown_table`), or of lines with tabs and no bar, as
  /// found once.
  struct bar_block {
    std::size_t begin = 0, end = 0;
    bool markdown = false;
    bool tabs = false;       ///< lines whose cells tabs part (no bar on them)
    std::size_t widest = 0;  ///< the most cell separators on one of its lines
    std::size_t width = 0;   ///< those of its delimiter row (`|---|:--|`), else `widest`; of lines of
                             ///< cells joined by bars or tabs, the count of all lines but one (else 0:
                             ///< unknown)
    bool counted = false;    ///< `widest`, `width` and `delimited` learned (`counted_bar_block_of`)
    bool delimited = false;  ///< `width` is a markdown delimiter row's
    bool as_wide = false;    ///< delimited, and every line holds as many cells as the delimiter row
    bool ruled = false;      ///< a table drawn in ASCII (`ruled_line`): no line of it is a delimiter row
  };

  /// True when the line that starts at `begin` is a rule of a table drawn in ASCII: bars,
  /// dashes, `=` and spaces, and a `+` where rules cross (links' and Lynx's `|-----+-----|`,
  /// reStructuredText's `+-----+=====+`). Such a table's rule under a spanned header cell
  /// (`|        |------------|`, under `申请人情况`) is no markdown delimiter row, though it looks one.
  [[nodiscard]] bool ruled_line(std::size_t begin) const {
    bool cross = false;
    for (std::size_t k = begin; k < text_.size() && text_[k] != '\n'; ++k) {
      const char c = text_[k];
      if (c == '+') cross = cross || (k > begin && (text_[k - 1] == '-' || text_[k - 1] == '=')) ||
                            (k + 1 < text_.size() && (text_[k + 1] == '-' || text_[k + 1] == '='));
      else if (c != '|' && c != '-' && c != '=' && c != ':' && c != ' ' && c != '\r') return false;
    }
    return cross;
  }

  /// True when the line that starts at `begin` is a markdown table's delimiter row: bars,
  /// dashes, colons and spaces only, a dash among them.
  [[nodiscard]] bool delimiter_row(std::size_t begin) const {
    bool dash = false;
    for (std::size_t k = begin; k < text_.size() && text_[k] != '\n'; ++k) {
      const char c = text_[k];
      if (c == '-') dash = true;
      else if (c != '|' && c != ':' && c != ' ' && c != '\r') return false;
    }
    return dash;
  }

  /// True when token `t` stands in a markdown table: of the lines around its own that hold a bar
  /// (`|`, `¦`, `｜`), every one starts and ends with a bar (after and before whitespace). Then a
  /// bar that ends a line closes its last cell; in lines of cells joined by bars (`a | b | c`,
  /// `a ¦ b ¦`), or opened by bars and not closed (AsciiDoc's `|a |b |c`, where a bar at the end
  /// opens an empty last cell), a bar at the end may as well stand before an empty last cell.
  /// Each block of such lines is looked at once.
  [[nodiscard]] bool in_markdown_table(const token& t) { return bar_block_of(t).markdown; }

  /// True when the line of token `t` holds another count of cells than its table: a markdown
  /// table's (its delimiter row's, `|---|---|`, else its widest line's), or that of the other
  /// lines of cells joined by bars, or by tabs, when they all hold as many. A cell of that line
  /// was lost or one too many written (a PDF→markdown converter's `| 一、本年新收… |  |  | 300153
  /// | 0 |…`, 3001 and 53 run into one cell), and where is unknown.
  [[nodiscard]] bool odd_cell_count(const token& t) { return cells_lost_or_gained(t) != 0; }

  /// True when `cells`, a row `t`'s line after its label (`layout()` lays it out), are a line
  /// that lost or gained a cell (`odd_cell_count`) with empty cells among them (those that begin
  /// after `after`), and not one that lost cells before its label only (`lost_before_label`):
  /// which cells are the row's is then unknown (`label_line_cells`), and its numbers alone are
  /// not its row.
  template <class Layout>
  [[nodiscard]] bool odd_line_with_blanks(const row_target& t, const std::vector<const token*>& cells,
                                          std::size_t after, Layout layout) {
    if (cells.empty() || std::none_of(cells.begin(), cells.end(), [&](const token* x) {
          return x->kind == token_kind::blank && x->begin > after;
        }))
      return false;
    if (!odd_cell_count(*cells.front())) return false;
    const std::optional<line_layout> x = layout();
    return !x || !lost_before_label(t, *x);
  }

  /// True when the line laid out as `x` (a row `t`'s, after its label) lost cells before the
  /// label only: fewer cells than its table, a value in the first cell after the label, and its
  /// last cell where the last value of the table's full rows (others than itself) stands (a
  /// converter drops the empty cells a merged label left: `| （一）予以公开 | 50 | 0 | 0 | 0 | 0 |
  /// 0 |  |`). Its cells, blanks included, are then where the full rows' are, counted from the end.
  [[nodiscard]] bool lost_before_label(const row_target& t, const line_layout& x) {
    if (x.after.empty() || cells_lost_or_gained(*x.after.front().second) >= 0) return false;
    const alignment& a = alignment_of(t);
    // a table drawn in ASCII (links' `|一、本年新收… |26 |  |…|26 |` among `|  |  |1.属于国家秘密 |0 |…`):
    // its lines of the common count hold as many cells after their labels as this one, one a
    // column, up to the bar that closes the line (so does a line of empty cells: a blank row)
    if (a.markdown && x.markdown && x.cells < a.shape && a.shape_label_cell == std::size_t{t.columns} + 1 &&
        x.label_cell == a.shape_label_cell)
      return true;
    if (!holds_value(*x.after.front().second) || !a.known || a.cells.empty()) return false;
    // full rows other than itself say so (a table of one row, this one, says nothing)
    const bool full = static_cast<std::size_t>(std::count_if(x.after.begin(), x.after.end(), [](const auto& c) {
                        return holds_value(*c.second);
                      })) == t.columns;
    if (a.labels.size() < (full ? 2U : 1U)) return false;
    // its last cell: the empty one after a markdown line's closing bar is none
    auto last = x.after.rbegin();
    if (x.markdown && last->second->kind == token_kind::blank && after_closing_bar(*last->second) && x.after.size() > 1)
      ++last;
    return last->first == a.cells.back();
  }

  /// True when the line of token `t` holds fewer cells than its markdown table's delimiter row
  /// (`|---|---|`) says: not a block of lines whose widest line is all that says how many.
  [[nodiscard]] bool lost_cells_of_delimited_table(const token& t) {
    return counted_bar_block_of(t).delimited && cells_lost_or_gained(t) < 0;
  }

  /// How many cells the line of token `t` holds more (> 0) or fewer (< 0) than its table, as
  /// `odd_cell_count` says; 0 when as many, when unknown, and for a line without separators.
  [[nodiscard]] std::ptrdiff_t cells_lost_or_gained(const token& t) {
    const bar_block& b = counted_bar_block_of(t);
    if (b.width == 0) return 0;
    const std::size_t bars = separators_on_line(line_start_at(t.begin), b.tabs);
    return bars == 0 ? 0 : static_cast<std::ptrdiff_t>(bars) - static_cast<std::ptrdiff_t>(b.width);
  }

  /// How many cell separators the line that starts at `begin` holds: bars (a tab amid them is
  /// another table's way), or tabs.
  [[nodiscard]] std::size_t separators_on_line(std::size_t begin, bool tabs) const {
    std::size_t n = 0;
    for (std::size_t k = begin; k < text_.size() && text_[k] != '\n'; ++k) {
      const auto c = static_cast<unsigned char>(text_[k]);  // (the bytes a separator starts with)
      if (tabs ? c == '\t' : (c == '|' || c == 0xC2 || c == 0xE2 || c == 0xEF) && scanning::separator_at(text_, k) != 0) ++n;
    }
    return n;
  }

  /// The block of lines with bars round token `t`'s line, its counts of cells learned.
  [[nodiscard]] const bar_block& counted_bar_block_of(const token& t) {
    bar_block& block = bar_block_of(t);
    if (block.counted) return block;
    block.counted = true;
    std::vector<std::size_t> counts;
    std::vector<bool> opened_by_separator;  // of the lines counted
    // a CSV record whose quoted cell holds line breaks (LibreOffice Calc's text: `"商业` / `企业"⇥…`, ⇥ a tab)
    // counts as one line, its separators those of all its lines
    std::size_t carried = 0;
    bool quoted = false;
    for (std::size_t b = block.begin, end; b < block.end; b = end + 1) {
      end = line_end_at(b);
      std::size_t bars = separators_on_line(b, block.tabs);
      if (block.tabs) {
        const auto quotes = std::count(text_.begin() + static_cast<std::ptrdiff_t>(b),
                                       text_.begin() + static_cast<std::ptrdiff_t>(end), '"');
        if (quotes % 2 != 0) quoted = !quoted;
        bars += std::exchange(carried, 0);
        if (quoted) {
          carried = bars;
          continue;
        }
      }
      const auto [first, e] = trimmed(b, end);
      // a delimiter row as wide as the header row above it (one that is not says nothing)
      if (block.markdown && !block.ruled && delimiter_row(b) && !counts.empty() && counts.back() == bars) {
        block.width = bars;
        block.delimited = true;
      }
      block.widest = std::max(block.widest, bars);
      // (a line of separators alone, a row's cells cut off onto a line of their own, says nothing
      // of the others)
      if (block.markdown || holds_more_than_separators(b, e)) {
        counts.push_back(bars);
        opened_by_separator.push_back(first < e && scanning::separator_at(text_, first) != 0);
      }
    }
    if (block.markdown && block.width == 0) block.width = block.widest;
    block.as_wide =
        block.delimited && std::all_of(counts.begin(), counts.end(), [&](std::size_t n) { return n == block.width; });
    // lines of cells joined by bars or tabs hold as many cells as their row (a label over
    // several columns one cell), unless a table's merges were undone: then every line holds as
    // many, and a line of another count, one at most among four or more, lost or gained a cell
    // (two lines after each other whose counts add up to that one, the second opened by the
    // separator, are a line wrapped at it: `… | 50 | 3` then ` | None`)
    if (!block.markdown && counts.size() >= 4) {  // (html2text's `---|---` is no width)
      std::vector<std::size_t> sorted = counts;
      std::sort(sorted.begin(), sorted.end());
      const std::size_t mode = sorted[sorted.size() / 2];
      std::size_t wrapped = 0;
      for (std::size_t k = 0; k + 1 < counts.size(); ++k)
        if (counts[k] < mode && counts[k + 1] < mode && counts[k] + counts[k + 1] == mode &&
            opened_by_separator[k + 1]) {
          wrapped += 2;
          ++k;
        }
      if (static_cast<std::size_t>(std::count(sorted.begin(), sorted.end(), mode)) + 1 + wrapped >= counts.size())
        block.width = mode;
    }
    return block;
  }

  /// text_[b, e) less the spaces and CRs at both ends.
  [[nodiscard]] std::pair<std::size_t, std::size_t> trimmed(std::size_t b, std::size_t e) const {
    while (b < e && (text_[b] == ' ' || text_[b] == '\r')) ++b;
    while (e > b && (text_[e - 1] == ' ' || text_[e - 1] == '\r')) --e;
    return {b, e};
  }

  /// True when a bar stands at text_[at]: a cell separator other than a tab (`|`, `¦`, `｜`, `│`).
  [[nodiscard]] bool bar_at(std::size_t at) const { return text_[at] != '\t' && scanning::separator_at(text_, at) != 0; }

  /// True when the line of token `t` opens with a bar and does not close with one, the next
  /// line opens with a bar, and the lines of its block all open with a bar and close with one,
  /// but for one in four at most: a line wrapped at one of its bars (`label_line_cells`).
  [[nodiscard]] bool wrapped_at_bar(const token& t) {
    const std::size_t line_end = line_end_at(t.begin);
    const auto [b, e] = trimmed(line_start_at(t.begin), line_end);
    if (b == e || !bar_at(b) || bar_ends_at(e, b) || line_end >= text_.size()) return false;
    const auto [nb, ne] = trimmed(line_end + 1, line_end_at(line_end + 1));
    if (nb == ne || !bar_at(nb)) return false;
    const bar_block& block = bar_block_of(t);
    std::size_t closed = 0, open = 0;
    for (std::size_t x = block.begin; x < block.end; x = line_end_at(x) + 1) {
      const auto [xb, xe] = trimmed(x, line_end_at(x));
      if (xb == xe) continue;
      if (!bar_at(xb)) return false;  // cells joined by bars, an empty one first on some lines
      ++(bar_ends_at(xe, xb) ? closed : open);
    }
    return closed >= 3 && open * 4 <= closed;
  }

  /// True when every line of the text that holds a bar (a separator other than a tab) and does
  /// not open with one ends with one (`a ¦ b ¦`: a bar at the end closes the line); false when
  /// one such line ends with a cell (`a | b | c`: then a bar at the end opens an empty cell).
  /// Learned once.
  [[nodiscard]] bool bars_close_lines() {
    if (bars_close_lines_ != 0) return bars_close_lines_ != 2;
    bool close = true, seen = false;
    for (std::size_t b = 0; b < text_.size() && close;) {
      const std::size_t end = line_end_at(b);
      const auto [first, e] = trimmed(b, end);
      if (first < e && !bar_at(first) && separators_on_line(b, false) != 0) {
        seen = true;
        if (!bar_ends_at(e, first)) close = false;
      }
      b = end + 1;
    }
    bars_close_lines_ = !close ? 2 : seen ? 3 : 1;
    return close;
  }

  /// `bars_close_lines`, and some line of cells that does not open with a bar ends with one (in a
  /// text whose lines all open with a bar, AsciiDoc's, a bar at the end opens an empty cell).
  [[nodiscard]] bool bars_seen_closing_lines() { return bars_close_lines() && bars_close_lines_ == 3; }

  /// True when text_[b, e) holds a character other than a space and a cell separator.
  [[nodiscard]] bool holds_more_than_separators(std::size_t b, std::size_t e) const {
    for (std::size_t k = b; k < e;) {
      if (text_[k] == ' ' || text_[k] == '\r') {
        ++k;
      } else if (const std::size_t n = scanning::separator_at(text_, k); n != 0) {
        k += n;
      } else {
        return true;
      }
    }
    return false;
  }

  /// The block of lines with bars round token `t`'s line, or of lines with tabs (and no bar)
  /// when its line holds no bar, found once.
  [[nodiscard]] bar_block& bar_block_of(const token& t) {
    for (bar_block& b : bar_blocks_)
      if (t.begin >= b.begin && t.begin < b.end) return b;
    auto has_bar = [&](std::size_t b, std::size_t e) {
      for (std::size_t k = b; k < e; ++k)
        if (bar_at(k)) return true;
      return false;
    };
    auto opens = [&](std::size_t line_begin, std::size_t line_end) {
      const auto [b, e] = trimmed(line_begin, line_end);
      return b != e && bar_at(b) && bar_ends_at(e, b);  // and closes: its last character a bar
    };
    // (an HTML table's rows, whose tabs the grid wrote, are not: spans make their counts differ,
    // and the grid knows a row that lost or gained a cell, `ragged_row`)
    auto has_tab_only = [&](std::size_t b, std::size_t e) {
      return b < e && text_[b] != grid_row_mark && text_.substr(b, e - b).find('\t') != std::string_view::npos &&
             !has_bar(b, e);
    };
    bar_block block{line_start_at(t.begin), line_end_at(t.begin), true};
    block.tabs = has_tab_only(block.begin, block.end);
    const auto belongs = [&](std::size_t b, std::size_t e) { return block.tabs ? has_tab_only(b, e) : has_bar(b, e); };
    block.markdown = !block.tabs && opens(block.begin, block.end);
    while (block.begin != 0) {  // the lines above
      const std::size_t b = line_start_at(block.begin - 1);
      if (!belongs(b, block.begin - 1)) break;
      block.markdown = block.markdown && opens(b, block.begin - 1);
      block.begin = b;
    }
    while (block.end < text_.size()) {  // and below
      const std::size_t e = line_end_at(block.end + 1);
      if (!belongs(block.end + 1, e)) break;
      block.markdown = block.markdown && opens(block.end + 1, e);
      block.end = e;
    }
    block.end = std::max(block.end, block.begin + 1);
    for (std::size_t b = block.begin; b < block.end && !block.ruled; b = line_end_at(b) + 1)
      block.ruled = ruled_line(b);
    // markdown tables one after another with no line between them: a delimiter row after the
    // block's second line or later starts another table at the line above it, its header (a
    // PDF→markdown converter that starts a table wherever a page's rule breaks: `| 1.信访… |`
    // over a delimiter of 8 cells, then `| 2.重复申请 | … |  |` over one of 9)
    if (block.markdown && !block.ruled) {
      const std::size_t own = line_start_at(t.begin);
      std::size_t header = block.begin;  // the line before the last delimiter row seen
      for (std::size_t b = line_end_at(block.begin) + 1; b < block.end; b = line_end_at(b) + 1) {
        if (!delimiter_row(b)) continue;
        const std::size_t above = line_start_at(b - 1);
        if (above == header || delimiter_row(above)) continue;
        if (above > own) {
          block.end = above - 1;
          break;
        }
        header = block.begin = above;
      }
    }
    bar_blocks_.push_back(block);
    return bar_blocks_.back();
  }

  /// True when the scanned text between `from` and `to` holds a cell separator.
  [[nodiscard]] bool separated(std::size_t from, std::size_t to) const {
    for (std::size_t k = from; k < to && k < text_.size(); ++k)
      if (scanning::separator_at(text_, k) != 0 || csv_comma(k)) return true;
    return false;
  }

  /// True when blank token `b` is the nothing after a bar (a cell separator other than a tab:
  /// `|`, `¦`, `｜`) that ends its line: such a bar closes the last cell (markdown's
  /// `| a | b |`, and `a ¦ b ¦` one row a line), so a line of cells joined by ` | ` whose last
  /// cell is empty cannot say so.
  [[nodiscard]] bool after_closing_bar(const token& b) const {
    const std::size_t at = b.begin;
    const std::size_t line_end = line_end_at(at);
    for (std::size_t k = at; k != line_end; ++k)
      if (text_[k] != ' ' && text_[k] != '\t' && text_[k] != '\r') return false;
    return bar_ends_at(at, 0);
  }

  /// True when blank token `b`, the first of its line, is the nothing before a bar that opens
  /// the line (`| 5 | …`, or indented as a text browser's table, `      | 5 | …`): only spaces
  /// stand before the bar (no tab).
  [[nodiscard]] bool opens_with_bar(const token& b) const {
    std::size_t k = line_start_at(b.begin);
    while (k < text_.size() && text_[k] == ' ') ++k;
    return k < text_.size() && bar_at(k);
  }

  /// True when a bar (a cell separator other than a tab: `|`, `¦`, `｜`, one to three bytes)
  /// ends right before `text_[e]`, starting at `from` or after.
  [[nodiscard]] bool bar_ends_at(std::size_t e, std::size_t from) const {
    for (std::size_t length = 1; length <= 3 && length <= e - from; ++length)
      if (scanning::separator_at(text_, e - length) == length) return text_[e - length] != '\t';
    return false;
  }

  /// True when the first token of the line that `at` begins, blanks aside, is a word.
  [[nodiscard]] bool opens_with_word(std::vector<token>::const_iterator at) const {
    const std::uint32_t line = at->line;
    for (; at != scan_.tokens.end() && at->line == line; ++at)
      if (at->kind != token_kind::blank && at->kind != token_kind::ignored) return at->kind == token_kind::text;
    return false;
  }

  /// How many numbers or markers stand before token `at` on its line, counted up to two: two
  /// are another row's cells, when `at` opens a row's label (one may be the row's running
  /// number, a DataFrame's index or a 序号 column).
  [[nodiscard]] int values_before_on_line(std::vector<token>::const_iterator at) const {
    const std::uint32_t line = at->line;
    int n = 0;
    while (at != scan_.tokens.begin() && (at - 1)->line == line && n != 2)
      if (holds_value(*--at)) ++n;
    return n;
  }

  /// True when every token on the line of token `i` is a blank.
  [[nodiscard]] bool blank_line(std::size_t i) const {
    const std::vector<token>& ts = scan_.tokens;
    const std::uint32_t line = ts[i].line;
    std::size_t b = i, e = i;
    while (b != 0 && ts[b - 1].line == line) --b;
    while (e != ts.size() && ts[e].line == line) ++e;
    return std::all_of(ts.begin() + static_cast<std::ptrdiff_t>(b), ts.begin() + static_cast<std::ptrdiff_t>(e),
                       [](const token& t) { return t.kind == token_kind::blank; });
  }

  /// True when every token of `values` is a number printed as the same digits.
  [[nodiscard]] bool same_number(std::span<const token* const> values) const {
    const auto digits = [this](const token* v) { return text_.substr(v->begin, v->end - v->begin); };
    return std::all_of(values.begin(), values.end(), [&](const token* v) {
      return v->kind == token_kind::number && digits(v) == digits(values.front());
    });
  }

  /// True when token `v` is a whole number written with a leading zero (`00`, `0454`, full
  /// width or not), which the scanner keeps as doubtful: two cells run together, or a
  /// crawler's row of digits.
  [[nodiscard]] bool leading_zero(const token& v) const {
    if (v.kind != token_kind::doubtful) return false;
    // its characters folded to ASCII (`utf8::fold`, as the scanner reads them): its first digit
    // and the character after it; and no decimal point anywhere
    char32_t first = 0, next = 0;
    for (std::size_t i = v.begin; i < v.end;) {
      const std::size_t len = utf8::sequence_length(text_, i);
      if (len == 0) return false;
      const char32_t c = utf8::fold(utf8::decode(text_, i, len));
      i += len;
      if (c == U'.') return false;
      if (first != 0 && next == 0) next = c;
      if (first == 0 && c >= U'0' && c <= U'9') first = c;
    }
    return first == U'0' && next >= U'0' && next <= U'9';
  }

  /// Why a row that holds a `token_kind::doubtful` is unread; empty when it holds none.
  [[nodiscard]] std::string doubtful_detail(std::span<const token* const> values) const {
    for (const token* v : values) {
      if (v->kind != token_kind::doubtful) continue;
      if (leading_zero(*v))
        return "a number written with a leading zero (`0454`) is two cells run together: which digits belong to "
               "which cell is unknown";
      const std::string_view digits = text_.substr(v->begin, v->end - v->begin);
      if (digits.find_first_of(".,") == std::string_view::npos)
        return "a bare number at a page break stands among the row's numbers, and may be the page's number: which "
               "are the row's numbers is unknown";
      return "a number cut in two by a line break or a cell's edge (`96171.` then `6`): which digits belong together "
             "is unknown";
    }
    return {};
  }

  /// FMT.NUMBER: digits beyond 64 bits, kept as text.
  void report_too_large(const token& v, source_pos p, std::string_view table_key, std::string_view row_key) {
    findings_.push_back({&rules::fmt_number, rules::fmt_number.severity, p,
                         std::string(utf8::prefix(text_.substr(v.begin, v.end - v.begin), 80)), {}, table_key,
                         row_key, {}, {}});
  }

  /// The cell a value token stands for, at its place in the source: a number, a marker, a
  /// blank, or text (a word in a cell, or digits beyond 64 bits).
  [[nodiscard]] cell cell_of(const token& v) {
    const cell x = v.kind == token_kind::number   ? cell{v.value}
                   : v.kind == token_kind::marker ? cell{v.mark}
                   : v.kind == token_kind::blank  ? cell{blank}
                                                  : cell::text();
    return x.at(where_.at(v.begin));
  }

  void set_cell(cell_sheet& r, const row_target& t, std::size_t column, const cell& value) {
    r.at(t, column) = value;
  }

  /// True when the stream range [lo, hi) holds every character of the result headers 结果维持,
  /// 结果纠正, 尚未审结: a header printed one character per line and interleaved across columns
  /// (flipbook PDF text) has no 尚未 left in one piece, and prose has not all of them.
  [[nodiscard]] bool header_in_pieces(std::size_t lo, std::size_t hi) const {
    const std::string_view window = std::string_view(scan_.stream).substr(lo, hi - lo);
    for (const std::string_view c : {"维", "持", "纠", "正", "尚", "未", "审"})
      if (window.find(c) == std::string_view::npos) return false;
    return true;
  }

  /// Chapter 四: one row of 15 numbers after the header 行政复议 … 总计.
  bool read_section4(cell_sheet& r, std::size_t from) {
    const std::size_t end = scan_.stream.size();
    const key_searcher& anchor = marks_.reconsideration;
    std::size_t at = std::string::npos;
    for (std::size_t p = find(anchor, from, end); p != std::string::npos; p = find(anchor, p + anchor.size(), end)) {
      const std::size_t lo = p > 600 ? p - 600 : 0, hi = std::min(end, p + 600);
      if (find(marks_.not_yet, lo, hi) != std::string::npos || header_in_pieces(lo, hi)) {
        at = p;
        break;
      }
    }
    using T = s4::table_t;
    const std::string_view table_key = T::key;
    const std::u32string header_chars = U"行政复议诉讼未经直接起后结果维持纠正其他尚审总计";
    auto header_word = [&](const token& t) {
      const std::string_view w = std::string_view(scan_.stream).substr(t.stream, t.stream_end - t.stream);
      for (std::size_t i = 0; i < w.size();) {
        const std::size_t n = utf8::sequence_length(w, i);
        if (n == 0) return false;
        if (header_chars.find(utf8::decode(w, i, n)) == std::u32string::npos) return false;
        i += n;
      }
      return true;
    };
    if (at == std::string::npos) {
      // the header lost but for words of its first line (a PDF→markdown converter's `行政复议行政诉讼`
      // under the heading): a line of 15 cells right after the heading and those words is the row
      if (const std::size_t h = find(marks_.chapter3_ends.front(), from, end); h != std::string::npos) {
        const auto& tk = scan_.tokens;
        std::size_t k = text_token_at(h);
        const std::uint32_t heading_line = k < tk.size() ? tk[k].line : 0;
        while (k < tk.size() && (tk[k].line == heading_line || (tk[k].kind == token_kind::text && header_word(tk[k]))))
          ++k;
        std::vector<const token*> row;
        if (k < tk.size() && tk[k].cells && !tk[k].grid && (tk[k].kind == token_kind::blank || holds_value(tk[k])) &&
            section4_line(tk.begin() + static_cast<std::ptrdiff_t>(k), row)) {
          for (std::size_t i = 0; i != 15; ++i) r.section4(i / 5, i % 5) = cell_of(*row[i]);
          return true;
        }
      }
      findings_.push_back({&rules::fmt_missing_table, rules::fmt_missing_table.severity, {}, {}, {}, table_key, {}, {},
                           "table section4 not found"});
      return false;
    }
    // from the token holding the header's first character, as a row from its label's: numbers
    // met at the same stream position before it (the last row of a table before it, when no
    // heading stands between: a page's tables taken out alone) belong to the row above
    const auto first = scan_.tokens.begin() + static_cast<std::ptrdiff_t>(text_token_at(at));
    std::vector<const token*> values;
    bool digits_in_text = false;
    // Pieces of the header among the numbers: pdftotext puts the wrapped ends of the header's
    // cells after a first group of five (`持 正 果 结 计`), or a column's name before its number
    // (`结果维持 / 3 / 结果纠正 / 0 …`, `… 1 0 / 总计 / 3`). Other pieces are a PDF's text in a
    // reading order that puts a column's header beside its cells (pdfminer's `1 1 0 0 / 结果维 /
    // 持 / 2 1 …`), where the numbers need not stand in the table's order: numbers after pieces
    // of the header go on a group of five, or after their own column's name.
    bool header_among_values = false;
    std::string header_run;  // the header's pieces since the last number
    // A group's name among the numbers stands before its own five, never after them (pdftotext's
    // flow text of a print whose header wraps put `… 未经复议 … 直接起诉` after ten numbers, then
    // 行政复议's five: `0 0 0 0 0 / 0 1 0 0 1 / … 直接起诉 / 1 0 0 1 2` for 1 0 0 1 2 | 0 0 0 0 0 |
    // 0 1 0 0 1); a later group's name may come early (`尚未审结 / 0 / 复议后起诉 / 总计 / 3`)
    const auto in_order = [&] {
      static constexpr std::string_view names[] = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
      static constexpr std::pair<std::size_t, std::string_view> groups[] = {
          {0, "行政复议"}, {1, "未经复议"}, {1, "直接起诉"}, {2, "复议后起诉"}};
      if (values.empty() || header_run.empty()) return true;
      for (const auto& [group, name] : groups)
        if (group < values.size() / 5 && header_run.find(name) != std::string::npos) return false;
      return values.size() % 5 == 0 || header_run.ends_with(names[values.size() % 5]);
    };
    std::uint32_t blank_line_no = 0;  // the line last asked `blank_line`, and its answer
    bool blank_line_all = false;
    // empty cells passed over after a number of their line; the last line with words of the header
    std::vector<const token*> blanks_after_value;
    std::size_t header_line_begin = std::string::npos;
    bool blank_among_values = false;
    for (auto it = first; it != scan_.tokens.end(); ++it) {
      const token& tk = *it;
      if (tk.kind == token_kind::text) {
        if (header_word(tk)) {
          header_run += std::string_view(scan_.stream).substr(tk.stream, tk.stream_end - tk.stream);
          header_line_begin = line_start_at(tk.begin);
          continue;
        }
        if (!values.empty()) break;
        const std::string_view w = std::string_view(scan_.stream).substr(tk.stream, tk.stream_end - tk.stream);
        const bool problems = marks_.problems.find(w, 0, w.size()) != std::string::npos;
        if (problems && w.find_first_of("0123456789") != std::string_view::npos) {
          digits_in_text = true;
          break;
        }
        if (problems) break;
        continue;
      }
      // a blank is a cell only in a table row of a page, once the numbers have begun, and not in
      // a row of blanks alone (Word's spacer row `<tr height=0>` under a table)
      if (tk.kind == token_kind::blank && tk.line != blank_line_no) {
        blank_line_no = tk.line;  // once per line: a row of a million empty cells costs a million
        blank_line_all = blank_line(static_cast<std::size_t>(it - scan_.tokens.begin()));
      }
      // the first cell of a line cut into cells (tabs, bars) that holds the row whole, 15 cells
      // of numbers, markers and empty ones: its empty cells are the row's blanks
      if (values.empty() && tk.cells && !tk.grid && (tk.kind == token_kind::blank || holds_value(tk)) &&
          !header_run.empty() && section4_line(it, values))
        break;
      if (tk.kind == token_kind::ignored ||
          (tk.kind == token_kind::blank && (!tk.grid || values.empty() || blank_line_all))) {
        if (tk.kind == token_kind::blank && !tk.grid && !values.empty() && values.back()->line == tk.line)
          blanks_after_value.push_back(&tk);
        continue;
      }
      // an empty cell between two numbers of a line cut into cells, under a word of the header
      // (not the rest of a cell merged over columns, as a spreadsheet's text leaves it, empty in
      // the header too): the row has blanks, and which columns its numbers stand in is unknown
      for (const token* b : blanks_after_value)
        if (b->line == tk.line && !values.empty() && values.back()->line == tk.line &&
            (header_line_begin == std::string::npos || !empty_cell_at(header_line_begin, cell_index(b->begin))))
          blank_among_values = true;
      blanks_after_value.clear();
      header_among_values = header_among_values || !in_order();
      header_run.clear();
      values.push_back(&tk);
      if (values.size() > 15) break;
    }
    const source_pos p = pos_of_stream(at);
    if (values.size() != 15 && !header_among_values && !digits_in_text && doubtful_detail(values).empty()) {
      if (const std::vector<cell> cells = section4_per_line(values); cells.size() == 15) {
        for (std::size_t i = 0; i != 15; ++i) r.section4(i / 5, i % 5) = cells[i];
        return true;
      }
      // a cell a paragraph, where chapter 三's rows were read so: the header's last word its label
      if (rows_as_paragraphs_ && !values.empty() && values.front() != scan_.tokens.data() &&
          (values.front() - 1)->kind == token_kind::text && header_word(*(values.front() - 1)) &&
          std::adjacent_find(values.begin(), values.end(), [](const token* a, const token* b) {
            return a->line == b->line;
          }) == values.end()) {
        const auto header_last = static_cast<std::size_t>(values.front() - 1 - scan_.tokens.data());
        const paragraph_row row{nullptr, values, header_last, true};
        if (const auto cells = paragraph_cells(row, 15); cells && cells->size() == 15) {
          for (std::size_t i = 0; i != 15; ++i) {
            const auto& [v, line_at] = (*cells)[i];
            r.section4(i / 5, i % 5) = v != nullptr ? cell_of(*v) : cell{blank}.at(where_.at(line_at));
          }
          return true;
        }
      }
    }
    if (values.size() != 15 && !header_among_values && read_section4_run_together(r, at, first)) return true;
    const std::string doubt = doubtful_detail(values);
    // one a line, in a text whose reading order was out of the tables' order before (chapter
    // 三's labels or numbers): numbers that do not add up may stand out of the table's order too
    // (pdftotext's `27 61 3 10 9 15 …` for `27 10 9 15 61 | 3 …`)
    const bool out_of_order = out_of_order_ && values.size() == 15 && doubt.empty() &&
                              values.front()->line != values.back()->line && !adds_up(values, split_shape{3, 5, true});
    if (values.size() != 15 || !doubt.empty() || header_among_values || out_of_order || blank_among_values) {
      std::string detail = digits_in_text        ? std::string("digits run together without separators")
                           : !doubt.empty()       ? doubt
                           : blank_among_values
                               ? std::string("empty cells stand among the numbers of a line: which columns the "
                                             "numbers are in is unknown")
                           : header_among_values ? std::string("words of the header stand among the numbers: "
                                                               "their order need not be the table's")
                           : out_of_order        ? std::string("one a line, in a text whose reading order is not the "
                                                               "tables' (chapter 三), and the totals do not add up: "
                                                               "the numbers need not stand in the table's order")
                                                 : "15 values expected, " + std::to_string(values.size()) + " found";
      findings_.push_back({&rules::fmt_unreadable_row, rules::fmt_unreadable_row.severity, p, "行政复议、行政诉讼", {},
                           table_key, {}, {}, std::move(detail)});
      return true;
    }
    for (std::size_t i = 0; i != 15; ++i) {
      const cell x = cell_of(*values[i]);
      if (values[i]->kind == token_kind::bad_number) report_too_large(*values[i], x.pos, table_key, {});
      r.section4(i / 5, i % 5) = x;
    }
    return true;
  }

  /// Which cell of its line text offset `at` stands in: the cell separators before it on the line.
  [[nodiscard]] std::size_t cell_index(std::size_t at) const {
    std::size_t n = 0;
    for (std::size_t k = line_start_at(at); k < at;) {
      const std::size_t len = scanning::separator_at(text_, k);
      n += len != 0 ? 1 : 0;
      k += len != 0 ? len : 1;
    }
    return n;
  }

  /// True when cell `index` of the line that starts at `begin` (cut by its separators) holds
  /// nothing but spaces, or the line has no such cell.
  [[nodiscard]] bool empty_cell_at(std::size_t begin, std::size_t index) const {
    std::size_t k = begin, cell = 0;
    const std::size_t end = line_end_at(begin);
    while (k < end && cell < index) {
      const std::size_t len = scanning::separator_at(text_, k);
      cell += len != 0 ? 1 : 0;
      k += len != 0 ? len : 1;
    }
    for (; k < end; ++k) {
      if (scanning::separator_at(text_, k) != 0) return true;
      if (text_[k] != ' ' && text_[k] != '\r') return false;
    }
    return true;
  }

  /// Chapter 四's row on the line of token `at`, a line cut into cells by tabs or bars that
  /// holds nothing but the row: its 15 cells, numbers, markers or empty (less the nothing after a
  /// bar that closes the line, and before one that opens it), into `values` (true). False, and
  /// `values` untouched, when the line holds anything else or another count of cells.
  [[nodiscard]] bool section4_line(std::vector<token>::const_iterator at, std::vector<const token*>& values) {
    const auto& tk = scan_.tokens;
    const std::uint32_t line = at->line;
    auto b = at;
    while (b != tk.begin() && (b - 1)->line == line) --b;
    if (b != at && std::any_of(b, at, [](const token& t) { return t.kind != token_kind::blank && t.kind != token_kind::ignored; }))
      return false;  // the line holds more before it than empty cells
    std::vector<const token*> out;
    for (auto it = b; it != tk.end() && it->line == line; ++it) {
      if (it->kind == token_kind::ignored) continue;
      if (it->kind != token_kind::blank && !holds_value(*it)) return false;
      if (it->kind == token_kind::number || it->kind == token_kind::marker || it->kind == token_kind::blank)
        out.push_back(&*it);
      else
        return false;  // a doubtful number, one too large, digits run together: the usual way
    }
    // the nothing before a line's opening bar and after its closing one is no cell (a bar at the
    // end of a line not opened by one closes it only where every such line ends with one)
    const bool opened = !out.empty() && out.front()->kind == token_kind::blank && opens_with_bar(*out.front());
    if (opened) out.erase(out.begin());
    if (!out.empty() && out.back()->kind == token_kind::blank && after_closing_bar(*out.back()) &&
        (opened || bars_close_lines()))
      out.pop_back();
    if (out.size() != 15 || std::none_of(out.begin(), out.end(), [](const token* v) { return holds_value(*v); }))
      return false;
    // an empty first cell where rows' padding was moved to their start may be padding
    if (padding_moved_ && out.front()->kind == token_kind::blank) return false;
    values = std::move(out);
    return true;
  }

  /// Chapter 四's row a cell a line, in a text whose rows have their blank cells as empty lines
  /// (`prepared_input::empty_lines_are_cells`, or chapter 二's or 三's rows read so): its numbers
  /// (`values`, each alone on its line) and, as blanks, the empty lines between the header's last
  /// word and the first number, between two numbers, and after the last (where rows have blank
  /// cells there too): its 15 cells when they are 15, else empty. Where chapter 三's rows were
  /// read with their blanks another way (runs of spaces opening their lines, cells joined by one
  /// separator or a blank a space of its own, lines of spaces), its line or lines the same way.
  [[nodiscard]] std::vector<cell> section4_per_line(const std::vector<const token*>& values) {
    const std::vector<token>& tk = scan_.tokens;
    const auto cells_of_found = [&](const std::vector<std::pair<const token*, std::size_t>>& found) {
      std::vector<cell> cells;
      for (const auto& [v, at] : found) cells.push_back(v != nullptr ? cell_of(*v) : cell{blank}.at(where_.at(at)));
      return cells;
    };
    // a cell a line, blanks as runs of spaces opening the lines, of the width chapter 三's had
    // (`indented_cells`), the header's last word the row's label
    if (indent_width_ != 0 && !values.empty() && values.front() != tk.data())
      if (const auto found = indented_cells(*(values.front() - 1), values, 15, indent_width_))
        return cells_of_found(found->second);
    // or, where chapter 三's rows were a line each, their cells joined by one separator each
    // (`joined_cells`), its 15 cells a line of their own so, a blank the empty string between two
    // separators (`5   2 7 8   1 9     `: 5, two blanks, 2, …, five blanks at the end)
    if (joined_read_ && !joined_by_.empty() && !values.empty() && values.front()->line == values.back()->line)
      if (const auto found = cells_joined_by(values, line_start_at(values.front()->begin), joined_by_, 15);
          found && found->size() == 15)
        return cells_of_found(*found);
    // or, where chapter 三's rows were a line each, a blank a space of its own
    // (`joined_space_blanks`), its 15 cells a line of their own
    if (joined_space_read_ && !values.empty() && values.front()->line == values.back()->line)
      if (const auto found = joined_space_blanks(values, line_start_at(values.front()->begin), 15, true))
        return cells_of_found(*found);
    // a cell a line, blanks as lines of spaces (BeautifulSoup's `get_text("\n")` of `&nbsp;`
    // cells), where chapter 三's rows were read so: every line from the header's last word to
    // the next word after the last number a number alone, empty, or spaces alone (a blank)
    if (space_lines_blank_ && !values.empty() && values.front() != tk.data()) {
      const auto first = static_cast<std::size_t>(values.front() - tk.data());
      const auto last = static_cast<std::size_t>(values.back() - tk.data());
      if (last + 1 < tk.size() && last - first + 1 == values.size()) {
        std::vector<std::pair<const token*, std::size_t>> found;
        const token* before = &tk[first - 1];
        bool whole = true;
        for (std::size_t k = 0; k <= values.size() && whole; ++k) {
          const token& next = k < values.size() ? *values[k] : tk[last + 1];
          // (each line between empty or of spaces, nothing else; a number alone on its line)
          const auto between = gap_lines(*before, next);
          whole = between && (k == values.size() ||
                              (line_start_at(next.begin) == next.begin && line_end_at(next.begin) == next.end));
          if (between)
            for (const auto& [spaces, at] : *between)
              if (spaces) found.push_back({nullptr, at});
          if (k < values.size()) found.push_back({values[k], values[k]->begin});
          before = &next;
        }
        if (whole && found.size() == 15) return cells_of_found(found);
      }
    }
    if (values.empty() || !(empty_lines_are_cells_ || empty_lines_blank_)) return {};
    const auto first = static_cast<std::size_t>(values.front() - tk.data());
    const auto last = static_cast<std::size_t>(values.back() - tk.data());
    // each number alone on its line, nothing but numbers between the first and the last
    for (std::size_t i = first; i <= last; ++i)
      if (tk[i].kind != token_kind::ignored && !holds_value(tk[i])) return {};
    for (std::size_t k = 1; k < values.size(); ++k)
      if (values[k]->line == values[k - 1]->line) return {};
    if (first == 0 || tk[first - 1].line == values.front()->line) return {};
    if (last + 1 < tk.size() && tk[last + 1].line == values.back()->line) return {};
    std::vector<cell> cells;
    // the blanks of the empty lines after offset `from`, `n` of them, each where its line starts
    const auto blanks = [&](std::size_t from, std::uint32_t n) {
      for (std::uint32_t k = 0; k != n && cells.size() <= 15; ++k) {
        from = line_end_at(from) + 1;
        cells.push_back(cell{blank}.at(where_.at(from)));
      }
    };
    blanks(tk[first - 1].end, values.front()->line - tk[first - 1].line - 1);
    for (std::size_t k = 0; k != values.size(); ++k) {
      if (k != 0) blanks(values[k - 1]->end, values[k]->line - values[k - 1]->line - 1);
      cells.push_back(cell_of(*values[k]));
    }
    if ((empty_lines_are_cells_ || trailing_empty_lines_blank_) && last + 1 < tk.size())
      blanks(values.back()->end, tk[last + 1].line - values.back()->line - 1);
    if (cells.size() != 15) return {};
    return cells;
  }

  /// Chapter 四 from crawler text: the 15 numbers run together after the header's last 总计
  /// (`…尚未审结总计10203120001200000五、…`), split by group (S4.TOTAL). False when the numbers
  /// do not stand that way.
  bool read_section4_run_together(cell_sheet& r, std::size_t at, std::vector<token>::const_iterator first) {
    const std::string_view stream = scan_.stream;
    const std::size_t limit = std::min(stream.size(), at + 2400);
    // where the numbers begin: the first digit of the stream, or the first number token
    std::size_t s1 = stream.find_first_of("0123456789", at);
    for (auto it = first; it != scan_.tokens.end() && it->stream < std::min(s1, limit); ++it)
      if (it->kind == token_kind::number || leading_zero(*it)) {
        s1 = it->stream;
        break;
      }
    if (s1 == std::string::npos || s1 >= limit) return false;
    static constexpr std::string_view header_end = "总计";
    // digits of a sentence between the heading and the header (`2024年，没有政府信息公开行政复议
    // 及行政诉讼情况。行政复议行政诉讼结果维持…总计000…`) are no cells: the row's digits are those
    // right after the header's last 总计
    if (s1 < at + header_end.size() || stream.substr(s1 - header_end.size(), header_end.size()) != header_end) {
      std::size_t h = stream.find(header_end, s1);
      while (h != std::string_view::npos && h + header_end.size() < limit &&
             !(stream[h + header_end.size()] >= '0' && stream[h + header_end.size()] <= '9'))
        h = stream.find(header_end, h + 1);
      if (h == std::string_view::npos || h + header_end.size() >= limit ||
          stream.substr(s1, h - s1).find_first_not_of("0123456789") == std::string_view::npos)
        return false;
      s1 = h + header_end.size();
    }
    std::size_t s2 = s1;
    while (s2 < stream.size() && stream[s2] >= '0' && stream[s2] <= '9') ++s2;
    const auto run = digits_between(text_after_stream(s1), offset_of_stream(s2));
    if (!run) return false;
    const split_outcome o = split_run(*run, split_shape{3, 5, true}, &rules::s4_total, pos_of_stream(at),
                                      "行政复议、行政诉讼", s4::table_t::key, {},
                                      [&](std::size_t k, const cell& value) { r.section4(k / 5, k % 5) = value; });
    return o != split_outcome::not_run_together;
  }

  const landmarks& marks_ = landmarks_once();
  std::string_view text_;
  scan_result scan_;
  locator where_;
  parse_options options_;
  std::span<const std::uint32_t> narrow_rows_, wide_rows_;  ///< `prepared_input::narrow_rows`, `wide_rows`
  bool empty_lines_are_cells_ = false;                      ///< `prepared_input::empty_lines_are_cells`
  bool padding_moved_ = false;                ///< `prepared_input::padding_moved`
  bool traditional_ = false;  ///< `prepared_input::traditional`
  bool empty_lines_blank_ = false;           ///< a region's rows had their blank cells as empty lines, one each
  bool space_lines_blank_ = false;           ///< a region's rows had them as lines of spaces, one each
  bool rows_as_paragraphs_ = false;             ///< a region's rows were read a cell a paragraph
  bool trailing_empty_lines_blank_ = false;  ///< and after their last number too
  std::vector<source_finding> findings_;
  std::vector<const token*> row_values_, row_line_, row_exact_;  ///< read_row's buffers
  std::int32_t year_ = 0;
  std::string agency_;
  std::optional<period_year> period_;  ///< `reporting_period`, once looked for
  std::uint8_t one_cell_per_line_ = 0;  ///< 0: not known yet, 1: yes, 2: no
  std::uint8_t unwrapped_text_ = 0;     ///< `unwrapped_text`: 0 not known yet, 1 yes, 2 no
  /// blocks of lines that hold a bar, [begin, end) of the text, as `bar_block_of` found them
  std::vector<bar_block> bar_blocks_;
  std::uint8_t bars_close_lines_ = 0;  ///< `bars_close_lines`: 0 not learned yet, 1 yes, 2 no, 3 yes and seen
  /// the rows of the region being read and where their labels stand, for `alignment_of`
  const std::vector<const row_target*>* region_rows_ = nullptr;
  const std::vector<located>* region_at_ = nullptr;
  std::size_t region_end_ = 0;           ///< where the region's rows end (a heading, or the region's end)
  chapter region_chapter_ = chapter::two;
  std::vector<std::pair<std::uint8_t, alignment>> alignments_;  ///< of the region's tables, learned once
  bool line_excess_ = false;  ///< `read_row`: more cells after the label on its line than the row has
  std::vector<std::pair<const row_target*, source_pos>> blank_rows_;  ///< of the region being read
  /// one cell per line: rows read after a row with no numbers, kept when the blank rows are sure
  std::vector<std::pair<const row_target*, source_pos>> provisional_rows_;
  /// rows of the chapter read whole from several lines after their label's (one cell per line)
  struct row_over_lines {
    const row_target* target;
    source_pos pos;
    bool adds_up;  ///< its totals are the sums of their parts
    bool shifted;  ///< after a row holding the next row's numbers too, no row short of numbers between
    std::size_t values_end;  ///< the stream offset where its last number ends
  };
  std::vector<row_over_lines> rows_over_lines_;
  /// a row of the chapter read: how many numbers it had (npos: digits in its text), and whether it
  /// is its table's last row found, with text after its own
  struct read_count {
    const row_target* target;
    std::size_t numbers;
    bool last_in_table;
  };
  std::vector<read_count> read_counts_;  ///< the rows of the region read, in turn (the last: `after_empty`)
  bool surplus_row_ = false;  ///< a row of the chapter had more numbers after its label than cells
  bool header_cut_ = false;  ///< chapter 三's header names no 总计 (`header_lacks_total`)
  bool out_of_order_ = false;  ///< a chapter's numbers or labels stood out of the table's order
  bool shifted_ = false;       ///< the rows read now may hold the next row's numbers (`row_over_lines::shifted`)
  bool moved_up_ = false;      ///< a row of the chapter held the next row's numbers (`shifted_` was set)
  bool previous_short_ = false;  ///< the row read last had fewer numbers than cells
  /// a row's numbers on lines of their own right before the chapter's first label: their tokens' [begin, end)
  std::pair<std::size_t, std::size_t> numbers_before_;
  /// one cell per line: the rows after a row with no numbers that were short of numbers
  std::vector<const row_target*> short_after_empty_;
  /// one cell per line, a row short of numbers with lines of spaces that make up its cells: each
  /// cell a number, or a blank (nullptr) at the line's offset
  struct spaced_row {
    const row_target* target;
    std::vector<std::pair<const token*, std::size_t>> cells;
    bool trailing = false;  ///< some of its blank cells are empty lines after its last number
    bool empty_after = false;  ///< none is, and empty lines stand after its last number
  };
  std::vector<spaced_row> spaced_rows_;
  std::vector<spaced_row> empty_line_rows_;  ///< rows whose empty lines between numbers are their blank cells
  std::vector<spaced_row> line_cell_rows_;   ///< rows whose lines are their cells, where every empty line is one
  std::size_t rows_padded_by_one_ = 0;      ///< such rows with one line too many, the last empty
  std::vector<spaced_row> joined_rows_;      ///< rows whose line joins their cells by one separator each
  std::vector<spaced_row> joined_space_rows_;  ///< the same, a blank cell a space of its own
  bool joined_space_read_ = false;             ///< rows were read so
  bool joined_read_ = false;                   ///< rows short of numbers were read from `joined_rows_`
  struct indented_row {
    const row_target* target;
    std::vector<std::pair<const token*, std::size_t>> cells;
    std::size_t width;  ///< of a blank cell's run of spaces
  };
  std::vector<indented_row> indented_rows_;  ///< rows whose runs of spaces opening their lines are their blank cells
  std::size_t indent_width_ = 0;             ///< the width of a blank cell's spaces where rows were read so
  std::vector<paragraph_row> paragraph_rows_;  ///< rows short of numbers, perhaps a cell a paragraph
  std::vector<period_row> period_rows_;        ///< rows short of numbers, perhaps a cell every few lines
  std::uint32_t cell_period_ = 0;              ///< lines from a cell to the next, in rows read whole
  std::uint32_t row_end_lines_ = 0;            ///< lines from a row's last cell to the next row's label
  bool row_end_mixed_ = false;                 ///< rows read whole end otherwise
  std::size_t cell_period_votes_ = 0;          ///< rows read whole so
  bool cell_period_mixed_ = false;             ///< a row read whole from lines otherwise
  std::size_t full_rows_paragraphs_ = 0;       ///< rows read whole a number a paragraph
  std::size_t full_rows_not_paragraphs_ = 0;   ///< rows read whole from lines after their label's otherwise
  std::vector<bool> paragraph_end_;            ///< the lines after the first's last number (spaces or not)
  bool paragraph_end_seen_ = false, paragraph_end_known_ = false;  ///< all such rows end the same
  std::size_t full_rows_joined_ = 0;         ///< rows read whole from their label's line, one separator each
  std::size_t full_rows_not_joined_ = 0;     ///< rows read whole from their label's line otherwise
  std::string_view joined_by_;               ///< the separator of the first such row
  /// A row of chapter 三 one number short, its numbers counts in the order printed
  /// (`place_by_column_sums`).
  struct short_row {
    const row_target* target;
    std::vector<const token*> values;
    source_pos label_pos;
    bool cut;  ///< its numbers are cells of a text cut into cells (`|`, tabs)
  };
  std::vector<short_row> short_rows_;
  /// A row of chapter 三 whose run-together digits split several ways that add up
  /// (`place_by_column_readings`): each way's cells, numbers not marked inferred.
  struct ambiguous_row {
    const row_target* target;
    std::vector<std::vector<cell>> readings;
    source_pos label_pos;
    std::string raw;
  };
  std::vector<ambiguous_row> ambiguous_rows_;
  /// a text laid out with spaces: rows read whole from one line, and rows short of numbers there
  struct laid_row {
    const row_target* target;
    std::size_t first, count;  ///< its numbers: laid_values_[first, first + count)
  };
  std::vector<laid_row> laid_full_, laid_short_;
  std::vector<const token*> laid_values_;
  std::vector<std::size_t> first_labels_;  ///< by table: where its first label found starts in the stream
  void laid(std::vector<laid_row>& rows, const row_target& t, const std::vector<const token*>& values) {
    rows.push_back({&t, laid_values_.size(), values.size()});
    laid_values_.insert(laid_values_.end(), values.begin(), values.end());
  }
  std::size_t full_rows_per_line_ = 0;          ///< rows read whole from lines after their label's
  std::size_t full_rows_with_space_lines_ = 0;  ///< of those, rows with a line of spaces between numbers
  std::size_t full_rows_with_empty_lines_ = 0;  ///< of those, rows with an empty line between numbers
  std::size_t full_rows_with_trailing_space_lines_ = 0;  ///< of those, rows with a line of spaces after their last
  std::size_t full_rows_with_trailing_empty_lines_ = 0;  ///< of those, rows with an empty line after their last
  std::size_t full_rows_indented_ = 0;  ///< of those, rows with a line of theirs, or the one after, opening with a space
  /// tokens that belong to a row: placed in it, or the numbers of a row short of numbers
  std::vector<bool> consumed_ = std::vector<bool>(scan_.tokens.size());
};

}  // namespace xxgk::detail

#endif
