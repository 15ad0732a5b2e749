/* bindings.c.api: the contract of <xxgk/xxgk.h>, from C11.
 *   xxgk_c_api_test REPORT DATA_DIR
 * REPORT is the bundled report (examples/data/changchun-2023.txt), DATA_DIR tests/data.
 * Prints one line per failed expectation and "N passed, M failed"; exits 1 on a failure. */
#include <xxgk/xxgk.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int passed = 0;
static int failed = 0;

#define EXPECT(condition)                                                         \
  do {                                                                            \
    if (condition) {                                                              \
      ++passed;                                                                   \
    } else {                                                                      \
      ++failed;                                                                   \
      fprintf(stderr, "%s:%d: expected %s\n", __FILE__, __LINE__, #condition);    \
    }                                                                             \
  } while (0)

static int contains(const char *haystack, const char *needle) {
  return haystack != NULL && strstr(haystack, needle) != NULL;
}

static char *read_file(const char *path, size_t *size) {
  FILE *f = fopen(path, "rb");
  char *bytes = NULL;
  long n = 0;
  if (f == NULL) return NULL;
  if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
    fclose(f);
    return NULL;
  }
  bytes = malloc((size_t)n + 1);
  if (bytes != NULL && fread(bytes, 1, (size_t)n, f) != (size_t)n) {
    free(bytes);
    bytes = NULL;
  }
  fclose(f);
  if (bytes != NULL) bytes[n] = '\0';
  *size = (size_t)n;
  return bytes;
}

static const char *report = NULL; /* the bundled report's bytes */
static size_t report_size = 0;
static char *reference = NULL;    /* its document, checked once on the main thread */

static void test_version_and_names(void) {
  EXPECT(strcmp(xxgk_version(), XXGK_EXPECTED_VERSION) == 0);
  EXPECT(strcmp(xxgk_status_name(XXGK_OK), "XXGK_OK") == 0);
  EXPECT(strcmp(xxgk_status_name(XXGK_ERROR_INPUT), "XXGK_ERROR_INPUT") == 0);
  EXPECT(strcmp(xxgk_status_name((xxgk_status)99), "XXGK_STATUS_UNKNOWN") == 0);
}

static void test_rules(void) {
  char *rules = NULL;
  EXPECT(xxgk_rules(&rules) == XXGK_OK);
  EXPECT(rules != NULL && rules[0] == '[');
  EXPECT(contains(rules, "{\"id\":\"S3.ROW\",\"group\":\"identities\",\"severity\":\"error\""));
  EXPECT(contains(rules, "\"id\":\"X.CARRY\",\"group\":\"across_years\""));
  EXPECT(contains(rules, "\"id\":\"INPUT.EMPTY\",\"group\":\"readers\""));
  EXPECT(contains(rules, "\"id\":\"EXPLAIN.CELL\",\"group\":\"explain\""));
  xxgk_free(rules);
  EXPECT(xxgk_rules(NULL) == XXGK_ERROR_ARGUMENT);
}

static void test_check_report(void) {
  char *out = NULL;
  xxgk_error error;
  xxgk_options options = {0};
  xxgk_status status = xxgk_check(report, report_size, NULL, &out, &error);
  EXPECT(status == XXGK_OK);
  EXPECT(error.code[0] == '\0' && error.message[0] == '\0' && error.line == 0);
  EXPECT(contains(out, "{\"files\":[\n{\"file\":\"<input>\",\"edition\":\"2021\",\"year\":2023,"));
  EXPECT(out != NULL && strcmp(out + strlen(out) - 4, "\n]}\n") == 0);
  reference = out;

  options.name = "长春.txt";
  options.lang = XXGK_LANG_EN;
  status = xxgk_check(report, report_size, &options, &out, NULL);
  EXPECT(status == XXGK_OK);
  EXPECT(contains(out, "{\"file\":\"长春.txt\""));
  EXPECT(!contains(out, "\"message\":\"标签") && contains(out, "\"message\":\"a label differs"));
  xxgk_free(out);

  options.format = XXGK_FORMAT_JSON; /* the text is not JSON */
  status = xxgk_check(report, report_size, &options, &out, &error);
  EXPECT(status == XXGK_ERROR_INPUT);
  EXPECT(strcmp(error.code, "INPUT.JSON") == 0);
  EXPECT(error.line == 3 && error.col == 1); /* after two empty lines */
  EXPECT(contains(out, "\"rule\":\"INPUT.JSON\""));
  xxgk_free(out);
}

/* One number changed: (一) 予以公开 / 自然人 25 -> 26 (the README's example). */
static void test_broken_report(void) {
  char *broken = malloc(report_size + 1);
  char *out = NULL;
  xxgk_error error;
  char *row = NULL;
  memcpy(broken, report, report_size);
  broken[report_size] = '\0';
  row = strstr(broken, "予以公开\t25\t");
  EXPECT(row != NULL);
  if (row != NULL) row[strlen("予以公开\t2")] = '6';
  EXPECT(xxgk_check(broken, report_size, NULL, &out, &error) == XXGK_REPORT_ERRORS);
  EXPECT(contains(out, "\"rule\":\"S3.ROW\""));
  EXPECT(contains(out, "\"rule\":\"EXPLAIN.CELL\""));
  xxgk_free(out);
  free(broken);
}

static void test_bad_input(void) {
  char *out = NULL;
  xxgk_error error;
  static const char nul[] = "一、总体情况\n本机关\0依法公开";
  static const char not_utf8[] = "\xff\xfe\x80\x81 \xc3\x28 plain";

  EXPECT(xxgk_check(NULL, 0, NULL, &out, &error) == XXGK_ERROR_INPUT);
  EXPECT(strcmp(error.code, "INPUT.EMPTY") == 0);
  EXPECT(error.message[0] != '\0');
  EXPECT(contains(out, "\"rule\":\"INPUT.EMPTY\""));
  xxgk_free(out);

  EXPECT(xxgk_check(nul, sizeof nul - 1, NULL, &out, &error) == XXGK_ERROR_INPUT);
  EXPECT(strcmp(error.code, "INPUT.BINARY") == 0);
  EXPECT(error.line == 2 && error.col == 4); /* the NUL: line 2, after 本机关 */
  xxgk_free(out);

  EXPECT(xxgk_check(not_utf8, sizeof not_utf8 - 1, NULL, &out, &error) == XXGK_ERROR_INPUT);
  EXPECT(strcmp(error.code, "INPUT.ENCODING") == 0);
  EXPECT(error.line == 1 && error.col == 1);
  EXPECT(contains(error.message, "0xFF"));
  xxgk_free(out);

  EXPECT(xxgk_check("{\"edition\": 2021,", 17, NULL, &out, &error) == XXGK_ERROR_INPUT);
  EXPECT(strcmp(error.code, "INPUT.JSON") == 0);
  xxgk_free(out);

  EXPECT(xxgk_check("just some words\n", 16, NULL, &out, &error) == XXGK_ERROR_INPUT);
  EXPECT(strcmp(error.code, "INPUT.NO_TABLES") == 0);
  xxgk_free(out);

  EXPECT(xxgk_check_file("/nonexistent/report.txt", NULL, &out, &error) == XXGK_ERROR_INPUT);
  EXPECT(strcmp(error.code, "INPUT.FILE") == 0);
  EXPECT(contains(out, "{\"file\":\"/nonexistent/report.txt\""));
  xxgk_free(out);
}

static void test_arguments(void) {
  char *out = (char *)1; /* must be reset to NULL */
  xxgk_error error;
  xxgk_options options = {0};

  EXPECT(xxgk_check(report, report_size, NULL, NULL, &error) == XXGK_ERROR_ARGUMENT);
  EXPECT(contains(error.message, "out"));
  EXPECT(xxgk_check(NULL, 3, NULL, &out, &error) == XXGK_ERROR_ARGUMENT);
  EXPECT(out == NULL);
  EXPECT(error.code[0] == '\0');
  EXPECT(xxgk_check_file(NULL, NULL, &out, &error) == XXGK_ERROR_ARGUMENT);
  EXPECT(xxgk_parse(NULL, 1, NULL, &out, NULL) == XXGK_ERROR_ARGUMENT);

  options.lang = 7;
  EXPECT(xxgk_check(report, report_size, &options, &out, &error) == XXGK_ERROR_ARGUMENT);
  EXPECT(contains(error.message, "lang") && out == NULL);
  options.lang = 0;
  options.edition = 2020;
  EXPECT(xxgk_check(report, report_size, &options, &out, &error) == XXGK_ERROR_ARGUMENT);
  EXPECT(contains(error.message, "edition"));
  options.edition = 0;
  options.format = -1;
  EXPECT(xxgk_parse(report, report_size, &options, &out, &error) == XXGK_ERROR_ARGUMENT);
  options.format = 0;
  options.blanks = 2;
  EXPECT(xxgk_check_file("x", &options, &out, &error) == XXGK_ERROR_ARGUMENT);
  options.blanks = 0;
  options.previous_size = 5;
  EXPECT(xxgk_check(report, report_size, &options, &out, &error) == XXGK_ERROR_ARGUMENT);
  EXPECT(contains(error.message, "previous"));
}

static void test_options(void) {
  char *out = NULL;
  xxgk_options options = {0};
  xxgk_error error;

  options.edition = XXGK_EDITION_2019; /* a 2021 report read as edition 2019 */
  EXPECT(xxgk_check(report, report_size, &options, &out, &error) != XXGK_ERROR_ARGUMENT);
  EXPECT(contains(out, "\"edition\":\"2019\""));
  xxgk_free(out);

  options.edition = XXGK_EDITION_AUTO;
  options.no_explain = 1;
  options.blanks = XXGK_BLANKS_NOT_ASSESSABLE;
  EXPECT(xxgk_check(report, report_size, &options, &out, &error) == XXGK_OK);
  xxgk_free(out);
}

static void test_previous(void) {
  char *out = NULL;
  xxgk_options options = {0};
  xxgk_error error;

  /* the same report as last year's: not the year before (X.SERIES), and its carry checked */
  options.previous = report;
  options.previous_size = report_size;
  EXPECT(xxgk_check(report, report_size, &options, &out, &error) != XXGK_ERROR_PREVIOUS);
  EXPECT(contains(out, "\"rule\":\"X.SERIES\""));
  xxgk_free(out);

  options.previous = "";
  options.previous_size = 0;
  EXPECT(xxgk_check(report, report_size, &options, &out, &error) == XXGK_ERROR_PREVIOUS);
  EXPECT(out == NULL);
  EXPECT(strcmp(error.code, "INPUT.EMPTY") == 0);
  EXPECT(contains(error.message, "previous report"));
}

static void test_parse(void) {
  char *out = NULL;
  char *again = NULL;
  xxgk_error error;
  xxgk_options json = {0};

  EXPECT(xxgk_parse(report, report_size, NULL, &out, &error) == XXGK_OK);
  EXPECT(contains(out, "{\"edition\":\"2021\",\"year\":2023,\"agency\":"));
  EXPECT(contains(out, "\"section3\":{"));
  /* its canonical JSON reads back to itself */
  json.format = XXGK_FORMAT_JSON;
  EXPECT(out != NULL && xxgk_parse(out, strlen(out), &json, &again, &error) == XXGK_OK);
  EXPECT(out != NULL && again != NULL && strcmp(out, again) == 0);
  xxgk_free(again);
  xxgk_free(out);

  EXPECT(xxgk_parse("", 0, NULL, &out, &error) == XXGK_ERROR_INPUT);
  EXPECT(strcmp(error.code, "INPUT.EMPTY") == 0 && out == NULL);
  EXPECT(xxgk_parse("[1, 2]", 6, NULL, &out, &error) == XXGK_ERROR_INPUT);
  EXPECT(xxgk_parse("{\"edition\": \"2021\"} ", 20, NULL, &out, &error) == XXGK_OK);
  xxgk_free(out);
}

/* The same check on several threads at once gives the same document each time. */
enum { threads = 4, rounds = 8 };
static void *check_repeatedly(void *arg) {
  int *differences = arg;
  for (int i = 0; i != rounds; ++i) {
    char *out = NULL;
    if (xxgk_check(report, report_size, NULL, &out, NULL) != XXGK_OK || strcmp(out, reference) != 0) ++*differences;
    xxgk_free(out);
  }
  return NULL;
}

static void test_threads(void) {
  pthread_t thread[threads];
  int differences[threads] = {0};
  for (int t = 0; t != threads; ++t) EXPECT(pthread_create(&thread[t], NULL, check_repeatedly, &differences[t]) == 0);
  for (int t = 0; t != threads; ++t) {
    EXPECT(pthread_join(thread[t], NULL) == 0);
    EXPECT(differences[t] == 0);
  }
}

static void test_gbk_file(const char *data_dir) {
  char path[4096];
  char *out = NULL;
  xxgk_error error;
  snprintf(path, sizeof path, "%s/text-gbk.txt", data_dir);
  EXPECT(xxgk_check_file(path, NULL, &out, &error) <= XXGK_REPORT_ERRORS);
  EXPECT(contains(out, "\"rule\":\"INPUT.DECODED\""));
  xxgk_free(out);
}

int main(int argc, char **argv) {
  char *bytes = NULL;
  if (argc != 3) {
    fprintf(stderr, "usage: %s REPORT DATA_DIR\n", argv[0]);
    return 2;
  }
  bytes = read_file(argv[1], &report_size);
  if (bytes == NULL) {
    fprintf(stderr, "%s cannot be read\n", argv[1]);
    return 2;
  }
  report = bytes;

  test_version_and_names();
  test_rules();
  test_check_report();
  test_broken_report();
  test_bad_input();
  test_arguments();
  test_options();
  test_previous();
  test_parse();
  test_threads();
  test_gbk_file(argv[2]);

  xxgk_free(reference);
  free(bytes);
  printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
