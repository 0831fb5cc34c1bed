#!/usr/bin/env bash
# "Does no harm": ordinary commands on clean input (text and binary) give
# byte-identical stdout and stderr and the same exit status with and
# without the shim, and the shim finds nothing.
source "$(dirname "$0")/lib.sh"
pg_init "$1"

# "python3" in the commands is $PY (not a version manager's wrapper script).
mkdir bin && ln -s "$PY" bin/python3 && PATH=$T/bin:$PATH

# Clean inputs. The binary data is pseudo-random but fixed (seeded), so a
# run is reproducible.
"$PY" -c 'import random; random.seed(20240601); open("rand.bin", "wb").write(random.randbytes(100000))'
seq 1 20000 >nums.txt
printf 'pear\napple\npear\nfig\napple\npear\nh\xc3\xa9llo w\xc3\xb6rld \xe2\x9c\x93\n' >words.txt
mkdir -p tree/sub
printf 'alpha\n' >tree/a.txt
head -c 3000 rand.bin >tree/sub/b.bin
touch -d @1700000000 tree tree/sub tree/a.txt tree/sub/b.bin

# identical CMD: bash -c CMD without and with the shim gives the same
# stdout, stderr and exit status, and no finding; else false, with `why`.
identical() {
  bash -c "$1" >plain.out 2>plain.err
  local want=$?
  shim bash -c "$1" >shim.out 2>shim.err
  local got=$?
  if [ "$want" -ne "$got" ]; then
    why="exit status $want without the shim, $got with it"
  elif ! cmp -s plain.out shim.out; then
    why="stdout differs: $(cmp plain.out shim.out 2>&1 | head -n1)"
  elif ! cmp -s plain.err shim.err; then
    why="stderr differs: $(diff plain.err shim.err | head -n3 | tr '\n' ' ')"
  elif ! found --count 0; then
    why="findings on clean input: $why"
  else
    return 0
  fi
  return 1
}

# same CMD: a check that CMD is identical with and without the shim.
same() {
  if identical "$1"; then
    pass "$1 ($(stat -c %s shim.out) bytes)"
  else
    fail "$1" "$why"
  fi
}

# Binary output
same 'cat rand.bin | cat'
same 'od -An -tx1 rand.bin'
same 'od rand.bin'
same 'xxd rand.bin'
same 'gzip -c rand.bin'
same 'gzip -c rand.bin | gzip -dc | cmp - rand.bin'
same 'base64 rand.bin'
same 'base64 rand.bin | base64 -d | sha256sum'
same 'sha256sum rand.bin nums.txt'
same 'md5sum rand.bin'
same 'tar -cf - tree'
same 'tar -czf - tree | tar -tzvf - --numeric-owner'
same 'dd if=rand.bin bs=4096 count=10 status=none'
same 'head -c 65536 rand.bin | tail -c 40000'
same 'tr -d "\000" <rand.bin'
same 'sort rand.bin'
same 'python3 -c "import sys; sys.stdout.buffer.write(bytes(range(256)) * 400)"'
same 'perl -e "binmode STDOUT; print pack(q(C*), map { \$_ % 256 } 0 .. 99999)"'
same 'node -e "process.stdout.write(Buffer.from(Array.from({length: 70000}, (_, i) => (i * 7) % 256)))"'
same 'python3 -c "open(\"f.bin\", \"wb\").write(bytes(range(256)) * 64)" && sha256sum f.bin'

# Text output
same 'seq 1 100000'
same 'sort -n -r nums.txt | head -n 20'
same 'sort words.txt | uniq -c'
same 'mawk "{ s += \$1 } END { print s }" nums.txt'
same 'sed -n "100,200p" nums.txt | tr 0-9 a-j'
same 'grep -c 7 nums.txt'
same 'wc nums.txt words.txt'
same 'cut -c 1-3 words.txt | paste -s -d,'
same 'date -d @0 -u'
same 'ls -la /usr/bin | head -n 40'
same 'find tree | sort'
same 'printf "%05d|%-6s|%x\n" 42 ok 255; echo -e "tab\there"'
same 'echo "héllo wörld ✓"; cat words.txt | tac'
same 'python3 -c "print(\"\\n\".join(str(i * i) for i in range(5000)))"'
same 'perl -e "printf(qq(%d %s\n), \$_, q(x) x (\$_ % 40)) for 1 .. 3000"'
same 'node -e "for (let i = 0; i < 2000; i++) console.log(i, i.toString(16))"'
same 'awk "BEGIN { for (i = 0; i < 1000; i++) printf(\"%d\t%o\n\", i, i) }"'

# Exit statuses and errors
same 'false'
same 'ls /nonexistent'
same 'grep -q nomatch words.txt'
same 'cat /nonexistent/file'
same 'sh -c "echo out; echo err >&2; exit 7"'
same 'python3 -c "import sys; print(\"x\"); sys.exit(3)"'
same 'perl -e "print qq(y\n); exit 4"'
same 'node -e "console.log(\"z\"); process.exit(5)"'
same 'head -c 1000000 /dev/zero | sha256sum'
same 'yes | head -n 100000 | wc -l'

pg_summary
