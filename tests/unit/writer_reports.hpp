#ifndef XXGK_TESTS_WRITER_REPORTS_HPP
#define XXGK_TESTS_WRITER_REPORTS_HPP

// Reports built in code for the writer tests (diagnostic, text_writer, json): a consistent one
// (the numbers of 长春市国动办 2023, tests/data/changchun-2023.json) and one with known faults.

#include <xxgk/cell.hpp>
#include <xxgk/report.hpp>

namespace writer_tests {

/// Every table of edition 2021, consistent: validate finds nothing.
inline xxgk::report_2021 consistent_2021() {
  namespace s2 = xxgk::s2_2021;
  namespace s3 = xxgk::s3;
  namespace s4 = xxgk::s4;
  xxgk::report_2021 r{};
  r.year = 2023;
  r.agency.assign("长春市国防动员办公室");
  r.set(s2::regulations, {0, 0, 0});
  r.set(s2::normative_documents, {0, 0, 2});
  r.set(s2::licensing, {95});
  r.set(s2::penalties, {1});
  r.set(s2::coercive_measures, {0});
  r.set(s2::administrative_fees, {xxgk::amount("6510")});
  r.set(s3::new_received, {50, 9, 0, 0, 0, 0, 59});
  r.set(s3::carried_over, {0, 0, 0, 0, 0, 0, 0});
  r.set(s3::granted, {25, 5, 0, 0, 0, 0, 30});
  r.set(s3::partially_granted, {14, 0, 0, 0, 0, 0, 14});
  r.set(s3::withheld_state_secret, {1, 0, 0, 0, 0, 0, 1});
  r.set(s3::withheld_law_prohibited, {0, 0, 0, 0, 0, 0, 0});
  r.set(s3::withheld_security_stability, {0, 0, 0, 0, 0, 0, 0});
  r.set(s3::withheld_third_party, {0, 0, 0, 0, 0, 0, 0});
  r.set(s3::withheld_internal_affairs, {0, 0, 0, 0, 0, 0, 0});
  r.set(s3::withheld_process_info, {0, 0, 0, 0, 0, 0, 0});
  r.set(s3::withheld_enforcement_file, {0, 0, 0, 0, 0, 0, 0});
  r.set(s3::withheld_admin_query, {0, 0, 0, 0, 0, 0, 0});
  r.set(s3::unable_not_held, {7, 0, 0, 0, 0, 0, 7});
  r.set(s3::unable_needs_creation, {0, 0, 0, 0, 0, 0, 0});
  r.set(s3::unable_unclear, {0, 0, 0, 0, 0, 0, 0});
  r.set(s3::declined_petition, {0, 0, 0, 0, 0, 0, 0});
  r.set(s3::declined_duplicate, {0, 0, 0, 0, 0, 0, 0});
  r.set(s3::declined_publication, {0, 0, 0, 0, 0, 0, 0});
  r.set(s3::declined_excessive, {0, 0, 0, 0, 0, 0, 0});
  r.set(s3::declined_confirmation, {0, 0, 0, 0, 0, 0, 0});
  r.set(s3::other_overdue_correction, {0, 0, 0, 0, 0, 0, 0});
  r.set(s3::other_unpaid_fee, {0, 0, 0, 0, 0, 0, 0});
  r.set(s3::other_misc, {0, 0, 0, 0, 0, 0, 0});
  r.set(s3::outcome_total, {47, 5, 0, 0, 0, 0, 52});
  r.set(s3::carried_forward, {3, 4, 0, 0, 0, 0, 7});
  r.set(s4::reconsideration, {0, 0, 0, 0, 0});
  r.set(s4::litigation_direct, {0, 0, 0, 0, 0});
  r.set(s4::litigation_after_reconsideration, {0, 0, 0, 0, 0});
  return r;
}

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
