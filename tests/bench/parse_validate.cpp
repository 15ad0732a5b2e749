// Throughput of the text parser and of `validate` (Google Benchmark; built as
// xxgk_bench_parse_validate, never a ctest; run by scripts/bench.sh).
//
//   parse_validate/<layout>   xxgk::parse then xxgk::validate, per layout of tests/data (crawler
//                             text, torn markdown, blank rows, flipbook, HTML grids, GBK too):
//                             bytes/s of source text and items/s = reports/s
//   parse_validate/all        every *.txt and *.html of tests/data, one after the other (the
//                             two without tables included: their INPUT.NO_TABLES is a result too)
//   parse_only/all            the same without validate
//   validate/changchun-2023   validate alone on a full edition-2021 report (time per validate)
//   validate/all              validate alone on every report parse reads from those texts: bytes/s
//                             of their source text and items/s = reports/s

#include <xxgk/parse.hpp>
#include <xxgk/validate.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

namespace {

std::string read_fixture(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> fixtures(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  for (const std::string& name : names) out.push_back(read_fixture(std::filesystem::path(XXGK_TEST_DATA_DIR) / name));
  return out;
}

/// Every report text of tests/data, sorted by name.
std::vector<std::string> all_text_fixtures() {
  std::vector<std::filesystem::path> paths;
  for (const auto& e : std::filesystem::directory_iterator(XXGK_TEST_DATA_DIR)) {
    const std::string ext = e.path().extension().string();
    if (ext == ".txt" || ext == ".html") paths.push_back(e.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> out;
  for (const auto& p : paths) out.push_back(read_fixture(p));
  return out;
}

void count(benchmark::State& state, const std::vector<std::string>& texts) {
  std::size_t bytes = 0;
  for (const std::string& t : texts) bytes += t.size();
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(texts.size()));
  state.counters["reports"] = static_cast<double>(texts.size());
  state.counters["bytes"] = static_cast<double>(bytes);
}

/// parse + validate of each text; `must_read`: a text whose tables cannot be read is an error
/// of the benchmark (its layout would not be measured).
void run_parse(benchmark::State& state, const std::vector<std::string>& texts, bool with_validate, bool must_read) {
  if (texts.empty() || std::any_of(texts.begin(), texts.end(), [](const std::string& t) { return t.empty(); })) {
    state.SkipWithError("fixture missing or empty: check XXGK_TEST_DATA_DIR");
    return;
  }
  for (auto _ : state) {
    for (const std::string& text : texts) {
      xxgk::result<xxgk::parsed_report> parsed = xxgk::parse(text);
      if (!parsed) {
        if (must_read) {
          state.SkipWithError("a fixture of this layout no longer parses");
          return;
        }
        benchmark::DoNotOptimize(parsed);
        continue;
      }
      if (with_validate) {
        parsed->report.visit([](const auto& report) {
          auto findings = xxgk::validate(report);
          benchmark::DoNotOptimize(findings);
        });
      }
      benchmark::DoNotOptimize(parsed);
    }
    benchmark::ClobberMemory();
  }
  count(state, texts);
}

void parse_validate(benchmark::State& state, std::vector<std::string> names) {
  run_parse(state, fixtures(names), true, true);
}
void parse_validate_all(benchmark::State& state) { run_parse(state, all_text_fixtures(), true, false); }
void parse_only_all(benchmark::State& state) { run_parse(state, all_text_fixtures(), false, false); }

void validate_full_report(benchmark::State& state) {
  const xxgk::result<xxgk::parsed_report> parsed =
      xxgk::parse(read_fixture(std::filesystem::path(XXGK_TEST_DATA_DIR) / "changchun-2023.txt"));
  const xxgk::report_2021* report = parsed ? parsed->report.get<xxgk::edition_2021_t>() : nullptr;
  if (report == nullptr) {
    state.SkipWithError("changchun-2023.txt does not parse as an edition-2021 report");
    return;
  }
  for (auto _ : state) {
    benchmark::DoNotOptimize(report);
    auto findings = xxgk::validate(*report);
    benchmark::DoNotOptimize(findings);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

void validate_all(benchmark::State& state) {
  std::vector<xxgk::parsed_report> reports;
  const std::vector<std::string> texts = all_text_fixtures();
  std::size_t bytes = 0;
  for (const std::string& text : texts) {
    xxgk::result<xxgk::parsed_report> parsed = xxgk::parse(text);
    if (!parsed) continue;
    reports.push_back(std::move(*parsed));
    bytes += text.size();
  }
  if (reports.empty()) {
    state.SkipWithError("no fixture parses: check XXGK_TEST_DATA_DIR");
    return;
  }
  for (auto _ : state) {
    for (const xxgk::parsed_report& p : reports) {
      p.report.visit([](const auto& report) {
        auto findings = xxgk::validate(report);
        benchmark::DoNotOptimize(findings);
      });
    }
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(reports.size()));
  state.counters["reports"] = static_cast<double>(reports.size());
}

}  // namespace

BENCHMARK_CAPTURE(parse_validate, tab, std::vector<std::string>{"changchun-2023.txt"})->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(parse_validate, pipe, std::vector<std::string>{"excerpt-longgang-2024.txt", "shuyang-2025.txt"})
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(parse_validate, cell_per_line,
                  std::vector<std::string>{"excerpt-hanyuan-2020.txt", "excerpt-changtu-2023.txt"})
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(parse_validate, pdf_layout, std::vector<std::string>{"huaian-hongze-2024.txt", "huaian-2024.txt"})
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(parse_validate, glued, std::vector<std::string>{"pingtan-2021.txt"})->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(parse_validate, crawler,
                  std::vector<std::string>{"pingtan-2021.txt", "crawler-changchun-2023.txt", "crawler-huaian-2024.txt"})
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(parse_validate, torn_markdown, std::vector<std::string>{"torn-markdown-huaian-2024.txt"})
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(parse_validate, blank_rows, std::vector<std::string>{"one-cell-per-line-blank-rows.txt"})
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(parse_validate, flipbook, std::vector<std::string>{"flipbook-header-noise.txt"})
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(parse_validate, html, std::vector<std::string>{"shuyang-fgj-2023.html"})->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(parse_validate, html_grid, std::vector<std::string>{"html-ueditor-grid.html", "html-word-grid.html"})
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(parse_validate, gbk, std::vector<std::string>{"html-gbk.html", "text-gbk.txt"})
    ->Unit(benchmark::kMicrosecond);
BENCHMARK(parse_validate_all)->Name("parse_validate/all")->Unit(benchmark::kMicrosecond);
BENCHMARK(parse_only_all)->Name("parse_only/all")->Unit(benchmark::kMicrosecond);
BENCHMARK(validate_full_report)->Name("validate/changchun-2023")->Unit(benchmark::kMicrosecond);
BENCHMARK(validate_all)->Name("validate/all")->Unit(benchmark::kMicrosecond);
