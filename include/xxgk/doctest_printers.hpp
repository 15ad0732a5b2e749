#ifndef XXGK_DOCTEST_PRINTERS_HPP
#define XXGK_DOCTEST_PRINTERS_HPP

// How doctest prints xxgk values, so that a plain `CHECK(a == b)` says what differs: a cell as
// published ("30", "30 at 42:33", "blank", "marker /", "7 (inferred)", "absent ..."), a decimal
// ("7730.28"), a cell_ref, a finding ("[S3.ROW] error failed at {table 4, row 2, column 6}:
// expected 31, actual 30"), a source_finding, a diagnostic (its line, rule, message and JSON
// path), an error, and a report or any_report (edition, year, agency, cells published).
// Included by <xxgk/doctest.hpp>; needs doctest, and nothing else beyond xxgk's model.
//
// These are explicit specialisations of doctest::StringMaker: every translation unit of a test
// program that prints an xxgk value must see them (include this header, or doctest.hpp, in each,
// or in none). A file that prints a cell without them instantiates doctest's default printer
// ("{?}") under the same name, and the program keeps one of the two.

#include <xxgk/any_report.hpp>
#include <xxgk/cell.hpp>
#include <xxgk/decimal.hpp>
#include <xxgk/diagnostic.hpp>
#include <xxgk/finding.hpp>
#include <xxgk/report.hpp>
#include <xxgk/result.hpp>
#include <xxgk/rule.hpp>
#include <xxgk/source_finding.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>

namespace xxgk::testing::detail {

/// A cell as published, for messages: "30", "30（推定）", "空白", "标记 /", "文字", "缺失", and
/// where it was read.
[[nodiscard]] inline std::string published(const cell& x, language lang) {
  const bool zh = lang == language::zh;
  std::string out;
  switch (x.state) {
    case cell_state::number:
      out = x.value.scale <= decimal::max_scale ? std::string(x.value.to_text().view()) : std::string("?");
      if (x.inferred) out += zh ? "（推定）" : " (inferred)";
      break;
    case cell_state::blank: out = zh ? "空白" : "blank"; break;
    case cell_state::marker: out = (zh ? "占位符 " : "marker ") + std::string(to_string(x.mark)); break;
    case cell_state::text: out = zh ? "文字（非数字）" : "text (no number)"; break;
    case cell_state::absent:
      out = zh ? "缺失（未公布或无法确定地读取）" : "absent (not published, or not read with certainty)";
      break;
  }
  return out;
}

/// The FORMAT.md path of a cell, "section3.granted.total" (chapter 二's tables share
/// "section2"), from a diagnostic's keys; empty when it names no cell.
[[nodiscard]] inline std::string json_path(const diagnostic& d) {
  if (d.table.empty()) return {};
  std::string out(std::string_view(d.table).substr(0, d.table.find('.')));
  for (const std::string* key : {&d.row, &d.column})
    if (!key->empty()) out += '.' + *key;
  return out;
}

}  // namespace xxgk::testing::detail

// ---- how doctest prints xxgk values ----------------------------------------------------------
namespace doctest {

template <>
struct StringMaker<xxgk::decimal> {
  static String convert(const xxgk::decimal& d) {
    // to_text's precondition is scale <= max_scale: a broken value is printed raw, not read past
    if (d.scale <= xxgk::decimal::max_scale) return std::string(d.to_text().view()).c_str();
    return ("decimal{units " + std::to_string(d.units) + ", scale " + std::to_string(d.scale) + "}").c_str();
  }
};

template <>
struct StringMaker<xxgk::cell> {
  static String convert(const xxgk::cell& x) {
    std::string out = xxgk::testing::detail::published(x, xxgk::language::en);
    if (x.pos.known()) out += " at " + std::to_string(x.pos.line) + ":" + std::to_string(x.pos.column);
    return out.c_str();
  }
};

template <>
struct StringMaker<xxgk::cell_ref> {
  static String convert(const xxgk::cell_ref& at) {
    std::string out("{table ");
    out.append(std::to_string(at.table)).append(", row ").append(std::to_string(at.row));
    out.append(", column ").append(std::to_string(at.column)).append(at.previous ? ", last year's}" : "}");
    return out.c_str();
  }
};

template <>
struct StringMaker<xxgk::finding> {
  static String convert(const xxgk::finding& f) {
    std::string out = "[" + std::string(f.rule != nullptr ? f.rule->id : "?") + "] ";
    out += std::string(xxgk::to_string(f.severity)) + " " + std::string(xxgk::to_string(f.verdict));
    out += " at " + std::string(StringMaker<xxgk::cell_ref>::convert(f.at).c_str());
    if (f.has_values)
      out += ": expected " + std::string(StringMaker<xxgk::decimal>::convert(f.expected).c_str()) + ", actual " +
             std::string(StringMaker<xxgk::decimal>::convert(f.actual).c_str());
    if (f.reason != xxgk::reason::none) out += " (" + std::string(xxgk::to_string(f.reason)) + ")";
    if (f.pos.known()) out += ", line " + std::to_string(f.pos.line) + ":" + std::to_string(f.pos.column);
    return out.c_str();
  }
};

template <>
struct StringMaker<xxgk::source_finding> {
  static String convert(const xxgk::source_finding& f) {
    std::string out = "[" + std::string(f.rule != nullptr ? f.rule->id : "?") + "] " +
                      std::string(xxgk::to_string(f.severity));
    if (f.pos.known()) out += " at " + std::to_string(f.pos.line) + ":" + std::to_string(f.pos.column);
    if (!f.table.empty()) out += " " + std::string(f.table) + " " + std::string(f.row) + " " + std::string(f.column);
    if (!f.raw.empty()) out += ": \"" + f.raw + "\"";
    if (!f.detail.empty()) out += " (" + f.detail + ")";
    return out.c_str();
  }
};

template <>
struct StringMaker<xxgk::diagnostic> {
  static String convert(const xxgk::diagnostic& d) {
    std::string out;
    if (d.line != 0) out += std::to_string(d.line) + ":" + std::to_string(d.col) + ": ";
    out += std::string(xxgk::to_string(d.severity)) + ": [" + d.rule + "] " + d.message_en;
    if (const std::string path = xxgk::testing::detail::json_path(d); !path.empty()) out += " {" + path + "}";
    return out.c_str();
  }
};

template <>
struct StringMaker<xxgk::error> {
  static String convert(const xxgk::error& e) {
    std::string out = "[" + e.code + "] " + e.message;
    if (e.pos.known()) out += " at " + std::to_string(e.pos.line) + ":" + std::to_string(e.pos.column);
    return out.c_str();
  }
};

template <xxgk::Edition E>
struct StringMaker<xxgk::report<E>> {
  static String convert(const xxgk::report<E>& typed) {
    std::size_t numbers = 0, others = 0;
    xxgk::for_each_table(typed, [&](const auto& t, std::size_t) {
      for (const xxgk::cell& x : t.cells) {
        if (x.is_number()) ++numbers;
        else if (x.is_present()) ++others;
      }
    });
    std::string out = "report<" + std::string(E::name) + ">{year " + std::to_string(typed.year);
    if (!typed.agency.empty()) out += ", " + std::string(typed.agency.view());
    out += ", " + std::to_string(numbers) + " numbers, " + std::to_string(others) + " other cells published}";
    return out.c_str();
  }
};

template <>
struct StringMaker<xxgk::any_report> {
  static String convert(const xxgk::any_report& any) {
    return any.visit(
        [](const auto& typed) { return StringMaker<std::remove_cvref_t<decltype(typed)>>::convert(typed); });
  }
};

}  // namespace doctest

#endif
