#!/usr/bin/env bash
# `privguard scan --jobs N` prints exactly what one thread prints: the same
# bytes on stdout and stderr (and interleaved the same under 2>&1), the same
# exit status, for every format, --mask, standard input and folders. The
# input spans several 4 MiB blocks, with values packed around each block
# end and a line longer than a block, so that line numbers, columns and
# offsets carried from block to block are checked too; -j 3 hands blocks
# out unevenly.
# usage: test_scan_jobs.sh PRIVGUARD_BINARY SOURCE_DIR
set -u
pg=$(realpath "$1")
src=$(realpath "$2")
# shellcheck source=../checks.sh
. "$(dirname "${BASH_SOURCE[0]}")/../checks.sh"
# Timestamps are the only bytes that differ between two runs.
normalize() { sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z/TS/g' "$1"; }
same() { cmp -s <(normalize "$1") <(normalize "$2"); }
export PRIVGUARD_KEY=scan-jobs-test  # fingerprints the same in every run

big=$tmp/big.log
python3 - "$src" "$big" <<'PY'
import random, sys
src, out = sys.argv[1], sys.argv[2]
background = open(f"{src}/tests/corpus/background.txt", "rb").read().splitlines(keepends=True)
planted = open(f"{src}/examples/sample.log", "rb").read().splitlines(keepends=True)
rnd = random.Random(11)
block, unit = 4 << 20, 64 << 10
data = bytearray()
# Where the scanner's blocks will end, followed as the text grows: it reads
# up to `read_end`, then cuts after the last line end before it.
block_start, read_end = 0, block
long_line_done = False
while len(data) < 13 << 20:
    if len(data) >= 6 << 20 and not long_line_done:
        # Longer than a block, without a line end: cut mid-line, with values
        # past the cut whose columns count from a line start blocks earlier.
        words = [b"lorem ipsum dolor sit amet"] * 210000
        for i in range(10000, len(words), 20000):
            words[i] = b"contact maria.gonzalez@outlook.com ssn=536-22-8461"
        data += b" ".join(words) + b"\n"
        long_line_done = True
    dense = read_end - 8192 <= len(data) < read_end + 2048
    data += rnd.choice(planted) if dense or rnd.random() < 0.02 else rnd.choice(background)
    while len(data) >= read_end:
        block_start = data.rfind(b"\n", block_start, read_end) + 1 or read_end
        carried = read_end - block_start
        read_end += -(-(block - carried) // unit) * unit
data += b"tail without a line end: maria.gonzalez@outlook.com"
open(out, "wb").write(data)
PY
check "input spans more than 3 blocks" test "$(stat -c %s "$big")" -gt $((13 << 20))

# --- one input, every format, -j 1 against -j 2 and -j 3
run() {  # run NAME JOBS ARGS...: stdout, stderr and status into $tmp/NAME.jJOBS.*
  local name=$1 jobs=$2; shift 2
  "$pg" scan -j "$jobs" "$@" >"$tmp/$name.j$jobs.out" 2>"$tmp/$name.j$jobs.err"
  echo $? >"$tmp/$name.j$jobs.rc"
}
compare() {  # compare NAME ARGS...
  local name=$1; shift
  for jobs in 1 2 3; do run "$name" "$jobs" "$@"; done
  for jobs in 2 3; do
    for part in out err rc; do
      check "$name: -j $jobs $part as -j 1" same "$tmp/$name.j1.$part" "$tmp/$name.j$jobs.$part"
    done
  done
}
compare text "$big"
compare json --format json "$big"
compare sarif --format sarif "$big"
compare junit --format junit "$big"
compare markdown --format markdown "$big"
compare mask --mask "$big"
compare mask-json --mask --format json "$big"
check "text found values in every block" test "$(wc -l <"$tmp/text.j1.out")" -gt 1000
check "text exits 1" test "$(cat "$tmp/text.j2.rc")" -eq 1
check "masked text keeps every byte's place" test "$(stat -c %s "$tmp/mask.j2.out")" -eq "$(stat -c %s "$big")"
check "masked text has no planted email" bash -c '! grep -q maria.gonzalez@outlook.com "$1"' _ "$tmp/mask.j2.out"

check "json line, column and offset point at each value" python3 - "$tmp/json.j2.out" "$big" <<'PY'
import json, sys
data = open(sys.argv[2], "rb").read()
seen_blocks, long_line = set(), 0
for text in open(sys.argv[1]):
    o = json.loads(text)
    off = o["offset"]
    start = data.rfind(b"\n", 0, off) + 1
    assert o["line"] == data.count(b"\n", 0, off) + 1, o
    assert o["column"] == off - start + 1, o
    seen_blocks.add(off >> 22)
    long_line += o["column"] > (4 << 20)
assert seen_blocks == {0, 1, 2, 3}, seen_blocks
assert long_line >= 4, long_line
PY

"$pg" scan -j 1 --format json - <"$big" >"$tmp/stdin.j1" 2>&1
"$pg" scan -j 2 --format json - <"$big" >"$tmp/stdin.j2" 2>&1
check "stdin: -j 2 as -j 1" same "$tmp/stdin.j1" "$tmp/stdin.j2"
cat "$big" | "$pg" scan -j 3 --format json - >"$tmp/pipe.j3" 2>&1
check "stdin from a pipe: -j 3 finds the same values" \
  cmp -s <(sed 's/"ts":"[^"]*"//' "$tmp/stdin.j1" | sort) <(sed 's/"ts":"[^"]*"//' "$tmp/pipe.j3" | sort)

# --- folders: many small files and a large one, a binary, an empty file,
# and a missing path between inputs, its error in its place under 2>&1
tree=$tmp/tree
mkdir -p "$tree/.hidden/sub" "$tree/logs"
for i in $(seq 1 40); do head -n $((i % 12 + 1)) "$src/examples/sample.log" >"$tree/logs/app-$i.log"; done
cp "$src/examples/sample.log" "$tree/.hidden/sub/.env"
head -c 5000000 "$big" >"$tree/logs/large.log"
: >"$tree/empty.log"
printf 'bin\0ary maria.gonzalez@outlook.com' >"$tree/blob.bin"
printf 'no line end maria.gonzalez@outlook.com' >"$tree/zz-last.log"
for jobs in 1 2 3; do
  "$pg" scan -j "$jobs" "$tree" "$tmp/missing.log" "$src/examples/sample.log" >"$tmp/tree.j$jobs" 2>&1
  echo $? >>"$tmp/tree.j$jobs"
  "$pg" scan -j "$jobs" --include-binary --format json "$tree" >"$tmp/tree-json.j$jobs" 2>&1
done
for jobs in 2 3; do
  check "folder, text and errors: -j $jobs as -j 1" same "$tmp/tree.j1" "$tmp/tree.j$jobs"
  check "folder, json: -j $jobs as -j 1" same "$tmp/tree-json.j1" "$tmp/tree-json.j$jobs"
done
check "folder summary counts every file" grep -q "in 45 files (1 binary skipped)" "$tmp/tree.j2"
check "missing path exits 2" test "$(tail -n 1 "$tmp/tree.j2")" -eq 2

# --- progress on a terminal (inputs past 16 MiB): the same lines, in turn
if command -v script >/dev/null; then
  cat "$big" "$big" >"$tmp/huge.log"
  for jobs in 1 3; do
    script -qec "'$pg' scan -j $jobs --format json '$tmp/huge.log' '$tree' >/dev/null" /dev/null >"$tmp/progress.j$jobs"
  done
  check "progress is shown on a terminal" grep -q "MiB scanned, [0-9]* findings so far" "$tmp/progress.j1"
  check "progress: -j 3 as -j 1" cmp -s "$tmp/progress.j1" "$tmp/progress.j3"
fi

# --- failures keep their place and their consequences: a write error ends
# that file's output only, a read error on standard input ends the scan
sample=$src/examples/sample.log
if [ -w /dev/full ]; then
  for jobs in 1 2 3; do
    "$pg" scan -j "$jobs" --format json "$big" "$sample" >/dev/full 2>"$tmp/full.j$jobs"
    echo $? >>"$tmp/full.j$jobs"
    "$pg" scan -j "$jobs" --mask "$big" - <"$sample" >/dev/full 2>"$tmp/full-stdin.j$jobs"
    echo $? >>"$tmp/full-stdin.j$jobs"
  done
  for jobs in 2 3; do
    check "write errors: -j $jobs as -j 1" same "$tmp/full.j1" "$tmp/full.j$jobs"
    check "write errors on stdin's output: -j $jobs as -j 1" same "$tmp/full-stdin.j1" "$tmp/full-stdin.j$jobs"
  done
fi
for jobs in 1 3; do
  "$pg" scan -j "$jobs" --format json "$sample" - "$sample" </ >"$tmp/stdin-dir.j$jobs" 2>&1
  echo $? >>"$tmp/stdin-dir.j$jobs"
done
check "read error on stdin: -j 3 as -j 1" same "$tmp/stdin-dir.j1" "$tmp/stdin-dir.j3"
check "read error on stdin ends the scan" test "$(grep -c '"rule"' "$tmp/stdin-dir.j3")" -eq 9

# --- the option itself
for bad in 0 -1 x 2x "" 1025; do
  check "--jobs '$bad' is a usage error" test "$(status "$pg" scan --jobs "$bad" "$sample")" -eq 2
done
check "-j without a value is a usage error" test "$(status "$pg" scan "$sample" -j)" -eq 2
"$pg" scan --jobs 0 "$sample" >/dev/null 2>"$tmp/usage.err"
check "usage error names --jobs" grep -q -- "--jobs needs a number" "$tmp/usage.err"
check "usage text shows --jobs" grep -q -- "--jobs N" "$tmp/usage.err"
for form in "-j 2" "-j2" "--jobs 2" "--jobs=2"; do
  # shellcheck disable=SC2086
  check "'$form' is accepted" test "$(status "$pg" scan $form "$sample")" -eq 1
done

finish
