#ifndef XXGK_CONFIG_HPP
#define XXGK_CONFIG_HPP

// How xxgk is compiled: header-only (the default) or with separate compilation.
//
// Header-only: every function is defined in the headers; a translation unit that calls the
// reader, the writers, `describe` or `check` compiles them itself (seconds at -O2: see the
// README, "Compile time").
//
// Separate compilation, as Boost.Asio's BOOST_ASIO_SEPARATE_COMPILATION: define
// XXGK_SEPARATE_COMPILATION in every translation unit (the CMake target `xxgk::compiled` does it
// for its users) and compile <xxgk/impl/src.hpp> in exactly one of them (the target builds
// its parts, src/xxgk_*.cpp, in parallel). The headers then declare the reader (`parse`,
// `read_report_json`), `describe`, the text writer and `check`, and do not define them: they are
// compiled once. The typed model, `validate`, `static_check` and `explain` stay in the headers
// in both modes: they are constexpr templates that run at compile time.

#if defined(XXGK_SEPARATE_COMPILATION)
#define XXGK_HEADER_ONLY 0
/// How a function compiled once in separate compilation is declared: not inline.
#define XXGK_DECL
#else
#define XXGK_HEADER_ONLY 1
#define XXGK_DECL inline
#endif

#endif
