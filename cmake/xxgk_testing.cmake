# Helpers for xxgk's own test, example and benchmark targets. Never applied to the library
# target xxgk::xxgk: consumers get no flags from us.

include_guard(GLOBAL)

if(NOT CMAKE_CXX_COMPILER_ID MATCHES "^(GNU|Clang|AppleClang)$")
  message(WARNING "xxgk: tests are written for g++ and clang++; "
    "${CMAKE_CXX_COMPILER_ID} gets no warning, sanitizer or -fno-exceptions flags")
endif()

# xxgk_warnings(<target>): the house warning set, as errors, for g++ and clang++.
function(xxgk_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "^(GNU|Clang|AppleClang)$")
    target_compile_options(${target} PRIVATE
      -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror)
  endif()
endfunction()

# xxgk_test_target(<target>): everything one of our own test/example/benchmark targets gets:
# strict ISO C++20 (no GNU extensions), the warnings, and the XXGK_SANITIZE /
# XXGK_NO_EXCEPTIONS flags when those options are on.
function(xxgk_test_target target)
  set_target_properties(${target} PROPERTIES CXX_EXTENSIONS OFF)
  xxgk_warnings(${target})
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "^(GNU|Clang|AppleClang)$")
    return()
  endif()
  get_target_property(_type ${target} TYPE)
  if(XXGK_SANITIZE)
    set(_san -fsanitize=${XXGK_SANITIZERS} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_compile_options(${target} PRIVATE ${_san})
    if(NOT _type STREQUAL "OBJECT_LIBRARY")
      target_link_options(${target} PRIVATE ${_san})
    endif()
  endif()
  if(XXGK_NO_EXCEPTIONS)
    # doctest detects -fno-exceptions by itself; with this macro its CHECK_THROWS* family
    # still compiles (to nothing) instead of being undefined.
    target_compile_options(${target} PRIVATE -fno-exceptions)
    target_compile_definitions(${target} PRIVATE DOCTEST_CONFIG_NO_EXCEPTIONS_BUT_WITH_ALL_ASSERTS)
  endif()
endfunction()

# The flags the compile-fail harness passes to the compiler besides -std=c++20 -fsyntax-only.
set(XXGK_COMPILE_FAIL_EXTRA_FLAGS "")
if(XXGK_NO_EXCEPTIONS)
  list(APPEND XXGK_COMPILE_FAIL_EXTRA_FLAGS -fno-exceptions)
endif()
