# Shared by scripts/test.sh, scripts/demo.sh and .ci/run: configure, build and test one build
# directory. Source it; it defines XXGK_ROOT, XXGK_JOBS and the xxgk_* functions.

XXGK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
XXGK_JOBS="${XXGK_JOBS:-2}"

# xxgk_configure <build dir> <c++ compiler> [cmake args...]
# Ninja when available. A build dir configured before with another compiler or generator is
# wiped first (CMake cannot switch either in place).
xxgk_configure() {
  local dir="$1" cxx="$2"
  shift 2
  local cxx_path generator
  if ! cxx_path="$(command -v "$cxx")"; then
    echo "xxgk: C++ compiler '$cxx' not found" >&2
    return 1
  fi
  if command -v ninja >/dev/null 2>&1; then generator="Ninja"; else generator="Unix Makefiles"; fi
  if [[ -f "$dir/CMakeCache.txt" ]]; then
    local old_cxx old_generator
    old_cxx="$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$dir/CMakeCache.txt")"
    old_generator="$(sed -n 's/^CMAKE_GENERATOR:INTERNAL=//p' "$dir/CMakeCache.txt")"
    if [[ "$old_cxx" != "$cxx_path" || "$old_generator" != "$generator" ]]; then
      echo "xxgk: $dir was configured with $old_cxx / $old_generator: starting it afresh" >&2
      rm -rf "$dir"
    fi
  fi
  cmake -S "$XXGK_ROOT" -B "$dir" -G "$generator" -DCMAKE_CXX_COMPILER="$cxx_path" "$@"
}

# xxgk_build <build dir> [cmake --build args...]
xxgk_build() {
  local dir="$1"
  shift
  cmake --build "$dir" --parallel "$XXGK_JOBS" "$@"
}

# xxgk_ctest <build dir> [ctest args...]: a run that executes no test fails.
xxgk_ctest() {
  local dir="$1"
  shift
  ctest --test-dir "$dir" --output-on-failure --no-tests=error -j "$XXGK_JOBS" "$@"
}
