#ifndef XXGK_DIAGNOSTIC_HPP
#define XXGK_DIAGNOSTIC_HPP

// Floor 5, writers: the bridge from detection to presentation. `describe` turns findings into
// self-contained `diagnostic`s: rule id, severity, the cell by its FORMAT.md keys, expected and
// actual value as exact text, position, and a one-line message in Chinese and in English that
// names the cell by its official label (zh) or its keys (en) and says what was expected and
// what is published; a finding that rests on inferred cells says so, and an inferred number it
// prints is marked ("70（推定）", "70 (inferred)": FORMAT.md, "Inferred cells"). It describes
// the findings of `validate` and of `validate_across_years` (cell indices into one or two
// reports), of the readers and of `check_prose` (`source_finding`), and a reader's failure
// (`error`), and the explanations of `explain` (EXPLAIN.CELL notes: the cells that would explain
// failing identities, each with its published value and the value it would need, beside the
// findings; the published numbers are kept). The rule's own words come from the
// catalogue (rule.hpp). Text and JSON writers (text_writer.hpp, json.hpp) print diagnostics.

#include <xxgk/cell.hpp>
#include <xxgk/config.hpp>
#include <xxgk/decimal.hpp>
#include <xxgk/explain.hpp>
#include <xxgk/finding.hpp>
#include <xxgk/report.hpp>
#include <xxgk/result.hpp>
#include <xxgk/rule.hpp>
#include <xxgk/schema/editions.hpp>
#include <xxgk/source_finding.hpp>

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

/// The language of a rendered message.
enum class language : std::uint8_t {
  zh,  ///< Chinese, naming cells by their official labels (the default)
  en,  ///< English, naming cells by their FORMAT.md keys
};

/// A cell an EXPLAIN.CELL note suggests (`candidate`), by its FORMAT.md keys: the value published
/// and the value that would make the failing identities hold.
struct suggested_cell {
  std::string table;
  std::string row;
  std::string column;
  bool previous = false;               ///< a cell of last year's report (checks across years)
  std::optional<std::string> actual;   ///< as published; nullopt for a cell published blank
  std::string expected;                ///< the value it would need
  std::string raw;                     ///< the published text, where known (a marker, a number)
  std::uint32_t line = 0;              ///< where it was read; 0 when unknown
  std::uint32_t col = 0;
};

/// A failing finding an EXPLAIN.CELL note explains, by its rule id and the FORMAT.md keys of its
/// cell (`finding::at`).
struct explained_place {
  std::string rule;
  std::string table;
  std::string row;
  std::string column;
  bool previous = false;  ///< a finding of last year's report
};

/// One finding, ready to print: everything a writer needs, and nothing that points back into a
/// report or a reader.
struct diagnostic {
  std::string rule;                         ///< rule id or reader code, e.g. "S3.BALANCE"
  xxgk::severity severity = severity::note;
  xxgk::verdict verdict = verdict::failed;
  std::string table;                        ///< FORMAT.md table key ("section3"), empty if none
  std::string row;                          ///< row key ("granted"), empty if none
  std::string column;                       ///< column key ("total"), empty if none
  std::optional<std::string> expected;      ///< identities: the sum of the parts, exact text
  std::optional<std::string> actual;        ///< identities: the total as published; cells: the value
  xxgk::value_kind kind = value_kind::count;///< what `expected` and `actual` measure
  std::uint32_t line = 0;                   ///< 1-based source line; 0 when unknown
  std::uint32_t col = 0;                    ///< 1-based source column in characters (code points); 0 when unknown
  std::string raw;                          ///< the published text, where known
  bool inferred = false;                    ///< the finding rests on inferred cells (FORMAT.md, "Inferred cells")
  std::string message_zh;                   ///< one line, Chinese
  std::string message_en;                   ///< one line, English
  /// EXPLAIN.CELL only: the cells that would explain the failures (one: `table`, `row`, `column`,
  /// `expected` and `actual` above are its own; several: the note names no single cell)
  std::vector<suggested_cell> candidates;
  /// EXPLAIN.CELL only: the failing findings it explains
  std::vector<explained_place> explains;

  /// The message in language `lang`.
  [[nodiscard]] const std::string& message(language lang) const noexcept {
    return lang == language::en ? message_en : message_zh;
  }
};

/// How many diagnostics of each severity a file has.
struct summary {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t notes = 0;

  constexpr void add(xxgk::severity s) noexcept {
    switch (s) {
      case severity::error: ++errors; return;
      case severity::warning: ++warnings; return;
      case severity::note: ++notes; return;
    }
  }
  /// True when some diagnostic is an error: the file fails its checks.
  [[nodiscard]] constexpr bool has_errors() const noexcept { return errors != 0; }
  friend constexpr bool operator==(const summary&, const summary&) = default;
};

/// Counts the diagnostics of each severity.
[[nodiscard]] inline summary summarize(std::span<const diagnostic> diagnostics) noexcept {
  summary s;
  for (const diagnostic& d : diagnostics) s.add(d.severity);
  return s;
}

/// One finding of `validate` on report `r`, ready to print. Keys and labels come from the schema
/// of the table at `f.at.table`; line and column from `f.pos`, else from the cell (for a
/// not-assessable finding without a position, from the cell that prevented it). `inferred` is
/// set, and the message says so, when `f.inferred` is or a cell involved is inferred. A cell that
/// lies outside the report (a faulty user rule), or of another report (`cell_ref::previous`),
/// is named by no key.
template <Edition E>
[[nodiscard]] diagnostic describe(const report<E>& r, const finding& f);

/// Every finding of `validate` on report `r`, ready to print, in the order `validate` found them.
template <Edition E>
[[nodiscard]] std::vector<diagnostic> describe(const report<E>& r, std::span<const finding> findings);
template <Edition E, std::size_t N>
[[nodiscard]] std::vector<diagnostic> describe(const report<E>& r, const finding_list<N>& findings) {
  return describe(r, std::span<const finding>(findings.begin(), findings.size()));
}

/// One finding of `validate_across_years(current, previous)` (X.*), ready to print: cells
/// marked `cell_ref::previous` are looked up, and named, in `previous` ("上年报告 …",
/// "last year's …").
template <Edition E, Edition P>
[[nodiscard]] diagnostic describe(const report<E>& current, const report<P>& previous, const finding& f);

/// Every finding of `validate_across_years(current, previous)`, ready to print.
template <Edition E, Edition P>
[[nodiscard]] std::vector<diagnostic> describe(const report<E>& current, const report<P>& previous,
                                               std::span<const finding> findings);
template <Edition E, Edition P, std::size_t N>
[[nodiscard]] std::vector<diagnostic> describe(const report<E>& current, const report<P>& previous,
                                               const finding_list<N>& findings) {
  return describe(current, previous, std::span<const finding>(findings.begin(), findings.size()));
}

/// An explanation of `explain(r, findings)` (EXPLAIN.CELL, a note), ready to print: with one
/// candidate, the diagnostic's cell, `actual` and `expected` are that cell's, its published value
/// and the value it would need; with several, the note names their table and lists them. Both
/// are in `candidates`, the failing findings explained in `explains`, and the message names them
/// all. The published numbers are kept: this is a suggestion beside the findings.
template <Edition E>
[[nodiscard]] diagnostic describe(const report<E>& r, const explanation& e);

/// Every explanation of `explain(r, findings)`, ready to print.
template <Edition E>
[[nodiscard]] std::vector<diagnostic> describe(const report<E>& r, const explanation_list& explanations);

/// An explanation of `explain_across_years(current, previous, ...)`, ready to print: a cell of
/// last year's report is named as such ("上年报告 …", "last year's …").
template <Edition E, Edition P>
[[nodiscard]] diagnostic describe(const report<E>& current, const report<P>& previous, const explanation& e);

/// Every explanation of `explain_across_years(current, previous, ...)`, ready to print.
template <Edition E, Edition P>
[[nodiscard]] std::vector<diagnostic> describe(const report<E>& current, const report<P>& previous,
                                               const explanation_list& explanations);

/// A finding about a source (FMT.*, INPUT.* of the readers; TXT.* of `check_prose`), ready to
/// print: the catalogue's text of its code, the place it names (by label in zh), the text it
/// read, the official label it recognised (FMT.LABEL), the numbers compared (TXT.*: the prose's
/// as `actual`, the table's as `expected`) and the finding's detail (English); a finding that
/// rests on inferred cells (`source_finding::inferred`) says so.
[[nodiscard]] XXGK_DECL diagnostic describe(const source_finding& f);

/// Every finding of a reader, ready to print, in the reader's order.
[[nodiscard]] XXGK_DECL std::vector<diagnostic> describe(std::span<const source_finding> findings);

/// A reader's failure (nothing usable was read), as an error diagnostic: the catalogue's text of
/// its code, and the reader's message where it says more.
[[nodiscard]] XXGK_DECL diagnostic describe(const error& e);

}  // namespace xxgk

#if XXGK_HEADER_ONLY
#include <xxgk/impl/diagnostic.hpp>  // IWYU pragma: export
#endif

#endif
