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
    bool blank = false;    ///< a blank cell (a `_` of the digits), counted as 0
  };
  std::vector<std::vector<number>> found;  ///< at most `limit` of them
  std::size_t count = 0;                   ///< how many there are (at most `limit` + 1: "more")
  bool gave_up = false;                    ///< the search was too long: nothing is known
};

/// The largest count a split reads (10^15).
inline constexpr std::int64_t most_split_count = 1'000'000'000'000'000;

/// The count that `digits` say, or -1 when they are no count a split may take: a character not
/// an ASCII digit, a leading zero unless the count is a lone 0, more than 16 digits, more than 10^15.
[[nodiscard]] constexpr std::int64_t count_of_digits(std::string_view digits) noexcept {
  if (digits.empty() || digits.size() > 16 || (digits.size() > 1 && digits[0] == '0')) return -1;
  std::int64_t v = 0;
  for (const char d : digits) {
    if (d < '0' || d > '9') return -1;
    v = v * 10 + (d - '0');
  }
  return v > most_split_count ? -1 : v;
}

/// Every way of cutting `digits` (ASCII digits, with single spaces where the source had a
/// space, and a `_` for each blank cell the source shows: a number never spans either) into
/// `shape.count()` cells: each `_` one blank cell, counted as 0, the digits numbers. No number has
/// a leading zero unless it is a lone 0, none exceeds 10^15, and, with `last_is_sum`, every
/// group's last cell is the sum of the others. Stops after `limit + 1` readings or `budget` steps
/// (`gave_up`).
[[nodiscard]] inline digit_readings split_digits(std::string_view digits, split_shape shape,
                                                 std::size_t limit = 4, std::size_t budget = 200000) {
  digit_readings out;
  const std::size_t n = digits.size();
  const std::size_t total = shape.count();
  std::vector<digit_readings::number> current(total);
  std::size_t steps = 0;
  // the end of the digits from `i` (the next space, blank or the end)
  auto run_end = [&](std::size_t i) {
    while (i < n && digits[i] >= '0' && digits[i] <= '9') ++i;
    return i;
  };
  // reads the number of `len` digits at `i`, or -1 (`count_of_digits`: also when the stretch
  // holds a space or a blank)
  auto value_at = [&](std::size_t i, std::size_t len) { return count_of_digits(digits.substr(i, len)); };
  auto record = [&] {
    ++out.count;
    if (out.found.size() < limit) out.found.push_back(current);
  };
  auto tick = [&] {
    if (++steps > budget) out.gave_up = true;
    return !out.gave_up && out.count <= limit;
  };
  // The last group's total ends the digits: for each length it may have, its value is known,
  // and its parts must fill the digits before it and add up to it exactly, which prunes most
  // of the search. `fill` places the parts `k`... of that group in [i, stop) adding up to `left`.
  const std::size_t last_run = digits.find_last_of(" _") == std::string_view::npos ? 0 : digits.find_last_of(" _") + 1;
  const std::size_t last_group = std::size_t{shape.groups - 1U} * shape.size;
  auto fill = [&](auto&& self, std::size_t i, std::size_t stop, std::size_t k, std::int64_t left) -> void {
    if (!tick()) return;
    while (i < stop && digits[i] == ' ') ++i;
    if (i >= stop) return;
    while (stop > i && digits[stop - 1] == ' ') --stop;
    if (digits[i] == '_') {  // a blank part: 0; the last, when nothing follows it
      current[k] = {0, static_cast<std::uint32_t>(i), true};
      if (k != total - 2) self(self, i + 1, stop, k + 1, left);
      else if (i + 1 == stop && left == 0) record();
      return;
    }
    if (k == total - 2) {  // the last part: the rest, whole (no space nor blank in it)
      if (value_at(i, stop - i) != left) return;
      current[k] = {left, static_cast<std::uint32_t>(i)};
      record();
      return;
    }
    const std::size_t end = std::min(run_end(i), stop);
    const std::size_t parts_after = total - 2 - k;  // one character each at least
    for (std::size_t len = 1; i + len <= end && i + len + parts_after <= stop; ++len) {
      const std::int64_t v = value_at(i, len);
      if (v < 0 || v > left) break;  // a leading zero, or too large: longer ones are too
      current[k] = {v, static_cast<std::uint32_t>(i)};
      self(self, i + len, stop, k + 1, left - v);
      if (out.gave_up || out.count > limit) return;
    }
  };
  // `k` numbers placed, the next starts at digit `i` (spaces skipped), `sum` of the group so far,
  // `longest` the most digits of a number of the group so far
  auto place = [&](auto&& self, std::size_t i, std::size_t k, std::int64_t sum, std::size_t longest) -> void {
    if (!tick()) return;
    while (i < n && digits[i] == ' ') ++i;
    if (k == total) {
      if (i == n) record();
      return;
    }
    if (i == n) return;
    const bool last_of_group = (k + 1) % shape.size == 0;
    if (digits[i] == '_') {  // a blank cell, 0: a total only of parts that add up to 0
      if (shape.last_is_sum && last_of_group && sum != 0) return;
      current[k] = {0, static_cast<std::uint32_t>(i), true};
      self(self, i + 1, k + 1, last_of_group ? 0 : sum, last_of_group ? 0 : longest);
      return;
    }
    if (shape.last_is_sum && k == last_group) {
      if (digits[n - 1] == '_') {  // the last total blank: its parts add up to 0
        current[total - 1] = {0, static_cast<std::uint32_t>(n - 1), true};
        fill(fill, i, n - 1, k, 0);
        return;
      }
      for (std::size_t len = 1; len <= 16 && len <= n && n - len >= std::max(last_run, i + shape.size - 1); ++len) {
        const std::int64_t t = value_at(n - len, len);
        if (t < 0) continue;  // a leading zero (a longer one may still be a number)
        current[total - 1] = {t, static_cast<std::uint32_t>(n - len)};
        fill(fill, i, n - len, k, t);
        if (out.gave_up || out.count > limit) return;
      }
      return;
    }
    const std::size_t left = total - k;  // numbers still to place, each at least one digit
    const std::size_t end = run_end(i);
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
      self(self, i + len, k + 1, 0, 0);
      return;
    }
    // what must still fit after this number: one digit for each number after it, and, in a
    // group whose last number is the sum, that sum is at least as long as its longest part
    for (std::size_t len = 1; i + len <= end && len <= 16; ++len) {
      const std::size_t longer = std::max(longest, len);
      const std::size_t need = shape.last_is_sum && !last_of_group ? left - 1 + (longer - 1) : left - 1;
      if (n - (i + len) < need) break;  // characters left bound the digits left
      const std::int64_t v = value_at(i, len);
      if (v < 0) {
        if (len == 1) return;  // impossible: one digit is always a number
        break;                 // a leading zero or too large: longer ones are too
      }
      if (shape.last_is_sum && !last_of_group) {
        // the sum so far must still fit in what is left for the total: a longer part only adds
        const std::size_t parts_after = shape.size - 2 - k % shape.size;
        const std::size_t later = total - (k / shape.size + 1) * shape.size;
        const std::size_t room = n - (i + len) - parts_after - later;  // >= longer, by `need`
        std::size_t digits_of_sum = 1;
        for (std::int64_t x = (sum + v) / 10; x != 0; x /= 10) ++digits_of_sum;
        if (digits_of_sum > room) break;
      }
      current[k] = {v, static_cast<std::uint32_t>(i)};
      self(self, i + len, k + 1, last_of_group ? 0 : sum + v, last_of_group ? 0 : longer);
      if (out.gave_up || out.count > limit) return;
    }
  };
  place(place, 0, 0, 0, 0);
  return out;
}

/// True when `digits` (as for `split_digits`, a `_` read as a space: a U+00A0 may part cells
/// rather than fill one) have a reading that adds up with cells lost from the text: fewer
/// numbers than `shape.count()`, the lost cells blanks (0), in `shape.groups` groups of at most
/// `shape.size` numbers, each group's last number the sum of its others (a group's lost total is
/// 0, and so are then its parts). A text that leaves empty cells out (`<td></td>` run together)
/// loses them so: a line no split into `shape.count()` numbers adds up to may still be a row whose
/// totals hold. Also true when the search passes `budget` steps (nothing is known then).
[[nodiscard]] inline bool adds_up_with_cells_lost(std::string_view digits, split_shape shape,
                                                  std::size_t budget = 200000) {
  constexpr std::int64_t most = most_split_count;
  const std::size_t n = digits.size();
  const std::size_t groups = shape.groups;
  std::vector<std::int8_t> known((n + 1) * (groups + 1), -1);  // from(i, g), once found
  std::size_t steps = 0;
  bool gave_up = false;
  const auto digit = [&](std::size_t i) { return i < n && digits[i] >= '0' && digits[i] <= '9'; };
  const auto skip = [&](std::size_t i) {
    while (i < n && !digit(i)) ++i;
    return i;
  };
  // the digits from `i` read as groups `g`, `g` + 1, ... to the end
  const auto from = [&](auto&& self, std::size_t i, std::size_t g) -> bool {
    i = skip(i);
    if (g == groups) return i == n;
    std::int8_t& memo = known[i * (groups + 1) + g];
    if (memo >= 0) return memo != 0;
    // `parts` numbers of group `g` read, adding up to `sum`; the next at `j` is a part or the total
    const auto numbers = [&](auto&& more, std::size_t j, std::size_t parts, std::int64_t sum) -> bool {
      if (++steps > budget) gave_up = true;
      if (gave_up) return true;
      j = skip(j);
      std::int64_t v = 0;
      for (std::size_t len = 1; len <= 16 && digit(j + len - 1); ++len) {
        if (len > 1 && digits[j] == '0') break;
        v = v * 10 + (digits[j + len - 1] - '0');
        if (v > most) break;
        if (v == sum && self(self, j + len, g + 1)) return true;
        if (parts + 1 < shape.size && v <= most - sum && more(more, j + len, parts + 1, sum + v)) return true;
      }
      return false;
    };
    const bool found = self(self, i, g + 1) || (i < n && numbers(numbers, i, 0, 0));
    if (!gave_up) memo = found ? 1 : 0;
    return found;
  };
  return from(from, 0, 0) || gave_up;
}

}  // namespace xxgk::detail

#endif
