#ifndef XXGK_IMPL_SRC_HPP
#define XXGK_IMPL_SRC_HPP

// Separate compilation (config.hpp): compile this header in exactly one translation unit of a
// program whose every translation unit defines XXGK_SEPARATE_COMPILATION, as Boost.Asio's
// <boost/asio/impl/src.hpp>. The CMake target `xxgk::compiled` compiles the same headers, one
// source each (src/xxgk_*.cpp), in parallel. They define the reader (`parse`, and
// `read_report_json` through json.hpp, which needs nlohmann/json), `describe` for both
// editions, the text and HTML writers and `check`.

#if !defined(XXGK_SEPARATE_COMPILATION)
#error "<xxgk/impl/src.hpp> is for separate compilation: define XXGK_SEPARATE_COMPILATION"
#endif

#include <xxgk/impl/diagnostic.hpp>
#include <xxgk/impl/parse.hpp>
#include <xxgk/impl/html_writer.hpp>
#include <xxgk/impl/text_writer.hpp>
#include <xxgk/impl/check.hpp>


#endif
