// Part of xxgk::compiled (separate compilation: <xxgk/config.hpp>): diagnostic.
#include <xxgk/impl/diagnostic.hpp>
