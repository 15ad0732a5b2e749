#ifndef XXGK_TESTS_UNIT_FIXTURE_EDITS_HPP
#define XXGK_TESTS_UNIT_FIXTURE_EDITS_HPP

// A fixture changed in one place, and what it must then read: the parser's tests that take a
// real layout and break it the way the world does (a `<br>` between two digits, a page number
// among the cells, two rows merged into one), to show the row stays unread and no other moves.

#include <xxgk/parse.hpp>

#include <doctest/doctest.h>

#include "report_rows.hpp"
#include "test_support.hpp"
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <string>

namespace xxgk_test {

/// `text` with its first `from` replaced by `to`; the test fails when `from` is not there.
inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, "not in the fixture: " << from);
  return text.replace(at, from.size(), to);
}

/// `text` with each line replaced by `f(line)` (the line without its line break), each ended by
/// a line break.
template <class F>
std::string lines_mapped(const std::string& text, F f) {
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    out += f(text.substr(at, end - at)) + "\n";
    at = end + 1;
  }
  return out;
}

/// The rows read from `text`, which must parse.
inline report_rows read(const std::string& text) {
  const auto parsed = xxgk::parse(text);
  REQUIRE_MESSAGE(parsed.has_value(), parsed.error().code << ": " << parsed.error().message);
  return rows_of(parsed->report);
}

/// The rows of a fixture's hand-checked JSON (a file of tests/data).
inline report_rows expected(const std::string& json_name) {
  return rows_of(nlohmann::ordered_json::parse(read_data_file(json_name)));
}

/// Every row read (`got`) is one of `want`'s, with its cells: rows may be left unread, none read wrong.
inline void check_read_right(const report_rows& got, const report_rows& want) {
  for (const auto& entry : got) {  // (clang 14 cannot capture a structured binding)
    CAPTURE(entry.first);
    REQUIRE(want.count(entry.first) == 1);
    CHECK(entry.second == want.at(entry.first));
  }
}

/// Rows read from an edited text (`got`): each of `read_rows` read, each of `unread_rows` not,
/// and none read wrong against `want`.
inline void check_rows(const report_rows& got, const report_rows& want, std::initializer_list<std::string> read_rows,
                       std::initializer_list<std::string> unread_rows) {
  for (const std::string& row : read_rows) {
    CAPTURE(row);
    CHECK(got.count(row) == 1);
  }
  for (const std::string& row : unread_rows) {
    CAPTURE(row);
    CHECK(got.count(row) == 0);
  }
  check_read_right(got, want);
}

/// True when `parsed` read row `row` (section/row) by its table's column sums: an
/// FMT.INFERRED_BLANK warning about it, and every number of it inferred.
inline bool placed_by_column_sums(const xxgk::parsed_report& parsed, const std::string& row) {
  const bool warned = std::any_of(parsed.findings.begin(), parsed.findings.end(), [&](const xxgk::source_finding& f) {
    return f.rule == &xxgk::rules::fmt_inferred_blank && std::string(f.table) + "/" + std::string(f.row) == row;
  });
  bool all_inferred = false;
  parsed.report.visit([&](const auto& rep) {
    xxgk::for_each_table(rep, [&](const auto& t, std::size_t) {
      using T = typename std::remove_cvref_t<decltype(t)>::schema;
      for (std::size_t i = 0; i != T::rows::size; ++i) {
        if (std::string(T::key).substr(0, 8) + "/" + std::string(T::rows::keys[i]) != row) continue;
        all_inferred = true;
        for (std::size_t c = 0; c != T::columns::size; ++c)
          all_inferred = all_inferred && (t.at(i, c).inferred || t.at(i, c).is_blank());
      }
    });
  });
  return warned && all_inferred;
}

/// `text` reads as `want` less the rows `unread` (section/row), which stay unread, or are read
/// by their table's column sums (`placed_by_column_sums`) as `want` has them.
inline void check_unread(const std::string& text, const report_rows& want, std::initializer_list<std::string> unread) {
  const auto parsed = xxgk::parse(text);
  REQUIRE_MESSAGE(parsed.has_value(), parsed.error().code << ": " << parsed.error().message);
  auto got = rows_of(parsed->report);
  auto rest = want;
  for (const std::string& row : unread) {
    CAPTURE(row);
    if (got.count(row) == 1 && placed_by_column_sums(*parsed, row)) {
      REQUIRE(want.count(row) == 1);
      CHECK(got.at(row) == want.at(row));
      got.erase(row);
    }
    CHECK(got.count(row) == 0);
    rest.erase(row);
  }
  CHECK(got == rest);
}

}  // namespace xxgk_test

#endif
