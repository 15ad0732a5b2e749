// The 10-line program: parse, validate, describe, print (scripts/compile_cost.sh).
#include <xxgk/xxgk.hpp>

#include <iostream>
#include <string>

int main() {
  const std::string text(std::istreambuf_iterator<char>(std::cin), {});
  const auto parsed = xxgk::parse(text);
  if (!parsed) return 2;
  parsed->report.visit([](const auto& r) {
    for (const xxgk::diagnostic& d : xxgk::describe(r, xxgk::validate(r))) std::cout << d.message_en << '\n';
  });
}
