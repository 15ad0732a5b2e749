// EXPLAIN.CELL (<xxgk/explain.hpp>): the published number that explains failing identities.
// The issue's example at compile time and at run time; every published number of chapter 三 of
// every consistent fixture changed alone (+1, and −1 where the count stays >= 0) must be named
// with its original value; chapter 四 lists a group's candidates; two changed numbers in
// different rows and columns never yield a false single-cell claim; inferred, absent and blank
// cells; across years with X.CARRY; the notes as text and JSON, zh and en.

#include "doctest_printers.hpp"
#include "fixtures.hpp"
#include "test_support.hpp"

#include <xxgk/across_years.hpp>
#include <xxgk/diagnostic.hpp>
#include <xxgk/explain.hpp>
#include <xxgk/json.hpp>
#include <xxgk/text_writer.hpp>
#include <xxgk/xxgk.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace {

namespace s3 = xxgk::s3;
namespace s4 = xxgk::s4;
using xxgk::cell_ref;
using xxgk::explanation;
using ojson = nlohmann::ordered_json;

/// The issue's example: （一）予以公开 / 自然人 published 26 instead of 25.
constexpr xxgk::report_2021 changchun_26 = [] {
  xxgk::report_2021 r = make_changchun_2023();
  r(s3::granted, s3::natural_person) = 26;
  return r;
}();

/// A failure: an error finding that failed (CELL.BLANK warnings are failed findings too).
constexpr bool is_failure(const xxgk::finding& f) noexcept {
  return f.verdict == xxgk::verdict::failed && f.severity == xxgk::severity::error;
}

template <class L>
constexpr std::size_t failed_count(const L& findings) noexcept {
  std::size_t n = 0;
  for (const xxgk::finding& f : findings) n += is_failure(f) ? 1U : 0U;
  return n;
}

/// Every failure among `findings` is one that `e` explains.
template <class L>
constexpr bool explains_every_failure(const explanation& e, const L& findings) noexcept {
  for (const xxgk::finding& f : findings)
    if (is_failure(f) && !e.explains(f)) return false;
  return true;
}

// ---- the issue's example, in a constant expression ------------------------------------------------
constexpr auto changchun_26_findings = xxgk::validate(changchun_26);
constexpr auto changchun_26_notes = xxgk::explain(changchun_26, changchun_26_findings);
static_assert(changchun_26_notes.size() == 1 && changchun_26_notes[0].unique());
static_assert(changchun_26_notes[0].candidates()[0] ==
              xxgk::candidate{xxgk::report_2021::ref(s3::granted, s3::natural_person), false, 26, 25});
static_assert(changchun_26_notes[0].explained().size() == 2);
static_assert(explains_every_failure(changchun_26_notes[0], changchun_26_findings));
static_assert(!changchun_26_notes[0].inferred);
// consistent reports: nothing to explain
static_assert(xxgk::explain(make_changchun_2023(), xxgk::validate(make_changchun_2023())).empty());
static_assert(xxgk::explain(fixtures::make_consistent_2019(), xxgk::validate(fixtures::make_consistent_2019())).empty());
static_assert(xxgk::explain(fixtures::make_hongze_2024(), xxgk::validate(fixtures::make_hongze_2024())).empty());

/// The table of chapter 三 of edition `E`, and its index among the edition's tables.
template <xxgk::Edition E>
using s3_table_t = xxgk::table_of_row_t<E, std::remove_cvref_t<decltype(s3::granted)>>;
template <xxgk::Edition E>
using s4_table_t = xxgk::table_of_row_t<E, std::remove_cvref_t<decltype(s4::reconsideration)>>;
template <xxgk::Edition E, class T>
constexpr std::uint8_t index_of() noexcept {
  return static_cast<std::uint8_t>(xxgk::detail::table_position<T>(typename E::tables{}));
}

/// A report of tests/data, read from its JSON.
struct fixture {
  std::string name;
  xxgk::any_report report;
};
std::vector<fixture> json_fixtures() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(XXGK_TEST_DATA_DIR))
    if (entry.path().extension() == ".json") names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  std::vector<fixture> out;
  for (const std::string& name : names) {
    auto parsed = xxgk::read_report_json(xxgk_test::read_data_file(name));
    if (parsed) out.push_back({name, std::move(parsed->report)});
  }
  return out;
}

/// A consistent report whose chapter 三 is complete: no finding of its identities at all (none
/// failed, none not assessable) and every row that its edition checks published.
template <xxgk::Edition E>
bool consistent_with_complete_chapter_3(const xxgk::report<E>& r) {
  using T = s3_table_t<E>;
  const auto findings = xxgk::validate(r);
  if (findings.has_errors()) return false;
  for (const xxgk::finding& f : findings)
    if (f.rule->id == xxgk::rules::s3_row.id || f.rule->id == xxgk::rules::s3_total.id ||
        f.rule->id == xxgk::rules::s3_balance.id)
      return false;
  std::size_t rows = 0;
  for (std::size_t row = 0; row != T::rows::size; ++row) rows += r[T{}].row_present(row) ? 1U : 0U;
  return rows >= 23;  // edition 2019: 23 rows; 2021: 25, or 23 with the single （六）其他处理 row
}

std::string cell_name(std::string_view table, std::size_t row_key_index, std::size_t column_key_index,
                      const auto& rows, const auto& columns) {
  return std::string(table) + " " + std::string(rows[row_key_index]) + " / " + std::string(columns[column_key_index]);
}

/// Changes one number of table `T` of `r` and says whether one note names exactly that cell with
/// its original value, explaining every failure.
template <class T, xxgk::Edition E>
bool named_alone(const xxgk::report<E>& r, std::size_t row, std::size_t column, std::int64_t published,
                 std::int64_t changed) {
  xxgk::report<E> m = r;
  m[T{}].at(row, column).value = xxgk::decimal{changed, 0};
  const auto findings = xxgk::validate(m);
  const xxgk::explanation_list notes = xxgk::explain(m, findings);
  if (notes.size() != 1 || !notes[0].unique() || notes.truncated()) return false;
  const xxgk::candidate& c = notes[0].candidates()[0];
  const cell_ref where{index_of<E, T>(), static_cast<std::uint8_t>(row), static_cast<std::uint8_t>(column)};
  return c.at == where && c.actual == changed && c.expected == published && !c.blank &&
         explains_every_failure(notes[0], findings) && failed_count(findings) != 0;
}

struct tally {
  std::size_t cases = 0;
  std::size_t named = 0;
  std::vector<std::string> exceptions;
};

template <xxgk::Edition E>
void sweep_chapter_3(const std::string& name, const xxgk::report<E>& r, tally& out) {
  using T = s3_table_t<E>;
  const auto& t = r[T{}];
  for (std::size_t row = 0; row != T::rows::size; ++row) {
    for (std::size_t column = 0; column != T::columns::size; ++column) {
      const xxgk::cell& c = t.at(row, column);
      if (!c.is_number() || c.inferred) continue;  // only numbers read with certainty are candidates
      const std::int64_t v = c.value.normalized().units;
      for (const std::int64_t delta : {std::int64_t{1}, std::int64_t{-1}}) {
        if (v + delta < 0) continue;
        ++out.cases;
        if (named_alone<T>(r, row, column, v, v + delta)) {
          ++out.named;
        } else {
          out.exceptions.push_back(name + ": " + cell_name(T::key, row, column, T::rows::keys, T::columns::keys) +
                                   " " + std::to_string(v) + " -> " + std::to_string(v + delta));
        }
      }
    }
  }
}

}  // namespace

TEST_CASE("EXPLAIN.CELL: the issue's example names 予以公开 / 自然人 and 25") {
  const auto findings = xxgk::validate(changchun_26);
  REQUIRE_OR_RETURN(failed_count(findings) == 2);  // S3.ROW at granted / total, S3.TOTAL at outcome_total / natural_person
  const xxgk::explanation_list notes = xxgk::explain(changchun_26, findings);
  REQUIRE_OR_RETURN(notes.size() == 1);
  const explanation& e = notes[0];
  CHECK(e.rule->id == "EXPLAIN.CELL");
  CHECK(e.rule->severity == xxgk::severity::note);
  REQUIRE_OR_RETURN(e.unique());
  CHECK(e.candidates()[0].at == xxgk::report_2021::ref(s3::granted, s3::natural_person));
  CHECK(e.candidates()[0].actual == 26);
  CHECK(e.candidates()[0].expected == 25);
  REQUIRE_OR_RETURN(e.explained().size() == 2);
  CHECK(e.explained()[0].rule->id == "S3.ROW");
  CHECK(e.explained()[0].at == xxgk::report_2021::ref(s3::granted, s3::total));
  CHECK(e.explained()[1].rule->id == "S3.TOTAL");
  CHECK(e.explained()[1].at == xxgk::report_2021::ref(s3::outcome_total, s3::natural_person));
  for (const xxgk::finding& f : findings) CHECK(e.explains(f));
  // the published number is kept: the report is not touched
  CHECK(changchun_26(s3::granted, s3::natural_person) == xxgk::cell{26});
}

TEST_CASE("EXPLAIN.CELL: nothing on consistent reports, every fixture") {
  std::size_t consistent = 0;
  for (const fixture& f : json_fixtures()) {
    f.report.visit([&](const auto& r) {
      const auto findings = xxgk::validate(r);
      if (failed_count(findings) != 0) return;
      ++consistent;
      INFO(f.name);
      CHECK(xxgk::explain(r, findings).empty());
    });
  }
  CHECK(consistent >= 20);
}

TEST_CASE("EXPLAIN.CELL: every published number of chapter 三 changed alone is named with its value") {
  tally all;
  std::set<std::string> swept;
  for (const fixture& f : json_fixtures()) {
    f.report.visit([&](const auto& r) {
      if (!consistent_with_complete_chapter_3(r)) return;
      swept.insert(f.name);
      sweep_chapter_3(f.name, r, all);
    });
  }
  std::string names;
  for (const std::string& n : swept) names += n + " ";
  MESSAGE("chapter 三 swept on " << swept.size() << " fixtures (" << names << "): " << all.named << " of "
                                  << all.cases << " single changes named exactly");
  for (const std::string_view n : {"changchun-2023.json", "huaian-2024.json", "shuyang-2025.json",
                               "suqian-2023-rerendered.json", "huaian-hongze-2024.json"})
    CHECK_MESSAGE(swept.count(std::string(n)) == 1, n << " is consistent with a complete chapter 三");
  for (const std::string& e : all.exceptions) MESSAGE("not named alone: " << e);
  CHECK(all.cases >= 2000);
  CHECK(all.named * 100 >= all.cases * 99);
}

TEST_CASE("EXPLAIN.CELL: both editions and the 2021 report with the single （六）其他处理 row") {
  tally t2019, hybrid;
  sweep_chapter_3("consistent-2019", fixtures::make_consistent_2019(), t2019);
  sweep_chapter_3("hongze-2024", fixtures::make_hongze_2024(), hybrid);
  CHECK(t2019.cases > 100);
  CHECK(t2019.named == t2019.cases);
  CHECK(hybrid.cases > 100);
  CHECK(hybrid.named == hybrid.cases);
  for (const std::string& e : t2019.exceptions) MESSAGE(e);
  for (const std::string& e : hybrid.exceptions) MESSAGE(e);
}

TEST_CASE("EXPLAIN.CELL: chapter 四, a group of one identity, lists the group's candidates") {
  std::size_t cases = 0;
  for (const fixture& f : json_fixtures()) {
    f.report.visit([&](const auto& r) {
      using E = typename std::remove_cvref_t<decltype(r)>::edition_type;
      using T = s4_table_t<E>;
      if (xxgk::validate(r).has_errors() || r[T{}].empty()) return;
      for (std::size_t row = 0; row != T::rows::size; ++row) {
        for (std::size_t column = 0; column != T::columns::size; ++column) {
          const xxgk::cell& c = r[T{}].at(row, column);
          if (!c.is_number() || c.inferred) continue;
          const std::int64_t v = c.value.normalized().units;
          for (const std::int64_t delta : {std::int64_t{1}, std::int64_t{-1}}) {
            if (v + delta < 0) continue;
            ++cases;
            INFO(f.name << " section4 " << T::rows::keys[row] << " / " << T::columns::keys[column] << " " << v
                        << " -> " << v + delta);
            auto m = r;
            m[T{}].at(row, column).value = xxgk::decimal{v + delta, 0};
            const auto findings = xxgk::validate(m);
            const xxgk::explanation_list notes = xxgk::explain(m, findings);
            REQUIRE_OR_RETURN(notes.size() == 1);
            // the group's identity: total = the four results; residual = parts − total
            std::int64_t parts = 0;
            for (std::size_t k = 0; k + 1 != T::columns::size; ++k) parts += m[T{}].at(row, k).value.normalized().units;
            const std::int64_t total = m[T{}].at(row, T::columns::size - 1).value.normalized().units;
            const std::int64_t residual = parts - total;
            std::vector<xxgk::candidate> expected;
            for (std::size_t k = 0; k != T::columns::size; ++k) {
              const std::int64_t now = m[T{}].at(row, k).value.normalized().units;
              const std::int64_t needed = k + 1 == T::columns::size ? now + residual : now - residual;
              if (needed >= 0)
                expected.push_back({cell_ref{index_of<E, T>(), static_cast<std::uint8_t>(row), static_cast<std::uint8_t>(k)},
                                    false, now, needed});
            }
            std::vector<xxgk::candidate> got(notes[0].candidates().begin(), notes[0].candidates().end());
            CHECK(got == expected);
            const cell_ref changed{index_of<E, T>(), static_cast<std::uint8_t>(row), static_cast<std::uint8_t>(column)};
            CHECK(std::count(got.begin(), got.end(), xxgk::candidate{changed, false, v + delta, v}) == 1);
            CHECK(explains_every_failure(notes[0], findings));
          }
        }
      }
    });
  }
  CHECK(cases >= 200);
}

TEST_CASE("EXPLAIN.CELL: two changed numbers in different rows and columns make no false single-cell claim") {
  const xxgk::report_2021 r = make_changchun_2023();
  using T = s3::table_2021_t;
  struct place {
    std::size_t row, column;
    std::int64_t value;
  };
  std::vector<place> numbers;
  for (std::size_t row = 0; row != T::rows::size; ++row)
    for (std::size_t column = 0; column != T::columns::size; ++column)
      if (r[T{}].at(row, column).is_number()) numbers.push_back({row, column, r[T{}].at(row, column).value.units});
  const std::uint8_t table = index_of<xxgk::edition_2021_t, T>();
  std::size_t pairs = 0, claims = 0, all_explained = 0;
  std::vector<std::string> false_claims;
  for (std::size_t i = 0; i != numbers.size(); ++i) {
    for (std::size_t j = i + 1; j != numbers.size(); ++j) {
      const place& a = numbers[i];
      const place& b = numbers[j];
      if (a.row == b.row || a.column == b.column) continue;
      for (const std::int64_t db : {std::int64_t{1}, std::int64_t{-1}}) {
        if (b.value + db < 0) continue;
        ++pairs;
        xxgk::report_2021 m = r;
        m[T{}].at(a.row, a.column).value = xxgk::decimal{a.value + 1, 0};
        m[T{}].at(b.row, b.column).value = xxgk::decimal{b.value + db, 0};
        const auto findings = xxgk::validate(m);
        for (const explanation& e : xxgk::explain(m, findings)) {
          if (!e.unique()) continue;
          ++claims;
          // no single cell explains both changes ...
          if (explains_every_failure(e, findings)) ++all_explained;
          // ... and a note that explains some of the failures names a changed cell with its value
          const xxgk::candidate& c = e.candidates()[0];
          const bool is_a = c.at == cell_ref{table, static_cast<std::uint8_t>(a.row), static_cast<std::uint8_t>(a.column)} &&
                            c.expected == a.value;
          const bool is_b = c.at == cell_ref{table, static_cast<std::uint8_t>(b.row), static_cast<std::uint8_t>(b.column)} &&
                            c.expected == b.value;
          if (!is_a && !is_b)
            false_claims.push_back(std::string(T::rows::keys[a.row]) + "/" + std::string(T::columns::keys[a.column]) +
                                   " +1, " + std::string(T::rows::keys[b.row]) + "/" +
                                   std::string(T::columns::keys[b.column]) + " " + std::to_string(db));
        }
      }
    }
  }
  MESSAGE(pairs << " pairs of changed numbers; " << claims
                << " single-cell notes, each about the failures of one of the two changes");
  CHECK(pairs > 10000);
  CHECK(all_explained == 0);
  CHECK(false_claims.empty());
  for (std::size_t k = 0; k != std::min<std::size_t>(false_claims.size(), 20); ++k) MESSAGE(false_claims[k]);
}

TEST_CASE("EXPLAIN.CELL: inferred cells are never candidates, and a suggestion that rests on them says so") {
  xxgk::report_2021 r = make_changchun_2023();
  for (std::size_t column = 0; column != 7; ++column) {
    xxgk::cell& c = r[s3::table_2021].at(xxgk::report_2021::ref(s3::granted, s3::total).row, column);
    c = c.as_inferred();
  }
  REQUIRE_OR_RETURN(!xxgk::validate(r).has_errors());

  SUBCASE("a number read with certainty beside an inferred row") {
    xxgk::report_2021 m = r;
    m(s3::partially_granted, s3::natural_person) = 15;
    const auto findings = xxgk::validate(m);
    const xxgk::explanation_list notes = xxgk::explain(m, findings);
    REQUIRE_OR_RETURN(notes.size() == 1);
    REQUIRE_OR_RETURN(notes[0].unique());
    CHECK(notes[0].candidates()[0].at == xxgk::report_2021::ref(s3::partially_granted, s3::natural_person));
    CHECK(notes[0].candidates()[0].expected == 14);
    CHECK(notes[0].inferred);  // S3.TOTAL of the 自然人 column adds the inferred 予以公开 cell
    const xxgk::diagnostic d = xxgk::describe(m, notes[0]);
    CHECK(d.inferred);
    CHECK(d.message_en.find("rests on inferred cells") != std::string::npos);
    CHECK(d.message_zh.find("涉及推定值") != std::string::npos);
  }
  SUBCASE("an inferred number itself") {
    xxgk::report_2021 m = r;
    m(s3::granted, s3::natural_person) = xxgk::cell{26}.as_inferred();
    const auto findings = xxgk::validate(m);
    CHECK(failed_count(findings) == 1);  // S3.TOTAL; S3.ROW cannot check the row it read
    for (const explanation& e : xxgk::explain(m, findings))
      for (const xxgk::candidate& c : e.candidates())
        CHECK(c.at != xxgk::report_2021::ref(s3::granted, s3::natural_person));
  }
}

TEST_CASE("EXPLAIN.CELL: absent cells are unknowns, never candidates") {
  xxgk::report_2021 r = make_changchun_2023();
  r.set(s3::granted, {xxgk::cell{}, {}, {}, {}, {}, {}, {}});  // 予以公开 not read: absent
  r(s3::partially_granted, s3::natural_person) = 15;
  const auto findings = xxgk::validate(r);
  const xxgk::explanation_list notes = xxgk::explain(r, findings);
  // S3.TOTAL is not assessable in every column: only the row of （二） fails, and either of its
  // numbers that stays a count could be the mistake
  REQUIRE_OR_RETURN(notes.size() == 1);
  const std::vector<xxgk::candidate> got(notes[0].candidates().begin(), notes[0].candidates().end());
  CHECK(got == std::vector<xxgk::candidate>{
                   {xxgk::report_2021::ref(s3::partially_granted, s3::natural_person), false, 15, 14},
                   {xxgk::report_2021::ref(s3::partially_granted, s3::total), false, 14, 15}});
  for (const xxgk::candidate& c : got) CHECK(c.at.row != xxgk::report_2021::ref(s3::granted, s3::total).row);
  const xxgk::diagnostic d = xxgk::describe(r, notes[0]);
  CHECK(d.candidates.size() == 2);
  CHECK(!d.expected);  // several candidates: the note names no single cell
  CHECK(d.row.empty());
  CHECK(d.table == "section3");
  CHECK(d.message_en ==
        "section3: any one of 2 numbers, changed alone, would make [S3.ROW] partially_granted / total hold without "
        "breaking an identity that holds: partially_granted / natural_person published 15, would be 14; "
        "partially_granted / total published 14, would be 15 (a suggestion: the published numbers are kept)");
}

TEST_CASE("EXPLAIN.CELL: a blank counted as 0 can be the mistake; not counted, nothing is assessed") {
  xxgk::report_2021 r = make_changchun_2023();
  r(s3::granted, s3::commercial) = xxgk::blank;  // 5 left out
  const auto findings = xxgk::validate(r);
  const xxgk::explanation_list notes = xxgk::explain(r, findings);
  REQUIRE_OR_RETURN(notes.size() == 1);
  REQUIRE_OR_RETURN(notes[0].unique());
  CHECK(notes[0].candidates()[0] == xxgk::candidate{xxgk::report_2021::ref(s3::granted, s3::commercial), true, 0, 5});
  const xxgk::diagnostic d = xxgk::describe(r, notes[0]);
  CHECK(!d.actual);  // published blank
  CHECK(d.expected == "5");
  CHECK(d.message_en.starts_with("section3 granted / commercial: published blank (counted as 0); 5 would make"));
  CHECK(xxgk::to_json(d)["candidates"][0]["actual"].is_null());

  const xxgk::options strict{xxgk::blank_policy::not_assessable};
  CHECK(xxgk::explain(r, xxgk::validate(r, strict), strict).empty());
}

TEST_CASE("EXPLAIN.CELL across years: X.CARRY takes part") {
  auto read = [](const std::string& name) {
    auto parsed = xxgk::read_report_json(xxgk_test::read_data_file(name));
    REQUIRE(parsed.has_value());
    const auto* r = parsed->report.get<xxgk::edition_2021_t>();
    REQUIRE(r != nullptr);
    return *r;
  };
  const xxgk::report_2021 previous = read("huaian-hongze-2023.json");
  const xxgk::report_2021 current = read("huaian-hongze-2024.json");
  REQUIRE_OR_RETURN(xxgk::validate_across_years(current, previous).empty());
  // last year's report has failures of its own (chapter 四 totals printed 0): its business, not this year's
  CHECK(xxgk::explain_across_years(current, previous, xxgk::validate(current),
                                   xxgk::validate_across_years(current, previous))
            .empty());

  SUBCASE("this year's 二、上年结转 changed: its row, its column's balance and X.CARRY") {
    xxgk::report_2021 m = current;
    const std::int64_t published = m(s3::carried_over, s3::commercial).value.units;
    m(s3::carried_over, s3::commercial) = published + 1;
    const auto findings = xxgk::validate(m);
    const auto across = xxgk::validate_across_years(m, previous);
    REQUIRE_OR_RETURN(failed_count(across) == 1);
    const xxgk::explanation_list notes = xxgk::explain_across_years(m, previous, findings, across);
    REQUIRE_OR_RETURN(notes.size() == 1);
    REQUIRE_OR_RETURN(notes[0].unique());
    CHECK(notes[0].candidates()[0] ==
          xxgk::candidate{xxgk::report_2021::ref(s3::carried_over, s3::commercial), false, published + 1, published});
    CHECK(notes[0].explained().size() == 3);
    CHECK(notes[0].explains(across[0]));
    CHECK(explains_every_failure(notes[0], findings));
  }
  SUBCASE("last year's 四、结转下年度继续办理 changed: the cell of last year's report is named") {
    xxgk::report_2021 before = previous;
    const std::int64_t published = before(s3::carried_forward, s3::natural_person).value.units;
    before(s3::carried_forward, s3::natural_person) = published + 1;
    const auto findings = xxgk::validate(current);
    const auto across = xxgk::validate_across_years(current, before);
    const xxgk::explanation_list notes = xxgk::explain_across_years(current, before, findings, across);
    REQUIRE_OR_RETURN(notes.size() == 1);
    REQUIRE_OR_RETURN(notes[0].unique());
    cell_ref last_year = xxgk::report_2021::ref(s3::carried_forward, s3::natural_person);
    last_year.previous = true;
    CHECK(notes[0].candidates()[0] == xxgk::candidate{last_year, false, published + 1, published});
    CHECK(notes[0].explained().size() == 3);  // last year's S3.ROW and S3.BALANCE, and X.CARRY
    CHECK(notes[0].explains(across[0]));
    const xxgk::diagnostic d = xxgk::describe(current, before, notes[0]);
    CHECK(d.message_en.starts_with("last year's section3 carried_forward / natural_person: published "));
    CHECK(d.message_zh.starts_with("上年报告 三、收到和处理政府信息公开申请情况 四、结转下年度继续办理 / 自然人"));
    REQUIRE_OR_RETURN(d.candidates.size() == 1);
    CHECK(d.candidates[0].previous);
    CHECK(xxgk::to_json(d)["candidates"][0]["previous"] == true);
  }
  SUBCASE("not a series: the explanation of this year's report alone") {
    xxgk::report_2021 other = previous;
    other.year = 2020;
    const auto findings = xxgk::validate(changchun_26);
    const auto across = xxgk::validate_across_years(changchun_26, other);
    const xxgk::explanation_list notes = xxgk::explain_across_years(changchun_26, other, findings, across);
    REQUIRE_OR_RETURN(notes.size() == 1);
    CHECK(notes[0].candidates()[0] == changchun_26_notes[0].candidates()[0]);
  }
}

TEST_CASE("EXPLAIN.CELL as diagnostics: text and JSON, Chinese and English") {
  const auto findings = xxgk::validate(changchun_26);
  std::vector<xxgk::diagnostic> ds = xxgk::describe(changchun_26, findings);
  const std::vector<xxgk::diagnostic> notes = xxgk::describe(changchun_26, xxgk::explain(changchun_26, findings));
  REQUIRE_OR_RETURN(notes.size() == 1);
  const xxgk::diagnostic& d = notes[0];
  CHECK(d.rule == "EXPLAIN.CELL");
  CHECK(d.severity == xxgk::severity::note);
  CHECK(d.table == "section3");
  CHECK(d.row == "granted");
  CHECK(d.column == "natural_person");
  CHECK(d.actual == "26");
  CHECK(d.expected == "25");
  CHECK(d.raw == "26");
  CHECK(!d.inferred);
  CHECK(d.message_zh ==
        "三、收到和处理政府信息公开申请情况 （一）予以公开 / 自然人：公布为 26，若为 25，则 [S3.ROW] （一）予以公开 / "
        "总计、[S3.TOTAL] （七）总计 / 自然人 都成立，且不破坏任何成立的等式：可能的错误所在（这是建议，原文数字未改动）");
  CHECK(d.message_en ==
        "section3 granted / natural_person: published 26; 25 would make [S3.ROW] granted / total and [S3.TOTAL] "
        "outcome_total / natural_person hold without breaking an identity that holds: the likely mistake (a "
        "suggestion: the published number is kept)");
  REQUIRE_OR_RETURN(d.explains.size() == 2);
  CHECK(d.explains[1].rule == "S3.TOTAL");
  CHECK(d.explains[1].row == "outcome_total");
  CHECK(d.explains[1].column == "natural_person");

  ds.push_back(d);
  const std::string text = xxgk::to_text("changchun.txt", ds, xxgk::language::en);
  CHECK(text.find("changchun.txt: note: [EXPLAIN.CELL] section3 granted / natural_person: published 26; 25 would make") !=
        std::string::npos);
  CHECK(text.find("changchun.txt: 2 errors, 0 warnings, 1 note") != std::string::npos);

  const ojson j = xxgk::to_json(d, xxgk::language::en);
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  CHECK(keys == std::vector<std::string>{"rule", "severity", "verdict", "table", "row", "column", "expected", "actual",
                                         "line", "col", "raw", "inferred", "candidates", "explains", "message"});
  CHECK(j["expected"] == 25);
  CHECK(j["actual"] == 26);
  CHECK(j["candidates"] == ojson::parse(R"([{"table": "section3", "row": "granted", "column": "natural_person",
      "previous": false, "actual": 26, "expected": 25, "line": null, "col": null, "raw": "26"}])"));
  CHECK(j["explains"] == ojson::parse(R"([
      {"rule": "S3.ROW", "table": "section3", "row": "granted", "column": "total", "previous": false},
      {"rule": "S3.TOTAL", "table": "section3", "row": "outcome_total", "column": "natural_person", "previous": false}])"));
  CHECK(j["message"] == d.message_en);
  // other diagnostics keep their keys
  CHECK(!xxgk::to_json(ds[0]).contains("candidates"));
}

TEST_CASE("EXPLAIN.CELL: the catalogue lists it, a note") {
  CHECK(xxgk::rules::explain_catalogue.size() == 1);
  CHECK(xxgk::rules::explain_catalogue[0]->id == "EXPLAIN.CELL");
  CHECK(xxgk::rules::explain_cell.severity == xxgk::severity::note);
  CHECK(std::string_view(xxgk::rules::explain_cell.en).find("a suggestion") != std::string_view::npos);
}
