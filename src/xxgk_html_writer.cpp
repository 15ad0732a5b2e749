// Part of xxgk::compiled (separate compilation: <xxgk/config.hpp>): html_writer.
#include <xxgk/impl/html_writer.hpp>
