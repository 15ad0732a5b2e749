#ifndef XXGK_JSON_HPP
#define XXGK_JSON_HPP

// The canonical JSON of a report (FORMAT.md, "JSON interchange"), both ways, and the checker's
// JSON output. The only xxgk header that includes <nlohmann/json.hpp>: the core needs no JSON.
//
//   writer (floor 5)  to_json(report) / to_json(any_report): the canonical report.json, with
//                     its "inferred" cells; inferred_cells(report): their paths
//                     to_json(diagnostic), to_json(diagnostics), checked_file_json(...): findings
//   reader (floor 4)  read_report_json(text): report.json back into an any_report, with
//                     INPUT.JSON findings for every value it cannot take, and FMT.* findings for
//                     the tables and rows the document lacks. It never judges identities.
//
// Exceptions are never used: parsing goes through nlohmann's non-throwing interface, and every
// value's type is checked before it is read, so the header works with -fno-exceptions.
// Documents are `nlohmann::ordered_json`, so that keys keep the order of the schema; assign one
// to a `nlohmann::json` where sorted keys are wanted. Text from a report built in code may hold
// invalid UTF-8: dump with `nlohmann::ordered_json::error_handler_t::replace`.

#include <xxgk/any_report.hpp>
#include <xxgk/cell.hpp>
#include <xxgk/decimal.hpp>
#include <xxgk/detail/json_text.hpp>
#include <xxgk/detail/strings.hpp>
#include <xxgk/diagnostic.hpp>
#include <xxgk/finding.hpp>
#include <xxgk/parse.hpp>
#include <xxgk/report.hpp>
#include <xxgk/result.hpp>
#include <xxgk/rule.hpp>
#include <xxgk/schema/editions.hpp>
#include <xxgk/source_finding.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace xxgk {

namespace detail::json_io {

using ojson = nlohmann::ordered_json;  // written: keys in schema order
using rjson = nlohmann::json;          // read: keys in a tree, so a hostile document with many keys
                                       // costs n log n, not the n² of ordered_json's linear map

/// Where the '.' of a table's key is, or npos. A loop, not `std::string_view::find`: g++ 12 with
/// -fsanitize=undefined cannot evaluate `find` on a template parameter object's characters in a
/// constant expression (it compares their address with null).
template <class T>
[[nodiscard]] constexpr std::size_t key_dot() noexcept {
  for (std::size_t i = 0; i != T::key.size(); ++i)
    if (T::key[i] == '.') return i;
  return std::string_view::npos;
}

/// The member of the document a table's rows go in: the tables of chapter 二 ("section2.1",
/// "section2.5", ...) share "section2", the part of their key before the '.'; a table that is a
/// whole chapter has its own key ("section3").
template <class T>
[[nodiscard]] constexpr std::string_view section_key() noexcept {
  return T::key.substr(0, key_dot<T>());
}
/// A cell's path in the "inferred" array (FORMAT.md, "Inferred cells"):
/// "<section>.<row key>.<column key>", e.g. "section3.granted.natural_person".
template <class T>
[[nodiscard]] std::string cell_path(std::size_t r, std::size_t c) {
  std::string out(section_key<T>());
  out += '.';
  out += T::rows::keys[r];
  out += '.';
  out += T::columns::keys[c];
  return out;
}

/// Rows of a table that shares its section are objects by column key; rows of a table that is a
/// whole chapter are arrays in column order.
template <class T>
[[nodiscard]] constexpr bool rows_as_objects() noexcept {
  return key_dot<T>() != std::string_view::npos;
}

/// A cell as canonical JSON: a count as an integer, an amount as its exact decimal string, a
/// blank or marker as null. nullopt when the canonical JSON cannot hold it, so that the writer
/// only writes what `read_report_json` takes: absent, text, a count with a fraction, a count
/// below 0 (but a signed change) or beyond `max_count`, an amount below 0. The row is then left
/// out; `validate` on the report reports the value (CELL.RANGE).
[[nodiscard]] inline std::optional<ojson> cell_json(const cell& c, value_kind kind) {
  switch (c.state) {
    case cell_state::blank:
    case cell_state::marker: return ojson(nullptr);
    case cell_state::number: {
      if (c.value.is_negative() && kind != value_kind::signed_count) return std::nullopt;
      if (kind == value_kind::amount) return ojson(std::string(c.value.to_text().view()));
      const decimal d = c.value.normalized();
      if (d.scale != 0 || d.units > max_count || d.units < -max_count) return std::nullopt;
      return ojson(d.units);
    }
    case cell_state::text:
    case cell_state::absent: break;
  }
  return std::nullopt;
}

/// Row `r` of a table as canonical JSON, or nullopt unless every cell of it can be written.
template <class T>
[[nodiscard]] std::optional<ojson> row_json(const table<T>& t, std::size_t r) {
  ojson row = rows_as_objects<T>() ? ojson::object() : ojson::array();
  for (std::size_t c = 0; c != T::columns::size; ++c) {
    std::optional<ojson> v = cell_json(t.at(r, c), T::columns::kinds[c]);
    if (!v) return std::nullopt;
    if constexpr (rows_as_objects<T>()) row[std::string(T::columns::keys[c])] = std::move(*v);
    else row.push_back(std::move(*v));
  }
  return row;
}

using detail::describing::valid_utf8;

/// `key` escaped for a JSON pointer (RFC 6901): '~' as "~0", '/' as "~1".
[[nodiscard]] inline std::string pointer_token(std::string_view key) {
  std::string out;
  for (const char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

/// True when `v` nests no deeper than `depth` levels and holds few values: safe and short to
/// dump (nlohmann's dump recurses, so a hostile document must not reach it unbounded).
[[nodiscard]] inline bool small_value(const rjson& v, int depth = 2) {
  if (!v.is_structured()) return true;
  if (depth == 0 || v.size() > 16) return false;
  for (const rjson& member : v)
    if (!small_value(member, depth - 1)) return false;
  return true;
}

/// A JSON value as short text for a finding's `raw`.
[[nodiscard]] inline std::string raw_text(const rjson& v) {
  if (!small_value(v)) return v.is_array() ? "[...]" : "{...}";
  std::string text = v.dump(-1, ' ', false, rjson::error_handler_t::replace);
  if (text.size() > 80) {
    std::size_t n = 77;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0U) == 0x80U) --n;
    text.resize(n);
    text += "...";
  }
  return text;
}

/// An amount as the canonical JSON writes it: `digits[.digits]`, no sign, no superfluous
/// leading zero, so that writing it back gives the same text.
[[nodiscard]] inline std::optional<decimal> parse_amount(std::string_view text) noexcept {
  if (text.empty() || text[0] < '0' || text[0] > '9') return std::nullopt;
  if (text.size() > 1 && text[0] == '0' && text[1] != '.') return std::nullopt;
  return decimal::parse(text);
}

/// Reads the canonical JSON of one report of edition `E` into `out`, recording what it cannot
/// take as findings.
template <Edition E>
class report_reader {
 public:
  report_reader(report<E>& out, std::vector<source_finding>& findings) : report_(out), findings_(findings) {}

  void read(const rjson& doc) {
    const rjson* inferred = nullptr;
    for (auto it = doc.begin(); it != doc.end(); ++it) {
      const std::string& key = it.key();
      if (key.starts_with('_') || key == "edition") continue;
      if (key == "year") read_year(it.value());
      else if (key == "agency") read_agency(it.value());
      else if (key == "inferred") inferred = &it.value();
      else read_section(key, it.value());
    }
    if (inferred != nullptr) read_inferred(*inferred);  // marks cells: after every cell is read
    report_missing();
  }

 private:
  static constexpr std::size_t table_count = E::tables::size;

  void problem(std::string path, std::string what, const rjson* value, std::string_view table = {},
               std::string_view row = {}, std::string_view column = {},
               xxgk::severity severity = rules::input_json.severity) {
    source_finding f;
    f.rule = &rules::input_json;
    f.severity = severity;
    f.table = table;
    f.row = row;
    f.column = column;
    if (value != nullptr) f.raw = raw_text(*value);
    f.detail = std::move(path) + ": " + std::move(what);
    findings_.push_back(std::move(f));
  }

  void read_year(const rjson& v) {
    const auto* u = v.get_ptr<const rjson::number_unsigned_t*>();
    if (u != nullptr && *u >= 1 && *u <= 9999) {
      report_.year = static_cast<std::int32_t>(*u);
      return;
    }
    problem("/year", "the year must be an integer from 1 to 9999", &v);
  }

  void read_agency(const rjson& v) {
    const auto* s = v.get_ptr<const rjson::string_t*>();
    if (s == nullptr) {
      problem("/agency", std::string("the agency must be a string, found ") + v.type_name(), &v);
      return;
    }
    if (!report_.agency.assign(*s))
      problem("/agency", "the agency is longer than " + std::to_string(report_.agency.capacity()) +
                             " bytes and was cut", &v, {}, {}, {}, severity::warning);
  }

  /// A member of the document that is not "edition", "year" or "agency": one of the sections of
  /// this edition, or an unknown key.
  void read_section(const std::string& key, const rjson& v) {
    const std::string path = "/" + pointer_token(key);
    bool known = false;
    for_each_table(report_, [&](auto& t, std::size_t) {
      using T = typename std::remove_cvref_t<decltype(t)>::schema;
      known = known || section_key<T>() == key;
    });
    if (!known) {
      problem(path, "unknown key for an edition-" + std::string(E::name) + " report", &v);
      return;
    }
    if (!v.is_object()) {
      problem(path, std::string("a section must be an object, found ") + v.type_name(), &v);
      return;
    }
    for (auto it = v.begin(); it != v.end(); ++it) {
      const std::string& row_key = it.key();
      if (row_key.starts_with('_')) continue;
      bool found = false;
      for_each_table(report_, [&](auto& t, std::size_t i) {
        using T = typename std::remove_cvref_t<decltype(t)>::schema;
        if (found || section_key<T>() != key) return;
        for (std::size_t row = 0; row != T::rows::size; ++row) {
          if (T::rows::keys[row] != row_key) continue;
          found = true;
          mentioned_[i] |= std::uint64_t{1} << row;
          read_row(t, row, it.value(), path + "/" + pointer_token(row_key));
          return;
        }
      });
      if (!found)
        problem(path + "/" + pointer_token(row_key),
                "unknown row key for " + key + " of an edition-" + std::string(E::name) + " report",
                &it.value(), key == "section2" ? std::string_view{} : section_of(key));
    }
  }

  /// "inferred": an array of cell paths (FORMAT.md, "Inferred cells"), each marking a cell that
  /// holds a number. A path that names no cell of the edition, or a cell that holds no number
  /// (null, a value not taken, a row the document lacks), is an INPUT.JSON error.
  void read_inferred(const rjson& v) {
    if (!v.is_array()) {
      problem("/inferred", std::string("must be an array of cell paths such as "
                                       "\"section3.granted.natural_person\", found ") + v.type_name(), &v);
      return;
    }
    for (std::size_t i = 0; i != v.size(); ++i) {
      const rjson& item = v[i];
      const std::string path = "/inferred/" + std::to_string(i);
      const auto* s = item.get_ptr<const rjson::string_t*>();
      if (s == nullptr) {
        problem(path, std::string("a cell path must be a string such as \"section3.granted.natural_person\", found ") +
                          item.type_name(), &item);
        continue;
      }
      const std::string_view text(*s);
      const std::size_t first = text.find('.');
      const std::size_t last = text.rfind('.');
      bool found = false;
      if (first != std::string_view::npos && last != first) {
        const std::string_view section = text.substr(0, first);
        const std::string_view row_key = text.substr(first + 1, last - first - 1);
        const std::string_view column_key = text.substr(last + 1);
        for_each_table(report_, [&](auto& t, std::size_t) {
          using T = typename std::remove_cvref_t<decltype(t)>::schema;
          if (found || section_key<T>() != section) return;
          std::size_t row = 0, column = 0;
          while (row != T::rows::size && T::rows::keys[row] != row_key) ++row;
          while (column != T::columns::size && T::columns::keys[column] != column_key) ++column;
          if (row == T::rows::size || column == T::columns::size) return;
          found = true;
          cell& x = t.at(row, column);
          if (x.is_number()) x.inferred = true;
          else
            problem(path,
                    raw_text(item) + " names a cell that holds no number (null, not read, or not in the document)",
                    &item, T::key, T::rows::keys[row], T::columns::keys[column]);
        });
      }
      if (!found)
        problem(path, raw_text(item) + " names no cell of an edition-" + std::string(E::name) + " report", &item);
    }
  }

  /// The table key of a section that is one table (for naming it in findings).
  std::string_view section_of(const std::string& key) {
    std::string_view found{};
    for_each_table(report_, [&](auto& t, std::size_t) {
      using T = typename std::remove_cvref_t<decltype(t)>::schema;
      if (section_key<T>() == key) found = T::key;
    });
    return found;
  }

  template <class T>
  void read_row(table<T>& t, std::size_t r, const rjson& v, const std::string& path) {
    const std::string_view row_key = T::rows::keys[r];
    if constexpr (rows_as_objects<T>()) {
      if (!v.is_object()) {
        problem(path, std::string("a row must be an object by column key, found ") + v.type_name(), &v,
                T::key, row_key);
        return;
      }
      std::uint64_t seen = 0;
      for (auto it = v.begin(); it != v.end(); ++it) {
        const std::string& column_key = it.key();
        if (column_key.starts_with('_')) continue;
        std::size_t c = 0;
        while (c != T::columns::size && T::columns::keys[c] != column_key) ++c;
        const std::string cell_path = path + "/" + pointer_token(column_key);
        if (c == T::columns::size) {
          problem(cell_path, "unknown column key for row " + std::string(row_key), &it.value(), T::key, row_key);
          continue;
        }
        seen |= std::uint64_t{1} << c;
        read_cell(t, r, c, it.value(), cell_path);
      }
      for (std::size_t c = 0; c != T::columns::size; ++c)
        if ((seen & (std::uint64_t{1} << c)) == 0)
          problem(path, "missing column \"" + std::string(T::columns::keys[c]) + "\"", nullptr, T::key,
                  row_key, T::columns::keys[c]);
    } else {
      if (!v.is_array() || v.size() != T::columns::size) {
        const std::string found = v.is_array() ? "an array of " + std::to_string(v.size()) : std::string(v.type_name());
        problem(path, "a row must be an array of " + std::to_string(T::columns::size) + " cells, found " + found,
                &v, T::key, row_key);
        return;  // which cell is which cannot be told: the whole row stays absent
      }
      for (std::size_t c = 0; c != T::columns::size; ++c)
        read_cell(t, r, c, v[c], path + "/" + std::to_string(c));
    }
  }

  /// One cell: null is a blank; a count an integer (signed only in a signed column), at most
  /// `max_count` in magnitude; an amount a decimal string. Anything else leaves the cell absent.
  template <class T>
  void read_cell(table<T>& t, std::size_t r, std::size_t c, const rjson& v, const std::string& path) {
    const value_kind kind = T::columns::kinds[c];
    auto fail = [&](std::string message) {
      problem(path, std::move(message), &v, T::key, T::rows::keys[r], T::columns::keys[c]);
    };
    if (v.is_null()) {
      t.at(r, c) = cell{blank};
      return;
    }
    if (kind == value_kind::amount) {
      const auto* s = v.get_ptr<const rjson::string_t*>();
      if (s == nullptr) return fail(std::string("an amount must be a decimal string such as \"7730.28\", or null; found ") + v.type_name());
      if (!s->empty() && s->front() == '-' && parse_amount(std::string_view(*s).substr(1)))
        return fail("an amount must not be negative");
      const std::optional<decimal> d = parse_amount(*s);
      if (!d) return fail("an amount must be written as digits with an optional decimal point, such as \"7730.28\"");
      t.at(r, c) = cell{*d};
      return;
    }
    const std::string_view what = kind == value_kind::signed_count ? "a change must be an integer" : "a count must be an integer >= 0";
    if (const auto* u = v.get_ptr<const rjson::number_unsigned_t*>()) {
      if (*u > static_cast<std::uint64_t>(max_count))
        return fail(std::string(what) + " of at most " + std::to_string(max_count) + ", found a larger one");
      t.at(r, c) = cell{static_cast<std::int64_t>(*u)};
      return;
    }
    if (const auto* i = v.get_ptr<const rjson::number_integer_t*>()) {
      if (kind != value_kind::signed_count && *i < 0) return fail(std::string(what) + ", found a negative one");
      if (*i < -max_count) return fail(std::string(what) + " of at least -" + std::to_string(max_count) + ", found a smaller one");
      t.at(r, c) = cell{std::int64_t{*i}};
      return;
    }
    if (const auto* f = v.get_ptr<const rjson::number_float_t*>()) {
      if (!std::isfinite(*f) || (std::floor(*f) == *f && std::fabs(*f) > static_cast<double>(max_count)))
        return fail(std::string(what) + ", found a number too large to hold");
      return fail(std::string(what) + ", written without a fraction or exponent");
    }
    fail(std::string(what) + " or null, found " + v.type_name());
  }

  /// Tables and rows the document lacks, as the text parser reports them: FMT.MISSING_TABLE for
  /// a table none of whose rows is there, FMT.MISSING_ROW for each row missing from the others.
  /// A heading that may print its own line (2019-style （六）其他处理) needs either that line, then
  /// reported as FMT.OTHER_HANDLING, or its items.
  void report_missing() {
    for_each_table(report_, [&](auto& t, std::size_t i) {
      using T = typename std::remove_cvref_t<decltype(t)>::schema;
      static_assert(T::rows::size <= 64 && T::columns::size <= 64);
      auto add = [&](const rule_info& rule, std::string_view row) {
        source_finding f;
        f.rule = &rule;
        f.severity = rule.severity;
        f.table = T::key;
        f.row = row;
        findings_.push_back(std::move(f));
      };
      const std::uint64_t seen = mentioned_[i];
      if (seen == 0) return add(rules::fmt_missing_table, {});
      std::uint64_t optional = 0;  // rows the document may lack
      const auto& tree = T::rows::tree;
      for (std::size_t n = 0; n != tree.node_count; ++n) {
        const detail::node& nd = tree.nodes[n];
        if (!nd.optional_total) continue;
        const std::uint64_t total_bit = std::uint64_t{1} << nd.total;
        optional |= total_bit;
        if ((seen & total_bit) != 0) {
          optional |= leaves_under(tree, n);
          add(rules::fmt_other_handling, T::rows::keys[static_cast<std::size_t>(nd.total)]);
        }
      }
      for (std::size_t row = 0; row != T::rows::size; ++row) {
        const std::uint64_t bit = std::uint64_t{1} << row;
        if ((seen & bit) == 0 && (optional & bit) == 0) add(rules::fmt_missing_row, T::rows::keys[row]);
      }
    });
    if (report_.year != 0 && edition_for_year(report_.year) != E::id) {
      source_finding f;
      f.rule = &rules::fmt_edition;
      f.severity = rules::fmt_edition.severity;
      f.detail = "edition " + std::string(E::name) + " for a report on " + std::to_string(report_.year);
      findings_.push_back(std::move(f));
    }
  }

  template <class Tree>
  static std::uint64_t leaves_under(const Tree& tree, std::size_t n) {
    const detail::node& nd = tree.nodes[n];
    if (!nd.is_branch) return std::uint64_t{1} << nd.slot;
    std::uint64_t bits = 0;
    for (std::size_t k = 0; k != nd.child_count; ++k) bits |= leaves_under(tree, tree.children[nd.first_child + k]);
    return bits;
  }

  report<E>& report_;
  std::vector<source_finding>& findings_;
  std::array<std::uint64_t, table_count> mentioned_{};
};

/// Finds where a document stops being JSON: the byte offset and nlohmann's message.
struct error_locator {
  std::size_t position = 0;
  std::string message;
  bool null() { return true; }
  bool boolean(bool) { return true; }
  bool number_integer(rjson::number_integer_t) { return true; }
  bool number_unsigned(rjson::number_unsigned_t) { return true; }
  bool number_float(rjson::number_float_t, const rjson::string_t&) { return true; }
  bool string(rjson::string_t&) { return true; }
  bool binary(rjson::binary_t&) { return true; }
  bool start_object(std::size_t) { return true; }
  bool key(rjson::string_t&) { return true; }
  bool end_object() { return true; }
  bool start_array(std::size_t) { return true; }
  bool end_array() { return true; }
  bool parse_error(std::size_t where, const std::string&, const rjson::exception& ex) {
    position = where;
    message = ex.what();
    return false;
  }
};

/// The 1-based line and byte column of byte `at` of `text`.
[[nodiscard]] inline source_pos position_of(std::string_view text, std::size_t at) noexcept {
  source_pos pos{1, 1};
  for (std::size_t i = 0; i != at && i != text.size(); ++i) {
    if (text[i] == '\n') {
      ++pos.line;
      pos.column = 1;
    } else {
      ++pos.column;
    }
  }
  return pos;
}

[[nodiscard]] inline error not_json(std::string_view text) {
  error_locator locator;
  (void)rjson::sax_parse(text.begin(), text.end(), &locator);
  // `position` counts the characters read, the offending one included
  const std::size_t at = locator.position == 0 ? 0 : std::min(locator.position - 1, text.size());
  // nlohmann's message quotes the bytes it last read, which need not be UTF-8
  return error{std::string(rules::input_json.id), "the document is not JSON: " + valid_utf8(locator.message),
               position_of(text, at)};
}

template <Edition E>
[[nodiscard]] parsed_report read_edition(const rjson& doc, std::vector<source_finding> findings) {
  report<E> r{};
  report_reader<E>(r, findings).read(doc);
  parsed_report out;  // a JSON report states no prose: no claims
  out.report = any_report(std::move(r));
  out.findings = std::move(findings);
  return out;
}

}  // namespace detail::json_io

// ---- report → JSON -------------------------------------------------------------------------

/// The canonical JSON of a report (FORMAT.md, "JSON interchange"): "edition", "year" and
/// "agency" when known, then each section with its rows in schema order. Keys come from the
/// schema. A blank or marker cell is null; counts are integers; amounts decimal strings exactly
/// as published. A row is written only when every cell of it can be, that is when
/// `read_report_json` takes it back (none absent, none text, no count with a fraction, below 0
/// or beyond `max_count`, no amount below 0), and a section only when it has a row. What is left
/// out is what `validate` reports on the report itself (CELL.RANGE) or what the reader reported.
/// Last, "inferred": the paths of the inferred numbers among the cells written, in table, row
/// and column order (FORMAT.md, "Inferred cells"); no such key when there are none.
template <Edition E>
[[nodiscard]] nlohmann::ordered_json to_json(const report<E>& r) {
  namespace io = detail::json_io;
  io::ojson out = io::ojson::object();
  out["edition"] = std::string(E::name);
  if (r.year != 0) out["year"] = r.year;
  if (!r.agency.empty()) out["agency"] = io::valid_utf8(r.agency.view());
  io::ojson inferred = io::ojson::array();
  for_each_table(r, [&](const auto& t, std::size_t) {
    using T = typename std::remove_cvref_t<decltype(t)>::schema;
    for (std::size_t row = 0; row != T::rows::size; ++row) {
      std::optional<io::ojson> written = io::row_json(t, row);
      if (!written) continue;
      out[std::string(io::section_key<T>())][std::string(T::rows::keys[row])] = std::move(*written);
      for (std::size_t column = 0; column != T::columns::size; ++column)
        if (t.at(row, column).inferred && t.at(row, column).is_number())
          inferred.push_back(io::cell_path<T>(row, column));
    }
  });
  if (!inferred.empty()) out["inferred"] = std::move(inferred);
  return out;
}

/// The canonical JSON of a report of either edition.
[[nodiscard]] inline nlohmann::ordered_json to_json(const any_report& r) {
  return r.visit([](const auto& typed) { return to_json(typed); });
}

/// The paths of a report's inferred numbers (FORMAT.md, "Inferred cells"),
/// "<section>.<row key>.<column key>", in table, row and column order; empty when every number
/// was read as printed.
template <Edition E>
[[nodiscard]] std::vector<std::string> inferred_cells(const report<E>& r) {
  std::vector<std::string> out;
  for_each_table(r, [&](const auto& t, std::size_t) {
    using T = typename std::remove_cvref_t<decltype(t)>::schema;
    for (std::size_t row = 0; row != T::rows::size; ++row)
      for (std::size_t column = 0; column != T::columns::size; ++column)
        if (t.at(row, column).inferred && t.at(row, column).is_number())
          out.push_back(detail::json_io::cell_path<T>(row, column));
  });
  return out;
}
[[nodiscard]] inline std::vector<std::string> inferred_cells(const any_report& r) {
  return r.visit([](const auto& typed) { return inferred_cells(typed); });
}

// ---- JSON → report -------------------------------------------------------------------------

/// Reads the canonical JSON of a report (either edition; an edition-2021 report may hold the
/// 2019 single row "other_handling"). Fails, with INPUT.EMPTY, INPUT.BINARY (a NUL byte) or
/// INPUT.JSON and the position of the fault, only when the text is empty, is not JSON (a number
/// beyond the range of a double, such as 1e400, counts as not JSON, as nlohmann reads it), is
/// not an object, or names no edition (neither "edition" nor a usable "year"). Otherwise every value it cannot take is an INPUT.JSON
/// finding whose detail names its JSON pointer: a wrong type, a negative, fractional or too large
/// count, an amount that is not a plain decimal string, an unknown key, a row array of the wrong
/// length (the whole row is then left absent); other cells are read. Keys starting with '_' are
/// ignored. "inferred" marks the cells it names `inferred`; a path there that names no cell of
/// the edition, or a cell that holds no number, is an INPUT.JSON finding whose detail quotes
/// it. Missing tables and rows are reported as FMT.MISSING_TABLE and FMT.MISSING_ROW, the
/// 2019 single （六）其他处理 row in an edition-2021 report as FMT.OTHER_HANDLING, an edition that
/// does not fit the year as FMT.EDITION. Never throws; never judges identities.
[[nodiscard]] inline result<parsed_report> read_report_json(std::string_view text) {
  namespace io = detail::json_io;
  if (text.empty()) return error{std::string(rules::input_empty.id), std::string(rules::input_empty.en), {}};
  // nlohmann takes a NUL byte for the end of the input: the rest would be ignored unread
  if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos)
    return error{std::string(rules::input_binary.id), "the document holds a NUL byte", io::position_of(text, nul)};
  const io::rjson doc = io::rjson::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded()) return io::not_json(text);
  if (!doc.is_object())
    return error{std::string(rules::input_json.id),
                 std::string("a report must be a JSON object, found ") + doc.type_name(), {1, 1}};

  std::vector<source_finding> findings;
  std::optional<edition> chosen;
  const auto edition_it = doc.find("edition");
  if (edition_it != doc.end()) {
    const auto* s = edition_it->get_ptr<const io::rjson::string_t*>();
    if (s != nullptr && *s == edition_2019_t::name) chosen = edition::y2019;
    else if (s != nullptr && *s == edition_2021_t::name) chosen = edition::y2021;
  }
  if (!chosen) {
    const auto year_it = doc.find("year");
    const auto* year = year_it != doc.end() ? year_it->get_ptr<const io::rjson::number_unsigned_t*>() : nullptr;
    if (year == nullptr || *year < 1 || *year > 9999)
      return error{std::string(rules::input_json.id),
                   "/edition: the report names no edition (\"2019\" or \"2021\") and no year to infer it from",
                   {}};
    chosen = edition_for_year(static_cast<int>(*year));
    source_finding f;
    f.rule = &rules::input_json;
    f.severity = rules::input_json.severity;
    if (edition_it != doc.end()) f.raw = io::raw_text(*edition_it);
    f.detail = "/edition: must be \"2019\" or \"2021\"; edition " +
               std::string(*chosen == edition::y2019 ? edition_2019_t::name : edition_2021_t::name) +
               " inferred from the year";
    findings.push_back(std::move(f));
  }
  if (*chosen == edition::y2019) return io::read_edition<edition_2019_t>(doc, std::move(findings));
  return io::read_edition<edition_2021_t>(doc, std::move(findings));
}

// ---- diagnostics → JSON ----------------------------------------------------------------------

namespace detail::json_io {
/// An expected or actual value: a JSON integer for a whole count, a string for an amount or any
/// other value, null when there is none.
[[nodiscard]] inline ojson value_json(const std::optional<std::string>& text, value_kind kind) {
  if (!text) return nullptr;
  if (kind != value_kind::amount) {
    const std::optional<decimal> d = decimal::parse(*text);
    if (d && d->scale == 0) return d->units;
  }
  return valid_utf8(*text);
}
[[nodiscard]] inline ojson text_or_null(const std::string& text) {
  return text.empty() ? ojson(nullptr) : ojson(valid_utf8(text));
}
}  // namespace detail::json_io

/// One diagnostic as JSON: {"rule", "severity", "verdict", "table", "row", "column" (FORMAT.md
/// keys or null), "expected", "actual" (integers for counts, strings for amounts, or null),
/// "line", "col" (or null when unknown), "raw" (or null), "inferred" (true when the finding
/// rests on inferred cells, else false), "message" (in `lang`)}. Every key is always there.
/// An EXPLAIN.CELL note has two more, before "message": "candidates", the cells that would explain
/// the failures, [{"table", "row", "column", "previous" (a cell of last year's report),
/// "actual" (as published; null for a blank), "expected" (the value it would need), "line",
/// "col", "raw"}], and "explains", the failing findings, [{"rule", "table", "row", "column",
/// "previous"}]. With one candidate, the note's own cell, "expected" and "actual" are its.
[[nodiscard]] inline nlohmann::ordered_json to_json(const diagnostic& d, language lang = language::zh) {
  namespace io = detail::json_io;
  io::ojson j = io::ojson::object();
  j["rule"] = d.rule;
  j["severity"] = std::string(to_string(d.severity));
  j["verdict"] = std::string(to_string(d.verdict));
  j["table"] = io::text_or_null(d.table);
  j["row"] = io::text_or_null(d.row);
  j["column"] = io::text_or_null(d.column);
  j["expected"] = io::value_json(d.expected, d.kind);
  j["actual"] = io::value_json(d.actual, d.kind);
  j["line"] = d.line == 0 ? io::ojson(nullptr) : io::ojson(d.line);
  j["col"] = d.col == 0 ? io::ojson(nullptr) : io::ojson(d.col);
  j["raw"] = io::text_or_null(d.raw);
  j["inferred"] = d.inferred;
  if (d.rule == rules::explain_cell.id || !d.candidates.empty() || !d.explains.empty()) {
    io::ojson candidates = io::ojson::array();
    for (const suggested_cell& c : d.candidates) {
      io::ojson x = io::ojson::object();
      x["table"] = io::text_or_null(c.table);
      x["row"] = io::text_or_null(c.row);
      x["column"] = io::text_or_null(c.column);
      x["previous"] = c.previous;
      x["actual"] = io::value_json(c.actual, value_kind::count);
      x["expected"] = io::value_json(c.expected, value_kind::count);
      x["line"] = c.line == 0 ? io::ojson(nullptr) : io::ojson(c.line);
      x["col"] = c.col == 0 ? io::ojson(nullptr) : io::ojson(c.col);
      x["raw"] = io::text_or_null(c.raw);
      candidates.push_back(std::move(x));
    }
    io::ojson explains = io::ojson::array();
    for (const explained_place& p : d.explains) {
      io::ojson x = io::ojson::object();
      x["rule"] = p.rule;
      x["table"] = io::text_or_null(p.table);
      x["row"] = io::text_or_null(p.row);
      x["column"] = io::text_or_null(p.column);
      x["previous"] = p.previous;
      explains.push_back(std::move(x));
    }
    j["candidates"] = std::move(candidates);
    j["explains"] = std::move(explains);
  }
  j["message"] = io::valid_utf8(d.message(lang));
  return j;
}

/// Diagnostics as a JSON array, in the given order.
[[nodiscard]] inline nlohmann::ordered_json to_json(std::span<const diagnostic> diagnostics,
                                                    language lang = language::zh) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const diagnostic& d : diagnostics) out.push_back(to_json(d, lang));
  return out;
}
[[nodiscard]] inline nlohmann::ordered_json to_json(const std::vector<diagnostic>& diagnostics,
                                                    language lang = language::zh) {
  return to_json(std::span<const diagnostic>(diagnostics), lang);
}

/// One checked file of the checker's JSON output: {"file", "edition", "year", "agency" (null
/// when unknown), "inferred" (the paths of its inferred cells, `inferred_cells`), "summary":
/// {"errors", "warnings", "notes"}, "findings": [...]}.
[[nodiscard]] inline nlohmann::ordered_json checked_file_json(std::string_view file, const any_report& report,
                                                              std::span<const diagnostic> diagnostics,
                                                              language lang = language::zh) {
  namespace io = detail::json_io;
  io::ojson j = io::ojson::object();
  j["file"] = io::valid_utf8(file);
  report.visit([&](const auto& r) {
    using E = typename std::remove_cvref_t<decltype(r)>::edition_type;
    j["edition"] = std::string(E::name);
    j["year"] = r.year == 0 ? io::ojson(nullptr) : io::ojson(r.year);
    j["agency"] = io::text_or_null(std::string(r.agency.view()));
    j["inferred"] = inferred_cells(r);
  });
  const summary s = summarize(diagnostics);
  j["summary"] = {{"errors", s.errors}, {"warnings", s.warnings}, {"notes", s.notes}};
  j["findings"] = to_json(diagnostics, lang);
  return j;
}

/// A file the checker could not read or parse at all: edition, year, agency and inferred null,
/// and the reader's error as its one finding.
[[nodiscard]] inline nlohmann::ordered_json unreadable_file_json(std::string_view file, const diagnostic& failure,
                                                                 language lang = language::zh) {
  namespace io = detail::json_io;
  io::ojson j = io::ojson::object();
  j["file"] = io::valid_utf8(file);
  j["edition"] = nullptr;
  j["year"] = nullptr;
  j["agency"] = nullptr;
  j["inferred"] = nullptr;
  summary s;
  s.add(failure.severity);
  j["summary"] = {{"errors", s.errors}, {"warnings", s.warnings}, {"notes", s.notes}};
  j["findings"] = io::ojson::array({to_json(failure, lang)});
  return j;
}

namespace detail::json_text {

inline void append_text_or_null(std::string& out, std::string_view text) {
  if (text.empty()) out += "null";
  else append_string(out, text);
}
/// `json_io::value_json`, written.
inline void append_value(std::string& out, const std::optional<std::string>& text, value_kind kind) {
  if (!text) {
    out += "null";
    return;
  }
  if (kind != value_kind::amount) {
    if (const std::optional<decimal> d = decimal::parse(*text); d && d->scale == 0) {
      append_integer(out, d->units);
      return;
    }
  }
  append_string(out, *text);
}
inline void append_position(std::string& out, std::string_view line_key, std::uint32_t line, std::uint32_t col) {
  append_key(out, line_key);
  if (line == 0) out += "null";
  else append_integer(out, line);
  out += ',';
  append_key(out, "col");
  if (col == 0) out += "null";
  else append_integer(out, col);
}

/// `to_json(diagnostic, lang)`, written.
inline void append_diagnostic(std::string& out, const diagnostic& d, language lang) {
  out += '{';
  append_key(out, "rule"); append_string(out, d.rule); out += ',';
  append_key(out, "severity"); append_string(out, to_string(d.severity)); out += ',';
  append_key(out, "verdict"); append_string(out, to_string(d.verdict)); out += ',';
  append_key(out, "table"); append_text_or_null(out, d.table); out += ',';
  append_key(out, "row"); append_text_or_null(out, d.row); out += ',';
  append_key(out, "column"); append_text_or_null(out, d.column); out += ',';
  append_key(out, "expected"); append_value(out, d.expected, d.kind); out += ',';
  append_key(out, "actual"); append_value(out, d.actual, d.kind); out += ',';
  append_position(out, "line", d.line, d.col); out += ',';
  append_key(out, "raw"); append_text_or_null(out, d.raw); out += ',';
  append_key(out, "inferred"); out += d.inferred ? "true" : "false"; out += ',';
  if (d.rule == rules::explain_cell.id || !d.candidates.empty() || !d.explains.empty()) {
    append_key(out, "candidates");
    out += '[';
    for (std::size_t i = 0; i != d.candidates.size(); ++i) {
      const suggested_cell& c = d.candidates[i];
      if (i != 0) out += ',';
      out += '{';
      append_key(out, "table"); append_text_or_null(out, c.table); out += ',';
      append_key(out, "row"); append_text_or_null(out, c.row); out += ',';
      append_key(out, "column"); append_text_or_null(out, c.column); out += ',';
      append_key(out, "previous"); out += c.previous ? "true" : "false"; out += ',';
      append_key(out, "actual"); append_value(out, c.actual, value_kind::count); out += ',';
      append_key(out, "expected"); append_value(out, c.expected, value_kind::count); out += ',';
      append_position(out, "line", c.line, c.col); out += ',';
      append_key(out, "raw"); append_text_or_null(out, c.raw);
      out += '}';
    }
    out += "],";
    append_key(out, "explains");
    out += '[';
    for (std::size_t i = 0; i != d.explains.size(); ++i) {
      const explained_place& p = d.explains[i];
      if (i != 0) out += ',';
      out += '{';
      append_key(out, "rule"); append_string(out, p.rule); out += ',';
      append_key(out, "table"); append_text_or_null(out, p.table); out += ',';
      append_key(out, "row"); append_text_or_null(out, p.row); out += ',';
      append_key(out, "column"); append_text_or_null(out, p.column); out += ',';
      append_key(out, "previous"); out += p.previous ? "true" : "false";
      out += '}';
    }
    out += "],";
  }
  append_key(out, "message"); append_string(out, d.message(lang));
  out += '}';
}

}  // namespace detail::json_text

/// `checked_file_json(file, report, diagnostics, lang)` serialised, as `dump()` writes it (no
/// spaces, invalid UTF-8 replaced by U+FFFD), appended to `out` without building the JSON value:
/// what `xxgk-check --format json` writes for every file (check.hpp's `to_json_text`).
inline void write_checked_file_json(std::string& out, std::string_view file, const any_report& report,
                                    std::span<const diagnostic> diagnostics, language lang = language::zh) {
  namespace jt = detail::json_text;
  out += '{';
  jt::append_key(out, "file");
  jt::append_string(out, file);
  report.visit([&](const auto& r) {
    using E = typename std::remove_cvref_t<decltype(r)>::edition_type;
    out += ',';
    jt::append_key(out, "edition");
    jt::append_string(out, E::name);
    out += ',';
    jt::append_key(out, "year");
    if (r.year == 0) out += "null";
    else jt::append_integer(out, r.year);
    out += ',';
    jt::append_key(out, "agency");
    jt::append_text_or_null(out, r.agency.view());
    out += ',';
    jt::append_key(out, "inferred");
    out += '[';
    const std::vector<std::string> paths = inferred_cells(r);
    for (std::size_t i = 0; i != paths.size(); ++i) {
      if (i != 0) out += ',';
      jt::append_string(out, paths[i]);
    }
    out += ']';
  });
  const summary s = summarize(diagnostics);
  out += ',';
  jt::append_key(out, "summary");
  out += '{';
  jt::append_key(out, "errors");
  jt::append_integer(out, s.errors);
  out += ',';
  jt::append_key(out, "warnings");
  jt::append_integer(out, s.warnings);
  out += ',';
  jt::append_key(out, "notes");
  jt::append_integer(out, s.notes);
  out += "},";
  jt::append_key(out, "findings");
  out += '[';
  for (std::size_t i = 0; i != diagnostics.size(); ++i) {
    if (i != 0) out += ',';
    jt::append_diagnostic(out, diagnostics[i], lang);
  }
  out += "]}";
}

}  // namespace xxgk

#endif
