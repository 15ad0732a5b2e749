// expect-error: Rule<(Rules|not_a_rule), (xxgk::)?report<
// validate's extra arguments must be rules (the concept xxgk::Rule): an options-like struct is
// rejected, and the error names the concept. (-DXXGK_WITHOUT_MISUSE compiles, without it.)
#include <xxgk/model.hpp>

#include <cstddef>

struct not_a_rule {
  bool strict = true;
};

constexpr std::size_t findings_of_empty_report() {
  const xxgk::report_2021 r{};
#ifndef XXGK_WITHOUT_MISUSE
  return xxgk::validate(r, {}, not_a_rule{}).size();
#else
  return xxgk::validate(r, {}).size();
#endif
}

static_assert(findings_of_empty_report() == 0);
