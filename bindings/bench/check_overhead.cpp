// The in-process C++ side of the bindings' overhead figures (bindings/python/bench.py runs it):
// for each FILE, the time of one check done three ways, each read from memory:
//
//   cpp        xxgk::check(text): read, validate, prose, explain, describe (no JSON)
//   cpp_json   xxgk::check(text) + xxgk::to_json_text: the checker's entry, as the bindings need it
//   c_api      xxgk_check(text) of libxxgk_c: the same, wrapped in its document, copied out, freed
//
//   xxgk_bindings_bench [--min-seconds=S] [--repetitions=N] FILE...
//
// Prints one JSON object per line: {"file", "bytes", "cpp_us", "cpp_json_us", "c_api_us"}, each
// the median over N repetitions (default 5) of the mean CPU time per call (std::clock, the
// process's CPU time: steadier than wall time on a shared machine) in a batch of at least S CPU
// seconds (default 0.2). Then one line {"file": "*", ...} with the time of one pass over all
// FILEs. A measurement, never a test.

#include <xxgk/check.hpp>
#include <xxgk/xxgk.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace {

double cpu_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

volatile std::size_t sink = 0;  // keeps the results alive

void cpp(const std::string& text) {
  const auto checked = xxgk::check(text);
  sink = sink + (checked ? checked->diagnostics.size() : 1);
}

void cpp_json(const std::string& text) {
  const auto checked = xxgk::check(text);
  const std::string entry = checked ? xxgk::to_json_text("<input>", *checked) : xxgk::to_json_text("<input>", checked.error());
  sink = sink + entry.size();
}

void c_api(const std::string& text) {
  char* out = nullptr;
  (void)xxgk_check(text.data(), text.size(), nullptr, &out, nullptr);
  sink = sink + (out != nullptr ? 1U : 0U);
  xxgk_free(out);
}

/// Median over `repetitions` of the mean microseconds per call of `body` over `texts` (one call
/// per text), in batches of at least `min_seconds` of CPU time.
template <class Body>
double median_us(const std::vector<std::string>& texts, Body body, double min_seconds, int repetitions) {
  std::vector<double> means;
  for (int r = 0; r != repetitions; ++r) {
    std::size_t calls = 0;
    const double start = cpu_seconds();
    double seconds = 0;
    do {
      for (const std::string& t : texts) body(t);
      calls += texts.size();
      seconds = cpu_seconds() - start;
    } while (seconds < min_seconds);
    means.push_back(seconds * 1e6 / static_cast<double>(calls));
  }
  std::sort(means.begin(), means.end());
  return means[means.size() / 2];
}

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  double min_seconds = 0.2;
  int repetitions = 5;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg.starts_with("--min-seconds=")) min_seconds = std::atof(argv[i] + 14);
    else if (arg.starts_with("--repetitions=")) repetitions = std::max(1, std::atoi(argv[i] + 14));
    else paths.emplace_back(arg);
  }
  if (paths.empty()) {
    std::fprintf(stderr, "usage: xxgk_bindings_bench [--min-seconds=S] [--repetitions=N] FILE...\n");
    return 2;
  }
  std::vector<std::string> all;
  std::size_t total = 0;
  for (const std::string& path : paths) {
    const std::vector<std::string> one{read_file(path)};
    all.push_back(one.front());
    total += one.front().size();
    std::printf("{\"file\": %s, \"bytes\": %zu, \"cpp_us\": %.3f, \"cpp_json_us\": %.3f, \"c_api_us\": %.3f}\n",
                json_string(path).c_str(), one.front().size(), median_us(one, cpp, min_seconds, repetitions),
                median_us(one, cpp_json, min_seconds, repetitions), median_us(one, c_api, min_seconds, repetitions));
  }
  if (paths.size() > 1) {
    const auto pass = [&](auto body) { return median_us(all, body, min_seconds, repetitions) * static_cast<double>(all.size()); };
    std::printf("{\"file\": \"*\", \"files\": %zu, \"bytes\": %zu, \"cpp_us\": %.3f, \"cpp_json_us\": %.3f, \"c_api_us\": %.3f}\n",
                all.size(), total, pass(cpp), pass(cpp_json), pass(c_api));
  }
  return 0;
}
