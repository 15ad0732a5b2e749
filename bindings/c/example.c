/* Checks a report from C: reads the file, hands its bytes to xxgk_check and prints what
 * `xxgk-check --format json FILE` prints for it. Exits as xxgk-check does: 0 no error finding,
 * 1 some error finding, 2 the report (or the command line) could not be read.
 *
 *   cc -std=c11 example.c $(pkg-config --cflags --libs xxgk_c) -o example
 *   ./example examples/data/changchun-2023.txt
 */
#include <xxgk/xxgk.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The bytes of the file at `path`, in *size; NULL when it cannot be read. Free with free(). */
static char *read_file(const char *path, size_t *size) {
  FILE *f = fopen(path, "rb");
  char *bytes = NULL;
  size_t used = 0, capacity = 0, n = 0;
  char buffer[65536];
  if (f == NULL) return NULL;
  while ((n = fread(buffer, 1, sizeof buffer, f)) != 0) {
    if (used + n > capacity) {
      char *more = NULL;
      capacity = (used + n) * 2;
      more = realloc(bytes, capacity);
      if (more == NULL) {
        free(bytes);
        fclose(f);
        return NULL;
      }
      bytes = more;
    }
    memcpy(bytes + used, buffer, n);
    used += n;
  }
  if (ferror(f)) {
    free(bytes);
    bytes = NULL;
  }
  fclose(f);
  *size = used;
  return bytes;
}

int main(int argc, char **argv) {
  size_t size = 0;
  char *text = NULL;
  char *json = NULL;
  xxgk_options options = {0}; /* the defaults: Chinese messages, edition decided from the report */
  xxgk_error error;
  xxgk_status status;

  if (argc != 2) {
    fprintf(stderr, "usage: %s REPORT   (xxgk %s)\n", argv[0], xxgk_version());
    return 2;
  }
  text = read_file(argv[1], &size);
  if (text == NULL) {
    fprintf(stderr, "%s: cannot be read\n", argv[1]);
    return 2;
  }
  options.name = argv[1]; /* the "file" of the JSON entry */

  status = xxgk_check(text, size, &options, &json, &error);
  free(text);
  if (json != NULL) fputs(json, stdout); /* the findings, as the checker prints them */
  xxgk_free(json);

  switch (status) {
    case XXGK_OK: return 0;
    case XXGK_REPORT_ERRORS: return 1;
    default:
      /* nothing usable read: an INPUT.* code, where, and why */
      fprintf(stderr, "%s:%u:%u: %s [%s] %s\n", argv[1], error.line, error.col, xxgk_status_name(status),
              error.code, error.message);
      return 2;
  }
}
