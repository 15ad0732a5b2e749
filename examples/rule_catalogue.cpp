// Prints the catalogue of rule ids and finding codes as the markdown table of the README.
// The README's table is this program's output (a test compares them): the catalogue in
// <xxgk/rule.hpp> is the single source of the ids, severities and texts.

#include <xxgk/rule.hpp>

#include <cstdio>
#include <span>
#include <string_view>

namespace {

void print_section(std::string_view title, std::span<const xxgk::rule_info* const> rules) {
  std::printf("| %.*s | severity | checks (zh) | checks (en) |\n|---|---|---|---|\n", static_cast<int>(title.size()),
              title.data());
  for (const xxgk::rule_info* r : rules) {
    const std::string_view severity = xxgk::to_string(r->severity);
    std::printf("| `%.*s` | %.*s | %.*s | %.*s |\n", static_cast<int>(r->id.size()), r->id.data(),
                static_cast<int>(severity.size()), severity.data(), static_cast<int>(r->zh.size()), r->zh.data(),
                static_cast<int>(r->en.size()), r->en.data());
  }
  std::printf("\n");
}

}  // namespace

int main() {
  print_section("identities and cells (`validate`)", xxgk::rules::catalogue);
  print_section("across years (`validate_across_years`)", xxgk::rules::across_years_catalogue);
  print_section("prose against tables (`check_prose`)", xxgk::rules::prose_catalogue);
  print_section("readers (`parse`, `read_report_json`)", xxgk::rules::reader_catalogue);
  print_section("suggestions beside the findings (`explain`)", xxgk::rules::explain_catalogue);
  return 0;
}
