// expect-error: "S3\.BALANCE"[^)}]*carried_forward", "natural_person", 51, 50|rules::s3_balance, xxgk::s3::table_2021, xxgk::s3::carried_forward, xxgk::s3::natural_person, 51LL, 50LL
// 二、上年结转 changed consistently across its row (自然人 1, 总计 1): S3.ROW and S3.TOTAL hold, and
// only the table's own note fails, 第一项加第二项之和，等于第三项加第四项之和: in the 自然人 column
// 50 + 1 = 51 but 47 + 3 = 50. The finding points at 四、结转下年度继续办理.
// (-DXXGK_WITHOUT_MISUSE compiles: the report as published passes.)
#include "../../examples/changchun_2023.hpp"

inline constexpr xxgk::report_2021 changed = [] {
  namespace s3 = xxgk::s3;
  xxgk::report_2021 r = make_changchun_2023();
#ifndef XXGK_WITHOUT_MISUSE
  r(s3::carried_over, s3::natural_person) = 1;
  r(s3::carried_over, s3::total) = 1;
#endif
  return r;
}();

static_assert(xxgk::static_check<changed>());
