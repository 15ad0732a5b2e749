#ifndef XXGK_VALIDATE_HPP
#define XXGK_VALIDATE_HPP

#include <xxgk/finding.hpp>
#include <xxgk/report.hpp>
#include <xxgk/rule.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>

namespace xxgk {

/// What a blank or marker cell means in identities (FORMAT.md, CELL.BLANK).
enum class blank_policy : std::uint8_t {
  count_as_zero,   ///< the default: a blank counts as 0, and its CELL.BLANK finding says so
  not_assessable,  ///< identities touching a blank are not assessable
};

/// The caller's choices for `validate`.
struct options {
  blank_policy blanks = blank_policy::count_as_zero;
  friend constexpr bool operator==(const options&, const options&) = default;
};

/// The cell at `where` in a report. Precondition: `where` names a cell of the report's edition.
template <Edition E>
[[nodiscard]] constexpr const cell& cell_at(const report<E>& r, cell_ref where) noexcept {
  const cell* found = nullptr;
  for_each_table(r, [&](const auto& t, std::size_t i) {
    if (i == where.table) found = &t.at(where.row, where.column);
  });
  return *found;
}

/// Adds up the cells of one side of an identity, following the blank policy, and records every
/// cell it reads in the finding it was given, if any. A user's rule can use it for its own
/// identities.
class sum_builder {
 public:
  constexpr sum_builder(const options& o, finding& f) noexcept : options_(o), finding_(&f) {}
  /// A sum that records its cells nowhere: to learn whether an identity holds before building
  /// its finding.
  explicit constexpr sum_builder(const options& o) noexcept : options_(o) {}

  constexpr void add(const cell& c, cell_ref where) noexcept {
    if (finding_ != nullptr) {
      finding_->add_cell(where);
      if (c.inferred) finding_->inferred = true;
    }
    switch (c.state) {
      case cell_state::number: {
        const decimal v = c.value.normalized();
        if (v.scale != 0) return fail(reason::not_integer, where);
        if (v.units < 0) return fail(reason::negative, where);
        if (v.units > max_count) return fail(reason::too_large, where);
        value_ += v.units;  // at most 32 cells of at most 10^15: no overflow
        any_present_ = true;
        return;
      }
      case cell_state::blank:
      case cell_state::marker:
        any_present_ = true;
        if (options_.blanks == blank_policy::not_assessable) return fail(reason::blank_not_counted, where);
        return;
      case cell_state::text: any_present_ = true; return fail(reason::text, where);
      case cell_state::absent: return fail(reason::absent, where);
    }
  }

  [[nodiscard]] constexpr std::int64_t value() const noexcept { return value_; }
  [[nodiscard]] constexpr bool assessable() const noexcept { return why_ == reason::none; }
  [[nodiscard]] constexpr bool any_present() const noexcept { return any_present_; }
  [[nodiscard]] constexpr xxgk::reason why() const noexcept { return why_; }
  [[nodiscard]] constexpr cell_ref cause() const noexcept { return cause_; }

 private:
  constexpr void fail(xxgk::reason r, cell_ref where) noexcept {
    if (why_ == reason::none) {
      why_ = r;
      cause_ = where;
    }
  }
  const options& options_;
  finding* finding_ = nullptr;
  std::int64_t value_ = 0;
  xxgk::reason why_ = reason::none;
  cell_ref cause_{};
  bool any_present_ = false;
};

namespace detail {
/// Whether `conclude` adds a finding for these two sides.
[[nodiscard]] constexpr bool yields_finding(const sum_builder& expected, const sum_builder& actual) noexcept {
  if (!expected.any_present() && !actual.any_present()) return false;
  return !expected.assessable() || !actual.assessable() || expected.value() != actual.value();
}
}  // namespace detail

/// Turns two sides of an identity into a finding in `sink`: nothing when it holds or when no cell
/// of it was published at all (the reader reports what is missing), a failure with expected and
/// actual values, or a `not_assessable` note naming the cell that prevented the check.
template <class Sink>
constexpr void conclude(Sink& sink, finding& f, const sum_builder& expected,
                        const sum_builder& actual) noexcept {
  if (!detail::yields_finding(expected, actual)) return;
  if (!expected.assessable() || !actual.assessable()) {
    const sum_builder& bad = expected.assessable() ? actual : expected;
    f.verdict = verdict::not_assessable;
    f.severity = severity::note;
    f.reason = bad.why();
    f.cause = bad.cause();
    sink.push(f);
    return;
  }
  f.verdict = verdict::failed;
  f.severity = f.rule->severity;
  f.has_values = true;
  f.expected = decimal{expected.value(), 0};
  f.actual = decimal{actual.value(), 0};
  sink.push(f);
}

/// A check of one's own, validated beside the built-in rules without editing the library:
/// it names itself in a `rule_info`, says how many findings it can produce at most, and adds
/// findings to the sink it is given (`sink.push(finding)`). See tests/unit/custom_rule_test.cpp.
template <class R, class Rep>
concept Rule = requires(const R& rule, const Rep& rep, finding_list<1>& sink, const options& o) {
  { R::info } -> std::convertible_to<rule_info>;
  { R::max_findings } -> std::convertible_to<std::size_t>;
  rule.check(rep, sink, o);
};

namespace detail {

template <class Tree>
consteval std::size_t totals_in(const Tree& tree) {
  std::size_t n = 0;
  for (std::size_t i = 0; i != tree.node_count; ++i) n += tree.nodes[i].total >= 0 ? 1U : 0U;
  return n;
}

template <class T>
consteval std::size_t max_findings_of_table() {
  std::size_t n = T::cell_count;
  n += T::rows::size * totals_in(T::columns::tree);
  n += T::columns::size * totals_in(T::rows::tree);
  if constexpr (!std::is_same_v<typename T::balance_type, no_balance>) n += T::columns::size;
  return n;
}
template <class... Ts>
consteval std::size_t max_findings_of(table_list<Ts...>) {
  return (std::size_t{0} + ... + max_findings_of_table<Ts>());
}

template <class Tree, class CellAt>
constexpr bool leaves_present(const Tree& tree, std::size_t n, const CellAt& at) noexcept {
  const node& nd = tree.nodes[n];
  if (!nd.is_branch) return at(static_cast<std::size_t>(nd.slot)).first.is_present();
  for (std::size_t k = 0; k != nd.child_count; ++k)
    if (!leaves_present(tree, tree.children[nd.first_child + k], at)) return false;
  return true;
}
template <class Tree, class CellAt>
constexpr bool any_leaf_present(const Tree& tree, std::size_t n, const CellAt& at) noexcept {
  const node& nd = tree.nodes[n];
  if (!nd.is_branch) return at(static_cast<std::size_t>(nd.slot)).first.is_present();
  for (std::size_t k = 0; k != nd.child_count; ++k)
    if (any_leaf_present(tree, tree.children[nd.first_child + k], at)) return true;
  return false;
}

/// Adds what node `n` contributes to a sum: a leaf its cell; a group its members, or, when it
/// may print a subtotal (2019-style （六）其他处理) and its items were not all published, that
/// subtotal.
template <class Tree, class CellAt>
constexpr void add_node(const Tree& tree, std::size_t n, const CellAt& at, sum_builder& sum) noexcept {
  const node& nd = tree.nodes[n];
  if (!nd.is_branch) {
    const auto [c, ref] = at(static_cast<std::size_t>(nd.slot));
    sum.add(c, ref);
    return;
  }
  if (nd.optional_total && !leaves_present(tree, n, at)) {
    const auto [c, ref] = at(static_cast<std::size_t>(nd.total));
    if (c.is_present()) {
      sum.add(c, ref);
      return;
    }
  }
  for (std::size_t k = 0; k != nd.child_count; ++k) add_node(tree, tree.children[nd.first_child + k], at, sum);
}

/// One identity of a rule about the cell `at`: `add(expected, actual)` adds up both sides.
/// Most identities hold, so the sums are first added up without recording cells, and only for
/// an identity that yields a finding are they added up again into it.
/// (`pos` by reference: g++ 12 rejects the constant evaluation, "modification of the report",
/// when it is a parameter by value copied from a cell of the report.)
template <class Sink, class Add>
constexpr void check_identity(Sink& sink, const rule_info* rule, cell_ref at, const source_pos& pos,
                              const options& o, const Add& add) noexcept {
  {
    sum_builder expected(o), actual(o);
    add(expected, actual);
    if (!yields_finding(expected, actual)) return;
  }
  finding f{};
  f.rule = rule;
  f.at = at;
  f.pos = pos;
  sum_builder expected(o, f), actual(o, f);
  add(expected, actual);
  conclude(sink, f, expected, actual);
}

/// The total of node `n` of one dimension's hierarchy against its members, for one line of the
/// other (nothing for a node without a total). `reads_rows`: the rule is the one a reader uses to
/// split a line of run-together digits (S3.ROW, S4.TOTAL), so a line read that way cannot be
/// checked by it (FORMAT.md, "Inferred cells"): its finding is `not_assessable` for
/// `reason::inferred_reading`.
template <class Tree, class CellAt, class Sink>
constexpr void check_total(const Tree& tree, std::size_t n, const CellAt& at, const rule_info* rule,
                           const options& o, Sink& sink, bool reads_rows = false) noexcept {
  const node& nd = tree.nodes[n];
  if (nd.total < 0) return;
  // a pair, not a structured binding: clang 14 cannot capture one in a lambda
  const auto total = at(static_cast<std::size_t>(nd.total));
  // an optional subtotal is checked only where both it and some item were published
  if (nd.optional_total && (!total.first.is_present() || !any_leaf_present(tree, n, at))) return;
  if (reads_rows && total.first.inferred) {
    finding f{};
    f.rule = rule;
    f.at = total.second;
    f.pos = total.first.pos;
    f.verdict = verdict::not_assessable;
    f.severity = severity::note;
    f.reason = reason::inferred_reading;
    f.cause = total.second;
    sum_builder members(o, f), published(o, f);
    published.add(total.first, total.second);
    for (std::size_t k = 0; k != nd.child_count; ++k)
      add_node(tree, tree.children[nd.first_child + k], at, members);
    sink.push(f);
    return;
  }
  check_identity(sink, rule, total.second, total.first.pos, o, [&](sum_builder& expected, sum_builder& actual) {
    actual.add(total.first, total.second);
    for (std::size_t k = 0; k != nd.child_count; ++k)
      add_node(tree, tree.children[nd.first_child + k], at, expected);
  });
}

/// Every total of one dimension's hierarchy against its members, for one line of the other.
template <class Tree, class CellAt, class Sink>
constexpr void check_totals(const Tree& tree, const CellAt& at, const rule_info* rule,
                            const options& o, Sink& sink, bool reads_rows = false) noexcept {
  for (std::size_t n = 0; n != tree.node_count; ++n) check_total(tree, n, at, rule, o, sink, reads_rows);
}

/// `plain_count` of a cell that is absent (and not inferred): an identity all of whose cells are
/// absent yields no finding.
inline constexpr std::int64_t absent_count = -1 - max_count;

/// What a cell adds to a sum when `sum_builder` would add it without a second look: a count in
/// range (0 to `max_count`, no fraction), or 0 for a blank or marker counted as zero. Negative
/// for any other cell, an identity over which is left to `sum_builder`: `absent_count` for an
/// absent cell, -1 for the others (text, a count out of range, a blank not counted, a cell
/// marked inferred).
[[nodiscard]] constexpr std::int64_t plain_count(const cell& x, const options& o) noexcept {
  if (x.inferred) return -1;
  if (x.state == cell_state::absent) return absent_count;
  if (x.state == cell_state::number) {
    const decimal v = x.value.scale == 0 ? x.value : x.value.normalized();
    // one comparison for 0 <= units <= max_count
    return v.scale == 0 && static_cast<std::uint64_t>(v.units) <= std::uint64_t{max_count} ? v.units : -1;
  }
  if (x.is_blank()) return o.blanks == blank_policy::count_as_zero ? 0 : -1;
  return -1;
}

/// The identities of a hierarchy, flattened for a quick first look: each node with a total, in
/// node order, with the leaves under it. When the total and all those leaves are present, they
/// are what `check_total` compares (an optional subtotal gives way to its items then). With
/// every line under it: when none of them is present, `check_total` finds nothing either.
template <std::size_t Nodes>
struct flat_totals {
  std::array<std::uint16_t, Nodes> node{};
  std::array<std::uint16_t, Nodes> total{};
  std::array<std::uint16_t, Nodes + 1> first{};  ///< the leaves of identity k: [first[k], first[k + 1])
  std::array<std::uint16_t, Nodes * Nodes> leaves{};
  std::array<std::uint16_t, Nodes + 1> first_line{};  ///< every line under identity k: [first_line[k], first_line[k + 1])
  std::array<std::uint16_t, Nodes * Nodes> lines{};
  std::size_t count = 0;

  /// True when identity `k` certainly yields no finding on a line whose cells' `plain_count`s
  /// are `line[i * stride]`: it holds over plain cells, or none of its cells is present.
  [[nodiscard]] constexpr bool settled(std::size_t k, const std::int64_t* line, std::size_t stride) const noexcept {
    return holds(k, line, stride) || absent(k, line, stride);
  }

  [[nodiscard]] constexpr bool holds(std::size_t k, const std::int64_t* line, std::size_t stride) const noexcept {
    const std::int64_t published = line[total[k] * stride];
    std::int64_t sum = 0, signs = published;  // negative once some cell is not plain
    for (std::size_t i = first[k]; i != first[k + 1]; ++i) {
      const std::int64_t v = line[leaves[i] * stride];
      sum += v;
      signs |= v;
    }
    return signs >= 0 && sum == published;
  }
  [[nodiscard]] constexpr bool absent(std::size_t k, const std::int64_t* line, std::size_t stride) const noexcept {
    if (line[total[k] * stride] != absent_count) return false;
    for (std::size_t i = first_line[k]; i != first_line[k + 1]; ++i)
      if (line[lines[i] * stride] != absent_count) return false;
    return true;
  }
};

template <class Tree, std::size_t Nodes>
consteval void add_lines(const Tree& tree, std::size_t n, flat_totals<Nodes>& out, std::size_t& leaves,
                         std::size_t& lines) {
  const node& nd = tree.nodes[n];
  if (!nd.is_branch) {
    out.leaves[leaves++] = static_cast<std::uint16_t>(nd.slot);
    out.lines[lines++] = static_cast<std::uint16_t>(nd.slot);
    return;
  }
  if (nd.total >= 0) out.lines[lines++] = static_cast<std::uint16_t>(nd.total);
  for (std::size_t c = 0; c != nd.child_count; ++c)
    add_lines(tree, tree.children[nd.first_child + c], out, leaves, lines);
}

template <class Dimension>
consteval flat_totals<Dimension::node_count> make_flat_totals() {
  const auto& tree = Dimension::tree;
  flat_totals<Dimension::node_count> out{};
  std::size_t leaves = 0, lines = 0;
  for (std::size_t n = 0; n != tree.node_count; ++n) {
    const node& nd = tree.nodes[n];
    if (nd.total < 0) continue;
    out.node[out.count] = static_cast<std::uint16_t>(n);
    out.total[out.count] = static_cast<std::uint16_t>(nd.total);
    out.first[out.count] = static_cast<std::uint16_t>(leaves);
    out.first_line[out.count] = static_cast<std::uint16_t>(lines);
    for (std::size_t c = 0; c != nd.child_count; ++c)
      add_lines(tree, tree.children[nd.first_child + c], out, leaves, lines);
    ++out.count;
  }
  out.first[out.count] = static_cast<std::uint16_t>(leaves);
  out.first_line[out.count] = static_cast<std::uint16_t>(lines);
  return out;
}

/// The flattened identities of the rows or of the columns of a table (`T::rows`, `T::columns`).
template <class Dimension>
inline constexpr flat_totals<Dimension::node_count> flat_totals_v = make_flat_totals<Dimension>();

/// CELL.RANGE and CELL.BLANK on every cell of a table; `counts` receives the `plain_count` of
/// every cell, by index. False when no cell of the table is present.
template <class T, class Sink>
constexpr bool check_cells(const table<T>& t, std::uint8_t index, const options& o, Sink& sink,
                           std::array<std::int64_t, T::cell_count>& counts) noexcept {
  bool any_present = false;
  for (std::size_t i = 0; i != T::cell_count; ++i) {
    const cell& x = t.cells[i];
    const std::int64_t count = plain_count(x, o);
    counts[i] = count;
    if (x.state == cell_state::absent) continue;
    any_present = true;
    if (count >= 0 && x.is_number()) continue;  // a count in range, the common case: nothing to say
    const std::size_t r = i / t.column_count, c = i % t.column_count;
    xxgk::reason why = reason::none;
    if (x.is_blank()) {
      why = o.blanks == blank_policy::count_as_zero ? reason::blank_counted_as_zero : reason::blank_not_counted;
    } else if (x.state == cell_state::text) {
      why = reason::text;
    } else if (x.is_number()) {
      const value_kind kind = T::columns::kinds[c];
      const decimal v = x.value.normalized();
      if (kind != value_kind::amount && v.scale != 0) why = reason::not_integer;
      else if (kind != value_kind::signed_count && v.units < 0) why = reason::negative;
      else if (kind != value_kind::amount && (v.units > max_count || v.units < -max_count)) why = reason::too_large;
    }
    if (why == reason::none) continue;
    finding f{};
    f.rule = x.is_blank() ? &rules::cell_blank : &rules::cell_range;
    f.severity = f.rule->severity;
    f.reason = why;
    f.at = {index, static_cast<std::uint8_t>(r), static_cast<std::uint8_t>(c)};
    f.pos = x.pos;
    f.add_cell(f.at);
    f.has_values = x.is_number();
    f.inferred = x.inferred;
    if (x.is_number()) f.actual = x.value;
    sink.push(f);
  }
  return any_present;
}

template <class T, auto... Rows>
constexpr void add_rows(const table<T>& t, std::uint8_t index, std::size_t c, sum_builder& sum,
                        value_list<Rows...>) noexcept {
  (sum.add(t.at(T::rows::template index<tag_t<Rows>>, c),
           cell_ref{index, static_cast<std::uint8_t>(T::rows::template index<tag_t<Rows>>),
                    static_cast<std::uint8_t>(c)}),
   ...);
}

/// The `plain_count`s of rows `Rows` in column `c` added up, or -1 when some cell is not plain.
template <class T, auto... Rows>
constexpr std::int64_t plain_sum(const std::array<std::int64_t, T::cell_count>& counts, std::size_t c,
                                 value_list<Rows...>) noexcept {
  std::int64_t sum = 0, signs = 0;
  ((sum += counts[T::rows::template index<tag_t<Rows>> * T::columns::size + c],
    signs |= counts[T::rows::template index<tag_t<Rows>> * T::columns::size + c]),
   ...);
  return signs < 0 ? -1 : sum;
}
template <class T, auto... Rows>
constexpr bool rows_absent(const std::array<std::int64_t, T::cell_count>& counts, std::size_t c,
                           value_list<Rows...>) noexcept {
  return ((counts[T::rows::template index<tag_t<Rows>> * T::columns::size + c] == absent_count) && ...);
}

/// True when row `r` of table `T` is one of rows `Rows`.
template <class T, auto... Rows>
[[nodiscard]] constexpr bool among_rows(std::size_t r, value_list<Rows...>) noexcept {
  return ((T::rows::template index<tag_t<Rows>> == r) || ...);
}

/// Column `c` of table `t`, the report's table `index`, against the table's balance (S3.BALANCE:
/// its `lhs` rows add up to its `rhs` rows), cell by cell: a finding into `sink` when it fails or
/// cannot be assessed, at the balance's last row (四、结转下年度继续办理). For a table that has a
/// balance and a rule for it (`rules::has_balance_rule`).
template <class T, class Sink>
constexpr void check_balance(const table<T>& t, std::uint8_t index, std::size_t c, const options& o,
                             Sink& sink) noexcept {
  const cell_ref last{index, static_cast<std::uint8_t>(T::rows::size - 1), static_cast<std::uint8_t>(c)};
  check_identity(sink, rules::balance_rule<T>(), last, t.at(last.row, c).pos, o,
                 [&](sum_builder& expected, sum_builder& actual) {
                   add_rows(t, index, c, expected, typename T::balance_type::lhs{});
                   add_rows(t, index, c, actual, typename T::balance_type::rhs{});
                 });
}

/// Every check of one table. Most identities of a report hold over cells that are all plain
/// counts, or lie in rows the report does not publish: each is first looked at through the
/// `plain_count`s of its cells, and only one that neither holds that way nor is wholly absent is
/// checked cell by cell (`check_total`, `check_identity`), which builds its finding, if any.
template <class T, class Sink>
constexpr void check_table(const table<T>& t, std::uint8_t index, const options& o, Sink& sink) noexcept {
  std::array<std::int64_t, T::cell_count> counts;  // written whole by check_cells before any read
  if (!check_cells(t, index, o, sink, counts)) return;  // a table not published at all: the reader says it is missing
  auto ref = [index](std::size_t row, std::size_t column) {
    return cell_ref{index, static_cast<std::uint8_t>(row), static_cast<std::uint8_t>(column)};
  };
  // the identities left to check_total, in the order their findings take: found first, checked
  // after, so that check_total is called from one place (not once per identity of an unrolled loop)
  std::array<std::uint16_t, T::cell_count> pending;
  std::size_t pending_count = 0;
  if constexpr (rules::has_across_total_rule<T>) {
    constexpr auto& totals = flat_totals_v<typename T::columns>;
    for (std::size_t r = 0; r != t.row_count; ++r)
      for (std::size_t k = 0; k != totals.count; ++k)
        if (!totals.settled(k, counts.data() + r * t.column_count, 1))
          pending[pending_count++] = static_cast<std::uint16_t>(r * totals.count + k);
    for (std::size_t i = 0; i != pending_count; ++i) {
      const std::size_t r = pending[i] / totals.count, k = pending[i] % totals.count;
      auto at = [&](std::size_t column) { return std::pair<const cell&, cell_ref>{t.at(r, column), ref(r, column)}; };
      check_total(T::columns::tree, totals.node[k], at, rules::across_total_rule<T>(), o, sink, true);
    }
  }
  if constexpr (rules::has_down_total_rule<T>) {
    constexpr auto& totals = flat_totals_v<typename T::rows>;
    pending_count = 0;
    for (std::size_t c = 0; c != t.column_count; ++c)
      for (std::size_t k = 0; k != totals.count; ++k)
        if (!totals.settled(k, counts.data() + c, t.column_count))
          pending[pending_count++] = static_cast<std::uint16_t>(c * totals.count + k);
    for (std::size_t i = 0; i != pending_count; ++i) {
      const std::size_t c = pending[i] / totals.count, k = pending[i] % totals.count;
      auto at = [&](std::size_t row) { return std::pair<const cell&, cell_ref>{t.at(row, c), ref(row, c)}; };
      check_total(T::rows::tree, totals.node[k], at, rules::down_total_rule<T>(), o, sink);
    }
  }
  if constexpr (!std::is_same_v<typename T::balance_type, no_balance> && rules::has_balance_rule<T>) {
    using lhs = typename T::balance_type::lhs;
    using rhs = typename T::balance_type::rhs;
    for (std::size_t c = 0; c != t.column_count; ++c) {
      const std::int64_t published = plain_sum<T>(counts, c, rhs{});
      if (published >= 0 && plain_sum<T>(counts, c, lhs{}) == published) continue;
      if (rows_absent<T>(counts, c, lhs{}) && rows_absent<T>(counts, c, rhs{})) continue;
      check_balance(t, index, c, o, sink);
    }
  }
}

}  // namespace detail

namespace detail {
// 0 for a type that is no rule, so that `validate` with a wrong argument fails on its `Rule`
// constraint (clang 14 computes the return type before checking the constraints)
template <class R>
consteval std::size_t max_findings_of_rule() {
  if constexpr (requires { { R::max_findings } -> std::convertible_to<std::size_t>; }) return R::max_findings;
  else return 0;
}
}  // namespace detail

/// The most findings `validate` can return for a report of edition `E` with rules `Rules`.
template <Edition E, class... Rules>
inline constexpr std::size_t max_findings_v =
    detail::max_findings_of(typename E::tables{}) + (std::size_t{0} + ... + detail::max_findings_of_rule<Rules>());

/// The findings of validating a report of edition `E` with extra rules `Rules`.
template <Edition E, class... Rules>
using findings_for = finding_list<max_findings_v<E, Rules...>>;

/// Checks a report against every built-in rule (and the caller's own `extra` rules): CELL.RANGE
/// and CELL.BLANK on every cell, then the identities of each table derived from its schema.
/// Returns the failed and the not-assessable ones. The same code runs at compile time and at
/// run time; it allocates nothing and cannot fail.
template <Edition E, class... Rules>
  requires(Rule<Rules, report<E>> && ...)
[[nodiscard]] constexpr findings_for<E, Rules...> validate(const report<E>& r, const options& o = {},
                                                           const Rules&... extra) noexcept {
  findings_for<E, Rules...> out;
  for_each_table(r, [&](const auto& t, std::size_t i) {
    detail::check_table(t, static_cast<std::uint8_t>(i), o, out);
  });
  (extra.check(r, out, o), ...);
  return out;
}

}  // namespace xxgk

#endif
