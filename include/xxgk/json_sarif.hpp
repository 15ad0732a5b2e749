#ifndef XXGK_JSON_SARIF_HPP
#define XXGK_JSON_SARIF_HPP

// Floor 5, writers: diagnostics as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange
// Format), which code-scanning UIs read to show findings on the line of the file:
//
//   xxgk::sarif_log log(xxgk::language::zh);
//   log.add("reports/2024.txt", checked->diagnostics);
//   std::cout << log.dump() << '\n';
//
// One run of the tool: `tool.driver.rules` is the whole catalogue (rule.hpp), each rule with its
// text in the log's language as `shortDescription`, both languages in `fullDescription` and in
// its properties (`zh`, `en`, `source`); each diagnostic is a result with `ruleId` and
// `ruleIndex`, `level` (error, warning, note), its message, a `physicalLocation` (the file's URI
// and, when the position is known, `region.startLine` and `startColumn`: the readers count
// columns in characters, SARIF's "unicodeCodePoints" `columnKind`) and the cell as a
// `logicalLocation` ("section3.granted.total", with table, row and column keys in its
// properties). Expected and actual values, the verdict and EXPLAIN.CELL's candidates are in the
// result's properties. A file that could not be read is one result for its INPUT.* error.
// Needs nlohmann/json, as json.hpp.

#include <xxgk/diagnostic.hpp>
#include <xxgk/result.hpp>
#include <xxgk/rule.hpp>

#include <nlohmann/json.hpp>

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace xxgk {

/// The SARIF version written, and the schema the log names.
inline constexpr std::string_view sarif_version = "2.1.0";
inline constexpr std::string_view sarif_schema = "https://json.schemastore.org/sarif-2.1.0.json";

namespace detail::sarif {

using ojson = nlohmann::ordered_json;

/// `path` as a URI reference: '\' as '/', bytes other than unreserved characters and '/'
/// percent-encoded (a UTF-8 file name is valid that way), an absolute path as a file: URI.
[[nodiscard]] inline std::string uri_of(std::string_view path) {
  constexpr std::string_view hex = "0123456789ABCDEF";
  std::string out = !path.empty() && (path.front() == '/' || path.front() == '\\') ? "file://" : "";
  for (const char ch : path) {
    const auto byte = static_cast<unsigned char>(ch);
    const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                            (byte >= '0' && byte <= '9') || ch == '-' || ch == '.' || ch == '_' || ch == '~';
    if (unreserved || ch == '/') out += ch;
    else if (ch == '\\') out += '/';
    else {
      out += '%';
      out += hex[byte >> 4];
      out += hex[byte & 0xF];
    }
  }
  return out;
}

[[nodiscard]] inline std::string_view level(severity s) noexcept { return to_string(s); }

/// Every rule of the catalogue, in the order the README documents them.
template <class F>
void for_each_rule(F&& f) {
  using list = std::span<const rule_info* const>;
  const std::array<list, 5> lists{list(rules::catalogue), list(rules::across_years_catalogue),
                                  list(rules::prose_catalogue), list(rules::reader_catalogue),
                                  list(rules::explain_catalogue)};
  for (const list& rules_of_a_kind : lists)
    for (const rule_info* rule : rules_of_a_kind) f(*rule);
}

}  // namespace detail::sarif

/// A SARIF 2.1.0 log of one run of xxgk over some files: add each file's diagnostics, then
/// write the log. Messages in one language; the rules carry both.
class sarif_log {
 public:
  /// A log whose messages are in `lang`, written by the tool `tool_name` (version `version`,
  /// left out when empty).
  explicit sarif_log(language lang = language::zh, std::string_view tool_name = "xxgk-check",
                     std::string_view version = {})
      : lang_(lang), tool_name_(tool_name), version_(version) {}

  /// The diagnostics of the file at `path`, in the order given.
  void add(std::string_view path, std::span<const diagnostic> diagnostics) {
    for (const diagnostic& d : diagnostics) results_.push_back(result_of(path, d));
  }

  /// A file that could not be read: its INPUT.* error, as a result at the file.
  void add(std::string_view path, const error& failure) {
    const diagnostic d = describe(failure);
    results_.push_back(result_of(path, d));
  }

  /// The log: {"$schema", "version", "runs": [{"tool": {"driver": {"name", "rules"}},
  /// "columnKind", "results"}]}.
  [[nodiscard]] nlohmann::ordered_json to_json() const {
    using detail::sarif::ojson;
    ojson driver = ojson::object();
    driver["name"] = tool_name_;
    if (!version_.empty()) driver["version"] = version_;
    ojson descriptors = ojson::array();
    detail::sarif::for_each_rule([&](const rule_info& rule) {
      ojson descriptor = ojson::object();
      descriptor["id"] = rule.id;
      descriptor["shortDescription"] = {{"text", lang_ == language::zh ? rule.zh : rule.en}};
      descriptor["fullDescription"] = {{"text", std::string(rule.zh) + " / " + std::string(rule.en)}};
      descriptor["defaultConfiguration"] = {{"level", detail::sarif::level(rule.severity)}};
      descriptor["properties"] = {{"zh", rule.zh}, {"en", rule.en}, {"source", rule.source}};
      descriptors.push_back(std::move(descriptor));
    });
    driver["rules"] = std::move(descriptors);
    ojson run = ojson::object();
    run["tool"] = {{"driver", std::move(driver)}};
    run["columnKind"] = "unicodeCodePoints";
    run["results"] = results_;
    ojson log = ojson::object();
    log["$schema"] = sarif_schema;
    log["version"] = sarif_version;
    log["runs"] = ojson::array({std::move(run)});
    return log;
  }

  /// The log as text: one line (`indent` < 0) or indented.
  [[nodiscard]] std::string dump(int indent = -1) const {
    return to_json().dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  }

 private:
  /// The index of a rule in `tool.driver.rules`, or -1 (a user's own rule).
  [[nodiscard]] static int rule_index(std::string_view id) {
    int i = 0, found = -1;
    detail::sarif::for_each_rule([&](const rule_info& rule) {
      if (found < 0 && rule.id == id) found = i;
      ++i;
    });
    return found;
  }

  [[nodiscard]] detail::sarif::ojson result_of(std::string_view path, const diagnostic& d) const {
    using detail::sarif::ojson;
    ojson out = ojson::object();
    out["ruleId"] = d.rule;
    if (const int index = rule_index(d.rule); index >= 0) out["ruleIndex"] = index;
    out["level"] = detail::sarif::level(d.severity);
    out["message"] = {{"text", d.message(lang_)}};
    ojson physical = ojson::object();
    physical["artifactLocation"] = {{"uri", detail::sarif::uri_of(path)}};
    if (d.line != 0) {
      ojson region = ojson::object();
      region["startLine"] = d.line;
      if (d.col != 0) region["startColumn"] = d.col;
      physical["region"] = std::move(region);
    }
    ojson location = ojson::object();
    location["physicalLocation"] = std::move(physical);
    if (!d.table.empty()) {
      std::string name(std::string_view(d.table).substr(0, d.table.find('.')));
      for (const std::string* key : {&d.row, &d.column})
        if (!key->empty()) name += '.' + *key;
      ojson logical = ojson::object();
      logical["fullyQualifiedName"] = name;
      logical["kind"] = "element";
      logical["properties"] = {{"table", d.table}, {"row", d.row}, {"column", d.column}};
      location["logicalLocations"] = ojson::array({std::move(logical)});
    }
    out["locations"] = ojson::array({std::move(location)});
    ojson properties = ojson::object();
    properties["verdict"] = to_string(d.verdict);
    if (d.expected) properties["expected"] = *d.expected;
    if (d.actual) properties["actual"] = *d.actual;
    if (!d.raw.empty()) properties["raw"] = d.raw;
    properties["inferred"] = d.inferred;
    if (!d.candidates.empty()) {
      ojson candidates = ojson::array();
      for (const suggested_cell& candidate : d.candidates) {
        ojson one = {{"table", candidate.table}, {"row", candidate.row}, {"column", candidate.column},
                     {"previous", candidate.previous}, {"expected", candidate.expected}};
        if (candidate.actual) one["actual"] = *candidate.actual;
        candidates.push_back(std::move(one));
      }
      properties["candidates"] = std::move(candidates);
    }
    out["properties"] = std::move(properties);
    return out;
  }

  language lang_;
  std::string tool_name_;
  std::string version_;
  detail::sarif::ojson results_ = detail::sarif::ojson::array();
};

}  // namespace xxgk

#endif
