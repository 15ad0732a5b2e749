#ifndef XXGK_BINDINGS_BINDING_HPP
#define XXGK_BINDINGS_BINDING_HPP

// Floor 7, shared by the C interface (bindings/c) and the Python module (bindings/python): what
// `xxgk-check --format json` does for one document, as a function of bytes, and the rule
// catalogue as JSON. Internal: not installed, never seen by the bindings' users.
//
// Every answer comes from the same calls the checker makes (`check`, `check_file`, `to_json_text`,
// `describe`); this file only chooses between them and wraps the checker's entry in its
// document. It holds no domain logic, so a binding's answer is the checker's answer.

#include <xxgk/check.hpp>
#include <xxgk/diagnostic.hpp>
#include <xxgk/json.hpp>
#include <xxgk/parse.hpp>
#include <xxgk/rule.hpp>

#include <nlohmann/json.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace xxgk::binding {

/// What the caller asked for, beyond the document itself.
struct settings {
  check_options check{};
  language lang = language::zh;
  /// The "file" of the checker's entry.
  std::string_view name = "<input>";
  /// Last year's report (text or JSON, read as `check` reads a document), when given.
  std::optional<std::string_view> previous{};
};

/// How a check ended, as `xxgk-check` exits: 0, 1 or 2 (and 2, before anything is printed,
/// when its --previous report cannot be read).
enum class outcome_kind {
  passed,          ///< checked: no error finding (exit 0)
  failed,          ///< checked: some error finding (exit 1)
  unreadable,      ///< nothing usable was read (INPUT.*; exit 2): `entry` holds that one finding
  previous_unreadable,  ///< last year's report could not be read: no entry
};

/// The result of one check: the checker's JSON entry of the document (`to_json_text`), or why
/// there is none.
struct outcome {
  outcome_kind kind = outcome_kind::passed;
  std::string entry;  ///< one element of "files" (empty for previous_unreadable)
  error failure{};    ///< unreadable, previous_unreadable: the reader's error
  std::string message;  ///< unreadable, previous_unreadable: the error described in `lang`
};

/// The whole document `xxgk-check --format json FILE` prints for one file, byte for byte.
[[nodiscard]] inline std::string document_of(std::string_view entry) {
  std::string out;
  out.reserve(entry.size() + 16);
  out += "{\"files\":[\n";
  out += entry;
  out += "\n]}\n";
  return out;
}

namespace detail {

inline outcome from(result<checked_report>&& checked, const settings& s) {
  outcome out;
  if (!checked) {
    out.kind = outcome_kind::unreadable;
    out.failure = checked.error();
    out.message = describe(out.failure).message(s.lang);
    out.entry = to_json_text(s.name, out.failure, s.lang);
    return out;
  }
  out.kind = checked->has_errors() ? outcome_kind::failed : outcome_kind::passed;
  out.entry = to_json_text(s.name, *checked, s.lang);
  return out;
}

/// Last year's report, read as the checker reads its --previous FILE: the same edition choice,
/// JSON when it looks like JSON.
inline std::optional<outcome> read_previous(const settings& s, std::optional<any_report>& report) {
  if (!s.previous) return std::nullopt;
  check_options o;
  o.edition = s.check.edition;
  o.explain = false;  // only its report is used
  result<checked_report> before = check(*s.previous, o);
  if (!before) {
    outcome out;
    out.kind = outcome_kind::previous_unreadable;
    out.failure = before.error();
    out.message = describe(out.failure).message(s.lang);
    return out;
  }
  report = std::move(before->report);
  return std::nullopt;
}

}  // namespace detail

/// Checks `document` (bytes as published, or canonical JSON, as `s.check.format` says), against
/// last year's report when `s.previous` holds one.
[[nodiscard]] inline outcome check_document(std::string_view document, const settings& s) {
  std::optional<any_report> previous;
  if (std::optional<outcome> failed = detail::read_previous(s, previous)) return std::move(*failed);
  return detail::from(previous ? check(document, *previous, s.check) : check(document, s.check), s);
}

/// Checks the file at `path`, as `xxgk-check` does (a name ending in .json is read as JSON).
[[nodiscard]] inline outcome check_path(std::string_view path, const settings& s) {
  std::optional<any_report> previous;
  if (std::optional<outcome> failed = detail::read_previous(s, previous)) return std::move(*failed);
  return detail::from(previous ? check_file(path, *previous, s.check) : check_file(path, s.check), s);
}

/// The canonical report JSON (FORMAT.md) of `document`, as `xxgk-check --emit report-json`
/// writes it (without its newline), or the reader's error. Reads and judges nothing more: no
/// identities, no prose.
[[nodiscard]] inline result<std::string> parse_document(std::string_view document, input_format format,
                                                        edition_choice edition) {
  if (format == input_format::automatic) {
    std::string_view start = document;
    if (start.starts_with("\xEF\xBB\xBF")) start.remove_prefix(3);
    const std::size_t first = start.find_first_not_of(" \t\r\n");
    format = first != std::string_view::npos && start[first] == '{' ? input_format::json : input_format::text;
  }
  result<parsed_report> parsed = format == input_format::json ? read_report_json(document)
                                                              : parse(document, parse_options{edition});
  if (!parsed) return parsed.error();
  return to_json(parsed->report).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

/// The rule catalogue (<xxgk/rule.hpp>) as a JSON array, in the order the README documents it:
/// [{"id", "group", "severity", "zh", "en", "source"}], where "group" is "identities"
/// (`validate`), "across_years", "prose", "readers" or "explain".
[[nodiscard]] inline std::string rules_json() {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  auto add = [&](std::string_view group, std::span<const rule_info* const> rules) {
    for (const rule_info* r : rules) {
      nlohmann::ordered_json j = nlohmann::ordered_json::object();
      j["id"] = std::string(r->id);
      j["group"] = std::string(group);
      j["severity"] = std::string(to_string(r->severity));
      j["zh"] = std::string(r->zh);
      j["en"] = std::string(r->en);
      j["source"] = std::string(r->source);
      out.push_back(std::move(j));
    }
  };
  add("identities", rules::catalogue);
  add("across_years", rules::across_years_catalogue);
  add("prose", rules::prose_catalogue);
  add("readers", rules::reader_catalogue);
  add("explain", rules::explain_catalogue);
  return out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace xxgk::binding

#endif
