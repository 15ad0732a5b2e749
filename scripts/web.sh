#!/usr/bin/env bash
# The offline checker in the browser:  bash scripts/web.sh [extra cmake -D args...]
#
# Installs what it needs (scripts/install-deps.sh, then with apt: emscripten, node-acorn,
# chromium, fonts-wqy-microhei for the screenshots' Chinese, and nodejs + npm only where no
# node/npm is installed; playwright-core comes from npm at build time, into the build tree),
# configures build/web with -DXXGK_BUILD_WEB=ON (the tests and examples off: the browser tests
# need only xxgk-check and their page generator), builds web/dist and runs the browser tests
# (ctest -L web). Then prints the module's sizes and the page's timings.
#   CXX=clang++            compiler of the native parts (default g++)
#   XXGK_WEB_DIR=dir       build directory (default build/web)
#   XXGK_JOBS=N            parallel jobs (default 2)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bash "$XXGK_ROOT/scripts/install-deps.sh"

packages=(emscripten node-acorn chromium fonts-wqy-microhei)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if (( ${#missing[@]} != 0 )) && [[ "${XXGK_SKIP_DEPS:-0}" != 1 ]]; then
  sudo=()
  [[ "$(id -u)" -eq 0 ]] || sudo=(sudo)
  apt_get=(env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300)
  echo "web.sh: installing ${missing[*]}" >&2
  log="$(mktemp)"
  if ! { "${sudo[@]}" "${apt_get[@]}" update &&
         "${sudo[@]}" "${apt_get[@]}" install -y --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "web.sh: apt-get failed" >&2
    exit 1
  fi
  rm -f "$log"
fi

build_dir="${XXGK_WEB_DIR:-$XXGK_ROOT/build/web}"
xxgk_configure "$build_dir" "${CXX:-g++}" \
  -DCMAKE_BUILD_TYPE=Release \
  -DXXGK_BUILD_WEB=ON \
  -DXXGK_BUILD_TESTS=OFF \
  -DXXGK_BUILD_EXAMPLES=OFF \
  "$@" >/dev/null
xxgk_build "$build_dir"
xxgk_ctest "$build_dir" -L web

dist="$build_dir/web/dist"
raw=$(stat -c %s "$dist/xxgk.wasm")
gz=$(gzip -9 -c "$dist/xxgk.wasm" | wc -c)
echo "web.sh: $dist: xxgk.wasm $raw bytes, $gz gzipped (gzip -9); xxgk.js $(stat -c %s "$dist/xxgk.js") bytes"
if [[ -f "$build_dir/web/test/screenshots/offline-timings.json" ]]; then
  echo "web.sh: timings in the page (ms): $(tr -d ' \n' < "$build_dir/web/test/screenshots/offline-timings.json")"
fi
echo "web.sh: open file://$dist/index.html; screenshots in $build_dir/web/test/screenshots"
