#ifndef XXGK_MODEL_HPP
#define XXGK_MODEL_HPP

/// The typed model of the report tables and its constexpr checks: tables, cells, `validate`,
/// `static_check`, `explain`. What a translation unit that only builds and checks reports in C++
/// needs (examples/constexpr_report.cpp); <xxgk/xxgk.hpp> adds the reader and the writers.

#include <xxgk/category.hpp>
#include <xxgk/cell.hpp>
#include <xxgk/decimal.hpp>
#include <xxgk/explain.hpp>
#include <xxgk/finding.hpp>
#include <xxgk/fixed_string.hpp>
#include <xxgk/report.hpp>
#include <xxgk/rule.hpp>
#include <xxgk/schema/editions.hpp>
#include <xxgk/schema/section2_2019.hpp>
#include <xxgk/schema/section2_2021.hpp>
#include <xxgk/schema/section3.hpp>
#include <xxgk/schema/section4.hpp>
#include <xxgk/schema/table.hpp>
#include <xxgk/small_string.hpp>
#include <xxgk/static_check.hpp>
#include <xxgk/table.hpp>
#include <xxgk/validate.hpp>

#endif
