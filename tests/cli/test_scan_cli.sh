#!/usr/bin/env bash
# End-to-end checks of `privguard scan` and `privguard policy`, as a user
# runs them: exit codes, planted values found, --mask output free of them.
# usage: test_scan_cli.sh PRIVGUARD_BINARY SOURCE_DIR
set -u
pg=$1
src=$2
# shellcheck source=../checks.sh
. "$(dirname "${BASH_SOURCE[0]}")/../checks.sh"

sample=$src/examples/sample.log
planted=(maria.gonzalez@outlook.com "4539 1488 0343 6467" Wq8#vLp2zT "+44 20 7947 0958" 536-22-8461
         9f8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d AKIAQ3EGT7XW2M4KZR5B "DE44 5001 0517 5407 3249 31"
         ghp_R3aLt0k3nV4lu3xYz0123456789abcdEFGHq)
synthetic=("4242 4242 4242 4242" "(202) 555-0143" jane.doe@example.com AKIAIOSFODNN7EXAMPLE)

# --- scan, text format
"$pg" scan "$sample" >"$tmp/text" 2>"$tmp/text.err"
check "scan exits 1 on findings" test $? -eq 1
for rule in email credit-card url-credentials phone us-ssn bearer-token aws-access-key-id iban github-token; do
  check "text names rule $rule" grep -q ": $rule (" "$tmp/text"
done
check "text has 9 findings" test "$(wc -l <"$tmp/text")" -eq 9
check "text locates the card at line 2" grep -q "^$sample:2:[0-9]*: credit-card" "$tmp/text"
check "summary on stderr" grep -q "9 findings in 1 file" "$tmp/text.err"
for v in "${planted[@]}"; do check "text output hides '$v'" bash -c '! grep -qF -- "$1" "$2"' _ "$v" "$tmp/text"; done

# --- scan --mask: every other byte intact, planted values gone
"$pg" scan --mask "$sample" >"$tmp/masked" 2>/dev/null
check "scan --mask exits 1" test $? -eq 1
check "masked output has the same line count" test "$(wc -l <"$tmp/masked")" -eq "$(wc -l <"$sample")"
for v in "${planted[@]}"; do check "--mask removes '$v'" bash -c '! grep -qF -- "$1" "$2"' _ "$v" "$tmp/masked"; done
for v in "${synthetic[@]}"; do check "--mask keeps synthetic '$v'" grep -qF -- "$v" "$tmp/masked"; done
check "--mask keeps clean lines" grep -qF "route=/health status=200 latency_ms=3 version=2.14.1" "$tmp/masked"
check "card keeps its last 4" grep -qF "card=**** **** **** 6467 amount" "$tmp/masked"
check "URL password masked, host kept" grep -qF "url=postgres://app:**********@db.internal:5432/app" "$tmp/masked"

# --- json format, stdin
"$pg" scan --format json - <"$sample" >"$tmp/json" 2>/dev/null
check "json from stdin exits 1" test $? -eq 1
check "json has 9 lines" test "$(wc -l <"$tmp/json")" -eq 9
check "json is valid and has the contract fields" python3 - "$tmp/json" <<'PY'
import json, sys
need = {"ts", "rule", "severity", "action", "path", "line", "column", "offset", "length", "preview", "fingerprint"}
for line in open(sys.argv[1]):
    o = json.loads(line)
    assert need <= o.keys(), need - o.keys()
    assert o["path"] == "-" and o["line"] >= 1 and o["column"] >= 1
PY
for v in "${planted[@]}"; do check "json hides '$v'" bash -c '! grep -qF -- "$1" "$2"' _ "$v" "$tmp/json"; done
check "json offset points at the value" python3 - "$tmp/json" "$sample" <<'PY'
import json, sys
data = open(sys.argv[2], "rb").read()
for line in open(sys.argv[1]):
    o = json.loads(line)
    if o["rule"] == "us-ssn":
        assert data[o["offset"]:o["offset"] + o["length"]] == b"536-22-8461", o
        lines = data.split(b"\n")
        assert lines[o["line"] - 1][o["column"] - 1:].startswith(b"536-22-8461")
        break
else:
    raise SystemExit("no us-ssn finding")
PY

# --- clean input, folders, errors
printf 'GET /health 200\nuser=jane@example.com card=4111 1111 1111 1111\n' >"$tmp/clean.log"
check "clean file exits 0" test "$(status "$pg" scan "$tmp/clean.log")" -eq 0
mkdir -p "$tmp/tree/.hidden/sub"
cp "$sample" "$tmp/tree/.hidden/sub/.env"
printf 'bin\0ary maria.gonzalez@outlook.com' >"$tmp/tree/blob.bin"
"$pg" scan "$tmp/tree" >"$tmp/tree.out" 2>"$tmp/tree.err"
check "folder scan exits 1" test $? -eq 1
check "folder scan reaches hidden files" grep -q "/.hidden/sub/.env:1:" "$tmp/tree.out"
check "folder scan skips binary files" grep -q "(1 binary skipped)" "$tmp/tree.err"
"$pg" scan --include-binary "$tmp/tree" >"$tmp/tree-bin.out" 2>/dev/null
check "--include-binary scans them" grep -q "/blob.bin:1:.*email" "$tmp/tree-bin.out"
# --mask leaves binary content as it is (a compiled Python module whose
# marshal bytes hold an address): the file keeps its format, the finding
# is still reported.
/usr/bin/python3 - "$tmp/mod.py" <<'PY'
import sys
open(sys.argv[1], "w").write('CONTACT = "maria.gonzalez@outlook.com"\nfrom collections import Counter\nC = Counter.fromkeys("ab")\n')
PY
/usr/bin/python3 -c 'import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2])' "$tmp/mod.py" "$tmp/mod.pyc"
"$pg" scan --mask "$tmp/mod.pyc" >"$tmp/mod.masked" 2>"$tmp/mod.err"
check "--mask on a .pyc exits 1 (findings)" test $? -eq 1
check "--mask leaves a .pyc byte-identical" cmp -s "$tmp/mod.pyc" "$tmp/mod.masked"
check "--mask on a .pyc still reports the address" grep -q "email (medium, reported)" "$tmp/mod.err"
check "missing file exits 2" test "$(status "$pg" scan "$tmp/nope.log")" -eq 2
check "no path exits 2" test "$(status "$pg" scan)" -eq 2
check "unknown format exits 2" test "$(status "$pg" scan --format xml "$sample")" -eq 2

# --- policy check / list
check "shipped policies are valid" bash -c 'for p in "$2"/policies/*.toml; do "$1" policy check "$p" >/dev/null || exit 1; done' _ "$pg" "$src"
check "policy list shows default rules" bash -c '"$1" policy list | grep -q "^private-key .*critical *block"' _ "$pg"
printf '[[rules]]\nid = "a"\npattern = "x"\nacton = "mask"\n' >"$tmp/typo.toml"
printf '[[rules]]\nid = "a"\npattern = "x(("\n' >"$tmp/regex.toml"
printf '[[rules]]\nid = "a"\npattern = "x"\n[[rules]]\nid = "a"\npattern = "y"\n' >"$tmp/dup.toml"
printf '[[rules]\nid = "a"\n' >"$tmp/syntax.toml"
for bad in typo regex dup syntax; do
  "$pg" policy check "$tmp/$bad.toml" >/dev/null 2>"$tmp/$bad.err"
  check "policy check rejects $bad with exit 2" test $? -eq 2
  check "error for $bad names the file and line" grep -q "$tmp/$bad.toml:[0-9]" "$tmp/$bad.err"
done
check "typo error names the rule and key" grep -q "rule 'a': unknown key 'acton'" "$tmp/typo.err"
check "regex error names the rule" grep -q "rule 'a': bad pattern" "$tmp/regex.err"
check "dup error says duplicate" grep -q "rule 'a': duplicate rule id" "$tmp/dup.err"
check "--version names Hyperscan" bash -c '"$1" --version | grep -q "^Hyperscan "' _ "$pg"

# --- PEM blocks (issue 11): one block is one finding, ending at its own END
# line; placeholder blocks are none, so a card between two of them is found
# alone, masked, and not filed under a 146-byte span.
printf -- '-----BEGIN PRIVATE KEY----- abc -----END PRIVATE KEY-----\ncard 4539 1488 0343 6467\n-----BEGIN RSA PRIVATE KEY----- d -----END RSA PRIVATE KEY-----\n' |
  "$pg" scan --format json - >"$tmp/pem.json" 2>/dev/null
check "placeholder PEM blocks: one finding" test "$(grep -c . "$tmp/pem.json")" -eq 1
check "placeholder PEM blocks: the card alone, 19 bytes, masked" \
  grep -q '"rule":"credit-card".*"action":"masked".*"length":19,' "$tmp/pem.json"
key="-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACBvbDqX8mN2pR7tK8wZ4bC6eF1gH5jJ0kAyQ3xL9vW2uTz1sA\n-----END OPENSSH PRIVATE KEY-----"
{ printf -- "$key\n"; for i in $(seq 200); do echo "INFO request $i served"; done
  printf -- '-----BEGIN OPENSSH PRIVATE KEY-----\n...\n-----END OPENSSH PRIVATE KEY-----\n'; } >"$tmp/key.log"
"$pg" scan --format json "$tmp/key.log" >"$tmp/key.json" 2>/dev/null
check "OpenSSH key then 200 lines and a placeholder: one finding" test "$(grep -c . "$tmp/key.json")" -eq 1
check "the finding is the key block alone, blocked" \
  grep -q "\"rule\":\"private-key\".*\"action\":\"blocked\".*\"length\":$(printf -- "$key" | wc -c)," "$tmp/key.json"

finish
