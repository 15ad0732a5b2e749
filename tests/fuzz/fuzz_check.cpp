// libFuzzer target: the whole xxgk-check pipeline (examples/xxgk_check.cpp) on arbitrary bytes,
// all output written to strings:
//   bytes → xxgk::read_report_json when the first character after spaces and a byte-order mark
//   is '{', else xxgk::parse → validate → explain → describe → text (zh, en) and JSON writers,
//   and the canonical report JSON of --emit report-json.
//
// Besides crashes, leaks, undefined behaviour, timeouts and memory blow-ups, it stops on a
// broken promise (oracle.hpp and below):
//   - every diagnostic line of the text output is one line, and all output is valid UTF-8;
//   - the JSON output is valid UTF-8 as written (nothing for the error handler to replace), and
//     the entry xxgk-check writes (write_checked_file_json) is byte for byte nlohmann's dump;
//   - the canonical JSON of the report (--emit report-json) reads back without INPUT.JSON
//     findings, as the same edition, and is a fixed point of to_json ∘ read_report_json;
//   - every EXPLAIN.CELL candidate, set to its suggested value, makes the failures it explains
//     hold and breaks nothing that held (oracle.hpp, check_explain).

#include "oracle.hpp"

#include <xxgk/diagnostic.hpp>
#include <xxgk/explain.hpp>
#include <xxgk/json.hpp>
#include <xxgk/parse.hpp>
#include <xxgk/text_writer.hpp>
#include <xxgk/validate.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

using xxgk_fuzz::expect;
using ojson = nlohmann::ordered_json;

/// As xxgk-check decides without a file name: '{' first, after spaces and a byte-order mark.
bool looks_like_json(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && text[first] == '{';
}

/// Dumps as xxgk-check does (invalid UTF-8 replaced), and checks there was nothing to replace.
std::string dump_checked(const ojson& j, const char* what) {
  const std::string replaced = j.dump(-1, ' ', false, ojson::error_handler_t::replace);
  const std::string ignored = j.dump(-1, ' ', false, ojson::error_handler_t::ignore);
  expect(replaced == ignored, what);
  return replaced;
}

void check_text(const std::string& line, const char* what) {
  expect(line.find('\n') == std::string::npos, what);
  expect(xxgk_fuzz::valid_utf8(line), what);
}

void write_outputs(std::string_view name, const xxgk::any_report& report,
                   const std::vector<xxgk::diagnostic>& diagnostics) {
  for (const xxgk::language lang : {xxgk::language::zh, xxgk::language::en}) {
    for (const xxgk::diagnostic& d : diagnostics)
      check_text(xxgk::format_diagnostic(name, d, lang), "a diagnostic is one line of valid UTF-8");
    const std::string text = xxgk::to_text(name, diagnostics, lang);
    expect(xxgk_fuzz::valid_utf8(text), "the text output is valid UTF-8");
    const std::string dumped = dump_checked(xxgk::checked_file_json(name, report, diagnostics, lang),
                                            "the JSON output holds valid UTF-8 before dumping");
    std::string written;
    xxgk::write_checked_file_json(written, name, report, diagnostics, lang);
    expect(written == dumped, "the checker's JSON entry, written straight, is what nlohmann/json dumps");
  }
}

/// --emit report-json, and what reading that output back promises.
void emit_report(const xxgk::any_report& report) {
  const ojson canonical = xxgk::to_json(report);
  const std::string written = dump_checked(canonical, "the canonical JSON holds valid UTF-8 before dumping");
  const xxgk::result<xxgk::parsed_report> again = xxgk::read_report_json(written);
  expect(again.has_value(), "the canonical JSON of a report reads back");
  expect(again->report.edition() == report.edition(), "the canonical JSON reads back as the same edition");
  for (const xxgk::source_finding& f : again->findings)
    expect(f.rule != &xxgk::rules::input_json, "the canonical JSON reads back without an INPUT.JSON finding");
  expect(xxgk::to_json(again->report) == canonical, "to_json(read(to_json(x))) == to_json(x)");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const xxgk_fuzz::source_shape shape(text);
  const bool json = looks_like_json(text);
  const std::string_view name = json ? "input.json" : "input.txt";

  xxgk::result<xxgk::parsed_report> parsed = json ? xxgk::read_report_json(text) : xxgk::parse(text);
  if (!parsed) {
    xxgk_fuzz::check_error(parsed.error(), shape);
    const xxgk::diagnostic failure = xxgk::describe(parsed.error());
    for (const xxgk::language lang : {xxgk::language::zh, xxgk::language::en}) {
      check_text(xxgk::format_diagnostic(name, failure, lang), "a reader's failure is one line of valid UTF-8");
      (void)dump_checked(xxgk::unreadable_file_json(name, failure, lang),
                         "the JSON output of a failure holds valid UTF-8 before dumping");
    }
    return 0;
  }
  xxgk_fuzz::check_findings(parsed->findings, shape);
  xxgk_fuzz::check_cells(parsed->report, shape);

  std::vector<xxgk::diagnostic> diagnostics = xxgk::describe(parsed->findings);
  parsed->report.visit([&](const auto& report) {
    const auto findings = xxgk::validate(report);
    for (xxgk::diagnostic& d : xxgk::describe(report, findings)) diagnostics.push_back(std::move(d));
    xxgk_fuzz::check_explain(report, findings);
    for (xxgk::diagnostic& d : xxgk::describe(report, xxgk::explain(report, findings)))
      diagnostics.push_back(std::move(d));
  });
  write_outputs(name, parsed->report, diagnostics);
  emit_report(parsed->report);
  return 0;
}
