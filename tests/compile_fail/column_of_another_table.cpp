// expect-error: CellOfEdition<(E, R, C>' \[with )?(E = )?xxgk::edition_2021_t[,;] (R = )?xxgk::s3::granted[,;] (C = )?xxgk::s4::total
// A row of chapter 三 with the 总计 column of chapter 四: both are tags of the edition, but no
// cell of it. (-DXXGK_WITHOUT_MISUSE compiles, with chapter 三's own 总计.)
#include <xxgk/model.hpp>

constexpr xxgk::report_2021 make() {
  xxgk::report_2021 r{};
#ifndef XXGK_WITHOUT_MISUSE
  r(xxgk::s3::granted, xxgk::s4::total) = 1;
#else
  r(xxgk::s3::granted, xxgk::s3::total) = 1;
#endif
  return r;
}

inline constexpr xxgk::report_2021 report = make();
