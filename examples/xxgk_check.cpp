// xxgk-check: checks 政府信息公开工作年度报告 (government information disclosure annual reports)
// against the identities of the national format, and prints what it finds.
//
//   xxgk-check [--format text|json|sarif|html] [--lang zh|en] [--edition auto|2019|2021]
//              [--previous FILE | --series] [--fail-on error|warning|note] [--jobs N]
//              [--emit report-json] [--help] FILE...
//
// A thin shell over xxgk::check_file, which does the whole pipeline for a file:
//   bytes → reader (xxgk::parse for text, xxgk::read_report_json for .json) → report
//         → xxgk::validate, xxgk::check_prose, xxgk::validate_across_years → findings
//         → xxgk::explain (the number that explains failing identities: EXPLAIN.CELL notes)
//         → xxgk::describe → diagnostics, in source order.
// This file reads the command line, checks the files (in parallel with --jobs, the output in
// input order), and writes each file's result through the text or JSON writer, or all files'
// results as one SARIF log (json_sarif.hpp) or one HTML page (html_writer.hpp).
// Exit status: 0 no finding at or above --fail-on (error by default), 1 some such finding, 2 a
// file could not be read or parsed, or the command line is wrong.

#include <xxgk/check.hpp>
#include <xxgk/diagnostic.hpp>
#include <xxgk/html_writer.hpp>
#include <xxgk/rule.hpp>
#include <xxgk/text_writer.hpp>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdio>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

constexpr std::string_view usage_head = R"(usage: xxgk-check [OPTION]... FILE...

Checks 政府信息公开工作年度报告 (annual reports on government information disclosure) against
the tables of the national format (editions 2019 and 2021) and prints every finding.

FILE is the text of a report (UTF-8: copied from Word, HTML or PDF) or its canonical JSON
(report.json); a file ending in .json, or whose first non-space character is '{', is read as
JSON. '-' reads standard input. Results are written in the order of the FILEs.

Options:
  --format text|json|sarif|html
                         text (default): one compiler-style line per finding,
                           FILE:LINE:COL: error: [RULE] message
                         then a summary line per file, and a line listing the cells read
                         as inferred when there are some; json: one JSON document
                           {"files": [{"file", "edition", "year", "agency", "inferred",
                                       "summary", "findings": [{"rule", "severity",
                                       "verdict", "table", "row", "column", "expected",
                                       "actual", "line", "col", "raw", "inferred",
                                       "message"}]}]}
                         (an EXPLAIN.CELL note also has "candidates" and "explains");
                         sarif: one SARIF 2.1.0 log of every file, for code-scanning UIs
                         (the catalogue as tool.driver.rules, each finding a result with
                         its rule, level, message, line and column, and its cell as a
                         logical location "section3.granted.total");
                         html: one self-contained page of every file (no external
                         resource, prints on A4): chapters 二, 三 and 四 as the national
                         format prints them, the cells of each finding marked, the
                         findings listed and linked to their cells
  --lang zh|en           language of the messages: zh (default) names cells by their official
                         labels, en by their JSON keys
  --edition auto|2019|2021
                         the edition of the format to read text as: auto (default) decides
                         from the report; 2019 = 国办公开办函〔2019〕60号 (reports on 2019-2020),
                         2021 = 国办公开办函〔2021〕30号 (2021 and later). A JSON report names
                         its own edition.
  --previous FILE        the same agency's report of the year before: also check this year's
                         二、上年结转 against its 四、结转下年度继续办理 (X.CARRY) and, edition
                         2021, 现行有效 against its 现行有效 + 本年制发 − 本年废止 (X.IN_FORCE);
                         a different agency or a year that does not follow is X.SERIES. Takes
                         one FILE.
  --series               the FILEs are one agency's reports in year order: check each against
                         the one before it (X.*), reading one file at a time
  --fail-on error|warning|note
                         the least severity that makes the exit status 1: error (default),
                         warning (a missing or unreadable row, a missing chapter: a
                         truncated report fails) or note (any finding)
  --jobs N               check N files at a time (default: the machine's hardware threads);
                         the output is the same as with --jobs 1. --series and --previous
                         check one file at a time
  --emit report-json     print the canonical JSON of each report instead, one document per
                         line, and nothing else on standard output; findings go to standard
                         error. Cells read as inferred are listed in its "inferred" array
  -h, --help             print this help and exit

The number to look at: when failing identities of a table that share cells all pass through
one published number, and changing it alone would make them hold without breaking one that
holds, an EXPLAIN.CELL note names it with the value it would need (or lists each such number).
It is a suggestion beside the findings: the published numbers are kept. With --previous or
--series, X.CARRY takes part.

Inferred cells: crawler text whose digits ran together ("640020470") is split the one way its
row's identity allows, and the cells so read are inferred (FMT.INFERRED_ROW). Rows of chapter
三 one number short, in text that dropped the empty cells of a column left blank down them, are
read with that column empty when it alone makes every other column add up (FMT.INFERRED_BLANK).
A finding that rests on them says so; the identity used to split a row cannot check it (not
assessable), nor can the column totals that placed such rows.

Exit status:
  0  no file has a finding at or above --fail-on (by default: no error finding)
  1  some file has such a finding
  2  some file could not be read or parsed at all, or the command line is wrong

)";

/// The help: options, exit status, then every rule and reader code from the catalogue.
void print_usage(std::ostream& out) {
  out << usage_head << "Checks (rule ids are stable; a check that cannot be made because a cell holds text or\n"
      << "is missing is a note naming that cell):\n";
  auto list = [&](const auto& catalogue) {
    for (const xxgk::rule_info* rule : catalogue) {
      std::string id(rule->id);
      id.resize(std::max<std::size_t>(id.size(), 19), ' ');
      out << "  " << id << xxgk::to_string(rule->severity) << ": " << rule->en << "\n"
          << "  " << std::string(19, ' ') << rule->zh << "\n";
    }
  };
  list(xxgk::rules::catalogue);
  out << "Across years (--previous, --series):\n";
  list(xxgk::rules::across_years_catalogue);
  out << "Numbers stated in the prose against the tables (text input):\n";
  list(xxgk::rules::prose_catalogue);
  out << "Reader findings about the source:\n";
  list(xxgk::rules::reader_catalogue);
  out << "Suggestions beside the findings:\n";
  list(xxgk::rules::explain_catalogue);
}

enum class output_format { text, json, sarif, html };

struct command_line {
  output_format format = output_format::text;
  xxgk::language lang = xxgk::language::zh;
  xxgk::edition_choice edition = xxgk::edition_choice::automatic;
  xxgk::severity fail_on = xxgk::severity::error;  ///< the least severity that makes the status 1
  bool emit_report = false;
  bool help = false;
  bool series = false;
  unsigned jobs = 0;  ///< 0: the machine's hardware threads
  std::optional<std::string> previous;
  std::vector<std::string> files;
};

/// The value of `--name value` or `--name=value`, advancing `i` past it; nullopt if `arg` is
/// not that option.
std::optional<std::string_view> option_value(std::string_view name, int argc, char** argv, int& i,
                                             bool& missing) {
  const std::string_view arg = argv[i];
  if (arg == name) {
    if (i + 1 == argc) {
      missing = true;
      return std::string_view{};
    }
    return std::string_view(argv[++i]);
  }
  if (arg.size() > name.size() && arg.starts_with(name) && arg[name.size()] == '=')
    return arg.substr(name.size() + 1);
  return std::nullopt;
}

/// The command line, or nullopt with `problem` saying what is wrong with it.
std::optional<command_line> parse_arguments(int argc, char** argv, std::string& problem) {
  command_line cl;
  bool only_files = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (only_files || arg == "-" || !arg.starts_with('-')) {
      cl.files.emplace_back(arg);
      continue;
    }
    if (arg == "--") {
      only_files = true;
      continue;
    }
    if (arg == "-h" || arg == "--help") {
      cl.help = true;
      continue;
    }
    if (arg == "--series") {
      cl.series = true;
      continue;
    }
    bool missing = false;
    std::optional<std::string_view> v;
    auto bad_value = [&](std::string_view option) {
      problem = missing ? std::string(option) + " needs a value"
                        : "invalid value '" + std::string(*v) + "' for " + std::string(option);
      return std::nullopt;
    };
    if ((v = option_value("--format", argc, argv, i, missing))) {
      if (*v == "text") cl.format = output_format::text;
      else if (*v == "json") cl.format = output_format::json;
      else if (*v == "sarif") cl.format = output_format::sarif;
      else if (*v == "html") cl.format = output_format::html;
      else return bad_value("--format");
    } else if ((v = option_value("--lang", argc, argv, i, missing))) {
      if (*v == "zh") cl.lang = xxgk::language::zh;
      else if (*v == "en") cl.lang = xxgk::language::en;
      else return bad_value("--lang");
    } else if ((v = option_value("--edition", argc, argv, i, missing))) {
      if (*v == "auto") cl.edition = xxgk::edition_choice::automatic;
      else if (*v == "2019") cl.edition = xxgk::edition_choice::y2019;
      else if (*v == "2021") cl.edition = xxgk::edition_choice::y2021;
      else return bad_value("--edition");
    } else if ((v = option_value("--fail-on", argc, argv, i, missing))) {
      if (*v == "error") cl.fail_on = xxgk::severity::error;
      else if (*v == "warning") cl.fail_on = xxgk::severity::warning;
      else if (*v == "note") cl.fail_on = xxgk::severity::note;
      else return bad_value("--fail-on");
    } else if ((v = option_value("--previous", argc, argv, i, missing))) {
      if (missing || v->empty()) return bad_value("--previous");
      cl.previous = std::string(*v);
    } else if ((v = option_value("--jobs", argc, argv, i, missing))) {
      unsigned n = 0;
      const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
      if (missing || ec != std::errc{} || end != v->data() + v->size() || n == 0 || n > 1024)
        return bad_value("--jobs");
      cl.jobs = n;
    } else if ((v = option_value("--emit", argc, argv, i, missing))) {
      if (*v == "report-json") cl.emit_report = true;
      else return bad_value("--emit");
    } else {
      problem = "unknown option '" + std::string(arg) + "'";
      return std::nullopt;
    }
  }
  if (cl.files.empty() && !cl.help) {
    problem = "no FILE given";
    return std::nullopt;
  }
  if (cl.previous && cl.files.size() != 1) {
    problem = "--previous takes one FILE (use --series for several years)";
    return std::nullopt;
  }
  if (cl.previous && cl.series) {
    problem = "--previous and --series do not go together";
    return std::nullopt;
  }
  return cl;
}

/// Standard input, whole; nullopt when it cannot be read.
std::optional<std::string> read_stdin() {
  std::string text;
  char buffer[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) != 0) text.append(buffer, n);
  if (std::ferror(stdin) != 0) return std::nullopt;
  return text;
}

/// Checks one FILE ("-": standard input), against `previous` when there is one.
xxgk::result<xxgk::checked_report> check(const std::string& path, const xxgk::any_report* previous,
                                         const command_line& cl) {
  xxgk::check_options options;
  options.edition = cl.edition;
  options.keep_source = cl.format == output_format::html;  // the page quotes the line of each finding
  if (path != "-") return previous ? xxgk::check_file(path, *previous, options) : xxgk::check_file(path, options);
  const std::optional<std::string> text = read_stdin();
  if (!text) return xxgk::error{std::string(xxgk::rules::input_file.id), "standard input cannot be read", {}};
  return previous ? xxgk::check(*text, *previous, options) : xxgk::check(*text, options);
}

/// The line after a file's summary that says how many cells were inferred and in which rows
/// ("section3.granted": the paths of the "inferred" array without their column), without the
/// newline; empty when there are none.
std::string inferred_line(std::string_view file, const std::vector<std::string>& paths, xxgk::language lang) {
  if (paths.empty()) return {};
  std::vector<std::string_view> rows;  // the paths come in table, row and column order
  for (const std::string& path : paths) {
    const std::string_view row = std::string_view(path).substr(0, path.rfind('.'));
    if (rows.empty() || rows.back() != row) rows.push_back(row);
  }
  std::string out(file);
  out += ": ";
  if (lang == xxgk::language::zh)
    out += std::to_string(paths.size()) + " 个推定值（原文数字连写、与标签分离或缺少空白单元格，按唯一相符的读法读取），在 " +
           std::to_string(rows.size()) + " 行：";
  else
    out += std::to_string(paths.size()) + (paths.size() == 1 ? " inferred cell" : " inferred cells") + " in " +
           std::to_string(rows.size()) + (rows.size() == 1 ? " row" : " rows") +
           " (digits that ran together, numbers apart from their labels, or an empty cell lost, read the only way that fits): ";
  for (std::size_t i = 0; i != rows.size(); ++i) {
    if (i != 0) out += ", ";
    out += rows[i];
  }
  return out;
}

/// What the checker prints for one file: to standard output (findings, or the report with
/// --emit report-json) and to standard error (findings with --emit report-json); and its status.
struct file_output {
  std::string out;
  std::string err;
  int status = 0;  ///< 0, 1 (a finding at or above --fail-on) or 2 (unreadable)
  /// --format sarif and html: the file's name and result, for the one log or page written
  /// after every file
  std::string name;
  std::optional<xxgk::result<xxgk::checked_report>> kept;
};

/// True when `summary` has a finding at or above `fail_on`.
bool fails(const xxgk::summary& summary, xxgk::severity fail_on) {
  switch (fail_on) {
    case xxgk::severity::error: return summary.errors != 0;
    case xxgk::severity::warning: return summary.errors + summary.warnings != 0;
    case xxgk::severity::note: return summary.errors + summary.warnings + summary.notes != 0;
  }
  return false;
}

file_output render(const std::string& path, const xxgk::result<xxgk::checked_report>& checked,
                   const command_line& cl) {
  file_output o;
  const std::string name = path == "-" ? "<stdin>" : path;
  // findings go to standard output, unless it carries the reports
  std::string& findings = cl.emit_report ? o.err : o.out;
  const bool kept = cl.format == output_format::sarif || cl.format == output_format::html;
  if (kept) {
    o.name = name;
    o.kept.emplace(checked);
  }
  if (!checked) {
    o.status = 2;
    if (cl.format == output_format::json) findings = xxgk::to_json_text(name, checked.error(), cl.lang);
    else if (cl.format == output_format::text)
      findings = xxgk::format_diagnostic(name, xxgk::describe(checked.error()), cl.lang) + '\n';
    return o;
  }
  o.status = fails(checked->summary(), cl.fail_on) ? 1 : 0;
  if (cl.emit_report) o.out = xxgk::to_json_text(checked->report) + '\n';
  if (kept) return o;
  if (cl.format == output_format::json) {
    findings = xxgk::to_json_text(name, *checked, cl.lang);
    return o;
  }
  findings = xxgk::to_text(name, checked->diagnostics, cl.lang);
  if (const std::string line = inferred_line(name, checked->inferred, cl.lang); !line.empty()) findings += line + '\n';
  return o;
}

/// Checks files [first, last), `jobs` at a time, each on its own: the results in input order.
std::vector<file_output> check_in_parallel(const command_line& cl, std::size_t jobs, std::size_t first,
                                           std::size_t last) {
  std::vector<file_output> outputs(last - first);
  std::atomic<std::size_t> next{first};
  auto work = [&] {
    for (std::size_t i = next++; i < last; i = next++)
      outputs[i - first] = render(cl.files[i], check(cl.files[i], nullptr, cl), cl);
  };
  std::vector<std::thread> threads;
  for (std::size_t t = 1; t < jobs; ++t) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
  return outputs;
}

}  // namespace

int main(int argc, char** argv) {
  std::string problem;
  const std::optional<command_line> cl = parse_arguments(argc, argv, problem);
  if (!cl) {
    std::cerr << "xxgk-check: " << problem << "\n\n";
    print_usage(std::cerr);
    return 2;
  }
  if (cl->help) {
    print_usage(std::cout);
    return 0;
  }

  const bool json = cl->format == output_format::json;
  std::FILE* const findings_out = cl->emit_report ? stderr : stdout;
  std::vector<file_output> pages;  // --format sarif and html: every file, for the one log or page
  auto write = [](std::FILE* to, const std::string& text) { std::fwrite(text.data(), 1, text.size(), to); };

  // the report of the year before: --previous FILE, or with --series the file before
  std::optional<xxgk::any_report> previous;
  if (cl->previous) {
    const auto before = check(*cl->previous, nullptr, *cl);
    if (!before) {
      write(findings_out, xxgk::format_diagnostic(*cl->previous, xxgk::describe(before.error()), cl->lang) + '\n');
      return 2;
    }
    previous = before->report;
  }

  int status = 0;
  bool first = true;
  if (json) write(findings_out, "{\"files\":[");
  auto emit = [&](file_output&& o) {
    if (o.status == 2) status = 2;
    else if (o.status == 1 && status == 0) status = 1;
    if (json) write(findings_out, first ? "\n" : ",\n");
    write(stdout, o.out);
    write(stderr, o.err);
    first = false;
    if (o.kept) pages.push_back(std::move(o));
  };

  const unsigned hardware = std::max(1U, std::thread::hardware_concurrency());
  const std::size_t jobs = std::min<std::size_t>(cl->jobs != 0 ? cl->jobs : hardware, cl->files.size());
  if (cl->series || previous || jobs <= 1) {
    for (const std::string& path : cl->files) {
      auto checked = check(path, previous ? &*previous : nullptr, *cl);
      emit(render(path, checked, *cl));
      if (cl->series) previous = checked ? std::optional(std::move(checked->report)) : std::nullopt;  // an unreadable file breaks the chain
      std::fflush(stdout);
    }
  } else {
    // a window of files at a time: the outputs held wait for one window, not for every file
    const std::size_t window = 64 * jobs;
    for (std::size_t begin = 0; begin < cl->files.size(); begin += window)
      for (file_output& o : check_in_parallel(*cl, jobs, begin, std::min(begin + window, cl->files.size())))
        emit(std::move(o));
  }
  if (json) write(findings_out, "\n]}\n");
  if (cl->format == output_format::sarif) {
    std::vector<xxgk::sarif_file> files;
    for (const file_output& o : pages) {
      xxgk::sarif_file file;
      file.file = o.name;
      if (*o.kept) file.diagnostics = (*o.kept)->diagnostics;
      else file.failure = &o.kept->error();
      files.push_back(file);
    }
    write(findings_out, xxgk::to_sarif_text(files, cl->lang) + '\n');
  }
  if (cl->format == output_format::html) {
    // one page; a file that could not be read is shown with its INPUT.* diagnostic
    std::vector<xxgk::diagnostic> failures;
    failures.reserve(pages.size());
    std::vector<xxgk::html_input> files;
    for (const file_output& o : pages) {
      xxgk::html_input file;
      file.file = o.name;
      if (*o.kept) {
        const xxgk::checked_report& c = **o.kept;
        file.report = &c.report;
        file.diagnostics = c.diagnostics;
        file.source = c.source;
      } else {
        file.failure = &failures.emplace_back(xxgk::describe(o.kept->error()));
      }
      files.push_back(file);
    }
    write(findings_out, xxgk::to_html(files, cl->lang));
  }
  return status;
}
