// The schema of both editions against FORMAT.md, at compile time: sizes, keys and labels in
// published order, hierarchy, value kinds, and what must not compile (a row the edition lacks,
// a column of another table), written as concepts over the expressions.

#include <xxgk/model.hpp>

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

namespace {

namespace s2_2019 = xxgk::s2_2019;
namespace s2_2021 = xxgk::s2_2021;
namespace s3 = xxgk::s3;
namespace s4 = xxgk::s4;
using t3_2021 = xxgk::s3::table_2021_t;
using t3_2019 = xxgk::s3::table_2019_t;
using t4 = xxgk::s4::table_t;

template <auto& Tag>
using tag_t = std::remove_cvref_t<decltype(Tag)>;

/// The index of the first difference, or N when equal (a failing static_assert shows it).
template <std::size_t N, std::size_t M>
constexpr std::size_t first_difference(const std::array<std::string_view, N>& a,
                                       const std::array<std::string_view, M>& b) {
  if (N != M) return static_cast<std::size_t>(-1);
  for (std::size_t i = 0; i != N; ++i)
    if (a[i] != b[i]) return i;
  return N;
}

// ---- chapter 三: FORMAT.md "Section 3 row keys, in table order" ----------------------------------
constexpr std::array<std::string_view, 25> format_md_row_keys{
    "new_received",           "carried_over",           "granted",
    "partially_granted",      "withheld_state_secret",  "withheld_law_prohibited",
    "withheld_security_stability", "withheld_third_party", "withheld_internal_affairs",
    "withheld_process_info",  "withheld_enforcement_file", "withheld_admin_query",
    "unable_not_held",        "unable_needs_creation",  "unable_unclear",
    "declined_petition",      "declined_duplicate",     "declined_publication",
    "declined_excessive",     "declined_confirmation",  "other_overdue_correction",
    "other_unpaid_fee",       "other_misc",             "outcome_total",
    "carried_forward"};

// The numeric rows of FORMAT.md's chapter-三 outline, in order (its headings 三、, （三）, （四）,
// （五）, （六） carry no numbers in edition 2021), exact: full-width brackets, ASCII item numbers,
// curly quotes.
constexpr std::array<std::string_view, 25> format_md_row_labels{
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "（一）予以公开",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "1.属于国家秘密",
    "2.其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”",
    "4.保护第三方合法权益",
    "5.属于三类内部事务信息",
    "6.属于四类过程性信息",
    "7.属于行政执法案卷",
    "8.属于行政查询事项",
    "1.本机关不掌握相关政府信息",
    "2.没有现成信息需要另行制作",
    "3.补正后申请内容仍不明确",
    "1.信访举报投诉类申请",
    "2.重复申请",
    "3.要求提供公开出版物",
    "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "3.其他",
    "（七）总计",
    "四、结转下年度继续办理"};

/// A list with the entry at `at` removed (the optional hybrid row of 2021 storage).
template <std::size_t N>
constexpr std::array<std::string_view, N - 1> without(const std::array<std::string_view, N>& a, std::size_t at) {
  std::array<std::string_view, N - 1> out{};
  for (std::size_t i = 0, j = 0; i != N; ++i)
    if (i != at) out[j++] = a[i];
  return out;
}
/// Edition 2019: the three （六） items replaced by one row.
template <std::size_t N>
constexpr std::array<std::string_view, N - 2> with_single_other(const std::array<std::string_view, N>& a,
                                                                std::string_view single) {
  std::array<std::string_view, N - 2> out{};
  std::size_t j = 0;
  for (std::size_t i = 0; i != N; ++i) {
    if (i == 20) out[j++] = single;  // other_overdue_correction's place
    if (i >= 20 && i <= 22) continue;
    out[j++] = a[i];
  }
  return out;
}

// sizes: 25 numeric rows in 2021 plus the optional single （六）其他处理 of the hybrid; 23 in 2019
static_assert(t3_2021::rows::size == 26);
static_assert(t3_2019::rows::size == 23);
static_assert(t3_2021::columns::size == 7 && t3_2019::columns::size == 7);
static_assert(t3_2021::cell_count == 26 * 7);
static_assert(t4::rows::size == 3 && t4::columns::size == 5);

constexpr std::size_t hybrid_row = t3_2021::rows::index<tag_t<s3::other_handling>>;
static_assert(hybrid_row == 20, "the optional total comes before its items");
static_assert(first_difference(without(t3_2021::rows::keys, hybrid_row), format_md_row_keys) == 25);
static_assert(first_difference(without(t3_2021::rows::labels, hybrid_row), format_md_row_labels) == 25);
static_assert(first_difference(t3_2019::rows::keys, with_single_other(format_md_row_keys, "other_handling")) == 23);
static_assert(first_difference(t3_2019::rows::labels, with_single_other(format_md_row_labels, "（六）其他处理")) == 23);

// a sample, spelled out
static_assert(s3::withheld_security_stability.label == "3.危及“三安全一稳定”");
static_assert(s3::withheld_security_stability.label == "3.\xE5\x8D\xB1\xE5\x8F\x8A\xE2\x80\x9C\xE4\xB8\x89\xE5\xAE\x89\xE5\x85\xA8\xE4\xB8\x80\xE7\xA8\xB3\xE5\xAE\x9A\xE2\x80\x9D",
              "curly quotes U+201C and U+201D, not ASCII");
static_assert(s3::partially_granted.label == "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
static_assert(s3::partially_granted.label.substr(0, 3) == "\xEF\xBC\x88", "a full-width bracket U+FF08");
static_assert(s3::withheld_state_secret.label.substr(0, 2) == "1.", "an ASCII item number");
static_assert(s3::other_handling.label == "（六）其他处理" && s3::other_handling.key == "other_handling");
static_assert(s3::outcome_total.label == "（七）总计" && s3::carried_forward.key == "carried_forward");
// the headings (groups) carry the labels of the outline, and no numbers of their own
static_assert(s3::outcomes_2021.label == "三、本年度办理结果" && s3::outcomes_2019.label == "三、本年度办理结果");
static_assert(s3::withheld.label == "（三）不予公开" && s3::unable.label == "（四）无法提供");
static_assert(s3::declined.label == "（五）不予处理" && s3::other_2021.label == "（六）其他处理");
static_assert(!t3_2021::rows::contains<tag_t<s3::withheld>> && !t3_2021::rows::contains<tag_t<s3::outcomes_2021>>);
static_assert(xxgk::Group<tag_t<s3::withheld>> && !xxgk::Row<tag_t<s3::withheld>>);
static_assert(xxgk::Row<tag_t<s3::granted>> && !xxgk::Column<tag_t<s3::granted>>);
static_assert(xxgk::Column<tag_t<s3::total>> && !xxgk::Row<tag_t<s3::total>>);
static_assert(!xxgk::Category<int> && !xxgk::Row<xxgk::no_total_t>);

// columns: 自然人 | 法人或其他组织: 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他 | 总计
constexpr std::array<std::string_view, 7> s3_column_keys{
    "natural_person", "commercial", "research", "social_welfare", "legal_services", "other", "total"};
constexpr std::array<std::string_view, 7> s3_column_labels{
    "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"};
static_assert(first_difference(t3_2021::columns::keys, s3_column_keys) == 7);
static_assert(first_difference(t3_2021::columns::labels, s3_column_labels) == 7);
static_assert(first_difference(t3_2019::columns::keys, s3_column_keys) == 7);
static_assert(s3::legal_persons.label == "法人或其他组织");
static_assert(!t3_2021::columns::contains<tag_t<s3::legal_persons>>, "no subtotal column for 法人或其他组织");

static_assert(t3_2021::label == "三、收到和处理政府信息公开申请情况" && t3_2021::key == "section3");
static_assert(t3_2021::in_chapter == xxgk::chapter::three);

// ---- chapter 四 ------------------------------------------------------------------------------------
constexpr std::array<std::string_view, 3> s4_row_keys{"reconsideration", "litigation_direct",
                                                      "litigation_after_reconsideration"};
constexpr std::array<std::string_view, 5> s4_column_keys{"upheld", "corrected", "other", "pending", "total"};
constexpr std::array<std::string_view, 5> s4_column_labels{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
static_assert(first_difference(t4::rows::keys, s4_row_keys) == 3);
static_assert(first_difference(t4::columns::keys, s4_column_keys) == 5);
static_assert(first_difference(t4::columns::labels, s4_column_labels) == 5);
static_assert(t4::label == "四、政府信息公开行政复议、行政诉讼情况" && t4::in_chapter == xxgk::chapter::four);
static_assert(s4::litigation.label == "行政诉讼" && s4::litigation_direct.label == "未经复议直接起诉" &&
              s4::litigation_after_reconsideration.label == "复议后起诉" && s4::reconsideration.label == "行政复议");

// ---- chapter 二 ------------------------------------------------------------------------------------
using i1_2021 = s2_2021::item1_t;
static_assert(first_difference(i1_2021::columns::keys, std::array<std::string_view, 3>{"issued", "repealed", "in_force"}) == 3);
static_assert(first_difference(i1_2021::columns::labels, std::array<std::string_view, 3>{"本年制发件数", "本年废止件数", "现行有效件数"}) == 3);
static_assert(first_difference(i1_2021::rows::labels, std::array<std::string_view, 2>{"规章", "行政规范性文件"}) == 2);
static_assert(s2_2021::item1.label == "第二十条第（一）项" && s2_2021::item1.key == "section2.1");
static_assert(s2_2021::licensing.label == "行政许可" && s2_2021::decisions.label == "本年处理决定数量");
static_assert(s2_2021::penalties.label == "行政处罚" && s2_2021::coercive_measures.label == "行政强制");
static_assert(s2_2021::amount_10k_yuan.label == "本年收费金额（单位：万元）" && s2_2021::administrative_fees.label == "行政事业性收费");
static_assert(s2_2021::item8_t::columns::kinds[0] == xxgk::value_kind::amount);
static_assert(s2_2021::item5_t::columns::kinds[0] == xxgk::value_kind::count);

using i5_2019 = s2_2019::item5_t;
static_assert(first_difference(s2_2019::item1_t::columns::labels, std::array<std::string_view, 3>{"本年新制作数量", "本年新公开数量", "对外公开总数量"}) == 3);
static_assert(s2_2019::normative_documents.label == "规范性文件");
static_assert(first_difference(i5_2019::rows::keys, std::array<std::string_view, 2>{"licensing", "other_services"}) == 2);
static_assert(first_difference(i5_2019::columns::keys, std::array<std::string_view, 3>{"previous_items", "change", "decisions"}) == 3);
static_assert(first_difference(i5_2019::columns::labels, std::array<std::string_view, 3>{"上一年项目数量", "本年增/减", "处理决定数量"}) == 3);
static_assert(i5_2019::columns::kinds[1] == xxgk::value_kind::signed_count, "本年增/减 is signed");
static_assert(i5_2019::columns::kinds[0] == xxgk::value_kind::count && i5_2019::columns::kinds[2] == xxgk::value_kind::count);
static_assert(s2_2019::item8_t::columns::size == 2 && s2_2019::item8_t::columns::kinds[1] == xxgk::value_kind::signed_count,
              "（八） in 2019 is a count of fee items and its change, not an amount");
static_assert(s2_2019::item9.label == "第二十条第（九）项" && s2_2019::procurement.label == "政府集中采购");
static_assert(s2_2019::item9_t::columns::kinds[1] == xxgk::value_kind::amount && s2_2019::amount.label == "采购总金额");

// ---- editions --------------------------------------------------------------------------------------
static_assert(xxgk::edition_2019_t::tables::size == 7 && xxgk::edition_2021_t::tables::size == 6);
static_assert(xxgk::Edition<xxgk::edition_2019_t> && xxgk::Edition<xxgk::edition_2021_t> && !xxgk::Edition<int>);
static_assert(xxgk::edition_for_year(2019) == xxgk::edition::y2019 && xxgk::edition_for_year(2020) == xxgk::edition::y2019);
static_assert(xxgk::edition_for_year(2021) == xxgk::edition::y2021 && xxgk::edition_for_year(2025) == xxgk::edition::y2021);
static_assert(xxgk::TableOf<xxgk::edition_2019_t, s2_2019::item9_t> && !xxgk::TableOf<xxgk::edition_2021_t, s2_2019::item9_t>);
static_assert(xxgk::TableOf<xxgk::edition_2021_t, t3_2021> && !xxgk::TableOf<xxgk::edition_2021_t, t3_2019>);
static_assert(xxgk::RowOfEdition<xxgk::edition_2019_t, tag_t<s3::other_handling>>);
static_assert(xxgk::RowOfEdition<xxgk::edition_2021_t, tag_t<s3::other_handling>>, "the hybrid row");
static_assert(!xxgk::RowOfEdition<xxgk::edition_2019_t, tag_t<s3::other_misc>>);
static_assert(std::is_same_v<xxgk::table_of_row_t<xxgk::edition_2021_t, tag_t<s3::granted>>, t3_2021>);
static_assert(std::is_same_v<xxgk::table_of_row_t<xxgk::edition_2019_t, tag_t<s3::granted>>, t3_2019>);

// ---- what must not compile ---------------------------------------------------------------------
template <class Rep, class R, class C>
concept can_access = requires(Rep r, R row, C col) { r(row, col); };
template <class Rep, class R, class C>
concept can_ref = requires(R row, C col) { Rep::ref(row, col); };
template <class Rep, class R>
concept can_set = requires(Rep r, R row) { r.set(row, {}); };
template <class Rep, class T>
concept can_get_table = requires(Rep r, T t) { r[t]; };
template <class Tab, class R, class C>
concept can_access_cell = requires(Tab t, R row, C col) { t(row, col); };

using r2019 = xxgk::report_2019;
using r2021 = xxgk::report_2021;

// controls: the same expressions compile with the right tags
static_assert(can_access<r2019, tag_t<s3::other_handling>, tag_t<s3::total>>);
static_assert(can_access<r2021, tag_t<s3::other_misc>, tag_t<s3::total>>);
static_assert(can_access<r2021, tag_t<s4::reconsideration>, tag_t<s4::total>>);
static_assert(can_access<r2019, tag_t<s2_2019::licensing>, tag_t<s2_2019::change>>);
static_assert(can_access<r2021, tag_t<s2_2021::licensing>, tag_t<s2_2021::decisions>>);
static_assert(can_access<const r2021, tag_t<s3::granted>, tag_t<s3::total>>);
static_assert(can_ref<r2021, tag_t<s3::granted>, tag_t<s3::total>>);
static_assert(can_set<r2019, tag_t<s3::other_handling>> && can_set<r2021, tag_t<s3::other_misc>>);
static_assert(can_get_table<r2019, t3_2019> && can_get_table<r2021, t3_2021>);
static_assert(can_access_cell<xxgk::table<t3_2021>, tag_t<s3::granted>, tag_t<s3::total>>);

// a 2019 report has no （六）3.其他 (nor 1., 2.)
static_assert(!can_access<r2019, tag_t<s3::other_misc>, tag_t<s3::total>>);
static_assert(!can_access<r2019, tag_t<s3::other_overdue_correction>, tag_t<s3::natural_person>>);
static_assert(!can_ref<r2019, tag_t<s3::other_misc>, tag_t<s3::total>>);
static_assert(!can_set<r2019, tag_t<s3::other_unpaid_fee>>);
// a chapter-三 row with a chapter-四 column, and the other way round
static_assert(!can_access<r2021, tag_t<s3::granted>, tag_t<s4::total>>);
static_assert(!can_access<r2021, tag_t<s4::reconsideration>, tag_t<s3::total>>);
static_assert(!can_ref<r2021, tag_t<s3::granted>, tag_t<s4::upheld>>);
static_assert(!can_access_cell<xxgk::table<t3_2021>, tag_t<s3::granted>, tag_t<s4::total>>);
// edition 2019's 本年增/减 column on a 2021 table; a 2019 row on a 2021 report
static_assert(!can_access<r2021, tag_t<s2_2021::licensing>, tag_t<s2_2019::change>>);
static_assert(!can_access<r2021, tag_t<s2_2019::licensing>, tag_t<s2_2019::change>>);
static_assert(!can_access<r2021, tag_t<s2_2019::procurement>, tag_t<s2_2019::amount>>);
static_assert(!can_access<r2019, tag_t<s2_2021::administrative_fees>, tag_t<s2_2021::amount_10k_yuan>>);
// headings, columns as rows, and anything else are no cells
static_assert(!can_access<r2021, tag_t<s3::withheld>, tag_t<s3::total>>);
static_assert(!can_access<r2021, tag_t<s3::granted>, tag_t<s3::legal_persons>>);
static_assert(!can_access<r2021, tag_t<s3::total>, tag_t<s3::total>>);
static_assert(!can_access<r2021, tag_t<s3::granted>, tag_t<s3::granted>>);
static_assert(!can_access<r2021, int, int>);
static_assert(!can_set<r2021, tag_t<s3::total>>);
// another edition's table
static_assert(!can_get_table<r2019, t3_2021> && !can_get_table<r2021, s2_2019::item9_t>);

}  // namespace
