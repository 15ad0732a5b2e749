#ifndef XXGK_HTML_WRITER_HPP
#define XXGK_HTML_WRITER_HPP

// Floor 5, writers: checked reports as one self-contained HTML page, for the people who read
// findings (reviewers, the staff who write the reports). Per report: agency, year, edition and
// a summary; chapters 二, 三 and 四 drawn as the national format prints them (三: 申请人情况 over
// its columns, 法人或其他组织 over its five, the outcomes with their grounds; 四: its three
// groups), every cell as published; the cells of every finding marked by severity with a glyph
// besides the colour, and linked to the list of findings below the tables. Row, column and
// table labels come from the schema, in Chinese whatever the language of the messages.
//
//   const xxgk::html_input file{"report.txt", &report, diagnostics};
//   xxgk::write_html(std::cout, std::span(&file, 1), xxgk::language::zh);
//
// The page needs nothing but itself: inline CSS (with an A4 print layout) and a few lines of
// inline JavaScript that show a finding's message beside the table when a cell or a finding is
// selected; without JavaScript every cell links to its first finding and every finding to its
// cells. A Content-Security-Policy forbids every other resource. Every published string (file
// names, agency, messages, source lines) is escaped, and invalid UTF-8 in it replaced by U+FFFD.
//
// Which cells a finding involves: its own cell (`diagnostic::table`/`row`/`column`), and for an
// identity (S3.ROW, S3.TOTAL, S3.BALANCE, S4.TOTAL, X.IN_FORCE) every cell of it, added up from
// the schema by the same code `validate` uses (`detail::add_node`, `detail::add_rows`); for
// EXPLAIN.CELL, its candidates. A finding about a row (FMT.LABEL, FMT.UNREADABLE_ROW, ...) marks
// the row's label, one about a table its caption.

#include <xxgk/any_report.hpp>
#include <xxgk/config.hpp>
#include <xxgk/diagnostic.hpp>

#include <iosfwd>
#include <span>
#include <string>
#include <string_view>

namespace xxgk {

/// One file of the page: what was read and what was found.
struct html_input {
  std::string_view file;                    ///< the name shown, e.g. the path as given
  const any_report* report = nullptr;       ///< the report read; nullptr when nothing was read
  std::span<const diagnostic> diagnostics;  ///< every diagnostic of the file, listed in this order
  const diagnostic* failure = nullptr;      ///< why nothing usable was read (INPUT.*), if so
  /// The text that the diagnostics' lines and columns refer to (the source, decoded), to quote
  /// the line of each finding; empty: no line is quoted.
  std::string_view source{};
};

/// Writes one self-contained HTML page (UTF-8) for `files`: messages and the page's own words in
/// `lang`, labels of the tables in Chinese. Never fails; writes what it is given, escaped.
XXGK_DECL void write_html(std::ostream& out, std::span<const html_input> files, language lang = language::zh);

/// The page of `write_html`, as a string.
[[nodiscard]] XXGK_DECL std::string to_html(std::span<const html_input> files, language lang = language::zh);

/// The page of one file.
[[nodiscard]] XXGK_DECL std::string to_html(const html_input& file, language lang = language::zh);

}  // namespace xxgk

#if XXGK_HEADER_ONLY
#include <xxgk/impl/html_writer.hpp>  // IWYU pragma: export
#endif

#endif
