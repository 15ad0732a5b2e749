#ifndef XXGK_TESTS_UNIT_TEST_SUPPORT_HPP
#define XXGK_TESTS_UNIT_TEST_SUPPORT_HPP

// Helpers shared by the unit tests.

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

/// REQUIRE that also leaves the test when doctest runs without exceptions (the -fno-exceptions
/// build), where a failed REQUIRE reports and carries on.
#define REQUIRE_OR_RETURN(cond) \
  do {                          \
    REQUIRE(cond);              \
    if (!(cond)) return;        \
  } while (false)

namespace xxgk_test {

/// The bytes of a file of tests/data, as they are.
inline std::string read_data_file(const std::string& name) {
  std::ifstream in(std::string(XXGK_TEST_DATA_DIR) + "/" + name, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "missing test data file " << name);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace xxgk_test

#endif
