// The one call per document (check.hpp): check, check_file, check of reports in memory, across
// years on any_report, and value semantics: a parsed report equals its own JSON round trip.

#include <xxgk/check.hpp>
#include <xxgk/json.hpp>
#include <xxgk/xxgk.hpp>

#include <doctest/doctest.h>

#include "test_support.hpp"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace {

namespace s3 = xxgk::s3;

std::string data_path(const std::string& name) { return std::string(XXGK_TEST_DATA_DIR) + "/" + name; }

/// Every text, markdown, CSV, HTML and JSON fixture of tests/data, by name.
std::vector<std::string> fixture_names() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(XXGK_TEST_DATA_DIR)) {
    const std::string ext = entry.path().extension().string();
    if (ext == ".txt" || ext == ".md" || ext == ".csv" || ext == ".html" || ext == ".json")
      names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::size_t count_rule(const std::vector<xxgk::diagnostic>& ds, std::string_view rule) {
  return static_cast<std::size_t>(
      std::count_if(ds.begin(), ds.end(), [&](const xxgk::diagnostic& d) { return d.rule == rule; }));
}

/// The order `check` promises: by line and column, those without a position after.
bool in_source_order(const std::vector<xxgk::diagnostic>& ds) {
  auto key = [](const xxgk::diagnostic& d) {
    auto known = [](std::uint32_t v) { return v == 0 ? UINT64_MAX : std::uint64_t{v}; };
    return std::pair{known(d.line), known(d.col)};
  };
  return std::is_sorted(ds.begin(), ds.end(), [&](const auto& a, const auto& b) { return key(a) < key(b); });
}

}  // namespace

TEST_CASE("check_file: the bundled report passes, with its reader warnings, in source order") {
  const auto checked = xxgk::check_file(std::string(XXGK_EXAMPLES_DATA_DIR) + "/changchun-2023.txt");
  REQUIRE(checked.has_value());
  CHECK(!checked->has_errors());
  CHECK(checked->report.edition() == xxgk::edition::y2021);
  CHECK(checked->report.year() == 2023);
  CHECK(count_rule(checked->diagnostics, "FMT.LABEL") == 4);
  CHECK(checked->summary().warnings == 4);
  CHECK(checked->inferred.empty());
  CHECK(in_source_order(checked->diagnostics));
}

TEST_CASE("check: one number changed is an error at its cell, with the EXPLAIN.CELL note beside it") {
  std::string text = xxgk_test::read_data_file("changchun-2023.txt");
  // (一) 予以公开: 自然人 25 → 26 (the row's own 总计 stays 30)
  const std::size_t row = text.find("(一) 予以公开");
  REQUIRE(row != std::string::npos);
  const std::size_t at = text.find("25", row);
  REQUIRE(at != std::string::npos);
  text.replace(at, 2, "26");

  const auto checked = xxgk::check(text);
  REQUIRE(checked.has_value());
  CHECK(checked->has_errors());
  CHECK(count_rule(checked->diagnostics, "S3.ROW") == 1);
  CHECK(count_rule(checked->diagnostics, "S3.TOTAL") == 1);
  REQUIRE(count_rule(checked->diagnostics, "EXPLAIN.CELL") == 1);
  const auto note = std::find_if(checked->diagnostics.begin(), checked->diagnostics.end(),
                                 [](const xxgk::diagnostic& d) { return d.rule == "EXPLAIN.CELL"; });
  CHECK(note->row == "granted");
  CHECK(note->column == "natural_person");
  CHECK(note->expected == "25");
  CHECK(in_source_order(checked->diagnostics));

  xxgk::check_options quiet;
  quiet.explain = false;
  const auto without = xxgk::check(text, quiet);
  REQUIRE(without.has_value());
  CHECK(count_rule(without->diagnostics, "EXPLAIN.CELL") == 0);
  CHECK(count_rule(without->diagnostics, "S3.ROW") == 1);
}

TEST_CASE("check: a report as text and as its JSON gives the same report and identity findings") {
  const auto text = xxgk::check(xxgk_test::read_data_file("huaian-hongze-2024.txt"));
  REQUIRE(text.has_value());
  const auto json = xxgk::check(xxgk::to_json(text->report).dump());  // detected by its '{'
  REQUIRE(json.has_value());
  CHECK(text->report == json->report);
  CHECK(count_rule(text->diagnostics, "S3.ROW") == count_rule(json->diagnostics, "S3.ROW"));
  CHECK(text->summary().errors == json->summary().errors);
  // format forced: a JSON document read as text has no table
  xxgk::check_options as_text;
  as_text.format = xxgk::input_format::text;
  const auto wrong = xxgk::check(xxgk_test::read_data_file("huaian-hongze-2024.json"), as_text);
  REQUIRE(!wrong.has_value());
  CHECK(wrong.error().code == "INPUT.NO_TABLES");
}

TEST_CASE("check_file: a file that cannot be read is INPUT.FILE, an empty one INPUT.EMPTY") {
  const auto missing = xxgk::check_file(data_path("no-such-report.txt"));
  REQUIRE(!missing.has_value());
  CHECK(missing.error().code == "INPUT.FILE");
  CHECK(xxgk::describe(missing.error()).severity == xxgk::severity::error);
  const auto dir = xxgk::check_file(XXGK_TEST_DATA_DIR);  // a directory reads as nothing usable
  CHECK(!dir.has_value());
  const auto empty = xxgk::check("");
  REQUIRE(!empty.has_value());
  CHECK(empty.error().code == "INPUT.EMPTY");
  CHECK(xxgk::to_json_text("x.txt", empty.error()).find("\"INPUT.EMPTY\"") != std::string::npos);
}

TEST_CASE("check across years: documents and any_reports of either edition, without nested visits") {
  const auto before = xxgk::check_file(data_path("huaian-hongze-2023.txt"));
  REQUIRE(before.has_value());
  const std::string text = xxgk_test::read_data_file("huaian-hongze-2024.txt");
  const auto after = xxgk::check(text, before->report);
  REQUIRE(after.has_value());
  CHECK(count_rule(after->diagnostics, "X.CARRY") == 0);
  CHECK(!after->has_errors());

  // 二、上年结转 / 商业企业 changed in memory: X.CARRY fails at that column
  xxgk::any_report changed = after->report;
  auto* r = changed.get<xxgk::edition_2021_t>();
  REQUIRE(r != nullptr);
  (*r)(s3::carried_over, s3::commercial) = xxgk::cell{1};
  const auto diagnostics = xxgk::check(changed, before->report);
  CHECK(count_rule(diagnostics, "X.CARRY") == 1);
  CHECK(in_source_order(diagnostics));
  // a report of the other edition, a year that does not follow: X.SERIES
  xxgk::report_2019 old{};
  old.year = 2019;
  const auto series = xxgk::check(after->report, xxgk::any_report(old));
  CHECK(count_rule(series, "X.SERIES") == 1);
}

TEST_CASE("value semantics: cells compare what was published, not where") {
  const xxgk::cell read = xxgk::cell{30}.at({42, 33});
  CHECK(read == xxgk::cell{30});
  CHECK(read.pos != xxgk::cell{30}.pos);
  CHECK(read != xxgk::cell{31});
  CHECK(read != xxgk::cell{30}.as_inferred());
  CHECK(xxgk::cell{xxgk::blank} != xxgk::cell{0});
  CHECK(xxgk::cell{xxgk::marker::slash} != xxgk::cell{xxgk::marker::dash});

  const auto checked = xxgk::check(xxgk_test::read_data_file("changchun-2023.txt"));
  REQUIRE(checked.has_value());
  const auto* r = checked->report.get<xxgk::edition_2021_t>();
  REQUIRE(r != nullptr);
  CHECK((*r)(s3::granted, s3::total) == xxgk::cell{30});
  CHECK((*r)(s3::granted, s3::total).pos.known());
}

TEST_CASE("value semantics: every fixture equals its own JSON round trip") {
  const std::vector<std::string> names = fixture_names();
  CHECK(names.size() >= 40);
  std::size_t compared = 0;
  for (const std::string& name : names) {
    CAPTURE(name);
    const auto checked = xxgk::check_file(data_path(name));
    if (!checked) {  // the two excerpts without a table (FIXTURES.md)
      CHECK(checked.error().code == "INPUT.NO_TABLES");
      continue;
    }
    const auto parsed = xxgk::read_report_json(xxgk::to_json(checked->report).dump());
    REQUIRE(parsed.has_value());
    // the canonical JSON writes a marker (`-`, `/`) as null, as it writes a blank (FORMAT.md):
    // it comes back blank, the only difference the round trip may make
    auto published = checked->report;
    std::size_t markers = 0;
    published.visit([&](auto& r) {
      xxgk::for_each_table(r, [&](auto& t, std::size_t) {
        for (xxgk::cell& c : t.cells)
          if (c.state == xxgk::cell_state::marker) {
            c = xxgk::cell{xxgk::blank};
            ++markers;
          }
      });
    });
    CHECK(parsed->report == published);
    CHECK((markers == 0) == (parsed->report == checked->report));
    ++compared;
  }
  CHECK(compared + 2 == names.size());
}

TEST_CASE("check_options::keep_source: the text the lines refer to, decoded when the document was GBK") {
  const std::string utf8 = xxgk_test::read_data_file("changchun-2023.txt");
  CHECK(xxgk::check(utf8)->source.empty());  // not kept by default
  xxgk::check_options keep;
  keep.keep_source = true;
  const auto kept = xxgk::check(utf8, keep);
  REQUIRE(kept.has_value());
  CHECK(kept->source == utf8);

  const std::string gbk = xxgk_test::read_data_file("text-gbk.txt");
  const auto decoded = xxgk::check(gbk, keep);
  REQUIRE(decoded.has_value());
  CHECK(count_rule(decoded->diagnostics, "INPUT.DECODED") == 1);
  CHECK(gbk.find("本年度办理结果") == std::string::npos);
  CHECK(decoded->source.find("本年度办理结果") != std::string::npos);
  // every line a diagnostic names is a line of the decoded text
  const auto lines = static_cast<std::uint32_t>(std::count(decoded->source.begin(), decoded->source.end(), '\n') + 1);
  for (const xxgk::diagnostic& d : decoded->diagnostics) CHECK(d.line <= lines);
  // a JSON document is its own source
  const std::string json = xxgk_test::read_data_file("changchun-2023.json");
  CHECK(xxgk::check(json, keep)->source == json);
}

TEST_CASE("to_json_text: the checker's entry of every fixture is checked_file_json(...).dump(), in both languages") {
  for (const std::string& name : fixture_names()) {
    CAPTURE(name);
    const auto checked = xxgk::check_file(data_path(name));
    if (!checked) continue;  // the entry of an unreadable file is written by nlohmann/json itself
    for (const xxgk::language lang : {xxgk::language::zh, xxgk::language::en})
      CHECK(xxgk::to_json_text(name, *checked, lang) ==
            xxgk::checked_file_json(name, checked->report, checked->diagnostics, lang)
                .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
  }
}
