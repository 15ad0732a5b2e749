// Cost of EXPLAIN.CELL (Google Benchmark; built as xxgk_bench_explain, never a ctest; run by
// scripts/bench.sh). The report is changchun-2023 typed in as constexpr data
// (examples/changchun_2023.hpp), so no parser is measured.
//
//   validate_explain/one_wrong_cell     validate + explain, （一）予以公开 / 自然人 26 for 25 (the
//                                       issue's example: two failures, one note); target ≤ 5 µs
//   validate_explain/two_wrong_cells    validate + explain, two numbers changed in different rows
//                                       and columns (four failures, two notes)
//   validate_explain/chapter_4          validate + explain, 行政复议 结果维持 changed (a note with
//                                       two candidates)
//   validate_explain/consistent         validate + explain on the report as published: no failure,
//                                       explain only scans the findings
//   validate/consistent                 validate alone on the same report, for comparison
//   explain_only/one_wrong_cell         explain alone, given the findings
//   explain_only/consistent             explain alone on the findings of the report as published
//   validate_explain_across_years/last_year_cell
//                                       validate + validate_across_years + explain_across_years
//                                       with last year's 四、结转 changed (X.CARRY fails, so last
//                                       year's report is validated too)

#include "../../examples/changchun_2023.hpp"

#include <xxgk/across_years.hpp>
#include <xxgk/explain.hpp>
#include <xxgk/validate.hpp>

#include <benchmark/benchmark.h>

#include <cstdint>

namespace {

namespace s3 = xxgk::s3;
namespace s4 = xxgk::s4;

xxgk::report_2021 one_wrong_cell() {
  xxgk::report_2021 r = make_changchun_2023();
  r(s3::granted, s3::natural_person) = 26;
  return r;
}

xxgk::report_2021 two_wrong_cells() {
  xxgk::report_2021 r = make_changchun_2023();
  r(s3::new_received, s3::natural_person) = 51;
  r(s3::granted, s3::commercial) = 6;
  return r;
}

xxgk::report_2021 chapter_4() {
  xxgk::report_2021 r = make_changchun_2023();
  r(s4::reconsideration, s4::upheld) = 1;
  return r;
}

/// validate + explain; `notes`: how many explanations the report must give.
void validate_explain(benchmark::State& state, xxgk::report_2021 (*make)(), std::size_t notes) {
  const xxgk::report_2021 report = make();
  if (xxgk::explain(report, xxgk::validate(report)).size() != notes) {
    state.SkipWithError("unexpected number of explanations");
    return;
  }
  for (auto _ : state) {
    benchmark::DoNotOptimize(&report);
    const auto findings = xxgk::validate(report);
    const xxgk::explanation_list explained = xxgk::explain(report, findings);
    benchmark::DoNotOptimize(explained);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

void validate_only(benchmark::State& state) {
  const xxgk::report_2021 report = make_changchun_2023();
  for (auto _ : state) {
    benchmark::DoNotOptimize(&report);
    const auto findings = xxgk::validate(report);
    benchmark::DoNotOptimize(findings);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

void explain_only(benchmark::State& state, xxgk::report_2021 (*make)()) {
  const xxgk::report_2021 report = make();
  const auto findings = xxgk::validate(report);
  for (auto _ : state) {
    benchmark::DoNotOptimize(&findings);
    const xxgk::explanation_list explained = xxgk::explain(report, findings);
    benchmark::DoNotOptimize(explained);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

void across_years_last_year_cell(benchmark::State& state) {
  // last year: the same report, every request handled within the year (nothing carried forward)
  xxgk::report_2021 previous = make_changchun_2023();
  previous.year = 2022;
  previous.set(s3::new_received, {47, 5, 0, 0, 0, 0, 52});
  previous.set(s3::carried_forward, {0, 0, 0, 0, 0, 0, 0});
  const xxgk::report_2021 current = make_changchun_2023();
  xxgk::report_2021 before = previous;
  before(s3::carried_forward, s3::natural_person) = 1;  // the mistake: last year's 四、结转 自然人
  const auto check = xxgk::explain_across_years(current, before, xxgk::validate(current),
                                                xxgk::validate_across_years(current, before));
  if (check.size() != 1 || !check[0].unique()) {
    state.SkipWithError("last year's cell is not explained");
    return;
  }
  for (auto _ : state) {
    benchmark::DoNotOptimize(&current);
    const auto findings = xxgk::validate(current);
    const auto across = xxgk::validate_across_years(current, before);
    const xxgk::explanation_list explained = xxgk::explain_across_years(current, before, findings, across);
    benchmark::DoNotOptimize(explained);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

}  // namespace

BENCHMARK_CAPTURE(validate_explain, one_wrong_cell, &one_wrong_cell, 1)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(validate_explain, two_wrong_cells, &two_wrong_cells, 2)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(validate_explain, chapter_4, &chapter_4, 1)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(validate_explain, consistent, &make_changchun_2023, 0)->Unit(benchmark::kMicrosecond);
BENCHMARK(validate_only)->Name("validate/consistent")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(explain_only, one_wrong_cell, &one_wrong_cell)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(explain_only, consistent, &make_changchun_2023)->Unit(benchmark::kMicrosecond);
BENCHMARK(across_years_last_year_cell)
    ->Name("validate_explain_across_years/last_year_cell")
    ->Unit(benchmark::kMicrosecond);
