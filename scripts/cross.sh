#!/usr/bin/env bash
# aarch64:  bash scripts/cross.sh
# Cross-builds the unit tests and the checker for aarch64 with Debian's g++-aarch64-linux-gnu
# (Release, so the SWAR paths are the ones optimised) and runs them under qemu-user: ctest's
# unit, unit.compiled, example.* and cli tests, the CLI tests through qemu-aarch64 too.
# Installs g++-aarch64-linux-gnu and qemu-user when they are missing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bash "$XXGK_ROOT/scripts/install-deps.sh"
bash "$XXGK_ROOT/scripts/install-deps.sh" --cross

build_dir="${XXGK_BUILD_DIR:-$XXGK_ROOT/build/aarch64}"
generator="Unix Makefiles"
command -v ninja >/dev/null 2>&1 && generator="Ninja"
cmake -S "$XXGK_ROOT" -B "$build_dir" -G "$generator" \
  -DCMAKE_TOOLCHAIN_FILE="$XXGK_ROOT/cmake/toolchain-aarch64-linux-gnu.cmake" \
  -DCMAKE_BUILD_TYPE=Release \
  -DXXGK_BUILD_TESTS=ON -DXXGK_BUILD_EXAMPLES=ON -DXXGK_BUILD_BENCHMARKS=OFF
xxgk_build "$build_dir" --target xxgk_unit_tests xxgk_unit_tests_compiled xxgk_check constexpr_report rule_catalogue
file "$build_dir/examples/xxgk-check" | grep -q "ARM aarch64" || { echo "cross.sh: not an aarch64 binary" >&2; exit 1; }
xxgk_ctest "$build_dir" -R '^(unit|unit\.compiled|cli|example\..*)$'
