# Builds and runs examples/report_data, a repository of report files tested with
# xxgk_add_report_tests and <xxgk/doctest.hpp>, and checks that exactly its deliberately broken
# report fails, with the right message. Run by ctest (tests/CMakeLists.txt) as
#   cmake -DMODE=find_package|add_subdirectory -DXXGK_SOURCE_DIR=<repo> -DWORK_DIR=<scratch dir>
#         -DGENERATOR=<gen> -DCXX_COMPILER=<c++> [-DBUILD_TYPE=<cfg>] [-DMAKE_PROGRAM=..]
#         [-DPREFIX_PATH=<a|b>] [-DBOOST_DIR=<dir>] -P xxgk_report_data_test.cmake
# WORK_DIR is wiped first.
#
# find_package:     installs xxgk (tests and examples off) into WORK_DIR/prefix and builds the
#                   example against that prefix alone.
# add_subdirectory: builds the example with -DXXGK_SOURCE_DIR=<repo>: it adds xxgk's sources.
# Then, in both modes:
#   - ctest lists one test per file of reports/, two for the series 2023 → 2024, and one per
#     TEST_CASE of report_data_test.cpp, and no other;
#   - exactly two fail, the file test `suqian-2024-typo.html` and the doctest case `the page with
#     a typo`: every other file, the series and the other cases pass;
#   - their output names the rule and the cell by its official label: xxgk-check's
#     `suqian-2024-typo.html:38:132: error: [S3.ROW] 三、收到和处理政府信息公开申请情况 （一）予以公开 / 总计`,
#     XXGK_CHECK_VALID's `（一）予以公开 / 总计 (section3.granted.total): expected 1441, actual 1431`
#     and the EXPLAIN.CELL note that names 自然人 1418;
#   - `ctest --output-junit` writes a JUnit report of every test, two of them failed.

foreach(_var IN ITEMS MODE XXGK_SOURCE_DIR WORK_DIR GENERATOR CXX_COMPILER)
  if(NOT DEFINED ${_var} OR "${${_var}}" STREQUAL "")
    message(FATAL_ERROR "xxgk_report_data_test: -D${_var}=... is required")
  endif()
endforeach()
if(NOT MODE MATCHES "^(find_package|add_subdirectory)$")
  message(FATAL_ERROR "xxgk_report_data_test: unknown MODE '${MODE}'")
endif()
if(NOT DEFINED BUILD_TYPE OR BUILD_TYPE STREQUAL "")
  set(BUILD_TYPE Release)
endif()
set(_example "${XXGK_SOURCE_DIR}/examples/report_data")
get_filename_component(_bin "${CMAKE_COMMAND}" DIRECTORY)
find_program(_ctest NAMES ctest HINTS "${_bin}" NO_DEFAULT_PATH)
if(NOT _ctest)
  find_program(_ctest NAMES ctest REQUIRED)
endif()

# Runs one step; stops with its output when it fails (or, with EXPECT_FAILURE, when it passes).
function(_step what)
  cmake_parse_arguments(PARSE_ARGV 1 arg "EXPECT_FAILURE" "OUTPUT" "")
  list(JOIN arg_UNPARSED_ARGUMENTS " " _line)
  message(STATUS "xxgk_report_data_test[${MODE}]: ${what}: ${_line}")
  execute_process(COMMAND ${arg_UNPARSED_ARGUMENTS} RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
  if(arg_EXPECT_FAILURE AND _rc STREQUAL "0")
    message(FATAL_ERROR "xxgk_report_data_test[${MODE}]: ${what} passed; it must fail\n${_out}")
  elseif(NOT arg_EXPECT_FAILURE AND NOT _rc STREQUAL "0")
    message(FATAL_ERROR "xxgk_report_data_test[${MODE}]: ${what} failed (${_rc})\ncommand: ${_line}\n${_out}")
  endif()
  if(arg_OUTPUT)
    set(${arg_OUTPUT} "${_out}" PARENT_SCOPE)
  endif()
endfunction()

set(_common -G "${GENERATOR}" "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DCMAKE_BUILD_TYPE=${BUILD_TYPE}"
  -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF)
if(MAKE_PROGRAM)
  list(APPEND _common "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}")
endif()
if(BOOST_DIR AND NOT BOOST_DIR MATCHES "NOTFOUND$")
  list(APPEND _common "-DBoost_DIR=${BOOST_DIR}")
endif()
if(PREFIX_PATH)
  string(REPLACE "|" ":" _joined "${PREFIX_PATH}")
  set(ENV{CMAKE_PREFIX_PATH} "${_joined}")
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(_build "${WORK_DIR}/report_data-build")
if(MODE STREQUAL "find_package")
  set(_prefix "${WORK_DIR}/prefix")
  _step("configure xxgk for install" "${CMAKE_COMMAND}" -S "${XXGK_SOURCE_DIR}" -B "${WORK_DIR}/xxgk-build" ${_common}
    -DXXGK_BUILD_TESTS=OFF -DXXGK_BUILD_EXAMPLES=OFF -DXXGK_INSTALL=ON "-DCMAKE_INSTALL_PREFIX=${_prefix}")
  _step("build xxgk" "${CMAKE_COMMAND}" --build "${WORK_DIR}/xxgk-build" --config "${BUILD_TYPE}")
  _step("install xxgk" "${CMAKE_COMMAND}" --install "${WORK_DIR}/xxgk-build" --config "${BUILD_TYPE}" --prefix "${_prefix}")
  file(GLOB_RECURSE _installed "${_prefix}/*/xxgk_report_tests.cmake" "${_prefix}/bin/xxgk-check*")
  list(LENGTH _installed _count)
  if(NOT _count EQUAL 2)
    message(FATAL_ERROR "xxgk_report_data_test: the install lacks bin/xxgk-check or xxgk_report_tests.cmake: ${_installed}")
  endif()
  _step("configure the example" "${CMAKE_COMMAND}" -S "${_example}" -B "${_build}" ${_common} "-DCMAKE_PREFIX_PATH=${_prefix}")
else()
  _step("configure the example" "${CMAKE_COMMAND}" -S "${_example}" -B "${_build}" ${_common}
    "-DXXGK_SOURCE_DIR=${XXGK_SOURCE_DIR}")
endif()
_step("build the example" "${CMAKE_COMMAND}" --build "${_build}" --config "${BUILD_TYPE}")

# the tests registered: one per report file, two for the series, one per TEST_CASE
file(GLOB _reports RELATIVE "${_example}/reports" "${_example}/reports/*")
file(STRINGS "${_example}/report_data_test.cpp" _cases REGEX "^TEST_CASE\\(")
list(LENGTH _reports _files)
list(LENGTH _cases _case_count)
math(EXPR _expected "${_files} + 2 + ${_case_count}")
_step("list the tests" "${_ctest}" --test-dir "${_build}" -N OUTPUT _listed)
if(NOT _listed MATCHES "Total Tests: ${_expected}\n")
  message(FATAL_ERROR "xxgk_report_data_test[${MODE}]: expected ${_expected} tests "
    "(${_files} files, 2 of the series, ${_case_count} TEST_CASEs):\n${_listed}")
endif()
foreach(_report IN LISTS _reports)
  string(REPLACE "." "\\." _quoted "${_report}")
  if(NOT _listed MATCHES "Test +#[0-9]+: ${_quoted}\n")
    message(FATAL_ERROR "xxgk_report_data_test[${MODE}]: no test named after ${_report}:\n${_listed}")
  endif()
endforeach()

# run them: exactly the broken ones fail, with the right messages
_step("run the tests" "${_ctest}" --test-dir "${_build}" --output-on-failure --output-junit "${WORK_DIR}/junit.xml"
  EXPECT_FAILURE OUTPUT _run)
file(STRINGS "${_build}/Testing/Temporary/LastTestsFailed.log" _failed)
list(TRANSFORM _failed REPLACE "^[0-9]+:" "")
list(SORT _failed)
set(_want "suqian-2024-typo.html;the page with a typo")
if(NOT _failed STREQUAL _want)
  message(FATAL_ERROR "xxgk_report_data_test[${MODE}]: failed tests '${_failed}', expected '${_want}'\n${_run}")
endif()
foreach(_regex IN ITEMS
    "suqian-2024-typo\\.html:38:132: error: \\[S3\\.ROW\\] 三、收到和处理政府信息公开申请情况 （一）予以公开 / 总计"
    "suqian-2024-typo\\.html:59:35: error: \\[S3\\.TOTAL\\] 三、收到和处理政府信息公开申请情况 （七）总计 / 自然人"
    "（一）予以公开 / 总计 \\(section3\\.granted\\.total\\): expected 1441, actual 1431"
    "\\[EXPLAIN\\.CELL\\] [^\n]*（一）予以公开 / 自然人[^\n]*1418"
    "report_data_test\\.cpp[:(][0-9]+\\)?: ERROR: reports/suqian-2024-typo\\.html:38:132: error: \\[S3\\.ROW\\]")
  if(NOT _run MATCHES "${_regex}")
    message(FATAL_ERROR "xxgk_report_data_test[${MODE}]: the output lacks /${_regex}/:\n${_run}")
  endif()
endforeach()
file(READ "${WORK_DIR}/junit.xml" _junit)
if(NOT _junit MATCHES "tests=\"${_expected}\"" OR NOT _junit MATCHES "failures=\"2\"")
  message(FATAL_ERROR "xxgk_report_data_test[${MODE}]: the JUnit report lacks ${_expected} tests, 2 failed:\n${_junit}")
endif()
message(STATUS "xxgk_report_data_test[${MODE}]: passed: ${_expected} tests, exactly the broken report's 2 failed")
