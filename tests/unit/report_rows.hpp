#ifndef XXGK_TESTS_UNIT_REPORT_ROWS_HPP
#define XXGK_TESTS_UNIT_REPORT_ROWS_HPP

// The rows of a parsed report and of a fixture's hand-checked JSON in one comparable form, for
// the parser's tests: "section/row" → the cells' texts ("null" for a blank or a marker, as the
// JSON writes them).

#include <xxgk/parse.hpp>
#include <xxgk/xxgk.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <map>
#include <string>
#include <type_traits>
#include <vector>

namespace xxgk_test {

using report_rows = std::map<std::string, std::vector<std::string>>;

/// The number of findings of one rule.
inline std::size_t count_rule(const std::vector<xxgk::source_finding>& f, const xxgk::rule_info& r) {
  return static_cast<std::size_t>(std::count_if(f.begin(), f.end(), [&](const auto& x) { return x.rule == &r; }));
}

/// A cell as the JSON writes it: its number, "null" for a blank or a marker.
inline std::string cell_text(const xxgk::cell& c) {
  switch (c.state) {
    case xxgk::cell_state::number: return std::string(c.value.to_text().view());
    case xxgk::cell_state::blank:
    case xxgk::cell_state::marker: return "null";
    case xxgk::cell_state::text: return "<text>";
    case xxgk::cell_state::absent: return "<absent>";
  }
  return "?";
}

/// Every row a parsed report holds.
inline report_rows rows_of(const xxgk::any_report& r) {
  report_rows out;
  r.visit([&](const auto& rep) {
    xxgk::for_each_table(rep, [&](const auto& t, std::size_t) {
      using T = typename std::remove_cvref_t<decltype(t)>::schema;
      for (std::size_t i = 0; i != T::rows::size; ++i) {
        if (!t.row_present(i)) continue;
        auto& cells = out[std::string(T::key).substr(0, 8) + "/" + std::string(T::rows::keys[i])];
        for (std::size_t c = 0; c != T::columns::size; ++c) cells.push_back(cell_text(t.at(i, c)));
      }
    });
  });
  return out;
}

/// Every row of a fixture's JSON.
inline report_rows rows_of(const nlohmann::ordered_json& j) {
  report_rows out;
  auto text = [](const nlohmann::ordered_json& v) {
    if (v.is_null()) return std::string("null");
    if (v.is_string()) return v.get<std::string>();
    return v.dump();
  };
  if (j.contains("section2"))
    for (const auto& [row, cols] : j["section2"].items())
      for (const auto& [col, v] : cols.items()) out["section2/" + row].push_back(text(v));
  for (const char* s : {"section3", "section4"})
    if (j.contains(s))
      for (const auto& [row, cells] : j[s].items())
        for (const auto& v : cells) out[std::string(s) + "/" + row].push_back(text(v));
  return out;
}

}  // namespace xxgk_test

#endif
