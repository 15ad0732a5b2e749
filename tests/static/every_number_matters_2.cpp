// Every number of chapters 三 and 四 of a real report is checked by some identity, at compile
// time (see every_number_matters.hpp): chapter 三 rows （四）1 to 四、结转下年度继续办理.

#include "every_number_matters.hpp"

namespace enm = every_number_matters;

// （四）1.本机关不掌握相关政府信息 … 四、结转下年度继续办理 (rows 12 to 25)
static_assert(xxgk::report_2021::ref(xxgk::s3::unable_not_held, xxgk::s3::total).row == 12);
static_assert(enm::every_cell_of_rows<enm::s3_table, 12, enm::row_count<enm::s3_table>>());
