#ifndef XXGK_SCHEMA_SECTION2_2021_HPP
#define XXGK_SCHEMA_SECTION2_2021_HPP

// Chapter 二、主动公开政府信息情况, edition 2021 (国办公开办函〔2021〕30号): four tables, one per
// item of 条例 第二十条 that the format asks for. No identities: only CELL.RANGE / CELL.BLANK.

#include <xxgk/category.hpp>
#include <xxgk/schema/table.hpp>

#include <type_traits>

namespace xxgk::s2_2021 {

inline constexpr struct issued final : column<"issued", "本年制发件数", "issued this year"> {} issued;
inline constexpr struct repealed final : column<"repealed", "本年废止件数", "repealed this year"> {} repealed;
inline constexpr struct in_force final : column<"in_force", "现行有效件数", "in force"> {} in_force;
inline constexpr struct regulations final : row<"regulations", "规章", "regulations"> {} regulations;
inline constexpr struct normative_documents final : row<"normative_documents", "行政规范性文件", "normative documents"> {} normative_documents;

/// 第二十条第（一）项: 规章, 行政规范性文件 × 本年制发件数, 本年废止件数, 现行有效件数
inline constexpr struct item1 final
    : table_schema<"section2.1", "第二十条第（一）项", "Article 20 item 1", chapter::two,
                   dimension<no_total, regulations, normative_documents>{},
                   dimension<no_total, issued, repealed, in_force>{}> {} item1;

inline constexpr struct decisions final : column<"decisions", "本年处理决定数量", "decisions this year"> {} decisions;
inline constexpr struct licensing final : row<"licensing", "行政许可", "administrative licensing"> {} licensing;
/// 第二十条第（五）项: 行政许可 × 本年处理决定数量
inline constexpr struct item5 final
    : table_schema<"section2.5", "第二十条第（五）项", "Article 20 item 5", chapter::two,
                   dimension<no_total, licensing>{}, dimension<no_total, decisions>{}> {} item5;

inline constexpr struct penalties final : row<"penalties", "行政处罚", "administrative penalties"> {} penalties;
inline constexpr struct coercive_measures final : row<"coercive_measures", "行政强制", "administrative coercive measures"> {} coercive_measures;
/// 第二十条第（六）项: 行政处罚, 行政强制 × 本年处理决定数量
inline constexpr struct item6 final
    : table_schema<"section2.6", "第二十条第（六）项", "Article 20 item 6", chapter::two,
                   dimension<no_total, penalties, coercive_measures>{},
                   dimension<no_total, decisions>{}> {} item6;

inline constexpr struct amount_10k_yuan final : column<"amount_10k_yuan", "本年收费金额（单位：万元）", "fees collected this year (10,000 yuan)", value_kind::amount> {} amount_10k_yuan;
inline constexpr struct administrative_fees final : row<"administrative_fees", "行政事业性收费", "administrative fees"> {} administrative_fees;
/// 第二十条第（八）项: 行政事业性收费 × 本年收费金额（单位：万元）, an exact decimal amount
inline constexpr struct item8 final
    : table_schema<"section2.8", "第二十条第（八）项", "Article 20 item 8", chapter::two,
                   dimension<no_total, administrative_fees>{},
                   dimension<no_total, amount_10k_yuan>{}> {} item8;


using item1_t = std::remove_const_t<decltype(item1)>;
using item5_t = std::remove_const_t<decltype(item5)>;
using item6_t = std::remove_const_t<decltype(item6)>;
using item8_t = std::remove_const_t<decltype(item8)>;
static_assert(detail::well_formed_table<item1_t>());
static_assert(detail::well_formed_table<item5_t>());
static_assert(detail::well_formed_table<item6_t>());
static_assert(detail::well_formed_table<item8_t>());

}  // namespace xxgk::s2_2021

#endif
