// libFuzzer target: arbitrary bytes through the JSON reader, `xxgk::read_report_json`; a report
// it reads goes through `validate` and a round trip through the canonical JSON.
//
// Besides crashes, leaks, undefined behaviour, timeouts and memory blow-ups, it stops on a
// broken promise (oracle.hpp): a failure that is not an INPUT.* error or points outside the
// input, and, for the canonical JSON of what was read:
//   - it reads back without a single INPUT.JSON finding (the writer only writes what the reader
//     takes), as the same edition;
//   - it is a fixed point: to_json(read(to_json(x))) == to_json(x).

#include "oracle.hpp"

#include <xxgk/json.hpp>
#include <xxgk/validate.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

std::string dump(const nlohmann::ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using xxgk_fuzz::expect;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const xxgk_fuzz::source_shape shape(text);

  const xxgk::result<xxgk::parsed_report> read = xxgk::read_report_json(text);
  if (!read) {
    xxgk_fuzz::check_error(read.error(), shape);
    return 0;
  }
  xxgk_fuzz::check_findings(read->findings, shape);
  xxgk_fuzz::check_validate(read->report);

  const nlohmann::ordered_json canonical = xxgk::to_json(read->report);
  const std::string written = dump(canonical);
  expect(xxgk_fuzz::valid_utf8(written), "the canonical JSON is valid UTF-8");

  const xxgk::result<xxgk::parsed_report> again = xxgk::read_report_json(written);
  expect(again.has_value(), "the canonical JSON of a report reads back");
  expect(again->report.edition() == read->report.edition(), "the canonical JSON reads back as the same edition");
  for (const xxgk::source_finding& f : again->findings)
    expect(f.rule != &xxgk::rules::input_json, "the canonical JSON reads back without an INPUT.JSON finding");
  expect(xxgk::to_json(again->report) == canonical, "to_json(read(to_json(x))) == to_json(x)");
  return 0;
}
