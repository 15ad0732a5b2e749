#ifndef XXGK_SCHEMA_EDITIONS_HPP
#define XXGK_SCHEMA_EDITIONS_HPP

// The two national editions of the annual report format and the tables each one has.

#include <xxgk/schema/printed.hpp>
#include <xxgk/schema/section2_2019.hpp>
#include <xxgk/schema/section2_2021.hpp>
#include <xxgk/schema/section3.hpp>
#include <xxgk/schema/section4.hpp>
#include <xxgk/schema/table.hpp>

#include <concepts>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace xxgk {

/// The edition of the national format a report follows.
enum class edition : std::uint16_t {
  y2019 = 2019,  ///< 国办公开办函〔2019〕60号, reports on 2019 and 2020
  y2021 = 2021,  ///< 国办公开办函〔2021〕30号, reports on 2021 and later
};

namespace detail {
struct edition_base {};
template <class... Tables>
struct table_list {
  static constexpr std::size_t size = sizeof...(Tables);
};
}  // namespace detail

/// Edition 2019: 《中华人民共和国政府信息公开工作年度报告格式（试行）》, 国办公开办函〔2019〕60号.
inline constexpr struct edition_2019_t final : detail::edition_base {
  static constexpr edition id = edition::y2019;
  static constexpr std::string_view name = "2019";
  static constexpr std::string_view document = "国办公开办函〔2019〕60号";
  using tables = detail::table_list<s2_2019::item1_t, s2_2019::item5_t, s2_2019::item6_t,
                                    s2_2019::item8_t, s2_2019::item9_t, s3::table_2019_t,
                                    s4::table_t>;
} edition_2019{};

/// Edition 2021: 《中华人民共和国政府信息公开工作年度报告格式》, 国办公开办函〔2021〕30号.
inline constexpr struct edition_2021_t final : detail::edition_base {
  static constexpr edition id = edition::y2021;
  static constexpr std::string_view name = "2021";
  static constexpr std::string_view document = "国办公开办函〔2021〕30号";
  using tables = detail::table_list<s2_2021::item1_t, s2_2021::item5_t, s2_2021::item6_t,
                                    s2_2021::item8_t, s3::table_2021_t, s4::table_t>;
} edition_2021{};

// the tables of chapters 三 and 四 are titled as their chapters
static_assert(s3::table_2021_t::label == printed::chapter_titles[2] && s3::table_2019_t::label == printed::chapter_titles[2]);
static_assert(s4::table_t::label == printed::chapter_titles[3]);

/// One of the two edition tags, `edition_2019_t` or `edition_2021_t`.
template <class E>
concept Edition = std::is_base_of_v<detail::edition_base, E> && std::is_final_v<E>;

/// The edition a report on `year` must follow (2019 and 2020: edition 2019; later: 2021).
[[nodiscard]] constexpr edition edition_for_year(int year) noexcept {
  return year >= 2021 ? edition::y2021 : edition::y2019;
}

}  // namespace xxgk

#endif
