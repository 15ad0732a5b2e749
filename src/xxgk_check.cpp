// Part of xxgk::compiled (separate compilation: <xxgk/config.hpp>): check.
#include <xxgk/impl/check.hpp>
