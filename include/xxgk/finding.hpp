#ifndef XXGK_FINDING_HPP
#define XXGK_FINDING_HPP

#include <xxgk/cell.hpp>
#include <xxgk/decimal.hpp>
#include <xxgk/report.hpp>
#include <xxgk/rule.hpp>

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <new>
#include <span>
#include <type_traits>

namespace xxgk {

/// Why a cell was reported, or why an identity could not be assessed.
enum class reason : std::uint8_t {
  none,
  blank_counted_as_zero,  ///< a blank or marker cell, counted as 0 (the default blank policy)
  blank_not_counted,      ///< a blank or marker cell, which makes identities over it not assessable
  text,                   ///< the cell holds text that is no number
  absent,                 ///< the cell was not published or could not be read with certainty
  negative,               ///< a count or amount below 0
  not_integer,            ///< a count with a fractional part
  too_large,              ///< a count beyond `max_count`: too large to add safely
  inferred_reading,       ///< the row's numbers were derived with this very identity: it cannot check them
};

[[nodiscard]] constexpr std::string_view to_string(reason r) noexcept {
  switch (r) {
    case reason::none: return "none";
    case reason::blank_counted_as_zero: return "blank_counted_as_zero";
    case reason::blank_not_counted: return "blank_not_counted";
    case reason::text: return "text";
    case reason::absent: return "absent";
    case reason::negative: return "negative";
    case reason::not_integer: return "not_integer";
    case reason::too_large: return "too_large";
    case reason::inferred_reading: return "inferred_reading";
  }
  return "";
}

/// The largest count that identities add: 10^15. Any sum of the cells of one identity then fits
/// in 64 bits; a larger count is a CELL.RANGE finding, and identities over it are not assessable.
inline constexpr std::int64_t max_count = 1'000'000'000'000'000;

/// The most cells one finding lists (S3.TOTAL involves at most 1 + 21 of them).
inline constexpr std::size_t max_cells_per_finding = 32;

/// One result of validation: a rule that failed, or could not be assessed, at a cell.
/// Detection only: writers turn findings into text or JSON.
struct finding {
  const rule_info* rule = nullptr;
  xxgk::severity severity = severity::note;
  xxgk::verdict verdict = verdict::failed;
  xxgk::reason reason = reason::none;
  cell_ref at{};           ///< the cell the finding is about: a total, or the checked cell
  cell_ref cause{};        ///< with `not_assessable`: the cell that made it so
  bool has_values = false; ///< `expected` and `actual` are meaningful
  bool inferred = false;   ///< some cell involved was inferred, not read: the finding rests on that reading
  decimal expected{};      ///< identities: the sum of the parts (balance: 一 + 二)
  decimal actual{};        ///< identities: the total as published (balance: （七）+ 四); cells: the value
  source_pos pos{};        ///< where `at` was read, when known
  std::uint8_t cell_count = 0;
  std::array<cell_ref, max_cells_per_finding> cells{};  ///< every cell involved, `at` included

  /// Every cell involved in the finding.
  [[nodiscard]] constexpr std::span<const cell_ref> involved() const noexcept {
    return {cells.data(), cell_count};
  }
  constexpr void add_cell(cell_ref r) noexcept {
    // one 32-bit comparison per listed cell, not four byte comparisons
    const auto key = std::bit_cast<std::uint32_t>(r);
    for (std::size_t i = 0; i != cell_count; ++i)
      if (std::bit_cast<std::uint32_t>(cells[i]) == key) return;
    if (cell_count < max_cells_per_finding) cells[cell_count++] = r;
  }
};

/// A fixed-capacity list of findings: no heap, so `validate` runs in constant expressions.
/// If more findings arise than fit, the list keeps the first ones and says it was `truncated`.
template <std::size_t Capacity>
class finding_list {
 public:
  constexpr void push(const finding& f) noexcept {
    if (size_ == Capacity) {
      truncated_ = true;
      return;
    }
    if (std::is_constant_evaluated()) {
      // a constant evaluation reads only objects it saw initialised: the first finding
      // value-initialises every slot (at run time no slot is written before its finding)
      if (size_ == 0) storage_ = storage(typename storage::initialised{});
      storage_.items[size_++] = f;
      return;
    }
    ::new (static_cast<void*>(storage_.items + size_)) finding(f);  // as std::optional constructs its value
    ++size_;
  }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] constexpr bool truncated() const noexcept { return truncated_; }
  [[nodiscard]] static constexpr std::size_t capacity() noexcept { return Capacity; }
  [[nodiscard]] constexpr const finding& operator[](std::size_t i) const noexcept { return begin()[i]; }
  [[nodiscard]] constexpr const finding* begin() const noexcept {
    if (size_ == 0) return nullptr;
    return std::is_constant_evaluated() ? storage_.items : std::launder(storage_.items);
  }
  [[nodiscard]] constexpr const finding* end() const noexcept { return begin() + size_; }

  /// The number of findings of a severity.
  [[nodiscard]] constexpr std::size_t count(xxgk::severity s) const noexcept {
    std::size_t n = 0;
    for (const finding& f : *this) n += f.severity == s ? 1U : 0U;
    return n;
  }
  /// The number of findings of a rule (by id: g++ with -fsanitize=undefined does not compare
  /// addresses of globals in constant expressions). Every finding in a list names its rule.
  [[nodiscard]] constexpr std::size_t count(const rule_info& r) const noexcept {
    std::size_t n = 0;
    for (const finding& f : *this) n += f.rule->id == r.id ? 1U : 0U;
    return n;
  }
  /// True when some finding is an error: the report fails its checks.
  [[nodiscard]] constexpr bool has_errors() const noexcept { return count(severity::error) != 0; }

 private:
  /// The slots. At run time none is written before a finding is pushed there: the capacity is
  /// every finding a report could produce (257 of 200 bytes for an edition-2021 report), and
  /// zeroing those 50 KB cost more than the rest of `validate`. A finding is constructed in its
  /// slot by placement new (<new>; not `std::construct_at`: <memory> costs every translation
  /// unit a quarter of a second) and read through `std::launder`. An empty list is
  /// constant-evaluable on either path, so that g++ still folds a run-time `validate` of a
  /// `constexpr` report that finds nothing (examples/constexpr_report.cpp).
  union storage {
    struct initialised {};
    constexpr storage() noexcept {}
    constexpr explicit storage(initialised) noexcept : items{} {}
    finding items[Capacity];  // NOLINT(*-avoid-c-arrays): placement new needs no std::array alive
  };
  storage storage_;
  std::size_t size_ = 0;
  bool truncated_ = false;
};

}  // namespace xxgk

#endif
