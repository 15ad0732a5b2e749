// Part of xxgk::compiled (separate compilation: <xxgk/config.hpp>): parse.
#include <xxgk/impl/parse.hpp>
