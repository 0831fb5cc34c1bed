#!/usr/bin/env bash
# cmake --install into a fresh prefix: every file a user and the Debian
# package rely on, and the installed CLI finding the installed shim.
#   usage: test_install_tree.sh BUILD_DIR SOURCE_DIR CMAKE VERSION
set -u
build=$1 src=$2 cmake=$3 version=$4
print_passes=1
# shellcheck source=../checks.sh
. "$(dirname "${BASH_SOURCE[0]}")/../checks.sh"

prefix=$tmp/prefix
if ! "$cmake" --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1; then
  cat "$tmp/install.log"
  echo "FAIL: cmake --install"
  echo "0 passed, 1 failed"
  exit 1
fi
check "cmake --install" true

for f in bin/privguard bin/privguard-entrypoint; do
  check "executable $f" test -x "$prefix/$f"
done
for f in lib/libprivguard.so lib/libprivguard_engine.a \
         lib/cmake/privguard/privguardConfig.cmake lib/cmake/privguard/privguardConfigVersion.cmake \
         include/privguard/engine.h include/privguard/finding.h include/privguard/policy.h \
         include/privguard/types.h include/privguard/validators.h include/privguard/gtest.h \
         share/privguard/policies/default.toml share/privguard/policies/pci.toml \
         share/privguard/policies/gdpr.toml share/privguard/policies/secrets-only.toml \
         share/privguard/policies/README.md share/doc/privguard/copyright; do
  check "file $f" test -s "$prefix/$f"
done
# Headers: exactly the public ones, nothing from src/.
check "include/privguard holds the public headers only" \
  test "$(cd "$prefix/include/privguard" && ls | sort | tr '\n' ' ')" = \
       "$(cd "$src/include/privguard" && ls *.h | sort | tr '\n' ' ')"
check "no multiarch lib dir (the CLI looks in ../lib)" test ! -e "$prefix/lib/x86_64-linux-gnu"

# The engine archive: the core plus the embedded default database.
nm -C "$prefix/lib/libprivguard_engine.a" 2>/dev/null >"$tmp/nm.txt"
check "libprivguard_engine.a defines Engine::build" grep -q " T privguard::core::Engine::build(" "$tmp/nm.txt"
check "libprivguard_engine.a defines load_default_policy" grep -q " T privguard::core::load_default_policy()" "$tmp/nm.txt"
check "libprivguard_engine.a embeds the default database" grep -q "privguard_default_db_begin" "$tmp/nm.txt"
# Absolute 32-bit relocations outside debug info mean non-PIC code.
check "libprivguard_engine.a is position independent" bash -c \
  'readelf -rW "$1" 2>/dev/null | awk "/^Relocation section/ { dbg = (\$3 ~ /debug/) } !dbg && / R_X86_64_32S? / { bad = 1 } END { exit bad }"' \
  _ "$prefix/lib/libprivguard_engine.a"

check "package version file says $version" grep -q "set(PACKAGE_VERSION \"$version\")" \
  "$prefix/lib/cmake/privguard/privguardConfigVersion.cmake"
check "package config defines privguard::engine and privguard::gtest" \
  bash -c 'grep -q "add_library(privguard::engine STATIC IMPORTED)" "$1" && grep -q "add_library(privguard::gtest INTERFACE IMPORTED)" "$1"' \
  _ "$prefix/lib/cmake/privguard/privguardConfig.cmake"
check "package config is relocatable (no build or source path)" \
  bash -c '! grep -qF -e "$2" -e "$3" "$1"' _ "$prefix/lib/cmake/privguard/privguardConfig.cmake" "$build" "$src"

# The installed tree works on its own.
check "installed privguard --version" bash -c '"$1/bin/privguard" --version | grep -q "$2"' _ "$prefix" "$version"
"$prefix/bin/privguard" run -- bash -c 'echo mail maria.gonzalez@outlook.com' >"$tmp/run.out" 2>"$tmp/run.err"
rc=$?
check "installed privguard run finds the installed shim (exit 3)" test "$rc" -eq 3
check "installed privguard run masks the output" \
  bash -c 'grep -q "^mail \*" "$1" && ! grep -q maria "$1"' _ "$tmp/run.out"
check "installed policies compile" bash -c \
  'for p in default pci gdpr secrets-only; do "$1/bin/privguard" policy check "$1/share/privguard/policies/$p.toml" >/dev/null 2>&1 || exit 1; done' \
  _ "$prefix"

finish
