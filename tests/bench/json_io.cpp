// Throughput of the canonical JSON reader and writer (Google Benchmark; built as
// xxgk_bench_json_io, never a ctest; run by scripts/bench.sh), on tests/data/changchun-2023.json:
//
//   json/read    xxgk::read_report_json: bytes/s of JSON read, items/s = reports/s
//   json/write   xxgk::to_json(report).dump(): bytes/s of JSON written, items/s = reports/s

#include <xxgk/json.hpp>

#include <nlohmann/json.hpp>

#include <benchmark/benchmark.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace {

std::string changchun_json() {
  std::ifstream in(std::filesystem::path(XXGK_TEST_DATA_DIR) / "changchun-2023.json", std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void json_read(benchmark::State& state) {
  const std::string text = changchun_json();
  if (text.empty() || !xxgk::read_report_json(text)) {
    state.SkipWithError("changchun-2023.json missing or unreadable");
    return;
  }
  for (auto _ : state) {
    auto read = xxgk::read_report_json(text);
    benchmark::DoNotOptimize(read);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

void json_write(benchmark::State& state) {
  const auto read = xxgk::read_report_json(changchun_json());
  if (!read) {
    state.SkipWithError("changchun-2023.json missing or unreadable");
    return;
  }
  const xxgk::any_report& report = read->report;
  std::size_t bytes = 0;
  for (auto _ : state) {
    const std::string text = xxgk::to_json(report).dump();
    bytes = text.size();
    benchmark::DoNotOptimize(text.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  state.counters["bytes"] = static_cast<double>(bytes);
}

}  // namespace

BENCHMARK(json_read)->Name("json/read")->Unit(benchmark::kMicrosecond);
BENCHMARK(json_write)->Name("json/write")->Unit(benchmark::kMicrosecond);
