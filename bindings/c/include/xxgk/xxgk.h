/*
 * xxgk.h: the C interface of xxgk (libxxgk_c), which checks 政府信息公开工作年度报告 (government
 * information disclosure annual reports) against the identities of the national format.
 *
 * One call checks a document and returns what `xxgk-check --format json` prints for it:
 *
 *   char *json = NULL;
 *   xxgk_error error;
 *   xxgk_status status = xxgk_check(text, size, NULL, &json, &error);
 *   if (status == XXGK_OK || status == XXGK_REPORT_ERRORS) puts(json);  // the findings
 *   else fprintf(stderr, "%s %u:%u: %s\n", error.code, error.line, error.col, error.message);
 *   xxgk_free(json);
 *
 * Contract of every function:
 *   - Strings returned through `char **out` are UTF-8, NUL-terminated, allocated by the library
 *     and released with xxgk_free; on any status that does not say otherwise *out is NULL.
 *   - No exception, abort or exit crosses the boundary: bad input is a status and an
 *     xxgk_error, a failure inside the library is XXGK_ERROR_INTERNAL or XXGK_ERROR_MEMORY.
 *   - No state is kept between calls (the only statics are constant tables, built once,
 *     thread-safely): any function may be called from any thread at the same time, on
 *     different or the same (read-only) inputs.
 *   - `error` may be NULL when the caller wants only the status; otherwise it is overwritten.
 *
 * Link with -lxxgk_c (pkg-config: xxgk_c). C11 or C++.
 */
#ifndef XXGK_XXGK_H
#define XXGK_XXGK_H

#include <stddef.h>

#if defined(_WIN32)
#if defined(XXGK_C_BUILDING)
#define XXGK_API __declspec(dllexport)
#else
#define XXGK_API __declspec(dllimport)
#endif
#elif defined(__GNUC__)
#define XXGK_API __attribute__((visibility("default")))
#else
#define XXGK_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/** How a call ended. The first three are xxgk-check's exit statuses for one file. */
typedef enum xxgk_status {
  /** Checked: no error finding (warnings and notes allowed). *out holds the JSON document. */
  XXGK_OK = 0,
  /** Checked: the report has error findings (it fails its checks). *out holds the document. */
  XXGK_REPORT_ERRORS = 1,
  /** Nothing usable was read (an INPUT.* error: empty, binary, not UTF-8 nor GBK, no table, not
      a JSON report, a file that cannot be read). `error` holds the code, position and message;
      from xxgk_check and xxgk_check_file, *out still holds the document the checker prints then,
      with that error as its one finding. */
  XXGK_ERROR_INPUT = 2,
  /** options->previous, last year's report, could not be read; `error` says why (its INPUT.*
      code and position in that report). *out is NULL. */
  XXGK_ERROR_PREVIOUS = 3,
  /** A NULL pointer where one is needed, or an option out of range; `error` says which. */
  XXGK_ERROR_ARGUMENT = 4,
  /** Out of memory. */
  XXGK_ERROR_MEMORY = 5,
  /** A fault inside the library (a bug): caught at the boundary, reported here. */
  XXGK_ERROR_INTERNAL = 6
} xxgk_status;

/** The language of messages. */
enum { XXGK_LANG_ZH = 0 /**< Chinese, cells named by their official labels (default) */,
       XXGK_LANG_EN = 1 /**< English, cells named by their JSON keys */ };
/** The edition of the national format text is read as (a JSON report names its own). */
enum { XXGK_EDITION_AUTO = 0 /**< decided from the report (default) */,
       XXGK_EDITION_2019 = 2019 /**< 国办公开办函〔2019〕60号 */,
       XXGK_EDITION_2021 = 2021 /**< 国办公开办函〔2021〕30号 */ };
/** How the document is read. */
enum { XXGK_FORMAT_AUTO = 0 /**< JSON when its first character after spaces (and a UTF-8 BOM) is
                                 '{'; xxgk_check_file also when the name ends in .json (default) */,
       XXGK_FORMAT_TEXT = 1 /**< a report as published: text, HTML, UTF-8 or GBK */,
       XXGK_FORMAT_JSON = 2 /**< the canonical report JSON */ };
/** What a blank cell means to the identities. */
enum { XXGK_BLANKS_AS_ZERO = 0 /**< counts as 0, with a CELL.BLANK warning (default) */,
       XXGK_BLANKS_NOT_ASSESSABLE = 1 /**< identities touching a blank are not assessable */ };

/** Options of a call. A zero-initialised struct (`xxgk_options o = {0};`) holds the defaults,
    and passing NULL for it means the defaults too. */
typedef struct xxgk_options {
  int lang;    /**< XXGK_LANG_* */
  int edition; /**< XXGK_EDITION_* */
  int format;  /**< XXGK_FORMAT_* */
  int blanks;  /**< XXGK_BLANKS_* */
  int no_explain; /**< nonzero: no EXPLAIN.CELL notes (the number that explains failures) */
  /** Last year's report of the same agency (its bytes: text or canonical JSON), for the checks
      across years (X.CARRY, X.IN_FORCE, X.SERIES), or NULL. Not NUL-terminated: see below. */
  const char *previous;
  size_t previous_size; /**< the bytes of `previous` */
  /** The "file" of the JSON entry (NUL-terminated UTF-8), or NULL for "<input>". xxgk_check_file
      uses its path. */
  const char *name;
} xxgk_options;

/** Why a call failed: an INPUT.* code of the catalogue (empty for argument, memory and internal
    errors), where (1-based line and column, as xxgk-check reports them; 0 when unknown) and a
    one-line message in the language asked for, cut at 511 bytes on a character boundary. */
typedef struct xxgk_error {
  char code[32];
  unsigned line;
  unsigned col;
  char message[512];
} xxgk_error;

/** The library's version, "MAJOR.MINOR.PATCH" (a static string: do not free it). */
XXGK_API const char *xxgk_version(void);

/** A name for a status, "XXGK_OK" ... (a static string: do not free it). */
XXGK_API const char *xxgk_status_name(xxgk_status status);

/**
 * Checks one document of `size` bytes at `text` (a report as published, in any layout the parser
 * reads, UTF-8 or GBK, or its canonical JSON; NUL bytes and invalid UTF-8 are input errors, not
 * undefined behaviour). `text` may be NULL when `size` is 0.
 *
 * On XXGK_OK, XXGK_REPORT_ERRORS and XXGK_ERROR_INPUT, *out is the JSON document
 * `xxgk-check --format json` prints for one file, byte for byte, its entry's "file" being
 * options->name:
 *   {"files":[\n{"file", "edition", "year", "agency", "inferred", "summary", "findings"}\n]}\n
 */
XXGK_API xxgk_status xxgk_check(const char *text, size_t size, const xxgk_options *options, char **out,
                                xxgk_error *error);

/** As xxgk_check, on the file at `path` (NUL-terminated), read whole: exactly
    `xxgk-check --format json PATH`. A file that cannot be read is XXGK_ERROR_INPUT, INPUT.FILE. */
XXGK_API xxgk_status xxgk_check_file(const char *path, const xxgk_options *options, char **out,
                                     xxgk_error *error);

/** Reads one document (options->format and ->edition apply; the others are ignored) and returns
    in *out the canonical report JSON (FORMAT.md), as `xxgk-check --emit report-json` writes it,
    without its newline. Only the reader runs: no identity is checked. XXGK_OK or an error. */
XXGK_API xxgk_status xxgk_parse(const char *text, size_t size, const xxgk_options *options, char **out,
                                xxgk_error *error);

/** The rule catalogue as a JSON array, in the README's order:
    [{"id", "group", "severity", "zh", "en", "source"}], "group" one of "identities",
    "across_years", "prose", "readers", "explain". XXGK_OK or XXGK_ERROR_ARGUMENT/_MEMORY. */
XXGK_API xxgk_status xxgk_rules(char **out);

/** Releases a string the library returned. NULL is allowed. */
XXGK_API void xxgk_free(void *p);

#ifdef __cplusplus
}
#endif

#endif
