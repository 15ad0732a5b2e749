// describe(): findings of validate and of the readers become self-contained diagnostics with
// keys, values, positions and one-line messages in Chinese and English.

#include "writer_reports.hpp"

#include <xxgk/across_years.hpp>
#include <xxgk/diagnostic.hpp>
#include <xxgk/rule.hpp>
#include <xxgk/source_finding.hpp>
#include <xxgk/validate.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

// Stops the test case when `cond` fails, also without exceptions (-fno-exceptions: doctest's
// REQUIRE then reports and carries on).
#include "test_support.hpp"

namespace {

namespace s2 = xxgk::s2_2021;
namespace s3 = xxgk::s3;
namespace s4 = xxgk::s4;

template <xxgk::Edition E>
std::vector<xxgk::diagnostic> describe_all(const xxgk::report<E>& r, const xxgk::options& o = {}) {
  return xxgk::describe(r, xxgk::validate(r, o));
}

/// The only diagnostic of `rule`; fails the test when there is not exactly one.
const xxgk::diagnostic& only(const std::vector<xxgk::diagnostic>& ds, std::string_view rule) {
  const auto n = std::count_if(ds.begin(), ds.end(), [&](const xxgk::diagnostic& d) { return d.rule == rule; });
  REQUIRE(n == 1);
  static const xxgk::diagnostic none{};
  if (n != 1) return none;
  return *std::find_if(ds.begin(), ds.end(), [&](const xxgk::diagnostic& d) { return d.rule == rule; });
}

}  // namespace

TEST_CASE("describe: S3.ROW names the total cell and gives published vs sum") {
  xxgk::report_2021 r = writer_tests::consistent_2021();
  r(s3::granted, s3::total) = xxgk::cell{32}.at({12, 40});  // 25 + 5 + 0 + 0 + 0 + 0 = 30
  const std::vector<xxgk::diagnostic> ds = describe_all(r);
  const xxgk::diagnostic& d = only(ds, "S3.ROW");
  CHECK(d.severity == xxgk::severity::error);
  CHECK(d.verdict == xxgk::verdict::failed);
  CHECK(d.table == "section3");
  CHECK(d.row == "granted");
  CHECK(d.column == "total");
  CHECK(d.expected == std::optional<std::string>("30"));
  CHECK(d.actual == std::optional<std::string>("32"));
  CHECK(d.kind == xxgk::value_kind::count);
  CHECK(d.line == 12);
  CHECK(d.col == 40);
  CHECK(d.raw == "32");
  CHECK(d.message_zh == "三、收到和处理政府信息公开申请情况 （一）予以公开 / 总计：总计 = 32，六类申请人之和 = 30");
  CHECK(d.message_en == "section3 granted / total: total = 32, but the sum of the six applicant columns = 30");
  CHECK(d.message(xxgk::language::en) == d.message_en);
  CHECK(d.message(xxgk::language::zh) == d.message_zh);
}

TEST_CASE("describe: S3.BALANCE names the column and gives both sides") {
  xxgk::report_2021 r = writer_tests::consistent_2021();
  r.set(s3::new_received, {51, 9, 0, 0, 0, 0, 60});
  const std::vector<xxgk::diagnostic> ds = describe_all(r);
  REQUIRE_OR_RETURN(ds.size() == 2);
  CHECK(ds[0].rule == "S3.BALANCE");
  CHECK(ds[0].column == "natural_person");
  CHECK(ds[0].expected == std::optional<std::string>("51"));  // 一 + 二
  CHECK(ds[0].actual == std::optional<std::string>("50"));    // （七）总计 + 四
  CHECK(ds[0].message_zh == "三、收到和处理政府信息公开申请情况 自然人列：一 + 二 = 51，（七）总计 + 四 = 50");
  CHECK(ds[1].message_zh == "三、收到和处理政府信息公开申请情况 总计列：一 + 二 = 60，（七）总计 + 四 = 59");
  CHECK(ds[1].message_en ==
        "section3 column total: new + carried over = 60, but total handled + carried forward = 59");
}

TEST_CASE("describe: S3.TOTAL and S4.TOTAL") {
  xxgk::report_2021 r = writer_tests::consistent_2021();
  r(s3::unable_not_held, s3::natural_person) = 8;
  r(s3::unable_not_held, s3::total) = 8;
  r.set(s4::litigation_after_reconsideration, {5, 0, 0, 0, 0});
  const std::vector<xxgk::diagnostic> ds = describe_all(r);
  REQUIRE_OR_RETURN(ds.size() == 3);
  CHECK(ds[0].rule == "S3.TOTAL");
  CHECK(ds[0].row == "outcome_total");
  CHECK(ds[0].column == "natural_person");
  CHECK(ds[0].message_zh == "三、收到和处理政府信息公开申请情况 （七）总计 / 自然人：（七）总计 = 47，"
                            "（一）+（二）+（三）至（六）各项之和 = 48");
  CHECK(ds[1].rule == "S3.TOTAL");
  CHECK(ds[1].column == "total");
  CHECK(ds[2].rule == "S4.TOTAL");
  CHECK(ds[2].row == "litigation_after_reconsideration");
  CHECK(ds[2].message_zh == "四、政府信息公开行政复议、行政诉讼情况 行政诉讼·复议后起诉 / 总计："
                            "总计 = 0，结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 5");
  CHECK(ds[2].message_en == "section4 litigation_after_reconsideration / total: "
                            "total = 0, but upheld + corrected + other + pending = 5");
}

TEST_CASE("describe: CELL.BLANK says whether the blank was counted as 0") {
  xxgk::report_2021 r = writer_tests::consistent_2021();
  r(s3::withheld_state_secret, s3::research) = xxgk::cell{xxgk::blank}.at({20, 3});
  r(s3::withheld_third_party, s3::other_organisation) = xxgk::marker::not_applicable;

  const std::vector<xxgk::diagnostic> counted = describe_all(r);
  REQUIRE_OR_RETURN(counted.size() == 2);
  CHECK(counted[0].rule == "CELL.BLANK");
  CHECK(counted[0].severity == xxgk::severity::warning);
  CHECK(counted[0].line == 20);
  CHECK(counted[0].raw.empty());
  CHECK(counted[0].message_zh == "三、收到和处理政府信息公开申请情况 （三）不予公开·1.属于国家秘密 / 法人或其他组织·科研机构：空白，按 0 计入核对");
  CHECK(counted[0].message_en == "section3 withheld_state_secret / research: left blank, counted as 0");
  CHECK(counted[1].raw == "不适用");
  CHECK(counted[1].message_zh == "三、收到和处理政府信息公开申请情况 （三）不予公开·4.保护第三方合法权益 / 法人或其他组织·其他：填写占位符“不适用”，按 0 计入核对");

  const std::vector<xxgk::diagnostic> strict = describe_all(r, {xxgk::blank_policy::not_assessable});
  const xxgk::diagnostic& blank = strict.front();
  CHECK(blank.rule == "CELL.BLANK");
  CHECK(blank.message_en ==
        "section3 withheld_state_secret / research: left blank, not counted as 0: identities over it are not assessable");
  // the identities over the blank are notes naming it
  const auto row = std::find_if(strict.begin(), strict.end(), [](const xxgk::diagnostic& d) {
    return d.rule == "S3.ROW" && d.row == "withheld_state_secret";
  });
  REQUIRE_OR_RETURN(row != strict.end());
  CHECK(row->verdict == xxgk::verdict::not_assessable);
  CHECK(row->severity == xxgk::severity::note);
  CHECK(row->line == 20);  // the total has no position: the blank's
  CHECK(row->message_zh == "三、收到和处理政府信息公开申请情况 （三）不予公开·1.属于国家秘密 / 总计：无法核对“总计 = 六类申请人之和”，"
                           "因为 （三）不予公开·1.属于国家秘密 / 法人或其他组织·科研机构 为空白，按设置不计为 0");
  CHECK(row->message_en == "section3 withheld_state_secret / total: not assessable (total = the sum of the six "
                           "applicant columns), because withheld_state_secret / research is blank, and blanks are "
                           "not counted as 0");
}

TEST_CASE("describe: not assessable because a cell is absent") {
  xxgk::report_2021 r = writer_tests::consistent_2021();
  r(s4::reconsideration, s4::pending) = xxgk::cell{};
  const std::vector<xxgk::diagnostic> ds = describe_all(r);
  const xxgk::diagnostic& d = only(ds, "S4.TOTAL");
  CHECK(d.verdict == xxgk::verdict::not_assessable);
  CHECK(!d.expected);
  CHECK(!d.actual);
  CHECK(d.message_zh == "四、政府信息公开行政复议、行政诉讼情况 行政复议 / 总计：无法核对“总计 = 结果维持 + 结果纠正 + "
                        "其他结果 + 尚未审结”，因为 行政复议 / 尚未审结 未公布或未能确定读取");
  CHECK(d.message_en == "section4 reconsideration / total: not assessable (total = upheld + corrected + other + "
                        "pending), because reconsideration / pending is absent (not published, or not read with certainty)");
}

TEST_CASE("describe: CELL.RANGE gives the value exactly, amounts as decimals") {
  xxgk::report_2021 r = writer_tests::consistent_2021();
  r(s2::administrative_fees, s2::amount_10k_yuan) = xxgk::decimal{-773028, 2};
  r(s2::licensing, s2::decisions) = -1;
  const std::vector<xxgk::diagnostic> ds = describe_all(r);
  REQUIRE_OR_RETURN(ds.size() == 2);
  CHECK(ds[0].rule == "CELL.RANGE");
  CHECK(ds[0].table == "section2.5");
  CHECK(ds[0].kind == xxgk::value_kind::count);
  CHECK(ds[0].actual == std::optional<std::string>("-1"));
  CHECK(!ds[0].expected);
  CHECK(ds[0].message_en == "section2.5 licensing / decisions: published -1, which is negative; counts are integers >= 0 "
                            "(edition 2019 change may be negative); amounts are >= 0");
  CHECK(ds[1].table == "section2.8");
  CHECK(ds[1].kind == xxgk::value_kind::amount);
  CHECK(ds[1].actual == std::optional<std::string>("-7730.28"));
  CHECK(ds[1].raw == "-7730.28");
  CHECK(ds[1].message_zh == "第二十条第（八）项 行政事业性收费 / 本年收费金额（单位：万元）：公布为 -7730.28，为负数；"
                            "件数为非负整数（2019 版本年增/减可为负），金额为非负数");
}

TEST_CASE("describe: edition 2019 and the single （六）其他处理 row") {
  xxgk::report_2019 r{};
  r.set(xxgk::s2_2019::licensing, {120, -3, xxgk::decimal{25, 1}});
  const std::vector<xxgk::diagnostic> ds = describe_all(r);
  REQUIRE_OR_RETURN(ds.size() == 1);  // the signed change is fine, 2.5 decisions is not
  CHECK(ds[0].column == "decisions");
  CHECK(ds[0].message_zh == "第二十条第（五）项 行政许可 / 处理决定数量：公布为 2.5，不是整数；"
                            "件数为非负整数（2019 版本年增/减可为负），金额为非负数");

  // a heading's own line is named alone, its items under it
  using rows = xxgk::s3::table_2021_t::rows;
  CHECK(xxgk::detail::describing::line_label<rows>(rows::index<decltype(xxgk::s3::other_handling)>) == "（六）其他处理");
  CHECK(xxgk::detail::describing::line_label<rows>(rows::index<decltype(xxgk::s3::other_misc)>) == "（六）其他处理·3.其他");
  CHECK(xxgk::detail::describing::line_label<rows>(rows::index<decltype(xxgk::s3::outcome_total)>) == "（七）总计");
  CHECK(xxgk::detail::describing::line_label<rows>(rows::index<decltype(xxgk::s3::granted)>) == "（一）予以公开");
}

TEST_CASE("describe: every identity of the catalogue has the form the messages split") {
  for (const xxgk::rule_info* rule : {&xxgk::rules::s3_row, &xxgk::rules::s3_total, &xxgk::rules::s3_balance,
                                      &xxgk::rules::s4_total}) {
    CAPTURE(rule->id);
    CHECK(xxgk::detail::describing::split_identity(rule->zh, "：").has_value());
    CHECK(xxgk::detail::describing::split_identity(rule->en, ": ").has_value());
  }
  CHECK(!xxgk::detail::describing::split_identity("no identity here", ": ").has_value());
}

TEST_CASE("describe: a reader's finding, named by label in Chinese and by key in English") {
  xxgk::source_finding f;
  f.rule = &xxgk::rules::fmt_label;
  f.severity = xxgk::severity::warning;
  f.pos = {43, 2};
  f.raw = "(二)部分公开（区分处理的，只计这一情况，不计其他情形）";
  f.canonical = xxgk::s3::partially_granted.label;
  f.table = "section3";
  f.row = "partially_granted";
  const xxgk::diagnostic d = xxgk::describe(f);
  CHECK(d.rule == "FMT.LABEL");
  CHECK(d.severity == xxgk::severity::warning);
  CHECK(d.line == 43);
  CHECK(d.col == 2);
  CHECK(d.table == "section3");
  CHECK(d.row == "partially_granted");
  CHECK(d.column.empty());
  CHECK(d.raw == f.raw);
  CHECK(d.message_zh == "标签与国家格式的规范文字不一致（已按规范标签识别）：三、收到和处理政府信息公开申请情况 "
                        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）：“(二)部分公开（区分处理的，只计这一情况，不计其他情形）”");
  CHECK(d.message_en == "a label differs from the official wording (recognised as the official label): section3 "
                        "partially_granted: \"(二)部分公开（区分处理的，只计这一情况，不计其他情形）\"; official wording "
                        "\"（二）部分公开（区分处理的，只计这一情形，不计其他情形）\"");
}

TEST_CASE("describe: reader findings about tables, edition-2019 keys, unknown keys, control characters") {
  xxgk::source_finding missing;
  missing.rule = &xxgk::rules::fmt_missing_table;
  missing.severity = xxgk::severity::warning;
  missing.table = "section4";
  CHECK(xxgk::describe(missing).message_zh == "未找到该表格：四、政府信息公开行政复议、行政诉讼情况");
  CHECK(xxgk::describe(missing).message_en == "a table of the edition was not found: section4");

  xxgk::source_finding procurement;  // a key only edition 2019 has
  procurement.rule = &xxgk::rules::fmt_missing_row;
  procurement.table = "section2.9";
  procurement.row = "procurement";
  procurement.column = "amount";
  CHECK(xxgk::describe(procurement).message_zh == "表格中未找到该行：第二十条第（九）项 政府集中采购 / 采购总金额");

  xxgk::source_finding unknown;
  unknown.rule = &xxgk::rules::input_json;
  unknown.table = "section9";
  unknown.row = "nothing";
  unknown.raw = "a\tb\nc";
  unknown.detail = "/section9: unknown key";
  const xxgk::diagnostic d = xxgk::describe(unknown);
  CHECK(d.message_en == "the JSON report cannot be read: section9 nothing: \"a b c\" (/section9: unknown key)");
  CHECK(d.message_zh.find('\n') == std::string::npos);
  CHECK(d.raw == "a\tb\nc");  // the field keeps the text as read

  const std::vector<xxgk::source_finding> both{missing, unknown};
  const std::vector<xxgk::diagnostic> ds = xxgk::describe(both);
  REQUIRE_OR_RETURN(ds.size() == 2);
  CHECK(ds[1].rule == "INPUT.JSON");
}

TEST_CASE("describe: a reader's error") {
  const xxgk::diagnostic empty = xxgk::describe(xxgk::error{"INPUT.EMPTY", "the input is empty", {}});
  CHECK(empty.rule == "INPUT.EMPTY");
  CHECK(empty.severity == xxgk::severity::error);
  CHECK(empty.message_zh == "输入为空");
  CHECK(empty.message_en == "the input is empty");

  const xxgk::diagnostic more =
      xxgk::describe(xxgk::error{"INPUT.NO_TABLES", "no table of the annual report was found: tables were images", {3, 1}});
  CHECK(more.line == 3);
  CHECK(more.message_zh == "未找到年度报告表格（tables were images）");
  CHECK(more.message_en == "no table of the annual report was found: tables were images");

  const xxgk::diagnostic unknown = xxgk::describe(xxgk::error{"X.NEW", "something new", {}});
  CHECK(unknown.message_zh == "something new");
}

TEST_CASE("describe: summarize counts severities") {
  const xxgk::report_2021 r = writer_tests::faulty_2021();
  const std::vector<xxgk::diagnostic> ds = describe_all(r);
  const xxgk::summary s = xxgk::summarize(ds);
  CHECK(s == xxgk::summary{4, 1, 2});
  CHECK(s.has_errors());
  CHECK(!xxgk::summarize({}).has_errors());
}

TEST_CASE("describe: a prose finding (TXT.*) carries both numbers and its verdict") {
  xxgk::source_finding f;
  f.rule = &xxgk::rules::txt_received;
  f.severity = xxgk::severity::note;
  f.verdict = xxgk::verdict::not_assessable;
  f.pos = {25, 8};
  f.raw = "本年度共受理政府信息公开申请 17 件。";
  f.table = "section3";
  f.row = "new_received";
  f.column = "total";
  f.has_values = true;
  f.expected = xxgk::decimal{95, 0};
  f.actual = xxgk::decimal{17, 0};
  f.detail = "uncertain: the prose states 17";
  const xxgk::diagnostic d = xxgk::describe(f);
  CHECK(d.verdict == xxgk::verdict::not_assessable);
  CHECK(d.severity == xxgk::severity::note);
  CHECK(d.expected == std::optional<std::string>("95"));
  CHECK(d.actual == std::optional<std::string>("17"));
  CHECK(d.message_zh == "正文所述收到（受理）申请数与表格不符：三、收到和处理政府信息公开申请情况 "
                        "一、本年新收政府信息公开申请数量 / 总计：“本年度共受理政府信息公开申请 17 件。”："
                        "正文为 17，表格为 95（uncertain: the prose states 17）");
  CHECK(d.message_en == "the number of requests received stated in the prose differs from the table: section3 "
                        "new_received / total: \"本年度共受理政府信息公开申请 17 件。\" (uncertain: the prose states 17)");
}

TEST_CASE("describe: checks across years name last year's cells in last year's report") {
  xxgk::report_2021 previous = writer_tests::consistent_2021();
  previous.year = 2022;
  previous(s2::normative_documents, s2::in_force) = 1;  // 1 + 0 issued - 0 repealed, but 2 now
  previous(s3::carried_forward, s3::commercial) = xxgk::cell{};
  xxgk::report_2021 current = writer_tests::consistent_2021();
  current(s3::carried_over, s3::natural_person) = xxgk::cell{0}.at({31, 5});

  const std::vector<xxgk::diagnostic> ds =
      xxgk::describe(current, previous, xxgk::validate_across_years(current, previous));
  REQUIRE_OR_RETURN(ds.size() == 4);  // X.CARRY 自然人 and 总计 (3 ≠ 0, 7 ≠ 0), 商业企业 not assessable; X.IN_FORCE
  CHECK(ds[0].rule == "X.CARRY");
  CHECK(ds[0].row == "carried_over");
  CHECK(ds[0].column == "natural_person");
  CHECK(ds[0].line == 31);
  CHECK(ds[0].expected == std::optional<std::string>("3"));
  CHECK(ds[0].actual == std::optional<std::string>("0"));
  CHECK(ds[0].message_zh == "三、收到和处理政府信息公开申请情况 二、上年结转政府信息公开申请数量 / 自然人："
                            "本年 二、上年结转 = 上年 四、结转下年度继续办理（每一列）；期望 3，公布为 0");
  CHECK(ds[1].verdict == xxgk::verdict::not_assessable);
  CHECK(ds[1].column == "commercial");
  CHECK(ds[1].message_zh == "三、收到和处理政府信息公开申请情况 二、上年结转政府信息公开申请数量 / 法人或其他组织·商业企业："
                            "无法核对“本年 二、上年结转 = 上年 四、结转下年度继续办理（每一列）”，因为 上年报告 "
                            "三、收到和处理政府信息公开申请情况 四、结转下年度继续办理 / 法人或其他组织·商业企业 未公布或未能确定读取");
  CHECK(ds[1].message_en.ends_with("because last year's section3 carried_forward / commercial is absent (not published, "
                                   "or not read with certainty)"));
  CHECK(ds[2].rule == "X.CARRY");
  CHECK(ds[2].column == "total");
  CHECK(ds[3].rule == "X.IN_FORCE");
  CHECK(ds[3].message_zh == "第二十条第（一）项 行政规范性文件 / 现行有效件数：现行有效 = 2，上年现行有效 + 本年制发 − 本年废止 = 1");

  // the same findings described against one report: last year's cells are named by no key
  const xxgk::diagnostic alone = xxgk::describe(current, xxgk::validate_across_years(current, previous)[1]);
  CHECK(alone.message_en.ends_with("because a cell is absent (not published, or not read with certainty)"));
}

TEST_CASE("describe: a finding about no cell (X.SERIES)") {
  xxgk::report_2021 previous = writer_tests::consistent_2021();
  previous.year = 2021;
  const xxgk::report_2021 current = writer_tests::consistent_2021();
  const std::vector<xxgk::diagnostic> ds =
      xxgk::describe(current, previous, xxgk::validate_across_years(current, previous));
  REQUIRE_OR_RETURN(ds.size() == 1);
  CHECK(ds[0].rule == "X.SERIES");
  CHECK(ds[0].table.empty());
  CHECK(ds[0].row.empty());
  CHECK(ds[0].line == 0);
  CHECK(ds[0].message_zh == "两份报告不是同一机关相邻年度的报告，无法逐年核对：期望 2022，实际为 2023");
  CHECK(ds[0].message_en == "the two reports are not the same agency's reports of consecutive years: expected 2022, found 2023");
}

TEST_CASE("describe: a finding that rests on inferred cells says so in both languages") {
  xxgk::report_2021 r = writer_tests::consistent_2021();
  // （四）1 read from run-together digits as 8 | … | 8 where 7 is published elsewhere: the row
  // adds up, its column does not (as in "S3.TOTAL and S4.TOTAL" above)
  r(s3::unable_not_held, s3::natural_person) = xxgk::cell{8}.as_inferred();
  r(s3::unable_not_held, s3::total) = xxgk::cell{8}.as_inferred().at({21, 9});
  const std::vector<xxgk::diagnostic> ds = describe_all(r);
  REQUIRE_OR_RETURN(ds.size() == 3);

  // the row was read with S3.ROW: not assessable, and the message says why, once
  CHECK(ds[0].rule == "S3.ROW");
  CHECK(ds[0].verdict == xxgk::verdict::not_assessable);
  CHECK(ds[0].severity == xxgk::severity::note);
  CHECK(ds[0].inferred);
  CHECK(ds[0].line == 21);
  CHECK(ds[0].message_zh == "三、收到和处理政府信息公开申请情况 （四）无法提供·1.本机关不掌握相关政府信息 / 总计："
                            "无法核对“总计 = 六类申请人之和”：该行数字是按此等式推定读取的（连写的数字拆分，或与标签分离的数字"
                            "对应到行），不能再用它核对该行");
  CHECK(ds[0].message_en == "section3 unable_not_held / total: not assessable (total = the sum of the six applicant "
                            "columns): the row was read with this identity (its digits split, or its numbers placed, "
                            "so that it holds), so it cannot check the row");

  // S3.TOTAL over the column of an inferred cell: failed, resting on the inferred reading
  CHECK(ds[1].rule == "S3.TOTAL");
  CHECK(ds[1].verdict == xxgk::verdict::failed);
  CHECK(ds[1].column == "natural_person");
  CHECK(ds[1].inferred);
  CHECK(ds[1].message_zh == "三、收到和处理政府信息公开申请情况 （七）总计 / 自然人：（七）总计 = 47，"
                            "（一）+（二）+（三）至（六）各项之和 = 48"
                            "（涉及推定值：原文数字连写、与标签分离或缺少空白单元格，按唯一相符的读法读取）");
  CHECK(ds[1].message_en == "section3 outcome_total / natural_person: (7) total = 47, but (1) + (2) + every item "
                            "of (3) to (6) = 48 (rests on inferred cells: digits that ran together, numbers apart "
                            "from their labels, or an empty cell lost, read the only way that fits)");
  CHECK(ds[2].column == "total");
  CHECK(ds[2].inferred);

  // without the marks, the same findings say nothing of inferred cells
  r(s3::unable_not_held, s3::natural_person) = 8;
  r(s3::unable_not_held, s3::total) = 8;
  for (const xxgk::diagnostic& d : describe_all(r)) {
    CHECK(!d.inferred);
    CHECK(d.message_zh.find("推定") == std::string::npos);
    CHECK(d.message_en.find("inferred") == std::string::npos);
  }
}

TEST_CASE("describe: an inferred number a message prints is marked") {
  xxgk::report_2021 r = writer_tests::consistent_2021();
  r(s3::outcome_total, s3::natural_person) = xxgk::cell{46}.as_inferred();  // 47 as published
  const std::vector<xxgk::diagnostic> ds = describe_all(r);
  REQUIRE_OR_RETURN(ds.size() == 3);  // S3.ROW of （七）, S3.TOTAL 自然人, S3.BALANCE 自然人
  // the published total of S3.ROW is a sum of the row: not marked; the inferred cell is in it
  CHECK(ds[0].rule == "S3.ROW");
  CHECK(ds[0].message_zh == "三、收到和处理政府信息公开申请情况 （七）总计 / 总计：总计 = 52，六类申请人之和 = 51"
                            "（涉及推定值：原文数字连写、与标签分离或缺少空白单元格，按唯一相符的读法读取）");
  // the total of S3.TOTAL is the inferred cell itself
  CHECK(ds[1].rule == "S3.TOTAL");
  CHECK(ds[1].message_zh == "三、收到和处理政府信息公开申请情况 （七）总计 / 自然人：（七）总计 = 46（推定），"
                            "（一）+（二）+（三）至（六）各项之和 = 47（涉及推定值：原文数字连写、与标签分离或缺少空白单元格，按唯一相符的读法读取）");
  CHECK(ds[1].message_en.starts_with("section3 outcome_total / natural_person: (7) total = 46 (inferred), but "));
  CHECK(ds[1].actual == std::optional<std::string>("46"));  // values stay numbers
  CHECK(ds[1].raw == "46");
  // a balance adds up cells on both sides: sums are never marked
  CHECK(ds[2].rule == "S3.BALANCE");
  CHECK(ds[2].inferred);
  CHECK(ds[2].message_zh == "三、收到和处理政府信息公开申请情况 自然人列：一 + 二 = 50，（七）总计 + 四 = 49"
                            "（涉及推定值：原文数字连写、与标签分离或缺少空白单元格，按唯一相符的读法读取）");

  // a cell's own finding (CELL.RANGE) over an inferred value
  xxgk::report_2021 negative = writer_tests::consistent_2021();
  negative(s2::licensing, s2::decisions) = xxgk::cell{-95}.as_inferred();
  const std::vector<xxgk::diagnostic> range = describe_all(negative);
  REQUIRE_OR_RETURN(range.size() == 1);
  CHECK(range[0].rule == "CELL.RANGE");
  CHECK(range[0].inferred);
  CHECK(range[0].message_en.starts_with("section2.5 licensing / decisions: published -95 (inferred), which is negative; "));
  CHECK(range[0].message_en.ends_with(" (rests on inferred cells: digits that ran together, numbers apart from their labels, or an empty cell lost, read the only way that fits)"));
}

TEST_CASE("describe: checks across years and prose findings over inferred cells say so") {
  xxgk::report_2021 previous = writer_tests::consistent_2021();
  previous.year = 2022;
  previous(s3::carried_forward, s3::natural_person) = xxgk::cell{3}.as_inferred();
  const xxgk::report_2021 current = writer_tests::consistent_2021();  // 二、上年结转 all 0
  const std::vector<xxgk::diagnostic> ds =
      xxgk::describe(current, previous, xxgk::validate_across_years(current, previous));
  REQUIRE_OR_RETURN(ds.size() == 3);  // X.CARRY 自然人 (3 ≠ 0, the inferred cell), 商业企业 (4 ≠ 0), 总计 (7 ≠ 0)
  CHECK(ds[0].rule == "X.CARRY");
  CHECK(ds[0].inferred);
  CHECK(ds[0].message_zh == "三、收到和处理政府信息公开申请情况 二、上年结转政府信息公开申请数量 / 自然人："
                            "本年 二、上年结转 = 上年 四、结转下年度继续办理（每一列）；期望 3（推定），公布为 0"
                            "（涉及推定值：原文数字连写、与标签分离或缺少空白单元格，按唯一相符的读法读取）");
  CHECK(ds[0].message_en.ends_with("; expected 3 (inferred), published 0 (rests on inferred cells: digits that ran "
                                   "together, numbers apart from their labels, or an empty cell lost, read the only way that fits)"));
  CHECK(ds[1].column == "commercial");
  CHECK(!ds[1].inferred);
  CHECK(ds[1].message_en.ends_with("; expected 4, published 0"));
  CHECK(ds[2].column == "total");
  CHECK(!ds[2].inferred);

  xxgk::source_finding prose;
  prose.rule = &xxgk::rules::txt_carried_forward;
  prose.severity = xxgk::severity::warning;
  prose.table = "section3";
  prose.row = "carried_forward";
  prose.column = "total";
  prose.has_values = true;
  prose.expected = xxgk::decimal{7, 0};
  prose.actual = xxgk::decimal{8, 0};
  const xxgk::diagnostic read = xxgk::describe(prose);
  CHECK(!read.inferred);
  CHECK(read.message_zh.find("推定") == std::string::npos);
  prose.inferred = true;
  const xxgk::diagnostic d = xxgk::describe(prose);
  CHECK(d.inferred);
  CHECK(d.message_zh == read.message_zh + "（涉及推定值：原文数字连写、与标签分离或缺少空白单元格，按唯一相符的读法读取）");
  CHECK(d.message_en == read.message_en +
                            " (rests on inferred cells: digits that ran together, numbers apart from their labels, or an empty cell lost, read the only way that fits)");
}

TEST_CASE("describe: messages are one line of valid UTF-8 whatever a source held") {
  xxgk::source_finding f;
  f.rule = &xxgk::rules::fmt_number;
  f.severity = xxgk::severity::error;
  f.raw = "12\xE4\xB8\n345\xFF";  // a character cut in two, a newline, a stray byte
  const xxgk::diagnostic d = xxgk::describe(f);
  CHECK(d.message_en == "a number too large to be represented exactly; kept as unreadable text: "
                        "\"12\xEF\xBF\xBD\xEF\xBF\xBD 345\xEF\xBF\xBD\"");  // each bad byte replaced
  CHECK(xxgk::detail::describing::valid_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
  CHECK(xxgk::detail::describing::valid_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  CHECK(xxgk::detail::describing::valid_utf8("三、\xF0\x9F\x98\x80") == "三、\xF0\x9F\x98\x80");
  const std::string long_text(100, 'x');
  CHECK(xxgk::detail::describing::one_line(long_text, 10) == "xxxxxxxxxx…");
  CHECK(xxgk::detail::describing::one_line("三四五", 4) == "三…");  // never cut inside a character
}
