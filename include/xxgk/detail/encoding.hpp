#ifndef XXGK_DETAIL_ENCODING_HPP
#define XXGK_DETAIL_ENCODING_HPP
// IWYU pragma: private, include <xxgk/parse.hpp>

#include <xxgk/detail/input.hpp>
#include <xxgk/result.hpp>
#include <xxgk/rule.hpp>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <string>
#include <string_view>

#if __has_include(<iconv.h>)
#include <iconv.h>
#endif

namespace xxgk::detail {

/// True when this build can decode GB18030 (POSIX iconv is there).
#if __has_include(<iconv.h>)
inline constexpr bool can_decode_gb18030 = true;
#else
inline constexpr bool can_decode_gb18030 = false;
#endif

/// True when `label` (an encoding label, as in `<meta charset=...>`) names GBK or GB18030: the
/// labels of the WHATWG Encoding Standard for those (gb2312, gbk, gb18030, x-gbk, ...), in any
/// case.
[[nodiscard]] constexpr bool names_gb_encoding(std::string_view label) noexcept {
  constexpr std::string_view labels[] = {"gb2312",  "gbk",       "gb18030",   "x-gbk",           "chinese",
                                         "csgb2312", "gb_2312",  "gb_2312-80", "csiso58gb231280", "iso-ir-58"};
  for (const std::string_view l : labels)
    if (label.size() == l.size() && starts_with_folded(label, l)) return true;
  return false;
}

/// True when the head of an HTML page says, in a <meta> tag, that it is GBK or GB18030:
/// `<meta charset="gb2312">` or `<meta http-equiv="Content-Type" content="text/html;
/// charset=GBK">` (names and values in any case, quoted or not). Looks at the first 64 KiB.
[[nodiscard]] inline bool meta_names_gb_encoding(std::string_view page) noexcept {
  const std::string_view head = page.substr(0, std::min<std::size_t>(page.size(), 1 << 16));
  for (std::size_t lt = head.find('<'); lt != std::string_view::npos; lt = head.find('<', lt + 1)) {
    if (!starts_with_folded(head.substr(lt), "<meta")) continue;
    const std::size_t gt = head.find('>', lt);
    const std::string_view tag = head.substr(lt, gt == std::string_view::npos ? std::string_view::npos : gt - lt);
    // "charset" followed by '=' and the label, wherever it stands in the tag
    for (std::size_t k = 0; k + 7 <= tag.size(); ++k) {
      if (!starts_with_folded(tag.substr(k), "charset")) continue;
      std::size_t v = k + 7;
      while (v < tag.size() && (tag[v] == ' ' || tag[v] == '\t' || tag[v] == '\r' || tag[v] == '\n')) ++v;
      if (v == tag.size() || tag[v] != '=') continue;
      ++v;
      while (v < tag.size() && (tag[v] == ' ' || tag[v] == '\t' || tag[v] == '"' || tag[v] == '\'')) ++v;
      std::size_t e = v;
      while (e < tag.size() && tag[e] != '"' && tag[e] != '\'' && tag[e] != ';' && tag[e] != ' ' && tag[e] != '/' &&
             tag[e] != '\t' && tag[e] != '\r' && tag[e] != '\n')
        ++e;
      if (names_gb_encoding(tag.substr(v, e - v))) return true;
    }
  }
  return false;
}

/// Decodes GB18030 (which GBK and GB2312 are parts of) to UTF-8 into `out`. Returns the
/// offset in `in` of the first byte that starts no valid GB18030 character (a sequence cut off
/// by the end included), or npos when all of it was decoded. Without iconv, returns 0.
[[nodiscard]] inline std::size_t decode_gb18030(std::string_view in, std::string& out) {
  out.clear();
#if __has_include(<iconv.h>)
  const iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == reinterpret_cast<iconv_t>(-1)) return 0;
  // two bytes become at most three, four at most four
  out.resize(in.size() / 2 * 3 + 16);
  char* from = const_cast<char*>(in.data());  // iconv's signature; it does not write there
  std::size_t from_left = in.size();
  char* to = out.data();
  std::size_t to_left = out.size();
  std::size_t bad = std::string_view::npos;
  while (from_left != 0) {
    if (iconv(cd, &from, &from_left, &to, &to_left) != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) {  // not expected: room for more
      const std::size_t done = static_cast<std::size_t>(to - out.data());
      out.resize(out.size() * 2);
      to = out.data() + done;
      to_left = out.size() - done;
      continue;
    }
    bad = static_cast<std::size_t>(from - in.data());  // EILSEQ, or EINVAL: cut off at the end
    break;
  }
  iconv_close(cd);
  out.resize(static_cast<std::size_t>(to - out.data()));
  return bad;
#else
  (void)in;
  return 0;
#endif
}

/// The input in UTF-8 when it is GBK/GB18030 that `check_input` refused (`refused`): when it
/// is no UTF-8 and either looks like GBK or is an HTML page whose <meta> names GBK/GB18030.
/// Valid UTF-8 is never decoded, whatever a <meta> says. Returns true with the text in `out`;
/// false when the input is none of these (then `refused` stands); an INPUT.GBK error, at the
/// first byte that is no GB18030, when it cannot be decoded.
[[nodiscard]] inline result<bool> decode_legacy_input(std::string_view s, const error& refused, std::string& out) {
  if (!can_decode_gb18030) return false;
  const bool looks_gbk = refused.code == rules::input_gbk.id;
  if (!looks_gbk && !(refused.code == rules::input_encoding.id && names_html(s.substr(0, 4096)) &&
                      meta_names_gb_encoding(s)))
    return false;
  const std::size_t bad = decode_gb18030(s, out);
  if (bad == std::string_view::npos) return true;
  if (!looks_gbk) return false;  // INPUT.ENCODING as it stands
  // where the bad byte is, in the characters decoded before it
  source_pos pos = position_of(out, out.size());
  constexpr char hex[] = "0123456789ABCDEF";
  const auto b = static_cast<unsigned char>(s[bad]);
  return error{std::string(rules::input_gbk.id),
               std::string("the input looks like GBK/GB18030, but byte 0x") + hex[b >> 4] + hex[b & 0xF] +
                   " is no GB18030 character: it cannot be decoded",
               pos};
}

}  // namespace xxgk::detail

#endif
