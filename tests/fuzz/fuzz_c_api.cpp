// libFuzzer target: the C interface (bindings/c, <xxgk/xxgk.h>) on arbitrary bytes, with the
// options chosen by the input's last byte:
//   bit 0 lang en, bits 1-2 edition (auto, 2019, 2021), bits 3-4 format (auto, text, json),
//   bit 5 blanks not assessable, bit 6 no EXPLAIN.CELL, bit 7 the input is also last year's
//   report (X.* checks; its failure is XXGK_ERROR_PREVIOUS).
// The whole input is the document (so the seeds of tests/data stay reports).
//
// Besides crashes, leaks, undefined behaviour, timeouts and memory blow-ups, it stops on a
// broken promise of xxgk.h:
//   - xxgk_check ends in XXGK_OK, XXGK_REPORT_ERRORS or XXGK_ERROR_INPUT (XXGK_ERROR_PREVIOUS
//     only with a previous report), never in an argument, memory or internal error;
//   - with a document, it is valid UTF-8 and JSON, {"files":[one entry]}, with an error finding
//     exactly when the status is not XXGK_OK; on XXGK_ERROR_INPUT its one finding is the error
//     (rule = code, line, col), the code an INPUT.* code, the position inside the input;
//   - the error's code and message are NUL-terminated valid UTF-8 (cut on a character boundary);
//   - xxgk_parse ends in XXGK_OK or XXGK_ERROR_INPUT; its canonical JSON reads back, as JSON,
//     to the same text (a fixed point);
//   - every string returned is released with xxgk_free (LeakSanitizer sees the rest).

#include "oracle.hpp"

#include <xxgk/xxgk.h>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace {

using xxgk_fuzz::expect;

/// A string the library returned, released when this goes.
struct owned {
  char* p = nullptr;
  owned() = default;
  owned(const owned&) = delete;
  owned& operator=(const owned&) = delete;
  ~owned() { xxgk_free(p); }
};

void check_error(const xxgk_error& e, const xxgk_fuzz::source_shape& shape, bool input_code) {
  expect(std::memchr(e.code, '\0', sizeof e.code) != nullptr, "xxgk_error.code is NUL-terminated");
  expect(std::memchr(e.message, '\0', sizeof e.message) != nullptr, "xxgk_error.message is NUL-terminated");
  expect(xxgk_fuzz::valid_utf8(e.message), "xxgk_error.message is valid UTF-8, cut on a character boundary");
  expect(e.message[0] != '\0', "an error has a message");
  if (input_code) {
    expect(std::string_view(e.code).starts_with("INPUT."), "an input error has an INPUT.* code");
    expect(shape.holds(xxgk::source_pos{e.line, e.col}), "an input error's position lies in the input");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const char* const text = reinterpret_cast<const char*>(data);
  const std::string_view input(text, size);
  const xxgk_fuzz::source_shape shape(input);
  const unsigned choice = size == 0 ? 0U : data[size - 1];

  xxgk_options options{};
  options.lang = static_cast<int>(choice & 1U);
  constexpr int editions[] = {XXGK_EDITION_AUTO, XXGK_EDITION_2019, XXGK_EDITION_2021, XXGK_EDITION_AUTO};
  options.edition = editions[(choice >> 1U) & 3U];
  options.format = static_cast<int>(((choice >> 3U) & 3U) % 3U);
  options.blanks = static_cast<int>((choice >> 5U) & 1U);
  options.no_explain = static_cast<int>((choice >> 6U) & 1U);
  const bool with_previous = ((choice >> 7U) & 1U) != 0;
  if (with_previous) {
    options.previous = text;
    options.previous_size = size;
  }

  // --- xxgk_check ----------------------------------------------------------------------------
  {
    owned out;
    xxgk_error error;
    const xxgk_status status = xxgk_check(text, size, &options, &out.p, &error);
    expect(status == XXGK_OK || status == XXGK_REPORT_ERRORS || status == XXGK_ERROR_INPUT ||
               (status == XXGK_ERROR_PREVIOUS && with_previous),
           "xxgk_check ends in OK, REPORT_ERRORS or ERROR_INPUT (ERROR_PREVIOUS with a previous report)");
    if (status == XXGK_ERROR_PREVIOUS) {
      expect(out.p == nullptr, "no document when last year's report is unreadable");
      check_error(error, shape, true);
    } else {
      expect(out.p != nullptr, "xxgk_check returns a document");
      const std::string_view document(out.p);
      expect(xxgk_fuzz::valid_utf8(document), "the document is valid UTF-8");
      expect(document.starts_with("{\"files\":[\n") && document.ends_with("\n]}\n"),
             "the document is the checker's, for one file");
      const nlohmann::json doc = nlohmann::json::parse(document, nullptr, false);
      expect(!doc.is_discarded(), "the document is JSON");
      expect(doc.is_object() && doc.contains("files") && doc["files"].is_array() && doc["files"].size() == 1,
             "the document is {\"files\":[one entry]}");
      const nlohmann::json& entry = doc["files"][0];
      expect(entry.is_object() && entry.contains("summary") && entry.contains("findings"),
             "the entry has a summary and findings");
      const bool errors = entry["summary"].value("errors", 0) != 0;
      expect(errors == (status != XXGK_OK), "the status is XXGK_OK exactly when no finding is an error");
      if (status == XXGK_ERROR_INPUT) {
        check_error(error, shape, true);
        const nlohmann::json& findings = entry["findings"];
        expect(findings.size() == 1, "an unreadable document has one finding, the error");
        const nlohmann::json& f = findings[0];
        expect(f.is_object() && f.contains("rule") && f.contains("line") && f.contains("col"),
               "a finding has a rule, a line and a column");
        expect(f["rule"] == error.code, "the finding of an unreadable document is its error");
        expect(f["line"] == (error.line == 0 ? nlohmann::json(nullptr) : nlohmann::json(error.line)) &&
                   f["col"] == (error.col == 0 ? nlohmann::json(nullptr) : nlohmann::json(error.col)),
               "the error's position is its finding's");
      } else {
        expect(error.code[0] == '\0' && error.message[0] == '\0', "no error when the document was read");
      }
    }
  }

  // --- xxgk_parse ----------------------------------------------------------------------------
  {
    owned out;
    xxgk_error error;
    const xxgk_status status = xxgk_parse(text, size, &options, &out.p, &error);
    expect(status == XXGK_OK || status == XXGK_ERROR_INPUT, "xxgk_parse ends in OK or ERROR_INPUT");
    if (status == XXGK_ERROR_INPUT) {
      expect(out.p == nullptr, "no report JSON when nothing was read");
      check_error(error, shape, true);
    } else {
      expect(out.p != nullptr, "xxgk_parse returns the report JSON");
      expect(xxgk_fuzz::valid_utf8(out.p), "the report JSON is valid UTF-8");
      xxgk_options json{};
      json.format = XXGK_FORMAT_JSON;
      owned again;
      expect(xxgk_parse(out.p, std::strlen(out.p), &json, &again.p, nullptr) == XXGK_OK,
             "the canonical report JSON reads back");
      expect(std::strcmp(out.p, again.p) == 0, "the canonical report JSON is a fixed point of xxgk_parse");
    }
  }

  // --- the arguments are checked before anything is read --------------------------------------
  expect(xxgk_check(text, size, &options, nullptr, nullptr) == XXGK_ERROR_ARGUMENT, "out NULL is an argument error");
  return 0;
}
