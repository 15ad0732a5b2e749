#ifndef XXGK_DETAIL_STRINGS_HPP
#define XXGK_DETAIL_STRINGS_HPP

// IWYU pragma: private
// Text helpers of the writers (diagnostic.hpp, json.hpp, check.hpp), inline in both compilation
// modes (config.hpp).

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace xxgk::detail::describing {

/// `text` with every invalid UTF-8 sequence replaced by U+FFFD: what writers print is UTF-8
/// even where a source was not.
[[nodiscard]] inline std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto b = static_cast<unsigned char>(text[i]);
    std::size_t n = b < 0x80U ? 1 : (b >> 5) == 0x6U ? 2 : (b >> 4) == 0xEU ? 3 : (b >> 3) == 0x1EU ? 4 : 0;
    bool ok = n != 0 && i + n <= text.size();
    for (std::size_t k = 1; ok && k < n; ++k) ok = (static_cast<unsigned char>(text[i + k]) & 0xC0U) == 0x80U;
    if (ok && n > 1) {
      // reject overlong forms, surrogates and code points beyond U+10FFFF
      std::uint32_t cp = b & (0xFFU >> (n + 1));
      for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3FU);
      constexpr std::array<std::uint32_t, 5> least{0, 0, 0x80, 0x800, 0x10000};
      ok = cp >= least[n] && cp <= 0x10FFFFU && (cp < 0xD800U || cp > 0xDFFFU);
    }
    if (ok) {
      out.append(text.substr(i, n));
      i += n;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

}  // namespace xxgk::detail::describing

#endif
