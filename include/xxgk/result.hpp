#ifndef XXGK_RESULT_HPP
#define XXGK_RESULT_HPP

#include <xxgk/cell.hpp>

#include <cstdlib>
#include <string>
#include <utility>
#include <variant>

namespace xxgk {

/// Why a reader could not produce anything usable: a stable code from the reader catalogue
/// (e.g. "INPUT.EMPTY"), a message, and where in the source, when known.
struct error {
  std::string code;
  std::string message;
  source_pos pos{};
};

/// A value or an `error`, with the member names of `std::expected` so that it can become an
/// alias of it later. No exceptions: `value()` on an error is a precondition violation and
/// terminates.
template <class T>
class [[nodiscard]] result {
 public:
  result(T value) : data_(std::in_place_index<0>, std::move(value)) {}            // NOLINT
  result(xxgk::error e) : data_(std::in_place_index<1>, std::move(e)) {}          // NOLINT

  [[nodiscard]] bool has_value() const noexcept { return data_.index() == 0; }
  explicit operator bool() const noexcept { return has_value(); }

  [[nodiscard]] T& value() & noexcept { return check(), *std::get_if<0>(&data_); }
  [[nodiscard]] const T& value() const& noexcept { return check(), *std::get_if<0>(&data_); }
  [[nodiscard]] T&& value() && noexcept { return check(), std::move(*std::get_if<0>(&data_)); }
  [[nodiscard]] T& operator*() & noexcept { return value(); }
  [[nodiscard]] const T& operator*() const& noexcept { return value(); }
  [[nodiscard]] T* operator->() noexcept { return &value(); }
  [[nodiscard]] const T* operator->() const noexcept { return &value(); }

  /// Precondition: `!has_value()`.
  [[nodiscard]] const xxgk::error& error() const& noexcept {
    if (has_value()) std::abort();
    return *std::get_if<1>(&data_);
  }

 private:
  void check() const noexcept {
    if (!has_value()) std::abort();
  }
  std::variant<T, xxgk::error> data_;
};

}  // namespace xxgk

#endif
