#!/usr/bin/env bash
# Runs the native test programs under LD_PRELOAD=libprivguard.so and checks
# what reached each sink (file, pipe, 127.0.0.1/Unix socket, stderr), the
# findings file, and the programs' return values and errno.
#
#   run_native.sh GROUP SHIM EMIT EMIT_FORTIFY IOSTREAMS SEMANTICS TMPDIR
#
# GROUP: unistd | sockets | stdio | stdio_fortify | syslog | iostreams | semantics
# Prints PASS/FAIL per check and ends with
# "N passed, M failed"; exits 1 if anything failed.
set -u

[[ $# -eq 7 ]] || { echo "usage: $0 GROUP SHIM EMIT EMIT_FORTIFY IOSTREAMS SEMANTICS TMPDIR" >&2; exit 2; }
group=$1 shim=$2 emit=$3 emit_fortify=$4 iostreams=$5 semantics=$6
work=$7/$group
rm -rf "$work" && mkdir -p "$work" || exit 2
# Only what each case sets: not the caller's policy, mode, report or key.
unset PRIVGUARD_POLICY PRIVGUARD_MODE PRIVGUARD_REPORT PRIVGUARD_KEY

CARD='4539 1488 0343 6467' CARD_MASKED='**** **** **** 6467'
EMAIL='maria.gonzalez@outlook.com' EMAIL_MASKED='*****.********@*******.***'
PEM_BODY='MIIEvQIBADANBgkqhkiG9w0BAQEFAASC'
# Nothing of these may reach a sink or the findings file.
RAW=("$CARD" "4539148803436467" "1488 0343" "$EMAIL" "maria.gonzalez" "outlook.com" "$PEM_BODY")

passed=0 failed=0 why=''

# ---- reporting

# check NAME PREDICATE ARGS...: PASS if the predicate succeeds; a failing
# predicate explains itself in $why.
check() {
  local name=$1; shift
  why=''
  if "$@"; then echo "PASS $name"; passed=$((passed + 1))
  else echo "FAIL $name${why:+: $why}"; failed=$((failed + 1)); fi
}

# ---- predicates

succeeded() { [[ $1 -eq 0 ]] || { why="exit status $1, stderr: $(head -c 300 "$2")"; return 1; }; }

absent() {  # absent FILE: no raw value anywhere in FILE
  local v
  for v in "${RAW[@]}"; do
    if grep -qsF -- "$v" "$1"; then why="raw '$v' in $1: $(grep -F -m1 -- "$v" "$1" | head -c 300)"; return 1; fi
  done
}

same_bytes() {  # same_bytes FILE TEXT: FILE holds exactly TEXT
  if ! cmp -s "$1" <(printf '%s' "$2"); then
    why=$'\n'"$(diff <(printf '%s' "$2") "$1" | head -20)"
    return 1
  fi
}

same_files() {
  cmp -s "$1" "$2" || { why=$'\n'"$(diff "$1" "$2" | head -20)"; return 1; }
}

contains() {  # contains FILE TEXT
  grep -qF -- "$2" "$1" || { why="no '$2' in $1: $(head -c 300 "$1")"; return 1; }
}

matches() {  # matches FILE ERE
  grep -qE -- "$2" "$1" || { why="nothing like '$2' in $1: $(head -c 300 "$1")"; return 1; }
}

empty() { [[ ! -s $1 ]] || { why="$1: $(head -c 300 "$1")"; return 1; }; }
missing() { [[ ! -e $1 ]] || { why="$1 exists"; return 1; }; }

private_report() {  # the findings file exists, mode 0600
  [[ -f $1 ]] || { why="no findings file $1"; return 1; }
  local mode; mode=$(stat -c %a "$1")
  [[ $mode == 600 ]] || { why="mode $mode"; return 1; }
}

# findings REPORT N RULE ACTION CALL_RE [SINK]: exactly N findings lines of
# RULE with ACTION from a call matching CALL_RE, on SINK (a fixed substring)
findings() {
  local report=$1 want=$2 rule=$3 action=$4 call=$5 sink=${6:-}
  local got
  got=$(grep -F "\"rule\":\"$rule\"," "$report" 2>/dev/null | grep -F "\"action\":\"$action\"," |
        grep -E "\"call\":\"($call)\"," | grep -cF -- "$sink")
  [[ $got -eq $want ]] || { why="$got of $want; report: $(head -c 600 "$report" 2>/dev/null)"; return 1; }
}

report_lines() {  # report_lines REPORT N: N findings in all
  local got; got=$(cat "$1" 2>/dev/null | wc -l)
  [[ $got -eq $2 ]] || { why="$got findings, want $2"; return 1; }
}

imports() {  # imports BIN SYMBOL: what the compiler actually emitted
  nm -D --undefined-only "$1" | grep -qE " $2(@|$)" || { why="$(basename "$1") does not import $2"; return 1; }
}

# ---- running

# guarded [ENV=VAL...] CMD...: CMD under the shim, findings to $report
guarded() { env LD_PRELOAD="$shim" PRIVGUARD_REPORT="$report" "$@"; }

new_case() {  # sets dir, out, report, err for one case
  dir=$work/$1
  mkdir -p "$dir"
  out=$dir/out report=$dir/findings.jsonl err=$dir/stderr
}

masked_line() { printf '%s: card %s mail %s ok\n' "$1" "$CARD_MASKED" "$EMAIL_MASKED"; }
raw_line() { printf '%s: card %s mail %s ok\n' "$1" "$CARD" "$EMAIL"; }

# The findings file of a case: private, no raw value, both rules found.
check_report() {  # check_report LABEL N CALL_RE SINK
  check "$1: findings file is 0600" private_report "$report"
  check "$1: findings file holds no raw value" absent "$report"
  check "$1: $2 finding(s) of credit-card, call $3" findings "$report" "$2" credit-card masked "$3" "$4"
  check "$1: $2 finding(s) of email, call $3" findings "$report" "$2" email masked "$3" "$4"
  check "$1: nothing else found" report_lines "$report" $(($2 * 2))
}

# emit_case BIN CMD WHERE CALL_RE KIND: one line with a card and an e-mail
# through CMD. WHERE: file (the program writes $out), stdout (a pipe read
# by cat), stderr (a file). KIND: file, pipe, tcp, udp, unix, syslog.
emit_case() {
  local bin=$1 cmd=$2 where=$3 call=$4 kind=$5
  local label="$(basename "$bin") $cmd" status
  new_case "$(basename "$bin")-$cmd"
  case $where in
    file) guarded timeout 20 "$bin" "$cmd" "$out" 2> "$err"; status=$? ;;
    stdout) guarded timeout 20 "$bin" "$cmd" "$out" 2> "$err" | cat > "$out"; status=${PIPESTATUS[0]} ;;
    stderr) guarded timeout 20 "$bin" "$cmd" "$out" 2> "$out"; status=$?; : > "$err" ;;
  esac
  local sink n=1 expected
  case $kind in
    file) sink="\"sink\":{\"kind\":\"file\",\"path\":\"$out\"}" ;;
    pipe) sink='"sink":{"kind":"pipe"}' ;;
    tcp) sink='"sink":{"kind":"socket","peer":"127.0.0.1:' ;;
    udp) sink='"sink":{"kind":"socket"' ;;
    unix) sink="\"sink\":{\"kind\":\"socket\",\"peer\":\"$out.sock\"}" ;;
    syslog) sink='"sink":{"kind":"socket","peer":"/dev/log"}' ;;
  esac
  expected=$(masked_line "$cmd"; echo .)  # keep the trailing newline
  expected=${expected%.}
  case $cmd in
    pwrite|pwrite64) expected="header line"$'\n'"$expected" ;;
    sendmmsg) expected=$expected$expected n=2 ;;
    *syslog) expected="pg-emit: $expected" ;;
  esac
  check "$label: exits 0" succeeded "$status" "$err"
  check "$label: nothing on stderr" empty "$err"
  check "$label: no raw value reached the $kind" absent "$out"
  check "$label: the rest arrived byte for byte" same_bytes "$out" "$expected"
  check_report "$label" "$n" "$call" "$sink"
}

# ---- groups

group_unistd() {
  local bin
  for bin in "$emit" "$emit_fortify"; do
    emit_case "$bin" write file write file
    emit_case "$bin" write-stdout stdout write pipe
    emit_case "$bin" writev file writev file
    emit_case "$bin" pwrite file pwrite file
    emit_case "$bin" pwrite64 file pwrite64 file
    emit_case "$bin" pwritev file pwritev file
    emit_case "$bin" pwritev2 file pwritev2 file
    emit_case "$bin" pwritev64 file pwritev64 file
    emit_case "$bin" pwritev64v2 file pwritev64v2 file
  done
}

group_sockets() {
  emit_case "$emit" send file send tcp
  emit_case "$emit" write-tcp file write tcp
  emit_case "$emit" sendmsg file sendmsg tcp
  emit_case "$emit" sendto file sendto udp
  check "emit sendto: the finding names the destination 127.0.0.1:PORT" \
    findings "$report" 1 credit-card masked sendto '"sink":{"kind":"socket","peer":"127.0.0.1:'
  emit_case "$emit" sendmmsg file sendmmsg udp
  emit_case "$emit" unix-send file send unix

  # A [[sinks]] override for the peer lets the values through unchanged.
  printf 'extends = "default"\n[[sinks]]\nname = "test peer"\npeer = "127.0.0.1:*"\naction = "allow"\n' \
    > "$work/allow-loopback.toml"
  local cmd
  for cmd in send sendmmsg sendto; do
    new_case "allow-$cmd"
    guarded PRIVGUARD_POLICY="$work/allow-loopback.toml" "$emit" "$cmd" "$out" 2> "$err"
    local expected; expected=$(raw_line "$cmd")$'\n'
    [[ $cmd == sendmmsg ]] && expected=$expected$expected
    check "$cmd with a peer = \"127.0.0.1:*\" allow override: unchanged" same_bytes "$out" "$expected"
  done
}

# stdio_cases BIN CALL...: the calls the compiler emitted for printf,
# vprintf, fprintf, vfprintf, dprintf, vdprintf
stdio_cases() {
  local bin=$1 cmd call
  local -a cmds=(printf vprintf fprintf vfprintf dprintf vdprintf)
  shift
  for cmd in "${cmds[@]}"; do
    call=$1; shift
    check "$(basename "$bin") calls $call for $cmd" imports "$bin" "$call"
    case $cmd in
      printf|vprintf) emit_case "$bin" "$cmd" stdout "$call" pipe ;;
      *) emit_case "$bin" "$cmd" file "$call" file ;;
    esac
  done
  emit_case "$bin" puts stdout puts pipe
  for cmd in fwrite fwrite_unlocked fputs fputs_unlocked; do
    check "$(basename "$bin") calls $cmd" imports "$bin" "$cmd"
    emit_case "$bin" "$cmd" file "$cmd" file
  done
}

group_stdio() { stdio_cases "$emit" printf vprintf fprintf vfprintf dprintf vdprintf; }
# glibc's fortified vprintf is __vfprintf_chk(stdout, ...)
group_stdio_fortify() {
  stdio_cases "$emit_fortify" __printf_chk __vfprintf_chk __fprintf_chk __vfprintf_chk __dprintf_chk __vdprintf_chk
}

group_syslog() {
  check "emit calls syslog" imports "$emit" syslog
  emit_case "$emit" syslog stderr syslog syslog
  emit_case "$emit" vsyslog stderr vsyslog syslog
  check "emit_fortify calls __syslog_chk" imports "$emit_fortify" __syslog_chk
  emit_case "$emit_fortify" syslog stderr __syslog_chk syslog
  check "emit_fortify calls __vsyslog_chk" imports "$emit_fortify" __vsyslog_chk
  emit_case "$emit_fortify" vsyslog stderr __vsyslog_chk syslog
}

group_iostreams() {
  emit_case "$iostreams" cout stdout fwrite pipe            # stdio_sync_filebuf
  emit_case "$iostreams" cout-nosync stdout 'write|writev' pipe  # stdio_filebuf
  emit_case "$iostreams" cerr stderr fwrite file
  emit_case "$iostreams" ofstream file 'write|writev' file
}

# ---- semantics

# both CMD...: runs CMD without and with the shim; stdout in
# $dir/plain.txt and $dir/shim.txt (return values, errno: the same facts)
both() {
  timeout 20 "$@" > "$dir/plain.txt" 2> "$dir/plain-stderr"
  guarded timeout 20 "$@" > "$dir/shim.txt" 2> "$err"
}
same_results() { same_files "$dir/plain.txt" "$dir/shim.txt"; }

# lines_ok FILE AWK_CONDITION: every line of FILE satisfies the condition
lines_ok() {
  local bad; bad=$(awk "!($2)" "$1" | head -3)
  [[ -z $bad ]] || { why="bad lines: $bad"; return 1; }
}

count_is() {  # count_is WHAT GOT WANT
  [[ $2 -eq $3 ]] || { why="$1: $2, want $3"; return 1; }
}

distinct_pids() {  # distinct_pids REPORT N: findings from at least N processes
  local got; got=$(grep -so '"pid":[0-9]*' "$1" | sort -u | wc -l)
  [[ $got -ge $2 ]] || { why="$got pids"; return 1; }
}

group_semantics() {
  local m_card m_mail status
  m_card=$(printf '%s' "$CARD_MASKED" | sed 's/\*/\\*/g')
  m_mail=$(printf '%s' "$EMAIL_MASKED" | sed 's/[*.]/\\&/g')

  new_case closed-fd
  both "$semantics" closed-fd
  check "write to a closed fd: same results as without the shim" same_results
  check "write to a closed fd: -1/EBADF" contains "$dir/shim.txt" "write-dirty -1 EBADF"

  new_case eagain
  both "$semantics" eagain
  check "full non-blocking pipe: same results as without the shim" same_results
  check "full non-blocking pipe: -1/EAGAIN" contains "$dir/shim.txt" "write-full -1 EAGAIN"

  new_case efault
  both "$semantics" efault "$out"
  check "bad buffer address: -1/EFAULT as without the shim" same_results

  new_case dprintf-full
  both "$semantics" dprintf-full
  check "dprintf of clean text to a nearly full non-blocking pipe: -1/EAGAIN as without the shim" same_results

  new_case retvals
  timeout 20 "$semantics" retvals "$dir/plain-out" > "$dir/plain.txt"
  guarded timeout 20 "$semantics" retvals "$out" > "$dir/shim.txt" 2> "$err"
  check "masked calls return the caller's count, errno untouched" same_results
  check "masked calls: no raw value in the file" absent "$out"
  check "masked calls: no raw value in the findings" absent "$report"

  new_case big
  guarded timeout 20 "$semantics" big "$out" > "$dir/shim.txt" 2> "$err"
  check "150 KB buffers (fprintf, write, writev split, dprintf): full count, masked content" \
    same_bytes "$dir/shim.txt" "$(printf '%s 150063 EDOM\n%s content masked\n' fprintf fprintf write write writev writev dprintf dprintf)"$'\n'
  check "150 KB buffers: no raw value in the findings" absent "$report"

  new_case blocked
  guarded timeout 20 "$semantics" blocked "$out" > "$dir/shim.txt" 2> "$err"
  check "PEM key: every call fails with EACCES, nothing reaches file or socket" same_bytes "$dir/shim.txt" \
"write -1 EACCES
writev -1 EACCES
pwrite -1 EACCES
dprintf -1 EACCES
fprintf -1 EACCES
ferror 1
fputs -1 EACCES
ferror 1
fwrite 0 EACCES
ferror 1
file-size 0
send -1 EACCES
received 0 EDOM
"
  check "PEM key: findings say blocked" findings "$report" 8 private-key blocked '[a-z]+'
  check "PEM key: findings file holds no key" absent "$report"
  check "PEM key: findings file is 0600" private_report "$report"

  local expect_partial=$'first partial\nthen -1 EAGAIN\nreceived == accepted\ncontent masked\n'
  new_case partial-clean
  both "$semantics" partial clean
  check "partial send, clean data: same results as without the shim" same_results
  check "partial send, clean data: partial then EAGAIN, all accepted bytes arrive" \
    same_bytes "$dir/shim.txt" "$expect_partial"
  new_case partial-dirty
  guarded timeout 20 "$semantics" partial dirty > "$dir/shim.txt" 2> "$err"
  check "partial send with a card: accepted bytes arrive masked" same_bytes "$dir/shim.txt" "$expect_partial"

  local how
  for how in write fputs puts; do
    new_case "threads-$how"
    guarded timeout 30 "$semantics" threads "$how" 2> "$err" | cat > "$out"
    status=${PIPESTATUS[0]}
    local label="16 threads x 2000 $how"
    check "$label: exit 0" succeeded "$status" "$err"
    check "$label: no raw value" absent "$out"
    check "$label: every line whole and masked" lines_ok "$out" "/^t=[0-9][0-9] i=[0-9]+ (clean line|card $m_card mail $m_mail)\$/"
    check "$label: all 32000 lines, once each" count_is lines \
      "$(grep -oE 't=[0-9]+ i=[0-9]+' "$out" | sort -u | wc -l)" 32000
    check "$label: 32000 findings" report_lines "$report" 32000
  done

  new_case signal
  guarded timeout 20 "$semantics" signal "$out" > "$dir/shim.txt" 2> "$err"
  status=$?
  check "SIGALRM handler writing: no deadlock or crash" succeeded "$status" "$err"
  check "SIGALRM handler writing: the handler ran often" contains "$dir/shim.txt" "signals many"
  check "SIGALRM handler writing: no raw value" absent "$out"
  check "SIGALRM handler writing: every line whole, main's masked" lines_ok "$out" \
    "/^tick\$/ || /^main [0-9]+ card $m_card mail $m_mail\$/"
  check "SIGALRM handler writing: every main line arrived" contains "$dir/shim.txt" \
    "main-lines $(grep -c '^main' "$out")"

  new_case fork
  guarded timeout 30 "$semantics" fork "$out" > "$dir/shim.txt" 2> "$err"
  check "fork from a multi-threaded parent: children finish" same_bytes "$dir/shim.txt" $'children-ok 50/50\n'
  check "fork from a multi-threaded parent: no raw value" absent "$out"
  check "fork from a multi-threaded parent: children's lines masked" lines_ok "$out" \
    "/^child [0-9]+ (write card $m_card|fprintf mail $m_mail)\$/"
  check "fork from a multi-threaded parent: 100 lines" count_is lines "$(wc -l < "$out")" 100

  new_case exec-chain
  guarded timeout 20 "$semantics" exec-chain > "$out" 2> "$err"
  check "fork+exec chain: values masked in every generation" same_bytes "$out" \
    "L0 mail $EMAIL_MASKED
L1 card $CARD_MASKED
L2 mail $EMAIL_MASKED
L3 card $CARD_MASKED
"
  check "fork+exec chain: findings from 4 processes" distinct_pids "$report" 4
  check "fork+exec chain: one fingerprint per value across processes" count_is "rule/fingerprint pairs" \
    "$(grep -soE '"rule":"[a-z-]+"|"fingerprint":"[0-9a-f]+"' "$report" | paste -d' ' - - | sort -u | wc -l)" 2
  check "fork+exec chain: findings file holds no raw value" absent "$report"

  new_case mode-report
  guarded PRIVGUARD_MODE=report "$emit" write "$out" 2> "$err"
  check "PRIVGUARD_MODE=report: bytes unchanged" same_bytes "$out" "$(raw_line write)"$'\n'
  check "PRIVGUARD_MODE=report: card finding says reported" findings "$report" 1 credit-card reported write
  check "PRIVGUARD_MODE=report: e-mail finding says reported" findings "$report" 1 email reported write
  check "PRIVGUARD_MODE=report: findings file holds no raw value" absent "$report"
  check "PRIVGUARD_MODE=report: findings file is 0600" private_report "$report"

  new_case mode-off
  guarded PRIVGUARD_MODE=off "$emit" write "$out" 2> "$err"
  check "PRIVGUARD_MODE=off: bytes unchanged" same_bytes "$out" "$(raw_line write)"$'\n'
  check "PRIVGUARD_MODE=off: no findings file" missing "$report"
  check "PRIVGUARD_MODE=off: nothing on stderr" empty "$err"

  new_case broken-policy
  printf '[settings]\nmode = "enforce"\nthis line is not toml\n' > "$dir/broken.toml"
  guarded PRIVGUARD_POLICY="$dir/broken.toml" "$emit" write "$out" 2> "$err"
  status=$?
  check "broken policy: program runs" succeeded "$status" "$err"
  check "broken policy: fails open, bytes unchanged" same_bytes "$out" "$(raw_line write)"$'\n'
  check "broken policy: stderr names file and line" contains "$err" "$dir/broken.toml:3"

  new_case fail-closed
  printf '[settings]\nfail_closed = true\n\n[[rules]]\nid = "bad"\npattern = %s\n' "'a(b'" > "$dir/fc.toml"
  guarded PRIVGUARD_POLICY="$dir/fc.toml" "$semantics" try-write "$out" > "$dir/shim.txt" 2> "$err"
  check "fail_closed, regex does not compile: write fails with EACCES" same_bytes "$dir/shim.txt" \
    $'write -1 EACCES\nfile-size 0\n'
  check "fail_closed: stderr names file and line" matches "$err" "$dir/fc.toml:[0-9]+: rule 'bad'"

  new_case summary
  env LD_PRELOAD="$shim" "$emit" write "$out" 2> "$err"
  check "no PRIVGUARD_REPORT: a summary on stderr" contains "$err" "privguard: 2 findings in pid"
  check "no PRIVGUARD_REPORT: just one line" lines_ok "$err" 'NR == 1 && /^privguard: 2 findings in pid [0-9]+ /'
  check "no PRIVGUARD_REPORT: summary holds no raw value" absent "$err"
}

case $group in
  unistd|sockets|stdio|stdio_fortify|syslog|iostreams|semantics) "group_$group" ;;
  *) echo "unknown group $group" >&2; exit 2 ;;
esac

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
