// The text parser against real published reports (tests/data, copied byte for byte from the
// project's fixtures) and against bad input. Expected values come from the fixtures' hand-checked
// JSON, never from the parser's own output.

#include <xxgk/parse.hpp>
#include <xxgk/xxgk.hpp>

#include <doctest/doctest.h>

#include "report_rows.hpp"
#include "fixture_edits.hpp"
#include "test_support.hpp"
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

using xxgk_test::count_rule;
using xxgk_test::rows_of;

struct fixture_case {
  const char* name;
  std::size_t rows_read;  ///< rows the parser reads with certainty (pinned: a change is visible)
  bool year_stated;       ///< the title or the reporting period (统计期限为2024年1月1日至…) states the year
};

}  // namespace

TEST_CASE("parse: every number read from a real report is the published number") {
  // rows_read below the JSON's row count are rows the parser refuses to guess (see each file):
  // hantai's 规章 row has no label; pingtan's cells run together (rows read where exactly one split
  // adds up: not （一）, （四）1 and 行政规范性文件); the raw PDF text is scrambled.
  const fixture_case cases[] = {
      {"changchun-2023", 34, true},          {"excerpt-changchun-bureau-2023", 8, false},
      {"excerpt-changtu-2023", 8, true},     {"excerpt-hantai-2025", 8, true},
      {"excerpt-hanyuan-2020", 12, false},   {"excerpt-hongsheng-2021", 6, false},
      {"excerpt-huichang-2020", 8, true},    {"excerpt-jiulongpo-2022", 5, true},
      {"excerpt-longgang-2024", 16, true},  {"excerpt-wendeng-2022", 3, true},
      {"excerpt-yanan-2021", 6, true},       {"excerpt-yilong-2023", 6, true},
      {"huaian-2024", 34, true},             {"huaian-hongze-2023", 32, true},
      {"huaian-hongze-2024", 32, true},      {"huaian-hongze-2024-raw", 8, true},
      {"pingtan-2021", 33, true},             {"shuyang-2025", 34, true},
      {"suqian-2023-rerendered", 34, false}, {"suqian-2024-rerendered", 34, false},
      {"shuyang-fgj-2023", 34, true},
  };
  for (const fixture_case& c : cases) {
    const std::string base = c.name;
    CAPTURE(base);
    const std::string text = xxgk_test::read_data_file(base + (base == "shuyang-fgj-2023" ? ".html" : ".txt"));
    const auto expected = nlohmann::ordered_json::parse(xxgk_test::read_data_file(base + ".json"));
    const auto parsed = xxgk::parse(text);
    REQUIRE(parsed.has_value());
    CHECK(static_cast<int>(parsed->report.edition()) == std::stoi(expected["edition"].get<std::string>()));
    if (c.year_stated) CHECK(parsed->report.year() == expected["year"].get<int>());
    else CHECK(parsed->report.year() == 0);

    const auto got = rows_of(parsed->report);
    const auto want = rows_of(expected);
    for (const auto& entry : got) {
      const std::string& row = entry.first;
      CAPTURE(row);
      REQUIRE_MESSAGE(want.count(row) == 1, "the parser read a row the source does not have: " << row);
      CHECK(entry.second == want.at(row));
    }
    CHECK(got.size() == c.rows_read);
    // every row of the fixture that was not read is said to be missing or unreadable
    const auto& f = parsed->findings;
    const std::size_t said = count_rule(f, xxgk::rules::fmt_missing_row) + count_rule(f, xxgk::rules::fmt_unreadable_row) +
                             count_rule(f, xxgk::rules::fmt_missing_table);
    if (got.size() < want.size()) CHECK(said > 0);
  }
}

TEST_CASE("parse: changchun-2023 has only its label variants as findings, and passes validate") {
  const auto parsed = xxgk::parse(xxgk_test::read_data_file("changchun-2023.txt"));
  REQUIRE(parsed.has_value());
  std::vector<std::string> rows;
  for (const auto& f : parsed->findings) {
    CHECK(f.rule == &xxgk::rules::fmt_label);
    rows.emplace_back(f.row);
  }
  // half-width brackets, 只计这一情况, 三类内容事务信息
  CHECK(rows == std::vector<std::string>{"granted", "partially_granted", "withheld_internal_affairs", "outcome_total"});
  CHECK(parsed->findings[1].raw == "(二)部分公开（区分处理的，只计这一情况，不计其他情形）");
  CHECK(parsed->findings[1].canonical == xxgk::s3::partially_granted.label);
  CHECK(parsed->findings[2].pos == xxgk::source_pos{48, 3});
  const auto* r = parsed->report.get<xxgk::edition_2021_t>();
  REQUIRE(r != nullptr);
  CHECK(r->agency.view() == "长春市国动办");
  CHECK(xxgk::validate(*r).empty());
  // cells remember where they were read: line 40 is 一、本年新收… with 59 in the total column
  const xxgk::cell& total = (*r)(xxgk::s3::new_received, xxgk::s3::total);
  CHECK(total.value == xxgk::decimal{59, 0});
  CHECK(total.pos.line == 40);
}

TEST_CASE("parse: a real error is found where it is: huaian-hongze-2023 chapter 四 totals") {
  const auto parsed = xxgk::parse(xxgk_test::read_data_file("huaian-hongze-2023.txt"));
  REQUIRE(parsed.has_value());
  const auto* r = parsed->report.get<xxgk::edition_2021_t>();
  REQUIRE(r != nullptr);
  const auto findings = xxgk::validate(*r);
  REQUIRE(findings.count(xxgk::rules::s4_total) == 2);
  for (const auto& f : findings) {
    CHECK(f.rule == &xxgk::rules::s4_total);
    CHECK(f.verdict == xxgk::verdict::failed);
    CHECK(f.actual == xxgk::decimal{0, 0});  // the published total
    CHECK(f.expected.units > 0);             // the parts it should add up
    CHECK(f.pos.known());
  }
}

TEST_CASE("parse: a 2021+ report printed with the 2019 single （六）其他处理 row") {
  const auto parsed = xxgk::parse(xxgk_test::read_data_file("huaian-hongze-2024.txt"));
  REQUIRE(parsed.has_value());
  CHECK(count_rule(parsed->findings, xxgk::rules::fmt_other_handling) == 1);
  CHECK(count_rule(parsed->findings, xxgk::rules::fmt_missing_row) == 0);
  const auto* r = parsed->report.get<xxgk::edition_2021_t>();
  REQUIRE(r != nullptr);
  CHECK((*r)(xxgk::s3::other_handling, xxgk::s3::total).is_number());
  CHECK(!(*r)(xxgk::s3::other_misc, xxgk::s3::total).is_present());
  CHECK(xxgk::validate(*r).empty());  // S3.TOTAL adds the single row for the three items
}

TEST_CASE("parse: scrambled reading order is refused, not guessed") {
  const auto parsed = xxgk::parse(xxgk_test::read_data_file("huaian-hongze-2024-raw.txt"));
  REQUIRE(parsed.has_value());
  const auto* r = parsed->report.get<xxgk::edition_2021_t>();
  REQUIRE(r != nullptr);
  CHECK((*r)[xxgk::s3::table_2021].empty());
  bool said = false;
  for (const auto& f : parsed->findings)
    said |= f.rule == &xxgk::rules::fmt_unreadable_row && f.table == "section3" &&
            f.detail.find("scrambled") != std::string::npos;
  CHECK(said);
}

TEST_CASE("parse: crawler text, cells run together: split the one way the identity allows, marked inferred") {
  const auto parsed = xxgk::parse(xxgk_test::read_data_file("pingtan-2021.txt"));
  REQUIRE(parsed.has_value());
  const auto* r = parsed->report.get<xxgk::edition_2021_t>();
  REQUIRE(r != nullptr);
  namespace s3 = xxgk::s3;
  // a lone number glued to its label is read as printed, not inferred
  const xxgk::cell& licensing = (*r)(xxgk::s2_2021::licensing, xxgk::s2_2021::decisions);
  CHECK(licensing.value == xxgk::decimal{2293, 0});
  CHECK(!licensing.inferred);
  CHECK((*r)(xxgk::s2_2021::administrative_fees, xxgk::s2_2021::amount_10k_yuan).value ==
        *xxgk::decimal::parse("24252.311082"));
  // 640020470: only 64 | 0 | 0 | 2 | 0 | 4 | 70 makes the total the sum of the six
  const std::int64_t want[] = {64, 0, 0, 2, 0, 4, 70};
  for (std::size_t c = 0; c != 7; ++c) {
    const xxgk::cell& x = (*r)[s3::table_2021].at(0, c);
    CHECK(x.value == xxgk::decimal{want[c], 0});
    CHECK(x.inferred);
    CHECK(x.pos.line == 10);
  }
  // the positions are those of each number's first digit: 64 then 70 nine characters on
  CHECK((*r)(s3::new_received, s3::total).pos.column == (*r)(s3::new_received, s3::natural_person).pos.column + 7);
  // 270020130 has two readings that add up, 2 | 7 | 0 | 0 | 20 | 1 | 30 and 27 | 0 | 0 | 2 | 0 | 1 | 30:
  // only the second makes every column of 三 add up to （七）总计's (S3.TOTAL), and (一) is read so,
  // inferred (at 070e7e6 it stayed unknown, the readings listed)
  const std::int64_t granted[] = {27, 0, 0, 2, 0, 1, 30};
  for (std::size_t c = 0; c != 7; ++c) {
    CHECK((*r)[s3::table_2021].at(2, c).value == xxgk::decimal{granted[c], 0});
    CHECK((*r)[s3::table_2021].at(2, c).inferred);
  }
  bool chosen = false;
  for (const auto& f : parsed->findings)
    chosen |= f.rule == &xxgk::rules::fmt_inferred_row && f.row == "granted" &&
              f.detail.find("of its 2 splits whose totals are the sums of their parts, the only one with which every "
                            "column's totals are too") != std::string::npos;
  CHECK(chosen);
  // and （四）1.本机关不掌握 220000325, 2 | 20 | 0 | 0 | 0 | 3 | 25 or 22 | 0 | 0 | 0 | 0 | 3 | 25, in the
  // same choice: the second
  CHECK((*r)(s3::unable_not_held, s3::natural_person).value == xxgk::decimal{22, 0});
  CHECK((*r)(s3::unable_not_held, s3::commercial).value == xxgk::decimal{0, 0});
  for (const auto& f : parsed->findings) CHECK(!(f.rule == &xxgk::rules::fmt_unreadable_row && f.table == "section3"));
  // chapter 四 by group: 10203 | 1200012 | 00000
  CHECK((*r)(xxgk::s4::litigation_direct, xxgk::s4::upheld).value == xxgk::decimal{12, 0});
  CHECK((*r)(xxgk::s4::litigation_direct, xxgk::s4::upheld).inferred);
  CHECK(count_rule(parsed->findings, xxgk::rules::fmt_inferred_row) == 25 + 1 + 1);  // 三, 四, 规章 000
  // S3.ROW and S4.TOTAL cannot check the rows they read; S3.TOTAL and S3.BALANCE do, and say
  // that they rest on inferred cells; the report is consistent where it could be read
  const auto findings = xxgk::validate(*r);
  CHECK(!findings.has_errors());
  std::size_t by_reading = 0;
  for (const auto& f : findings) {
    if (f.reason == xxgk::reason::inferred_reading) {
      ++by_reading;
      CHECK(f.verdict == xxgk::verdict::not_assessable);
      CHECK((f.rule == &xxgk::rules::s3_row || f.rule == &xxgk::rules::s4_total));
      CHECK(f.inferred);
    }
  }
  CHECK(by_reading == 25 + 3);  // 25 rows of 三 read by their split, 3 groups of 四
}

TEST_CASE("parse: crawler text whose digits admit no reading is an S3.ROW error; a blank may have collapsed") {
  std::string text = xxgk_test::read_data_file("pingtan-2021.txt");
  const std::size_t at = text.find("申请数量640020470");
  REQUIRE(at != std::string::npos);
  SUBCASE("no split of 640020471 adds up") {
    text.replace(at, std::string("申请数量640020470").size(), "申请数量640020471");
    const auto parsed = xxgk::parse(text);
    REQUIRE(parsed.has_value());
    std::size_t errors = 0;
    for (const auto& f : parsed->findings) {
      if (f.rule != &xxgk::rules::s3_row) continue;
      ++errors;
      CHECK(f.severity == xxgk::severity::error);
      CHECK(f.row == "new_received");
      CHECK(f.detail.find("no reading of 640020471 adds up") == 0);
    }
    CHECK(errors == 1);
    const auto* r = parsed->report.get<xxgk::edition_2021_t>();
    REQUIRE(r != nullptr);
    CHECK(!(*r)(xxgk::s3::new_received, xxgk::s3::total).is_present());
  }
  SUBCASE("fewer digits than columns is no error: the row stays unread") {
    text.replace(at, std::string("申请数量640020470").size(), "申请数量64470");
    const auto parsed = xxgk::parse(text);
    REQUIRE(parsed.has_value());
    CHECK(count_rule(parsed->findings, xxgk::rules::s3_row) == 0);
    const auto* r = parsed->report.get<xxgk::edition_2021_t>();
    REQUIRE(r != nullptr);
    CHECK(!(*r)(xxgk::s3::new_received, xxgk::s3::total).is_present());
  }
  SUBCASE("separated numbers in a layout with separators are never split") {
    const auto parsed = xxgk::parse(
        "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 12 0 0 0 0 12\n"
        "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n");
    REQUIRE(parsed.has_value());
    CHECK(count_rule(parsed->findings, xxgk::rules::s3_row) == 0);
    CHECK(count_rule(parsed->findings, xxgk::rules::fmt_inferred_row) == 0);
  }
}

TEST_CASE("parse: tables that were images give a clear error") {
  for (const std::string name : {"excerpt-futian-2021.txt", "excerpt-gongxian-2020.txt"}) {
    CAPTURE(name);
    const auto parsed = xxgk::parse(xxgk_test::read_data_file(name));
    REQUIRE(!parsed.has_value());
    CHECK(parsed.error().code == "INPUT.NO_TABLES");
  }
}

TEST_CASE("parse: a truncated report says what is missing and validates what is there") {
  std::string text = xxgk_test::read_data_file("changchun-2023.txt");
  text = text.substr(0, text.find("7.属于行政执法案卷"));
  const auto parsed = xxgk::parse(text);
  REQUIRE(parsed.has_value());
  std::vector<std::string> missing;
  for (const auto& f : parsed->findings)
    if (f.rule == &xxgk::rules::fmt_missing_row) missing.emplace_back(f.row);
  CHECK(missing.size() == 15);  // 7. … 四、结转下年度继续办理 (the hybrid row is optional)
  CHECK(missing.front() == "withheld_enforcement_file");
  CHECK(missing.back() == "carried_forward");
  CHECK(count_rule(parsed->findings, xxgk::rules::fmt_missing_table) == 1);  // chapter 四
  const auto* r = parsed->report.get<xxgk::edition_2021_t>();
  REQUIRE(r != nullptr);
  const auto findings = xxgk::validate(*r);
  CHECK(!findings.has_errors());
  CHECK(findings.count(xxgk::rules::s3_row) == 0);  // the rows that are there are consistent
  CHECK(findings.count(xxgk::rules::s3_total) == 7);  // not assessable: （七）总计 is missing
}

TEST_CASE("parse: blanks, markers, full-width digits, separators, units and signs") {
  const std::string text =
      "某局2023年政府信息公开工作年度报告\n"
      "二、主动公开政府信息情况\n"
      "第二十条第（一）项\n"
      "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
      "规章\t１２\t/\t1,234\n"
      "行政规范性文件\t3\t\t5\n"
      "第二十条第（八）项\n"
      "信息内容\t本年收费金额（单位：万元）\n"
      "行政事业性收费\t7730.28万元\n";
  const auto parsed = xxgk::parse(text);
  REQUIRE(parsed.has_value());
  const auto* r = parsed->report.get<xxgk::edition_2021_t>();
  REQUIRE(r != nullptr);
  CHECK(r->year == 2023);
  CHECK(r->agency.view() == "某局");
  using namespace xxgk::s2_2021;
  CHECK((*r)(regulations, issued).value == xxgk::decimal{12, 0});
  CHECK((*r)(regulations, repealed).state == xxgk::cell_state::marker);
  CHECK((*r)(regulations, repealed).mark == xxgk::marker::slash);
  CHECK((*r)(regulations, in_force).value == xxgk::decimal{1234, 0});
  CHECK((*r)(normative_documents, repealed).state == xxgk::cell_state::blank);
  CHECK((*r)(normative_documents, repealed).pos == xxgk::source_pos{6, 11});
  CHECK((*r)(administrative_fees, amount_10k_yuan).value == xxgk::decimal{773028, 2});
  const auto findings = xxgk::validate(*r);
  CHECK(findings.count(xxgk::rules::cell_blank) == 2);

  const std::string y2019 =
      "某县2020年政府信息公开工作年度报告\n"
      "第二十条第（五）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n"
      "行政许可\t10\t+1036\t5\n其他对外管理服务事项\t3\t-3\t0\n";
  const auto p19 = xxgk::parse(y2019);
  REQUIRE(p19.has_value());
  const auto* r19 = p19->report.get<xxgk::edition_2019_t>();
  REQUIRE(r19 != nullptr);
  CHECK((*r19)(xxgk::s2_2019::licensing, xxgk::s2_2019::change).value == xxgk::decimal{1036, 0});
  CHECK((*r19)(xxgk::s2_2019::other_services, xxgk::s2_2019::change).value == xxgk::decimal{-3, 0});
  // the edition-2019 report read from one table of 某县's 2020 report
  const auto read_2019 = [](const std::string& table) {
    const auto p = xxgk::parse("某县2020年政府信息公开工作年度报告\n" + table);
    REQUIRE(p.has_value());
    const auto* read19 = p->report.get<xxgk::edition_2019_t>();
    REQUIRE(read19 != nullptr);
    return *read19;
  };
  // procurement's items and amount, from its row (\t between the header's cells)
  const auto procurement = [&](const std::string& row) {
    const auto read19 = read_2019("第二十条第（九）项\n信息内容\t采购项目数量\t采购总金额\n" + row + "\n");
    return std::pair{read19(xxgk::s2_2019::procurement, xxgk::s2_2019::items).value,
                     read19(xxgk::s2_2019::procurement, xxgk::s2_2019::amount).value};
  };
  // items counted in 笔 (a real page: `政府集中采购 2笔 984361元`), and in 批次 (a real page:
  // `31批次`), not read as 批 left over from 次
  const auto [items_bi, amount_bi] = procurement("政府集中采购 2笔 984361元");
  CHECK(items_bi == xxgk::decimal{2, 0});
  CHECK(amount_bi == xxgk::decimal{984361, 0});
  const auto [items_batches, amount_batches] = procurement("政府集中采购\t31批次\t709455.9元");
  CHECK(items_batches == xxgk::decimal{31, 0});
  CHECK(amount_batches == xxgk::decimal{7094559, 1});
  CHECK(!xxgk::validate(*r19).has_errors());
  // a count's unit in parentheses, ASCII or full width (a real page: `16368(件)`; unread at 3b7b8e5)
  for (const std::string unit : {"(件)", "（件）"}) {
    CAPTURE(unit);
    const auto read_cell = read_2019("第二十条第（五）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政许可\t18\t-2\t16368" +
                                     unit + "\n")(xxgk::s2_2019::licensing, xxgk::s2_2019::decisions);
    CHECK(read_cell.value == xxgk::decimal{16368, 0});
  }

  // the change written in words: 增/增加 a plus, 减/减少 a minus (a real page writes `减4`);
  // nothing else after them, and no sign of its own, or the cell is text
  const auto change_of = [&](const std::string& cell) {
    return read_2019("第二十条第（五）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政许可\t6\t" + cell +
                     "\t2\n")(xxgk::s2_2019::licensing, xxgk::s2_2019::change);
  };
  CHECK(change_of("减4").value == xxgk::decimal{-4, 0});
  CHECK(change_of("减少4").value == xxgk::decimal{-4, 0});
  CHECK(change_of("增12").value == xxgk::decimal{12, 0});
  CHECK(change_of("增加１２").value == xxgk::decimal{12, 0});
  CHECK(change_of("减4项").value == xxgk::decimal{-4, 0});
  for (const char* words : {"减", "增加", "减-4", "减+4", "增加了4", "减4x", "增长4"}) {
    CAPTURE(words);
    CHECK(change_of(words).state != xxgk::cell_state::number);
  }
}

TEST_CASE("parse: the title's agency and year, in a title or in the sentence that names the report") {
  const std::string tables =
      "\n一、总体情况\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
      "规章\t1\t2\t3\n";
  const auto title_of = [&](const std::string& first_line) {
    const auto p = xxgk::parse(first_line + tables);
    REQUIRE(p.has_value());
    const auto* r = p->report.get<xxgk::edition_2021_t>();
    REQUIRE(r != nullptr);
    return std::pair{std::string(r->agency.view()), r->year};
  };
  using title = std::pair<std::string, int>;
  CHECK(title_of("某市某局2023年政府信息公开工作年度报告") == title{"某市某局", 2023});
  // the year first (a real page: 2019年上海市人民政府办公厅政府信息公开工作年度报告)
  CHECK(title_of("2019年上海市人民政府办公厅政府信息公开工作年度报告") == title{"上海市人民政府办公厅", 2019});
  CHECK(title_of("2021年度某县教育局政府信息公开工作年度报告") == title{"某县教育局", 2021});
  // the year in Chinese numerals (at a4d6941 no year, and the numerals taken for the agency)
  CHECK(title_of("淮安市人民政府二〇二四年政府信息公开工作年度报告") == title{"淮安市人民政府", 2024});
  CHECK(title_of("某县教育局二零二三年度政府信息公开工作年度报告") == title{"某县教育局", 2023});
  CHECK(title_of("二○二二年某市某局政府信息公开工作年度报告") == title{"某市某局", 2022});
  // five numerals, or a year no report has, are no year
  CHECK(title_of("某县一二〇二四年政府信息公开工作年度报告").second == 0);
  CHECK(title_of("某县三〇二四年政府信息公开工作年度报告").second == 0);
  // a page whose title the crawl lost: the sentence that names the report (real pages' words)
  CHECK(title_of("根据《中华人民共和国政府信息公开条例》的有关规定,现向社会公布2021年石家庄市教育局政府信息公开工作年度报告。") ==
        title{"石家庄市教育局", 2021});
  CHECK(title_of("根据《中华人民共和国政府信息公开条例》的要求,特向社会公布益阳高新区市场监督管理局2020年度政府信息公开工作年度报告。") ==
        title{"益阳高新区市场监督管理局", 2020});
  CHECK(title_of("根据有关规定,现公布某市机构编制委员会办公室2022年政府信息公开工作年度报告。") ==
        title{"某市机构编制委员会办公室", 2022});
  // the words inside a document's name, or followed by what is done with the report: no agency
  // (at 665b29e: `根据《中华人民共和国政府信息公开条例》…和《…`, and `做好`)
  CHECK(title_of("根据《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》要求,编制本报告。")
            .first.empty());
  CHECK(title_of("按照上级要求:做好 2023 年政府信息公开工作年度报告编制发布等工作,现编制本报告。") == title{"", 2023});
  // who compiles it, before 编制 (a real page); a pronoun names no agency (real pages: `本单位`,
  // `本镇`, read as agencies at 0111168)
  CHECK(title_of("根据《中华人民共和国政府信息公开条例》的要求,绍兴市越城区东湖街道特编制2023年政府信息公开年度报告。") ==
        title{"绍兴市越城区东湖街道", 2023});
  CHECK(title_of("本年报是根据《中华人民共和国政府信息公开条例》要求,由南京市浦口区教育局办公室编制的2024年度政府信息公开工作年度报告。") ==
        title{"南京市浦口区教育局办公室", 2024});
  CHECK(title_of("精心组织。现向社会公布2022年度本单位政府信息公开工作年度报告。") == title{"", 2022});
  CHECK(title_of("有关文件要求。特向社会公布2021年度本镇政府信息公开年度报告。") == title{"", 2021});
  // the title in a script's string (a real page's source: `let content = "<p …>2019年上海市…`):
  // nothing before the year names an agency (at 14b8ce1 it was `"`), so the name after it does
  CHECK(title_of("let content = \"2019年上海市人民政府办公厅政府信息公开工作年度报告") ==
        title{"上海市人民政府办公厅", 2019});
  // a title in a cell after a field's name and a bar, its year with no 年 (a real page; at
  // 4d1373e `|||标题|西藏自治区政府国资委2020`, no year), and a markdown table's (`|淮安市人民政府`)
  CHECK(title_of("标 题 | 西藏自治区政府国资委2020政府信息公开工作年度报告 | ||") == title{"西藏自治区政府国资委", 2020});
  CHECK(title_of("标题：| 淮安市人民政府2024年政府信息公开工作年度报告  ") == title{"淮安市人民政府", 2024});
  // a chapter's heading on the line above a sentence that names no agency is none (a real page:
  // `一、總體情況`, read as `总体情况` at 4d1373e)
  CHECK(title_of("一、总体情况\n根据《条例》规定,向社会公布2021年本级政府信息公开工作年度报告。") == title{"", 2021});
  // a flipbook's page before the title, and a sentence's 的 before the year (real pages; at
  // 104337c `Page8-威海市文登区信访局` (the fixture excerpt-wendeng-2022 too), `…审计局的`)
  CHECK(title_of("Page 8 - 威海市文登区信访局2022年政府信息公开工作年度报告") == title{"威海市文登区信访局", 2022});
  CHECK(title_of("P. 4 淮安市人民政府2024年政府信息公开工作年度报告") == title{"淮安市人民政府", 2024});
  // no 年度报告 names the report (one names last year's, in a sentence): its 政府信息公开工作报告 does
  // (real pages; at 104337c the year was 2020, and a false FMT.EDITION followed)
  CHECK(title_of("根据《条例》,现将2021年度镇远县林业局政府信息公开工作报告如下:\n1、我局撰写了《2020年镇远县林业局"
                 "政府信息公开工作年度报告》,并于2021年2月1日发布。") == title{"镇远县林业局", 2021});
  CHECK(title_of("根据通知的要求,现公开锡山区东北塘街道2019年度政府信息公开工作报告") == title{"锡山区东北塘街道", 2019});
  CHECK(title_of("襄阳市统计局2022年度政府信息公开工作报告") == title{"襄阳市统计局", 2022});
  CHECK(title_of("根据《条例》的要求，特向社会公布益阳市大通湖区审计局的2023年政府信息公开工作年度报告。") ==
        title{"益阳市大通湖区审计局", 2023});
  // 年度 and 工作 swapped in the title, and last year's report among the documents published
  // (a real page; at 3b7b8e5 the agency was 上年度); a time names no agency
  CHECK(title_of("长桥乡2019年政府信息公开年度工作报告\n2019年我乡公开信息57条:上年度政府信息公开年度报告1条。") ==
        title{"长桥乡", 2019});
  CHECK(title_of("2019年我乡公开信息57条:上年度政府信息公开年度报告1条。").first.empty());
  // no title: the reporting period's year
  CHECK(title_of("本报告中所列数据的统计期限为2020年1月1日至2020年12月31日。") == title{"", 2020});
  CHECK(title_of("福田区工业和信息化局政府信息公开工作年度报告\n报告所列数据的统计时间为2023年1月1日至2023年12月31日止。") ==
        title{"福田区工业和信息化局", 2023});
  // a site's breadcrumb that names the report above its title (a real page; at 3b7b8e5 the
  // agency was `首页>政府部门>区经济信息化和科技创新局>`, no year)
  CHECK(title_of("当前位置:首页 > 政府部门 > 区经济信息化和科技创新局 > 政府信息公开工作年度报告\n"
                 "洪山区经济信息化和科技创新局2025年政府信息公开工作年度报告") ==
        title{"洪山区经济信息化和科技创新局", 2025});
  // the report named in other words, where no 政府信息公开 title names it (a real page: `桃园开发区管委会
  // 2023年信息公开工作年度报告`, no agency nor year at 1c41a37), also across a line break
  CHECK(title_of("桃园开发区管委会2023年信息公开工作年度报告") == title{"桃园开发区管委会", 2023});
  CHECK(title_of("某县教育局2023年政务公开工作年度报告") == title{"某县教育局", 2023});
  CHECK(title_of("2022年某县教育局政务公开工作年度报告") == title{"某县教育局", 2022});
  CHECK(title_of("某县教育局2024年度政务信息\n公开工作年度报告") == title{"某县教育局", 2024});
  CHECK(title_of("根据《政府信息公开工作年度报告格式》,编制某县教育局2023年政务公开工作年度报告。") ==
        title{"某县教育局", 2023});
  // the year alone on the line above (pdftotext's blocks of a printed page, the real page
  // html-shanghai-office-2019: at 1c41a37 the agency was `年上海市人民政府办公厅`), and the title
  // spaced out (pdf.js's items joined with spaces: `上海市人民政府办公厅政府` at ddbc8e0)
  CHECK(title_of("2019\n\n年上海市人民政府办公厅政府信息公开工作年度报告") == title{"上海市人民政府办公厅", 2019});
  CHECK(title_of("2019 年 上 海 市 人 民 政 府 办 公 厅 政 府 信 息 公 开 工 作 年度 报 告 ") ==
        title{"上海市人民政府办公厅", 2019});
  CHECK(title_of("年上海市人民政府办公厅政府信息公开工作年度报告").first == "上海市人民政府办公厅");
  // the title's 政府 is also the name's (at 1c41a37: `某县人民`)
  CHECK(title_of("2023年某县人民政府信息公开工作年度报告") == title{"某县人民政府", 2023});
  // the other words inside a document's name name no report
  CHECK(title_of("根据《关于做好政务公开工作年度报告的通知》要求编制。").first.empty());
}

TEST_CASE("parse: chapter 二's （一） table under the other edition's columns is unread") {
  // a real 2021 report (黑河市气象局, survey page survF/12) that kept 2019's header over 规章 and
  // 规范性文件 (`本年新 | 本年新 | 对外公开总数量`), its other tables 2021's: 本年新公开数量 is no
  // 本年废止件数. At 3b7b8e5 its numbers were read as the 2021 columns'
  const auto text = [](std::string_view header) {
    return "某局2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项 | ||||\n信息内容 | " +
           std::string(header) + " | |\n规章 | 1 | 2 | 3 | |\n规范性文件 | 4 | 5 | 6 | |\n第二十条第(五)项 | ||||\n"
           "信息内容 | 本年处理决定数量 | |||\n行政许可 | 7 | |||\n第二十条第(八)项 | ||||\n"
           "信息内容 | 本年收费金额(单位:万元) | |||\n行政事业性收费 | 0 |\n";
  };
  const auto old_header = xxgk::parse(text("本年新 | 本年新 | 对外公开总数量"));
  REQUIRE_OR_RETURN(old_header.has_value());
  REQUIRE(old_header->report.edition() == xxgk::edition::y2021);
  const auto got = rows_of(old_header->report);
  CHECK(got.count("section2/regulations") == 0);
  CHECK(got.count("section2/normative_documents") == 0);
  CHECK(std::any_of(old_header->findings.begin(), old_header->findings.end(), [](const xxgk::source_finding& f) {
    return f.rule == &xxgk::rules::fmt_unreadable_row && f.row == "regulations" &&
           f.detail.find("edition 2019's columns") != std::string::npos;
  }));
  CHECK(got.count("section2/licensing") == 1);
  // the edition's own columns: read
  const auto own_header = xxgk::parse(text("本年制发件数 | 本年废止件数 | 现行有效件数"));
  REQUIRE_OR_RETURN(own_header.has_value());
  const auto own = rows_of(own_header->report);
  REQUIRE(own.count("section2/regulations") == 1);
  CHECK(own.at("section2/regulations") == std::vector<std::string>{"1", "2", "3"});
}

TEST_CASE("parse: edition 2021's fee written in 元 is not the 万元 its column holds: unread, never converted") {
  // a real page's header (`本年收费金额(单位:元)`, the crawl's excerpt-row-openers-… family) and
  // cells with their unit; at 14b8ce1 `2792220.8元` was read as 2792220.8 万元
  const auto fee_of = [](const std::string& header, const std::string& cell) {
    const std::string text = "某局2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（八）项\n信息内容\t" +
                             header + "\n行政事业性收费\t" + cell + "\n";
    const auto parsed = xxgk::parse(text);
    REQUIRE(parsed.has_value());
    const auto* r = parsed->report.get<xxgk::edition_2021_t>();
    REQUIRE(r != nullptr);
    const bool said = std::any_of(parsed->findings.begin(), parsed->findings.end(), [](const xxgk::source_finding& f) {
      return f.rule == &xxgk::rules::fmt_unreadable_row && f.row == "administrative_fees" &&
             f.detail.find("万元") != std::string::npos;
    });
    const xxgk::cell& c = (*r)(xxgk::s2_2021::administrative_fees, xxgk::s2_2021::amount_10k_yuan);
    CHECK(said == (c.state == xxgk::cell_state::absent));  // unread, and said why
    return c;
  };
  CHECK(fee_of("本年收费金额（单位：万元）", "279.22").value == xxgk::decimal{27922, 2});
  CHECK(fee_of("本年收费金额（单位：万元）", "279.22万元").value == xxgk::decimal{27922, 2});
  CHECK(fee_of("本年收费金额（单位：万元）", "2792220.8元").state == xxgk::cell_state::absent);
  CHECK(fee_of("本年收费金额(单位:元)", "2792220.8").state == xxgk::cell_state::absent);
  CHECK(fee_of("本年收费金额（元）", "12").state == xxgk::cell_state::absent);
  // the cell's own unit says 万元; 0 is 0 in either unit
  CHECK(fee_of("本年收费金额(单位:元)", "12.5万元").value == xxgk::decimal{125, 1});
  CHECK(fee_of("本年收费金额(单位:元)", "0").value == xxgk::decimal{0, 0});
  CHECK(fee_of("本年收费金额", "12").value == xxgk::decimal{12, 0});
}

TEST_CASE("parse: chapter 四's row on a line cut into cells, its empty cells blanks") {
  // html-shanghai-office-2019.html's row (复议后起诉 all blank) as tab-separated text and as a
  // markdown table's line; at 665b29e only its six numbers were found, and the row was unread
  const std::string head =
      "某市某局2019年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n"
      "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n"
      "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n";
  const auto row_of = [](const std::string& text) {
    const auto rows = xxgk_test::read(text);
    std::vector<std::string> out;
    for (const char* row : {"section4/reconsideration", "section4/litigation_direct",
                            "section4/litigation_after_reconsideration"}) {
      const auto it = rows.find(row);
      if (it == rows.end()) return std::vector<std::string>{};
      out.insert(out.end(), it->second.begin(), it->second.end());
    }
    return out;
  };
  const std::vector<std::string> want{"5", "null", "null", "2", "7", "8", "null", "null", "1", "9",
                                      "null", "null", "null", "null", "null"};
  CHECK(row_of(head + "5\t\t\t2\t7\t8\t\t\t1\t9\t\t\t\t\t\n五、存在的主要问题及改进情况\n") == want);
  CHECK(row_of(head + "| 5 |  |  | 2 | 7 | 8 |  |  | 1 | 9 |  |  |  |  |  |\n五、存在的主要问题及改进情况\n") == want);
  // a cell lost (14): which is unknown, the row stays unread
  CHECK(row_of(head + "5\t\t2\t7\t8\t\t\t1\t9\t\t\t\t\t\n五、存在的主要问题及改进情况\n").empty());
}

TEST_CASE("parse: bad input gets a clear error with its position, never a crash") {
  SUBCASE("empty") {
    CHECK(xxgk::parse("").error().code == "INPUT.EMPTY");
    CHECK(xxgk::parse(" \n\t\r\n").error().code == "INPUT.EMPTY");
  }
  SUBCASE("binary") {
    const std::string bin("PK\x03\x04\x00\x00garbage", 14);
    const auto r = xxgk::parse(bin);
    CHECK(r.error().code == "INPUT.BINARY");
    CHECK(r.error().pos == xxgk::source_pos{1, 5});
  }
  SUBCASE("invalid UTF-8 is located") {
    const auto r = xxgk::parse("规章\n行政\xff许可 3\n");
    CHECK(r.error().code == "INPUT.ENCODING");
    CHECK(r.error().pos == xxgk::source_pos{2, 3});
  }
  SUBCASE("overlong, surrogate and out-of-range forms amid Chinese text") {
    CHECK(xxgk::parse("规章行政许可\xe0\x9f\xbf许可").error().pos == xxgk::source_pos{1, 7});
    CHECK(xxgk::parse("规章行政许可\xed\xa0\x80许可").error().message == "invalid UTF-8 byte 0xED");
    CHECK(xxgk::parse("规章行政许可规章行政许可\xf4\x90\x80\x80").error().pos == xxgk::source_pos{1, 13});
  }
  SUBCASE("a NUL byte is reported before an earlier invalid byte") {
    const auto r = xxgk::parse(std::string("abc\xff" "def\0ghi", 11));
    CHECK(r.error().code == "INPUT.BINARY");
    CHECK(r.error().pos == xxgk::source_pos{1, 8});
  }
  SUBCASE("GBK is decoded, then read like any text") {
    // "三、收到和处理政府信息公开申请情况" in GB18030: decoded, it is a heading without a table
    const std::string gbk =
        "\xc8\xfd\xa1\xa2\xca\xd5\xb5\xbd\xba\xcd\xb4\xa6\xc0\xed\xd5\xfe\xb8\xae\xd0\xc5\xcf\xa2"
        "\xb9\xab\xbf\xaa\xc9\xea\xc7\xeb\xc7\xe9\xbf\xf6\n";
    const auto r = xxgk::parse(gbk);
    CHECK(r.error().code == "INPUT.NO_TABLES");
  }
  SUBCASE("numbers beyond 64 bits are never a number") {
    std::string text = xxgk_test::read_data_file("changchun-2023.txt");
    const std::size_t at = text.find("行政许可\t95");
    REQUIRE(at != std::string::npos);
    text.replace(at, std::string("行政许可\t95").size(), "行政许可\t99999999999999999999999");
    const auto parsed = xxgk::parse(text);
    REQUIRE(parsed.has_value());
    CHECK(count_rule(parsed->findings, xxgk::rules::fmt_number) == 1);
    const auto* r = parsed->report.get<xxgk::edition_2021_t>();
    REQUIRE(r != nullptr);
    CHECK((*r)(xxgk::s2_2021::licensing, xxgk::s2_2021::decisions).state == xxgk::cell_state::text);
    CHECK(xxgk::validate(*r).count(xxgk::rules::cell_range) == 1);
  }
  SUBCASE("a 10 MB line") {
    std::string line = "行政许可 ";
    for (int i = 0; i < 1'000'000; ++i) line += "1234567 ";
    const auto r = xxgk::parse(line + "\n");
    CHECK(!r.has_value());
    CHECK(r.error().code == "INPUT.NO_TABLES");
  }
  SUBCASE("a 100 MB input") {
    const std::string one = xxgk_test::read_data_file("changchun-2023.txt");
    std::string big;
    big.reserve(100'000'000 + one.size());
    while (big.size() < 100'000'000) big += one;
    const auto parsed = xxgk::parse(big);
    REQUIRE(parsed.has_value());
    const auto* r = parsed->report.get<xxgk::edition_2021_t>();
    REQUIRE(r != nullptr);
    CHECK(xxgk::validate(*r).empty());  // the first report, read as usual
  }
}

TEST_CASE("parse: the edition can be forced, and a mismatch is said") {
  const std::string text = xxgk_test::read_data_file("changchun-2023.txt");
  const auto parsed = xxgk::parse(text, {xxgk::edition_choice::y2019});
  REQUIRE(parsed.has_value());
  CHECK(parsed->report.edition() == xxgk::edition::y2019);
  CHECK(count_rule(parsed->findings, xxgk::rules::fmt_edition) == 1);
}

TEST_CASE("parse: a label variant a real page prints (二、上年结转政府信息公开数量) reads its row, FMT.LABEL says so") {
  // a development zone's 2021 report in the reference crawl writes 二's label without 申请
  const std::string text = xxgk_test::read_data_file("changchun-2023.txt");
  const std::string label = "二、上年结转政府信息公开申请数量";
  REQUIRE(text.find(label) != std::string::npos);
  const auto plain = xxgk::parse(text);
  const auto variant = xxgk::parse(xxgk_test::replaced(text, label, "二、上年结转政府信息公开数量"));
  REQUIRE(plain.has_value());
  REQUIRE(variant.has_value());
  CHECK(rows_of(variant->report) == rows_of(plain->report));
  CHECK(count_rule(variant->findings, xxgk::rules::fmt_label) == count_rule(plain->findings, xxgk::rules::fmt_label) + 1);
}

TEST_CASE("parse: pdftotext's page numbers where one page break is lost: a number off the series is no cell") {
  // nine pages, each ending with its number before a form feed; 行政处罚's row straddles page 1's
  // end (`0`, the page number `1`, then `0` first on page 2; page 3 starts with `1` too). With the
  // form feed after page 3 lost, the later pages' numbers share one offset and pages 1 and 2's
  // another: at 104337c the later pages' series was taken, `1` read as 行政处罚's 本年增/减 and the
  // first lines `0` and `1` as page numbers (0 | 1 | 0, found by tests/layouts/mutations.py)
  std::string text = "某局2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（六）项\n信息内容\n"
                     "上一年项目数量\n本年增/减\n处理决定数量\n行政处罚\n0\n\n1\n\f0\n0\n行政强制\n0\n0\n0\n";
  const std::string filler = "本局持续推进政务公开工作。\n本局持续推进政务公开工作。\n本局持续推进政务公开工作。\n";
  text += filler + "\n2\n\f1\n" + filler;
  for (int page = 3; page <= 9; ++page) {
    text += '\n';  // (appended apart: g++ 12 at -O3 warns falsely of a string sum, -Wrestrict)
    text += std::to_string(page);
    text += '\n';
    if (page != 9 && page != 3) text += "\f";  // (the form feed after page 3 lost)
    text += filler;
  }
  const auto parsed = xxgk::parse(text);
  REQUIRE(parsed.has_value());
  const auto rows = xxgk_test::rows_of(parsed->report);
  CHECK(rows.count("section2/penalties") == 0);
}

TEST_CASE("parse: a browser's print margins and pdf-parse's page joiner between a table's rows are no cells") {
  // a web page saved as PDF by a browser, its text taken by pdf.js, PyMuPDF or mutool (the real
  // pages html-gbk and html-ueditor-grid printed by Chromium, tests/data/FIXTURES.md): a page's
  // date and title, its address and page of pages, or pdf-parse's `-- 1 of 2 --`, after the row
  // 二、上年结转…; at 1c41a37 their digits were taken as the row's (`12/6/26,`, `1/2`): unread
  const auto carried_over = [](const std::string& margin) {
    const std::string text = "某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
                             "一、本年新收政府信息公开申请数量 5 1 0 0 0 0 6\n二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1\n" +
                             margin + "（一）予以公开 3 1 0 0 0 0 4\n四、政府信息公开行政复议、行政诉讼情况\n";
    const auto parsed = xxgk::parse(text);
    REQUIRE(parsed.has_value());
    const auto rows = rows_of(parsed->report);
    const auto row = rows.find("section3/carried_over");
    if (row == rows.end()) return std::string("unread");
    std::string cells;
    for (const std::string& c : row->second) cells += c + " ";
    return cells;
  };
  const std::string read = carried_over("");
  REQUIRE(read != "unread");
  for (const char* margin :
       {"12/6/26, 12:27 AM 某局2023年政府信息公开工作年度报告\nhttps://www.example.gov.cn/art/2024/1/20/art_1.html 1/2\n",
        "2024/1/20 10:27\t某局2023年政府信息公开工作年度报告\nfile:///C:/report.html 1/2\n",
        "\n-- 1 of 2 --\n\n",
        // PyMuPDF and mutool: each piece on a line of its own, the address's ﬁ a ligature; pdf.js
        // (its items joined with spaces): `fi le://`
        "12/6/26, 12:27 AM\n某局2023年政府信息公开工作年度报告\n\xEF\xAC\x81le:///C:/report.html\n1/2\n\f",
        "2024/1/20 10:27\n某局2023年政府信息公开工作年度报告\nfi le:///C:/report.html   1/2\n"}) {
    CAPTURE(margin);
    CHECK(carried_over(margin) == read);
  }
  // lines like them, but not a browser's: their digits stay among the row's
  for (const char* not_margin : {"-- 1 of 2\n", "-- 1 of 2 -- 3\n", "www.example.gov.cn 1/2\n",
                                 "https://www.example.gov.cn/a.html 1/2 3\n", "https://www.example.gov.cn/a.html 3/2\n"}) {
    CAPTURE(not_margin);
    CHECK(carried_over(not_margin) == "unread");
  }
}

TEST_CASE("parse: a label wrapped beside a heading wrapped in the column left of it, their lines interleaved") {
  // pdftotext -layout of a PDF whose labels wrap in a narrow column (the real page
  // html-unmerged-shuyang-2025 printed by Chromium, tests/data/FIXTURES.md): a group's heading
  // wrapped beside its first row's label, the row's numbers on a line amid them. At 1c41a37 （一）
  // and 1. were not found, and 二 took （一）'s numbers too (`7 values expected, 14 found`)
  const auto read = [](const std::string& result_heading) {
    const std::string text =
        "某局2025年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
        "一、本年新收政府信息公开申请数量          5     1     0     0     0     0     6\n"
        "二、上年结转政府信息公开申请数量          1     0     0     0     0     0     1\n"
        "三、本年度 （一）予以\n                                          3     1     0     0     0     0     4\n" +
        result_heading +
        " 公开\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）  1     0     0     0     0     0     1\n"
        "（三）不予 1.属于国家\n                                          0     0     0     0     0     0     0\n"
        "公开    秘密\n2.其他法律行政法规禁止公开                0     0     0     0     0     0     0\n"
        "四、政府信息公开行政复议、行政诉讼情况\n";
    const auto parsed = xxgk::parse(text);
    REQUIRE(parsed.has_value());
    return rows_of(parsed->report);
  };
  const auto rows = read("办理结果");
  REQUIRE(rows.count("section3/granted") == 1);
  CHECK(rows.at("section3/granted") == std::vector<std::string>{"3", "1", "0", "0", "0", "0", "4"});
  CHECK(rows.count("section3/withheld_state_secret") == 1);
  REQUIRE(rows.count("section3/carried_over") == 1);
  CHECK(rows.at("section3/carried_over") == std::vector<std::string>{"1", "0", "0", "0", "0", "0", "1"});
  // not the heading's words among the label's: （一） is not found, and no row takes its numbers
  const auto other = read("办理结束");
  CHECK(other.count("section3/granted") == 0);
  CHECK(other.count("section3/carried_over") == 0);
  CHECK(other.count("section3/withheld_state_secret") == 1);
}
