// Every built-in rule (S3.ROW, S3.TOTAL, S3.BALANCE, S4.TOTAL, CELL.RANGE, CELL.BLANK), on both
// editions: a consistent report passes it, and one changed cell fails it at a known cell, with
// the rule, severity, verdict, cell, expected and actual values and the cells involved. Then
// the edges: blank policy, text, absent rows and tables, counts too large to add, signed and
// fractional cells, amounts, and the edition-2021 hybrid （六）其他处理 row. A few scenarios run
// twice, in a static_assert and in a CHECK: the same code at compile time and at run time.

#include "doctest_printers.hpp"
#include "fixtures.hpp"

#include <xxgk/xxgk.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>
#include <type_traits>

namespace {

namespace s3 = xxgk::s3;
namespace s4 = xxgk::s4;
using xxgk::cell;
using xxgk::cell_ref;
using xxgk::decimal;
using xxgk::finding;
using xxgk::reason;
using xxgk::severity;
using xxgk::verdict;

template <class R>
constexpr R consistent() noexcept {
  if constexpr (R::edition == xxgk::edition::y2019) return fixtures::make_consistent_2019();
  else return make_changchun_2023();
}

constexpr decimal units(std::int64_t v) noexcept { return decimal{v, 0}; }

/// The published count of a cell (a number with scale 0 in these fixtures).
constexpr std::int64_t count(const cell& c) noexcept { return c.value.normalized().units; }

/// The id of a finding's rule. Every finding of `validate` names its rule; in a constant
/// expression its address is not compared with null (g++ 12 with -fsanitize=undefined refuses it).
constexpr std::string_view rule_id(const finding& f) noexcept {
  if (std::is_constant_evaluated()) return f.rule->id;
  return f.rule != nullptr ? f.rule->id : std::string_view{};
}

/// The first finding of rule `id` at `where`, or nullptr.
template <class L>
constexpr const finding* find(const L& findings, std::string_view id, cell_ref where) noexcept {
  for (const finding& f : findings)
    if (rule_id(f) == id && f.at == where) return &f;
  return nullptr;
}

template <class L>
constexpr std::size_t count_of(const L& findings, std::string_view id) noexcept {
  std::size_t n = 0;
  for (const finding& f : findings) n += rule_id(f) == id ? 1U : 0U;
  return n;
}

constexpr bool involves(const finding& f, cell_ref where) noexcept {
  for (const cell_ref& c : f.involved())
    if (c == where) return true;
  return false;
}

/// Chapter 三's table of a report of either edition.
template <class R>
constexpr auto& chapter_3(R& r) noexcept {
  if constexpr (R::edition == xxgk::edition::y2019) return r[s3::table_2019];
  else return r[s3::table_2021];
}

/// The leaf rows of 三、本年度办理结果 that a report publishes (the rows （七）总计 adds up).
template <class R>
constexpr std::size_t outcome_leaf_rows() noexcept {
  // （一）, （二）, （三）1–8, （四）1–3, （五）1–5, then （六）: one row in 2019, three items in 2021
  return 2 + 8 + 3 + 5 + (R::edition == xxgk::edition::y2019 ? 1 : 3);
}

/// Checks the common fields of an identity failure.
void check_failed(const finding* f, const xxgk::rule_info& rule, cell_ref at, std::int64_t expected,
                  std::int64_t actual) {
  REQUIRE(f != nullptr);
  CHECK(f->rule == &rule);
  CHECK(f->rule->id == rule.id);
  CHECK(f->severity == severity::error);
  CHECK(f->verdict == verdict::failed);
  CHECK(f->reason == reason::none);
  CHECK(f->at == at);
  CHECK(f->has_values);
  CHECK(f->expected == units(expected));
  CHECK(f->actual == units(actual));
  CHECK(involves(*f, at));
}

/// Checks a not-assessable note of an identity.
void check_not_assessable(const finding* f, const xxgk::rule_info& rule, cell_ref at, reason why,
                          cell_ref cause) {
  REQUIRE(f != nullptr);
  CHECK(f->rule == &rule);
  CHECK(f->severity == severity::note);
  CHECK(f->verdict == verdict::not_assessable);
  CHECK(f->reason == why);
  CHECK(f->at == at);
  CHECK(f->cause == cause);
  CHECK(involves(*f, cause));
  CHECK_FALSE(f->has_values);
}

/// Checks a cell finding (CELL.RANGE, CELL.BLANK): it involves the cell alone.
void check_cell_finding(const finding* f, const xxgk::rule_info& rule, cell_ref at, reason why) {
  REQUIRE(f != nullptr);
  CHECK(f->rule == &rule);
  CHECK(f->severity == rule.severity);
  CHECK(f->verdict == verdict::failed);
  CHECK(f->reason == why);
  CHECK(f->at == at);
  REQUIRE(f->involved().size() == 1);
  CHECK(f->involved()[0] == at);
}

}  // namespace

// ---- consistent reports ------------------------------------------------------------------------

TEST_CASE_TEMPLATE("a consistent report passes every rule, under either blank policy", R,
                   xxgk::report_2019, xxgk::report_2021) {
  const R r = consistent<R>();
  const auto findings = xxgk::validate(r);
  CHECK(findings.empty());
  CHECK_FALSE(findings.truncated());
  CHECK(xxgk::validate(r, xxgk::options{xxgk::blank_policy::not_assessable}).empty());
  CHECK(findings.capacity() == xxgk::max_findings_v<typename R::edition_type>);
}

TEST_CASE("the real reports pass: 长春市国防动员办公室 2023, 淮安市洪泽区 2024 (hybrid)") {
  CHECK(xxgk::validate(make_changchun_2023()).empty());
  CHECK(xxgk::validate(fixtures::make_hongze_2024()).empty());
}

// ---- S3.ROW --------------------------------------------------------------------------------------

TEST_CASE_TEMPLATE("S3.ROW: 总计 must be the sum of the six applicant columns", R, xxgk::report_2019,
                   xxgk::report_2021) {
  R r = consistent<R>();
  const std::int64_t total = count(r(s3::granted, s3::total));
  r(s3::granted, s3::commercial) = count(r(s3::granted, s3::commercial)) + 1;

  const auto findings = xxgk::validate(r);
  CHECK(count_of(findings, "S3.ROW") == 1);
  const finding* f = find(findings, "S3.ROW", R::ref(s3::granted, s3::total));
  check_failed(f, xxgk::rules::s3_row, R::ref(s3::granted, s3::total), total + 1, total);
  CHECK(f->involved().size() == 7);
  CHECK(involves(*f, R::ref(s3::granted, s3::natural_person)));
  CHECK(involves(*f, R::ref(s3::granted, s3::commercial)));
  CHECK(involves(*f, R::ref(s3::granted, s3::research)));
  CHECK(involves(*f, R::ref(s3::granted, s3::social_welfare)));
  CHECK(involves(*f, R::ref(s3::granted, s3::legal_services)));
  CHECK(involves(*f, R::ref(s3::granted, s3::other_organisation)));

  // the same cell breaks its column too (S3.TOTAL), and nothing else
  CHECK(find(findings, "S3.TOTAL", R::ref(s3::outcome_total, s3::commercial)) != nullptr);
  CHECK(findings.size() == 2);
  // rows across are checked before columns down: S3.ROW comes first
  CHECK(findings[0].rule == &xxgk::rules::s3_row);
}

// ---- S3.TOTAL ------------------------------------------------------------------------------------

TEST_CASE_TEMPLATE("S3.TOTAL: （七）总计 must be the sum of every outcome row", R, xxgk::report_2019,
                   xxgk::report_2021) {
  R r = consistent<R>();
  // one more request withheld to protect a third party, in its row's 自然人 and 总计: S3.ROW holds
  r(s3::withheld_third_party, s3::natural_person) = count(r(s3::withheld_third_party, s3::natural_person)) + 1;
  r(s3::withheld_third_party, s3::total) = count(r(s3::withheld_third_party, s3::total)) + 1;
  const std::int64_t person = count(r(s3::outcome_total, s3::natural_person));
  const std::int64_t total = count(r(s3::outcome_total, s3::total));

  const auto findings = xxgk::validate(r);
  CHECK(count_of(findings, "S3.ROW") == 0);
  CHECK(count_of(findings, "S3.BALANCE") == 0);
  CHECK(count_of(findings, "S3.TOTAL") == 2);
  CHECK(findings.size() == 2);

  const finding* f = find(findings, "S3.TOTAL", R::ref(s3::outcome_total, s3::natural_person));
  check_failed(f, xxgk::rules::s3_total, R::ref(s3::outcome_total, s3::natural_person), person + 1, person);
  // （七）总计 and every leaf of （一）…（六）, not the group headings, not 一、二、四
  CHECK(f->involved().size() == 1 + outcome_leaf_rows<R>());
  CHECK(involves(*f, R::ref(s3::granted, s3::natural_person)));
  CHECK(involves(*f, R::ref(s3::partially_granted, s3::natural_person)));
  CHECK(involves(*f, R::ref(s3::withheld_third_party, s3::natural_person)));
  CHECK(involves(*f, R::ref(s3::withheld_admin_query, s3::natural_person)));
  CHECK(involves(*f, R::ref(s3::unable_unclear, s3::natural_person)));
  CHECK(involves(*f, R::ref(s3::declined_confirmation, s3::natural_person)));
  if constexpr (R::edition == xxgk::edition::y2019) {
    CHECK(involves(*f, R::ref(s3::other_handling, s3::natural_person)));
  } else {
    CHECK(involves(*f, R::ref(s3::other_overdue_correction, s3::natural_person)));
    CHECK(involves(*f, R::ref(s3::other_unpaid_fee, s3::natural_person)));
    CHECK(involves(*f, R::ref(s3::other_misc, s3::natural_person)));
    // the hybrid row is not printed here: the items stand for （六）
    CHECK_FALSE(involves(*f, R::ref(s3::other_handling, s3::natural_person)));
  }
  CHECK_FALSE(involves(*f, R::ref(s3::new_received, s3::natural_person)));
  CHECK_FALSE(involves(*f, R::ref(s3::carried_forward, s3::natural_person)));

  check_failed(find(findings, "S3.TOTAL", R::ref(s3::outcome_total, s3::total)), xxgk::rules::s3_total,
               R::ref(s3::outcome_total, s3::total), total + 1, total);
}

// ---- S3.BALANCE ----------------------------------------------------------------------------------

TEST_CASE_TEMPLATE("S3.BALANCE: 一 + 二 must equal （七）总计 + 四, in every column", R, xxgk::report_2019,
                   xxgk::report_2021) {
  R r = consistent<R>();
  // one more request carried over, consistently across its row: only the balance breaks
  r(s3::carried_over, s3::natural_person) = count(r(s3::carried_over, s3::natural_person)) + 1;
  r(s3::carried_over, s3::total) = count(r(s3::carried_over, s3::total)) + 1;

  const auto findings = xxgk::validate(r);
  CHECK(count_of(findings, "S3.BALANCE") == 2);
  CHECK(findings.size() == 2);

  for (const cell_ref column : {R::ref(s3::carried_forward, s3::natural_person), R::ref(s3::carried_forward, s3::total)}) {
    const auto at = [&](std::size_t row_index) {
      return cell_ref{column.table, static_cast<std::uint8_t>(row_index), column.column};
    };
    const cell_ref received = at(R::ref(s3::new_received, s3::total).row);
    const cell_ref carried = at(R::ref(s3::carried_over, s3::total).row);
    const cell_ref handled = at(R::ref(s3::outcome_total, s3::total).row);
    const auto& t = chapter_3(r);
    const std::int64_t lhs = count(t.at(received.row, received.column)) + count(t.at(carried.row, carried.column));
    const std::int64_t rhs = count(t.at(handled.row, handled.column)) + count(t.at(column.row, column.column));
    CHECK(lhs == rhs + 1);

    const finding* f = find(findings, "S3.BALANCE", column);  // the finding points at 四
    check_failed(f, xxgk::rules::s3_balance, column, lhs, rhs);
    CHECK(f->involved().size() == 4);
    CHECK(involves(*f, received));
    CHECK(involves(*f, carried));
    CHECK(involves(*f, handled));
  }
}

// ---- S4.TOTAL ------------------------------------------------------------------------------------

TEST_CASE_TEMPLATE("S4.TOTAL: each group's 总计 must be 维持 + 纠正 + 其他 + 尚未审结", R, xxgk::report_2019,
                   xxgk::report_2021) {
  R r = consistent<R>();
  const std::int64_t total = count(r(s4::litigation_after_reconsideration, s4::total));
  r(s4::litigation_after_reconsideration, s4::corrected) =
      count(r(s4::litigation_after_reconsideration, s4::corrected)) + 1;

  const auto findings = xxgk::validate(r);
  REQUIRE(findings.size() == 1);
  const finding* f = find(findings, "S4.TOTAL", R::ref(s4::litigation_after_reconsideration, s4::total));
  check_failed(f, xxgk::rules::s4_total, R::ref(s4::litigation_after_reconsideration, s4::total), total + 1, total);
  CHECK(f->involved().size() == 5);
  CHECK(involves(*f, R::ref(s4::litigation_after_reconsideration, s4::upheld)));
  CHECK(involves(*f, R::ref(s4::litigation_after_reconsideration, s4::corrected)));
  CHECK(involves(*f, R::ref(s4::litigation_after_reconsideration, s4::other_result)));
  CHECK(involves(*f, R::ref(s4::litigation_after_reconsideration, s4::pending)));
  CHECK_FALSE(involves(*f, R::ref(s4::reconsideration, s4::total)));
}

TEST_CASE("S4.TOTAL on a real error: 淮安市洪泽区 2023 prints its chapter-四 总计 as 0") {
  using R = xxgk::report_2021;
  const R r = fixtures::make_hongze_2023_chapter_4();
  const auto findings = xxgk::validate(r);
  // 行政复议 10 + 1 + 0 + 0 and 复议后起诉 5 + 0 + 0 + 0, both published as 总计 0; the other
  // tables are not in the fixture at all, so they say nothing
  REQUIRE(findings.size() == 2);
  check_failed(&findings[0], xxgk::rules::s4_total, R::ref(s4::reconsideration, s4::total),
               count(r(s4::reconsideration, s4::upheld)) + count(r(s4::reconsideration, s4::corrected)), 0);
  check_failed(&findings[1], xxgk::rules::s4_total, R::ref(s4::litigation_after_reconsideration, s4::total),
               count(r(s4::litigation_after_reconsideration, s4::upheld)), 0);
  CHECK(findings.count(xxgk::rules::s4_total) == 2);
  CHECK(findings.has_errors());
}

// ---- inferred cells (FORMAT.md, "Inferred cells") -------------------------------------------------

TEST_CASE_TEMPLATE("inferred row: S3.ROW is not assessable over a row read with it; other rows are still checked", R,
                   xxgk::report_2019, xxgk::report_2021) {
  R r = consistent<R>();
  auto& t = chapter_3(r);
  const cell_ref granted_total = R::ref(s3::granted, s3::total);
  for (std::size_t c = 0; c != 7; ++c) t.at(granted_total.row, c) = t.at(granted_total.row, c).as_inferred();
  // a row that was read as printed, and is wrong
  const std::int64_t partial_total = count(r(s3::partially_granted, s3::total));
  r(s3::partially_granted, s3::commercial) = count(r(s3::partially_granted, s3::commercial)) + 1;

  const auto findings = xxgk::validate(r);
  CHECK(count_of(findings, "S3.ROW") == 2);
  const finding* inferred = find(findings, "S3.ROW", granted_total);
  check_not_assessable(inferred, xxgk::rules::s3_row, granted_total, reason::inferred_reading, granted_total);
  CHECK(inferred->inferred);
  CHECK(inferred->involved().size() == 7);
  CHECK(involves(*inferred, R::ref(s3::granted, s3::other_organisation)));

  const finding* read = find(findings, "S3.ROW", R::ref(s3::partially_granted, s3::total));
  check_failed(read, xxgk::rules::s3_row, R::ref(s3::partially_granted, s3::total), partial_total + 1, partial_total);
  CHECK_FALSE(read->inferred);

  // the commercial column adds up the inferred （一） cell with the wrong （二）: failed, and it says
  // it rests on the inferred reading
  const finding* column = find(findings, "S3.TOTAL", R::ref(s3::outcome_total, s3::commercial));
  REQUIRE(column != nullptr);
  CHECK(column->verdict == verdict::failed);
  CHECK(column->inferred);
  CHECK(involves(*column, R::ref(s3::granted, s3::commercial)));
  CHECK(findings.size() == 3);
}

TEST_CASE_TEMPLATE("inferred row: never failed by the identity that read it; S3.TOTAL over it is, marked inferred", R,
                   xxgk::report_2019, xxgk::report_2021) {
  R r = consistent<R>();
  const std::int64_t total = count(r(s3::granted, s3::total));
  const std::int64_t handled = count(r(s3::outcome_total, s3::total));
  // a total one too large, inferred: its row cannot tell, its column can
  r(s3::granted, s3::total) = cell{total + 1}.as_inferred();

  const auto findings = xxgk::validate(r);
  REQUIRE(findings.size() == 2);
  check_not_assessable(find(findings, "S3.ROW", R::ref(s3::granted, s3::total)), xxgk::rules::s3_row,
                       R::ref(s3::granted, s3::total), reason::inferred_reading, R::ref(s3::granted, s3::total));
  const finding* column = find(findings, "S3.TOTAL", R::ref(s3::outcome_total, s3::total));
  check_failed(column, xxgk::rules::s3_total, R::ref(s3::outcome_total, s3::total), handled + 1, handled);
  CHECK(column->inferred);
  CHECK(findings.count(severity::error) == 1);

  // the same total read as printed: S3.ROW fails, and nothing rests on an inferred cell
  r(s3::granted, s3::total) = total + 1;
  const auto read = xxgk::validate(r);
  REQUIRE(read.size() == 2);
  check_failed(find(read, "S3.ROW", R::ref(s3::granted, s3::total)), xxgk::rules::s3_row,
               R::ref(s3::granted, s3::total), total, total + 1);
  for (const finding& f : read) CHECK_FALSE(f.inferred);
}

TEST_CASE_TEMPLATE("inferred row: S4.TOTAL is not assessable over a group read with it; other groups are checked", R,
                   xxgk::report_2019, xxgk::report_2021) {
  R r = consistent<R>();
  auto& t = r[s4::table];
  const cell_ref recon_total = R::ref(s4::reconsideration, s4::total);
  for (std::size_t c = 0; c != 5; ++c) t.at(recon_total.row, c) = t.at(recon_total.row, c).as_inferred();
  const std::int64_t direct = count(r(s4::litigation_direct, s4::total));
  r(s4::litigation_direct, s4::pending) = count(r(s4::litigation_direct, s4::pending)) + 1;

  const auto findings = xxgk::validate(r);
  REQUIRE(findings.size() == 2);
  const finding* inferred = find(findings, "S4.TOTAL", recon_total);
  check_not_assessable(inferred, xxgk::rules::s4_total, recon_total, reason::inferred_reading, recon_total);
  CHECK(inferred->inferred);
  const finding* read = find(findings, "S4.TOTAL", R::ref(s4::litigation_direct, s4::total));
  check_failed(read, xxgk::rules::s4_total, R::ref(s4::litigation_direct, s4::total), direct + 1, direct);
  CHECK_FALSE(read->inferred);
}

// ---- CELL.RANGE ----------------------------------------------------------------------------------

TEST_CASE_TEMPLATE("CELL.RANGE: a negative count; the identities over it are not assessable", R,
                   xxgk::report_2019, xxgk::report_2021) {
  R r = consistent<R>();
  const cell_ref bad = R::ref(s3::unable_not_held, s3::research);
  r(s3::unable_not_held, s3::research) = -1;

  const auto findings = xxgk::validate(r);
  REQUIRE(findings.size() == 3);
  const finding* f = find(findings, "CELL.RANGE", bad);
  check_cell_finding(f, xxgk::rules::cell_range, bad, reason::negative);
  CHECK(f->severity == severity::error);
  CHECK(f->has_values);
  CHECK(f->actual == units(-1));
  check_not_assessable(find(findings, "S3.ROW", R::ref(s3::unable_not_held, s3::total)), xxgk::rules::s3_row,
                       R::ref(s3::unable_not_held, s3::total), reason::negative, bad);
  check_not_assessable(find(findings, "S3.TOTAL", R::ref(s3::outcome_total, s3::research)),
                       xxgk::rules::s3_total, R::ref(s3::outcome_total, s3::research), reason::negative, bad);
  CHECK(findings.count(severity::error) == 1);
}

TEST_CASE_TEMPLATE("CELL.RANGE: a count with a fraction; 25.0 is the count 25", R, xxgk::report_2019,
                   xxgk::report_2021) {
  R r = consistent<R>();
  const std::int64_t published = count(r(s3::granted, s3::natural_person));
  const cell_ref at = R::ref(s3::granted, s3::natural_person);

  r(s3::granted, s3::natural_person) = decimal{published * 10, 1};  // e.g. 25.0
  CHECK(xxgk::validate(r).empty());

  r(s3::granted, s3::natural_person) = decimal{published * 10 + 5, 1};  // e.g. 25.5
  const auto findings = xxgk::validate(r);
  REQUIRE(findings.size() == 3);
  check_cell_finding(find(findings, "CELL.RANGE", at), xxgk::rules::cell_range, at, reason::not_integer);
  CHECK(find(findings, "CELL.RANGE", at)->actual == decimal{published * 10 + 5, 1});
  check_not_assessable(find(findings, "S3.ROW", R::ref(s3::granted, s3::total)), xxgk::rules::s3_row,
                       R::ref(s3::granted, s3::total), reason::not_integer, at);
  check_not_assessable(find(findings, "S3.TOTAL", R::ref(s3::outcome_total, s3::natural_person)),
                       xxgk::rules::s3_total, R::ref(s3::outcome_total, s3::natural_person),
                       reason::not_integer, at);
}

TEST_CASE_TEMPLATE("CELL.RANGE: text is never counted as 0", R, xxgk::report_2019, xxgk::report_2021) {
  R r = consistent<R>();
  const cell_ref at = R::ref(s3::carried_forward, s3::commercial);
  r(s3::carried_forward, s3::commercial) = cell::text();

  const auto findings = xxgk::validate(r);
  REQUIRE(findings.size() == 3);
  const finding* f = find(findings, "CELL.RANGE", at);
  check_cell_finding(f, xxgk::rules::cell_range, at, reason::text);
  CHECK_FALSE(f->has_values);
  check_not_assessable(find(findings, "S3.ROW", R::ref(s3::carried_forward, s3::total)), xxgk::rules::s3_row,
                       R::ref(s3::carried_forward, s3::total), reason::text, at);
  // 四 is in the balance of its column (not in S3.TOTAL): the balance finding points at 四 itself
  check_not_assessable(find(findings, "S3.BALANCE", at), xxgk::rules::s3_balance, at, reason::text, at);
  CHECK(findings.count(severity::error) == 1);
  CHECK(findings.count(severity::note) == 2);
}

TEST_CASE_TEMPLATE("CELL.RANGE: a count beyond max_count is too large to add; identities are not assessable", R,
                   xxgk::report_2019, xxgk::report_2021) {
  R r = consistent<R>();
  const cell_ref at = R::ref(s3::granted, s3::social_welfare);
  r(s3::granted, s3::social_welfare) = xxgk::max_count + 1;

  const auto findings = xxgk::validate(r);
  REQUIRE(findings.size() == 3);
  const finding* f = find(findings, "CELL.RANGE", at);
  check_cell_finding(f, xxgk::rules::cell_range, at, reason::too_large);
  CHECK(f->actual == units(xxgk::max_count + 1));
  check_not_assessable(find(findings, "S3.ROW", R::ref(s3::granted, s3::total)), xxgk::rules::s3_row,
                       R::ref(s3::granted, s3::total), reason::too_large, at);
  check_not_assessable(find(findings, "S3.TOTAL", R::ref(s3::outcome_total, s3::social_welfare)),
                       xxgk::rules::s3_total, R::ref(s3::outcome_total, s3::social_welfare), reason::too_large, at);
}

TEST_CASE_TEMPLATE("sums near the limits: max_count adds exactly, larger counts are never added", R,
                   xxgk::report_2019, xxgk::report_2021) {
  constexpr std::int64_t huge = std::numeric_limits<std::int64_t>::max();
  R r{};  // chapter 四 only
  r.set(s4::reconsideration, {xxgk::max_count, 0, 0, 0, xxgk::max_count});
  CHECK(xxgk::validate(r).empty());

  r.set(s4::reconsideration, {xxgk::max_count, xxgk::max_count, xxgk::max_count, xxgk::max_count, 0});
  auto findings = xxgk::validate(r);
  REQUIRE(findings.size() == 1);
  check_failed(&findings[0], xxgk::rules::s4_total, R::ref(s4::reconsideration, s4::total),
               4 * xxgk::max_count, 0);

  // two int64 maxima would overflow if added: they are CELL.RANGE, and the group not assessable
  r.set(s4::reconsideration, {huge, huge, 0, 0, 0});
  findings = xxgk::validate(r);
  REQUIRE(findings.size() == 3);
  check_cell_finding(&findings[0], xxgk::rules::cell_range, R::ref(s4::reconsideration, s4::upheld), reason::too_large);
  check_cell_finding(&findings[1], xxgk::rules::cell_range, R::ref(s4::reconsideration, s4::corrected), reason::too_large);
  check_not_assessable(&findings[2], xxgk::rules::s4_total, R::ref(s4::reconsideration, s4::total),
                       reason::too_large, R::ref(s4::reconsideration, s4::upheld));
}

TEST_CASE("CELL.RANGE, edition 2019 chapter 二: 本年增/减 is signed, other counts are not") {
  using R = xxgk::report_2019;
  namespace s2 = xxgk::s2_2019;
  R r = fixtures::make_consistent_2019();
  REQUIRE(r(s2::licensing, s2::change).value.is_negative());  // -3 in the fixture
  CHECK(xxgk::validate(r).empty());

  SUBCASE("a negative change is no finding, down to -max_count") {
    r(s2::penalties, s2::change) = -xxgk::max_count;
    CHECK(xxgk::validate(r).empty());
  }
  SUBCASE("a change with a fraction") {
    r(s2::licensing, s2::change) = decimal{-15, 1};
    const auto findings = xxgk::validate(r);
    REQUIRE(findings.size() == 1);
    check_cell_finding(&findings[0], xxgk::rules::cell_range, R::ref(s2::licensing, s2::change), reason::not_integer);
    CHECK(findings[0].actual == decimal{-15, 1});
  }
  SUBCASE("a change beyond -max_count") {
    r(s2::administrative_fees, s2::change) = -xxgk::max_count - 1;
    const auto findings = xxgk::validate(r);
    REQUIRE(findings.size() == 1);
    check_cell_finding(&findings[0], xxgk::rules::cell_range, R::ref(s2::administrative_fees, s2::change),
                       reason::too_large);
  }
  SUBCASE("a negative count of items last year") {
    r(s2::licensing, s2::previous_items) = -3;
    const auto findings = xxgk::validate(r);
    REQUIRE(findings.size() == 1);
    check_cell_finding(&findings[0], xxgk::rules::cell_range, R::ref(s2::licensing, s2::previous_items),
                       reason::negative);
    CHECK(findings[0].actual == units(-3));
  }
}

TEST_CASE("CELL.RANGE on amounts: any number of decimals, never negative") {
  static_assert(xxgk::amount("-1").value == decimal{-1, 0}, "amount() takes a sign: decimal::parse does");
  SUBCASE("edition 2021: 本年收费金额（单位：万元）") {
    using R = xxgk::report_2021;
    namespace s2 = xxgk::s2_2021;
    R r = make_changchun_2023();
    for (const cell fee : {xxgk::amount("7730.28"), xxgk::amount("96171.6"), xxgk::amount("6510.00"),
                           xxgk::amount("0"), xxgk::amount("0.000001")}) {
      r(s2::administrative_fees, s2::amount_10k_yuan) = fee;
      CHECK(xxgk::validate(r).empty());
    }
    r(s2::administrative_fees, s2::amount_10k_yuan) = xxgk::amount("-1");
    const auto findings = xxgk::validate(r);
    REQUIRE(findings.size() == 1);
    const cell_ref at = R::ref(s2::administrative_fees, s2::amount_10k_yuan);
    check_cell_finding(&findings[0], xxgk::rules::cell_range, at, reason::negative);
    CHECK(findings[0].actual == units(-1));

    // a count column of the same chapter is no amount
    r = make_changchun_2023();
    r(s2::licensing, s2::decisions) = xxgk::amount("95.5");
    CHECK(xxgk::validate(r).count(xxgk::rules::cell_range) == 1);
  }
  SUBCASE("edition 2019: 采购总金额") {
    using R = xxgk::report_2019;
    namespace s2 = xxgk::s2_2019;
    R r = fixtures::make_consistent_2019();
    r(s2::procurement, s2::amount) = xxgk::amount("251000.5");
    CHECK(xxgk::validate(r).empty());
    r(s2::procurement, s2::amount) = xxgk::amount("-0.01");
    const auto findings = xxgk::validate(r);
    REQUIRE(findings.size() == 1);
    check_cell_finding(&findings[0], xxgk::rules::cell_range, R::ref(s2::procurement, s2::amount), reason::negative);
    CHECK(findings[0].actual == decimal{-1, 2});
  }
}

// ---- CELL.BLANK and the blank policy -----------------------------------------------------------

TEST_CASE_TEMPLATE("CELL.BLANK: by default a blank or a marker counts as 0, and the warning says so", R,
                   xxgk::report_2019, xxgk::report_2021) {
  R r = consistent<R>();
  const cell_ref at = R::ref(s3::withheld_state_secret, s3::research);
  REQUIRE(count(r(s3::withheld_state_secret, s3::research)) == 0);

  for (const cell published_as : {cell{xxgk::blank}, cell{xxgk::marker::slash}, cell{xxgk::marker::dash},
                                  cell{xxgk::marker::nil}, cell{xxgk::marker::not_applicable}}) {
    r(s3::withheld_state_secret, s3::research) = published_as;
    const auto findings = xxgk::validate(r);
    REQUIRE(findings.size() == 1);  // the identities over it hold, with 0
    check_cell_finding(&findings[0], xxgk::rules::cell_blank, at, reason::blank_counted_as_zero);
    CHECK(findings[0].severity == severity::warning);
    CHECK_FALSE(findings[0].has_values);
    CHECK_FALSE(findings.has_errors());
  }
}

TEST_CASE_TEMPLATE("CELL.BLANK: a blank counted as 0 where a number was makes the identities fail", R,
                   xxgk::report_2019, xxgk::report_2021) {
  R r = consistent<R>();
  const std::int64_t person = count(r(s3::granted, s3::natural_person));
  const std::int64_t total = count(r(s3::granted, s3::total));
  REQUIRE(person > 0);
  r(s3::granted, s3::natural_person) = xxgk::blank;

  const auto findings = xxgk::validate(r);
  REQUIRE(findings.size() == 3);
  check_cell_finding(&findings[0], xxgk::rules::cell_blank, R::ref(s3::granted, s3::natural_person),
                     reason::blank_counted_as_zero);
  check_failed(find(findings, "S3.ROW", R::ref(s3::granted, s3::total)), xxgk::rules::s3_row,
               R::ref(s3::granted, s3::total), total - person, total);
  const std::int64_t outcomes = count(r(s3::outcome_total, s3::natural_person));
  check_failed(find(findings, "S3.TOTAL", R::ref(s3::outcome_total, s3::natural_person)), xxgk::rules::s3_total,
               R::ref(s3::outcome_total, s3::natural_person), outcomes - person, outcomes);
}

TEST_CASE_TEMPLATE("blank_policy::not_assessable: identities touching a blank are not assessable", R,
                   xxgk::report_2019, xxgk::report_2021) {
  R r = consistent<R>();
  const cell_ref at = R::ref(s3::withheld_state_secret, s3::research);
  r(s3::withheld_state_secret, s3::research) = xxgk::marker::hyphen;
  const xxgk::options strict{xxgk::blank_policy::not_assessable};

  const auto findings = xxgk::validate(r, strict);
  REQUIRE(findings.size() == 3);
  check_cell_finding(&findings[0], xxgk::rules::cell_blank, at, reason::blank_not_counted);
  check_not_assessable(find(findings, "S3.ROW", R::ref(s3::withheld_state_secret, s3::total)),
                       xxgk::rules::s3_row, R::ref(s3::withheld_state_secret, s3::total),
                       reason::blank_not_counted, at);
  check_not_assessable(find(findings, "S3.TOTAL", R::ref(s3::outcome_total, s3::research)),
                       xxgk::rules::s3_total, R::ref(s3::outcome_total, s3::research),
                       reason::blank_not_counted, at);
  CHECK_FALSE(findings.has_errors());

  // a blank in the balance's rows: the balance of its column is not assessable either
  r = consistent<R>();
  const cell_ref forward = R::ref(s3::carried_forward, s3::social_welfare);
  r(s3::carried_forward, s3::social_welfare) = xxgk::blank;
  const auto balance = xxgk::validate(r, strict);
  check_not_assessable(find(balance, "S3.BALANCE", forward), xxgk::rules::s3_balance, forward,
                       reason::blank_not_counted, forward);
  CHECK(xxgk::validate(r).size() == 1);  // the default policy: the warning alone
}

// ---- absent cells, rows and tables -------------------------------------------------------------

TEST_CASE_TEMPLATE("an absent row: its column totals are not assessable, and nothing is guessed", R,
                   xxgk::report_2019, xxgk::report_2021) {
  R r = consistent<R>();
  r.set(s3::declined_duplicate, {});  // the row could not be read: every cell absent

  const auto findings = xxgk::validate(r);
  // no S3.ROW for a row of which nothing is known, no cell finding for absent cells; each
  // column's S3.TOTAL is not assessable because of it
  CHECK(count_of(findings, "S3.ROW") == 0);
  CHECK(count_of(findings, "CELL.RANGE") == 0);
  CHECK(count_of(findings, "CELL.BLANK") == 0);
  REQUIRE(findings.size() == 7);
  for (const cell_ref total : {R::ref(s3::outcome_total, s3::natural_person), R::ref(s3::outcome_total, s3::commercial),
                               R::ref(s3::outcome_total, s3::research), R::ref(s3::outcome_total, s3::social_welfare),
                               R::ref(s3::outcome_total, s3::legal_services),
                               R::ref(s3::outcome_total, s3::other_organisation), R::ref(s3::outcome_total, s3::total)}) {
    const cell_ref cause{total.table, R::ref(s3::declined_duplicate, s3::total).row, total.column};
    check_not_assessable(find(findings, "S3.TOTAL", total), xxgk::rules::s3_total, total, reason::absent, cause);
  }
  CHECK_FALSE(findings.has_errors());
}

TEST_CASE_TEMPLATE("one absent cell: its row and its column are not assessable", R, xxgk::report_2019,
                   xxgk::report_2021) {
  R r = consistent<R>();
  const cell_ref at = R::ref(s3::partially_granted, s3::legal_services);
  r(s3::partially_granted, s3::legal_services) = cell{};

  const auto findings = xxgk::validate(r);
  REQUIRE(findings.size() == 2);
  check_not_assessable(find(findings, "S3.ROW", R::ref(s3::partially_granted, s3::total)), xxgk::rules::s3_row,
                       R::ref(s3::partially_granted, s3::total), reason::absent, at);
  check_not_assessable(find(findings, "S3.TOTAL", R::ref(s3::outcome_total, s3::legal_services)),
                       xxgk::rules::s3_total, R::ref(s3::outcome_total, s3::legal_services), reason::absent, at);
}

TEST_CASE_TEMPLATE("a table absent altogether produces no finding at all", R, xxgk::report_2019,
                   xxgk::report_2021) {
  R r = consistent<R>();
  chapter_3(r) = {};
  CHECK(chapter_3(r).empty());
  CHECK(xxgk::validate(r).empty());
  CHECK(xxgk::validate(r, xxgk::options{xxgk::blank_policy::not_assessable}).empty());

  // and a report with no table at all
  CHECK(xxgk::validate(R{}).empty());

  // the other tables are still checked
  r(s4::reconsideration, s4::total) = count(r(s4::reconsideration, s4::total)) + 1;
  CHECK(xxgk::validate(r).size() == 1);
}

// ---- the hybrid: a 2021+ report printing the 2019 single （六）其他处理 row ------------------------

TEST_CASE("hybrid 2021: the single （六）其他处理 row stands for its three items") {
  using R = xxgk::report_2021;
  R r = fixtures::make_hongze_2024();
  REQUIRE(!r[s3::table_2021].row_present(R::ref(s3::other_misc, s3::total).row));
  CHECK(xxgk::validate(r).empty());

  // move the 信访举报投诉类 request of 自然人 to （六）: still consistent, so S3.TOTAL adds （六）
  r.set(s3::declined_petition, {0, 0, 0, 0, 0, 0, 0});
  r.set(s3::other_handling, {1, 0, 0, 0, 0, 0, 1});
  CHECK(xxgk::validate(r).empty());

  SUBCASE("S3.TOTAL adds the single row") {
    r.set(s3::other_handling, {2, 0, 0, 0, 0, 0, 2});  // its own row still adds up
    const auto findings = xxgk::validate(r);
    REQUIRE(findings.size() == 2);
    const cell_ref at = R::ref(s3::outcome_total, s3::natural_person);
    const std::int64_t published = count(r(s3::outcome_total, s3::natural_person));
    const finding* f = find(findings, "S3.TOTAL", at);
    check_failed(f, xxgk::rules::s3_total, at, published + 1, published);
    CHECK(involves(*f, R::ref(s3::other_handling, s3::natural_person)));
    CHECK_FALSE(involves(*f, R::ref(s3::other_misc, s3::natural_person)));
    // the leaves of （一）…（五） and the single （六）
    CHECK(f->involved().size() == 1 + 2 + 8 + 3 + 5 + 1);
    CHECK(find(findings, "S3.TOTAL", R::ref(s3::outcome_total, s3::total)) != nullptr);
  }
  SUBCASE("both the single row and the items, agreeing: clean") {
    r.set(s3::other_overdue_correction, {0, 0, 0, 0, 0, 0, 0});
    r.set(s3::other_unpaid_fee, {0, 0, 0, 0, 0, 0, 0});
    r.set(s3::other_misc, {1, 0, 0, 0, 0, 0, 1});
    CHECK(xxgk::validate(r).empty());
  }
  SUBCASE("both, disagreeing: S3.TOTAL fails at （六）其他处理, and （七） adds the items") {
    r.set(s3::other_overdue_correction, {0, 0, 0, 0, 0, 0, 0});
    r.set(s3::other_unpaid_fee, {0, 0, 0, 0, 0, 0, 0});
    r.set(s3::other_misc, {0, 0, 0, 0, 0, 0, 0});
    const auto findings = xxgk::validate(r);
    const cell_ref at = R::ref(s3::other_handling, s3::natural_person);
    const finding* f = find(findings, "S3.TOTAL", at);
    check_failed(f, xxgk::rules::s3_total, at, 0, 1);
    CHECK(f->involved().size() == 4);
    CHECK(involves(*f, R::ref(s3::other_overdue_correction, s3::natural_person)));
    CHECK(involves(*f, R::ref(s3::other_unpaid_fee, s3::natural_person)));
    CHECK(involves(*f, R::ref(s3::other_misc, s3::natural_person)));
    check_failed(find(findings, "S3.TOTAL", R::ref(s3::other_handling, s3::total)), xxgk::rules::s3_total,
                 R::ref(s3::other_handling, s3::total), 0, 1);
    // （七）总计 counts the items (0), not the single row (1): one short in those two columns
    const std::int64_t published = count(r(s3::outcome_total, s3::natural_person));
    check_failed(find(findings, "S3.TOTAL", R::ref(s3::outcome_total, s3::natural_person)), xxgk::rules::s3_total,
                 R::ref(s3::outcome_total, s3::natural_person), published - 1, published);
    CHECK(findings.size() == 4);
  }
}

TEST_CASE("hybrid 2021: the single row absent and the items absent: S3.TOTAL is not assessable") {
  using R = xxgk::report_2021;
  R r = fixtures::make_hongze_2024();
  r.set(s3::other_handling, {});
  const auto findings = xxgk::validate(r);
  REQUIRE(findings.size() == 7);
  const cell_ref at = R::ref(s3::outcome_total, s3::natural_person);
  check_not_assessable(find(findings, "S3.TOTAL", at), xxgk::rules::s3_total, at, reason::absent,
                       R::ref(s3::other_overdue_correction, s3::natural_person));
}

// ---- the same code at compile time -------------------------------------------------------------

namespace {

/// One cell changed in a consistent report of edition R: S3.ROW at its row, S3.TOTAL at its
/// column, both with the values the data give.
template <class R>
constexpr bool applicant_cell_breaks_row_and_column() noexcept {
  R r = consistent<R>();
  const std::int64_t row_total = count(r(s3::granted, s3::total));
  const std::int64_t column_total = count(r(s3::outcome_total, s3::natural_person));
  r(s3::granted, s3::natural_person) = count(r(s3::granted, s3::natural_person)) + 1;
  const auto findings = xxgk::validate(r);
  return findings.size() == 2 &&                                            //
         findings[0].rule == &xxgk::rules::s3_row &&                        //
         findings[0].at == R::ref(s3::granted, s3::total) &&                //
         findings[0].expected == units(row_total + 1) &&                    //
         findings[0].actual == units(row_total) &&                          //
         findings[1].rule == &xxgk::rules::s3_total &&                      //
         findings[1].at == R::ref(s3::outcome_total, s3::natural_person) && //
         findings[1].expected == units(column_total + 1) &&                 //
         findings[1].actual == units(column_total) &&                       //
         findings[1].involved().size() == 1 + outcome_leaf_rows<R>();
}

/// A blank: a warning by default; not assessable identities under the strict policy.
template <class R>
constexpr bool blank_policy_applies() noexcept {
  R r = consistent<R>();
  const cell_ref at = R::ref(s3::declined_excessive, s3::other_organisation);
  r(s3::declined_excessive, s3::other_organisation) = xxgk::blank;
  const auto lenient = xxgk::validate(r);
  const auto strict = xxgk::validate(r, xxgk::options{xxgk::blank_policy::not_assessable});
  return lenient.size() == 1 && rule_id(lenient[0]) == xxgk::rules::cell_blank.id &&
         lenient[0].reason == reason::blank_counted_as_zero && !lenient.has_errors() &&
         strict.size() == 3 && strict.count(severity::note) == 2 &&
         find(strict, "S3.ROW", R::ref(s3::declined_excessive, s3::total))->cause == at &&
         find(strict, "S3.TOTAL", R::ref(s3::outcome_total, s3::other_organisation))->cause == at;
}

/// The hybrid row of a 2021 report is added by S3.TOTAL when the items are absent.
constexpr bool hybrid_row_is_added() noexcept {
  xxgk::report_2021 r = fixtures::make_hongze_2024();
  r.set(s3::declined_petition, {0, 0, 0, 0, 0, 0, 0});
  r.set(s3::other_handling, {1, 0, 0, 0, 0, 0, 1});
  return xxgk::validate(r).empty();
}

static_assert(applicant_cell_breaks_row_and_column<xxgk::report_2019>());
static_assert(applicant_cell_breaks_row_and_column<xxgk::report_2021>());
static_assert(blank_policy_applies<xxgk::report_2019>());
static_assert(blank_policy_applies<xxgk::report_2021>());
static_assert(hybrid_row_is_added());
static_assert(xxgk::validate(fixtures::make_hongze_2023_chapter_4()).count(xxgk::rules::s4_total) == 2);

}  // namespace

TEST_CASE("the compile-time scenarios hold at run time too") {
  // called through pointers: evaluated at run time, not folded by the compiler
  bool (*const scenarios[])() noexcept = {
      &applicant_cell_breaks_row_and_column<xxgk::report_2019>,
      &applicant_cell_breaks_row_and_column<xxgk::report_2021>,
      &blank_policy_applies<xxgk::report_2019>,
      &blank_policy_applies<xxgk::report_2021>,
      &hybrid_row_is_added,
  };
  for (const auto scenario : scenarios) CHECK(scenario());
  CHECK(xxgk::validate(fixtures::make_hongze_2023_chapter_4()).count(xxgk::rules::s4_total) == 2);
}
