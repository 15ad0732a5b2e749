#ifndef XXGK_TESTS_UNIT_FIXTURES_HPP
#define XXGK_TESTS_UNIT_FIXTURES_HPP

// Reports of both editions as constexpr data, for the unit tests (not a test file itself: only
// tests/unit/*_test.cpp are compiled). Every number is a literal of the source named above it.

#include "../../examples/changchun_2023.hpp"  // make_changchun_2023(): edition 2021, consistent

#include <xxgk/xxgk.hpp>

namespace fixtures {

/// An edition-2019 report, consistent by construction (made up: no complete edition-2019 table
/// is among the shared fixtures), with numbers in several applicant columns and a negative
/// 本年增/减. Chapter 三:
///   自然人 12 + 2 = 13 + 1; 商业企业 3 + 1 = 3 + 1; 科研机构 1 = 1; 法律服务 2 = 2; 其他 1 = 1;
///   总计 19 + 3 = 20 + 2; （七）总计 = （一）7 + （二）3 + （三）2 + （四）5 + （五）1 + （六）2 = 20.
[[nodiscard]] constexpr xxgk::report_2019 make_consistent_2019() noexcept {
  namespace s2 = xxgk::s2_2019;
  namespace s3 = xxgk::s3;
  namespace s4 = xxgk::s4;
  xxgk::report_2019 r{};
  r.year = 2020;
  r.agency.assign("某县某局（测试用）");

  //                                 新制作 新公开 公开总数
  r.set(s2::regulations,             {0,     0,     0});
  r.set(s2::normative_documents,     {5,     5,     5});
  //                                 上一年项目 本年增/减 处理决定
  r.set(s2::licensing,               {12,       -3,       40});
  r.set(s2::other_services,          { 4,        2,        9});
  r.set(s2::penalties,               { 3,        0,       15});
  r.set(s2::coercive_measures,       { 1,        0,        2});
  //                                 上一年项目 本年增/减
  r.set(s2::administrative_fees,     { 2,       -1});
  //                                 采购项目数量 采购总金额
  r.set(s2::procurement,             { 1,         xxgk::amount("8040")});

  //                                   自然人 商业 科研 公益 法律 其他 总计
  r.set(s3::new_received,               {12,   3,   1,   0,   2,   1,  19});
  r.set(s3::carried_over,               { 2,   1,   0,   0,   0,   0,   3});
  r.set(s3::granted,                    { 5,   1,   0,   0,   1,   0,   7});
  r.set(s3::partially_granted,          { 2,   1,   0,   0,   0,   0,   3});
  r.set(s3::withheld_state_secret,      { 0,   0,   0,   0,   0,   0,   0});
  r.set(s3::withheld_law_prohibited,    { 0,   0,   0,   0,   0,   0,   0});
  r.set(s3::withheld_security_stability,{ 0,   0,   0,   0,   0,   0,   0});
  r.set(s3::withheld_third_party,       { 1,   0,   0,   0,   0,   0,   1});
  r.set(s3::withheld_internal_affairs,  { 0,   0,   0,   0,   0,   0,   0});
  r.set(s3::withheld_process_info,      { 0,   1,   0,   0,   0,   0,   1});
  r.set(s3::withheld_enforcement_file,  { 0,   0,   0,   0,   0,   0,   0});
  r.set(s3::withheld_admin_query,       { 0,   0,   0,   0,   0,   0,   0});
  r.set(s3::unable_not_held,            { 3,   0,   1,   0,   0,   0,   4});
  r.set(s3::unable_needs_creation,      { 1,   0,   0,   0,   0,   0,   1});
  r.set(s3::unable_unclear,             { 0,   0,   0,   0,   0,   0,   0});
  r.set(s3::declined_petition,          { 1,   0,   0,   0,   0,   0,   1});
  r.set(s3::declined_duplicate,         { 0,   0,   0,   0,   0,   0,   0});
  r.set(s3::declined_publication,       { 0,   0,   0,   0,   0,   0,   0});
  r.set(s3::declined_excessive,         { 0,   0,   0,   0,   0,   0,   0});
  r.set(s3::declined_confirmation,      { 0,   0,   0,   0,   0,   0,   0});
  r.set(s3::other_handling,             { 0,   0,   0,   0,   1,   1,   2});
  r.set(s3::outcome_total,              {13,   3,   1,   0,   2,   1,  20});
  r.set(s3::carried_forward,            { 1,   1,   0,   0,   0,   0,   2});

  //                                        维持 纠正 其他 未结 总计
  r.set(s4::reconsideration,                  {1,   1,   0,   1,   3});
  r.set(s4::litigation_direct,                {0,   0,   0,   0,   0});
  r.set(s4::litigation_after_reconsideration, {1,   0,   0,   0,   1});
  return r;
}

/// 《淮安市洪泽区人民政府2024年政府信息公开工作年度报告》 (shared fixture huaian-hongze-2024): an
/// edition-2021 report that still prints the edition-2019 single （六）其他处理 row (the hybrid).
/// Consistent as published.
[[nodiscard]] constexpr xxgk::report_2021 make_hongze_2024() noexcept {
  namespace s2 = xxgk::s2_2021;
  namespace s3 = xxgk::s3;
  namespace s4 = xxgk::s4;
  xxgk::report_2021 r{};
  r.year = 2024;
  r.agency.assign("淮安市洪泽区人民政府");

  r.set(s2::regulations,         {0, 0, 0});
  r.set(s2::normative_documents, {3, 0, 8});
  r.set(s2::licensing,           {9487});
  r.set(s2::penalties,           {2776});
  r.set(s2::coercive_measures,   {84});
  r.set(s2::administrative_fees, {xxgk::amount("7545")});

  r.set(s3::new_received,               {95, 0, 0, 0, 0, 0, 95});
  r.set(s3::carried_over,               { 0, 0, 0, 0, 0, 0,  0});
  r.set(s3::granted,                    {50, 0, 0, 0, 0, 0, 50});
  r.set(s3::partially_granted,          { 9, 0, 0, 0, 0, 0,  9});
  r.set(s3::withheld_state_secret,      { 0, 0, 0, 0, 0, 0,  0});
  r.set(s3::withheld_law_prohibited,    { 0, 0, 0, 0, 0, 0,  0});
  r.set(s3::withheld_security_stability,{ 1, 0, 0, 0, 0, 0,  1});
  r.set(s3::withheld_third_party,       { 0, 0, 0, 0, 0, 0,  0});
  r.set(s3::withheld_internal_affairs,  { 0, 0, 0, 0, 0, 0,  0});
  r.set(s3::withheld_process_info,      { 1, 0, 0, 0, 0, 0,  1});
  r.set(s3::withheld_enforcement_file,  { 1, 0, 0, 0, 0, 0,  1});
  r.set(s3::withheld_admin_query,       { 0, 0, 0, 0, 0, 0,  0});
  r.set(s3::unable_not_held,            {31, 0, 0, 0, 0, 0, 31});
  r.set(s3::unable_needs_creation,      { 1, 0, 0, 0, 0, 0,  1});
  r.set(s3::unable_unclear,             { 0, 0, 0, 0, 0, 0,  0});
  r.set(s3::declined_petition,          { 1, 0, 0, 0, 0, 0,  1});
  r.set(s3::declined_duplicate,         { 0, 0, 0, 0, 0, 0,  0});
  r.set(s3::declined_publication,       { 0, 0, 0, 0, 0, 0,  0});
  r.set(s3::declined_excessive,         { 0, 0, 0, 0, 0, 0,  0});
  r.set(s3::declined_confirmation,      { 0, 0, 0, 0, 0, 0,  0});
  r.set(s3::other_handling,             { 0, 0, 0, 0, 0, 0,  0});  // （六）其他处理, one row
  r.set(s3::outcome_total,              {95, 0, 0, 0, 0, 0, 95});
  r.set(s3::carried_forward,            { 0, 0, 0, 0, 0, 0,  0});

  r.set(s4::reconsideration,                  {1, 1, 0, 0, 2});
  r.set(s4::litigation_direct,                {1, 0, 0, 0, 1});
  r.set(s4::litigation_after_reconsideration, {2, 0, 1, 0, 3});
  return r;
}

/// Chapters 二（八） and 四 of 《淮安市洪泽区人民政府2023年政府信息公开工作年度报告》 (shared fixture
/// huaian-hongze-2023), a real error: its chapter-四 总计 are printed as 0 under non-zero parts.
/// The other tables are left out (absent).
[[nodiscard]] constexpr xxgk::report_2021 make_hongze_2023_chapter_4() noexcept {
  namespace s4 = xxgk::s4;
  xxgk::report_2021 r{};
  r.year = 2023;
  r.agency.assign("淮安市洪泽区人民政府");
  r.set(xxgk::s2_2021::administrative_fees, {xxgk::amount("7730.28")});
  r.set(s4::reconsideration,                  {10, 1, 0, 0, 0});
  r.set(s4::litigation_direct,                { 0, 0, 0, 0, 0});
  r.set(s4::litigation_after_reconsideration, { 5, 0, 0, 0, 0});
  return r;
}

}  // namespace fixtures

#endif
