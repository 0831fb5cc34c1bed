#!/usr/bin/env bash
# cpack -G DEB: the package's name, fields and contents, that its Depends
# are satisfiable on this (Debian) system, and that the tree it unpacks
# works: /usr/bin/privguard finds /usr/lib/libprivguard.so.
#   usage: test_deb_package.sh BUILD_DIR SOURCE_DIR CMAKE VERSION CPACK
set -u
build=$1 src=$2 cmake=$3 version=$4 cpack=$5
print_passes=1
# shellcheck source=../checks.sh
. "$(dirname "${BASH_SOURCE[0]}")/../checks.sh"
for tool in dpkg-deb dpkg; do
  if ! command -v $tool >/dev/null; then
    echo "FAIL: $tool not found (Debian tooling is required)"
    fails=1
    finish
  fi
done

arch=$(dpkg --print-architecture)
deb_name=privguard_${version}_${arch}.deb
# Hyperscan's package: whichever package holds the libhs.so.5 the shim
# links or loads to compile (Debian 12: libhyperscan5).
hs_so=$(ldd "$build/lib/libprivguard.so" | awk '/libhs\.so/ { print $3; exit }')
hs_so=${hs_so:-$(ldconfig -p | awk '/libhs\.so\.5 / { print $NF; exit }')}
hs_pkg=$(dpkg -S "$(readlink -f "$hs_so")" 2>/dev/null | head -n 1 | cut -d: -f1)
hs_pkg=${hs_pkg:-libhyperscan5}

if ! (cd "$build" && "$cpack" -G DEB -B "$tmp/out" --config "$build/CPackConfig.cmake") >"$tmp/cpack.log" 2>&1; then
  tail -n 40 "$tmp/cpack.log"
  check "cpack -G DEB" false
  finish
fi
check "cpack -G DEB" true
deb=$tmp/out/$deb_name
check "package is named $deb_name" test -f "$deb"
test -f "$deb" || { ls "$tmp/out"; finish; }
echo "package: $deb_name, $(stat -c %s "$deb") bytes"

# --- fields
dpkg-deb -f "$deb" >"$tmp/fields"
sed 's/^/  /' "$tmp/fields" | grep -E "^  (Package|Version|Architecture|Depends|Suggests|Maintainer|Installed-Size):"
field() { dpkg-deb -f "$deb" "$1"; }
check "Package: privguard" test "$(field Package)" = privguard
check "Version: $version" test "$(field Version)" = "$version"
check "Architecture: $arch" test "$(field Architecture)" = "$arch"
check "Maintainer is set" test -n "$(field Maintainer)"
check "Description is set" bash -c 'dpkg-deb -I "$1" | grep -q "^ Description: ."' _ "$deb"
depends=$(field Depends)
check "Depends names Hyperscan ($hs_pkg)" bash -c '[[ ", $1," =~ ,\ $2[\ ,] ]]' _ "$depends" "$hs_pkg"
check "Depends names libc6" bash -c '[[ ", $1," =~ ,\ libc6[\ ,] ]]' _ "$depends"
check "Depends names libstdc++6" bash -c '[[ ", $1," =~ ,\ libstdc\+\+6[\ ,] ]]' _ "$depends"

# Every dependency is installed here, in a version that satisfies it:
# dpkg -i would accept the package on a system like this one.
satisfied() {
  local group alt name op ver have ok
  IFS=',' read -ra groups <<<"$1"
  for group in "${groups[@]}"; do
    ok=0
    IFS='|' read -ra alts <<<"$group"
    for alt in "${alts[@]}"; do
      alt=$(echo "$alt" | xargs)
      name=${alt%% *}
      name=${name%%:*}
      have=$(dpkg-query -W -f='${Status} ${Version}\n' "$name" 2>/dev/null | awk '$3 == "installed" { print $4; exit }')
      [ -n "$have" ] || continue
      if [[ $alt =~ \((\<\<|\<=|=|\>=|\>\>)\ *([^\)]+)\) ]]; then
        op=${BASH_REMATCH[1]} ver=${BASH_REMATCH[2]}
        case $op in '<<') op=lt ;; '<=') op=le ;; '=') op=eq ;; '>=') op=ge ;; '>>') op=gt ;; esac
        dpkg --compare-versions "$have" "$op" "$ver" || continue
      fi
      ok=1
      break
    done
    if [ "$ok" -ne 1 ]; then echo "  unsatisfied: $group"; return 1; fi
  done
}
check "Depends are satisfied on this system" satisfied "$depends"

# --- contents
dpkg-deb -c "$deb" | awk '{ print $NF }' >"$tmp/contents"
for f in ./usr/bin/privguard ./usr/bin/privguard-entrypoint ./usr/lib/libprivguard.so \
         ./usr/lib/libprivguard_engine.a ./usr/include/privguard/engine.h ./usr/include/privguard/gtest.h \
         ./usr/lib/cmake/privguard/privguardConfig.cmake ./usr/lib/cmake/privguard/privguardConfigVersion.cmake \
         ./usr/share/privguard/policies/default.toml ./usr/share/privguard/policies/pci.toml \
         ./usr/share/privguard/policies/gdpr.toml ./usr/share/privguard/policies/secrets-only.toml \
         ./usr/share/privguard/policies/README.md ./usr/share/doc/privguard/copyright; do
  check "contains $f" grep -qxF "$f" "$tmp/contents"
done
check "nothing outside /usr" bash -c '! grep -vE "^\./(usr(/.*)?)?$" "$1"' _ "$tmp/contents"
check "no multiarch lib dir (the CLI looks in ../lib)" bash -c '! grep -q "^\./usr/lib/x86_64-linux-gnu" "$1"' _ "$tmp/contents"
# --- the copyright file: machine-readable (DEP-5), privguard's license and
# every third-party license the programs carry, each with its text
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/doc/privguard/copyright >"$tmp/copyright" 2>/dev/null
check "copyright is packaging/copyright" cmp -s "$tmp/copyright" "$src/packaging/copyright"
check "copyright is DEP-5 and names every license" python3 - "$tmp/copyright" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
paragraphs = [p for p in re.split(r"\n\s*\n", text.strip())]
fields = []
for p in paragraphs:
    f, last = {}, None
    for line in p.split("\n"):
        if line.startswith((" ", "\t")):
            assert last, line
            f[last] += "\n" + line
        else:
            m = re.match(r"([A-Za-z-]+):\s?(.*)$", line)
            assert m, "not a field: " + line
            last = m.group(1)
            assert last not in f, "duplicate field " + last
            f[last] = m.group(2)
    fields.append(f)
header = fields[0]
assert header["Format"] == "https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
files = [f for f in fields[1:] if "Files" in f]
standalone = {f["License"].split("\n")[0].strip(): f["License"] for f in fields[1:] if "Files" not in f}
assert files[0]["Files"] == "*" and files[0]["License"] == "MIT"
assert "2026 the privguard authors" in files[0]["Copyright"]
used = set()
for f in files:
    assert f.get("Copyright") and f.get("License"), f
    for name in re.split(r"\s+and\s+", f["License"].split("\n")[0].strip()):
        used.add(name)
for name in used:
    assert name in standalone and "\n" in standalone[name], "no text for " + name
by_file = {f["Files"]: f for f in files}
shim = by_file["usr/lib/libprivguard.so"]
for need in ("BSD-3-clause-Intel", "ISC", "MIT", "GPL-3+ with GCC-exception-3.1 exception"):
    assert need in shim["License"], need
for holder in ("Intel Corporation", "Frank Denis", "Victor Zverovich", "Toru Niina", "Free Software Foundation"):
    assert holder in shim["Copyright"], holder
cli = by_file["usr/bin/privguard"]
for holder in ("Niels Lohmann", "University of Cincinnati"):
    assert holder in cli["Copyright"], holder
PY

# --- the unpacked tree works where it lands
root=$tmp/root
dpkg-deb -x "$deb" "$root"
pg=$root/usr/bin/privguard
check "programs are executable" test -x "$pg" -a -x "$root/usr/bin/privguard-entrypoint"
check "usr/bin/privguard --version" bash -c '"$1" --version >"$3" 2>&1 && grep -q "$2" "$3"' _ "$pg" "$version" "$tmp/version.out"
"$pg" run --report "$tmp/run.jsonl" -- bash -c 'echo mail maria.gonzalez@outlook.com; echo "preload=$LD_PRELOAD"' \
  >"$tmp/run.out" 2>"$tmp/run.err"
rc=$?
check "usr/bin/privguard run: findings exit 3" test "$rc" -eq 3
check "usr/bin/privguard run: output masked" \
  bash -c 'grep -qxF "mail *****.********@*******.***" "$1" && ! grep -q maria "$1"' _ "$tmp/run.out"
check "usr/bin/privguard run: preloads the package's usr/lib/libprivguard.so" \
  grep -qF "$root/usr/lib/libprivguard.so" "$tmp/run.out"
check "usr/bin/privguard run: findings report names the rule" grep -q '"rule":"email"' "$tmp/run.jsonl"
"$root/usr/bin/privguard-entrypoint" bash -c 'echo mail maria.gonzalez@outlook.com' >"$tmp/ep.out" 2>/dev/null
check "usr/bin/privguard-entrypoint: output masked" bash -c 'grep -q "^mail \*" "$1" && ! grep -q maria "$1"' _ "$tmp/ep.out"
check "usr/bin/privguard policy check usr/share/privguard/policies/pci.toml" \
  bash -c '"$1" policy check "$2" >/dev/null' _ "$pg" "$root/usr/share/privguard/policies/pci.toml"

finish
