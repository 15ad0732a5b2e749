// expect-error: "S3\.TOTAL"[^)}]*outcome_total", "natural_person", 47, 48|rules::s3_total, xxgk::s3::table_2021, xxgk::s3::outcome_total, xxgk::s3::natural_person, 47LL, 48LL
// （七）总计 changed consistently across its row (自然人 48, 总计 53), so every S3.ROW holds; the
// 自然人 column no longer adds up: （一）…（六） give 25 + 14 + 1 + 7 = 47, （七）总计 says 48.
// (-DXXGK_WITHOUT_MISUSE compiles: the report as published passes.)
#include "../../examples/changchun_2023.hpp"

inline constexpr xxgk::report_2021 changed = [] {
  namespace s3 = xxgk::s3;
  xxgk::report_2021 r = make_changchun_2023();
#ifndef XXGK_WITHOUT_MISUSE
  r(s3::outcome_total, s3::natural_person) = 48;
  r(s3::outcome_total, s3::total) = 53;
#endif
  return r;
}();

static_assert(xxgk::static_check<changed>());
