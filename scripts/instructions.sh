#!/usr/bin/env bash
# Instruction counts:  bash scripts/instructions.sh
#
# Counts, with `valgrind --tool=callgrind`, the instructions executed by parse + validate and by
# validate alone over every *.txt and *.html of tests/data (the set tests/bench/parse_validate.cpp
# calls "all"), and prints them per fixture byte and per report. Unlike wall-clock timings, the
# counts do not depend on what else the machine is doing: compare them before and after a change.
# A small driver (written below) is compiled with the flags of a CMake Release build (-O3
# -DNDEBUG); only the functions that do the measured work are counted (callgrind
# --toggle-collect), so reading the files and starting the process are left out. Callgrind counts
# a `rep stos`/`rep movs` once per byte: glibc's memset and memcpy of a few KB and more weigh
# here about a byte an instruction, more than their time on the machine.
#
#   parse + validate     xxgk::parse then xxgk::validate of each fixture, $passes times
#   parse                xxgk::parse alone
#   validate             xxgk::validate alone, on the reports parse read from the fixtures
#   validate, full       xxgk::validate of changchun-2023.txt (a full edition-2021 report)
#
#   CXX=clang++                compiler (default g++)
#   XXGK_INCLUDE=dir           headers to measure (default include/ of this tree): measure an
#                              older copy of the headers against the current ones
#   XXGK_INSTRUCTIONS_PASSES=N passes over the fixtures (default 10; counts are per pass)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

cxx="${CXX:-g++}"
include="${XXGK_INCLUDE:-$XXGK_ROOT/include}"
passes="${XXGK_INSTRUCTIONS_PASSES:-10}"
data="$XXGK_ROOT/tests/data"
command -v valgrind >/dev/null || { echo "instructions: valgrind not found" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cat >"$work/driver.cpp" <<'CPP'
#include <xxgk/parse.hpp>
#include <xxgk/validate.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace {
std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
std::size_t sink = 0;  // keeps results alive
template <class Report>
void consume(const Report& r) {
  const auto findings = xxgk::validate(r);
  sink += findings.size();
}
}  // namespace

// The measured functions: callgrind counts what runs inside them (--toggle-collect).
extern "C" __attribute__((noinline)) void xxgk_measure_parse_validate(const std::vector<std::string>& texts, int passes) {
  for (int i = 0; i != passes; ++i)
    for (const std::string& t : texts) {
      auto parsed = xxgk::parse(t);
      if (parsed) parsed->report.visit([](const auto& r) { consume(r); });
      sink += parsed ? parsed->findings.size() : 1;
    }
}
extern "C" __attribute__((noinline)) void xxgk_measure_parse(const std::vector<std::string>& texts, int passes) {
  for (int i = 0; i != passes; ++i)
    for (const std::string& t : texts) {
      auto parsed = xxgk::parse(t);
      sink += parsed ? parsed->findings.size() : 1;
    }
}
extern "C" __attribute__((noinline)) void xxgk_measure_validate(const std::vector<xxgk::parsed_report>& reports, int passes) {
  for (int i = 0; i != passes; ++i)
    for (const xxgk::parsed_report& p : reports) p.report.visit([](const auto& r) { consume(r); });
}

int main(int argc, char** argv) {
  const std::string mode = argv[1];
  const std::filesystem::path dir = argv[2];
  const int passes = std::atoi(argv[3]);
  std::vector<std::filesystem::path> paths;
  if (mode == "validate_full") {
    paths.push_back(dir / "changchun-2023.txt");
  } else {
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      const std::string ext = e.path().extension().string();
      if (ext == ".txt" || ext == ".html") paths.push_back(e.path());
    }
    std::sort(paths.begin(), paths.end());
  }
  std::vector<std::string> texts;
  std::size_t bytes = 0;
  for (const auto& p : paths) {
    texts.push_back(read_file(p));
    bytes += texts.back().size();
  }
  if (mode == "parse_validate") {
    xxgk_measure_parse_validate(texts, passes);
  } else if (mode == "parse") {
    xxgk_measure_parse(texts, passes);
  } else {
    std::vector<xxgk::parsed_report> reports;
    for (const std::string& t : texts) {
      auto parsed = xxgk::parse(t);
      if (parsed) reports.push_back(std::move(*parsed));
    }
    xxgk_measure_validate(reports, passes);
    std::printf("reports %zu\n", reports.size());
  }
  std::printf("files %zu bytes %zu sink %zu\n", texts.size(), bytes, sink);
}
CPP

"$cxx" -std=c++20 -O3 -DNDEBUG -I"$include" "$work/driver.cpp" -o "$work/driver"

# count <mode> <function>: "instructions files bytes reports" of one run
count() {
  local out
  out="$(valgrind --tool=callgrind --callgrind-out-file="$work/cg.$1" --collect-atstart=no \
           --toggle-collect="$2" "$work/driver" "$1" "$data" "$passes" 2>"$work/vg.$1")"
  local ir files bytes reports
  ir="$(sed -n 's/^summary: //p' "$work/cg.$1")"
  files="$(awk '/^files/ { print $2 }' <<<"$out")"
  bytes="$(awk '/^files/ { print $4 }' <<<"$out")"
  reports="$(awk '/^reports/ { print $2 }' <<<"$out")"
  echo "$ir $files $bytes ${reports:-$files}"
}

read -r pv_ir files bytes _ <<<"$(count parse_validate xxgk_measure_parse_validate)"
read -r p_ir _ _ _ <<<"$(count parse xxgk_measure_parse)"
read -r v_ir _ _ v_reports <<<"$(count validate xxgk_measure_validate)"
read -r f_ir _ f_bytes _ <<<"$(count validate_full xxgk_measure_validate)"

awk -v cxx="$("$cxx" --version | head -n 1)" -v passes="$passes" -v files="$files" -v bytes="$bytes" \
    -v pv="$pv_ir" -v p="$p_ir" -v v="$v_ir" -v vr="$v_reports" -v f="$f_ir" -v fb="$f_bytes" 'BEGIN {
  printf "instructions (callgrind), %s -O3 -DNDEBUG, %d passes; %d fixtures, %d bytes\n", cxx, passes, files, bytes
  printf "| what                                  | instructions per pass | per fixture byte | per report |\n"
  printf "|---------------------------------------|----------------------:|-----------------:|-----------:|\n"
  printf "| parse + validate, all fixtures        | %21.0f | %16.2f | %10.0f |\n", pv / passes, pv / passes / bytes, pv / passes / files
  printf "| parse alone, all fixtures             | %21.0f | %16.2f | %10.0f |\n", p / passes, p / passes / bytes, p / passes / files
  printf "| validate alone, %2d reports read       | %21.0f | %16.2f | %10.0f |\n", vr, v / passes, v / passes / bytes, v / passes / vr
  printf "| validate alone, changchun-2023 (full) | %21.0f | %16.2f | %10.0f |\n", f / passes, f / passes / fb, f / passes
}'
