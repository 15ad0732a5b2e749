// A user's translation unit: check a file in one call and print its diagnostics.
// scripts/compile_cost.sh times it header-only and with -DXXGK_SEPARATE_COMPILATION.
#include <xxgk/check.hpp>
#include <xxgk/text_writer.hpp>

#include <iostream>

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  const auto checked = xxgk::check_file(argv[1]);
  if (!checked) {
    std::cerr << xxgk::format_diagnostic(argv[1], xxgk::describe(checked.error())) << '\n';
    return 2;
  }
  xxgk::write_text(std::cout, argv[1], checked->diagnostics);
  return checked->has_errors() ? 1 : 0;
}
