#ifndef XXGK_EXPLAIN_HPP
#define XXGK_EXPLAIN_HPP

// Floor 3, rules: EXPLAIN.CELL, the number that explains failing identities.
//
// Change one number of a consistent report and two identities fail, its row's total and its
// column's; neither says which number is wrong. Every identity is a sum of cells, so changing one
// cell by δ changes each identity through it by ±δ: a cell explains a set of failing identities
// when it lies in all of them, they all need the same δ of it, no identity through it that holds
// would break (one that holds breaks for any δ ≠ 0), and its new value stays a count (≥ 0).
// `explain` looks for such cells after `validate`, one set of failing identities at a time (the
// failing identities of a table that share cells: one set in chapter 三, one per group in 四),
// and returns an `explanation` for each set that has some: the cells, each with its published
// value and the one it would need, and the failing findings they explain.
//
// Only numbers read with certainty are candidates: an inferred cell (FORMAT.md, "Inferred cells")
// or an absent one never is; identities over absent, text or unreadable cells are not assessable
// and count neither as failing nor as holding. An explanation whose failing identities involve
// inferred cells says so (`explanation::inferred`). Published numbers are never rewritten: an
// explanation is a suggestion beside the findings.

#include <xxgk/cell.hpp>
#include <xxgk/finding.hpp>
#include <xxgk/report.hpp>
#include <xxgk/rule.hpp>
#include <xxgk/schema/editions.hpp>
#include <xxgk/validate.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>

namespace xxgk {

/// The most failing findings one explanation accounts for. A number lies in at most four
/// identities (its row's total, its column's total or the （六） subtotal, the balance, X.CARRY), so
/// no number lies in every identity of a larger set.
inline constexpr std::size_t max_explained_findings = 8;

/// The most candidates of one explanation: each is a cell of every failing identity it
/// explains, and a finding lists at most `max_cells_per_finding` cells.
inline constexpr std::size_t max_candidates = max_cells_per_finding;

/// The most explanations `explain` returns; more are dropped, and the list says it was truncated.
inline constexpr std::size_t max_explanations = 8;

/// One cell that, changed alone to `expected`, would make every failing identity of its
/// explanation hold without breaking one that holds.
struct candidate {
  cell_ref at{};              ///< the cell; `previous` for a cell of last year's report
  bool blank = false;         ///< published blank or with a marker, counted as 0 (`actual` is 0)
  std::int64_t actual = 0;    ///< the count as published
  std::int64_t expected = 0;  ///< the count it would need
  friend constexpr bool operator==(const candidate&, const candidate&) = default;
};

/// A failing finding an explanation accounts for: its rule and its cell (`finding::at`;
/// `previous` for a finding of last year's report, which `validate_across_years` never makes).
struct explained_finding {
  const rule_info* rule = nullptr;
  cell_ref at{};
};

/// EXPLAIN.CELL: one set of failing identities that share cells, and the cells that explain them.
/// One candidate: that number is the likely mistake. Several: any one of them would do, and the
/// reviewer knows where to look.
struct explanation {
  const rule_info* rule = &rules::explain_cell;
  bool inferred = false;  ///< some failing identity it explains involves an inferred cell
  std::uint8_t candidate_count = 0;
  std::uint8_t explained_count = 0;
  std::array<candidate, max_candidates> cells{};
  std::array<explained_finding, max_explained_findings> findings{};

  /// The cells that explain the failures, in reading order: this year's report before last
  /// year's, then by table, row and column.
  [[nodiscard]] constexpr std::span<const candidate> candidates() const noexcept {
    return {cells.data(), candidate_count};
  }
  /// The failing findings explained, in the order of the findings given to `explain`.
  [[nodiscard]] constexpr std::span<const explained_finding> explained() const noexcept {
    return {findings.data(), explained_count};
  }
  /// True when exactly one cell explains the failures.
  [[nodiscard]] constexpr bool unique() const noexcept { return candidate_count == 1; }
  /// True when `f`, a finding of `validate` (or `validate_across_years`) of the same report, is
  /// one this explanation accounts for.
  [[nodiscard]] constexpr bool explains(const finding& f) const noexcept {
    if (!std::is_constant_evaluated() && f.rule == nullptr) return false;
    for (const explained_finding& e : explained())
      if (e.rule->id == f.rule->id && e.at == f.at) return true;
    return false;
  }
};

/// A fixed-capacity list of explanations: no heap, so `explain` runs in constant expressions.
class explanation_list {
 public:
  constexpr void push(const explanation& e) noexcept {
    if (size_ < max_explanations) items_[size_++] = e;
    else truncated_ = true;
  }
  constexpr void mark_truncated() noexcept { truncated_ = true; }
  /// The next free slot, still empty, to fill in place, or nullptr when the list is full;
  /// `commit_slot` adds it. (A slot left uncommitted must be left empty.)
  [[nodiscard]] constexpr explanation* next_slot() noexcept { return size_ < max_explanations ? &items_[size_] : nullptr; }
  constexpr void commit_slot() noexcept { ++size_; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
  /// True when some explanation was left out: more sets of failures than fit, or more failing
  /// findings than `explain` looks at, or a truncated list of findings.
  [[nodiscard]] constexpr bool truncated() const noexcept { return truncated_; }
  [[nodiscard]] static constexpr std::size_t capacity() noexcept { return max_explanations; }
  [[nodiscard]] constexpr const explanation& operator[](std::size_t i) const noexcept { return items_[i]; }
  [[nodiscard]] constexpr const explanation* begin() const noexcept { return items_.data(); }
  [[nodiscard]] constexpr const explanation* end() const noexcept { return items_.data() + size_; }

 private:
  std::array<explanation, max_explanations> items_{};
  std::size_t size_ = 0;
  bool truncated_ = false;
};

namespace detail::explaining {

/// The most failing identities looked at: chapter 三 has at most 26 + 2 × 7 + 7 identities and
/// chapter 四 three, in each of two reports, plus seven X.CARRY.
inline constexpr std::size_t max_failing = 128;
inline constexpr std::uint8_t none = 0xFF;

/// Which list a finding comes from.
enum class origin : std::uint8_t { current, previous, across };

/// Whether a finding names its rule. Every finding of `validate` does; in constant expressions
/// the address of a rule is not compared (g++ with -fsanitize=undefined refuses it there).
[[nodiscard]] constexpr bool names_rule(const finding& f) noexcept {
  return std::is_constant_evaluated() || f.rule != nullptr;
}

/// The same rule: by address at run time (the common case, without comparing text), by id in
/// constant expressions (g++ with -fsanitize=undefined does not compare addresses of globals
/// there) and for a rule_info copied elsewhere.
[[nodiscard]] constexpr bool same_rule(const rule_info* a, const rule_info* b) noexcept {
  if (!std::is_constant_evaluated() && a == b) return true;
  return a->id == b->id;
}

/// A failed identity, with its values: S3.ROW, S3.TOTAL, S3.BALANCE, S4.TOTAL or X.CARRY.
[[nodiscard]] constexpr bool is_failed_identity(const finding& f) noexcept {
  if (f.verdict != verdict::failed || !f.has_values || !names_rule(f)) return false;
  if (f.expected.scale != 0 || f.actual.scale != 0) return false;
  return same_rule(f.rule, &rules::s3_row) || same_rule(f.rule, &rules::s3_total) ||
         same_rule(f.rule, &rules::s3_balance) || same_rule(f.rule, &rules::s4_total) ||
         same_rule(f.rule, &rules::x_carry);
}

/// For each table of an edition: 0 for chapter 三, 1 for 四 (the tables with identities), else
/// `none`.
template <class... Ts>
[[nodiscard]] constexpr std::array<std::uint8_t, sizeof...(Ts)> identity_slots(table_list<Ts...>) noexcept {
  return {static_cast<std::uint8_t>(Ts::in_chapter == chapter::three  ? 0
                                    : Ts::in_chapter == chapter::four ? 1
                                                                      : none)...};
}
template <class... Ts>
[[nodiscard]] consteval bool fits_cell_keys(table_list<Ts...>) {
  return ((Ts::in_chapter == chapter::two || (Ts::rows::size <= 32 && Ts::columns::size <= 8)) && ...);
}

/// Whether node `n` of a hierarchy adds line `slot` to its parent's sum, as `add_node` does: a
/// leaf its own line; a group its members, or its optional subtotal when that is what is added.
template <class Tree, class CellAt>
[[nodiscard]] constexpr bool adds(const Tree& tree, std::size_t n, std::size_t slot, const CellAt& at) noexcept {
  const node& nd = tree.nodes[n];
  if (!nd.is_branch) return static_cast<std::size_t>(nd.slot) == slot;
  if (nd.optional_total && !leaves_present(tree, n, at) && at(static_cast<std::size_t>(nd.total)).first.is_present())
    return static_cast<std::size_t>(nd.total) == slot;
  for (std::size_t k = 0; k != nd.child_count; ++k)
    if (adds(tree, tree.children[nd.first_child + k], slot, at)) return true;
  return false;
}

/// The nodes of a dimension's hierarchy that have a total, computed once.
template <class Dimension>
consteval std::size_t total_node_count() {
  std::size_t n = 0;
  for (std::size_t i = 0; i != Dimension::tree.node_count; ++i) n += Dimension::tree.nodes[i].total >= 0 ? 1U : 0U;
  return n;
}
template <class Dimension>
inline constexpr std::array<std::uint16_t, total_node_count<Dimension>()> total_nodes = [] {
  std::array<std::uint16_t, total_node_count<Dimension>()> out{};
  std::size_t k = 0;
  for (std::size_t i = 0; i != Dimension::tree.node_count; ++i)
    if (Dimension::tree.nodes[i].total >= 0) out[k++] = static_cast<std::uint16_t>(i);
  return out;
}();

/// Calls `visit(rule, at, actual_side)` for every total identity of one line of a table (as
/// `check_totals` checks them) that involves line `slot`: `at` is the identity's total,
/// `actual_side` true when `slot` is that total.
template <class Dimension, class CellAt, class Visit>
constexpr void totals_through(const CellAt& at, std::size_t slot, const rule_info* rule, const Visit& visit) noexcept {
  const auto& tree = Dimension::tree;
  for (const std::uint16_t n : total_nodes<Dimension>) {
    const node& nd = tree.nodes[n];
    const auto total = at(static_cast<std::size_t>(nd.total));
    if (nd.optional_total && (!total.first.is_present() || !any_leaf_present(tree, n, at))) continue;
    if (static_cast<std::size_t>(nd.total) == slot) {
      visit(rule, total.second, true);
      continue;
    }
    for (std::size_t k = 0; k != nd.child_count; ++k) {
      if (adds(tree, tree.children[nd.first_child + k], slot, at)) {
        visit(rule, total.second, false);
        break;
      }
    }
  }
}

/// Every identity `validate` checks over the cell `x` of table `t`, as `visit(rule, at,
/// actual_side)`: its rule, the cell its finding is at, and whether `x` is on the side of the
/// published total (`actual`) or of the parts (`expected`).
template <class T, class Visit>
constexpr void identities_through(const table<T>& t, cell_ref x, const Visit& visit) noexcept {
  if (t.empty()) return;
  const std::size_t r = x.row, c = x.column;
  auto ref = [x](std::size_t row, std::size_t column) {
    return cell_ref{x.table, static_cast<std::uint8_t>(row), static_cast<std::uint8_t>(column), x.previous};
  };
  if constexpr (rules::has_across_total_rule<T>) {
    auto at = [&](std::size_t column) { return std::pair<const cell&, cell_ref>{t.at(r, column), ref(r, column)}; };
    totals_through<typename T::columns>(at, c, rules::across_total_rule<T>(), visit);
  }
  if constexpr (rules::has_down_total_rule<T>) {
    auto at = [&](std::size_t row) { return std::pair<const cell&, cell_ref>{t.at(row, c), ref(row, c)}; };
    totals_through<typename T::rows>(at, r, rules::down_total_rule<T>(), visit);
  }
  if constexpr (!std::is_same_v<typename T::balance_type, no_balance> && rules::has_balance_rule<T>) {
    const cell_ref last = ref(T::rows::size - 1, c);
    if (among_rows<T>(r, typename T::balance_type::lhs{})) visit(rules::balance_rule<T>(), last, false);
    if (among_rows<T>(r, typename T::balance_type::rhs{})) visit(rules::balance_rule<T>(), last, true);
  }
}

/// The search: `current` with its findings, and in checks across years `previous` with its own
/// and the X.CARRY findings between them.
template <Edition E, Edition P>
class engine {
 public:
  /// `across`: checks across years, with `previous` and its findings; else `previous` is not read.
  constexpr engine(const report<E>& current, const report<P>& previous, bool across,
                   std::span<const finding> current_findings,
                   std::span<const finding> previous_findings, std::span<const finding> across_findings,
                   const options& o) noexcept
      : current_(current),
        previous_(previous),
        across_(across),
        lists_{current_findings, previous_findings, across_findings},
        options_(o) {}

  /// Adds the explanations to `out`.
  constexpr void run(explanation_list& out) noexcept {
    gather(origin::current);
    if (across_) {
      gather(origin::across);
      gather(origin::previous);
    }
    if (overflow_) out.mark_truncated();
    if (count_ == 0 || overflow_) return;
    join_components();
    for (std::size_t i = 0; i != count_; ++i) {
      if (root(i) != i) continue;  // a root is its component's first finding: unions keep the smaller index
      explain_component(i, out);
    }
  }

 private:
  static constexpr std::size_t key_count = 2 * 2 * 32 * 8;

  [[nodiscard]] constexpr std::span<const finding> list(origin o) const noexcept {
    return lists_[static_cast<std::size_t>(o)];
  }

  /// A cell of a finding of list `o`, marked `previous` when it lies in last year's report.
  [[nodiscard]] static constexpr cell_ref adjusted(cell_ref c, origin o) noexcept {
    if (o == origin::previous) c.previous = true;
    return c;
  }

  constexpr void gather(origin o) noexcept {
    for (const finding& f : list(o)) {
      if (!is_failed_identity(f)) continue;
      if (count_ == max_failing) {
        overflow_ = true;
        return;
      }
      items_[count_] = &f;
      from_[count_] = o;
      parent_[count_] = static_cast<std::uint8_t>(count_);
      ++count_;
    }
  }

  [[nodiscard]] constexpr std::size_t root(std::size_t i) noexcept {
    while (parent_[i] != i) {
      parent_[i] = parent_[parent_[i]];
      i = parent_[i];
    }
    return i;
  }
  constexpr void unite(std::size_t a, std::size_t b) noexcept {
    a = root(a);
    b = root(b);
    if (a == b) return;
    if (a < b) parent_[b] = static_cast<std::uint8_t>(a);
    else parent_[a] = static_cast<std::uint8_t>(b);
  }

  [[nodiscard]] constexpr std::size_t key_of(cell_ref c) const noexcept {
    static_assert(fits_cell_keys(typename E::tables{}) && fits_cell_keys(typename P::tables{}));
    constexpr auto current_slots = identity_slots(typename E::tables{});
    constexpr auto previous_slots = identity_slots(typename P::tables{});
    const std::uint8_t slot =
        c.previous ? (c.table < previous_slots.size() ? previous_slots[c.table] : none)
                   : (c.table < current_slots.size() ? current_slots[c.table] : none);
    if (slot == none || c.row >= 32 || c.column >= 8) return key_count;
    return ((static_cast<std::size_t>(c.previous) * 2 + slot) * 32 + c.row) * 8 + c.column;
  }

  /// Failing identities that share a cell fall in one component.
  constexpr void join_components() noexcept {
    std::array<std::uint8_t, key_count> owner{};  // 1 + the first failing identity over each cell; 0: none
    for (std::size_t i = 0; i != count_; ++i) {
      for (const cell_ref c : items_[i]->involved()) {
        const std::size_t k = key_of(adjusted(c, from_[i]));
        if (k == key_count) continue;
        if (owner[k] == 0) owner[k] = static_cast<std::uint8_t>(i + 1);
        else unite(i, owner[k] - 1U);
      }
    }
  }

  [[nodiscard]] constexpr const cell& value_at(cell_ref x) const noexcept {
    if (x.previous) {
      cell_ref plain = x;
      plain.previous = false;
      return cell_at(previous_, plain);
    }
    return cell_at(current_, x);
  }

  /// The failing identity of rule `rule` at `at` from list `o`, or `count_`. (The cell first:
  /// one comparison of four bytes rules most findings out before their rule ids are compared.)
  [[nodiscard]] constexpr std::size_t failing_index(const rule_info* rule, cell_ref at, origin o) const noexcept {
    for (std::size_t i = 0; i != count_; ++i)
      if (from_[i] == o && adjusted(items_[i]->at, o) == at && same_rule(items_[i]->rule, rule)) return i;
    return count_;
  }
  /// Whether list `o` has some finding of `rule` at `at` (a failing or a not-assessable one).
  [[nodiscard]] constexpr bool has_finding(const rule_info* rule, cell_ref at, origin o) const noexcept {
    for (const finding& f : list(o))
      if (adjusted(f.at, o) == at && names_rule(f) && same_rule(f.rule, rule)) return true;
    return false;
  }

  /// Calls `visit(rule, at, actual_side, origin)` for every identity checked over cell `x`.
  template <class Visit>
  constexpr void through(cell_ref x, const Visit& visit) const noexcept {
    const origin own = x.previous ? origin::previous : origin::current;
    auto in_own = [&](const rule_info* rule, cell_ref at, bool actual_side) { visit(rule, at, actual_side, own); };
    if (x.previous) {
      for_each_table(previous_, [&](const auto& t, std::size_t i) {
        if (i == x.table) identities_through(t, x, in_own);
      });
    } else {
      for_each_table(current_, [&](const auto& t, std::size_t i) {
        if (i == x.table) identities_through(t, x, in_own);
      });
    }
    if (!across_) return;
    // X.CARRY: this year's 二、上年结转 (its `actual`) against last year's 四、结转下年度继续办理
    const cell_ref now = report<E>::ref(s3::carried_over, s3::natural_person);
    const cell_ref before = report<P>::ref(s3::carried_forward, s3::natural_person);
    if (!x.previous && x.table == now.table && x.row == now.row)
      visit(&rules::x_carry, x, true, origin::across);
    if (x.previous && x.table == before.table && x.row == before.row)
      visit(&rules::x_carry, cell_ref{now.table, now.row, x.column, false}, false, origin::across);
  }

  /// Whether cell `x` explains the `size` failing identities of the component rooted at `component`;
  /// if so, `out` is the candidate.
  [[nodiscard]] constexpr bool explains_all(cell_ref x, std::size_t component, std::size_t size,
                                            candidate& out) noexcept {
    const cell& c = value_at(x);
    if (c.inferred) return false;
    std::int64_t value = 0;
    bool blank = false;
    if (c.is_number()) {
      const decimal v = c.value.normalized();
      if (v.scale != 0 || v.units < 0 || v.units > max_count) return false;
      value = v.units;
    } else if (c.is_blank() && options_.blanks == blank_policy::count_as_zero) {
      blank = true;
    } else {
      return false;
    }
    bool ok = true;
    bool have = false;
    std::int64_t delta = 0;
    std::size_t hits = 0;
    through(x, [&](const rule_info* rule, cell_ref at, bool actual_side, origin o) {
      if (!ok) return;
      const std::size_t i = failing_index(rule, at, o);
      if (i == count_) {
        // an identity that holds breaks for any change of `x`; one not assessable does not count
        if (!has_finding(rule, at, o)) ok = false;
        return;
      }
      if (root(i) != component) {
        ok = false;
        return;
      }
      const std::int64_t residual = items_[i]->expected.units - items_[i]->actual.units;
      const std::int64_t needed = actual_side ? residual : -residual;
      if (have && needed != delta) ok = false;
      delta = needed;
      have = true;
      ++hits;
    });
    if (!ok || !have || hits != size) return false;
    const std::int64_t expected = value + delta;
    if (expected < 0 || expected > max_count) return false;
    out = candidate{x, blank, value, expected};
    return true;
  }

  constexpr void explain_component(std::size_t first, explanation_list& out) noexcept {
    std::size_t size = 0;
    bool ours = false;  // some failure of this year's report, or X.CARRY: last year's own are its own
    bool inferred = false;
    for (std::size_t i = first; i != count_; ++i) {
      if (root(i) != first) continue;
      ++size;
      ours = ours || from_[i] != origin::previous;
      inferred = inferred || items_[i]->inferred;
    }
    if (!ours || size > max_explained_findings) return;
    explanation* slot = out.next_slot();
    if (slot == nullptr) {
      out.mark_truncated();
      return;
    }
    explanation& e = *slot;
    for (const cell_ref c : items_[first]->involved()) {
      candidate found{};
      if (e.candidate_count < max_candidates && explains_all(adjusted(c, from_[first]), first, size, found))
        e.cells[e.candidate_count++] = found;
    }
    if (e.candidate_count == 0) return;  // the slot is still empty
    e.inferred = inferred;
    // in reading order: this year's report before last year's, then table, row and column
    auto before = [](const candidate& a, const candidate& b) {
      if (a.at.previous != b.at.previous) return !a.at.previous;
      if (a.at.table != b.at.table) return a.at.table < b.at.table;
      if (a.at.row != b.at.row) return a.at.row < b.at.row;
      return a.at.column < b.at.column;
    };
    for (std::size_t i = 1; i < e.candidate_count; ++i)
      for (std::size_t j = i; j > 0 && before(e.cells[j], e.cells[j - 1]); --j) std::swap(e.cells[j], e.cells[j - 1]);
    for (std::size_t i = first; i != count_; ++i)
      if (root(i) == first) e.findings[e.explained_count++] = {items_[i]->rule, adjusted(items_[i]->at, from_[i])};
    out.commit_slot();
  }

  const report<E>& current_;
  const report<P>& previous_;
  bool across_;
  std::array<std::span<const finding>, 3> lists_;
  const options& options_;
  std::array<const finding*, max_failing> items_{};
  std::array<origin, max_failing> from_{};
  std::array<std::uint8_t, max_failing> parent_{};
  std::size_t count_ = 0;
  bool overflow_ = false;
};

template <std::size_t N>
[[nodiscard]] constexpr std::span<const finding> all_of(const finding_list<N>& l) noexcept {
  return {l.begin(), l.size()};
}

}  // namespace detail::explaining

/// EXPLAIN.CELL for report `r` and `findings`, the findings of `validate(r, o)` (same options):
/// for each set of failing identities that share cells (S3.ROW, S3.TOTAL, S3.BALANCE, S4.TOTAL),
/// the published numbers that, changed alone, would make all of them hold without breaking an
/// identity that holds, each with its value and the one it would need. A set that no single
/// number explains has no explanation. Nothing fails: an empty list, at the cost of one pass
/// over the findings. Allocates nothing; runs in constant expressions.
template <Edition E, std::size_t N>
[[nodiscard]] constexpr explanation_list explain(const report<E>& r, const finding_list<N>& findings,
                                                 const options& o = {}) noexcept {
  namespace ex = detail::explaining;
  explanation_list out;  // one list, returned by every path: no copy
  if (findings.truncated()) {
    out.mark_truncated();
    return out;
  }
  bool any = false;
  for (const finding& f : findings) any = any || ex::is_failed_identity(f);
  if (!any) return out;
  ex::engine<E, E> search(r, r, false, ex::all_of(findings), {}, {}, o);
  search.run(out);
  return out;
}

/// EXPLAIN.CELL across years: as `explain`, with `previous` (last year's report) and `across`,
/// the findings of `validate_across_years(current, previous, o)`. X.CARRY joins this year's
/// identities to last year's: a cell of 二、上年结转 whose X.CARRY holds is no candidate, and a
/// failing X.CARRY can be explained by a cell of either report (a cell of last year's is marked
/// `cell_ref::previous`). Sets made only of last year's own failures are left to its own check.
/// Use it instead of `explain` when a previous report is given; when the reports are no series
/// (X.SERIES), it is `explain(current, findings, o)`.
template <Edition E, Edition P, std::size_t N, std::size_t M>
[[nodiscard]] constexpr explanation_list explain_across_years(const report<E>& current, const report<P>& previous,
                                                              const finding_list<N>& findings,
                                                              const finding_list<M>& across,
                                                              const options& o = {}) noexcept {
  namespace ex = detail::explaining;
  bool carry_failed = false;
  for (const finding& f : across) {
    if (ex::names_rule(f) && f.rule->id == rules::x_series.id) return explain(current, findings, o);
    carry_failed = carry_failed || (ex::is_failed_identity(f) && ex::same_rule(f.rule, &rules::x_carry));
  }
  explanation_list out;
  if (findings.truncated() || across.truncated()) {
    out.mark_truncated();
    return out;
  }
  if (!carry_failed) {
    ex::engine<E, P> search(current, previous, true, ex::all_of(findings), {}, ex::all_of(across), o);
    search.run(out);
    return out;
  }
  // last year's identities through the cells a failing X.CARRY reaches
  const findings_for<P> before = validate(previous, o);
  ex::engine<E, P> search(current, previous, true, ex::all_of(findings), ex::all_of(before), ex::all_of(across), o);
  search.run(out);
  return out;
}

}  // namespace xxgk

#endif
