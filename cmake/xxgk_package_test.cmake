# xxgk package test driver, run by ctest (see tests/CMakeLists.txt) as
#   cmake -DMODE=find_package|add_subdirectory -DXXGK_SOURCE_DIR=<repo> -DXXGK_VERSION=<x.y.z>
#         -DCONSUMER_DIR=<tests/package/MODE> -DWORK_DIR=<scratch dir> -DGENERATOR=<gen>
#         -DCXX_COMPILER=<c++> [-DBUILD_TYPE=<cfg>] [-DMAKE_PROGRAM=..] [-DGENERATOR_PLATFORM=..]
#         [-DGENERATOR_TOOLSET=..] [-DPREFIX_PATH=<a|b>] [-DBOOST_DIR=<dir>]
#         -P xxgk_package_test.cmake
# WORK_DIR is wiped first, so every run starts clean.
#
# find_package:     configure XXGK_SOURCE_DIR (tests/examples off, install on), install it into
#                   WORK_DIR/prefix, then configure CONSUMER_DIR with CMAKE_PREFIX_PATH=prefix,
#                   build it and run it. The consumer checks that xxgk came from that prefix.
# add_subdirectory: configure CONSUMER_DIR with -DXXGK_SOURCE_DIR=<repo>, build it and run it.

foreach(_var IN ITEMS MODE XXGK_SOURCE_DIR XXGK_VERSION CONSUMER_DIR WORK_DIR GENERATOR CXX_COMPILER)
  if(NOT DEFINED ${_var} OR "${${_var}}" STREQUAL "")
    message(FATAL_ERROR "xxgk_package_test: -D${_var}=... is required")
  endif()
endforeach()
if(NOT MODE MATCHES "^(find_package|add_subdirectory)$")
  message(FATAL_ERROR "xxgk_package_test: unknown MODE '${MODE}'")
endif()
if(NOT DEFINED BUILD_TYPE OR BUILD_TYPE STREQUAL "")
  set(BUILD_TYPE Release)
endif()

# Run one step, echoing it; stop with its output on failure.
function(_xxgk_step what)
  list(JOIN ARGN " " _line)
  message(STATUS "xxgk_package_test[${MODE}]: ${what}: ${_line}")
  execute_process(COMMAND ${ARGN}
    RESULT_VARIABLE _rc
    OUTPUT_VARIABLE _out
    ERROR_VARIABLE _out)
  if(NOT _rc STREQUAL "0")
    message(FATAL_ERROR
      "xxgk_package_test[${MODE}]: ${what} failed (${_rc})\ncommand: ${_line}\n${_out}")
  endif()
endfunction()

set(_common -G "${GENERATOR}"
  "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}"
  "-DCMAKE_BUILD_TYPE=${BUILD_TYPE}"
  -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
  -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF)
if(GENERATOR_PLATFORM)
  list(APPEND _common -A "${GENERATOR_PLATFORM}")
endif()
if(GENERATOR_TOOLSET)
  list(APPEND _common -T "${GENERATOR_TOOLSET}")
endif()
if(MAKE_PROGRAM)
  list(APPEND _common "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}")
endif()
if(BOOST_DIR AND NOT BOOST_DIR MATCHES "NOTFOUND$")
  list(APPEND _common "-DBoost_DIR=${BOOST_DIR}")
endif()
# The outer build's CMAKE_PREFIX_PATH (where Boost etc. were found) reaches the nested
# configures through the environment, so no list has to survive a command line.
if(PREFIX_PATH)
  string(REPLACE "|" ";" _extra_prefix_path "${PREFIX_PATH}")
  if(DEFINED ENV{CMAKE_PREFIX_PATH} AND NOT "$ENV{CMAKE_PREFIX_PATH}" STREQUAL "")
    list(APPEND _extra_prefix_path "$ENV{CMAKE_PREFIX_PATH}")
  endif()
  list(JOIN _extra_prefix_path ":" _joined)
  set(ENV{CMAKE_PREFIX_PATH} "${_joined}")
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(_consumer_build "${WORK_DIR}/consumer-build")

if(MODE STREQUAL "find_package")
  set(_xxgk_build "${WORK_DIR}/xxgk-build")
  set(_prefix "${WORK_DIR}/prefix")
  _xxgk_step("configure xxgk for install"
    "${CMAKE_COMMAND}" -S "${XXGK_SOURCE_DIR}" -B "${_xxgk_build}" ${_common}
    -DXXGK_BUILD_TESTS=OFF -DXXGK_BUILD_EXAMPLES=OFF -DXXGK_INSTALL=ON
    "-DCMAKE_INSTALL_PREFIX=${_prefix}")
  _xxgk_step("build xxgk" "${CMAKE_COMMAND}" --build "${_xxgk_build}" --config "${BUILD_TYPE}")
  _xxgk_step("install xxgk"
    "${CMAKE_COMMAND}" --install "${_xxgk_build}" --config "${BUILD_TYPE}" --prefix "${_prefix}")

  file(GLOB_RECURSE _config "${_prefix}/*/xxgkConfig.cmake")
  file(GLOB_RECURSE _version "${_prefix}/*/xxgkConfigVersion.cmake")
  file(GLOB_RECURSE _targets "${_prefix}/*/xxgkTargets.cmake")
  if(NOT _config OR NOT _version OR NOT _targets)
    message(FATAL_ERROR "xxgk_package_test: the install lacks xxgkConfig.cmake, "
      "xxgkConfigVersion.cmake or xxgkTargets.cmake under ${_prefix}")
  endif()
  file(GLOB_RECURSE _source_headers RELATIVE "${XXGK_SOURCE_DIR}/include"
    "${XXGK_SOURCE_DIR}/include/xxgk/*.hpp")
  foreach(_header IN LISTS _source_headers)
    if(NOT EXISTS "${_prefix}/include/${_header}")
      message(FATAL_ERROR "xxgk_package_test: header not installed: include/${_header}")
    endif()
  endforeach()

  _xxgk_step("configure consumer"
    "${CMAKE_COMMAND}" -S "${CONSUMER_DIR}" -B "${_consumer_build}" ${_common}
    "-DCMAKE_PREFIX_PATH=${_prefix}"
    "-DXXGK_EXPECTED_PREFIX=${_prefix}"
    "-DXXGK_EXPECTED_VERSION=${XXGK_VERSION}")
else()
  _xxgk_step("configure consumer"
    "${CMAKE_COMMAND}" -S "${CONSUMER_DIR}" -B "${_consumer_build}" ${_common}
    "-DXXGK_SOURCE_DIR=${XXGK_SOURCE_DIR}")
endif()

_xxgk_step("build consumer" "${CMAKE_COMMAND}" --build "${_consumer_build}" --config "${BUILD_TYPE}")

set(_exe "")
foreach(_candidate IN ITEMS
    "${_consumer_build}/xxgk_consumer" "${_consumer_build}/${BUILD_TYPE}/xxgk_consumer"
    "${_consumer_build}/xxgk_consumer.exe" "${_consumer_build}/${BUILD_TYPE}/xxgk_consumer.exe")
  if(EXISTS "${_candidate}")
    set(_exe "${_candidate}")
    break()
  endif()
endforeach()
if(_exe STREQUAL "")
  message(FATAL_ERROR "xxgk_package_test: the consumer xxgk_consumer was not built")
endif()
_xxgk_step("run consumer" "${_exe}")
message(STATUS "xxgk_package_test[${MODE}]: passed")
