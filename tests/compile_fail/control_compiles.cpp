// expect-error: this pin is never reached, because this file compiles
// harness-says: compiled successfully
//
// Harness control: valid C++ that compiles. The harness must FAIL on it (a compile-fail test
// whose file compiles is a broken test). Self-contained: includes no xxgk header.

constexpr int answer() { return 42; }
static_assert(answer() == 42);

int main() { return answer() - 42; }
