// Replays inputs through a fuzz target without libFuzzer, so that the regression inputs
// (tests/fuzz/regressions/<target>/) and the seed corpus run as ordinary ctest tests with any
// compiler and any of our builds (g++, clang++, ASan+UBSan, -fno-exceptions).
//
//   xxgk_fuzz_replay_<target> [--max-seconds=S] FILE_OR_DIRECTORY...
//
// Every regular file given, or found directly in a directory given (sorted by name; names
// starting with '.' and README files skipped), is passed to LLVMFuzzerTestOneInput once. A crash
// or a broken promise stops the process; an input taking longer than S seconds (default 10) is
// reported and fails the run after all inputs ran. No input at all fails too, so that a wrong
// path cannot pass.

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

bool skipped(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.empty() || name.front() == '.' || name.starts_with("README");
}

}  // namespace

int main(int argc, char** argv) {
  double max_seconds = 10;
  std::vector<fs::path> inputs;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg.starts_with("--max-seconds=")) {
      max_seconds = std::strtod(argv[i] + 14, nullptr);
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      std::vector<fs::path> found;
      for (const fs::directory_entry& e : fs::directory_iterator(arg, ec))
        if (e.is_regular_file() && !skipped(e.path())) found.push_back(e.path());
      std::sort(found.begin(), found.end());
      inputs.insert(inputs.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(arg, ec)) {
      inputs.emplace_back(arg);
    } else {
      std::fprintf(stderr, "replay: %s: no such file or directory\n", argv[i]);
      return 2;
    }
  }
  if (inputs.empty()) {
    std::fprintf(stderr, "replay: no input to replay\n");
    return 2;
  }

  std::size_t slow = 0;
  double slowest = 0;
  for (const fs::path& p : inputs) {
    std::ifstream in(p, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (!in && !in.eof()) {
      std::fprintf(stderr, "replay: %s: cannot read\n", p.c_str());
      return 2;
    }
    std::printf("replay: %s (%zu bytes)\n", p.c_str(), bytes.size());
    std::fflush(stdout);
    const auto start = std::chrono::steady_clock::now();
    (void)LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    slowest = std::max(slowest, seconds);
    if (seconds > max_seconds) {
      ++slow;
      std::printf("replay: SLOW %s: %.3f s > %.3f s\n", p.c_str(), seconds, max_seconds);
    }
  }
  std::printf("replay: %zu input(s), slowest %.3f s, %zu over %.3f s\n", inputs.size(), slowest, slow, max_seconds);
  return slow == 0 ? 0 : 1;
}
