// harness-says: no expect-error pin
//
// Harness control: fails to compile, but its first line is not an `// expect-error:` pin. The
// harness must FAIL on it: an unpinned compile-fail test would pass on any error at all.
// Self-contained: includes no xxgk header.

int main() { return undeclared_identifier; }
