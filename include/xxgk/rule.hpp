#ifndef XXGK_RULE_HPP
#define XXGK_RULE_HPP

#include <xxgk/schema/table.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace xxgk {

/// How much a finding matters. Only `error` findings make a report fail its checks.
enum class severity : std::uint8_t { note, warning, error };

[[nodiscard]] constexpr std::string_view to_string(severity s) noexcept {
  switch (s) {
    case severity::note: return "note";
    case severity::warning: return "warning";
    case severity::error: return "error";
  }
  return "";
}

/// The outcome of one rule applied to one row, column, group or cell.
enum class verdict : std::uint8_t { passed, failed, not_assessable };

[[nodiscard]] constexpr std::string_view to_string(verdict v) noexcept {
  switch (v) {
    case verdict::passed: return "passed";
    case verdict::failed: return "failed";
    case verdict::not_assessable: return "not_assessable";
  }
  return "";
}

/// One entry of the rule catalogue. Rule ids are the public, stable names of the checks.
/// A user's own rule declares one of these too (see `Rule` in <xxgk/validate.hpp>).
struct rule_info {
  std::string_view id;        ///< e.g. "S3.ROW"
  xxgk::severity severity;    ///< severity of a failure
  std::string_view zh;        ///< the identity or condition, in Chinese
  std::string_view en;        ///< the same, in English
  std::string_view source;    ///< where the rule comes from
};

/// The built-in rules (FORMAT.md, "Identities"). Labels, docs and diagnostics read from here.
namespace rules {
inline constexpr rule_info s3_row{
    "S3.ROW", severity::error, "三、每一行：总计 = 六类申请人之和",
    "chapter 3, every row: total = the sum of the six applicant columns", "implied by the label 总计"};
inline constexpr rule_info s3_total{
    "S3.TOTAL", severity::error, "三、每一列：（七）总计 = （一）+（二）+（三）至（六）各项之和",
    "chapter 3, every column: (7) total = (1) + (2) + every item of (3) to (6)",
    "implied by the label 总计"};
inline constexpr rule_info s3_balance{
    "S3.BALANCE", severity::error, "三、每一列：一 + 二 = （七）总计 + 四",
    "chapter 3, every column: new + carried over = total handled + carried forward",
    "printed in the table: 第一项加第二项之和，等于第三项加第四项之和"};
inline constexpr rule_info s4_total{
    "S4.TOTAL", severity::error, "四、每一组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
    "chapter 4, every group: total = upheld + corrected + other + pending", "implied by the label 总计"};
inline constexpr rule_info cell_range{
    "CELL.RANGE", severity::error, "件数为非负整数（2019 版本年增/减可为负），金额为非负数",
    "counts are integers >= 0 (edition 2019 change may be negative); amounts are >= 0", "FORMAT.md"};
inline constexpr rule_info cell_blank{
    "CELL.BLANK", severity::warning, "单元格为空或填写占位符（/、-、—、无、不适用）",
    "a cell left blank or filled with a marker (/, -, —, 无, 不适用)",
    "real practice: 2019 reports often leave zeros blank"};

/// Checks across years: a report against the same agency's report of the year before.
inline constexpr rule_info x_carry{
    "X.CARRY", severity::error, "本年 二、上年结转 = 上年 四、结转下年度继续办理（每一列）",
    "this year's carried over = last year's carried forward, in every column", "reviewers' practice"};
inline constexpr rule_info x_in_force{
    "X.IN_FORCE", severity::warning, "2021 版 二（一）每一行：现行有效 = 上年现行有效 + 本年制发 − 本年废止",
    "edition 2021, each row of 2 (1): in force = last year's in force + issued - repealed",
    "reviewers' heuristic: amendments are counted differently"};
inline constexpr rule_info x_series{
    "X.SERIES", severity::warning, "两份报告不是同一机关相邻年度的报告，无法逐年核对",
    "the two reports are not the same agency's reports of consecutive years", "reviewers' practice"};

/// Checks of the numbers stated in the prose against the tables (warnings: prose is ambiguous).
inline constexpr rule_info txt_received{
    "TXT.RECEIVED", severity::warning, "正文所述收到（受理）申请数与表格不符",
    "the number of requests received stated in the prose differs from the table", "reviewers' practice"};
inline constexpr rule_info txt_carried_over{
    "TXT.CARRIED_OVER", severity::warning, "正文所述上年结转申请数与表格不符",
    "the number of requests carried over stated in the prose differs from the table", "reviewers' practice"};
inline constexpr rule_info txt_handled{
    "TXT.HANDLED", severity::warning, "正文所述办结（答复）申请数与表格不符",
    "the number of requests handled stated in the prose differs from the table", "reviewers' practice"};
inline constexpr rule_info txt_carried_forward{
    "TXT.CARRIED_FORWARD", severity::warning, "正文所述结转下年度申请数与表格不符",
    "the number of requests carried forward stated in the prose differs from the table", "reviewers' practice"};
inline constexpr rule_info txt_reconsideration{
    "TXT.RECONSIDERATION", severity::warning, "正文所述行政复议件数与表格不符",
    "the number of administrative reconsiderations stated in the prose differs from the table",
    "reviewers' practice"};
inline constexpr rule_info txt_litigation{
    "TXT.LITIGATION", severity::warning, "正文所述行政诉讼件数与表格不符",
    "the number of lawsuits stated in the prose differs from the table", "reviewers' practice"};

/// A suggestion beside the findings, not a check of its own (`explain`, <xxgk/explain.hpp>):
/// the one published number that, changed alone, would make failing identities hold.
inline constexpr rule_info explain_cell{
    "EXPLAIN.CELL", severity::note,
    "不成立的等式（同一表中相互关联的一组）都经过同一个公布的数字，只改这个数字即可使它们全部成立、且不破坏任何成立的等式：指出该数字及其应有值（几个数字都可以时逐一列出）；这是建议，原文数字不改动",
    "the failing identities of a table that share cells all pass through one published number, and "
    "changing it alone would make them all hold without breaking one that holds: that number and the "
    "value it would need (each such number, when there are several); a suggestion: the published "
    "number is kept",
    "reviewers' practice: the failing row and column cross at the wrong cell"};

/// Every built-in rule, in the order the README documents them.
inline constexpr std::array<const rule_info*, 6> catalogue{&s3_row,     &s3_total,   &s3_balance,
                                                           &s4_total,   &cell_range, &cell_blank};

/// The checks of prose against tables.
inline constexpr std::array<const rule_info*, 6> prose_catalogue{
    &txt_received, &txt_carried_over, &txt_handled, &txt_carried_forward, &txt_reconsideration, &txt_litigation};

/// The suggestions made beside the findings.
inline constexpr std::array<const rule_info*, 1> explain_catalogue{&explain_cell};

/// The checks across years.
inline constexpr std::array<const rule_info*, 3> across_years_catalogue{&x_carry, &x_in_force, &x_series};

/// Findings of the readers (text parser, JSON reader): the layout of the source (FMT.*) and
/// the bytes it came in (INPUT.*). Readers report; they never judge identities.
inline constexpr rule_info fmt_label{
    "FMT.LABEL", severity::warning, "标签与国家格式的规范文字不一致（已按规范标签识别）",
    "a label differs from the official wording (recognised as the official label)", "FORMAT.md"};
inline constexpr rule_info fmt_other_handling{
    "FMT.OTHER_HANDLING", severity::warning,
    "2021 版报告仍使用 2019 版的单行（六）其他处理，按（六）1–3 之和处理",
    "a 2021+ report prints the 2019 single row (6) other handling; it stands for the sum of (6) 1-3",
    "FORMAT.md"};
inline constexpr rule_info fmt_missing_table{
    "FMT.MISSING_TABLE", severity::warning, "未找到该表格", "a table of the edition was not found",
    "FORMAT.md"};
inline constexpr rule_info fmt_missing_row{
    "FMT.MISSING_ROW", severity::warning, "表格中未找到该行", "a row of the table was not found",
    "FORMAT.md"};
inline constexpr rule_info fmt_unreadable_row{
    "FMT.UNREADABLE_ROW", severity::warning, "该行数字无法确定地对应到各列，按未知处理",
    "the numbers of this row cannot be assigned to its columns with certainty; its cells are unknown",
    "never guess"};
inline constexpr rule_info fmt_inferred_row{
    "FMT.INFERRED_ROW", severity::warning,
    "该行数字连写在一起，仅有一种拆分成立（三、四：总计等于各项之和；二：无前导零），按此推定读取（推定值）",
    "the digits of this row run together; exactly one split fits (3, 4: its total the sum of its parts; "
    "2: no leading zeros), and its cells are read that way (inferred)",
    "FORMAT.md, Inferred cells"};
inline constexpr rule_info fmt_inferred_blank{
    "FMT.INFERRED_BLANK", severity::warning,
    "该行少一个数字；仅当各行缺少的空白单元格位于同一列时，其余各列的合计才等于各项之和，按此推定读取（推定值）",
    "this row holds one number fewer than its cells; only one column, left empty in such rows, makes every "
    "other column's totals the sums of their parts, and its cells are read that way (inferred)",
    "FORMAT.md, Inferred cells"};
inline constexpr rule_info fmt_row_by_position{
    "FMT.ROW_BY_POSITION", severity::warning,
    "该行标签与数字分离（PDF 转换），数字行按表格顺序对应到该行",
    "the label of this row was torn from its numbers (PDF conversion); a bare number row was placed "
    "here by its position in the table",
    "FORMAT.md, Real-world text"};
inline constexpr rule_info fmt_number{
    "FMT.NUMBER", severity::error, "数字超出 64 位整数范围，按无法读取的文字处理",
    "a number too large to be represented exactly; kept as unreadable text", "never a wrong number"};
inline constexpr rule_info fmt_edition{
    "FMT.EDITION", severity::warning, "表格格式版本与报告年度不符",
    "the edition of the tables does not match the year of the report", "FORMAT.md"};
inline constexpr rule_info fmt_title{
    "FMT.TITLE", severity::note, "未能从标题读出机关名称或年度",
    "the agency or the year could not be read from the title", "FORMAT.md"};
inline constexpr rule_info fmt_chapter{
    "FMT.CHAPTER", severity::warning, "缺少报告的一章（一至六）", "a chapter of the report (1 to 6) is missing",
    "条例 第五十条; FORMAT.md"};
inline constexpr rule_info fmt_empty_chapter{
    "FMT.EMPTY_CHAPTER", severity::warning, "五、存在的主要问题及改进情况 没有内容",
    "chapter 5 (problems and improvements) is empty", "条例 第五十条"};
inline constexpr rule_info fmt_year{
    "FMT.YEAR", severity::warning, "标题中的年度与报告的统计期限不一致",
    "the year in the title differs from the reporting period", "FORMAT.md"};
inline constexpr rule_info input_empty{
    "INPUT.EMPTY", severity::error, "输入为空", "the input is empty", "input"};
inline constexpr rule_info input_binary{
    "INPUT.BINARY", severity::error, "输入不是文本（含有二进制数据）",
    "the input is not text (it holds binary data)", "input"};
inline constexpr rule_info input_encoding{
    "INPUT.ENCODING", severity::error, "输入不是有效的 UTF-8", "the input is not valid UTF-8",
    "input"};
inline constexpr rule_info input_gbk{
    "INPUT.GBK", severity::error,
    "输入似为 GBK/GB18030 编码，但无法解码（含无效字节，或系统无 iconv），请先转换为 UTF-8：iconv -f GB18030 -t UTF-8",
    "the input looks like GBK/GB18030 but cannot be decoded (an invalid byte, or no iconv here); "
    "convert it to UTF-8 first: iconv -f GB18030 -t UTF-8",
    "input"};
inline constexpr rule_info input_decoded{
    "INPUT.DECODED", severity::note, "输入为 GBK/GB18030 编码，已转换为 UTF-8 读取",
    "the input is in GBK/GB18030; it was decoded to UTF-8", "input"};
inline constexpr rule_info input_no_tables{
    "INPUT.NO_TABLES", severity::error, "未找到年度报告表格", "no table of the annual report was found",
    "input"};
inline constexpr rule_info input_json{
    "INPUT.JSON", severity::error, "JSON 报告无法读取", "the JSON report cannot be read", "FORMAT.md"};
inline constexpr rule_info input_file{
    "INPUT.FILE", severity::error, "无法读取该文件", "the file cannot be read", "input"};

/// Every reader finding code.
inline constexpr std::array<const rule_info*, 22> reader_catalogue{
    &fmt_label,       &fmt_other_handling, &fmt_missing_table,   &fmt_missing_row, &fmt_unreadable_row,
    &fmt_inferred_row, &fmt_inferred_blank, &fmt_row_by_position, &fmt_number,     &fmt_edition,     &fmt_title,
    &fmt_chapter,     &fmt_empty_chapter,  &fmt_year,            &input_empty,     &input_binary,
    &input_encoding,  &input_gbk,          &input_decoded,       &input_no_tables, &input_json,
    &input_file};

/// Whether a table's totals and balance are checked, and by which rule (no pointer comparisons
/// in constant expressions: g++ with -fsanitize=undefined refuses them).
template <Table T>
inline constexpr bool has_across_total_rule = T::in_chapter == chapter::three || T::in_chapter == chapter::four;
template <Table T>
inline constexpr bool has_down_total_rule = T::in_chapter == chapter::three;
template <Table T>
inline constexpr bool has_balance_rule = T::in_chapter == chapter::three;

/// The rule that checks a table's total column against its other columns, if any.
template <Table T>
[[nodiscard]] constexpr const rule_info* across_total_rule() noexcept {
  if constexpr (T::in_chapter == chapter::three) return &s3_row;
  else if constexpr (T::in_chapter == chapter::four) return &s4_total;
  else return nullptr;
}
/// The rule that checks a table's total rows against the rows above them, if any.
template <Table T>
[[nodiscard]] constexpr const rule_info* down_total_rule() noexcept {
  if constexpr (T::in_chapter == chapter::three) return &s3_total;
  else return nullptr;
}
/// The rule that checks a table's balance identity, if it declares one.
template <Table T>
[[nodiscard]] constexpr const rule_info* balance_rule() noexcept {
  if constexpr (T::in_chapter == chapter::three) return &s3_balance;
  else return nullptr;
}
}  // namespace rules

}  // namespace xxgk

#endif
