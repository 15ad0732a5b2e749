#!/usr/bin/env bash
# Install what building and testing xxgk needs, on Debian 12. Idempotent and quiet: prints
# nothing when everything is there; otherwise runs `apt-get update` once and installs only the
# missing packages (as root directly, else through sudo, else it prints the command to run).
# XXGK_SKIP_DEPS=1 skips the check (for machines provisioned another way).
#   bash scripts/install-deps.sh --bindings   also what bindings/ needs (C, Python, Java)
#   bash scripts/install-deps.sh --cross      also the aarch64 cross compiler and qemu-user
set -euo pipefail

packages=(
  cmake g++ clang ninja-build
  libboost-dev          # Boost.Hana (headers only), >= 1.74
  doctest-dev           # unit tests
  nlohmann-json3-dev    # JSON reader/writer, tests and examples
  libbenchmark-dev      # tests/bench (built, never run by ctest)
  libclang-rt-14-dev    # clang++-14 sanitizer (and fuzzer) runtimes
  python3               # tests/cli and scripts/scale.sh (checks outputs, generates reports)
)
for arg in "$@"; do
  case "$arg" in
    --bindings)
      packages+=(
        pkgconf                  # bindings/c: the test of xxgk_c.pc
        python3-dev pybind11-dev # bindings/python: Debian's python3 and its pybind11
        openjdk-17-jdk-headless  # bindings/java: javac and java
        libjna-java              # bindings/java: JNA (/usr/share/java/jna.jar)
      ) ;;
    --cross)
      packages+=(
        g++-aarch64-linux-gnu    # scripts/cross.sh: the aarch64 cross compiler and its libc
        qemu-user                # scripts/cross.sh: qemu-aarch64 runs the tests
        file                     # scripts/cross.sh: checks the binaries are aarch64
      ) ;;
    *) echo "install-deps: unknown argument '$arg' (known: --bindings, --cross)" >&2; exit 2 ;;
  esac
done

[[ "${XXGK_SKIP_DEPS:-0}" == 1 ]] && exit 0

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-deps: no dpkg/apt-get here; make sure these (Debian names) are installed:" \
    "${packages[*]}" >&2
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done
(( ${#missing[@]} == 0 )) && exit 0

apt_get=(env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300)
if [[ "$(id -u)" -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "install-deps: missing ${missing[*]}; as root, run:" >&2
  echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}" >&2
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! { "${sudo[@]}" "${apt_get[@]}" update &&
       "${sudo[@]}" "${apt_get[@]}" install -y --no-install-recommends "${missing[@]}"; } \
     >"$log" 2>&1; then
  cat "$log" >&2
  echo "install-deps: apt-get failed" >&2
  exit 1
fi
