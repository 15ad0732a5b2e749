#ifndef XXGK_PARSED_REPORT_HPP
#define XXGK_PARSED_REPORT_HPP

// What the readers return (`parse`, parse.hpp; `read_report_json`, json.hpp) and the reader's
// options.

#include <xxgk/any_report.hpp>
#include <xxgk/prose.hpp>
#include <xxgk/source_finding.hpp>

#include <cstdint>
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

}  // namespace xxgk

#endif
