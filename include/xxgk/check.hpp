#ifndef XXGK_CHECK_HPP
#define XXGK_CHECK_HPP

// Floor 6, one call per document: what `xxgk-check` does for a file, as a function. `check`
// reads a report (text as published, or its canonical JSON), validates its identities, checks
// the numbers its prose states against its tables, checks it against last year's report when
// one is given, looks for the number that explains its failures, and returns the report with
// every diagnostic in source order:
//
//   const auto checked = xxgk::check_file("report.txt");
//   if (!checked) { /* INPUT.*: nothing usable was read; checked.error() says why */ }
//   for (const xxgk::diagnostic& d : checked->diagnostics) ...
//   if (checked->has_errors()) ...
//
// Header-only, this header needs nlohmann/json (it reads JSON reports); with separate
// compilation (config.hpp, `xxgk::compiled`) it needs nothing beyond xxgk.

#include <xxgk/any_report.hpp>
#include <xxgk/config.hpp>
#include <xxgk/diagnostic.hpp>
#include <xxgk/parse.hpp>
#include <xxgk/result.hpp>
#include <xxgk/validate.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace xxgk {

/// How `check` reads its input.
enum class input_format : std::uint8_t {
  automatic,  ///< JSON when its first character after spaces (and a UTF-8 BOM) is '{' or,
              ///< `check_file`, when the file's name ends in ".json"; text otherwise
  text,       ///< a report as published: `parse`
  json,       ///< the canonical report JSON (FORMAT.md): `read_report_json`
};

/// What `check` does, beyond its defaults.
struct check_options {
  input_format format = input_format::automatic;
  /// The edition to read text as (a JSON report names its own).
  edition_choice edition = edition_choice::automatic;
  /// The blank policy of the identities (CELL.BLANK).
  options validation{};
  /// EXPLAIN.CELL notes: the published number that explains failing identities.
  bool explain = true;
  /// Keep the document's text in `checked_report::source` (for `write_html`, which quotes the
  /// line of each finding): a copy of the document, so off by default.
  bool keep_source = false;
};

/// A document checked: the report read and every diagnostic about it.
struct checked_report {
  any_report report;
  /// The reader's findings (INPUT.*, FMT.*), the identities' (S*), the prose's (TXT.*), those
  /// across years (X.*, when last year's report was given) and EXPLAIN.CELL notes, in source
  /// order: by line and column; those without a position after, in that order.
  std::vector<diagnostic> diagnostics;
  /// The FORMAT.md paths of the cells read as inferred ("section3.granted.total").
  std::vector<std::string> inferred;
  /// With `check_options::keep_source`: the text that the diagnostics' lines and columns refer
  /// to, in UTF-8 (the document, or its UTF-8 when it was GBK/GB18030 and decoded); else empty.
  std::string source;

  [[nodiscard]] xxgk::summary summary() const noexcept { return summarize(diagnostics); }
  /// True when some diagnostic is an error: the document fails its checks.
  [[nodiscard]] bool has_errors() const noexcept { return summary().has_errors(); }
};

/// Checks a document: a report as published (UTF-8 or GBK text, an HTML page) or its canonical
/// JSON, as `options.format` says. Fails (INPUT.*) only when nothing usable was read.
[[nodiscard]] XXGK_DECL result<checked_report> check(std::string_view document, const check_options& options = {});

/// As `check(document, options)`, and checks the report against `previous`, the same agency's
/// report of the year before (X.CARRY, X.IN_FORCE, X.SERIES; EXPLAIN.CELL with X.CARRY).
[[nodiscard]] XXGK_DECL result<checked_report> check(std::string_view document, const any_report& previous,
                                                     const check_options& options = {});

/// Checks the file at `path`, read whole, bytes as they are. A file that cannot be read is an
/// INPUT.FILE error.
[[nodiscard]] XXGK_DECL result<checked_report> check_file(std::string_view path, const check_options& options = {});

/// As `check_file(path, options)`, against `previous`, last year's report.
[[nodiscard]] XXGK_DECL result<checked_report> check_file(std::string_view path, const any_report& previous,
                                                          const check_options& options = {});

/// Checks a report already in memory (built in C++, or read before): its identities and, with
/// `options.explain`, EXPLAIN.CELL notes, in source order.
[[nodiscard]] XXGK_DECL std::vector<diagnostic> check(const any_report& report, const check_options& options = {});

/// As `check(report, options)`, and against `previous`, last year's report: X.* and EXPLAIN.CELL
/// with X.CARRY. Either report may be of either edition.
[[nodiscard]] XXGK_DECL std::vector<diagnostic> check(const any_report& report, const any_report& previous,
                                                      const check_options& options = {});

/// The checker's JSON entry of one file (`xxgk-check --format json`, one element of "files"):
/// {"file", "edition", "year", "agency", "inferred", "summary", "findings"}, serialised.
[[nodiscard]] XXGK_DECL std::string to_json_text(std::string_view file, const checked_report& checked,
                                                 language lang = language::zh);

/// The canonical report JSON of `report` (FORMAT.md, "JSON interchange"; json.hpp's `to_json`),
/// serialised: what `xxgk-check --emit report-json` prints.
[[nodiscard]] XXGK_DECL std::string to_json_text(const any_report& report);

/// The checker's JSON entry of a file that could not be read (`error`, INPUT.*), serialised.
[[nodiscard]] XXGK_DECL std::string to_json_text(std::string_view file, const error& failure,
                                                 language lang = language::zh);

/// One file of a SARIF log: its name, and its diagnostics or why it could not be read.
struct sarif_file {
  std::string_view file;                    ///< the name, e.g. the path as given
  std::span<const diagnostic> diagnostics;  ///< its diagnostics, in this order
  const error* failure = nullptr;           ///< why nothing usable was read (INPUT.*), if so
};

/// The SARIF 2.1.0 log of `files` (`xxgk-check --format sarif`: json_sarif.hpp's `sarif_log`),
/// serialised, messages in `lang`.
[[nodiscard]] XXGK_DECL std::string to_sarif_text(std::span<const sarif_file> files, language lang = language::zh);

}  // namespace xxgk

#if XXGK_HEADER_ONLY
#include <xxgk/impl/check.hpp>  // IWYU pragma: export
#endif

#endif
