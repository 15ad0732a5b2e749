// The WebAssembly module of the offline checker (README: "The offline checker in the
// browser"): `xxgk::check` and the JSON and HTML writers behind a plain C interface that
// web/xxgk_api.js wraps as `xxgk.check` and `xxgk.render`. A shell over floors 4–5 (STYLE.md):
// it translates options and results at the boundary and decides nothing, so its answers are
// the checker's.
//
// Why a C interface and not embind: the input crosses as bytes (pointer + size), exactly as a
// file dropped on the page holds them, so GBK pages reach the library's own decoding, and NUL
// bytes reach its INPUT.BINARY check; the output is UTF-8 that JavaScript decodes in one
// TextDecoder call. embind would convert strings through JavaScript's UTF-16, and brings its
// runtime and RTTI for two functions.
//
// Compiled header-only, as one translation unit (config.hpp); the build is web/CMakeLists.txt.

#include <xxgk/check.hpp>
#include <xxgk/detail/encoding.hpp>
#include <xxgk/html_writer.hpp>

#include <cstddef>
#include <string>
#include <string_view>

#if defined(__EMSCRIPTEN__)
#include <emscripten/emscripten.h>
#define XXGK_WEB_EXPORT extern "C" EMSCRIPTEN_KEEPALIVE
#else
#define XXGK_WEB_EXPORT extern "C"
#endif

namespace {

/// The result of the last call, read by JavaScript through `xxgk_web_result_size` before the
/// next call replaces it.
std::string last_result;

[[nodiscard]] xxgk::language language_of(int lang) noexcept {
  return lang == 1 ? xxgk::language::en : xxgk::language::zh;
}

[[nodiscard]] xxgk::check_options options_of(int edition, bool keep_source = false) noexcept {
  xxgk::check_options options;
  options.keep_source = keep_source;
  options.edition = edition == 2019   ? xxgk::edition_choice::y2019
                    : edition == 2021 ? xxgk::edition_choice::y2021
                                      : xxgk::edition_choice::automatic;
  return options;
}

}  // namespace

/// `xxgk-check --format json` for one file: {"files":[ENTRY]}, byte for byte as the checker
/// prints it. `lang`: 0 zh, 1 en; `edition`: 0 automatic, 2019, 2021. The result stays valid
/// until the next call.
XXGK_WEB_EXPORT const char* xxgk_web_check(const char* data, std::size_t size, const char* file, int lang,
                                           int edition) {
  const std::string_view input(data, size);
  const auto checked = xxgk::check(input, options_of(edition));
  last_result = "{\"files\":[\n";
  last_result += checked ? xxgk::to_json_text(file, *checked, language_of(lang))
                         : xxgk::to_json_text(file, checked.error(), language_of(lang));
  last_result += "\n]}\n";
  return last_result.c_str();
}

/// The page of the HTML writer for one file, as `xxgk-check --format html` writes it.
XXGK_WEB_EXPORT const char* xxgk_web_render(const char* data, std::size_t size, const char* file, int lang,
                                            int edition) {
  const std::string_view input(data, size);
  const auto checked = xxgk::check(input, options_of(edition, true));
  xxgk::html_input page;
  page.file = file;
  xxgk::diagnostic failure;
  if (checked) {
    page.report = &checked->report;
    page.diagnostics = checked->diagnostics;
    page.source = checked->source;
  } else {
    failure = xxgk::describe(checked.error());
    page.failure = &failure;
  }
  last_result = xxgk::to_html(page, language_of(lang));
  return last_result.c_str();
}

/// The size in bytes of the last result (without the NUL that ends it).
XXGK_WEB_EXPORT std::size_t xxgk_web_result_size() { return last_result.size(); }

/// True when this build decodes GBK/GB18030 itself (emscripten's libc has iconv with GB18030).
XXGK_WEB_EXPORT int xxgk_web_decodes_gb18030() { return xxgk::detail::can_decode_gb18030 ? 1 : 0; }
