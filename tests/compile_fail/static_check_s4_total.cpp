// expect-error: "S4\.TOTAL"[^)}]*reconsideration", "total", 1, 0|rules::s4_total, xxgk::s4::table, xxgk::s4::reconsideration, xxgk::s4::total, 1LL, 0LL
// Chapter 四: one 行政复议 case 结果维持 added without changing its 总计 (0).
// (-DXXGK_WITHOUT_MISUSE compiles: the report as published passes.)
#include "../../examples/changchun_2023.hpp"

inline constexpr xxgk::report_2021 changed = [] {
  xxgk::report_2021 r = make_changchun_2023();
#ifndef XXGK_WITHOUT_MISUSE
  r(xxgk::s4::reconsideration, xxgk::s4::upheld) = 1;
#endif
  return r;
}();

static_assert(xxgk::static_check<changed>());
