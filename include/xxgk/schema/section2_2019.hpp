#ifndef XXGK_SCHEMA_SECTION2_2019_HPP
#define XXGK_SCHEMA_SECTION2_2019_HPP

// Chapter 二、主动公开政府信息情况, edition 2019 (国办公开办函〔2019〕60号): five tables, with the
// signed 本年增/减 and the procurement amount. No identities: only CELL.RANGE / CELL.BLANK.

#include <xxgk/category.hpp>
#include <xxgk/schema/table.hpp>

#include <type_traits>

namespace xxgk::s2_2019 {

inline constexpr struct new_made final : column<"new_made", "本年新制作数量", "newly made this year"> {} new_made;
inline constexpr struct new_published final : column<"new_published", "本年新公开数量", "newly published this year"> {} new_published;
inline constexpr struct total_published final : column<"total_published", "对外公开总数量", "published in total"> {} total_published;
inline constexpr struct regulations final : row<"regulations", "规章", "regulations"> {} regulations;
inline constexpr struct normative_documents final : row<"normative_documents", "规范性文件", "normative documents"> {} normative_documents;
/// 第二十条第（一）项: 规章, 规范性文件 × 本年新制作数量, 本年新公开数量, 对外公开总数量
inline constexpr struct item1 final
    : table_schema<"section2.1", "第二十条第（一）项", "Article 20 item 1", chapter::two,
                   dimension<no_total, regulations, normative_documents>{},
                   dimension<no_total, new_made, new_published, total_published>{}> {} item1;

inline constexpr struct previous_items final : column<"previous_items", "上一年项目数量", "items last year"> {} previous_items;
inline constexpr struct change final : column<"change", "本年增/减", "change this year", value_kind::signed_count> {} change;
inline constexpr struct decisions final : column<"decisions", "处理决定数量", "decisions"> {} decisions;
inline constexpr struct licensing final : row<"licensing", "行政许可", "administrative licensing"> {} licensing;
inline constexpr struct other_services final : row<"other_services", "其他对外管理服务事项", "other external management services"> {} other_services;
/// 第二十条第（五）项: 行政许可, 其他对外管理服务事项 × 上一年项目数量, 本年增/减, 处理决定数量
inline constexpr struct item5 final
    : table_schema<"section2.5", "第二十条第（五）项", "Article 20 item 5", chapter::two,
                   dimension<no_total, licensing, other_services>{},
                   dimension<no_total, previous_items, change, decisions>{}> {} item5;

inline constexpr struct penalties final : row<"penalties", "行政处罚", "administrative penalties"> {} penalties;
inline constexpr struct coercive_measures final : row<"coercive_measures", "行政强制", "administrative coercive measures"> {} coercive_measures;
/// 第二十条第（六）项: 行政处罚, 行政强制 × 上一年项目数量, 本年增/减, 处理决定数量
inline constexpr struct item6 final
    : table_schema<"section2.6", "第二十条第（六）项", "Article 20 item 6", chapter::two,
                   dimension<no_total, penalties, coercive_measures>{},
                   dimension<no_total, previous_items, change, decisions>{}> {} item6;

inline constexpr struct administrative_fees final : row<"administrative_fees", "行政事业性收费", "administrative fees"> {} administrative_fees;
/// 第二十条第（八）项: 行政事业性收费 × 上一年项目数量, 本年增/减 (a count of fee items)
inline constexpr struct item8 final
    : table_schema<"section2.8", "第二十条第（八）项", "Article 20 item 8", chapter::two,
                   dimension<no_total, administrative_fees>{},
                   dimension<no_total, previous_items, change>{}> {} item8;

inline constexpr struct items final : column<"items", "采购项目数量", "procurement items"> {} items;
inline constexpr struct amount final : column<"amount", "采购总金额", "procurement amount", value_kind::amount> {} amount;
inline constexpr struct procurement final : row<"procurement", "政府集中采购", "centralised government procurement"> {} procurement;
/// 第二十条第（九）项: 政府集中采购 × 采购项目数量, 采购总金额
inline constexpr struct item9 final
    : table_schema<"section2.9", "第二十条第（九）项", "Article 20 item 9", chapter::two,
                   dimension<no_total, procurement>{}, dimension<no_total, items, amount>{}> {} item9;


using item1_t = std::remove_const_t<decltype(item1)>;
using item5_t = std::remove_const_t<decltype(item5)>;
using item6_t = std::remove_const_t<decltype(item6)>;
using item8_t = std::remove_const_t<decltype(item8)>;
using item9_t = std::remove_const_t<decltype(item9)>;
static_assert(detail::well_formed_table<item1_t>());
static_assert(detail::well_formed_table<item5_t>());
static_assert(detail::well_formed_table<item6_t>());
static_assert(detail::well_formed_table<item8_t>());
static_assert(detail::well_formed_table<item9_t>());

}  // namespace xxgk::s2_2019

#endif
