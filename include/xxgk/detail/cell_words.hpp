#ifndef XXGK_DETAIL_CELL_WORDS_HPP
#define XXGK_DETAIL_CELL_WORDS_HPP
// IWYU pragma: private, include <xxgk/parse.hpp>

// The words a table's cell holds besides digits: a blank's markers and the units written after
// a number. One list for the scanner, which reads cells, and for the converters of crawled text,
// which ask whether a line is a cell's value.

#include <xxgk/cell.hpp>

#include <string_view>

namespace xxgk::detail::cell_words {

struct marker_word {
  std::string_view text;
  xxgk::marker kind;
};

/// A cell left blank, as written: `/`, `-`, `—`, `无`, `不适用`, … (FORMAT.md, CELL.BLANK).
inline constexpr marker_word markers[] = {
    {"/", marker::slash},          {"／", marker::slash},          {"-", marker::hyphen},
    {"－", marker::hyphen},        {"—", marker::dash},            {"–", marker::dash},
    {"―", marker::dash},           {"--", marker::double_hyphen},  {"——", marker::double_hyphen},
    {"－－", marker::double_hyphen}, {"无", marker::nil},            {"不适用", marker::not_applicable},
    {"\\", marker::slash},         {"_", marker::underscore}};

/// Units written after a number in its cell (`251000元`, `2笔`, `31批次`, `16368(件)`), the longest
/// first where one ends another: 万元 before 元, 批次 before 次.
inline constexpr std::string_view units[] = {"万元", "元", "件", "个", "条", "项", "批次", "次", "人", "家", "笔",
                                             "(件)", "（件）", "(个)", "（个）", "(条)", "（条）", "(项)", "（项）"};

/// The marker `text` is, or `marker::none`.
[[nodiscard]] constexpr xxgk::marker marker_of(std::string_view text) noexcept {
  for (const marker_word& m : markers)
    if (text == m.text) return m.kind;
  return marker::none;
}

/// `text` less the unit it ends with, when something stands before the unit.
[[nodiscard]] constexpr std::string_view without_unit(std::string_view text) noexcept {
  for (const std::string_view u : units)
    if (text.size() > u.size() && text.ends_with(u)) return text.substr(0, text.size() - u.size());
  return text;
}

}  // namespace xxgk::detail::cell_words

#endif
