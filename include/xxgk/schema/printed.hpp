#ifndef XXGK_SCHEMA_PRINTED_HPP
#define XXGK_SCHEMA_PRINTED_HPP

// Words the national format prints that are no row, column or table of the schema: the titles
// of the report's six chapters and the headings of chapters 二 and 三 (FORMAT.md). The reader
// looks for them, and the HTML writer prints them, from here. The titles of 三 and 四 are also
// the labels of their tables (static_asserts in schema/editions.hpp).

#include <array>
#include <string_view>

namespace xxgk::printed {

/// The titles of chapters 一 to 六, as 国办公开办函〔2021〕30号 prints them (2019: the same words).
inline constexpr std::array<std::string_view, 6> chapter_titles{
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
};

/// Chapter 二: the heading over the row labels of each table.
inline constexpr std::string_view content = "信息内容";
/// Chapter 三: the heading over the applicant columns.
inline constexpr std::string_view applicants = "申请人情况";
/// Chapter 三: the note printed in the table's corner, which states S3.BALANCE.
inline constexpr std::string_view balance_note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

}  // namespace xxgk::printed

#endif
