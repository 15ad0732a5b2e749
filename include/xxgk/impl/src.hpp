#ifndef XXGK_IMPL_SRC_HPP
#define XXGK_IMPL_SRC_HPP

// Separate compilation (config.hpp): compile this header in exactly one translation unit of a
// program whose every translation unit defines XXGK_SEPARATE_COMPILATION, as Boost.Asio's
// <boost/asio/impl/src.hpp>. The CMake target `xxgk::compiled` is that translation unit
// (src/xxgk_compiled.cpp). It defines the reader (`parse`, and `read_report_json` through
// json.hpp, which needs nlohmann/json), `describe` for both editions, the text writer and
// `check`.

#if !defined(XXGK_SEPARATE_COMPILATION)
#error "<xxgk/impl/src.hpp> is for separate compilation: define XXGK_SEPARATE_COMPILATION"
#endif

#include <xxgk/impl/check.hpp>
#include <xxgk/impl/diagnostic.hpp>
#include <xxgk/impl/parse.hpp>
#include <xxgk/impl/text_writer.hpp>

namespace xxgk {

// `describe` of every report edition, and of every pair of them across years
#define XXGK_DESCRIBE_ONE(E)                                                                     \
  template diagnostic describe<E>(const report<E>&, const finding&);                             \
  template std::vector<diagnostic> describe<E>(const report<E>&, std::span<const finding>);      \
  template diagnostic describe<E>(const report<E>&, const explanation&);                         \
  template std::vector<diagnostic> describe<E>(const report<E>&, const explanation_list&);
#define XXGK_DESCRIBE_TWO(E, P)                                                                  \
  template diagnostic describe<E, P>(const report<E>&, const report<P>&, const finding&);        \
  template std::vector<diagnostic> describe<E, P>(const report<E>&, const report<P>&,            \
                                                  std::span<const finding>);                     \
  template diagnostic describe<E, P>(const report<E>&, const report<P>&, const explanation&);    \
  template std::vector<diagnostic> describe<E, P>(const report<E>&, const report<P>&,            \
                                                  const explanation_list&);
XXGK_DESCRIBE_ONE(edition_2019_t)
XXGK_DESCRIBE_ONE(edition_2021_t)
XXGK_DESCRIBE_TWO(edition_2019_t, edition_2019_t)
XXGK_DESCRIBE_TWO(edition_2019_t, edition_2021_t)
XXGK_DESCRIBE_TWO(edition_2021_t, edition_2019_t)
XXGK_DESCRIBE_TWO(edition_2021_t, edition_2021_t)
#undef XXGK_DESCRIBE_ONE
#undef XXGK_DESCRIBE_TWO

}  // namespace xxgk

#endif
