#!/usr/bin/env bash
# bindings.c.package: installs the component xxgk_c of a build into a fresh prefix and builds
# bindings/c/example.c against it as a C user would, with nothing but pkg-config:
#   cc -std=c11 -Wall -Werror example.c $(pkg-config --cflags --libs xxgk_c)
# then runs it on the bundled report. Also checks the installed tree: header, SONAME links, .pc.
#   package.sh BUILD_DIR WORK_DIR CC PKG_CONFIG EXAMPLE_C REPORT VERSION
set -euo pipefail
build="$1" work="$2" cc="$3" pkg_config="$4" example="$5" report="$6" version="$7"

rm -rf "$work"
mkdir -p "$work"
prefix="$work/prefix"
cmake --install "$build" --prefix "$prefix" --component xxgk_c >"$work/install.log"

pc="$(find "$prefix" -name xxgk_c.pc)"
[[ -n "$pc" ]] || { echo "no xxgk_c.pc installed under $prefix" >&2; cat "$work/install.log" >&2; exit 1; }
[[ -f "$prefix/include/xxgk/xxgk.h" ]] || { echo "no include/xxgk/xxgk.h under $prefix" >&2; exit 1; }
export PKG_CONFIG_PATH="$(dirname "$pc")"
export PKG_CONFIG_LIBDIR="$PKG_CONFIG_PATH"  # this prefix only, none of the system's

# a relocatable .pc: move the whole prefix and use it from there
mv "$prefix" "$work/moved"
prefix="$work/moved"
pc="$(find "$prefix" -name xxgk_c.pc)"
export PKG_CONFIG_PATH="$(dirname "$pc")" PKG_CONFIG_LIBDIR="$(dirname "$pc")"

got="$("$pkg_config" --modversion xxgk_c)"
[[ "$got" == "$version" ]] || { echo "pkg-config --modversion xxgk_c: $got, expected $version" >&2; exit 1; }
libdir="$("$pkg_config" --variable=libdir xxgk_c)"
ls "$libdir"/libxxgk_c.so "$libdir"/libxxgk_c.so.* >/dev/null

read -r -a flags <<<"$("$pkg_config" --cflags --libs xxgk_c)"
"$cc" -std=c11 -Wall -Wextra -Wpedantic -Werror "$example" "${flags[@]}" -o "$work/example"
out="$(LD_LIBRARY_PATH="$libdir" "$work/example" "$report")"
grep -q '"summary":{"errors":0' <<<"$out" || { echo "the installed example printed:" >&2; echo "$out" >&2; exit 1; }
echo "installed xxgk_c $got: pkg-config $("$pkg_config" --cflags --libs xxgk_c); example.c checked $(basename "$report")"
