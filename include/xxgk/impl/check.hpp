#ifndef XXGK_IMPL_CHECK_HPP
#define XXGK_IMPL_CHECK_HPP

// The definitions of `check`, `check_file` and `to_json_text` (check.hpp): included by check.hpp
// when header-only; compiled once by <xxgk/impl/src.hpp> with separate compilation (config.hpp).

#include <xxgk/across_years.hpp>
#include <xxgk/check.hpp>
#include <xxgk/config.hpp>
#include <xxgk/detail/encoding.hpp>
#include <xxgk/detail/strings.hpp>
#include <xxgk/diagnostic.hpp>
#include <xxgk/explain.hpp>
#include <xxgk/json.hpp>
#include <xxgk/json_sarif.hpp>
#include <xxgk/parse.hpp>
#include <xxgk/prose.hpp>
#include <xxgk/text_writer.hpp>
#include <xxgk/validate.hpp>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace xxgk {
namespace detail::checking {

/// A canonical report JSON: its first character after spaces and a UTF-8 BOM is '{'.
[[nodiscard]] inline bool looks_like_json(std::string_view text) noexcept {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && text[first] == '{';
}

/// A file named *.json (any case).
[[nodiscard]] inline bool json_name(std::string_view path) noexcept {
  if (path.size() < 5) return false;
  constexpr std::string_view ext = ".json";
  for (std::size_t i = 0; i != ext.size(); ++i) {
    char c = path[path.size() - ext.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != ext[i]) return false;
  }
  return true;
}

/// `diagnostics` in source order (text_writer.hpp's `in_source_order`), moved.
inline void sort_by_source(std::vector<diagnostic>& diagnostics) {
  const std::vector<const diagnostic*> order = in_source_order(diagnostics);
  std::vector<diagnostic> sorted;
  sorted.reserve(diagnostics.size());
  for (const diagnostic* d : order) sorted.push_back(std::move(*const_cast<diagnostic*>(d)));  // NOLINT: our own vector
  diagnostics = std::move(sorted);
}

inline void append(std::vector<diagnostic>& to, std::vector<diagnostic>&& more) {
  for (diagnostic& d : more) to.push_back(std::move(d));
}

/// Identities, EXPLAIN.CELL notes and, with `previous`, X.* of a report in memory, in the
/// order they were found.
inline std::vector<diagnostic> report_diagnostics(const any_report& report, const any_report* previous,
                                                  const check_options& options) {
  std::vector<diagnostic> out;
  report.visit([&](const auto& now) {
    const auto findings = validate(now, options.validation);
    out = describe(now, findings);
    if (previous == nullptr) {
      if (options.explain) append(out, describe(now, explain(now, findings, options.validation)));
      return;
    }
    previous->visit([&](const auto& before) {
      const auto across = validate_across_years(now, before, options.validation);
      append(out, describe(now, before, across));
      if (options.explain)
        append(out, describe(now, before, explain_across_years(now, before, findings, across, options.validation)));
    });
  });
  return out;
}

/// The text that the diagnostics of a document refer to: the document when it is UTF-8 (or
/// JSON), its UTF-8 when the reader decoded it from GBK/GB18030 (INPUT.DECODED), else the
/// document as it is (a writer shows what is no UTF-8 as U+FFFD).
[[nodiscard]] inline std::string source_text(std::string_view document, bool decoded) {
  if (decoded) {
    std::string text;
    if (detail::decode_gb18030(document, text) == std::string_view::npos) return text;
  }
  return std::string(document);
}

inline result<checked_report> check_document(std::string_view document, bool json, const any_report* previous,
                                             const check_options& options) {
  result<parsed_report> parsed = json ? read_report_json(document) : parse(document, {options.edition});
  if (!parsed) return parsed.error();
  checked_report out;
  out.diagnostics = describe(parsed->findings);
  append(out.diagnostics, report_diagnostics(parsed->report, previous, options));
  // the numbers the prose states (text only) against the tables: TXT.*
  parsed->report.visit([&](const auto& r) { append(out.diagnostics, describe(check_prose(r, parsed->claims))); });
  sort_by_source(out.diagnostics);
  out.inferred = inferred_cells(parsed->report);
  if (options.keep_source) {
    const bool decoded = std::any_of(parsed->findings.begin(), parsed->findings.end(),
                                     [](const source_finding& f) { return f.rule->id == rules::input_decoded.id; });
    out.source = source_text(document, decoded);
  }
  out.report = std::move(parsed->report);
  return out;
}

/// The bytes of the file at `path` into `out`, read in big blocks; false when it cannot be read
/// (missing, no permission, a directory).
[[nodiscard]] inline bool read_file(std::string_view path, std::string& out) {
  const std::string name(path);
  struct closer {
    void operator()(std::FILE* f) const noexcept { std::fclose(f); }
  };
  const std::unique_ptr<std::FILE, closer> file(std::fopen(name.c_str(), "rb"));
  if (!file) return false;
  out.clear();
  if (std::fseek(file.get(), 0, SEEK_END) == 0) {
    // the size of a regular file; a directory or a device may say anything: trust it up to 1 GiB
    const long size = std::ftell(file.get());
    if (size > 0 && size <= (1L << 30)) out.reserve(static_cast<std::size_t>(size));
    std::rewind(file.get());
  }
  char buffer[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, file.get())) != 0) out.append(buffer, n);
  return std::ferror(file.get()) == 0;
}

inline result<checked_report> check_path(std::string_view path, const any_report* previous,
                                         const check_options& options) {
  std::string bytes;
  if (!read_file(path, bytes))
    return error{std::string(rules::input_file.id), std::string(rules::input_file.en) + ": " + detail::describing::valid_utf8(path), {}};
  const bool json = options.format == input_format::json ||
                    (options.format == input_format::automatic && (json_name(path) || looks_like_json(bytes)));
  return check_document(bytes, json, previous, options);
}

}  // namespace detail::checking

XXGK_DECL result<checked_report> check(std::string_view document, const check_options& options) {
  namespace ck = detail::checking;
  const bool json = options.format == input_format::json ||
                    (options.format == input_format::automatic && ck::looks_like_json(document));
  return ck::check_document(document, json, nullptr, options);
}

XXGK_DECL result<checked_report> check(std::string_view document, const any_report& previous,
                                       const check_options& options) {
  namespace ck = detail::checking;
  const bool json = options.format == input_format::json ||
                    (options.format == input_format::automatic && ck::looks_like_json(document));
  return ck::check_document(document, json, &previous, options);
}

XXGK_DECL result<checked_report> check_file(std::string_view path, const check_options& options) {
  return detail::checking::check_path(path, nullptr, options);
}

XXGK_DECL result<checked_report> check_file(std::string_view path, const any_report& previous,
                                            const check_options& options) {
  return detail::checking::check_path(path, &previous, options);
}

XXGK_DECL std::vector<diagnostic> check(const any_report& report, const check_options& options) {
  std::vector<diagnostic> out = detail::checking::report_diagnostics(report, nullptr, options);
  detail::checking::sort_by_source(out);
  return out;
}

XXGK_DECL std::vector<diagnostic> check(const any_report& report, const any_report& previous,
                                        const check_options& options) {
  std::vector<diagnostic> out = detail::checking::report_diagnostics(report, &previous, options);
  detail::checking::sort_by_source(out);
  return out;
}

XXGK_DECL std::string to_json_text(std::string_view file, const checked_report& checked, language lang) {
  // written straight, as checked_file_json(...).dump() would write it, without the JSON value
  std::string out;
  out.reserve(1024 + 512 * checked.diagnostics.size());
  write_checked_file_json(out, file, checked.report, checked.diagnostics, lang);
  return out;
}

XXGK_DECL std::string to_json_text(const any_report& report) {
  return to_json(report).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

XXGK_DECL std::string to_sarif_text(std::span<const sarif_file> files, language lang) {
  sarif_log log(lang);
  for (const sarif_file& f : files) {
    if (f.failure != nullptr) log.add(f.file, *f.failure);
    else log.add(f.file, f.diagnostics);
  }
  return log.dump();
}

XXGK_DECL std::string to_json_text(std::string_view file, const error& failure, language lang) {
  return unreadable_file_json(file, describe(failure), lang)
      .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace xxgk

#endif
