#!/usr/bin/env bash
# aarch64:  bash scripts/cross.sh
# Cross-builds the unit tests and the checker for aarch64 with Debian's g++-aarch64-linux-gnu
# (Release, so the SWAR paths are the ones optimised) and runs them under qemu-user: ctest's
# unit, unit.header_only, example.* and cli tests, the CLI tests through qemu-aarch64 too.
# Installs g++-aarch64-linux-gnu and qemu-user when they are missing. GBK input is decoded with
# the C library's iconv, whose converters are modules of the target (gconv): the cross
# toolchain has none, so the script fetches Debian's libc6:arm64 (dpkg --add-architecture arm64,
# apt-get download) and unpacks its modules into the build directory, for GCONV_PATH.
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
xxgk_build "$build_dir" --target xxgk_unit_tests xxgk_unit_tests_header_only xxgk_check constexpr_report rule_catalogue
file "$build_dir/examples/xxgk-check" | grep -q "ARM aarch64" || { echo "cross.sh: not an aarch64 binary" >&2; exit 1; }

gconv="$build_dir/target-libc/usr/lib/aarch64-linux-gnu/gconv"
if [[ ! -f "$gconv/gconv-modules" && ! -d "$gconv/gconv-modules.d" ]]; then
  if ! dpkg --print-foreign-architectures | grep -qx arm64; then
    dpkg --add-architecture arm64
    apt-get -q -o DPkg::Lock::Timeout=300 update >/dev/null
  fi
  (cd "$build_dir" && rm -f libc6_*_arm64.deb && apt-get -q download libc6:arm64 >/dev/null)
  dpkg -x "$build_dir"/libc6_*_arm64.deb "$build_dir/target-libc"
fi
GCONV_PATH="$gconv" xxgk_ctest "$build_dir" -R '^(unit|unit\.header_only|cli|example\..*)$'
