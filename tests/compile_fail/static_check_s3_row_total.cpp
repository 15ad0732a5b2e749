// expect-error: "S3\.ROW"[^)}]*granted", "total", 30, 31|rules::s3_row, xxgk::s3::table_2021, xxgk::s3::granted, xxgk::s3::total, 30LL, 31LL
// static_check names the rule, the row, the column, the expected and the published value when
// a 总计 of chapter 三 disagrees with its row: here （一）予以公开 总计 published as 31 instead
// of 30 (25 + 5). g++ prints them in `rule_failed_at<static_failure{"S3.ROW", "section3",
// "granted", "total", 30, 31}>`, clang in `rule_failed(&"S3.ROW"[0], 2, 6, 30, 31)`.
// (-DXXGK_WITHOUT_MISUSE compiles: the report as published passes.)
#include "../../examples/changchun_2023.hpp"

inline constexpr xxgk::report_2021 changed = [] {
  xxgk::report_2021 r = make_changchun_2023();
#ifndef XXGK_WITHOUT_MISUSE
  r(xxgk::s3::granted, xxgk::s3::total) = 31;
#endif
  return r;
}();

static_assert(xxgk::static_check<changed>());
