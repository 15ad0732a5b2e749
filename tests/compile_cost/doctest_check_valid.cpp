// Compile cost of a unit test of report data (README, "Testing your report data"): a doctest
// translation unit with one XXGK_CHECK_VALID over a parsed report. Timed header-only and with
// -DXXGK_SEPARATE_COMPILATION (then linked with xxgk::compiled).
#include <xxgk/doctest.hpp>
#include <xxgk/parse.hpp>

TEST_CASE("a report read from text adds up") {
  XXGK_CHECK_VALID(xxgk::parse("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n"));
}
