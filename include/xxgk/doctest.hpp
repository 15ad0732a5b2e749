#ifndef XXGK_DOCTEST_HPP
#define XXGK_DOCTEST_HPP

// Unit tests of report data with doctest (optional, like json.hpp: needs doctest ≥ 2.4 and,
// header-only, nlohmann/json, which check.hpp needs; with `xxgk::compiled` only doctest).
//
//   #include <xxgk/doctest.hpp>
//
//   TEST_CASE("our 2024 report adds up") {
//     const auto report = xxgk::testing::load("reports/2024.txt");  // INPUT.* fails the test
//     XXGK_CHECK_VALID(report);                                  // one failure per error finding
//     XXGK_CHECK_CELL(report, xxgk::s3::granted, xxgk::s3::total, 31);
//     XXGK_CHECK_ACROSS_YEARS(report, xxgk::testing::load("reports/2023.txt"));  // X.CARRY, ...
//   }
//
// - XXGK_CHECK_VALID(x[, options[, rules...]]) and XXGK_REQUIRE_VALID: `x` is a typed
//   `report<E>`, an `any_report`, a `parsed_report`, a `result<parsed_report>`, a
//   `checked_report`, a `result<checked_report>` or a `testing::report_file`. Passes when no
//   finding reaches `options.fail_on` (error by default); otherwise one doctest failure per such
//   finding, in source order, each with the rule id, the cell by its official label and its JSON
//   path, expected and actual, `FILE:LINE:COL` when the report was read from text, and the
//   EXPLAIN.CELL note that names the likely wrong number. REQUIRE stops the test after them.
//   `rules...` are the caller's own `xxgk::Rule`s, checked beside the built-in ones.
// - XXGK_CHECK_CELL(x, row, column, value) and XXGK_REQUIRE_CELL: the cell as published
//   (number, blank, marker, text or absent, and where it was read) against `value` (a count, a
//   `decimal`, `xxgk::amount("7730.28")`, `xxgk::blank`, a `marker` or a `cell`).
// - XXGK_CHECK_ACROSS_YEARS(current, previous[, options]) and XXGK_REQUIRE_ACROSS_YEARS: X.CARRY
//   (one failure per column), X.IN_FORCE and X.SERIES (two reports that are no series fail:
//   nothing could be compared).
// - `xxgk::testing::load(path)`: `check_file`, and a failed test, never a crash, when the file
//   cannot be read (the INPUT.* message).
// - doctest::StringMaker for cell, decimal, cell_ref, finding, source_finding, diagnostic, error,
//   report<E> and any_report (<xxgk/doctest_printers.hpp>, included): a plain `CHECK(a == b)`
//   prints them readably.
//
// With DOCTEST_CONFIG_DISABLE the macros compile to nothing.

#include <xxgk/any_report.hpp>
#include <xxgk/check.hpp>
#include <xxgk/doctest_printers.hpp>
#include <xxgk/diagnostic.hpp>
#include <xxgk/explain.hpp>
#include <xxgk/finding.hpp>
#include <xxgk/parsed_report.hpp>
#include <xxgk/prose.hpp>
#include <xxgk/report.hpp>
#include <xxgk/result.hpp>
#include <xxgk/rule.hpp>
#include <xxgk/text_writer.hpp>
#include <xxgk/validate.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace xxgk::testing {

/// What XXGK_CHECK_VALID and XXGK_CHECK_ACROSS_YEARS check, beyond their defaults.
struct valid_options {
  /// What a blank or marker cell means in identities (CELL.BLANK).
  blank_policy blanks = blank_policy::count_as_zero;
  /// The least severity that fails the check: `error` (the default), `warning` (FMT.*
  /// warnings too: a missing row, an unreadable one) or `note` (every finding; EXPLAIN.CELL
  /// suggestions never fail on their own).
  severity fail_on = severity::error;
  /// The language of the failure messages: zh names cells by their official labels, en by keys.
  language lang = language::zh;
};

/// A report file read for a test by `load`: its path, and what `check_file` made of it (the
/// report and every diagnostic, or the INPUT.* error when nothing usable was read).
class report_file {
 public:
  report_file(std::string file_path, result<checked_report> file_checked)
      : path_(std::move(file_path)), checked_(std::move(file_checked)) {}

  /// True when the file was read.
  [[nodiscard]] bool has_value() const noexcept { return checked_.has_value(); }
  explicit operator bool() const noexcept { return has_value(); }
  [[nodiscard]] const std::string& path() const noexcept { return path_; }
  /// What `check_file` returned.
  [[nodiscard]] const result<checked_report>& checked() const noexcept { return checked_; }
  /// The report read; a report with no cell when the file could not be read.
  [[nodiscard]] const any_report& report() const noexcept {
    static const any_report nothing{};
    return has_value() ? checked_->report : nothing;
  }

 private:
  std::string path_;
  result<checked_report> checked_;
};

namespace detail {

/// What a check found: a message per failure (empty when it passed).
struct outcome {
  std::vector<std::string> failures;
};

inline void append(std::vector<diagnostic>& to, std::vector<diagnostic>&& more) {
  for (diagnostic& d : more) to.push_back(std::move(d));
}

/// The findings of the caller's rule `rule` on `typed`, if it applies to its edition.
template <Edition E, class R>
void add_rule(std::vector<diagnostic>& out, const report<E>& typed, const options& o, const R& rule) {
  if constexpr (Rule<R, report<E>>) {
    finding_list<R::max_findings> found;
    rule.check(typed, found, o);
    append(out, describe(typed, std::span<const finding>(found.begin(), found.size())));
  }
}

/// The identities of a typed report (validate, and EXPLAIN.CELL notes), then each of the
/// caller's rules that applies to its edition.
template <Edition E, class... Rules>
void add_identities(std::vector<diagnostic>& out, const report<E>& typed, blank_policy blanks,
                    const Rules&... rules) {
  const options o{blanks};
  const auto findings = validate(typed, o);
  append(out, describe(typed, findings));
  append(out, describe(typed, explain(typed, findings, o)));
  (add_rule(out, typed, o, rules), ...);
}

/// As above, for a report of either edition. Without rules of the caller's, through `check`,
/// which `xxgk::compiled` compiles once: a test file then instantiates no check of its own.
template <class... Rules>
void add_identities(std::vector<diagnostic>& out, const any_report& any, blank_policy blanks,
                    const Rules&... rules) {
  static_assert(((Rule<Rules, report_2019> || Rule<Rules, report_2021>) && ...),
                "XXGK_CHECK_VALID: each extra argument after the options must be an xxgk::Rule of some edition");
  if constexpr (sizeof...(Rules) == 0) {
    check_options o;
    o.validation.blanks = blanks;
    append(out, check(any, o));
  } else {
    any.visit([&](const auto& typed) { add_identities(out, typed, blanks, rules...); });
  }
}

/// The built-in checks of a report in memory (S*, CELL.*, EXPLAIN.CELL): replaced when a
/// checked report is checked again under another blank policy.
[[nodiscard]] inline bool is_identity(const diagnostic& d) noexcept {
  const std::string_view id = d.rule;
  return id.starts_with("S3.") || id.starts_with("S4.") || id.starts_with("CELL.") || id == rules::explain_cell.id;
}

inline std::vector<diagnostic> in_order(std::vector<diagnostic>&& all) {
  std::vector<diagnostic> out;
  out.reserve(all.size());
  for (const diagnostic* d : in_source_order(all)) out.push_back(*d);
  return out;
}

/// Every diagnostic about `x`, in source order, or the reader's error; the name its messages
/// start with (`FILE` of `FILE:LINE:COL`).
struct subject {
  std::string name;
  std::vector<diagnostic> diagnostics;
  const error* failure = nullptr;
};

template <Edition E, class... Rules>
void read_subject(subject& s, const report<E>& typed, const valid_options& o, const Rules&... rules) {
  static_assert((Rule<Rules, report<E>> && ...),
                "XXGK_CHECK_VALID: each extra argument after the options must be an xxgk::Rule of this report");
  if constexpr (sizeof...(Rules) == 0) add_identities(s.diagnostics, any_report(typed), o.blanks);
  else add_identities(s.diagnostics, typed, o.blanks, rules...);
}

template <class... Rules>
void read_subject(subject& s, const any_report& any, const valid_options& o, const Rules&... rules) {
  add_identities(s.diagnostics, any, o.blanks, rules...);
}

template <class... Rules>
void read_subject(subject& s, const parsed_report& p, const valid_options& o, const Rules&... rules) {
  s.diagnostics = describe(p.findings);
  add_identities(s.diagnostics, p.report, o.blanks, rules...);
  p.report.visit([&](const auto& typed) { append(s.diagnostics, describe(check_prose(typed, p.claims))); });
}

template <class... Rules>
void read_subject(subject& s, const checked_report& checked, const valid_options& o, const Rules&... rules) {
  if (o.blanks == blank_policy::count_as_zero && sizeof...(Rules) == 0) {
    s.diagnostics = checked.diagnostics;
    return;
  }
  for (const diagnostic& d : checked.diagnostics)
    if (o.blanks == blank_policy::count_as_zero || !is_identity(d)) s.diagnostics.push_back(d);
  if (o.blanks == blank_policy::count_as_zero) {
    checked.report.visit([&](const auto& typed) {
      [[maybe_unused]] const options vo{o.blanks};
      (add_rule(s.diagnostics, typed, vo, rules), ...);
    });
    return;
  }
  add_identities(s.diagnostics, checked.report, o.blanks, rules...);
}

template <class T, class... Rules>
void read_subject(subject& s, const result<T>& read, const valid_options& o, const Rules&... rules) {
  if (!read) {
    s.failure = &read.error();
    return;
  }
  read_subject(s, *read, o, rules...);
}

template <class... Rules>
void read_subject(subject& s, const report_file& f, const valid_options& o, const Rules&... rules) {
  s.name = f.path();
  read_subject(s, f.checked(), o, rules...);
}

/// The official labels of a table's row and column, by their keys: "（一）予以公开 / 总计".
template <class T>
[[nodiscard]] std::string labels_in(std::string_view row_key, std::string_view column_key) {
  std::string out;
  for (std::size_t i = 0; i != T::rows::size; ++i)
    if (T::rows::keys[i] == row_key) out += T::rows::labels[i];
  for (std::size_t i = 0; i != T::columns::size; ++i)
    if (T::columns::keys[i] == column_key) {
      if (!out.empty()) out += " / ";
      out += T::columns::labels[i];
    }
  return out;
}

template <class... Ts>
[[nodiscard]] std::string labels_of(xxgk::detail::table_list<Ts...>, std::string_view table_key,
                                    std::string_view row_key, std::string_view column_key) {
  std::string out;
  ((out.empty() && Ts::key == table_key ? void(out = labels_in<Ts>(row_key, column_key)) : void()), ...);
  return out;
}

/// The cell a diagnostic names, by its official label (either edition's schema).
[[nodiscard]] inline std::string official_label(const diagnostic& d) {
  std::string out = labels_of(edition_2021_t::tables{}, d.table, d.row, d.column);
  if (out.empty()) out = labels_of(edition_2019_t::tables{}, d.table, d.row, d.column);
  return out;
}

/// A diagnostic as a failure message: `NAME:LINE:COL: error: [RULE] message`, then the cell by
/// its label and JSON path with expected and actual, then the notes that explain it.
[[nodiscard]] inline std::string failure_message(std::string_view name, const diagnostic& d,
                                                 std::span<const diagnostic> all, language lang) {
  std::string out = format_diagnostic(name, d, lang);
  const std::string path = json_path(d);
  if (!path.empty() || d.expected || d.actual) {
    out += "\n  ";
    const std::string label = official_label(d);
    if (!path.empty()) out += (label.empty() ? "" : label + " ") + "(" + path + ")";
    if (d.expected) out += (path.empty() ? "" : ": ") + std::string("expected ") + *d.expected;
    if (d.actual) out += (d.expected ? ", " : path.empty() ? "" : ": ") + std::string("actual ") + *d.actual;
    if (d.inferred) out += lang == language::zh ? "（涉及推定值）" : " (rests on inferred cells)";
  }
  for (const diagnostic& note : all) {
    if (note.rule != rules::explain_cell.id) continue;
    for (const explained_place& p : note.explains)
      if (p.rule == d.rule && p.table == d.table && p.row == d.row && p.column == d.column && !p.previous) {
        out += "\n  " + format_diagnostic(name, note, lang);
        break;
      }
  }
  return out;
}

/// The failures of a subject: its error, or each diagnostic at or above `o.fail_on`.
[[nodiscard]] inline outcome judge(const subject& s, const valid_options& o, bool series_fails = false) {
  outcome out;
  if (s.failure != nullptr) {
    const diagnostic d = describe(*s.failure);
    out.failures.push_back(format_diagnostic(s.name, d, o.lang) + " (" +
                           (o.lang == language::zh ? d.message_en : d.message_zh) + ")");
    return out;
  }
  for (const diagnostic& d : s.diagnostics) {
    const bool fails = (d.severity >= o.fail_on && d.rule != rules::explain_cell.id) ||
                       (series_fails && d.rule == rules::x_series.id);
    if (fails) out.failures.push_back(failure_message(s.name, d, s.diagnostics, o.lang));
  }
  return out;
}

template <class T, class... Rules>
[[nodiscard]] outcome validity(const char* name, const T& x, const valid_options& o = {}, const Rules&... rules) {
  subject s;
  s.name = name;
  read_subject(s, x, o, rules...);
  s.diagnostics = in_order(std::move(s.diagnostics));
  return judge(s, o);
}

/// The report a macro argument holds, or its reader's error; `name` set to its file when known.
/// Filled in place (`view_of`): it may point at its own copy of a typed report.
struct report_view {
  const any_report* report = nullptr;
  const error* failure = nullptr;
  any_report owned;  // a typed report, converted
  report_view() = default;
  report_view(const report_view&) = delete;
  report_view& operator=(const report_view&) = delete;
};

template <Edition E>
void view_of(report_view& v, std::string&, const report<E>& typed) {
  v.owned = typed;
  v.report = &v.owned;
}
inline void view_of(report_view& v, std::string&, const any_report& any) { v.report = &any; }
inline void view_of(report_view& v, std::string&, const parsed_report& p) { v.report = &p.report; }
inline void view_of(report_view& v, std::string&, const checked_report& checked) { v.report = &checked.report; }
template <class T>
void view_of(report_view& v, std::string& name, const result<T>& read) {
  if (read) view_of(v, name, *read);
  else v.failure = &read.error();
}
inline void view_of(report_view& v, std::string& name, const report_file& f) {
  name = f.path();
  view_of(v, name, f.checked());
}

/// X.CARRY, X.IN_FORCE and X.SERIES of `current` against `previous`.
template <class C, class P>
[[nodiscard]] outcome across_years(const char* current_name, const C& current, const char* previous_name,
                                   const P& previous, const valid_options& o = {}) {
  std::string now_name = current_name, before_name = previous_name;
  report_view now, before;
  view_of(now, now_name, current);
  view_of(before, before_name, previous);
  subject s;
  s.name = now_name;
  if (now.failure != nullptr || before.failure != nullptr) {
    s.name = now.failure != nullptr ? now_name : before_name;
    s.failure = now.failure != nullptr ? now.failure : before.failure;
    return judge(s, o);
  }
  // through `check`, which xxgk::compiled compiles once: its X.* diagnostics
  check_options co;
  co.validation.blanks = o.blanks;
  co.explain = false;
  for (diagnostic& d : check(*now.report, *before.report, co))
    if (d.rule.starts_with("X.")) s.diagnostics.push_back(std::move(d));
  return judge(s, o, true);
}

/// The same published value: state, number and marker (not where, nor whether inferred).
[[nodiscard]] constexpr bool same_published(const cell& a, const cell& b) noexcept {
  return a.state == b.state && (a.state != cell_state::number || a.value == b.value) &&
         (a.state != cell_state::marker || a.mark == b.mark);
}

template <Edition E, class R, class C>
[[nodiscard]] outcome cell_of(const std::string& name, const report<E>& typed, R row_tag, C column_tag,
                              const cell& expected, language lang) {
  outcome out;
  if constexpr (CellOfEdition<E, R, C>) {
    using T = table_of_row_t<E, R>;
    const cell& x = typed(row_tag, column_tag);
    if (same_published(x, expected)) return out;
    std::string where = name;
    if (x.pos.known()) where += ':' + std::to_string(x.pos.line) + ':' + std::to_string(x.pos.column);
    const bool zh = lang == language::zh;
    std::string path(T::key.substr(0, T::key.find('.')));
    path += '.' + std::string(R::key) + '.' + std::string(C::key);
    out.failures.push_back(where + ": " + std::string(T::label) + " " + std::string(R::label) + " / " +
                           std::string(C::label) + " (" + path + "): " + (zh ? "公布为 " : "published ") +
                           published(x, lang) + (zh ? "，应为 " : ", expected ") + published(expected, lang));
  } else {
    out.failures.push_back(name + ": " + (lang == language::zh ? "该版本（" : "edition ") + std::string(E::name) +
                           (lang == language::zh ? "）的表格没有这个单元格：" : " has no such cell: ") +
                           std::string(R::key) + " / " + std::string(C::key));
  }
  return out;
}

/// XXGK_CHECK_CELL: the cell at `row_tag`, `column_tag` of `x` against `expected`.
template <class T, class R, class C>
[[nodiscard]] outcome cell_check(const char* expression, const T& x, R row_tag, C column_tag, const cell& expected,
                                 language lang = language::zh) {
  static_assert(Row<R> && Column<C>,
                "XXGK_CHECK_CELL: give a row tag and a column tag, e.g. xxgk::s3::granted, xxgk::s3::total");
  std::string name = expression;
  report_view v;
  view_of(v, name, x);
  if (v.failure != nullptr) {
    subject s;
    s.name = name;
    s.failure = v.failure;
    return judge(s, {});
  }
  outcome out;
  v.report->visit([&](const auto& typed) { out = cell_of(name, typed, row_tag, column_tag, expected, lang); });
  return out;
}

/// Reports an outcome to doctest at the test's `file` and `line`: one failure per message (the
/// last one stops the test when `require`), or one passing assertion named `expression`.
inline void report_outcome(const outcome& o, bool require, const char* file, int line, const char* expression) {
#ifndef DOCTEST_CONFIG_DISABLE
  if (o.failures.empty()) {
    doctest::detail::ResultBuilder passed(require ? doctest::assertType::DT_REQUIRE : doctest::assertType::DT_CHECK,
                                          file, line, expression);
    passed.m_failed = false;
    static_cast<void>(passed.log());
    return;
  }
  for (std::size_t i = 0; i != o.failures.size(); ++i) {
    const bool last = i + 1 == o.failures.size();
    const auto severity = require && last ? doctest::assertType::is_require : doctest::assertType::is_check;
    doctest::detail::MessageBuilder failed(file, line, severity);
    failed * o.failures[i];
    static_cast<void>(failed.log());
    failed.react();
  }
#else
  static_cast<void>(o), static_cast<void>(require), static_cast<void>(file), static_cast<void>(line),
      static_cast<void>(expression);
#endif
}

/// A file `load` could not read fails the current test (CHECK: it goes on) with the INPUT.* message.
inline void fail_unread(const report_file& f, const char* test_file, int test_line) {
  if (f) return;
  subject s;
  s.name = f.path();
  s.failure = &f.checked().error();
  report_outcome(judge(s, {}), false, test_file, test_line, "xxgk::testing::load");
}

}  // namespace detail

/// Reads the report at `path` with `check_file` (text as published, or its canonical JSON). A
/// file that cannot be read fails the current test (CHECK: it goes on) with the INPUT.* message
/// and gives a `report_file` without a report, which the checks above fail on too.
[[nodiscard]] inline report_file load(std::string_view path, const check_options& options = {},
                                      const char* test_file = __builtin_FILE(), int test_line = __builtin_LINE()) {
  report_file out(std::string(path), check_file(path, options));
  detail::fail_unread(out, test_file, test_line);
  return out;
}

/// As `load(path, options)`, checked against `previous`, last year's file (X.* among its
/// diagnostics). A `previous` that was not read is no previous report.
[[nodiscard]] inline report_file load(std::string_view path, const report_file& previous,
                                      const check_options& options = {}, const char* test_file = __builtin_FILE(),
                                      int test_line = __builtin_LINE()) {
  if (!previous) return load(path, options, test_file, test_line);
  report_file out(std::string(path), check_file(path, previous.report(), options));
  detail::fail_unread(out, test_file, test_line);
  return out;
}

}  // namespace xxgk::testing

#ifndef DOCTEST_CONFIG_DISABLE
#define XXGK_DETAIL_REPORT(outcome, require, text) \
  ::xxgk::testing::detail::report_outcome(outcome, require, __FILE__, __LINE__, text)
#define XXGK_DETAIL_VALID(require, text, ...) \
  XXGK_DETAIL_REPORT(::xxgk::testing::detail::validity(text, __VA_ARGS__), require, text)
#define XXGK_DETAIL_CELL(require, text, x, row, column, value) \
  XXGK_DETAIL_REPORT(::xxgk::testing::detail::cell_check(#x, x, row, column, value), require, text)
#define XXGK_DETAIL_ACROSS_YEARS(require, text, current, ...) \
  XXGK_DETAIL_REPORT(::xxgk::testing::detail::across_years(#current, current, #__VA_ARGS__, __VA_ARGS__), require, text)

/// Passes when the report has no finding at or above the failing severity; otherwise one
/// failure per such finding. `XXGK_CHECK_VALID(x)`, `XXGK_CHECK_VALID(x, options)`,
/// `XXGK_CHECK_VALID(x, options, rules...)`.
#define XXGK_CHECK_VALID(...) XXGK_DETAIL_VALID(false, #__VA_ARGS__, __VA_ARGS__)
/// As XXGK_CHECK_VALID, and stops the test when it fails.
#define XXGK_REQUIRE_VALID(...) XXGK_DETAIL_VALID(true, #__VA_ARGS__, __VA_ARGS__)
/// Passes when the cell at `row`, `column` of `x` is published as `value`.
#define XXGK_CHECK_CELL(x, row, column, value) \
  XXGK_DETAIL_CELL(false, "XXGK_CHECK_CELL(" #x ", " #row ", " #column ", " #value ")", x, row, column, value)
#define XXGK_REQUIRE_CELL(x, row, column, value) \
  XXGK_DETAIL_CELL(true, "XXGK_REQUIRE_CELL(" #x ", " #row ", " #column ", " #value ")", x, row, column, value)
/// Passes when `current` continues `previous`, last year's report: X.CARRY in every column (a
/// failure per column that breaks it), X.IN_FORCE; two reports that are no series fail.
/// `XXGK_CHECK_ACROSS_YEARS(current, previous)`, `XXGK_CHECK_ACROSS_YEARS(current, previous, options)`.
#define XXGK_CHECK_ACROSS_YEARS(current, ...) \
  XXGK_DETAIL_ACROSS_YEARS(false, "XXGK_CHECK_ACROSS_YEARS(" #current ", " #__VA_ARGS__ ")", current, __VA_ARGS__)
#define XXGK_REQUIRE_ACROSS_YEARS(current, ...) \
  XXGK_DETAIL_ACROSS_YEARS(true, "XXGK_REQUIRE_ACROSS_YEARS(" #current ", " #__VA_ARGS__ ")", current, __VA_ARGS__)
#else
#define XXGK_CHECK_VALID(...) static_cast<void>(0)
#define XXGK_REQUIRE_VALID(...) static_cast<void>(0)
#define XXGK_CHECK_CELL(x, row, column, value) static_cast<void>(0)
#define XXGK_REQUIRE_CELL(x, row, column, value) static_cast<void>(0)
#define XXGK_CHECK_ACROSS_YEARS(current, ...) static_cast<void>(0)
#define XXGK_REQUIRE_ACROSS_YEARS(current, ...) static_cast<void>(0)
#endif


#endif
