// expect-error: "S3\.ROW"[^)}]*carried_forward", "total", 7, 8|rules::s3_row, xxgk::s3::table_2021, xxgk::s3::carried_forward, xxgk::s3::total, 7LL, 8LL
// 四、结转下年度继续办理 总计 published as 8 instead of 7: its row (3 + 4 = 7) fails first, before
// the balance of the 总计 column (59 + 0 ≠ 52 + 8), which static_check would report next.
// (-DXXGK_WITHOUT_MISUSE compiles: the report as published passes.)
#include "../../examples/changchun_2023.hpp"

inline constexpr xxgk::report_2021 changed = [] {
  xxgk::report_2021 r = make_changchun_2023();
#ifndef XXGK_WITHOUT_MISUSE
  r(xxgk::s3::carried_forward, xxgk::s3::total) = 8;
#endif
  return r;
}();

static_assert(xxgk::static_check<changed>());
