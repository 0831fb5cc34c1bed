#!/usr/bin/env bash
# End-to-end checks of `privguard report` and of `privguard scan --format
# sarif|junit|markdown`, as CI consumes them: every format parses as what it
# claims to be (JSON, SARIF 2.1.0, JUnit XML, Markdown), exit codes hold,
# bad input names its line, and no planted value ever reaches any output.
# usage: test_report_cli.sh PRIVGUARD_BINARY SOURCE_DIR
set -u
pg=$(realpath "$1")
src=$(realpath "$2")
# shellcheck source=../checks.sh
. "$(dirname "${BASH_SOURCE[0]}")/../checks.sh"

fixtures=$src/tests/cli/fixtures
runtime=$fixtures/runtime.jsonl
runtime_count=8
planted=(maria.gonzalez@outlook.com "4539 1488 0343 6467" Wq8#vLp2zT "+44 20 7947 0958" 536-22-8461
         9f8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d AKIAQ3EGT7XW2M4KZR5B "DE44 5001 0517 5407 3249 31"
         ghp_R3aLt0k3nV4lu3xYz0123456789abcdEFGHq)
formats=(table json sarif junit markdown)

# The scan fixture is made live, from the source dir, so paths are relative.
(cd "$src" && "$pg" scan --format json examples/sample.log) >"$tmp/scan.jsonl" 2>/dev/null
check "scan fixture: scan --format json exits 1" test $? -eq 1
check "scan fixture has 9 findings" test "$(wc -l <"$tmp/scan.jsonl")" -eq 9

# --- every format, both fixtures; outputs kept for the checks below
for kind in runtime scan; do
  input=$runtime
  [ "$kind" = scan ] && input=$tmp/scan.jsonl
  for f in "${formats[@]}"; do
    (cd "$src" && "$pg" report --format "$f" "$input") >"$tmp/$kind.$f" 2>"$tmp/$kind.$f.err"
    check "report --format $f ($kind) exits 0" test $? -eq 0
  done
done
(cd "$src" && "$pg" report --format=sarif - <"$tmp/scan.jsonl") >"$tmp/stdin.sarif" 2>/dev/null
check "report --format=F from stdin exits 0" test $? -eq 0
check "stdin SARIF equals file SARIF" cmp -s "$tmp/stdin.sarif" "$tmp/scan.sarif"
check "table is the default" bash -c 'cd "$3" && "$1" report "$2" | cmp -s - "$4"' _ "$pg" "$runtime" "$src" "$tmp/runtime.table"

# --- table
for rule in email credit-card password phone private-key us-ssn github-token; do
  check "table names $rule" grep -q "^$rule " "$tmp/runtime.table"
done
check "table summary counts email: 2 findings, 1 reported, 1 masked" \
  grep -Eq "^email +2 +1 +1 +0$" "$tmp/runtime.table"
check "table total line" grep -q "^8 findings: 2 reported, 4 masked, 2 blocked$" "$tmp/runtime.table"
check "table shows the socket peer" grep -qF "send -> socket 127.0.0.1:5432" "$tmp/runtime.table"
check "table shows path:line:col for scan findings" grep -q "examples/sample.log:2:55" "$tmp/scan.table"
check "table has no colour when piped" bash -c '! grep -q $'"'"'\e'"'"' "$1"' _ "$tmp/runtime.table"
if command -v script >/dev/null; then  # util-linux: runs the command on a pseudo-terminal
  script -qc "'$pg' report '$runtime'" /dev/null >"$tmp/tty.table" </dev/null
  check "table is coloured on a terminal" grep -q $'\e\\[1;31mcritical' "$tmp/tty.table"
  NO_COLOR=1 script -qc "'$pg' report '$runtime'" /dev/null >"$tmp/nocolor.table" </dev/null
  check "NO_COLOR turns colour off" bash -c '! grep -q $'"'"'\e'"'"' "$1"' _ "$tmp/nocolor.table"
  NO_COLOR= script -qc "'$pg' report '$runtime'" /dev/null >"$tmp/emptynocolor.table" </dev/null
  check "an empty NO_COLOR keeps colour (no-color.org)" grep -q $'\e\\[1;31mcritical' "$tmp/emptynocolor.table"
fi
check "table shows control bytes escaped" grep -qF '\u001b[31mred' "$tmp/runtime.table"

# --- json: one normalized line per finding, same contract fields
check "json round-trips both fixtures" python3 - "$runtime" "$tmp/runtime.json" "$tmp/scan.jsonl" "$tmp/scan.json" <<'PY'
import json, sys
common = ["ts", "rule", "severity", "action", "offset", "length", "preview", "fingerprint"]
runtime = common + ["pid", "exe", "call", "fd", "sink"]
scan = common + ["path", "line", "column"]
for src, out in ((sys.argv[1], sys.argv[2]), (sys.argv[3], sys.argv[4])):
    a = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
    b = [json.loads(l) for l in open(out, encoding="utf-8")]
    assert len(a) == len(b) and a, (src, len(a), len(b))
    for x, y in zip(a, b):
        keys = runtime if "sink" in x else scan
        assert set(y) == set(keys), (set(y) ^ set(keys))
        for k in keys:
            assert x[k] == y[k], (k, x[k], y[k])
PY
check "json output is a fixed point" bash -c '"$1" report --format json "$2" | cmp -s - "$2"' _ "$pg" "$tmp/runtime.json"

# --- SARIF
sarif_check() {  # sarif_check FILE EXPECTED_RESULTS KIND
  python3 - "$@" <<'PY'
import json, sys
path, expected, kind = sys.argv[1], int(sys.argv[2]), sys.argv[3]
doc = json.load(open(path, encoding="utf-8"))
assert doc["version"] == "2.1.0"
assert doc["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
assert len(doc["runs"]) == 1
run = doc["runs"][0]
driver = run["tool"]["driver"]
assert driver["name"] == "privguard" and driver["version"]
rules = driver["rules"]
ids = [r["id"] for r in rules]
assert len(ids) == len(set(ids)), "duplicate rule ids"
for r in rules:
    assert r["shortDescription"]["text"]
    assert r["defaultConfiguration"]["level"] in ("error", "warning", "note")
    assert r["properties"]["security-severity"] in ("9.0", "7.0", "5.0", "3.0")
results = run["results"]
assert len(results) == expected, (len(results), expected)
for res in results:
    assert res["ruleId"] in ids
    assert ids[res["ruleIndex"]] == res["ruleId"]
    assert res["level"] in ("error", "warning", "note")
    assert res["message"]["text"]
    assert "allowlist it" in res["message"]["text"]
    assert res["partialFingerprints"]["privguard/v1"]
    locs = res["locations"]
    assert len(locs) == 1
    if kind == "scan":
        phys = locs[0]["physicalLocation"]
        reg = phys["region"]
        assert reg["startLine"] >= 1 and reg["startColumn"] >= 1
        assert reg["byteOffset"] >= 0 and reg["byteLength"] > 0
        uri = phys["artifactLocation"]["uri"]
        assert uri == "examples/sample.log" and phys["artifactLocation"]["uriBaseId"] == "%SRCROOT%", uri
    else:
        loc = locs[0]
        assert loc["logicalLocations"][0]["name"] == res["properties"]["call"]
        assert "pid" in res["properties"] and "exe" in res["properties"]
        sink = res["properties"]["sink"]
        if sink["kind"] == "file":
            assert loc["physicalLocation"]["artifactLocation"]["uri"].startswith("file:///")
if expected:
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].endswith("/")
PY
}
check "SARIF (scan) is structurally valid" sarif_check "$tmp/scan.sarif" 9 scan
check "SARIF (runtime) is structurally valid" sarif_check "$tmp/runtime.sarif" "$runtime_count" runtime
check "SARIF rules carry the policy's descriptions" python3 - "$tmp/scan.sarif" <<'PY'
import json, sys
rules = {r["id"]: r for r in json.load(open(sys.argv[1]))["runs"][0]["tool"]["driver"]["rules"]}
assert rules["email"]["shortDescription"]["text"] == "E-mail address"
assert rules["credit-card"]["defaultConfiguration"]["level"] == "error"
assert rules["credit-card"]["properties"]["security-severity"] == "9.0"
assert rules["email"]["defaultConfiguration"]["level"] == "warning"
PY
check "SARIF (runtime) keeps the socket peer and the odd path" python3 - "$tmp/runtime.sarif" <<'PY'
import json, sys, urllib.parse
res = json.load(open(sys.argv[1], encoding="utf-8"))["runs"][0]["results"]
peers = [r["properties"]["sink"].get("peer") for r in res]
assert "127.0.0.1:5432" in peers and "[::1]:443" in peers
uris = [l["physicalLocation"]["artifactLocation"]["uri"] for r in res for l in r["locations"] if "physicalLocation" in l]
assert any(urllib.parse.unquote(u) == 'file:///tmp/logs/app "quoted" l\u00f6g \u2713 \U0001F600.log' for u in uris), uris
assert all(u.isascii() and " " not in u for u in uris)
low = [r for r in res if r["ruleId"] == "github-token"][0]
assert low["level"] == "note"
PY
sed "s|\"path\":\"examples/sample.log\"|\"path\":\"$src/examples/sample.log\"|" "$tmp/scan.jsonl" >"$tmp/abs.jsonl"
check "SARIF: absolute paths are relative to the cwd when under it, else file:// URIs" \
  python3 - "$pg" "$tmp/abs.jsonl" "$src" "$tmp" <<'PY'
import json, subprocess, sys, urllib.parse
pg, findings, src, elsewhere = sys.argv[1:]
def location(cwd):
    out = subprocess.run([pg, "report", "--format", "sarif", findings], cwd=cwd, capture_output=True, check=True).stdout
    return json.loads(out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
assert location(src) == {"uri": "examples/sample.log", "uriBaseId": "%SRCROOT%"}, location(src)
loc = location(elsewhere)
assert set(loc) == {"uri"} and urllib.parse.unquote(loc["uri"]) == "file://" + src + "/examples/sample.log", loc
PY

# --- JUnit
junit_check() {  # junit_check FILE EXPECTED
  python3 - "$@" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
n = int(sys.argv[2])
assert root.tag == "testsuites" and int(root.get("tests")) == n and int(root.get("failures")) == n
suites = root.findall("testsuite")
assert suites
assert sum(int(s.get("tests")) for s in suites) == n
assert sum(int(s.get("failures")) for s in suites) == n
cases = root.findall("./testsuite/testcase")
fails = root.findall("./testsuite/testcase/failure")
assert len(cases) == n and len(fails) == n, (len(cases), len(fails))
for s in suites:
    assert len(s.findall("testcase")) == int(s.get("tests"))
for c in cases:
    assert c.get("classname").startswith("privguard.") and c.get("name")
    f = c.find("failure")
    assert f.get("type") in ("low", "medium", "high", "critical") and f.get("message") and f.text
PY
}
check "JUnit (scan) parses, counts match" junit_check "$tmp/scan.junit" 9
check "JUnit (runtime) parses, counts match" junit_check "$tmp/runtime.junit" "$runtime_count"
check "JUnit keeps odd characters readable" python3 - "$tmp/runtime.junit" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
msgs = [f.get("message") for f in root.iter("failure")]
assert any("<&>" in m and "'q'" in m and '"svc"' in m for m in msgs), msgs
names = [c.get("name") for c in root.iter("testcase")]
assert any('"quoted" l\u00f6g \u2713 \U0001F600' in n for n in names), names
assert any("\\u001b[31m" in m for m in msgs)  # an escape sequence stays visible text
PY

# --- Markdown
check "markdown (scan) has the summary table header" grep -qF "| rule | severity | count | actions |" "$tmp/scan.markdown"
check "markdown (scan) has the findings table header" grep -qF "| rule | severity | action | where | preview |" "$tmp/scan.markdown"
check "markdown heading counts findings" grep -q "^## privguard: 9 findings$" "$tmp/scan.markdown"
check "markdown summary counts email twice" grep -qF "| email | medium | 2 | reported 1, masked 1 |" "$tmp/runtime.markdown"
check "markdown rows keep their column count (| escaped)" python3 - "$tmp/runtime.markdown" <<'PY'
import re, sys
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("|"):
        cells = re.split(r"(?<!\\)\|", line.rstrip("\n"))
        assert len(cells) - 2 in (4, 5), line
    assert "\x1b" not in line and "\x01" not in line, repr(line)
PY
seq 1 60 | while read -r i; do sed -n 1p "$runtime"; done >"$tmp/many.jsonl"
"$pg" report --format markdown "$tmp/many.jsonl" >"$tmp/many.md"
check "markdown lists at most 50 findings" test "$(grep -c '^| email | medium | masked' "$tmp/many.md")" -eq 50
check "markdown says how many it left out" grep -q "First 50 of 60 findings" "$tmp/many.md"

# --- no planted value anywhere
for out in "$tmp"/runtime.* "$tmp"/scan.* "$tmp/stdin.sarif"; do
  for v in "${planted[@]}"; do
    check "$(basename "$out") hides '$v'" bash -c '! grep -qF -- "$1" "$2"' _ "$v" "$out"
  done
done

# --- errors
check "missing file exits 2" test "$(status "$pg" report "$tmp/nope.jsonl")" -eq 2
"$pg" report "$tmp/nope.jsonl" 2>"$tmp/nope.err" >/dev/null
check "missing file is named" grep -qF "$tmp/nope.jsonl: No such file or directory" "$tmp/nope.err"
check "a directory exits 2" test "$(status "$pg" report "$tmp")" -eq 2
check "no file exits 2" test "$(status "$pg" report)" -eq 2
check "two files exit 2" test "$(status "$pg" report "$runtime" "$runtime")" -eq 2
check "unknown format exits 2" test "$(status "$pg" report --format xml "$runtime")" -eq 2
: >"$tmp/empty.jsonl"
check "empty file exits 0" test "$(status "$pg" report "$tmp/empty.jsonl")" -eq 0
check "empty file: no findings" bash -c '"$1" report "$2" | grep -q "^no findings$"' _ "$pg" "$tmp/empty.jsonl"

good=$(sed -n 1p "$runtime")
bad_lines=(
  'not json at all'
  '["an", "array"]'
  "${good%\}}"
  "$good trailing"
  "${good/\"rule\":\"email\",/}"
  "${good/\"medium\"/\"severe\"}"
  "${good/\"masked\"/\"allowed\"}"
  "${good/\"fd\":1/\"fd\":1.5}"
  "${good/\"offset\":17/\"offset\":-17}"
  "${good/\"pid\":4242/\"pid\":\"4242\"}"
  "${good/\"kind\":\"tty\"/\"kind\":\"disk\"}"
  "${good/\"sink\":\{\"kind\":\"tty\",/\"sink\":\{}"
  "${good/signup/sig\\xnup}"
  "${good/signup/sig\\ud800nup}"
  "${good/signup/sig$'\x01'nup}"
  "${good/signup/sig$'\xff'nup}"
  "${good/\"ts\"/\"rule\":\"x\",\"ts\"}"
  "${good/\"offset\":17/\"offset\":017}"
  "${good/\"offset\":17/\"offset\":99999999999999999999}"
  '{"ts":"x","rule":"email","severity":"low","action":"masked","offset":0,"length":1,"preview":"","fingerprint":""}'
  "{\"deep\":$(printf '[%.0s' $(seq 1 5000))"
)
for i in "${!bad_lines[@]}"; do
  { echo "$good"; echo; printf '%s\n' "${bad_lines[$i]}"; echo "$good"; } >"$tmp/bad$i.jsonl"
  "$pg" report --format json "$tmp/bad$i.jsonl" >"$tmp/bad$i.out" 2>"$tmp/bad$i.err"
  check "bad line $i exits 2" test $? -eq 2
  check "bad line $i is named (line 3)" grep -q "^privguard: $tmp/bad$i.jsonl:3: ." "$tmp/bad$i.err"
  check "bad line $i prints no partial report" test ! -s "$tmp/bad$i.out"
done
grep -h "" "$tmp"/bad*.err >"$tmp/all-bad.err"
check "errors say what is wrong" bash -c 'grep -q "missing field .rule." "$1" && grep -q "unknown severity .severe." "$1" &&
  grep -q "field .fd. must be an integer, not a non-integer number" "$1" && grep -q "duplicate field .rule." "$1" &&
  grep -q "invalid UTF-8" "$1" && grep -q "not a JSON object" "$1" && grep -q "unknown sink kind .disk." "$1" &&
  grep -q "missing field .sink.kind." "$1" && grep -q "neither a runtime finding" "$1" &&
  grep -q "field .offset. must be an integer, not an integer out of range" "$1" && grep -q "nesting too deep" "$1"' \
  _ "$tmp/all-bad.err"

# --- scan --format sarif|junit|markdown
for f in sarif junit markdown; do
  (cd "$src" && "$pg" scan --format "$f" examples/sample.log) >"$tmp/scan-live.$f" 2>"$tmp/scan-live.$f.err"
  check "scan --format $f exits 1 on findings" test $? -eq 1
  for v in "${planted[@]}"; do
    check "scan --format $f hides '$v'" bash -c '! grep -qF -- "$1" "$2" "$3"' _ "$v" "$tmp/scan-live.$f" "$tmp/scan-live.$f.err"
  done
done
check "scan --format sarif is valid SARIF" sarif_check "$tmp/scan-live.sarif" 9 scan
check "scan --format junit is valid JUnit" junit_check "$tmp/scan-live.junit" 9
check "scan --format markdown has the table" grep -qF "| rule | severity | count | actions |" "$tmp/scan-live.markdown"

printf 'GET /health 200\nuser=jane@example.com card=4111 1111 1111 1111\n' >"$tmp/clean.log"
for f in sarif junit markdown; do
  "$pg" scan --format "$f" "$tmp/clean.log" >"$tmp/clean.$f" 2>/dev/null
  check "scan --format $f exits 0 on a clean file" test $? -eq 0
done
check "clean SARIF has empty results" sarif_check "$tmp/clean.sarif" 0 scan
check "clean SARIF has no rules" python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["runs"][0]["tool"]["driver"]["rules"] == []' "$tmp/clean.sarif"
check "clean JUnit has tests=0" junit_check "$tmp/clean.junit" 0
check "clean markdown says no findings" grep -q "no findings" "$tmp/clean.markdown"

(cd "$src" && "$pg" scan --mask --format sarif examples/sample.log) >"$tmp/mask.out" 2>"$tmp/mask.sarif"
check "scan --mask --format sarif exits 1" test $? -eq 1
check "scan --mask: SARIF on stderr" sarif_check "$tmp/mask.sarif" 9 scan
check "scan --mask: masked text on stdout" grep -qF "card=**** **** **** 6467 amount" "$tmp/mask.out"
check "scan missing file with --format sarif exits 2" test "$(status "$pg" scan --format sarif "$tmp/nope.log")" -eq 2
check "scan --format table is refused" test "$(status "$pg" scan --format table "$tmp/clean.log")" -eq 2

finish
