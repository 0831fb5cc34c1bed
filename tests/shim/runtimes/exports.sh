#!/usr/bin/env bash
# libprivguard.so exports exactly the wrapped functions listed in
# exports.map: none of the engine's, fmt's, toml11's,
# Hyperscan's, libsodium's or libstdc++'s symbols leak into the host.
# usage: exports.sh SHIM EXPORTS_MAP
source "$(dirname "$0")/lib.sh"
pg_init "$1"
MAP=${2:?usage: exports.sh SHIM EXPORTS_MAP}

# The names between "global:" and "local:" in the version script.
sed -n '/global:/,/local:/p' "$MAP" | sed 's/global://; s/local:.*//' | tr ';' '\n' |
  tr -d ' \t' | grep -v '^$' | sort -u >listed
nm -D --defined-only "$SHIM" | awk '{ print $3 }' | sed 's/@.*//' | sort -u >exported
nm -D --defined-only -C "$SHIM" | awk '{ $1 = $2 = ""; print }' >demangled

only_listed() {
  local sym extra=
  while read -r sym; do
    grep -qxF "$sym" listed && continue
    extra+=" $sym"
  done <exported
  [ -z "$extra" ] || { why="not in exports.map:$extra"; return 1; }
}

all_exported() {
  local sym missing=
  while read -r sym; do
    grep -qxF "$sym" exported || missing+=" $sym"
  done <listed
  [ -z "$missing" ] || { why="listed but not exported:$missing"; return 1; }
}

none_like() {
  local hits
  hits=$(grep -E "$1" demangled | head -n 5 | tr '\n' ' ')
  [ -z "$hits" ] || { why="exported: $hits"; return 1; }
}

check "exports.map lists $(wc -l <listed) wrapped functions" test -s listed
check "every exported symbol is listed in exports.map" only_listed
check "every function listed in exports.map is exported" all_exported
check "no fmt:: symbols" none_like 'fmt::|\bfmt_'
check "no toml:: symbols" none_like 'toml::|toml11'
check "no Hyperscan hs_ symbols" none_like '(^| )hs_'
check "no libsodium symbols" none_like 'sodium|crypto_|randombytes'
check "no std:: or C++ runtime symbols" none_like 'std::|__cxa|__gxx|operator (new|delete)'
check "no privguard engine symbols" none_like 'privguard::'

pg_summary
