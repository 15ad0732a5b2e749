// Every number of chapters 三 and 四 of a real report is checked by some identity, at compile
// time (see every_number_matters.hpp): chapter 四, and chapter 三 rows 一 to （三）8. Rows
// （四）1 to 四 are in every_number_matters_2.cpp.

#include "every_number_matters.hpp"

namespace enm = every_number_matters;

// The report as published: no finding at all, not even a warning.
static_assert(xxgk::validate(enm::published).empty());

// The loops change every published cell: 25 rows × 7 in chapter 三 (the optional 2019-style
// （六）其他处理 row is not printed) and 3 × 5 in chapter 四.
static_assert(enm::row_count<enm::s3_table> == 26 && enm::row_count<enm::s4_table> == 3);
static_assert(enm::published_cells<enm::s3_table>() == 25 * 7);
static_assert(enm::published_cells<enm::s4_table>() == 3 * 5);

// A cell that is not published is not a number of the report: the loops skip it.
static_assert(!std::get<enm::s3_table>(enm::published.tables)
                   .row_present(xxgk::report_2021::ref(xxgk::s3::other_handling, xxgk::s3::total).row));

static_assert(enm::every_cell_of_rows<enm::s4_table, 0, 3>());
// 一、本年新收 … （三）8.属于行政查询事项 (rows 0 to 11)
static_assert(enm::every_cell_of_rows<enm::s3_table, 0, 12>());
