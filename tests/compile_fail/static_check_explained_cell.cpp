// expect-error: one_cell_explains_the_failures<[^>]*likely_cell[{]"section3", "unable_not_held", "natural_person", 9, 7[}]|report_fails_rule_explained_by<xxgk::rules::s3_row, [^>]*, 9LL, 7LL, xxgk::s3::table_2021, xxgk::s3::unable_not_held, xxgk::s3::natural_person, 9LL, 7LL>
// When one published number explains every error (EXPLAIN.CELL with one candidate), static_check
// names it beside the first failing rule: here 1.本机关不掌握相关政府信息 / 自然人 published as 9
// instead of 7 breaks its row (S3.ROW: 9 + 0 ≠ 7) and its column (S3.TOTAL: （七）总计 47 ≠ 49),
// which cross at that cell, and 7 there would make both hold. g++ prints
// `one_cell_explains_the_failures<static_failure{...}, likely_cell{"section3", "unable_not_held",
// "natural_person", 9, 7}>`, clang `one_cell_explains_the_failures(&"S3.ROW"[0], 12, 6, 12, 0, 9, 7)`
// (the failing total's row and column, then the likely cell's, its value and the value needed).
// (-DXXGK_WITHOUT_MISUSE compiles: the report as published passes.)
#include "../../examples/changchun_2023.hpp"

inline constexpr xxgk::report_2021 changed = [] {
  xxgk::report_2021 r = make_changchun_2023();
#ifndef XXGK_WITHOUT_MISUSE
  r(xxgk::s3::unable_not_held, xxgk::s3::natural_person) = 9;
#endif
  return r;
}();

static_assert(xxgk::static_check<changed>());
