#ifndef XXGK_TESTS_WRITER_REPORTS_HPP
#define XXGK_TESTS_WRITER_REPORTS_HPP

// Reports built in code for the writer tests (diagnostic, text_writer, json): a consistent one
// (the numbers of 长春市国动办 2023, tests/data/changchun-2023.json) and one with known faults.

#include "../../examples/changchun_2023.hpp"

#include <xxgk/cell.hpp>
#include <xxgk/report.hpp>

namespace writer_tests {

/// Every table of edition 2021, consistent: validate finds nothing (the report of
/// examples/changchun_2023.hpp, typed in once for the example and the tests).
inline xxgk::report_2021 consistent_2021() { return make_changchun_2023(); }

/// The consistent report with faults, some of them at source positions:
///   二（一）规章 / 本年废止件数      "/" at 5:7                   → CELL.BLANK warning
///   三（一）予以公开 / 商业企业       text at 12:20                → CELL.RANGE error; S3.ROW of the
///                                                                  row and S3.TOTAL of the column
///                                                                  not assessable (notes)
///   三（一）予以公开 / 总计           at 12:40
///   三 一、本年新收 自然人 51, 总计 60 (no position)              → S3.BALANCE errors in the
///                                                                  自然人 and 总计 columns
///   四 行政复议 {10, 1, 0, 0, 0}, 总计 at 30:21                   → S4.TOTAL error
inline xxgk::report_2021 faulty_2021() {
  namespace s2 = xxgk::s2_2021;
  namespace s3 = xxgk::s3;
  namespace s4 = xxgk::s4;
  xxgk::report_2021 r = consistent_2021();
  r(s2::regulations, s2::repealed) = xxgk::cell{xxgk::marker::slash}.at({5, 7});
  r(s3::granted, s3::commercial) = xxgk::cell::text().at({12, 20});
  r(s3::granted, s3::total) = xxgk::cell{30}.at({12, 40});
  r.set(s3::new_received, {51, 9, 0, 0, 0, 0, 60});
  r.set(s4::reconsideration, {10, 1, 0, 0, 0});
  r(s4::reconsideration, s4::total) = xxgk::cell{0}.at({30, 21});
  return r;
}

}  // namespace writer_tests

#endif
