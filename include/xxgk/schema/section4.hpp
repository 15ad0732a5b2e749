#ifndef XXGK_SCHEMA_SECTION4_HPP
#define XXGK_SCHEMA_SECTION4_HPP

// Chapter 四、政府信息公开行政复议、行政诉讼情况: the same table in editions 2019
// (国办公开办函〔2019〕60号) and 2021 (国办公开办函〔2021〕30号). One printed row of 15 counts,
// modelled as three rows (the case types) of five columns (the results).

#include <xxgk/category.hpp>
#include <xxgk/schema/table.hpp>

#include <type_traits>

namespace xxgk::s4 {

/// 结果维持
inline constexpr struct upheld final : column<"upheld", "结果维持", "upheld"> {} upheld;
/// 结果纠正
inline constexpr struct corrected final : column<"corrected", "结果纠正", "corrected"> {} corrected;
/// 其他结果
inline constexpr struct other_result final : column<"other", "其他结果", "other result"> {} other_result;
/// 尚未审结
inline constexpr struct pending final : column<"pending", "尚未审结", "pending"> {} pending;
/// 总计 (the sum of the four results: S4.TOTAL)
inline constexpr struct total final : column<"total", "总计", "total"> {} total;

inline constexpr dimension<total, upheld, corrected, other_result, pending> results{};

/// 行政复议
inline constexpr struct reconsideration final : row<"reconsideration", "行政复议", "administrative reconsideration"> {} reconsideration;
/// 行政诉讼 · 未经复议直接起诉
inline constexpr struct litigation_direct final : row<"litigation_direct", "未经复议直接起诉", "litigation without prior reconsideration"> {} litigation_direct;
/// 行政诉讼 · 复议后起诉
inline constexpr struct litigation_after_reconsideration final : row<"litigation_after_reconsideration", "复议后起诉", "litigation after reconsideration"> {} litigation_after_reconsideration;
/// 行政诉讼: a heading over its two case types.
inline constexpr struct litigation final
    : group<"litigation", "行政诉讼", "administrative litigation", no_total, litigation_direct,
            litigation_after_reconsideration> {} litigation;

/// 四、政府信息公开行政复议、行政诉讼情况 (both editions).
inline constexpr struct table final
    : table_schema<"section4", "四、政府信息公开行政复议、行政诉讼情况",
                   "administrative reconsideration and litigation", chapter::four,
                   dimension<no_total, reconsideration, litigation>{}, results> {} table;

using table_t = std::remove_const_t<decltype(table)>;
static_assert(detail::well_formed_table<table_t>());
static_assert(table_t::rows::size == 3 && table_t::columns::size == 5);
static_assert(table_t::columns::keys.back() == "total", "the total column comes last");

}  // namespace xxgk::s4

#endif
