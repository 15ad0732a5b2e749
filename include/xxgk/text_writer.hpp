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

#include <xxgk/diagnostic.hpp>
#include <xxgk/rule.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace xxgk {

/// The diagnostics in source order: by line, then column; those without a line (or a column)
/// after those with one; diagnostics at the same place keep their order.
[[nodiscard]] inline std::vector<const diagnostic*> in_source_order(std::span<const diagnostic> diagnostics) {
  std::vector<const diagnostic*> out;
  out.reserve(diagnostics.size());
  for (const diagnostic& d : diagnostics) out.push_back(&d);
  auto place = [](const diagnostic* d) {
    // 0 (unknown) sorts after every known position
    const auto unknown_last = [](std::uint32_t v) { return v == 0 ? ~std::uint64_t{0} : std::uint64_t{v}; };
    return std::pair{unknown_last(d->line), unknown_last(d->col)};
  };
  std::stable_sort(out.begin(), out.end(),
                   [&](const diagnostic* a, const diagnostic* b) { return place(a) < place(b); });
  return out;
}

/// One diagnostic as a line, without the newline: `FILE:LINE:COL: error: [RULE] message`, or
/// `FILE:LINE: …` without a column, `FILE: …` without a line.
[[nodiscard]] inline std::string format_diagnostic(std::string_view file, const diagnostic& d,
                                                   language lang = language::zh) {
  std::string out(file);
  if (d.line != 0) {
    out += ':' + std::to_string(d.line);
    if (d.col != 0) out += ':' + std::to_string(d.col);
  }
  out += ": ";
  out += to_string(d.severity);
  out += ": ";
  if (!d.rule.empty()) out += "[" + d.rule + "] ";
  out += d.message(lang);
  return out;
}

/// The summary line of a file, without the newline: `FILE: 0 个错误，2 个警告` or
/// `FILE: 0 errors, 2 warnings`; notes are counted only when there are some.
[[nodiscard]] inline std::string summary_line(std::string_view file, const summary& s,
                                              language lang = language::zh) {
  std::string out(file);
  out += ": ";
  if (lang == language::zh) {
    out += std::to_string(s.errors) + " 个错误，" + std::to_string(s.warnings) + " 个警告";
    if (s.notes != 0) out += "，" + std::to_string(s.notes) + " 个提示";
    return out;
  }
  auto count = [](std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
  };
  out += count(s.errors, "error", "errors") + ", " + count(s.warnings, "warning", "warnings");
  if (s.notes != 0) out += ", " + count(s.notes, "note", "notes");
  return out;
}

/// Writes a file's diagnostics in source order, one per line, then its summary line.
inline void write_text(std::ostream& out, std::string_view file, std::span<const diagnostic> diagnostics,
                       language lang = language::zh) {
  for (const diagnostic* d : in_source_order(diagnostics)) out << format_diagnostic(file, *d, lang) << '\n';
  out << summary_line(file, summarize(diagnostics), lang) << '\n';
}

/// The same text as `write_text`, as a string.
[[nodiscard]] inline std::string to_text(std::string_view file, std::span<const diagnostic> diagnostics,
                                         language lang = language::zh) {
  std::ostringstream out;
  write_text(out, file, diagnostics, lang);
  return out.str();
}

}  // namespace xxgk

#endif
