#ifndef XXGK_TESTS_FUZZ_ORACLE_HPP
#define XXGK_TESTS_FUZZ_ORACLE_HPP

// What every fuzz target checks besides "no crash, no leak, no undefined behaviour": the
// contracts the library's headers promise, each a named check that stops the run with
// __builtin_trap() and a line on stderr saying which promise was broken. Not a test file itself.

#include <xxgk/any_report.hpp>
#include <xxgk/cell.hpp>
#include <xxgk/explain.hpp>
#include <xxgk/result.hpp>
#include <xxgk/rule.hpp>
#include <xxgk/source_finding.hpp>
#include <xxgk/validate.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>
#include <type_traits>
#include <vector>

namespace xxgk_fuzz {

/// Stops the run: the fuzzer keeps the input as a crash and prints `what` above the stack.
[[noreturn]] inline void broken(const char* what) noexcept {
  std::fprintf(stderr, "xxgk fuzz: broken promise: %s\n", what);
  std::fflush(stderr);
  __builtin_trap();
}

inline void expect(bool ok, const char* what) noexcept {
  if (!ok) broken(what);
}

/// The lines of an input, to check that a position a reader reports points into it. Columns
/// are checked against the line's length in bytes, an upper bound whether a reader counts
/// columns in bytes or in characters.
class source_shape {
 public:
  explicit source_shape(std::string_view text) {
    std::size_t begin = 0;
    for (std::size_t i = 0; i != text.size(); ++i) {
      if (text[i] != '\n') continue;
      line_bytes_.push_back(i - begin);
      begin = i + 1;
    }
    line_bytes_.push_back(text.size() - begin);
  }

  /// Unknown (line 0), or a line of the input and a column at most one past its end.
  [[nodiscard]] bool holds(xxgk::source_pos p) const noexcept {
    if (!p.known()) return true;
    if (p.line > line_bytes_.size() || p.column == 0) return false;
    return p.column <= line_bytes_[p.line - 1] + 1;
  }

 private:
  std::vector<std::size_t> line_bytes_;
};

/// True when `text` is well-formed UTF-8 (no overlong forms, surrogates or code points beyond
/// U+10FFFF): what every writer promises to print.
[[nodiscard]] inline bool valid_utf8(std::string_view text) noexcept {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto b = static_cast<unsigned char>(text[i]);
    const std::size_t n = b < 0x80U ? 1 : (b >> 5) == 0x6U ? 2 : (b >> 4) == 0xEU ? 3 : (b >> 3) == 0x1EU ? 4 : 0;
    if (n == 0 || i + n > text.size()) return false;
    std::uint32_t cp = n == 1 ? b : b & (0xFFU >> (n + 1));
    for (std::size_t k = 1; k < n; ++k) {
      const auto c = static_cast<unsigned char>(text[i + k]);
      if ((c & 0xC0U) != 0x80U) return false;
      cp = (cp << 6) | (c & 0x3FU);
    }
    constexpr std::uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < least[n] || cp > 0x10FFFFU || (cp >= 0xD800U && cp <= 0xDFFFU)) return false;
    i += n;
  }
  return true;
}

/// A reader's failure: a code from the reader catalogue, a message, a position in the input.
inline void check_error(const xxgk::error& e, const source_shape& shape) noexcept {
  expect(e.code.starts_with("INPUT."), "a reader fails with an INPUT.* code");
  expect(!e.message.empty(), "a reader's failure says why");
  expect(valid_utf8(e.message), "a reader's failure message is valid UTF-8");
  expect(shape.holds(e.pos), "a reader's failure points into the input");
}

/// A reader's findings: each names its rule, and points into the input when it points at all.
inline void check_findings(const std::vector<xxgk::source_finding>& findings, const source_shape& shape) noexcept {
  for (const xxgk::source_finding& f : findings) {
    expect(f.rule != nullptr, "a reader's finding names its rule");
    expect(shape.holds(f.pos), "a reader's finding points into the input");
    // the input was checked to be UTF-8 (or is JSON): what a finding quotes of it is too
    expect(valid_utf8(f.raw), "the text a reader's finding quotes is valid UTF-8");
  }
}

/// Every cell of a report read from the input points into it.
inline void check_cells(const xxgk::any_report& report, const source_shape& shape) noexcept {
  report.visit([&](const auto& r) {
    xxgk::for_each_table(r, [&](const auto& t, std::size_t) {
      using T = typename std::remove_cvref_t<decltype(t)>::schema;
      for (std::size_t row = 0; row != T::rows::size; ++row)
        for (std::size_t column = 0; column != T::columns::size; ++column)
          expect(shape.holds(t.at(row, column).pos), "a cell read from the input points into it");
    });
  });
}

/// `validate` on any report: never more findings than its list holds, each on a cell of the
/// report and naming its rule.
inline void check_validate(const xxgk::any_report& report) noexcept {
  report.visit([](const auto& r) {
    using R = std::remove_cvref_t<decltype(r)>;
    const auto findings = xxgk::validate(r);
    expect(!findings.truncated(), "validate's finding list is large enough for every report");
    for (const xxgk::finding& f : findings) {
      expect(f.rule != nullptr, "a finding of validate names its rule");
      expect(f.at.table < R::table_count, "a finding of validate is about a table of the report");
      expect(f.cell_count <= xxgk::max_cells_per_finding, "a finding of validate holds its cells");
    }
  });
}

/// `explain` on a report and its findings keeps its promise: every candidate is a number read
/// with certainty (or a blank counted as 0), and the report with that one cell set to the value
/// suggested has none of the failures explained and no failure that was not there before.
template <xxgk::Edition E, class Findings>
void check_explain(const xxgk::report<E>& r, const Findings& findings) noexcept {
  auto failed_identity = [](const xxgk::finding& f) {
    return f.verdict == xxgk::verdict::failed && f.severity == xxgk::severity::error &&
           f.rule->id != xxgk::rules::cell_range.id;
  };
  auto same = [](const xxgk::finding& a, const xxgk::finding& b) { return a.rule->id == b.rule->id && a.at == b.at; };
  for (const xxgk::explanation& e : xxgk::explain(r, findings)) {
    expect(e.candidate_count != 0 && e.explained_count != 0, "an explanation names cells and the failures they explain");
    for (const xxgk::candidate& c : e.candidates()) {
      const xxgk::cell& published = xxgk::cell_at(r, c.at);
      expect(!published.inferred && !c.at.previous, "an explanation never suggests an inferred cell");
      expect(published.is_number() || (c.blank && published.is_blank()), "a candidate is a published number or blank");
      expect(c.expected >= 0 && c.expected != c.actual, "a candidate's value is a count that differs");
      xxgk::report<E> fixed = r;
      xxgk::for_each_table(fixed, [&](auto& t, std::size_t i) {
        if (i == c.at.table) t.at(c.at.row, c.at.column) = xxgk::cell{c.expected};
      });
      const auto after = xxgk::validate(fixed);
      for (const xxgk::finding& f : after) {
        if (!failed_identity(f)) continue;
        expect(!e.explains(f), "the suggested value makes the failures it explains hold");
        bool before = false;
        for (const xxgk::finding& g : findings) before = before || (failed_identity(g) && same(f, g));
        expect(before, "the suggested value breaks no identity that held");
      }
    }
  }
}

}  // namespace xxgk_fuzz

#endif
