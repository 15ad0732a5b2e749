# xxgk_add_report_tests: one ctest test per report file, run through the checker xxgk-check
# (the imported executable xxgk::check). Shipped with the package: xxgkConfig.cmake includes this
# file after find_package(xxgk), and xxgk's own CMakeLists.txt includes it, so the function is
# there after add_subdirectory(xxgk) too.
#
#   xxgk_add_report_tests(
#     [DIRECTORY <dir> [RECURSE]]   every report file of <dir>: *.txt, *.html, *.htm, *.json (or
#                                   the GLOB patterns, relative to <dir>), sorted by name
#     [FILES <file>...]             these files, in this order (before those of DIRECTORY/GLOB)
#     [GLOB <pattern>...]           files matching the patterns, relative to the current source
#                                   directory (or to DIRECTORY), sorted by name
#     [SERIES]                      the files are one agency's reports in year order: each one
#                                   after the first is also checked against the one before it
#                                   (xxgk-check --previous: X.CARRY, X.IN_FORCE, X.SERIES)
#     [FAIL_ON error|warning|note]  the least severity that fails a test (default error;
#                                   warning: a missing or unreadable row, a missing chapter)
#     [EDITION auto|2019|2021]      the edition text is read as (default auto)
#     [LANG zh|en]                  the language of the messages in the test's output (default zh)
#     [PREFIX <text>]               put before every test name (default: none)
#     [LABELS <label>...]           ctest labels, besides `xxgk-report`
#     [WORKING_DIRECTORY <dir>]     where the tests run (default: the current source directory;
#                                   files under it are named relative to it in the output)
#     [TEST_LIST <var>]             set <var> to the names of the tests added
#   )
#
# A test is named after its file: the path relative to DIRECTORY, or else to the current source
# directory ("reports/2024.txt"), after PREFIX. It passes when xxgk-check exits 0: no finding at
# or above FAIL_ON, and the file could be read. Its output is xxgk-check's, one line per finding
# (`FILE:LINE:COL: error: [S3.ROW] ...`); `ctest --output-on-failure` shows it, and
# `ctest --output-junit report.xml` gives CI systems one test case per file.

include_guard(GLOBAL)

function(xxgk_add_report_tests)
  cmake_parse_arguments(PARSE_ARGV 0 arg "SERIES;RECURSE"
    "DIRECTORY;FAIL_ON;EDITION;LANG;PREFIX;WORKING_DIRECTORY;TEST_LIST" "FILES;GLOB;LABELS")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "xxgk_add_report_tests: unknown arguments: ${arg_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT arg_DIRECTORY AND NOT arg_FILES AND NOT arg_GLOB)
    message(FATAL_ERROR "xxgk_add_report_tests: give DIRECTORY, FILES or GLOB")
  endif()
  if(NOT TARGET xxgk::check)
    message(FATAL_ERROR "xxgk_add_report_tests: the checker xxgk::check is not defined: use an "
      "installed xxgk (find_package(xxgk)), or add_subdirectory(xxgk) where nlohmann_json is found")
  endif()
  set(_options "")
  if(DEFINED arg_FAIL_ON)
    if(NOT arg_FAIL_ON MATCHES "^(error|warning|note)$")
      message(FATAL_ERROR "xxgk_add_report_tests: FAIL_ON must be error, warning or note, not '${arg_FAIL_ON}'")
    endif()
    list(APPEND _options "--fail-on=${arg_FAIL_ON}")
  endif()
  if(DEFINED arg_EDITION)
    if(NOT arg_EDITION MATCHES "^(auto|2019|2021)$")
      message(FATAL_ERROR "xxgk_add_report_tests: EDITION must be auto, 2019 or 2021, not '${arg_EDITION}'")
    endif()
    list(APPEND _options "--edition=${arg_EDITION}")
  endif()
  if(DEFINED arg_LANG)
    if(NOT arg_LANG MATCHES "^(zh|en)$")
      message(FATAL_ERROR "xxgk_add_report_tests: LANG must be zh or en, not '${arg_LANG}'")
    endif()
    list(APPEND _options "--lang=${arg_LANG}")
  endif()
  set(_workdir "${CMAKE_CURRENT_SOURCE_DIR}")
  if(arg_WORKING_DIRECTORY)
    get_filename_component(_workdir "${arg_WORKING_DIRECTORY}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  endif()

  # the files: FILES in order, then those of DIRECTORY and GLOB, sorted
  set(_files "")
  foreach(_file IN LISTS arg_FILES)
    get_filename_component(_file "${_file}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    if(NOT EXISTS "${_file}" OR IS_DIRECTORY "${_file}")
      message(FATAL_ERROR "xxgk_add_report_tests: no such file: ${_file}")
    endif()
    list(APPEND _files "${_file}")
  endforeach()
  set(_base "${CMAKE_CURRENT_SOURCE_DIR}")
  if(arg_DIRECTORY)
    get_filename_component(_base "${arg_DIRECTORY}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    if(NOT IS_DIRECTORY "${_base}")
      message(FATAL_ERROR "xxgk_add_report_tests: no such directory: ${_base}")
    endif()
  endif()
  set(_patterns "")
  if(arg_GLOB)
    foreach(_pattern IN LISTS arg_GLOB)
      list(APPEND _patterns "${_base}/${_pattern}")
    endforeach()
  elseif(arg_DIRECTORY)
    foreach(_ext IN ITEMS txt html htm json)
      list(APPEND _patterns "${_base}/*.${_ext}")
    endforeach()
  endif()
  if(_patterns)
    if(arg_RECURSE)
      file(GLOB_RECURSE _found LIST_DIRECTORIES false CONFIGURE_DEPENDS ${_patterns})
    else()
      file(GLOB _found LIST_DIRECTORIES false CONFIGURE_DEPENDS ${_patterns})
    endif()
    list(SORT _found)
    list(APPEND _files ${_found})
  endif()
  list(REMOVE_DUPLICATES _files)
  if(NOT _files)
    message(FATAL_ERROR "xxgk_add_report_tests: no report file found")
  endif()

  # add_subdirectory(xxgk): the checker is built with `all` once a report test needs it
  get_target_property(_imported xxgk::check IMPORTED)
  if(NOT _imported AND NOT TARGET xxgk_report_tests_checker)
    get_target_property(_checker xxgk::check ALIASED_TARGET)
    add_custom_target(xxgk_report_tests_checker ALL)
    add_dependencies(xxgk_report_tests_checker ${_checker})
  endif()

  set(_labels xxgk-report ${arg_LABELS})
  set(_tests "")
  set(_previous "")
  foreach(_file IN LISTS _files)
    # named after the file; the file passed as the output should name it
    file(RELATIVE_PATH _name "${_base}" "${_file}")
    if(_name MATCHES "^\\.\\./")
      get_filename_component(_name "${_file}" NAME)
    endif()
    file(RELATIVE_PATH _arg "${_workdir}" "${_file}")
    if(_arg MATCHES "^\\.\\./")
      set(_arg "${_file}")
    endif()
    set(_command xxgk::check ${_options})
    if(arg_SERIES AND NOT _previous STREQUAL "")
      list(APPEND _command "--previous=${_previous}")
    endif()
    add_test(NAME "${arg_PREFIX}${_name}" COMMAND ${_command} "${_arg}" WORKING_DIRECTORY "${_workdir}")
    set_tests_properties("${arg_PREFIX}${_name}" PROPERTIES LABELS "${_labels}")
    list(APPEND _tests "${arg_PREFIX}${_name}")
    set(_previous "${_arg}")
  endforeach()
  if(arg_TEST_LIST)
    set(${arg_TEST_LIST} "${_tests}" PARENT_SCOPE)
  endif()
endfunction()
