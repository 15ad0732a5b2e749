// The Python module `xxgk` (pybind11): xxgk.check, xxgk.check_file, xxgk.parse, xxgk.rules,
// xxgk.Error, xxgk.__version__. A shell over xxgk::binding (bindings/common/binding.hpp), the
// calls libxxgk_c makes too: a check returns the entry `xxgk-check --format json` prints for the
// document, as a dict (json.loads of the same text). The GIL is released while a document is
// read and checked; bad input raises xxgk.Error carrying the reader's INPUT.* code and position.

#include <pybind11/pybind11.h>

#include "binding.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#ifndef XXGK_PYTHON_VERSION
#error "XXGK_PYTHON_VERSION must be defined (the project version, \"MAJOR.MINOR.PATCH\")"
#endif

namespace py = pybind11;

namespace {

/// The bytes of a document argument and the object that owns them, alive as long as this is.
/// The bytes are immutable, so they can be read with the GIL released.
struct document_bytes {
  py::object owner;
  std::string_view view;
};

/// str: its UTF-8 (a lone surrogate kept as the bytes "surrogatepass" gives, which the reader
/// then refuses as not UTF-8); bytes: as they are, decoded by the reader as the checker decodes
/// a file (UTF-8, else GBK/GB18030); bytearray, memoryview and other buffers: copied into bytes.
document_bytes bytes_of(const py::handle& value, const char* what) {
  PyObject* const o = value.ptr();
  if (PyUnicode_Check(o)) {
    Py_ssize_t size = 0;
    if (const char* data = PyUnicode_AsUTF8AndSize(o, &size))
      return {py::reinterpret_borrow<py::object>(value), std::string_view(data, static_cast<std::size_t>(size))};
    PyErr_Clear();
    auto encoded = py::reinterpret_steal<py::object>(PyUnicode_AsEncodedString(o, "utf-8", "surrogatepass"));
    if (!encoded) throw py::error_already_set();
    return bytes_of(encoded, what);
  }
  if (PyBytes_Check(o))
    return {py::reinterpret_borrow<py::object>(value),
            std::string_view(PyBytes_AS_STRING(o), static_cast<std::size_t>(PyBytes_GET_SIZE(o)))};
  if (PyObject_CheckBuffer(o)) {
    auto copy = py::reinterpret_steal<py::object>(PyBytes_FromObject(o));
    if (!copy) throw py::error_already_set();
    return bytes_of(copy, what);
  }
  throw py::type_error(std::string(what) + " must be str or bytes (a report's text or canonical JSON), not " +
                       std::string(py::str(py::type::handle_of(value).attr("__name__"))));
}

xxgk::language language_of(std::string_view lang) {
  if (lang == "zh") return xxgk::language::zh;
  if (lang == "en") return xxgk::language::en;
  throw py::value_error("lang must be \"zh\" or \"en\", not \"" + std::string(lang) + "\"");
}

xxgk::edition_choice edition_of(const py::handle& edition) {
  const std::string text = py::str(edition);
  if (py::isinstance<py::str>(edition) || py::isinstance<py::int_>(edition)) {
    if (text == "auto" && py::isinstance<py::str>(edition)) return xxgk::edition_choice::automatic;
    if (text == "2019") return xxgk::edition_choice::y2019;
    if (text == "2021") return xxgk::edition_choice::y2021;
  }
  throw py::value_error("edition must be \"auto\", \"2019\" or \"2021\" (or 2019, 2021), not " +
                        std::string(py::repr(edition)));
}

xxgk::input_format format_of(std::string_view format) {
  if (format == "auto") return xxgk::input_format::automatic;
  if (format == "text") return xxgk::input_format::text;
  if (format == "json") return xxgk::input_format::json;
  throw py::value_error("format must be \"auto\", \"text\" or \"json\", not \"" + std::string(format) + "\"");
}

xxgk::blank_policy blanks_of(std::string_view blanks) {
  if (blanks == "count_as_zero") return xxgk::blank_policy::count_as_zero;
  if (blanks == "not_assessable") return xxgk::blank_policy::not_assessable;
  throw py::value_error("blanks must be \"count_as_zero\" or \"not_assessable\", not \"" + std::string(blanks) + "\"");
}

py::object from_json(const std::string& text) { return py::module_::import("json").attr("loads")(py::str(text)); }

py::object position(std::uint32_t n) { return n == 0 ? py::object(py::none()) : py::object(py::int_(n)); }

/// Raises xxgk.Error for a reader's failure: code, message, line, col (None when unknown),
/// in_previous, and entry (the checker's entry for the document, as a dict; None when there is
/// none: parse, or last year's report unreadable).
[[noreturn]] void raise(const py::object& error_type, const xxgk::error& failure, const std::string& message,
                        bool in_previous, const std::string* entry) {
  std::string text = (in_previous ? "previous report: " : "") + failure.code;
  if (failure.pos.line != 0)
    text += " at " + std::to_string(failure.pos.line) + ":" + std::to_string(failure.pos.column);
  text += ": " + message;
  py::object e = error_type(text);
  e.attr("code") = failure.code;
  e.attr("message") = message;
  e.attr("line") = position(failure.pos.line);
  e.attr("col") = position(failure.pos.column);
  e.attr("in_previous") = in_previous;
  e.attr("entry") = entry != nullptr ? from_json(*entry) : py::none();
  PyErr_SetObject(error_type.ptr(), e.ptr());
  throw py::error_already_set();
}

/// The entry of a check as a dict, or xxgk.Error.
py::object answer(const py::object& error_type, const xxgk::binding::outcome& o) {
  using kind = xxgk::binding::outcome_kind;
  if (o.kind == kind::previous_unreadable) raise(error_type, o.failure, o.message, true, nullptr);
  if (o.kind == kind::unreadable) raise(error_type, o.failure, o.message, false, &o.entry);
  return from_json(o.entry);
}

struct check_arguments {
  xxgk::binding::settings settings;
  std::optional<document_bytes> previous;
};

check_arguments arguments_of(const std::string& lang, const py::handle& edition, const py::handle& previous,
                             const std::string& format, const std::string& blanks, bool explain) {
  check_arguments a;
  a.settings.lang = language_of(lang);
  a.settings.check.edition = edition_of(edition);
  a.settings.check.format = format_of(format);
  a.settings.check.validation.blanks = blanks_of(blanks);
  a.settings.check.explain = explain;
  if (!previous.is_none()) {
    a.previous = bytes_of(previous, "previous");
    a.settings.previous = a.previous->view;
  }
  return a;
}

constexpr const char* module_doc = R"(Checks 政府信息公开工作年度报告 (government information disclosure annual reports).

    import xxgk
    result = xxgk.check(open("report.txt", "rb").read())    # or a str, or canonical JSON
    for f in result["findings"]:
        print(f["line"], f["col"], f["severity"], f["rule"], f["message"])

check() returns what `xxgk-check --format json` prints for one file (the element of "files"):
{"file", "edition", "year", "agency", "inferred", "summary", "findings": [{"rule", "severity",
"verdict", "table", "row", "column", "expected", "actual", "line", "col", "raw", "inferred",
"message"}]}. A document with nothing usable in it raises xxgk.Error.)";

constexpr const char* error_doc = R"(A document xxgk cannot read: nothing usable in it.

Attributes: code (the reader's code: "INPUT.EMPTY", "INPUT.BINARY", "INPUT.ENCODING",
"INPUT.GBK", "INPUT.NO_TABLES", "INPUT.JSON", "INPUT.FILE"), message (in the language asked
for), line and col (1-based, or None when unknown), in_previous (True when the report that
failed is `previous`, last year's), entry (what `xxgk-check --format json` prints for the
document then, as a dict with this error as its one finding; None from parse() and for
`previous`).)";

constexpr const char* check_doc = R"(Checks one report as `xxgk-check --format json` does, and returns its entry as a dict.

document  str, or bytes as read from a file (UTF-8 or GBK/GB18030, decoded as the checker
          decodes files); a report as published (text, HTML) or its canonical JSON
lang      "zh" or "en": the language of the messages
edition   "auto", "2019" or "2021" (2019 and 2021 as ints too): the edition text is read as
previous  last year's report of the same agency (str or bytes), for X.CARRY, X.IN_FORCE, X.SERIES
format    "auto" (JSON when the first character is '{'), "text" or "json"
blanks    "count_as_zero" or "not_assessable": what a blank cell means to the identities
explain   False: no EXPLAIN.CELL notes
name      the "file" of the entry

Raises xxgk.Error when nothing usable is read (its INPUT.* code and position), TypeError when
document is not str or bytes, ValueError for an option out of range. Releases the GIL.)";

constexpr const char* check_file_doc = R"(As check(), on the file at `path` (str or os.PathLike), read whole: exactly the entry of
`xxgk-check --format json PATH` (a name ending in .json is read as JSON). A file that cannot be
read raises xxgk.Error with code "INPUT.FILE".)";

constexpr const char* parse_doc = R"(The canonical report JSON (FORMAT.md) of a document, as `xxgk-check --emit report-json`
writes it, as a dict. Only the reader runs: no identity is checked. Raises xxgk.Error when
nothing usable is read, its message in `lang`.)";

}  // namespace

PYBIND11_MODULE(xxgk, m) {
  m.doc() = module_doc;
  m.attr("__version__") = XXGK_PYTHON_VERSION;

  py::dict defaults;
  defaults["code"] = py::none();
  defaults["message"] = py::none();
  defaults["line"] = py::none();
  defaults["col"] = py::none();
  defaults["in_previous"] = false;
  defaults["entry"] = py::none();
  auto error_type = py::reinterpret_steal<py::object>(
      PyErr_NewExceptionWithDoc("xxgk.Error", error_doc, PyExc_ValueError, defaults.ptr()));
  if (!error_type) throw py::error_already_set();
  m.attr("Error") = error_type;

  m.def(
      "check",
      [error_type](const py::object& document, const std::string& lang, const py::object& edition,
                   const py::object& previous, const std::string& format, const std::string& blanks, bool explain,
                   const std::string& name) {
        check_arguments a = arguments_of(lang, edition, previous, format, blanks, explain);
        a.settings.name = name;
        const document_bytes bytes = bytes_of(document, "document");
        xxgk::binding::outcome o;
        {
          py::gil_scoped_release unlocked;
          o = xxgk::binding::check_document(bytes.view, a.settings);
        }
        return answer(error_type, o);
      },
      check_doc, py::arg("document"), py::kw_only(), py::arg("lang") = "zh", py::arg("edition") = "auto",
      py::arg("previous") = py::none(), py::arg("format") = "auto", py::arg("blanks") = "count_as_zero",
      py::arg("explain") = true, py::arg("name") = "<input>");

  m.def(
      "check_file",
      [error_type](const py::object& path, const std::string& lang, const py::object& edition,
                   const py::object& previous, const std::string& format, const std::string& blanks,
                   bool explain) {
        check_arguments a = arguments_of(lang, edition, previous, format, blanks, explain);
        py::object fs_path = py::module_::import("os").attr("fspath")(path);
        if (py::isinstance<py::str>(fs_path)) fs_path = py::module_::import("os").attr("fsencode")(fs_path);
        const std::string file = fs_path.cast<std::string>();  // the bytes of the path
        a.settings.name = file;
        xxgk::binding::outcome o;
        {
          py::gil_scoped_release unlocked;
          o = xxgk::binding::check_path(file, a.settings);
        }
        return answer(error_type, o);
      },
      check_file_doc, py::arg("path"), py::kw_only(), py::arg("lang") = "zh", py::arg("edition") = "auto",
      py::arg("previous") = py::none(), py::arg("format") = "auto", py::arg("blanks") = "count_as_zero",
      py::arg("explain") = true);

  m.def(
      "parse",
      [error_type](const py::object& document, const py::object& edition, const std::string& format,
                   const std::string& lang) {
        const xxgk::edition_choice chosen = edition_of(edition);
        const xxgk::input_format read_as = format_of(format);
        const xxgk::language language = language_of(lang);
        const document_bytes bytes = bytes_of(document, "document");
        std::optional<xxgk::result<std::string>> report;
        {
          py::gil_scoped_release unlocked;
          report.emplace(xxgk::binding::parse_document(bytes.view, read_as, chosen));
        }
        if (!*report) raise(error_type, report->error(), xxgk::describe(report->error()).message(language), false, nullptr);
        return from_json(**report);
      },
      parse_doc, py::arg("document"), py::kw_only(), py::arg("edition") = "auto", py::arg("format") = "auto",
      py::arg("lang") = "zh");

  py::list rules;
  for (const py::handle rule : from_json(xxgk::binding::rules_json())) rules.append(rule);
  m.attr("rules") = py::tuple(rules);
}
