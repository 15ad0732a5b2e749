// A published annual report written as C++ data and checked by the compiler.
//
// changchun_2023.hpp types in every number of the 2023 report of 长春市国防动员办公室
// (examples/data/changchun-2023.txt) in the edition-2021 model. The static_assert below runs
// every identity of the national format (S3.ROW, S3.TOTAL, S3.BALANCE, S4.TOTAL) and the cell
// checks (CELL.RANGE, CELL.BLANK) at compile time: change any number of chapter 三 or 四 and this
// file no longer compiles, with an error naming the rule, the row and the column. main() runs
// the same `validate` again, at run time.

#include "changchun_2023.hpp"

#include <xxgk/model.hpp>

#include <cstdio>

inline constexpr xxgk::report_2021 changchun_2023 = make_changchun_2023();

static_assert(xxgk::static_check<changchun_2023>());

int main() {
  namespace s3 = xxgk::s3;
  const xxgk::report_2021& r = changchun_2023;
  const auto findings = xxgk::validate(r);

  // 总计 column of chapter 三, and the fee of chapter 二 as published.
  const auto total = [&](auto row) { return static_cast<long long>(r(row, s3::total).value.units); };
  const auto fee = r(xxgk::s2_2021::administrative_fees, xxgk::s2_2021::amount_10k_yuan).value.to_text();
  const std::string_view agency = r.agency.view();

  std::printf("%.*s %d: %lld new + %lld carried over = %lld handled + %lld carried forward; "
              "fees %.*s 万元; %zu finding(s)\n",
              static_cast<int>(agency.size()), agency.data(), r.year, total(s3::new_received),
              total(s3::carried_over), total(s3::outcome_total), total(s3::carried_forward),
              static_cast<int>(fee.view().size()), fee.view().data(), findings.size());
  return findings.empty() ? 0 : 1;
}
