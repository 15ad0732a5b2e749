// libFuzzer target: arbitrary bytes through the text parser, `xxgk::parse`, read as every
// edition choice (automatic, 2019, 2021), each report then through `validate`.
//
// Besides crashes, leaks, undefined behaviour, timeouts and memory blow-ups, it stops on a
// broken promise of the headers (oracle.hpp): a failure that is not an INPUT.* error, a finding
// or cell pointing outside the input, a forced edition not honoured, a different report when the
// edition chosen automatically is forced, an INPUT.* failure that depends on the edition.

#include "oracle.hpp"

#include <xxgk/parse.hpp>
#include <xxgk/validate.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using xxgk_fuzz::expect;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const xxgk_fuzz::source_shape shape(text);

  std::optional<xxgk::result<xxgk::parsed_report>> automatic;
  for (const xxgk::edition_choice choice :
       {xxgk::edition_choice::automatic, xxgk::edition_choice::y2019, xxgk::edition_choice::y2021}) {
    xxgk::result<xxgk::parsed_report> parsed = xxgk::parse(text, {choice});
    // only the search for tables depends on the edition: the checks of the input come first
    const auto input_failure = [](const xxgk::result<xxgk::parsed_report>& r) -> std::string {
      return !r && r.error().code != "INPUT.NO_TABLES" ? r.error().code : std::string();
    };
    if (automatic)
      expect(input_failure(*automatic) == input_failure(parsed), "an input failure does not depend on the edition");
    if (!parsed) {
      xxgk_fuzz::check_error(parsed.error(), shape);
      if (!automatic) automatic.emplace(std::move(parsed));
      continue;
    }
    xxgk_fuzz::check_findings(parsed->findings, shape);
    xxgk_fuzz::check_cells(parsed->report, shape);
    xxgk_fuzz::check_validate(parsed->report);

    if (choice == xxgk::edition_choice::y2019)
      expect(parsed->report.edition() == xxgk::edition::y2019, "--edition 2019 reads an edition-2019 report");
    if (choice == xxgk::edition_choice::y2021)
      expect(parsed->report.edition() == xxgk::edition::y2021, "--edition 2021 reads an edition-2021 report");

    if (!automatic) {
      automatic.emplace(std::move(parsed));
    } else if (*automatic && (*automatic)->report.edition() == parsed->report.edition()) {
      // forcing the edition that was chosen automatically reads the same report
      const bool same = parsed->report.visit([&](const auto& forced) {
        using R = std::remove_cvref_t<decltype(forced)>;
        const R* chosen = (*automatic)->report.get<typename R::edition_type>();
        return chosen != nullptr && *chosen == forced;
      });
      expect(same, "forcing the edition chosen automatically reads the same report");
    }
  }
  return 0;
}
