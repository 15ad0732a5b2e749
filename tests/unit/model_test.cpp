// The report model: exact decimals, cells and their states, reports addressed by schema tags,
// cell positions, small_string, and the finding list. Schema facts (keys, labels, sizes, what
// must not compile) are in tests/static/schema.cpp.

#include "doctest_printers.hpp"
#include "fixtures.hpp"

#include <xxgk/xxgk.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace {

namespace s3 = xxgk::s3;
namespace s4 = xxgk::s4;
using xxgk::cell;
using xxgk::cell_ref;
using xxgk::cell_state;
using xxgk::decimal;

constexpr std::optional<decimal> parse(std::string_view text) noexcept { return decimal::parse(text); }

/// Parses, or a sentinel that no test expects.
constexpr decimal parsed(std::string_view text) noexcept {
  const auto d = decimal::parse(text);
  return d ? *d : decimal{std::numeric_limits<std::int64_t>::min(), 99};
}

// the same parses at compile time
static_assert(parsed("96171.6").units == 961716 && parsed("96171.6").scale == 1);
static_assert(parsed("7730.28") == decimal{773028, 2});
static_assert(parsed("-3") == decimal{-3, 0} && parsed("+1036") == decimal{1036, 0});
static_assert(!parse("1.") && !parse("") && !parse("12x") && !parse("9223372036854775808"));
static_assert(xxgk::amount("7730.28").value == decimal{773028, 2});
static_assert(xxgk::amount("-1").value == decimal{-1, 0});

}  // namespace

// ---- decimal -------------------------------------------------------------------------------------

TEST_CASE("decimal::parse: exact values as published") {
  CHECK(parsed("96171.6") == decimal{961716, 1});
  CHECK(parsed("96171.6").units == 961716);
  CHECK(parsed("96171.6").scale == 1);
  CHECK(parsed("7730.28").units == 773028);
  CHECK(parsed("7730.28").scale == 2);
  CHECK(parsed("6510").units == 6510);
  CHECK(parsed("6510").scale == 0);
  CHECK(parsed("-3").units == -3);
  CHECK(parsed("+1036").units == 1036);
  CHECK(parsed("0").units == 0);
  CHECK(parsed("-0").units == 0);
  CHECK_FALSE(parsed("-0").is_negative());
  CHECK(parsed("00012") == decimal{12, 0});
  CHECK(parsed("0.000000000000000001") == decimal{1, 18});  // max_scale digits
  CHECK(parsed("9223372036854775807").units == std::numeric_limits<std::int64_t>::max());
  CHECK(parsed("-9223372036854775807").units == -std::numeric_limits<std::int64_t>::max());
}

TEST_CASE("decimal::parse: a leading point is a number, a trailing point is not") {
  CHECK(parsed(".5") == decimal{5, 1});
  CHECK(parsed("-.5") == decimal{-5, 1});
  CHECK_FALSE(parse("1."));
  CHECK_FALSE(parse("."));
  CHECK_FALSE(parse("-."));
}

TEST_CASE("decimal::parse: anything else fails, never a rounded or wrapped number") {
  for (const std::string_view text :
       {"", "-", "+", "+-1", "--1", "1.2.3", " 1", "1 ", "1e3", "0x10", "1,234", "251000元",
        "\xEF\xBC\x91\xEF\xBC\x92" /* full-width １２ */, "/", "—", "无",
        "9223372036854775808",          // 2^63: overflow
        "-9223372036854775809",         // below INT64_MIN
        "99999999999999999999",         // 20 digits
        "0.0000000000000000001",        // 19 decimals: beyond max_scale
        "922337203685477580.8"}) {      // the digits overflow, wherever the point is
    CAPTURE(text);
    CHECK_FALSE(parse(text).has_value());
  }
}

TEST_CASE("decimal: numeric equality, normalisation, integer and sign") {
  CHECK(parsed("6510") == parsed("6510.00"));
  CHECK(parsed("1.10") == parsed("1.1"));
  CHECK(parsed("0.0") == parsed("0"));
  CHECK_FALSE(parsed("7730.28") == parsed("7730.2"));
  CHECK_FALSE(parsed("0.5") == parsed("5"));
  CHECK_FALSE(parsed("-3") == parsed("3"));

  CHECK(parsed("6510.00").normalized().units == 6510);
  CHECK(parsed("6510.00").normalized().scale == 0);
  CHECK(parsed("0.50").normalized().units == 5);
  CHECK(parsed("0.50").normalized().scale == 1);
  CHECK(parsed("0.00").normalized().scale == 0);

  CHECK(parsed("25.0").is_integer());
  CHECK_FALSE(parsed("25.5").is_integer());
  CHECK(parsed("-3").is_negative());
  CHECK_FALSE(parsed("3").is_negative());
}

TEST_CASE("decimal::to_text writes the value as published") {
  const auto text = [](decimal d) { return std::string(d.to_text().view()); };
  CHECK(text(parsed("96171.6")) == "96171.6");
  CHECK(text(parsed("7730.28")) == "7730.28");
  CHECK(text(parsed("-3")) == "-3");
  CHECK(text(parsed("+1036")) == "1036");
  CHECK(text(parsed("6510.00")) == "6510.00");  // as published: scale kept
  CHECK(text(decimal{5, 2}) == "0.05");
  CHECK(text(decimal{-5, 2}) == "-0.05");
  CHECK(text(decimal{0, 0}) == "0");
  CHECK(text(decimal{1, 18}) == "0.000000000000000001");
  CHECK(text(decimal{std::numeric_limits<std::int64_t>::max(), 0}) == "9223372036854775807");
  CHECK(text(decimal{std::numeric_limits<std::int64_t>::min(), 0}) == "-9223372036854775808");
  for (const std::string_view published : {"96171.6", "7730.28", "-3", "0.05", "-0.05", "12", "0.000000000000000001"})
    CHECK(text(parsed(published)) == published);
  static_assert(decimal{773028, 2}.to_text().view() == "7730.28");
}

// ---- cells ---------------------------------------------------------------------------------------

TEST_CASE("cell states: absent, number, blank, marker, text") {
  const cell absent{};
  CHECK(absent.state == cell_state::absent);
  CHECK_FALSE(absent.is_present());
  CHECK_FALSE(absent.is_number());
  CHECK_FALSE(absent.is_blank());

  const cell count{59};
  CHECK(count.state == cell_state::number);
  CHECK(count.is_number());
  CHECK(count.is_present());
  CHECK(count.value == decimal{59, 0});

  const cell fraction{decimal{773028, 2}};
  CHECK(fraction.is_number());
  CHECK(fraction.value.scale == 2);

  const cell blank{xxgk::blank};
  CHECK(blank.state == cell_state::blank);
  CHECK(blank.is_blank());
  CHECK(blank.is_present());
  CHECK_FALSE(blank.is_number());

  const cell slash{xxgk::marker::slash};
  CHECK(slash.state == cell_state::marker);
  CHECK(slash.mark == xxgk::marker::slash);
  CHECK(slash.is_blank());
  CHECK(cell{xxgk::marker::none}.state == cell_state::blank);

  const cell text = cell::text();
  CHECK(text.state == cell_state::text);
  CHECK(text.is_present());
  CHECK_FALSE(text.is_blank());
  CHECK_FALSE(text.is_number());

  const cell placed = count.at({12, 40});
  CHECK(placed.pos == xxgk::source_pos{12, 40});
  CHECK(placed.pos.known());
  CHECK(placed.value == count.value);
  CHECK_FALSE(count.pos.known());
  CHECK(placed == count);  // value semantics: where a cell was found is not what it holds
  CHECK(placed.pos != count.pos);
  CHECK(placed == cell{59}.at({12, 40}));
  CHECK_FALSE(placed == cell{58}.at({12, 40}));

  CHECK(xxgk::to_string(xxgk::marker::dash) == "—");
  CHECK(xxgk::to_string(xxgk::marker::not_applicable) == "不适用");
  CHECK(xxgk::to_string(xxgk::marker::none).empty());
}

TEST_CASE("amount(): exact at run time as at compile time") {
  // Immediate invocations whose value is used at run time. clang 14 miscompiles the two first
  // forms (the nested `decimal` is stored into padding: units 0 or garbage) while `cell` keeps
  // `value` after its one-byte members; a braced list and a constexpr variable come out right.
  const cell fee = xxgk::amount("7730.28");
  CHECK(fee.is_number());
  CHECK(fee.value == decimal{773028, 2});
  xxgk::report_2021 r{};
  r(xxgk::s2_2021::administrative_fees, xxgk::s2_2021::amount_10k_yuan) = xxgk::amount("-1");
  CHECK(r(xxgk::s2_2021::administrative_fees, xxgk::s2_2021::amount_10k_yuan).value == decimal{-1, 0});

  r.set(xxgk::s2_2021::administrative_fees, {xxgk::amount("6510.5")});
  CHECK(r(xxgk::s2_2021::administrative_fees, xxgk::s2_2021::amount_10k_yuan).value == decimal{65105, 1});
  constexpr cell folded = xxgk::amount("96171.6");
  CHECK(folded.value == decimal{961716, 1});
}

// ---- reports -------------------------------------------------------------------------------------

TEST_CASE("report: cells addressed by tags, set, ref, cell_at, positional access") {
  xxgk::report_2021 r{};
  CHECK(r.year == 0);
  CHECK(r.agency.empty());
  for_each_table(r, [](const auto& t, std::size_t) { CHECK(t.empty()); });

  r(s3::granted, s3::total) = 30;
  CHECK(r(s3::granted, s3::total) == cell{30});
  CHECK(r[s3::table_2021](s3::granted, s3::total) == cell{30});
  CHECK(r[s3::table_2021].at(2, 6) == cell{30});  // （一）予以公开 is row 2, 总计 column 6
  CHECK(r[s3::table_2021].row_present(2));
  CHECK_FALSE(r[s3::table_2021].row_present(3));
  CHECK_FALSE(r[s3::table_2021].empty());
  CHECK(r[s4::table].empty());

  r.set(s3::partially_granted, {14, 0, 0, 0, 0, 0, 14});
  CHECK(r(s3::partially_granted, s3::natural_person) == cell{14});
  CHECK(r(s3::partially_granted, s3::research) == cell{0});
  CHECK(r(s3::partially_granted, s3::total) == cell{14});
  r.set(xxgk::s2_2021::administrative_fees, {xxgk::amount("6510")});
  CHECK(r(xxgk::s2_2021::administrative_fees, xxgk::s2_2021::amount_10k_yuan).is_number());

  // tables in published order: 2021 has 二（一）（五）（六）（八）, 三, 四
  CHECK(xxgk::report_2021::ref(s3::granted, s3::total) == cell_ref{4, 2, 6});
  CHECK(xxgk::report_2021::ref(s3::new_received, s3::natural_person) == cell_ref{4, 0, 0});
  CHECK(xxgk::report_2021::ref(s3::carried_forward, s3::total) == cell_ref{4, 25, 6});
  CHECK(xxgk::report_2021::ref(s4::litigation_after_reconsideration, s4::pending) == cell_ref{5, 2, 3});
  CHECK(xxgk::report_2021::ref(xxgk::s2_2021::normative_documents, xxgk::s2_2021::in_force) == cell_ref{0, 1, 2});
  // 2019 has five chapter-二 tables, （九） included, and 23 rows in 三
  CHECK(xxgk::report_2019::ref(s3::granted, s3::total) == cell_ref{5, 2, 6});
  CHECK(xxgk::report_2019::ref(s3::other_handling, s3::total) == cell_ref{5, 20, 6});
  CHECK(xxgk::report_2019::ref(s3::carried_forward, s3::total) == cell_ref{5, 22, 6});
  CHECK(xxgk::report_2019::ref(xxgk::s2_2019::procurement, xxgk::s2_2019::amount) == cell_ref{4, 0, 1});
  CHECK(xxgk::report_2019::ref(s4::reconsideration, s4::upheld) == cell_ref{6, 0, 0});

  // cell_at finds the very cell a tag addresses
  const cell_ref where = xxgk::report_2021::ref(s3::partially_granted, s3::natural_person);
  CHECK(&xxgk::cell_at(r, where) == &r(s3::partially_granted, s3::natural_person));
  CHECK(&xxgk::cell_at(r, xxgk::report_2021::ref(s4::reconsideration, s4::total)) == &r(s4::reconsideration, s4::total));

  std::size_t visited = 0;
  for_each_table(r, [&](const auto& t, std::size_t i) {
    CHECK(i == visited++);
    CHECK(t.cells.size() == t.row_count * t.column_count);
  });
  CHECK(visited == xxgk::report_2021::table_count);
  CHECK(visited == 6);
}

TEST_CASE("report: value semantics, year and agency") {
  const xxgk::report_2021 a = make_changchun_2023();
  CHECK(a.year == 2023);
  CHECK(a.agency.view() == "长春市国防动员办公室");
  xxgk::report_2021 b = a;
  CHECK(a == b);
  b(s3::carried_forward, s3::total) = 8;
  CHECK_FALSE(a == b);
  CHECK(a(s3::carried_forward, s3::total) == cell{7});

  const xxgk::report_2019 c = fixtures::make_consistent_2019();
  CHECK(c(xxgk::s2_2019::licensing, xxgk::s2_2019::change).value == decimal{-3, 0});
  CHECK(xxgk::report_2019::edition == xxgk::edition::y2019);
  CHECK(xxgk::report_2021::edition == xxgk::edition::y2021);
}

// ---- small_string --------------------------------------------------------------------------------

TEST_CASE("small_string: fits, or is cut at a UTF-8 character boundary") {
  xxgk::small_string<6> exact;
  CHECK(exact.assign("长春"));  // two 3-byte characters
  CHECK(exact.view() == "长春");

  xxgk::small_string<4> cut;
  CHECK_FALSE(cut.assign("长春"));  // 4 bytes hold one character and a piece: the piece goes
  CHECK(cut.view() == "长");
  CHECK(cut.view().size() == 3);

  xxgk::small_string<4> ascii_then_cut;
  CHECK_FALSE(ascii_then_cut.assign("ab长"));
  CHECK(ascii_then_cut.view() == "ab");

  xxgk::small_string<5> ascii_then_fit;
  CHECK(ascii_then_fit.assign("ab长"));
  CHECK(ascii_then_fit.view() == "ab长");

  xxgk::small_string<3> plain;
  CHECK_FALSE(plain.assign("abcdef"));
  CHECK(plain.view() == "abc");

  xxgk::small_string<2> too_small;
  CHECK_FALSE(too_small.assign("长"));
  CHECK(too_small.empty());

  const xxgk::small_string<240> agency{"长春市国防动员办公室"};
  CHECK(agency.view() == "长春市国防动员办公室");
  CHECK(agency.capacity() == 240);
  CHECK(agency == xxgk::small_string<240>{std::string_view{"长春市国防动员办公室"}});
  CHECK_FALSE(agency == xxgk::small_string<240>{});

  // reassigning shorter text leaves no trace of the longer one
  xxgk::small_string<16> reused{"一二三四五"};
  CHECK(reused.assign("六"));
  CHECK(reused.view() == "六");

  static_assert(xxgk::small_string<4>{"长春"}.view() == "长");
}

// ---- finding lists --------------------------------------------------------------------------------

TEST_CASE("finding_list keeps the first findings and says when it was truncated") {
  xxgk::finding error{};
  error.rule = &xxgk::rules::s3_row;
  error.severity = xxgk::severity::error;
  xxgk::finding warning{};
  warning.rule = &xxgk::rules::cell_blank;
  warning.severity = xxgk::severity::warning;

  xxgk::finding_list<2> list;
  CHECK(list.empty());
  CHECK_FALSE(list.has_errors());
  list.push(warning);
  CHECK_FALSE(list.has_errors());
  list.push(error);
  list.push(error);
  CHECK(list.size() == 2);
  CHECK(list.truncated());
  CHECK(list[0].rule == &xxgk::rules::cell_blank);
  CHECK(list.count(xxgk::severity::error) == 1);
  CHECK(list.count(xxgk::rules::s3_row) == 1);
  CHECK(list.count(xxgk::rules::s3_total) == 0);
  CHECK(list.has_errors());
}

TEST_CASE("finding::add_cell lists each cell once, up to max_cells_per_finding") {
  xxgk::finding f{};
  f.add_cell({4, 2, 6});
  f.add_cell({4, 2, 6});
  f.add_cell({4, 2, 0});
  CHECK(f.involved().size() == 2);
  for (std::size_t i = 0; i != 40; ++i) f.add_cell({4, static_cast<std::uint8_t>(i), 1});
  CHECK(f.involved().size() == xxgk::max_cells_per_finding);
}

TEST_CASE("catalogue: rule ids, severities and names") {
  CHECK(xxgk::rules::catalogue.size() == 6);
  const std::string_view ids[] = {"S3.ROW", "S3.TOTAL", "S3.BALANCE", "S4.TOTAL", "CELL.RANGE", "CELL.BLANK"};
  for (std::size_t i = 0; i != 6; ++i) CHECK(xxgk::rules::catalogue[i]->id == ids[i]);
  for (const auto* rule : xxgk::rules::catalogue)
    CHECK(rule->severity == (rule->id == "CELL.BLANK" ? xxgk::severity::warning : xxgk::severity::error));
  CHECK(xxgk::to_string(xxgk::severity::warning) == "warning");
  CHECK(xxgk::to_string(xxgk::verdict::not_assessable) == "not_assessable");
  CHECK(xxgk::to_string(xxgk::reason::blank_counted_as_zero) == "blank_counted_as_zero");
  CHECK(xxgk::options{} == xxgk::options{xxgk::blank_policy::count_as_zero});
}
