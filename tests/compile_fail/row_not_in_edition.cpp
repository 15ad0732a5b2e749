// expect-error: CellOfEdition<(E, R, C>' \[with )?(E = )?xxgk::edition_2019_t[,;] (R = )?xxgk::s3::other_misc
// Edition 2019 prints （六）其他处理 as one row: its 2021 item 3.其他 is no cell of a 2019 report.
// (-DXXGK_WITHOUT_MISUSE compiles, with the 2019 row.)
#include <xxgk/model.hpp>

constexpr xxgk::report_2019 make() {
  xxgk::report_2019 r{};
#ifndef XXGK_WITHOUT_MISUSE
  r(xxgk::s3::other_misc, xxgk::s3::total) = 1;
#else
  r(xxgk::s3::other_handling, xxgk::s3::total) = 1;
#endif
  return r;
}

inline constexpr xxgk::report_2019 report = make();
