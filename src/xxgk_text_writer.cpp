// Part of xxgk::compiled (separate compilation: <xxgk/config.hpp>): text_writer.
#include <xxgk/impl/text_writer.hpp>
