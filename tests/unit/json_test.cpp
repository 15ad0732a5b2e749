// <xxgk/json.hpp>: the canonical report JSON both ways (every fixture round-trips), the reader's
// strictness (every fault an INPUT.JSON finding naming its JSON pointer, never a crash), and
// the checker's JSON output of diagnostics.

#include "writer_reports.hpp"

#include <xxgk/diagnostic.hpp>
#include <xxgk/json.hpp>
#include <xxgk/validate.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#ifndef XXGK_TEST_DATA_DIR
#error "XXGK_TEST_DATA_DIR must name tests/data"
#endif

// Stops the test case when `cond` fails, also without exceptions (-fno-exceptions: doctest's
// REQUIRE then reports and carries on).
#include "test_support.hpp"

namespace {

using ojson = nlohmann::ordered_json;
namespace s2 = xxgk::s2_2021;
namespace s3 = xxgk::s3;
namespace s4 = xxgk::s4;

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::filesystem::path> fixture_jsons() {
  std::vector<std::filesystem::path> out;
  for (const auto& entry : std::filesystem::directory_iterator(XXGK_TEST_DATA_DIR))
    if (entry.path().extension() == ".json") out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

/// Reads `text`, which must succeed.
xxgk::parsed_report read_ok(std::string_view text) {
  xxgk::result<xxgk::parsed_report> r = xxgk::read_report_json(text);
  if (!r) {
    FAIL_CHECK("read_report_json failed: ", r.error().code, " ", r.error().message);
    return {};
  }
  return std::move(r).value();
}

std::vector<const xxgk::source_finding*> with_code(const xxgk::parsed_report& p, std::string_view code) {
  std::vector<const xxgk::source_finding*> out;
  for (const xxgk::source_finding& f : p.findings)
    if (f.rule != nullptr && f.rule->id == code) out.push_back(&f);
  return out;
}

/// The only INPUT.JSON finding of `text`, checked to name `pointer`.
xxgk::source_finding one_json_problem(std::string_view text, std::string_view pointer) {
  const xxgk::parsed_report p = read_ok(text);
  const auto problems = with_code(p, "INPUT.JSON");
  CAPTURE(text);
  REQUIRE(problems.size() == 1);
  if (problems.size() != 1) return {};
  const xxgk::source_finding& f = *problems.front();
  CHECK(f.severity == xxgk::severity::error);
  CHECK(f.detail.starts_with(std::string(pointer) + ": "));
  return f;
}

const xxgk::report_2021& as_2021(const xxgk::parsed_report& p) {
  static const xxgk::report_2021 none{};
  const xxgk::report_2021* r = p.report.get<xxgk::edition_2021_t>();
  REQUIRE(r != nullptr);
  return r != nullptr ? *r : none;
}

/// A 2021 document with section3 holding only `rows` (a JSON object body).
std::string s3_doc(std::string_view rows) {
  return R"({"edition": "2021", "year": 2023, "section3": {)" + std::string(rows) + "}}";
}

}  // namespace

// ---- round trip ----------------------------------------------------------------------------

TEST_CASE("json: every fixture JSON round-trips exactly, keys in schema order") {
  const std::vector<std::filesystem::path> files = fixture_jsons();
  REQUIRE_OR_RETURN(files.size() >= 22);  // the 21 fixtures of /work/shared/fixtures and hand-2019.json
  for (const std::filesystem::path& file : files) {
    CAPTURE(file.filename().string());
    const std::string text = slurp(file);
    const xxgk::parsed_report p = read_ok(text);
    CHECK(with_code(p, "INPUT.JSON").empty());

    ojson original = ojson::parse(text);
    for (auto it = original.begin(); it != original.end();) {
      if (it.key().starts_with('_')) it = original.erase(it);
      else ++it;
    }
    ojson written = xxgk::to_json(p.report);
    CHECK(written == original);  // ordered: equal keys in equal order
    CHECK(nlohmann::json(written) == nlohmann::json(original));
  }
}

TEST_CASE("json: reading the written JSON again gives the same report") {
  for (const std::filesystem::path& file : fixture_jsons()) {
    CAPTURE(file.filename().string());
    const xxgk::parsed_report first = read_ok(slurp(file));
    const xxgk::parsed_report second = read_ok(xxgk::to_json(first.report).dump());
    first.report.visit([&](const auto& r) {
      using R = std::remove_cvref_t<decltype(r)>;
      const R* again = second.report.get<typename R::edition_type>();
      REQUIRE_OR_RETURN(again != nullptr);
      CHECK(*again == r);
    });
  }
}

TEST_CASE("json: inferred cells are listed in \"inferred\", in table, row and column order, and read back") {
  xxgk::report_2021 r = writer_tests::consistent_2021();
  CHECK(!xxgk::to_json(r).contains("inferred"));  // no inferred cell: no key at all
  // marked in an order other than the table's
  r(s4::reconsideration, s4::upheld) = r(s4::reconsideration, s4::upheld).as_inferred();
  r(s3::granted, s3::total) = r(s3::granted, s3::total).as_inferred();
  r(s3::granted, s3::natural_person) = r(s3::granted, s3::natural_person).as_inferred();
  r(s2::regulations, s2::in_force) = r(s2::regulations, s2::in_force).as_inferred();
  // a row that cannot be written (one cell absent) lists none of its inferred cells
  r(s3::partially_granted, s3::natural_person) = r(s3::partially_granted, s3::natural_person).as_inferred();
  r(s3::partially_granted, s3::commercial) = xxgk::cell{};

  const ojson j = xxgk::to_json(r);
  REQUIRE_OR_RETURN(j.contains("inferred"));
  CHECK(j["inferred"] == ojson({"section2.regulations.in_force", "section3.granted.natural_person",
                                "section3.granted.total", "section4.reconsideration.upheld"}));
  CHECK(std::prev(j.end()).key() == "inferred");  // after the sections
  CHECK(xxgk::inferred_cells(r) == std::vector<std::string>{"section2.regulations.in_force",
                                                             "section3.granted.natural_person",
                                                             "section3.granted.total",
                                                             "section3.partially_granted.natural_person",
                                                             "section4.reconsideration.upheld"});

  const xxgk::parsed_report back = read_ok(j.dump());
  CHECK(with_code(back, "INPUT.JSON").empty());
  const xxgk::report_2021& again = as_2021(back);
  CHECK(again(s3::granted, s3::natural_person).inferred);
  CHECK(again(s3::granted, s3::total).inferred);
  CHECK(again(s4::reconsideration, s4::upheld).inferred);
  CHECK(again(s2::regulations, s2::in_force).inferred);
  CHECK(!again(s3::granted, s3::commercial).inferred);
  CHECK(!again(s2::regulations, s2::issued).inferred);
  r.set(s3::partially_granted, {});  // the row that was left out
  CHECK(again == r);                 // `cell ==` compares the marks too
  CHECK(xxgk::to_json(again) == j);
  CHECK(xxgk::inferred_cells(xxgk::any_report(again)).size() == 4);
}

TEST_CASE("json: an \"inferred\" path that names no cell, or a cell with no number, is an INPUT.JSON error") {
  const std::string rows = R"("granted": [25, null, 0, 0, 0, 0, 25])";
  auto doc = [&](std::string_view inferred) {
    return R"({"edition": "2021", "year": 2023, "section3": {)" + rows + R"(}, "inferred": )" +
           std::string(inferred) + "}";
  };
  // the paths that are right are read
  const xxgk::parsed_report ok = read_ok(doc(R"(["section3.granted.natural_person", "section3.granted.total"])"));
  CHECK(with_code(ok, "INPUT.JSON").empty());
  CHECK(as_2021(ok)(s3::granted, s3::natural_person).inferred);
  CHECK(as_2021(ok)(s3::granted, s3::total).inferred);
  CHECK(!as_2021(ok)(s3::granted, s3::research).inferred);

  const xxgk::source_finding column = one_json_problem(doc(R"(["section3.granted.natural_person", "section3.granted.bogus"])"),
                                                       "/inferred/1");
  CHECK(column.detail == "/inferred/1: \"section3.granted.bogus\" names no cell of an edition-2021 report");
  CHECK(column.raw == "\"section3.granted.bogus\"");
  one_json_problem(doc(R"(["section3.granted"])"), "/inferred/0");
  one_json_problem(doc(R"(["section9.granted.total"])"), "/inferred/0");
  one_json_problem(doc(R"(["section3.granted.total.x"])"), "/inferred/0");
  one_json_problem(doc(R"(["section2.granted.total"])"), "/inferred/0");
  // a row of edition 2021 in an edition-2019 report
  CHECK(one_json_problem(R"({"edition": "2019", "section3": {"granted": [1, 0, 0, 0, 0, 0, 1]},
                             "inferred": ["section3.granted.total", "section3.other_misc.total"]})",
                         "/inferred/1")
            .detail.ends_with("names no cell of an edition-2019 report"));

  // a cell that holds no number: null, or of a row the document lacks
  const xxgk::source_finding blank = one_json_problem(doc(R"(["section3.granted.commercial"])"), "/inferred/0");
  CHECK(blank.detail.find("\"section3.granted.commercial\" names a cell that holds no number") != std::string::npos);
  CHECK(blank.table == "section3");
  CHECK(blank.row == "granted");
  CHECK(blank.column == "commercial");
  CHECK(!as_2021(read_ok(doc(R"(["section3.granted.commercial"])")))(s3::granted, s3::commercial).inferred);
  one_json_problem(doc(R"(["section3.carried_over.total"])"), "/inferred/0");

  // not an array, not a string
  CHECK(one_json_problem(doc(R"("section3.granted.total")"), "/inferred").detail.find("array of cell paths") !=
        std::string::npos);
  one_json_problem(doc(R"([3])"), "/inferred/0");
  // the finding reads as a message that names the path
  const xxgk::diagnostic d = xxgk::describe(column);
  CHECK(d.rule == "INPUT.JSON");
  CHECK(d.severity == xxgk::severity::error);
  CHECK(d.message_en.find("section3.granted.bogus") != std::string::npos);
}

TEST_CASE("json: the hand-written edition-2019 report") {
  const xxgk::parsed_report p = read_ok(slurp(std::filesystem::path(XXGK_TEST_DATA_DIR) / "hand-2019.json"));
  CHECK(p.findings.empty());
  const xxgk::report_2019* r = p.report.get<xxgk::edition_2019_t>();
  REQUIRE_OR_RETURN(r != nullptr);
  CHECK(p.report.edition() == xxgk::edition::y2019);
  CHECK(r->year == 2020);
  CHECK(r->agency.view() == "示例县人民政府办公室");
  CHECK((*r)(xxgk::s2_2019::licensing, xxgk::s2_2019::change) == xxgk::cell{-3});
  CHECK((*r)(xxgk::s2_2019::administrative_fees, xxgk::s2_2019::change) == xxgk::cell{-1});
  CHECK((*r)(xxgk::s2_2019::procurement, xxgk::s2_2019::amount) == xxgk::cell{xxgk::decimal{251000, 0}});
  CHECK((*r)(s3::withheld_admin_query, s3::research).state == xxgk::cell_state::blank);
  CHECK((*r)(s3::other_handling, s3::total) == xxgk::cell{0});
  CHECK(!xxgk::validate(*r).has_errors());
}

// ---- writer ----------------------------------------------------------------------------------

TEST_CASE("json: the writer follows the schema") {
  ojson j = xxgk::to_json(writer_tests::consistent_2021());
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  CHECK(keys == std::vector<std::string>{"edition", "year", "agency", "section2", "section3", "section4"});
  CHECK(j["edition"] == "2021");
  CHECK(j["year"] == 2023);
  CHECK(j["agency"] == "长春市国防动员办公室");
  CHECK(j["section2"]["administrative_fees"]["amount_10k_yuan"] == "6510");
  CHECK(j["section2"]["normative_documents"] == ojson({{"issued", 0}, {"repealed", 0}, {"in_force", 2}}));
  CHECK(j["section3"]["new_received"] == ojson({50, 9, 0, 0, 0, 0, 59}));
  CHECK(j["section4"]["reconsideration"] == ojson({0, 0, 0, 0, 0}));

  // section 3 rows in table order; other_handling (absent) left out
  std::vector<std::string> rows;
  for (auto it = j["section3"].begin(); it != j["section3"].end(); ++it) rows.push_back(it.key());
  std::vector<std::string> schema;
  for (std::string_view k : s3::table_2021_t::rows::keys)
    if (k != "other_handling") schema.emplace_back(k);
  CHECK(rows == schema);
  CHECK(rows.size() == 25);
}

TEST_CASE("json: what the writer writes and what it leaves out") {
  xxgk::report_2021 r = writer_tests::consistent_2021();
  r.year = 0;
  r.agency.assign("");
  r(s2::administrative_fees, s2::amount_10k_yuan) = xxgk::decimal{651000, 2};  // "6510.00" as published
  r(s3::granted, s3::research) = xxgk::blank;
  r(s3::granted, s3::legal_services) = xxgk::marker::dash;
  r(s3::partially_granted, s3::commercial) = xxgk::cell::text();  // not representable
  r(s3::unable_unclear, s3::total) = xxgk::cell{};                // absent
  r(s4::reconsideration, s4::upheld) = xxgk::decimal{15, 1};      // a count of 1.5
  r(s4::litigation_after_reconsideration, s4::pending) = -1;      // a count below 0
  r(s2::licensing, s2::decisions) = xxgk::max_count + 1;          // beyond the largest count
  r(s2::penalties, s2::decisions) = xxgk::max_count;              // the largest count
  r[s2::item1] = {};                                              // a whole table absent
  ojson j = xxgk::to_json(r);
  CHECK(!j.contains("year"));
  CHECK(!j.contains("agency"));
  CHECK(j["section2"]["administrative_fees"]["amount_10k_yuan"] == "6510.00");
  CHECK(j["section3"]["granted"] == ojson({25, 5, nullptr, 0, nullptr, 0, 30}));
  CHECK(!j["section3"].contains("partially_granted"));
  CHECK(!j["section3"].contains("unable_unclear"));
  CHECK(j["section3"].contains("unable_needs_creation"));
  CHECK(!j["section4"].contains("reconsideration"));
  CHECK(j["section4"].contains("litigation_direct"));
  CHECK(!j["section4"].contains("litigation_after_reconsideration"));
  CHECK(!j["section2"].contains("regulations"));
  CHECK(!j["section2"].contains("licensing"));
  CHECK(j["section2"]["penalties"]["decisions"] == xxgk::max_count);
  // what is written reads back without a finding about its values
  CHECK(with_code(read_ok(j.dump()), "INPUT.JSON").empty());

  xxgk::report_2021 fees{};
  fees(s2::administrative_fees, s2::amount_10k_yuan) = xxgk::decimal{-5, 0};
  CHECK(xxgk::to_json(fees) == ojson({{"edition", "2021"}}));
  xxgk::report_2019 changes{};
  changes.set(xxgk::s2_2019::administrative_fees, {3, -xxgk::max_count});
  CHECK(xxgk::to_json(changes)["section2"]["administrative_fees"]["change"] == -xxgk::max_count);
  changes.set(xxgk::s2_2019::administrative_fees, {3, -xxgk::max_count - 1});
  CHECK(!xxgk::to_json(changes).contains("section2"));

  CHECK(xxgk::to_json(xxgk::report_2021{}) == ojson({{"edition", "2021"}}));
  CHECK(xxgk::to_json(xxgk::any_report(xxgk::report_2019{})) == ojson({{"edition", "2019"}}));
}

TEST_CASE("json: an agency that is not valid UTF-8 is written with replacement characters") {
  xxgk::report_2021 r{};
  r.agency.assign("ab\xFF\xC3");
  ojson j = xxgk::to_json(r);
  CHECK(j["agency"] == "ab\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(j.dump() == R"({"edition":"2021","agency":"ab)"
                    "\xEF\xBF\xBD\xEF\xBF\xBD"
                    R"("})");
}

// ---- reader: documents that cannot be read at all ---------------------------------------------

TEST_CASE("json: not JSON, not an object, empty, no edition: the read fails") {
  const auto empty = xxgk::read_report_json("");
  REQUIRE_OR_RETURN(!empty);
  CHECK(empty.error().code == "INPUT.EMPTY");

  const auto garbage = xxgk::read_report_json("this is not json");
  REQUIRE_OR_RETURN(!garbage);
  CHECK(garbage.error().code == "INPUT.JSON");
  CHECK(garbage.error().pos == xxgk::source_pos{1, 2});  // 't' may begin true; 'h' cannot follow
  CHECK(garbage.error().message.starts_with("the document is not JSON"));

  const auto trailing_comma = xxgk::read_report_json("{\n  \"edition\": \"2021\",\n}");
  REQUIRE_OR_RETURN(!trailing_comma);
  CHECK(trailing_comma.error().code == "INPUT.JSON");
  CHECK(trailing_comma.error().pos.line == 3);

  // nlohmann's message quotes what it read last: kept valid UTF-8
  const auto bad_utf8 = xxgk::read_report_json("{\"edition\": \xFF\xFE}");
  REQUIRE_OR_RETURN(!bad_utf8);
  CHECK(bad_utf8.error().code == "INPUT.JSON");
  CHECK(bad_utf8.error().message.find('\xFF') == std::string::npos);
  CHECK(bad_utf8.error().message.find("\xEF\xBF\xBD") != std::string::npos);

  const auto truncated = xxgk::read_report_json(R"({"edition": "2021", "section3": {"granted": [1, 2)");
  REQUIRE_OR_RETURN(!truncated);
  CHECK(truncated.error().code == "INPUT.JSON");

  const auto array = xxgk::read_report_json("[1, 2, 3]");
  REQUIRE_OR_RETURN(!array);
  CHECK(array.error().code == "INPUT.JSON");
  CHECK(array.error().message == "a report must be a JSON object, found array");

  const auto no_edition = xxgk::read_report_json(R"({"section4": {}})");
  REQUIRE_OR_RETURN(!no_edition);
  CHECK(no_edition.error().code == "INPUT.JSON");
  CHECK(no_edition.error().message.starts_with("/edition"));

  const auto nul = xxgk::read_report_json(std::string_view("{\"edition\": \"2021\"}\0", 20));
  REQUIRE_OR_RETURN(!nul);
  CHECK(nul.error().code == "INPUT.BINARY");
  CHECK(nul.error().pos == xxgk::source_pos{1, 20});

  // a number beyond the range of a double is a parse error of nlohmann: the document is refused
  const auto overflow = xxgk::read_report_json(s3_doc(R"("granted": [1e400, 5, 0, 0, 0, 0, 4])"));
  REQUIRE_OR_RETURN(!overflow);
  CHECK(overflow.error().code == "INPUT.JSON");
  CHECK(overflow.error().message.find("number overflow") != std::string::npos);
}

TEST_CASE("json: hostile nesting is refused or reported, never a crash") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const auto r = xxgk::read_report_json(deep);
  REQUIRE_OR_RETURN(!r);
  CHECK(r.error().code == "INPUT.JSON");

  const std::string deep_cell = s3_doc(R"("granted": )" + std::string(50000, '[') + std::string(50000, ']'));
  const xxgk::source_finding f = one_json_problem(deep_cell, "/section3/granted");
  CHECK(f.raw == "[...]");
}

// ---- reader: faults inside a report -------------------------------------------------------------

TEST_CASE("json: the edition may be inferred from the year, with a finding") {
  const xxgk::parsed_report p = read_ok(R"({"year": 2020, "section4": {"reconsideration": [0, 0, 0, 0, 0]}})");
  CHECK(p.report.edition() == xxgk::edition::y2019);
  REQUIRE_OR_RETURN(with_code(p, "INPUT.JSON").size() == 1);
  CHECK(with_code(p, "INPUT.JSON")[0]->detail.starts_with("/edition: "));

  const xxgk::parsed_report wrong = read_ok(R"({"edition": 2021, "year": 2023})");
  CHECK(wrong.report.edition() == xxgk::edition::y2021);
  REQUIRE_OR_RETURN(with_code(wrong, "INPUT.JSON").size() == 1);
  CHECK(with_code(wrong, "INPUT.JSON")[0]->raw == "2021");
}

TEST_CASE("json: wrong types") {
  CHECK(one_json_problem(s3_doc(R"("granted": "25")"), "/section3/granted").detail ==
        "/section3/granted: a row must be an array of 7 cells, found string");
  CHECK(one_json_problem(s3_doc(R"("granted": null)"), "/section3/granted").table == "section3");
  one_json_problem(R"({"edition": "2021", "section3": [1]})", "/section3");
  one_json_problem(R"({"edition": "2021", "year": "2023"})", "/year");
  one_json_problem(R"({"edition": "2021", "year": 2023.0})", "/year");
  one_json_problem(R"({"edition": "2021", "agency": 12})", "/agency");
  one_json_problem(R"({"edition": "2021", "section2": {"licensing": [95]}})", "/section2/licensing");

  // a wrong cell: only that cell stays absent
  const std::string text = s3_doc(R"("granted": [25, "5", true, {}, [], 0, 30])");
  const xxgk::parsed_report p = read_ok(text);
  const auto problems = with_code(p, "INPUT.JSON");
  REQUIRE_OR_RETURN(problems.size() == 4);
  CHECK(problems[0]->detail == "/section3/granted/1: a count must be an integer >= 0 or null, found string");
  CHECK(problems[0]->raw == "\"5\"");
  CHECK(problems[0]->row == "granted");
  CHECK(problems[0]->column == "commercial");
  CHECK(problems[1]->detail.starts_with("/section3/granted/2: "));
  CHECK(problems[2]->detail.starts_with("/section3/granted/3: "));
  CHECK(problems[3]->detail.starts_with("/section3/granted/4: "));
  const xxgk::report_2021& r = as_2021(p);
  CHECK(r(s3::granted, s3::natural_person) == xxgk::cell{25});
  CHECK(!r(s3::granted, s3::commercial).is_present());
  CHECK(!r(s3::granted, s3::legal_services).is_present());
  CHECK(r(s3::granted, s3::other_organisation) == xxgk::cell{0});
  CHECK(r(s3::granted, s3::total) == xxgk::cell{30});
}

TEST_CASE("json: a row array of the wrong length leaves the whole row absent") {
  const xxgk::parsed_report p = read_ok(s3_doc(R"("granted": [25, 5, 30], "carried_over": [0, 0, 0, 0, 0, 0, 0, 0])"));
  const auto problems = with_code(p, "INPUT.JSON");
  REQUIRE_OR_RETURN(problems.size() == 2);
  // the reader keeps a document's keys in a tree (n log n on hostile input): findings come in
  // key order, not document order
  CHECK(problems[0]->detail == "/section3/carried_over: a row must be an array of 7 cells, found an array of 8");
  CHECK(problems[1]->detail == "/section3/granted: a row must be an array of 7 cells, found an array of 3");
  const xxgk::report_2021& r = as_2021(p);
  CHECK(!r[s3::table_2021].row_present(s3::table_2021_t::rows::index<decltype(s3::granted)>));
  CHECK(!r[s3::table_2021].row_present(s3::table_2021_t::rows::index<decltype(s3::carried_over)>));
  // and not a missing row as well
  for (const auto* f : with_code(p, "FMT.MISSING_ROW")) CHECK(f->row != "granted");

  one_json_problem(R"({"edition": "2021", "section4": {"reconsideration": [0, 0, 0, 0]}})", "/section4/reconsideration");
}

TEST_CASE("json: counts that are negative, fractional or too large") {
  CHECK(one_json_problem(s3_doc(R"("granted": [-1, 5, 0, 0, 0, 0, 4])"), "/section3/granted/0").detail ==
        "/section3/granted/0: a count must be an integer >= 0, found a negative one");
  CHECK(one_json_problem(s3_doc(R"("granted": [99999999999999999999, 5, 0, 0, 0, 0, 4])"), "/section3/granted/0")
            .detail.ends_with("found a number too large to hold"));
  CHECK(one_json_problem(s3_doc(R"("granted": [1000000000000001, 5, 0, 0, 0, 0, 4])"), "/section3/granted/0")
            .detail.ends_with("found a larger one"));
  CHECK(one_json_problem(s3_doc(R"("granted": [2.5, 5, 0, 0, 0, 0, 4])"), "/section3/granted/0")
            .detail.ends_with("written without a fraction or exponent"));
  one_json_problem(s3_doc(R"("granted": [1e3, 5, 0, 0, 0, 0, 4])"), "/section3/granted/0");
  one_json_problem(s3_doc(R"("granted": [3.0, 5, 0, 0, 0, 0, 4])"), "/section3/granted/0");

  // the largest count that identities add is accepted
  const xxgk::parsed_report big = read_ok(s3_doc(R"("granted": [1000000000000000, 0, 0, 0, 0, 0, 0])"));
  CHECK(with_code(big, "INPUT.JSON").empty());
  CHECK(as_2021(big)(s3::granted, s3::natural_person) == xxgk::cell{xxgk::max_count});

  // edition 2019 本年增/减 is signed; a count beside it is not
  const xxgk::parsed_report p = read_ok(
      R"({"edition": "2019", "section2": {"penalties": {"previous_items": 4, "change": -1000000000000000, "decisions": -2}}})");
  const auto problems = with_code(p, "INPUT.JSON");
  REQUIRE_OR_RETURN(problems.size() == 1);
  CHECK(problems[0]->detail == "/section2/penalties/decisions: a count must be an integer >= 0, found a negative one");
  CHECK(problems[0]->table == "section2.6");
  const xxgk::report_2019* r = p.report.get<xxgk::edition_2019_t>();
  REQUIRE_OR_RETURN(r != nullptr);
  CHECK((*r)(xxgk::s2_2019::penalties, xxgk::s2_2019::change) == xxgk::cell{-xxgk::max_count});
  one_json_problem(R"({"edition": "2019", "section2": {"penalties": {"previous_items": 4, "change": -1000000000000001, "decisions": 2}}})",
                   "/section2/penalties/change");
}

TEST_CASE("json: amounts are plain decimal strings") {
  auto fee = [](std::string_view value) {
    return R"({"edition": "2021", "section2": {"administrative_fees": {"amount_10k_yuan": )" + std::string(value) + "}}}";
  };
  for (std::string_view bad : {"6510", "\"+5\"", "\"1,234\"", "\"007\"", "\".5\"", "\"5.\"", "\"251000元\"", "\"\"",
                               "\"1e3\"", "\"99999999999999999999\""}) {
    CAPTURE(bad);
    one_json_problem(fee(bad), "/section2/administrative_fees/amount_10k_yuan");
  }
  CHECK(one_json_problem(fee("\"-5\""), "/section2/administrative_fees/amount_10k_yuan").detail.ends_with("must not be negative"));

  const xxgk::parsed_report ok = read_ok(fee("\"0.50\""));
  CHECK(ok.findings.size() == 5);  // the five tables that are missing, nothing else
  CHECK(with_code(ok, "FMT.MISSING_TABLE").size() == 5);
  CHECK(as_2021(ok)(s2::administrative_fees, s2::amount_10k_yuan) == xxgk::cell{xxgk::decimal{50, 2}});
  CHECK(xxgk::to_json(ok.report)["section2"]["administrative_fees"]["amount_10k_yuan"] == "0.50");
  CHECK(as_2021(read_ok(fee("null")))(s2::administrative_fees, s2::amount_10k_yuan).state == xxgk::cell_state::blank);
}

TEST_CASE("json: unknown keys, at every level, with escaped pointers") {
  CHECK(one_json_problem(R"({"edition": "2021", "sections": {}})", "/sections").raw == "{}");
  one_json_problem(R"({"edition": "2021", "a/b~c": 1})", "/a~1b~0c");
  one_json_problem(s3_doc(R"("granted_x": [0, 0, 0, 0, 0, 0, 0])"), "/section3/granted_x");
  one_json_problem(R"({"edition": "2021", "section2": {"procurement": {"items": 1, "amount": "5"}}})",
                   "/section2/procurement");
  // an edition-2021 column key in an edition-2019 report: unknown, and the 2019 columns missing
  const xxgk::parsed_report p = read_ok(
      R"({"edition": "2019", "section2": {"regulations": {"issued": 0, "new_made": 1, "new_published": 1, "total_published": 4}}})");
  const auto problems = with_code(p, "INPUT.JSON");
  REQUIRE_OR_RETURN(problems.size() == 1);
  CHECK(problems[0]->detail == "/section2/regulations/issued: unknown column key for row regulations");
  // a 2021 row key in an edition-2019 report
  one_json_problem(R"({"edition": "2019", "section3": {"other_misc": [0, 0, 0, 0, 0, 0, 0]}})",
                   "/section3/other_misc");

  const xxgk::parsed_report missing = read_ok(R"({"edition": "2021", "section2": {"licensing": {}}})");
  const auto m = with_code(missing, "INPUT.JSON");
  REQUIRE_OR_RETURN(m.size() == 1);
  CHECK(m[0]->detail == "/section2/licensing: missing column \"decisions\"");
  CHECK(m[0]->column == "decisions");
}

TEST_CASE("json: keys starting with _ are ignored") {
  const xxgk::parsed_report p = read_ok(
      R"({"_partial": true, "edition": "2021", "section4": {"_comment": "x", "reconsideration": [0, 0, 0, 0, 0],
          "litigation_direct": [0, 0, 0, 0, 0], "litigation_after_reconsideration": [0, 0, 0, 0, 0]},
          "section2": {"licensing": {"decisions": 1, "_source": "p. 3"}}})");
  CHECK(with_code(p, "INPUT.JSON").empty());
}

TEST_CASE("json: missing sections and rows are reported as the text parser reports them") {
  const xxgk::parsed_report none = read_ok(R"({"edition": "2021", "year": 2023})");
  CHECK(with_code(none, "INPUT.JSON").empty());
  const auto tables = with_code(none, "FMT.MISSING_TABLE");
  REQUIRE_OR_RETURN(tables.size() == 6);
  CHECK(tables[0]->table == "section2.1");
  CHECK(tables[4]->table == "section3");
  CHECK(tables[5]->table == "section4");
  CHECK(as_2021(none) == xxgk::report_2021{2023, {}, {}});

  const xxgk::parsed_report rows = read_ok(s3_doc(R"("new_received": [0, 0, 0, 0, 0, 0, 0])"));
  const auto missing_rows = with_code(rows, "FMT.MISSING_ROW");
  CHECK(missing_rows.size() == 24);  // 25 rows of edition 2021 but new_received; not other_handling
  for (const auto* f : missing_rows) CHECK(f->row != "other_handling");
}

TEST_CASE("json: the 2019 single （六）其他处理 row in an edition-2021 report") {
  const std::string text = slurp(std::filesystem::path(XXGK_TEST_DATA_DIR) / "huaian-hongze-2023.json");
  const xxgk::parsed_report p = read_ok(text);
  const auto hybrid = with_code(p, "FMT.OTHER_HANDLING");
  REQUIRE_OR_RETURN(hybrid.size() == 1);
  CHECK(hybrid[0]->row == "other_handling");
  CHECK(with_code(p, "FMT.MISSING_ROW").empty());
  CHECK(p.findings.size() == 1);
  // its chapter-四 totals are printed 0 under non-zero parts
  const auto findings = xxgk::validate(as_2021(p));
  CHECK(findings.count(xxgk::rules::s4_total) == 2);
  CHECK(findings.count(xxgk::severity::error) == 2);
}

TEST_CASE("json: an edition that does not fit the year") {
  const xxgk::parsed_report p = read_ok(R"({"edition": "2019", "year": 2023})");
  REQUIRE_OR_RETURN(with_code(p, "FMT.EDITION").size() == 1);
  CHECK(with_code(p, "FMT.EDITION")[0]->detail == "edition 2019 for a report on 2023");
}

// ---- diagnostics as JSON --------------------------------------------------------------------------

TEST_CASE("json: diagnostics with typed values") {
  xxgk::report_2021 r = writer_tests::consistent_2021();
  r(s3::granted, s3::total) = xxgk::cell{32}.at({12, 40});
  r(s2::administrative_fees, s2::amount_10k_yuan) = xxgk::decimal{-77, 1};
  const std::vector<xxgk::diagnostic> ds = xxgk::describe(r, xxgk::validate(r));
  REQUIRE_OR_RETURN(ds.size() == 3);  // CELL.RANGE, S3.ROW, S3.TOTAL

  ojson range = xxgk::to_json(ds[0], xxgk::language::en);
  CHECK(range["rule"] == "CELL.RANGE");
  CHECK(range["actual"] == "-7.7");  // an amount: a string
  CHECK(range["expected"].is_null());
  CHECK(range["line"].is_null());
  CHECK(range["raw"] == "-7.7");

  ojson row = xxgk::to_json(ds[1]);
  std::vector<std::string> keys;
  for (auto it = row.begin(); it != row.end(); ++it) keys.push_back(it.key());
  CHECK(keys == std::vector<std::string>{"rule", "severity", "verdict", "table", "row", "column", "expected",
                                         "actual", "line", "col", "raw", "inferred", "message"});
  CHECK(row["inferred"] == false);  // always written
  CHECK(row["severity"] == "error");
  CHECK(row["verdict"] == "failed");
  CHECK(row["table"] == "section3");
  CHECK(row["row"] == "granted");
  CHECK(row["column"] == "total");
  CHECK(row["expected"] == 30);  // a count: an integer
  CHECK(row["actual"] == 32);
  CHECK(row["expected"].is_number_integer());
  CHECK(row["line"] == 12);
  CHECK(row["col"] == 40);
  CHECK(row["message"] == ds[1].message_zh);
  CHECK(xxgk::to_json(ds[1], xxgk::language::en)["message"] == ds[1].message_en);

  ojson all = xxgk::to_json(ds, xxgk::language::en);
  REQUIRE_OR_RETURN(all.is_array());
  CHECK(all.size() == 3);
  CHECK(all[2]["rule"] == "S3.TOTAL");

  // a finding over an inferred cell: S3.ROW of a row whose total alone was inferred
  r(s3::granted, s3::natural_person) = xxgk::cell{25}.as_inferred();
  const std::vector<xxgk::diagnostic> marked = xxgk::describe(r, xxgk::validate(r));
  REQUIRE_OR_RETURN(marked.size() == 3);
  CHECK(xxgk::to_json(marked[1])["inferred"] == true);
  CHECK(xxgk::to_json(marked[0])["inferred"] == false);  // CELL.RANGE of the fee

  xxgk::diagnostic bare;
  bare.rule = "FMT.TITLE";
  ojson b = xxgk::to_json(bare);
  CHECK(b["inferred"] == false);
  CHECK(b["table"].is_null());
  CHECK(b["row"].is_null());
  CHECK(b["column"].is_null());
  CHECK(b["actual"].is_null());
}

TEST_CASE("json: the checker's entries for a file") {
  const xxgk::report_2021 r = writer_tests::faulty_2021();
  const std::vector<xxgk::diagnostic> ds = xxgk::describe(r, xxgk::validate(r));
  ojson entry = xxgk::checked_file_json("faulty.txt", xxgk::any_report(r), ds, xxgk::language::en);
  CHECK(entry["file"] == "faulty.txt");
  CHECK(entry["edition"] == "2021");
  CHECK(entry["year"] == 2023);
  CHECK(entry["agency"] == "长春市国防动员办公室");
  CHECK(entry["inferred"] == ojson::array());
  CHECK(entry["summary"] == ojson({{"errors", 4}, {"warnings", 1}, {"notes", 2}}));
  REQUIRE_OR_RETURN(entry["findings"].size() == ds.size());
  CHECK(entry["findings"][0]["message"] == ds[0].message_en);

  const xxgk::diagnostic failure = xxgk::describe(xxgk::error{"INPUT.EMPTY", "the input is empty", {}});
  ojson bad = xxgk::unreadable_file_json("empty.txt", failure);
  CHECK(bad["edition"].is_null());
  CHECK(bad["inferred"].is_null());
  CHECK(bad["summary"]["errors"] == 1);
  REQUIRE_OR_RETURN(bad["findings"].size() == 1);
  CHECK(bad["findings"][0]["rule"] == "INPUT.EMPTY");
  CHECK(bad["findings"][0]["message"] == "输入为空");

  xxgk::report_2021 inferred = r;
  inferred(s4::litigation_direct, s4::total) = inferred(s4::litigation_direct, s4::total).as_inferred();
  inferred(s3::carried_over, s3::other_organisation) = inferred(s3::carried_over, s3::other_organisation).as_inferred();
  const ojson marked = xxgk::checked_file_json("crawled.txt", xxgk::any_report(inferred), ds);
  CHECK(marked["inferred"] == ojson({"section3.carried_over.other", "section4.litigation_direct.total"}));
}

TEST_CASE("json: write_checked_file_json writes what checked_file_json(...).dump() writes") {
  auto dumped = [](const ojson& j) { return j.dump(-1, ' ', false, ojson::error_handler_t::replace); };
  auto written = [](std::string_view file, const xxgk::any_report& report, const std::vector<xxgk::diagnostic>& ds,
                    xxgk::language lang) {
    std::string out = "prefix ";  // appended, not replaced
    xxgk::write_checked_file_json(out, file, report, ds, lang);
    return out.substr(7);
  };
  const xxgk::report_2021 r = writer_tests::faulty_2021();
  std::vector<xxgk::diagnostic> ds = xxgk::describe(r, xxgk::validate(r));
  REQUIRE_OR_RETURN(ds.size() >= 3);
  for (const xxgk::language lang : {xxgk::language::zh, xxgk::language::en})
    CHECK(written("faulty.txt", xxgk::any_report(r), ds, lang) ==
          dumped(xxgk::checked_file_json("faulty.txt", xxgk::any_report(r), ds, lang)));

  // every character JSON escapes, and invalid UTF-8 of each kind, in every string field
  const std::string tricky =
      "q\" b\\ \b\f\n\r\t \x01\x1f\x7f / 予以公开 \xF0\x9F\x98\x80 | \xE4\xB8" "A \xFF \xC0\xAF \xED\xA0\x80 \xF4\x90\x80\x80 \xE4";
  ds[0].message_zh = ds[0].message_en = tricky;
  ds[0].raw = tricky;
  ds[1].expected = tricky;  // a value that is no number: a string
  ds[1].actual = "-12";     // a count: an integer
  ds[2].line = 0;           // unknown: null
  ds[2].candidates.push_back({"section3", "granted", "total", true, std::nullopt, tricky, tricky, 7, 0});
  ds[2].explains.push_back({"S3.ROW", "section3", "granted", tricky, false});
  xxgk::report_2021 agency = r;
  agency.agency.assign(tricky);
  agency(s3::granted, s3::total) = agency(s3::granted, s3::total).as_inferred();
  const std::string file = "dir/" + tricky + ".txt";
  for (const xxgk::language lang : {xxgk::language::zh, xxgk::language::en}) {
    const std::string text = written(file, xxgk::any_report(agency), ds, lang);
    CHECK(text == dumped(xxgk::checked_file_json(file, xxgk::any_report(agency), ds, lang)));
    CHECK(ojson::parse(text)["findings"][0]["message"] == ojson::parse(dumped(ojson(xxgk::detail::describing::valid_utf8(tricky)))));
  }
  xxgk::report_2019 empty;
  CHECK(written("", xxgk::any_report(empty), {}, xxgk::language::zh) ==
        dumped(xxgk::checked_file_json("", xxgk::any_report(empty), {}, xxgk::language::zh)));
}
