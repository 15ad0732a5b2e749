#ifndef XXGK_IMPL_PARSE_HPP
#define XXGK_IMPL_PARSE_HPP

// The definition of `parse` (parse.hpp): included by parse.hpp when header-only, compiled once
// by <xxgk/impl/src.hpp> with separate compilation (config.hpp).

#include <xxgk/config.hpp>
#include <xxgk/detail/parser.hpp>
#include <xxgk/parse.hpp>

#include <string>
#include <string_view>

namespace xxgk {

XXGK_DECL result<parsed_report> parse(std::string_view text, const parse_options& options) {
  auto checked = detail::check_input(text);
  // GBK/GB18030 is read in UTF-8, from `decoded`, which the whole parse reads; positions are
  // then in characters of the decoded text, which are those of the file
  std::string decoded;
  bool was_decoded = false;
  if (!checked) {
    const auto legacy = detail::decode_legacy_input(text, checked.error(), decoded);
    if (!legacy) return legacy.error();
    if (!*legacy) return checked.error();
    checked = detail::check_input(decoded);
    if (!checked) return checked.error();
    was_decoded = true;
  }
  detail::text_parser p(*checked, options);
  auto out = p.run();
  if (out && was_decoded)
    out->findings.push_back({&rules::input_decoded, rules::input_decoded.severity, {}, {}, {}, {}, {}, {},
                             "decoded from GB18030 to UTF-8"});
  return out;
}

}  // namespace xxgk

#endif
