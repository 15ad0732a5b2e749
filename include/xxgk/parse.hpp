#ifndef XXGK_PARSE_HPP
#define XXGK_PARSE_HPP

#include <xxgk/any_report.hpp>
#include <xxgk/prose.hpp>
#include <xxgk/result.hpp>
#include <xxgk/source_finding.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

namespace xxgk {

/// Which edition the parser reads a report as.
enum class edition_choice : std::uint8_t { automatic, y2019, y2021 };

struct parse_options {
  edition_choice edition = edition_choice::automatic;
};

/// What the parser read: its best reconstruction of the report (cells it could not read with
/// certainty stay `absent`) and its findings about the source, in source order.
struct parsed_report {
  any_report report;
  std::vector<source_finding> findings;
  std::vector<prose_claim> claims;  ///< numbers the prose states (check them with `check_prose`)
};

/// Reads a report from text as it is really published (FORMAT.md, "Real-world text"): UTF-8, or
/// GBK/GB18030 bytes, which are decoded first (an INPUT.DECODED note); plain text or an HTML page,
/// whose tables are read as grids. Fails only when nothing usable is there (INPUT.* errors:
/// empty, binary, neither UTF-8 nor GB18030, no table found); otherwise returns the report with
/// FMT.* findings. Never judges identities, except that a row of run-together digits no split of
/// which adds up is an S3.ROW / S4.TOTAL error: pass the report to `validate`.
[[nodiscard]] result<parsed_report> parse(std::string_view text, const parse_options& options = {});

}  // namespace xxgk

#include <xxgk/detail/parser.hpp>  // IWYU pragma: export

#endif
