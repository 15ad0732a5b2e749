# xxgk compile-fail harness, run by ctest as
#   cmake -DCOMPILER=<c++> -DCOMPILER_ID=<GNU|Clang> -DSOURCE=<file.cpp> [-DFLAGS=<a|b>]
#         [-DINCLUDE_DIRS=<d1|d2>] [-DSYSTEM_INCLUDE_DIRS=<d1|d2>] -P xxgk_compile_fail.cmake
# (lists are separated by '|', so they survive add_test and the shell unchanged).
#
# The first line of SOURCE must be the pin
#   // expect-error: <CMake regex>
# The pin is read here, at test time, so editing it needs no re-configure and the regex never
# passes through quoting. SOURCE is compiled with -std=c++20 -fsyntax-only, without source echo
# or colour, under LC_ALL=C (so g++ quotes names with ASCII '...'). The test passes only when the
# compile FAILS and the compiler's combined output MATCHES the regex. It fails (FATAL_ERROR) when
# the pin is missing or empty, when the file compiles, when the error text does not match, or
# when the compiler crashed.

# Fail the test. The text goes out unwrapped (message(NOTICE)), so ctest's PASS_REGULAR_EXPRESSION
# on the controls' `.reason` tests can rely on it; FATAL_ERROR then sets the exit code.
function(_xxgk_fail)
  set(_text "")
  math(EXPR _last "${ARGC} - 1")
  foreach(_i RANGE ${_last})  # ARGV<i>, not ARGN: keeps the ';' of compiler output
    string(APPEND _text "${ARGV${_i}}")
  endforeach()
  message(NOTICE "xxgk_compile_fail: FAILED: ${_text}")
  message(FATAL_ERROR "xxgk_compile_fail: compile-fail test failed")
endfunction()

foreach(_var IN ITEMS COMPILER SOURCE)
  if(NOT DEFINED ${_var} OR "${${_var}}" STREQUAL "")
    _xxgk_fail("-D${_var}=... is required")
  endif()
endforeach()
if(NOT EXISTS "${SOURCE}")
  _xxgk_fail("no such file: ${SOURCE}")
endif()
get_filename_component(_name "${SOURCE}" NAME)

# --- the pin -----------------------------------------------------------------------------------
file(READ "${SOURCE}" _head LIMIT 4096)
string(REGEX MATCH "^[^\n]*" _first "${_head}")
string(SUBSTRING "${_first}" 0 3 _bom)
string(HEX "${_bom}" _bom)
if(_bom STREQUAL "efbbbf")  # a UTF-8 byte-order mark
  string(SUBSTRING "${_first}" 3 -1 _first)
endif()
string(REGEX REPLACE "\r$" "" _first "${_first}")
set(_pin "")
if(_first MATCHES "^//[ \t]*expect-error:[ \t]*(.*)$")
  set(_pin "${CMAKE_MATCH_1}")
  string(STRIP "${_pin}" _pin)
endif()
if(_pin STREQUAL "")
  _xxgk_fail(
    "${_name}: no expect-error pin: its first line must be\n"
    "  // expect-error: <regex matching the compiler's error>\n"
    "first line is: ${_first}")
endif()

# --- the compile -------------------------------------------------------------------------------
macro(_xxgk_split out in)
  string(REPLACE "|" ";" ${out} "${in}")
endmacro()
_xxgk_split(_flags "${FLAGS}")
_xxgk_split(_incs "${INCLUDE_DIRS}")
_xxgk_split(_sysincs "${SYSTEM_INCLUDE_DIRS}")

set(_cmd "${COMPILER}" -std=c++20 -fsyntax-only)
if(COMPILER_ID MATCHES "Clang")
  list(APPEND _cmd -fno-color-diagnostics -fno-caret-diagnostics)
else()
  list(APPEND _cmd -fdiagnostics-color=never -fno-diagnostics-show-caret)
endif()
list(APPEND _cmd ${_flags})
foreach(_dir IN LISTS _incs)
  list(APPEND _cmd "-I${_dir}")
endforeach()
foreach(_dir IN LISTS _sysincs)
  list(APPEND _cmd -isystem "${_dir}")
endforeach()
list(APPEND _cmd "${SOURCE}")

set(ENV{LC_ALL} C)
set(ENV{LANG} C)
execute_process(COMMAND ${_cmd}
  RESULT_VARIABLE _rc
  OUTPUT_VARIABLE _out
  ERROR_VARIABLE _out)

list(JOIN _cmd " " _cmd_line)
if(_rc STREQUAL "0")
  _xxgk_fail(
    "${_name} compiled successfully, but it must fail with an error "
    "matching: ${_pin}\ncommand: ${_cmd_line}\n${_out}")
endif()
if(NOT _rc MATCHES "^[0-9]+$" OR _out MATCHES "internal compiler error|PLEASE submit a bug report")
  _xxgk_fail(
    "${_name}: the compiler did not run normally (${_rc})\n"
    "command: ${_cmd_line}\n${_out}")
endif()
if(NOT _out MATCHES "${_pin}")
  _xxgk_fail(
    "${_name} failed to compile, but the error did not match the pin: "
    "${_pin}\ncommand: ${_cmd_line}\n--- compiler output ---\n${_out}")
endif()
message(STATUS "xxgk_compile_fail: ${_name} fails to compile as pinned: ${_pin}")
