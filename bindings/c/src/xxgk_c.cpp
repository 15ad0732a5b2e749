// libxxgk_c: the C interface (<xxgk/xxgk.h>) over xxgk::binding (bindings/common/binding.hpp).
// Each entry point checks its arguments, translates the options, calls the binding and copies
// its answer into malloc'd memory; it catches every exception at the boundary. No state lives
// outside a call.

#include <xxgk/xxgk.h>

#include "binding.hpp"

#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <string>
#include <string_view>

#ifndef XXGK_C_VERSION
#error "XXGK_C_VERSION must be defined (the project version, \"MAJOR.MINOR.PATCH\")"
#endif

namespace {

/// `s` copied into a fresh malloc'd, NUL-terminated string; nullptr when memory is short.
char* duplicate(std::string_view s) noexcept {
  char* p = static_cast<char*>(std::malloc(s.size() + 1));
  if (p == nullptr) return nullptr;
  if (!s.empty()) std::memcpy(p, s.data(), s.size());
  p[s.size()] = '\0';
  return p;
}

/// `text` copied into `to` (capacity `n`), cut on a UTF-8 character boundary, NUL-terminated.
template <std::size_t N>
void copy_cut(char (&to)[N], std::string_view text) noexcept {
  std::size_t size = text.size() < N - 1 ? text.size() : N - 1;
  if (size < text.size())
    while (size > 0 && (static_cast<unsigned char>(text[size]) & 0xC0U) == 0x80U) --size;
  if (size != 0) std::memcpy(to, text.data(), size);
  to[size] = '\0';
}

void clear(xxgk_error* error) noexcept {
  if (error == nullptr) return;
  error->code[0] = '\0';
  error->line = 0;
  error->col = 0;
  error->message[0] = '\0';
}

xxgk_status fail(xxgk_error* error, xxgk_status status, std::string_view message, std::string_view code = {},
                 xxgk::source_pos pos = {}) noexcept {
  if (error != nullptr) {
    copy_cut(error->code, code);
    error->line = pos.line;
    error->col = pos.column;
    copy_cut(error->message, message);
  }
  return status;
}

/// Runs `body`, turning whatever it throws into a status: nothing crosses the C boundary.
template <class Body>
xxgk_status guarded(xxgk_error* error, Body&& body) noexcept {
#if defined(__cpp_exceptions)
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return fail(error, XXGK_ERROR_MEMORY, "out of memory");
  } catch (const std::exception& e) {
    return fail(error, XXGK_ERROR_INTERNAL, e.what());
  } catch (...) {
    return fail(error, XXGK_ERROR_INTERNAL, "an unknown exception inside libxxgk_c");
  }
#else
  (void)error;
  return body();  // built with -fno-exceptions: nothing to catch
#endif
}

/// The options a caller passed, translated; false (with `error` set) when one is out of range.
bool translate(const xxgk_options* options, xxgk::binding::settings& s, xxgk_error* error, xxgk_status& status) {
  status = XXGK_OK;
  if (options == nullptr) return true;
  auto bad = [&](std::string_view what) {
    status = fail(error, XXGK_ERROR_ARGUMENT, what);
    return false;
  };
  switch (options->lang) {
    case XXGK_LANG_ZH: s.lang = xxgk::language::zh; break;
    case XXGK_LANG_EN: s.lang = xxgk::language::en; break;
    default: return bad("options->lang must be XXGK_LANG_ZH or XXGK_LANG_EN");
  }
  switch (options->edition) {
    case XXGK_EDITION_AUTO: s.check.edition = xxgk::edition_choice::automatic; break;
    case XXGK_EDITION_2019: s.check.edition = xxgk::edition_choice::y2019; break;
    case XXGK_EDITION_2021: s.check.edition = xxgk::edition_choice::y2021; break;
    default: return bad("options->edition must be XXGK_EDITION_AUTO, XXGK_EDITION_2019 or XXGK_EDITION_2021");
  }
  switch (options->format) {
    case XXGK_FORMAT_AUTO: s.check.format = xxgk::input_format::automatic; break;
    case XXGK_FORMAT_TEXT: s.check.format = xxgk::input_format::text; break;
    case XXGK_FORMAT_JSON: s.check.format = xxgk::input_format::json; break;
    default: return bad("options->format must be XXGK_FORMAT_AUTO, XXGK_FORMAT_TEXT or XXGK_FORMAT_JSON");
  }
  switch (options->blanks) {
    case XXGK_BLANKS_AS_ZERO: s.check.validation.blanks = xxgk::blank_policy::count_as_zero; break;
    case XXGK_BLANKS_NOT_ASSESSABLE: s.check.validation.blanks = xxgk::blank_policy::not_assessable; break;
    default: return bad("options->blanks must be XXGK_BLANKS_AS_ZERO or XXGK_BLANKS_NOT_ASSESSABLE");
  }
  s.check.explain = options->no_explain == 0;
  if (options->previous != nullptr) s.previous = std::string_view(options->previous, options->previous_size);
  else if (options->previous_size != 0) return bad("options->previous is NULL but options->previous_size is not 0");
  if (options->name != nullptr) s.name = options->name;
  return true;
}

/// The answer of a check: the document in *out (unless last year's report was unreadable), the
/// status, and the reader's error in `error`. May throw (std::bad_alloc): call it guarded.
xxgk_status answer(xxgk::binding::outcome&& o, char** out, xxgk_error* error) {
  using kind = xxgk::binding::outcome_kind;
  if (o.kind == kind::previous_unreadable) {
    const std::string message = "previous report: " + o.message;
    return fail(error, XXGK_ERROR_PREVIOUS, message, o.failure.code, o.failure.pos);
  }
  const std::string document = xxgk::binding::document_of(o.entry);
  *out = duplicate(document);
  if (*out == nullptr) return fail(error, XXGK_ERROR_MEMORY, "out of memory");
  switch (o.kind) {
    case kind::passed: return XXGK_OK;
    case kind::failed: return XXGK_REPORT_ERRORS;
    default: return fail(error, XXGK_ERROR_INPUT, o.message, o.failure.code, o.failure.pos);
  }
}

}  // namespace

extern "C" {

XXGK_API const char* xxgk_version(void) { return XXGK_C_VERSION; }

XXGK_API const char* xxgk_status_name(xxgk_status status) {
  switch (status) {
    case XXGK_OK: return "XXGK_OK";
    case XXGK_REPORT_ERRORS: return "XXGK_REPORT_ERRORS";
    case XXGK_ERROR_INPUT: return "XXGK_ERROR_INPUT";
    case XXGK_ERROR_PREVIOUS: return "XXGK_ERROR_PREVIOUS";
    case XXGK_ERROR_ARGUMENT: return "XXGK_ERROR_ARGUMENT";
    case XXGK_ERROR_MEMORY: return "XXGK_ERROR_MEMORY";
    case XXGK_ERROR_INTERNAL: return "XXGK_ERROR_INTERNAL";
  }
  return "XXGK_STATUS_UNKNOWN";
}

XXGK_API xxgk_status xxgk_check(const char* text, size_t size, const xxgk_options* options, char** out,
                                xxgk_error* error) {
  clear(error);
  if (out == nullptr) return fail(error, XXGK_ERROR_ARGUMENT, "out is NULL");
  *out = nullptr;
  if (text == nullptr && size != 0) return fail(error, XXGK_ERROR_ARGUMENT, "text is NULL but size is not 0");
  return guarded(error, [&] {
    xxgk::binding::settings s;
    xxgk_status status = XXGK_OK;
    if (!translate(options, s, error, status)) return status;
    return answer(xxgk::binding::check_document(std::string_view(text == nullptr ? "" : text, size), s), out,
                  error);
  });
}

XXGK_API xxgk_status xxgk_check_file(const char* path, const xxgk_options* options, char** out,
                                     xxgk_error* error) {
  clear(error);
  if (out == nullptr) return fail(error, XXGK_ERROR_ARGUMENT, "out is NULL");
  *out = nullptr;
  if (path == nullptr) return fail(error, XXGK_ERROR_ARGUMENT, "path is NULL");
  return guarded(error, [&] {
    xxgk::binding::settings s;
    xxgk_status status = XXGK_OK;
    if (!translate(options, s, error, status)) return status;
    s.name = path;
    return answer(xxgk::binding::check_path(path, s), out, error);
  });
}

XXGK_API xxgk_status xxgk_parse(const char* text, size_t size, const xxgk_options* options, char** out,
                                xxgk_error* error) {
  clear(error);
  if (out == nullptr) return fail(error, XXGK_ERROR_ARGUMENT, "out is NULL");
  *out = nullptr;
  if (text == nullptr && size != 0) return fail(error, XXGK_ERROR_ARGUMENT, "text is NULL but size is not 0");
  return guarded(error, [&] {
    xxgk::binding::settings s;
    xxgk_status status = XXGK_OK;
    if (!translate(options, s, error, status)) return status;
    const xxgk::result<std::string> report =
        xxgk::binding::parse_document(std::string_view(text == nullptr ? "" : text, size), s.check.format,
                                      s.check.edition);
    if (!report) {
      const xxgk::error& e = report.error();
      return fail(error, XXGK_ERROR_INPUT, xxgk::describe(e).message(s.lang), e.code, e.pos);
    }
    *out = duplicate(*report);
    return *out == nullptr ? fail(error, XXGK_ERROR_MEMORY, "out of memory") : XXGK_OK;
  });
}

XXGK_API xxgk_status xxgk_rules(char** out) {
  if (out == nullptr) return XXGK_ERROR_ARGUMENT;
  *out = nullptr;
  return guarded(nullptr, [&] {
    *out = duplicate(xxgk::binding::rules_json());
    return *out == nullptr ? XXGK_ERROR_MEMORY : XXGK_OK;
  });
}

XXGK_API void xxgk_free(void* p) { std::free(p); }

}  // extern "C"
