#include <xxgk/xxgk.hpp>

static_assert(true);

int main() { return 0; }
