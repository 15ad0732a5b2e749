// expect-error: "S3\.ROW"[^)}]*granted", "total", 31, 30|rules::s3_row, xxgk::s3::table_2021, xxgk::s3::granted, xxgk::s3::total, 31LL, 30LL
// One applicant cell changed breaks two identities: its row's 总计 (S3.ROW) and its column's
// （七）总计 (S3.TOTAL). validate checks rows across before columns down, so static_check reports
// S3.ROW first: （一）予以公开 自然人 26 instead of 25, so 26 + 5 = 31 but 总计 says 30.
// (-DXXGK_WITHOUT_MISUSE compiles: the report as published passes.)
#include "../../examples/changchun_2023.hpp"

inline constexpr xxgk::report_2021 changed = [] {
  xxgk::report_2021 r = make_changchun_2023();
#ifndef XXGK_WITHOUT_MISUSE
  r(xxgk::s3::granted, xxgk::s3::natural_person) = 26;
#endif
  return r;
}();

static_assert(xxgk::static_check<changed>());
