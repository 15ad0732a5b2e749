#ifndef XXGK_TEXT_WRITER_HPP
#define XXGK_TEXT_WRITER_HPP

// Floor 5, writers: diagnostics as compiler-style text, one line each, that editors and CI
// logs understand:
//
//   changchun-2023.txt:41:1: error: [S3.BALANCE] 三、收到和处理政府信息公开申请情况 总计列：…
//   changchun-2023.json: warning: [FMT.MISSING_TABLE] 未找到该表格：…
//   changchun-2023.txt: 1 个错误，0 个警告
//
// The severity word stays English in both languages, as compilers print it, so that tools
// matching `error:` keep working; the message is in the chosen language.

#include <xxgk/config.hpp>
#include <xxgk/diagnostic.hpp>
#include <xxgk/rule.hpp>

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace xxgk {

/// The diagnostics in source order: by line, then column; those without a line (or a column)
/// after those with one; diagnostics at the same place keep their order.
[[nodiscard]] XXGK_DECL std::vector<const diagnostic*> in_source_order(std::span<const diagnostic> diagnostics);

/// One diagnostic as a line, without the newline: `FILE:LINE:COL: error: [RULE] message`, or
/// `FILE:LINE: …` without a column, `FILE: …` without a line.
[[nodiscard]] XXGK_DECL std::string format_diagnostic(std::string_view file, const diagnostic& d,
                                                      language lang = language::zh);

/// The summary line of a file, without the newline: `FILE: 0 个错误，2 个警告` or
/// `FILE: 0 errors, 2 warnings`; notes are counted only when there are some.
[[nodiscard]] XXGK_DECL std::string summary_line(std::string_view file, const summary& s,
                                                 language lang = language::zh);

/// Writes a file's diagnostics in source order, one per line, then its summary line.
XXGK_DECL void write_text(std::ostream& out, std::string_view file, std::span<const diagnostic> diagnostics,
                          language lang = language::zh);

/// The same text as `write_text`, as a string.
[[nodiscard]] XXGK_DECL std::string to_text(std::string_view file, std::span<const diagnostic> diagnostics,
                                            language lang = language::zh);

}  // namespace xxgk

#if XXGK_HEADER_ONLY
#include <xxgk/impl/text_writer.hpp>  // IWYU pragma: export
#endif

#endif
