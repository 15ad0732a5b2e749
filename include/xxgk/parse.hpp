#ifndef XXGK_PARSE_HPP
#define XXGK_PARSE_HPP

#include <xxgk/config.hpp>
#include <xxgk/parsed_report.hpp>
#include <xxgk/result.hpp>

#include <string_view>

namespace xxgk {

/// Reads a report from text as it is really published (FORMAT.md, "Real-world text"): UTF-8, or
/// GBK/GB18030 bytes, which are decoded first (an INPUT.DECODED note); plain text or an HTML page,
/// whose tables are read as grids. Fails only when nothing usable is there (INPUT.* errors:
/// empty, binary, neither UTF-8 nor GB18030, no table found); otherwise returns the report with
/// FMT.* findings. Never judges identities, except that a row of run-together digits no split of
/// which adds up is an S3.ROW / S4.TOTAL error: pass the report to `validate`.
[[nodiscard]] XXGK_DECL result<parsed_report> parse(std::string_view text, const parse_options& options = {});

}  // namespace xxgk

#if XXGK_HEADER_ONLY
#include <xxgk/impl/parse.hpp>  // IWYU pragma: export
#endif

#endif
