#ifndef XXGK_TESTS_UNIT_DOCTEST_PRINTERS_HPP
#define XXGK_TESTS_UNIT_DOCTEST_PRINTERS_HPP

// How doctest prints xxgk values in failed CHECKs: the printers users get, from
// <xxgk/doctest_printers.hpp>. tests/CMakeLists.txt includes them in every unit test file
// (-include): explicit specialisations of doctest::StringMaker must be seen by every file of the
// program that prints those types, or some file defines doctest's default printer in their place.

#include <xxgk/doctest_printers.hpp>

#endif
