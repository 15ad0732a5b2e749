#ifndef XXGK_DETAIL_PARSER_HPP
#define XXGK_DETAIL_PARSER_HPP
// IWYU pragma: private, include <xxgk/parse.hpp>

#include <xxgk/parse.hpp>

namespace xxgk {

// TEMPORARY STUB: the implementation is being written.
inline result<parsed_report> parse(std::string_view text, const parse_options&) {
  if (text.empty()) return error{"INPUT.EMPTY", "the input is empty", {}};
  return error{"INPUT.NO_TABLES", "the parser is not implemented yet", {}};
}

}  // namespace xxgk

#endif
