#!/usr/bin/env bash
# The test command:  bash scripts/test.sh [extra cmake -D args...]
# Installs the dependencies, configures build/test (tests and examples on), builds with two jobs
# and runs every ctest test. Exits non-zero on any failure.
#   CXX=clang++            compiler (default g++)
#   XXGK_BUILD_TYPE=Debug  build type (default Release)
#   XXGK_BUILD_DIR=dir     build directory (default build/test)
#   XXGK_JOBS=N            parallel jobs (default 2)
#   XXGK_CTEST_EXCLUDE=re  tests not to run (ctest -E; CI's second compiler skips the package tests)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bash "$XXGK_ROOT/scripts/install-deps.sh"

build_dir="${XXGK_BUILD_DIR:-$XXGK_ROOT/build/test}"
xxgk_configure "$build_dir" "${CXX:-g++}" \
  -DCMAKE_BUILD_TYPE="${XXGK_BUILD_TYPE:-Release}" \
  -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
  -DXXGK_BUILD_TESTS=ON \
  -DXXGK_BUILD_EXAMPLES=ON \
  "$@"
xxgk_build "$build_dir"
xxgk_ctest "$build_dir" ${XXGK_CTEST_EXCLUDE:+-E "$XXGK_CTEST_EXCLUDE"}
