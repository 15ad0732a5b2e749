#!/usr/bin/env bash
# The bindings:  bash scripts/bindings.sh [extra cmake -D args...]
#
# Installs what they need (scripts/install-deps.sh --bindings: pybind11-dev, python3-dev,
# openjdk-17-jdk-headless, libjna-java, pkgconf), configures build/bindings with the C, Python and
# Java bindings and the tests on, builds the binding targets (target xxgk_bindings: libxxgk_c and
# its C programs, the Python module, the Java example, xxgk-check, the overhead helper) and runs
# the binding tests (ctest -L bindings): the C interface from C (its contract, exported
# symbols, an install used through pkg-config), the Python module under unittest (bad input,
# 100 MB, the GIL, cmake --install), Java over JNA, and the same findings from the CLI, C and
# Python on every fixture of tests/data. Then, with --bench before the cmake args, the overhead
# figures (bindings/python/bench.py).
#   CXX=clang++            compiler (default g++)
#   XXGK_BUILD_TYPE=Debug  build type (default Release)
#   XXGK_BINDINGS_DIR=dir  build directory (default build/bindings)
#   XXGK_JOBS=N            parallel jobs (default 2)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bench=0
if [[ "${1:-}" == "--bench" ]]; then
  bench=1
  shift
fi

bash "$XXGK_ROOT/scripts/install-deps.sh" --bindings

build_dir="${XXGK_BINDINGS_DIR:-$XXGK_ROOT/build/bindings}"
xxgk_configure "$build_dir" "${CXX:-g++}" \
  -DCMAKE_BUILD_TYPE="${XXGK_BUILD_TYPE:-Release}" \
  -DXXGK_BUILD_TESTS=ON \
  -DXXGK_BUILD_EXAMPLES=ON \
  -DXXGK_BUILD_BENCHMARKS=OFF \
  -DXXGK_BUILD_C=ON \
  -DXXGK_BUILD_PYTHON=ON \
  -DXXGK_BUILD_JAVA=ON \
  "$@" >/dev/null
xxgk_build "$build_dir" --target xxgk_bindings
xxgk_ctest "$build_dir" -L bindings

if (( bench )); then
  python="$(sed -n 's/^Python3_EXECUTABLE:[A-Z]*=//p' "$build_dir/CMakeCache.txt")"
  "${python:-python3}" "$XXGK_ROOT/bindings/python/bench.py" --build "$build_dir"
fi
