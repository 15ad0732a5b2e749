#!/usr/bin/env bash
# The main-job command:  bash scripts/demo.sh
# Installs the dependencies, builds the example program below in build/demo (examples only, no
# tests) and runs it from the repository root with the given arguments.
set -euo pipefail

# The program to run: the target of examples/<name>.cpp, the file it builds, then its arguments
# (relative to the root).
DEMO_TARGET=xxgk_check
DEMO=(xxgk-check examples/data/changchun-2023.txt)

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# Run a command silently; show its output only when it fails.
quietly() {
  local log status=0
  log="$(mktemp)"
  "$@" >"$log" 2>&1 || status=$?
  if (( status != 0 )); then cat "$log" >&2; fi
  rm -f "$log"
  return "$status"
}

bash "$XXGK_ROOT/scripts/install-deps.sh"

build_dir="$XXGK_ROOT/build/demo"
quietly xxgk_configure "$build_dir" "${CXX:-g++}" \
  -DCMAKE_BUILD_TYPE=Release \
  -DXXGK_BUILD_TESTS=OFF \
  -DXXGK_BUILD_EXAMPLES=ON \
  -DXXGK_INSTALL=OFF
quietly xxgk_build "$build_dir" --target "$DEMO_TARGET"

cd "$XXGK_ROOT"
exec "$build_dir/examples/${DEMO[0]}" "${DEMO[@]:1}"
