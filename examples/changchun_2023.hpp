#ifndef XXGK_EXAMPLES_CHANGCHUN_2023_HPP
#define XXGK_EXAMPLES_CHANGCHUN_2023_HPP

// 《长春市国动办 2023 年政府信息公开工作年度报告》 (examples/data/changchun-2023.txt), typed in
// by hand as constexpr data of the edition-2021 model: chapters 二, 三 and 四, every number as
// published. The title abbreviates the agency as 长春市国动办, i.e. 长春市国防动员办公室 (the name
// its report uses for its website and contact; the preamble still says 长春市人民防空办公室).
//
// Shared by examples/constexpr_report.cpp and the tests that change one number of it.

#include <xxgk/model.hpp>

[[nodiscard]] constexpr xxgk::report_2021 make_changchun_2023() noexcept {
  namespace s2 = xxgk::s2_2021;
  namespace s3 = xxgk::s3;
  namespace s4 = xxgk::s4;

  xxgk::report_2021 r{};
  r.year = 2023;
  r.agency.assign("长春市国防动员办公室");

  // 二、主动公开政府信息情况
  //                                    本年制发  本年废止  现行有效
  r.set(s2::regulations,                {0,       0,        0});
  r.set(s2::normative_documents,        {0,       0,        2});
  //                                    本年处理决定数量
  r.set(s2::licensing,                  {95});
  r.set(s2::penalties,                  {1});
  r.set(s2::coercive_measures,          {0});
  //                                    本年收费金额（单位：万元）
  r.set(s2::administrative_fees,        {xxgk::amount("6510")});

  // 三、收到和处理政府信息公开申请情况
  //                                   自然人 商业企业 科研机构 社会公益 法律服务 其他 总计
  r.set(s3::new_received,               {50,    9,      0,      0,      0,      0,   59});
  r.set(s3::carried_over,               { 0,    0,      0,      0,      0,      0,    0});
  // 三、本年度办理结果
  r.set(s3::granted,                    {25,    5,      0,      0,      0,      0,   30});
  r.set(s3::partially_granted,          {14,    0,      0,      0,      0,      0,   14});
  // （三）不予公开
  r.set(s3::withheld_state_secret,      { 1,    0,      0,      0,      0,      0,    1});
  r.set(s3::withheld_law_prohibited,    { 0,    0,      0,      0,      0,      0,    0});
  r.set(s3::withheld_security_stability,{ 0,    0,      0,      0,      0,      0,    0});
  r.set(s3::withheld_third_party,       { 0,    0,      0,      0,      0,      0,    0});
  r.set(s3::withheld_internal_affairs,  { 0,    0,      0,      0,      0,      0,    0});
  r.set(s3::withheld_process_info,      { 0,    0,      0,      0,      0,      0,    0});
  r.set(s3::withheld_enforcement_file,  { 0,    0,      0,      0,      0,      0,    0});
  r.set(s3::withheld_admin_query,       { 0,    0,      0,      0,      0,      0,    0});
  // （四）无法提供
  r.set(s3::unable_not_held,            { 7,    0,      0,      0,      0,      0,    7});
  r.set(s3::unable_needs_creation,      { 0,    0,      0,      0,      0,      0,    0});
  r.set(s3::unable_unclear,             { 0,    0,      0,      0,      0,      0,    0});
  // （五）不予处理
  r.set(s3::declined_petition,          { 0,    0,      0,      0,      0,      0,    0});
  r.set(s3::declined_duplicate,         { 0,    0,      0,      0,      0,      0,    0});
  r.set(s3::declined_publication,       { 0,    0,      0,      0,      0,      0,    0});
  r.set(s3::declined_excessive,         { 0,    0,      0,      0,      0,      0,    0});
  r.set(s3::declined_confirmation,      { 0,    0,      0,      0,      0,      0,    0});
  // （六）其他处理
  r.set(s3::other_overdue_correction,   { 0,    0,      0,      0,      0,      0,    0});
  r.set(s3::other_unpaid_fee,           { 0,    0,      0,      0,      0,      0,    0});
  r.set(s3::other_misc,                 { 0,    0,      0,      0,      0,      0,    0});
  // （七）总计
  r.set(s3::outcome_total,              {47,    5,      0,      0,      0,      0,   52});
  r.set(s3::carried_forward,            { 3,    4,      0,      0,      0,      0,    7});

  // 四、政府信息公开行政复议、行政诉讼情况
  //                                       结果维持 结果纠正 其他结果 尚未审结 总计
  r.set(s4::reconsideration,                  {0,      0,      0,      0,      0});
  r.set(s4::litigation_direct,                {0,      0,      0,      0,      0});
  r.set(s4::litigation_after_reconsideration, {0,      0,      0,      0,      0});
  return r;
}

#endif
