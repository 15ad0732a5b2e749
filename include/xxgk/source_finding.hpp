#ifndef XXGK_SOURCE_FINDING_HPP
#define XXGK_SOURCE_FINDING_HPP

#include <xxgk/cell.hpp>
#include <xxgk/decimal.hpp>
#include <xxgk/rule.hpp>

#include <string>
#include <string_view>

namespace xxgk {

/// A finding of a reader about its source (FMT.*, INPUT.*): where, what it read, and what it
/// expected. Tables, rows and columns are named by their FORMAT.md keys when the finding is
/// about one of them.
struct source_finding {
  const rule_info* rule = nullptr;
  xxgk::severity severity = severity::warning;
  source_pos pos{};
  std::string raw;                 ///< the text as read (a label, a row), possibly shortened
  std::string_view canonical{};    ///< FMT.LABEL: the official label it was recognised as
  std::string_view table{};        ///< table key, e.g. "section3"
  std::string_view row{};          ///< row key, e.g. "granted"
  std::string_view column{};       ///< column key, e.g. "total"
  std::string detail;              ///< more, in English (e.g. "7 numbers expected, 6 found")
  bool has_values = false;         ///< TXT.*: `expected` (the table) and `actual` (the prose) are set
  decimal expected{};
  decimal actual{};
  xxgk::verdict verdict = verdict::failed;  ///< TXT.*: `not_assessable` when the prose is ambiguous
  /// TXT.*: a table number compared was read from inferred cells (FORMAT.md, "Inferred cells"):
  /// the finding rests on that reading
  bool inferred = false;
};

}  // namespace xxgk

#endif
