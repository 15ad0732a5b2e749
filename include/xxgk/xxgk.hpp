#ifndef XXGK_XXGK_HPP
#define XXGK_XXGK_HPP

/// xxgk: typed models and checks of China's government information disclosure annual reports
/// (政府信息公开工作年度报告), editions 2019 and 2021 of the national format.

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
