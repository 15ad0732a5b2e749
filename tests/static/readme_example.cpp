// The example at the top of README.md, verbatim: it must keep compiling.
#include <xxgk/xxgk.hpp>
namespace s3 = xxgk::s3;

constexpr xxgk::report_2021 sample = [] {
  xxgk::report_2021 r{};
  r.set(s3::new_received, {50, 9, 0, 0, 0, 0, 59});  // 一、本年新收政府信息公开申请数量
  r.set(s3::granted,      {25, 5, 0, 0, 0, 0, 31});  // （一）予以公开: 25 + 5 is not 31
  return r;
}();
static_assert(xxgk::validate(sample).count(xxgk::rules::s3_row) == 1);  // the same check runs at run time
