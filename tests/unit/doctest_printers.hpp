#ifndef XXGK_TESTS_UNIT_DOCTEST_PRINTERS_HPP
#define XXGK_TESTS_UNIT_DOCTEST_PRINTERS_HPP

// How doctest prints xxgk values in failed CHECKs. One definition for the whole unit-test
// executable: include this header rather than specialising doctest::StringMaker again.

#include <xxgk/decimal.hpp>
#include <xxgk/report.hpp>

#include <doctest/doctest.h>

#include <string>

namespace doctest {
template <>
struct StringMaker<xxgk::cell_ref> {
  static String convert(const xxgk::cell_ref& r) {
    std::string out("{table ");
    out.append(std::to_string(r.table)).append(", row ").append(std::to_string(r.row));
    out.append(", column ").append(std::to_string(r.column)).append("}");
    return out.c_str();
  }
};
template <>
struct StringMaker<xxgk::decimal> {
  static String convert(const xxgk::decimal& d) {
    // to_text's precondition is scale <= max_scale: a broken value is printed raw, not read past
    std::string out(d.scale <= xxgk::decimal::max_scale ? d.to_text().view() : "?");
    out.append(" (units ").append(std::to_string(d.units)).append(", scale ");
    out.append(std::to_string(d.scale)).append(")");
    return out.c_str();
  }
};
}  // namespace doctest

#endif
