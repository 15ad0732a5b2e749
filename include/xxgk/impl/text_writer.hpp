#ifndef XXGK_IMPL_TEXT_WRITER_HPP
#define XXGK_IMPL_TEXT_WRITER_HPP

// The definitions of the text writer (text_writer.hpp): included by it when header-only,
// compiled once by <xxgk/impl/src.hpp> with separate compilation (config.hpp).

#include <xxgk/config.hpp>
#include <xxgk/text_writer.hpp>

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

XXGK_DECL std::vector<const diagnostic*> in_source_order(std::span<const diagnostic> diagnostics) {
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

XXGK_DECL std::string format_diagnostic(std::string_view file, const diagnostic& d,
                                        language lang) {
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

XXGK_DECL std::string summary_line(std::string_view file, const summary& s,
                                   language lang) {
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

XXGK_DECL void write_text(std::ostream& out, std::string_view file, std::span<const diagnostic> diagnostics,
                          language lang) {
  for (const diagnostic* d : in_source_order(diagnostics)) out << format_diagnostic(file, *d, lang) << '\n';
  out << summary_line(file, summarize(diagnostics), lang) << '\n';
}

XXGK_DECL std::string to_text(std::string_view file, std::span<const diagnostic> diagnostics,
                              language lang) {
  std::ostringstream out;
  write_text(out, file, diagnostics, lang);
  return out.str();
}

}  // namespace xxgk

#endif
