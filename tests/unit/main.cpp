// The doctest runner, compiled once (object library xxgk_doctest_main) and linked into
// xxgk_unit_tests. Test cases live in tests/unit/*_test.cpp.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
