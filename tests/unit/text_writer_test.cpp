// Golden output of the text writer: a report with known faults, in Chinese and in English,
// line for line; then the ordering and formatting rules on their own.

#include "writer_reports.hpp"

#include <xxgk/diagnostic.hpp>
#include <xxgk/text_writer.hpp>
#include <xxgk/validate.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

namespace {

std::vector<xxgk::diagnostic> faulty_diagnostics() {
  const xxgk::report_2021 r = writer_tests::faulty_2021();
  return xxgk::describe(r, xxgk::validate(r));
}

xxgk::diagnostic at(std::uint32_t line, std::uint32_t col, std::string rule,
                    xxgk::severity s = xxgk::severity::warning) {
  xxgk::diagnostic d;
  d.rule = std::move(rule);
  d.severity = s;
  d.line = line;
  d.col = col;
  d.message_zh = "消息 " + d.rule;
  d.message_en = "message " + d.rule;
  return d;
}

}  // namespace

TEST_CASE("text_writer: golden output in Chinese") {
  const std::string expected =
      "faulty.txt:5:7: warning: [CELL.BLANK] 第二十条第（一）项 规章 / 本年废止件数：填写占位符“/”，按 0 计入核对\n"
      "faulty.txt:12:20: error: [CELL.RANGE] 三、收到和处理政府信息公开申请情况 （一）予以公开 / 法人或其他组织·商业企业："
      "填写的不是数字；件数为非负整数（2019 版本年增/减可为负），金额为非负数\n"
      "faulty.txt:12:20: note: [S3.TOTAL] 三、收到和处理政府信息公开申请情况 （七）总计 / 法人或其他组织·商业企业："
      "无法核对“（七）总计 = （一）+（二）+（三）至（六）各项之和”，因为 （一）予以公开 / 法人或其他组织·商业企业 填写的不是数字\n"
      "faulty.txt:12:40: note: [S3.ROW] 三、收到和处理政府信息公开申请情况 （一）予以公开 / 总计："
      "无法核对“总计 = 六类申请人之和”，因为 （一）予以公开 / 法人或其他组织·商业企业 填写的不是数字\n"
      "faulty.txt:30:21: error: [S4.TOTAL] 四、政府信息公开行政复议、行政诉讼情况 行政复议 / 总计："
      "总计 = 0，结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 11\n"
      "faulty.txt: error: [S3.BALANCE] 三、收到和处理政府信息公开申请情况 自然人列：一 + 二 = 51，（七）总计 + 四 = 50\n"
      "faulty.txt: error: [S3.BALANCE] 三、收到和处理政府信息公开申请情况 总计列：一 + 二 = 60，（七）总计 + 四 = 59\n"
      "faulty.txt: 4 个错误，1 个警告，2 个提示\n";
  const std::vector<xxgk::diagnostic> ds = faulty_diagnostics();
  CHECK(xxgk::to_text("faulty.txt", ds) == expected);
  CHECK(xxgk::to_text("faulty.txt", ds, xxgk::language::zh) == expected);
}

TEST_CASE("text_writer: golden output in English") {
  const std::string expected =
      "faulty.txt:5:7: warning: [CELL.BLANK] section2.1 regulations / repealed: filled with the marker \"/\", counted as 0\n"
      "faulty.txt:12:20: error: [CELL.RANGE] section3 granted / commercial: holds text that is no number; "
      "counts are integers >= 0 (edition 2019 change may be negative); amounts are >= 0\n"
      "faulty.txt:12:20: note: [S3.TOTAL] section3 outcome_total / commercial: not assessable "
      "((7) total = (1) + (2) + every item of (3) to (6)), because granted / commercial holds text that is no number\n"
      "faulty.txt:12:40: note: [S3.ROW] section3 granted / total: not assessable "
      "(total = the sum of the six applicant columns), because granted / commercial holds text that is no number\n"
      "faulty.txt:30:21: error: [S4.TOTAL] section4 reconsideration / total: "
      "total = 0, but upheld + corrected + other + pending = 11\n"
      "faulty.txt: error: [S3.BALANCE] section3 column natural_person: "
      "new + carried over = 51, but total handled + carried forward = 50\n"
      "faulty.txt: error: [S3.BALANCE] section3 column total: "
      "new + carried over = 60, but total handled + carried forward = 59\n"
      "faulty.txt: 4 errors, 1 warning, 2 notes\n";
  CHECK(xxgk::to_text("faulty.txt", faulty_diagnostics(), xxgk::language::en) == expected);
}

TEST_CASE("text_writer: write_text writes what to_text returns") {
  const std::vector<xxgk::diagnostic> ds = faulty_diagnostics();
  std::ostringstream out;
  xxgk::write_text(out, "a.txt", ds, xxgk::language::en);
  CHECK(out.str() == xxgk::to_text("a.txt", ds, xxgk::language::en));
}

TEST_CASE("text_writer: a consistent report prints only its summary") {
  const xxgk::report_2021 r = writer_tests::consistent_2021();
  const std::vector<xxgk::diagnostic> ds = xxgk::describe(r, xxgk::validate(r));
  CHECK(ds.empty());
  CHECK(xxgk::to_text("changchun-2023.txt", ds) == "changchun-2023.txt: 0 个错误，0 个警告\n");
  CHECK(xxgk::to_text("changchun-2023.txt", ds, xxgk::language::en) ==
        "changchun-2023.txt: 0 errors, 0 warnings\n");
}

TEST_CASE("text_writer: source order is line, then column, unknown last, stable") {
  const std::vector<xxgk::diagnostic> ds{at(0, 0, "A"), at(9, 0, "B"), at(3, 5, "C"), at(9, 2, "D"),
                                         at(3, 5, "E"), at(0, 0, "F"), at(3, 1, "G")};
  std::string order;
  for (const xxgk::diagnostic* d : xxgk::in_source_order(ds)) order += d->rule;
  CHECK(order == "GCEDBAF");
}

TEST_CASE("text_writer: one line per diagnostic, with as much position as is known") {
  CHECK(xxgk::format_diagnostic("r.txt", at(4, 9, "FMT.LABEL")) == "r.txt:4:9: warning: [FMT.LABEL] 消息 FMT.LABEL");
  CHECK(xxgk::format_diagnostic("r.txt", at(4, 0, "FMT.LABEL"), xxgk::language::en) ==
        "r.txt:4: warning: [FMT.LABEL] message FMT.LABEL");
  CHECK(xxgk::format_diagnostic("r.txt", at(0, 0, "S3.ROW", xxgk::severity::error), xxgk::language::en) ==
        "r.txt: error: [S3.ROW] message S3.ROW");
  xxgk::diagnostic no_rule = at(0, 0, "");
  CHECK(xxgk::format_diagnostic("r.txt", no_rule, xxgk::language::en) == "r.txt: warning: message ");
}

TEST_CASE("text_writer: summary lines count in both languages") {
  CHECK(xxgk::summary_line("f", {0, 2, 0}) == "f: 0 个错误，2 个警告");
  CHECK(xxgk::summary_line("f", {1, 1, 1}) == "f: 1 个错误，1 个警告，1 个提示");
  CHECK(xxgk::summary_line("f", {0, 2, 0}, xxgk::language::en) == "f: 0 errors, 2 warnings");
  CHECK(xxgk::summary_line("f", {1, 1, 1}, xxgk::language::en) == "f: 1 error, 1 warning, 1 note");
  CHECK(xxgk::summary_line("f", {3, 0, 2}, xxgk::language::en) == "f: 3 errors, 0 warnings, 2 notes");
}
