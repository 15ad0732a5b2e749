#ifndef XXGK_DETAIL_DIGIT_SPLIT_HPP
#define XXGK_DETAIL_DIGIT_SPLIT_HPP
// IWYU pragma: private, include <xxgk/parse.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace xxgk::detail {

/// How a line of run-together digits is cut into cells: `groups` groups of `size` numbers each.
/// With `last_is_sum`, the last number of every group is the sum of the others (S3.ROW: a row of
/// chapter 三, one group of 7; S4.TOTAL: chapter 四, three groups of 5); without it, every split
/// counts (chapter 二, where no identity constrains a row).
struct split_shape {
  std::uint8_t groups = 1;
  std::uint8_t size = 7;
  bool last_is_sum = true;
  [[nodiscard]] constexpr std::size_t count() const noexcept { return std::size_t{groups} * size; }
};

/// The readings of one line of digits: each a list of `shape.count()` numbers with the offset in
/// `digits` of each one's first digit.
struct digit_readings {
  struct number {
    std::int64_t value = 0;
    std::uint32_t at = 0;  ///< offset in the digit string
  };
  std::vector<std::vector<number>> found;  ///< at most `limit` of them
  std::size_t count = 0;                   ///< how many there are (at most `limit` + 1: "more")
  bool gave_up = false;                    ///< the search was too long: nothing is known
};

/// Every way of cutting `digits` (ASCII digits, with single spaces where the source had a
/// space: a number never spans one) into `shape.count()` numbers: no number has a leading zero
/// unless it is a lone 0, none exceeds 10^15, and, with `last_is_sum`, every group's last number
/// is the sum of the others. Stops after `limit + 1` readings or `budget` steps (`gave_up`).
[[nodiscard]] inline digit_readings split_digits(std::string_view digits, split_shape shape,
                                                 std::size_t limit = 4, std::size_t budget = 200000) {
  constexpr std::int64_t most = 1'000'000'000'000'000;
  digit_readings out;
  const std::size_t n = digits.size();
  const std::size_t total = shape.count();
  std::vector<digit_readings::number> current(total);
  std::size_t steps = 0;
  // the number of digits from `i` to the next space or the end
  auto run_end = [&](std::size_t i) {
    while (i < n && digits[i] != ' ') ++i;
    return i;
  };
  // reads the number of `len` digits at `i` (no leading zero unless it is 0), or -1
  auto value_at = [&](std::size_t i, std::size_t len) -> std::int64_t {
    if (len == 0 || len > 16 || (len > 1 && digits[i] == '0')) return -1;
    std::int64_t v = 0;
    for (std::size_t k = i; k != i + len; ++k) v = v * 10 + (digits[k] - '0');
    return v > most ? -1 : v;
  };
  // `k` numbers placed, the next starts at digit `i` (spaces skipped), `sum` of the group so far
  auto place = [&](auto&& self, std::size_t i, std::size_t k, std::int64_t sum) -> void {
    if (out.gave_up || out.count > limit) return;
    if (++steps > budget) {
      out.gave_up = true;
      return;
    }
    while (i < n && digits[i] == ' ') ++i;
    if (k == total) {
      if (i == n) {
        ++out.count;
        if (out.found.size() < limit) out.found.push_back(current);
      }
      return;
    }
    if (i == n) return;
    const std::size_t left = total - k;  // numbers still to place, each at least one digit
    const std::size_t end = run_end(i);
    const bool last_of_group = (k + 1) % shape.size == 0;
    if (shape.last_is_sum && last_of_group) {
      // the total is known: its digits must stand here
      char text[24];
      std::size_t len = 0;
      std::int64_t v = sum;
      do {
        text[len++] = static_cast<char>('0' + v % 10);
        v /= 10;
      } while (v != 0);
      if (i + len > end) return;
      for (std::size_t d = 0; d != len; ++d)
        if (digits[i + d] != text[len - 1 - d]) return;
      current[k] = {sum, static_cast<std::uint32_t>(i)};
      self(self, i + len, k + 1, 0);
      return;
    }
    for (std::size_t len = 1; i + len <= end && len <= 16; ++len) {
      if (n - i < left) break;  // (roughly) too few digits left for the other numbers
      const std::int64_t v = value_at(i, len);
      if (v < 0) {
        if (len == 1) return;  // impossible: one digit is always a number
        break;                 // a leading zero or too large: longer ones are too
      }
      current[k] = {v, static_cast<std::uint32_t>(i)};
      self(self, i + len, k + 1, last_of_group ? 0 : sum + v);
      if (out.gave_up || out.count > limit) return;
    }
  };
  place(place, 0, 0, 0);
  return out;
}

}  // namespace xxgk::detail

#endif
