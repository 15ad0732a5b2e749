// expect-error: xxgk_control_text_that_no_compiler_prints
// harness-says: did not match
//
// Harness control: fails to compile, but not with the pinned text. The harness must FAIL on it,
// so a misuse file that breaks for another reason (a typo, a missing include) cannot pass.
// Self-contained: includes no xxgk header.

struct not_a_number {};

int main() {
    int n = not_a_number{};
    return n;
}
