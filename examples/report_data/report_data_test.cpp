// The reports of this repository, checked as unit tests (doctest, <xxgk/doctest.hpp>).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <xxgk/doctest.hpp>

namespace s3 = xxgk::s3;
using xxgk::testing::load;

TEST_CASE("each year adds up, and 2024 continues 2023") {
  const auto y2023 = load("reports/suqian-2023.txt");  // a file it cannot read fails the test
  const auto y2024 = load("reports/suqian-2024.html");
  XXGK_CHECK_VALID(y2023);  // one failure per error finding, naming the cell and its line
  XXGK_CHECK_VALID(y2024, {.fail_on = xxgk::severity::warning});  // no missing row either
  XXGK_CHECK_ACROSS_YEARS(y2024, y2023);  // 上年结转 = last year's 结转下年度, in every column
  XXGK_CHECK_CELL(y2024, s3::new_received, s3::total, 3525);
}

TEST_CASE("the page and its canonical JSON hold the same numbers") {
  CHECK(load("reports/suqian-2024.html").report() == load("reports/suqian-2024.json").report());
}

// Deliberately broken: （一）予以公开 / 自然人 typed 1418 instead of 1408. This test fails, naming
// [S3.ROW] （一）予以公开 / 总计 and [S3.TOTAL] （七）总计 / 自然人, and the number to look at.
TEST_CASE("the page with a typo") {
  XXGK_CHECK_VALID(load("reports/suqian-2024-typo.html"));
}
