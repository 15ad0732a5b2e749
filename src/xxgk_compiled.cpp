// The compiled part of xxgk (CMake target xxgk::compiled): see <xxgk/config.hpp>.
#include <xxgk/impl/src.hpp>
