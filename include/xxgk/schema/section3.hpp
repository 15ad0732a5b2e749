#ifndef XXGK_SCHEMA_SECTION3_HPP
#define XXGK_SCHEMA_SECTION3_HPP

// Chapter 三、收到和处理政府信息公开申请情况, both editions:
// 国办公开办函〔2019〕60号 (edition 2019) and 国办公开办函〔2021〕30号 (edition 2021).
// Labels are exact as the format prints them; keys are those of FORMAT.md "JSON interchange".

#include <xxgk/category.hpp>
#include <xxgk/schema/table.hpp>

namespace xxgk::s3 {

// ---- columns: 申请人情况 ----------------------------------------------------------------
/// 自然人
inline constexpr struct natural_person final : column<"natural_person", "自然人", "natural persons"> {} natural_person;
/// 法人或其他组织 · 商业企业
inline constexpr struct commercial final : column<"commercial", "商业企业", "commercial enterprises"> {} commercial;
/// 法人或其他组织 · 科研机构
inline constexpr struct research final : column<"research", "科研机构", "research institutions"> {} research;
/// 法人或其他组织 · 社会公益组织
inline constexpr struct social_welfare final : column<"social_welfare", "社会公益组织", "social welfare organisations"> {} social_welfare;
/// 法人或其他组织 · 法律服务机构
inline constexpr struct legal_services final : column<"legal_services", "法律服务机构", "legal service providers"> {} legal_services;
/// 法人或其他组织 · 其他
inline constexpr struct other_organisation final : column<"other", "其他", "other organisations"> {} other_organisation;
/// 总计 (the sum of the six applicant columns; there is no subtotal column for 法人或其他组织)
inline constexpr struct total final : column<"total", "总计", "total"> {} total;

/// 法人或其他组织: a heading over five columns, without a subtotal.
inline constexpr struct legal_persons final
    : group<"legal_persons", "法人或其他组织", "legal persons or other organisations", no_total,
            commercial, research, social_welfare, legal_services, other_organisation> {} legal_persons;

/// 申请人情况: all columns; 总计 is the sum of the others (S3.ROW).
inline constexpr dimension<total, natural_person, legal_persons> applicants{};

// ---- rows --------------------------------------------------------------------------------
inline constexpr struct new_received final : row<"new_received", "一、本年新收政府信息公开申请数量", "new requests received this year"> {} new_received;
inline constexpr struct carried_over final : row<"carried_over", "二、上年结转政府信息公开申请数量", "requests carried over from last year"> {} carried_over;

inline constexpr struct granted final : row<"granted", "（一）予以公开", "disclosed"> {} granted;
inline constexpr struct partially_granted final : row<"partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partially disclosed"> {} partially_granted;

inline constexpr struct withheld_state_secret final : row<"withheld_state_secret", "1.属于国家秘密", "withheld: state secret"> {} withheld_state_secret;
inline constexpr struct withheld_law_prohibited final : row<"withheld_law_prohibited", "2.其他法律行政法规禁止公开", "withheld: prohibited by other laws"> {} withheld_law_prohibited;
inline constexpr struct withheld_security_stability final : row<"withheld_security_stability", "3.危及“三安全一稳定”", "withheld: endangers security or stability"> {} withheld_security_stability;
inline constexpr struct withheld_third_party final : row<"withheld_third_party", "4.保护第三方合法权益", "withheld: third-party rights"> {} withheld_third_party;
inline constexpr struct withheld_internal_affairs final : row<"withheld_internal_affairs", "5.属于三类内部事务信息", "withheld: internal affairs"> {} withheld_internal_affairs;
inline constexpr struct withheld_process_info final : row<"withheld_process_info", "6.属于四类过程性信息", "withheld: process information"> {} withheld_process_info;
inline constexpr struct withheld_enforcement_file final : row<"withheld_enforcement_file", "7.属于行政执法案卷", "withheld: law-enforcement file"> {} withheld_enforcement_file;
inline constexpr struct withheld_admin_query final : row<"withheld_admin_query", "8.属于行政查询事项", "withheld: administrative query"> {} withheld_admin_query;
/// （三）不予公开: a heading over its eight grounds, without numbers of its own.
inline constexpr struct withheld final
    : group<"withheld", "（三）不予公开", "withheld", no_total, withheld_state_secret,
            withheld_law_prohibited, withheld_security_stability, withheld_third_party,
            withheld_internal_affairs, withheld_process_info, withheld_enforcement_file,
            withheld_admin_query> {} withheld;

inline constexpr struct unable_not_held final : row<"unable_not_held", "1.本机关不掌握相关政府信息", "unable: not held by this organ"> {} unable_not_held;
inline constexpr struct unable_needs_creation final : row<"unable_needs_creation", "2.没有现成信息需要另行制作", "unable: would need to be created"> {} unable_needs_creation;
inline constexpr struct unable_unclear final : row<"unable_unclear", "3.补正后申请内容仍不明确", "unable: still unclear after correction"> {} unable_unclear;
/// （四）无法提供
inline constexpr struct unable final
    : group<"unable", "（四）无法提供", "unable to provide", no_total, unable_not_held,
            unable_needs_creation, unable_unclear> {} unable;

inline constexpr struct declined_petition final : row<"declined_petition", "1.信访举报投诉类申请", "not processed: petition or complaint"> {} declined_petition;
inline constexpr struct declined_duplicate final : row<"declined_duplicate", "2.重复申请", "not processed: duplicate"> {} declined_duplicate;
inline constexpr struct declined_publication final : row<"declined_publication", "3.要求提供公开出版物", "not processed: published material"> {} declined_publication;
inline constexpr struct declined_excessive final : row<"declined_excessive", "4.无正当理由大量反复申请", "not processed: excessive repeated requests"> {} declined_excessive;
inline constexpr struct declined_confirmation final : row<"declined_confirmation", "5.要求行政机关确认或重新出具已获取信息", "not processed: confirmation of information held"> {} declined_confirmation;
/// （五）不予处理
inline constexpr struct declined final
    : group<"declined", "（五）不予处理", "not processed", no_total, declined_petition,
            declined_duplicate, declined_publication, declined_excessive,
            declined_confirmation> {} declined;

/// （六）其他处理 as one numeric row: edition 2019, and 2021+ reports that still print it.
inline constexpr struct other_handling final : row<"other_handling", "（六）其他处理", "other handling"> {} other_handling;
inline constexpr struct other_overdue_correction final : row<"other_overdue_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "other: correction overdue"> {} other_overdue_correction;
inline constexpr struct other_unpaid_fee final : row<"other_unpaid_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "other: fee unpaid"> {} other_unpaid_fee;
inline constexpr struct other_misc final : row<"other_misc", "3.其他", "other: miscellaneous"> {} other_misc;
/// （六）其他处理, edition 2021: a heading over three items; a report may still print it as the
/// edition-2019 single row, which then stands for their sum.
inline constexpr struct other_2021 final
    : group<"other", "（六）其他处理", "other handling", optional_total<other_handling>,
            other_overdue_correction, other_unpaid_fee, other_misc> {} other_2021;

inline constexpr struct outcome_total final : row<"outcome_total", "（七）总计", "total handled"> {} outcome_total;
inline constexpr struct carried_forward final : row<"carried_forward", "四、结转下年度继续办理", "carried forward to next year"> {} carried_forward;

/// 三、本年度办理结果, edition 2021: （七）总计 is the sum of every outcome (S3.TOTAL).
inline constexpr struct outcomes_2021 final
    : group<"outcomes", "三、本年度办理结果", "outcomes this year", outcome_total, granted,
            partially_granted, withheld, unable, declined, other_2021> {} outcomes_2021;
/// 三、本年度办理结果, edition 2019: （六）其他处理 is one row.
inline constexpr struct outcomes_2019 final
    : group<"outcomes", "三、本年度办理结果", "outcomes this year", outcome_total, granted,
            partially_granted, withheld, unable, declined, other_handling> {} outcomes_2019;

/// The table's own note (printed::balance_note): the sum of 一 and 二 equals that of 三 and 四.
using balance_identity =
    balance<rows_of<new_received, carried_over>, rows_of<outcome_total, carried_forward>>;

/// 三、收到和处理政府信息公开申请情况, edition 2021 (25 numeric rows, plus the optional single
/// （六）其他处理 row of a report that still prints the 2019 layout).
inline constexpr struct table_2021 final
    : table_schema<"section3", "三、收到和处理政府信息公开申请情况", "requests received and handled",
                   chapter::three,
                   dimension<no_total, new_received, carried_over, outcomes_2021, carried_forward>{},
                   applicants, balance_identity> {} table_2021;

/// 三、收到和处理政府信息公开申请情况, edition 2019 (23 numeric rows).
inline constexpr struct table_2019 final
    : table_schema<"section3", "三、收到和处理政府信息公开申请情况", "requests received and handled",
                   chapter::three,
                   dimension<no_total, new_received, carried_over, outcomes_2019, carried_forward>{},
                   applicants, balance_identity> {} table_2019;

using table_2021_t = std::remove_const_t<decltype(table_2021)>;
using table_2019_t = std::remove_const_t<decltype(table_2019)>;
static_assert(detail::well_formed_table<table_2021_t>());
static_assert(detail::well_formed_table<table_2019_t>());
static_assert(table_2021_t::rows::size == 26 && table_2019_t::rows::size == 23);
static_assert(table_2021_t::columns::size == 7);
static_assert(table_2021_t::columns::keys.back() == "total", "the total column comes last");

}  // namespace xxgk::s3

#endif
