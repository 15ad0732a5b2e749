#ifndef XXGK_ANY_REPORT_HPP
#define XXGK_ANY_REPORT_HPP

#include <xxgk/report.hpp>
#include <xxgk/validate.hpp>

#include <utility>
#include <variant>

namespace xxgk {

/// A report of either edition, as a reader returns it when the edition is known only at run
/// time. `visit` hands the typed `report<E>` to a generic callable.
class any_report {
 public:
  any_report() = default;
  any_report(report_2019 typed) : data_(std::move(typed)) {}  // NOLINT
  any_report(report_2021 typed) : data_(std::move(typed)) {}  // NOLINT

  [[nodiscard]] xxgk::edition edition() const noexcept {
    return data_.index() == 0 ? edition::y2019 : edition::y2021;
  }
  template <class F>
  decltype(auto) visit(F&& f) const {
    return std::visit(std::forward<F>(f), data_);
  }
  template <class F>
  decltype(auto) visit(F&& f) {
    return std::visit(std::forward<F>(f), data_);
  }
  /// The report as edition `E`, or nullptr.
  template <Edition E>
  [[nodiscard]] const report<E>* get() const noexcept {
    return std::get_if<report<E>>(&data_);
  }
  template <Edition E>
  [[nodiscard]] report<E>* get() noexcept {
    return std::get_if<report<E>>(&data_);
  }
  [[nodiscard]] std::int32_t year() const noexcept {
    return visit([](const auto& r) { return r.year; });
  }

  /// Equal when of the same edition and equal as reports: what was published, not where
  /// (`cell`'s equality).
  friend bool operator==(const any_report&, const any_report&) = default;

 private:
  std::variant<report_2019, report_2021> data_{};
};

}  // namespace xxgk

#endif
