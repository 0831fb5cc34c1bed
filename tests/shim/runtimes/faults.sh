#!/usr/bin/env bash
# Faults around the service: a findings file that cannot be written, no
# fd left, the policy file removed or replaced mid-run, vfork+exec,
# posix_spawn, close_range, fork in a signal handler, more values in one
# call than the scratch holds, no memory for a masked copy, a 1 GiB
# writev, thread churn. Each time the
# service keeps running, its output is intact (masked), nothing raw leaks,
# and what privguard could not do is said once on stderr and counted.
source "$(dirname "$0")/lib.sh"
pg_init "$1"

once() {  # once FILE TEXT: TEXT is on exactly one line of FILE
  local n
  n=$(grep -cF -- "$2" "$1")
  [ "$n" -eq 1 ] || { why="'$2' on $n lines of: $(shown "$1")"; return 1; }
}

for report in /dev/full /nonexistent-dir/findings.jsonl; do
  LD_PRELOAD=$SHIM PRIVGUARD_REPORT=$report timeout 10 "$PY" -c "
for i in range(3):
    print('line', i, 'card $CARD mail $MAIL', flush=True)" >out 2>err
  status=$?
  check "findings file $report: the service exits 0" test "$status" -eq 0
  check "findings file $report: output masked" sink_has out "line 2 card $CARD_M mail $MAIL_M"
  check "findings file $report: said once" once err "cannot record findings in $report"
  check "findings file $report: counted at exit" once err "6 not recorded in $report"
  check "findings file $report: nothing raw on stderr" no_raw err
done

# No fd left (EMFILE): the findings file cannot be opened; output still masked.
: >"$REPORT"
LD_PRELOAD=$SHIM PRIVGUARD_REPORT=$REPORT timeout 10 "$PY" -c "
import os, resource
resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
fds = []
try:
    while True: fds.append(os.open('/dev/null', os.O_RDONLY))
except OSError as e:
    pass
os.write(1, b'card $CARD\n')
for fd in fds: os.close(fd)
os.write(1, b'again $CARD\n')" >out 2>err
check "EMFILE: output masked while no fd is left" sink_is out "card $CARD_M"$'\n'"again $CARD_M"$'\n'
check "EMFILE: said once" once err "cannot record findings in $REPORT: Too many open files"
check "EMFILE: the finding after the fds came back is recorded" found --rule credit-card --count 1

# The policy file removed, then replaced, while the service runs: the
# policy read at start stays in force.
printf 'extends = "default"\ndisable = ["email"]\n' >policy.toml
: >"$REPORT"
LD_PRELOAD=$SHIM PRIVGUARD_POLICY=$T/policy.toml PRIVGUARD_REPORT=$REPORT timeout 10 "$PY" -c "
import os, time
print('1 $CARD $MAIL', flush=True)
os.remove('policy.toml')
print('2 $CARD $MAIL', flush=True)
open('policy.toml', 'w').write('this is not toml [[[')
print('3 $CARD $MAIL', flush=True)" >out 2>err
check "policy removed and replaced mid-run: still in force" \
  sink_is out "1 $CARD_M $MAIL"$'\n'"2 $CARD_M $MAIL"$'\n'"3 $CARD_M $MAIL"$'\n'
check "policy removed and replaced mid-run: nothing said" sink_is err ""

# vfork+exec (Python's subprocess), posix_spawn, close_range.
shim "$PY" -c "
import os, subprocess, sys
subprocess.run(['/bin/echo', 'vfork $CARD'], check=True)
pid = os.posix_spawn('/bin/echo', ['/bin/echo', 'spawn $CARD'], os.environ)
os.waitpid(pid, 0)
os.closerange(3, 1 << 16)
print('after close_range $CARD', flush=True)" >out 2>err
check "vfork+exec, posix_spawn, close_range: every line masked" \
  sink_is out "vfork $CARD_M"$'\n'"spawn $CARD_M"$'\n'"after close_range $CARD_M"$'\n'
check "vfork+exec, posix_spawn, close_range: three findings" found --rule credit-card --count 3

# fork() in a signal handler; the child writes and exits.
shim "$PY" -c "
import os, signal, time
def handler(sig, frame):
    pid = os.fork()
    if pid == 0:
        os.write(1, b'child $CARD\n')
        os._exit(0)
    os.waitpid(pid, 0)
signal.signal(signal.SIGUSR1, handler)
os.kill(os.getpid(), signal.SIGUSR1)
os.write(1, b'parent $CARD\n')" >out 2>err
check "fork in a signal handler: both lines masked" sink_is out "child $CARD_M"$'\n'"parent $CARD_M"$'\n'

# More values in one call than the scratch holds candidates (a SQL dump
# in one write): scanned again in pieces, every value masked.
shim "$PY" -c "
import os
os.write(1, b'id card $CARD mail $MAIL\n' * 5000)" >out 2>err
check "5,000 values in one write: nothing raw" no_raw out
check "5,000 values in one write: every line masked" \
  test "$(grep -cxF "id card $CARD_M mail $MAIL_M" out)" -eq 5000
check "5,000 values in one write: 10,000 findings" found --count 10000

# mmap failing (address space limited to what the service has, plus a
# little): a 96 MiB write has no room for its masked copy and goes out
# masked piece by piece, whole and in order; said once, counted at exit.
LD_PRELOAD=$SHIM timeout 60 "$PY" -c "
import os, resource, sys
line = b'x' * 1000 + b' card $CARD\n'
big = line * (96 * 1024 * 1024 // len(line))
vm = int(open('/proc/self/status').read().split('VmSize:')[1].split()[0]) * 1024
resource.setrlimit(resource.RLIMIT_AS, (vm + (32 << 20), resource.RLIM_INFINITY))
n = os.write(1, big)
sys.stderr.write('wrote %d of %d\n' % (n, len(big)))" >out 2>err
status=$?
check "no memory for a masked copy: the service exits 0" test "$status" -eq 0
check "no memory for a masked copy: the whole call written" grep -q '^wrote \([0-9]*\) of \1$' err
check "no memory for a masked copy: every line masked, in order" \
  test "$(grep -cxF "$(printf 'x%.0s' {1..1000}) card $CARD_M" out)" -eq "$(wc -l <out)" -a "$(wc -c <out)" -gt 100000000
check "no memory for a masked copy: said once" once err "no memory for a"
check "no memory for a masked copy: counted at exit" once err "1 masked piece by piece"
check "no memory for a masked copy: nothing raw" no_raw out err

# A 1 GiB writev into a pipe: values at its start, in a dense run in its
# middle and at its end all masked, the count the kernel took returned.
: >"$REPORT"
LD_PRELOAD=$SHIM PRIVGUARD_REPORT=$REPORT timeout 200 "$PY" -c "
import os, sys
mib = (b'a' * 1023 + b'\n') * 1024
parts = [b'head card $CARD\n', mib * 511, b'dense $MAIL\n' * 3000, mib * 511, b'end card $CARD\n']
n = os.writev(1, parts)
sys.stderr.write('wrote %d of %d\n' % (n, sum(map(len, parts))))" 2>err |
  LC_ALL=C awk -v c="$CARD" -v m="$MAIL" -v cm="card $CARD_M" -v mm="dense $MAIL_M" '
    index($0, c) || index($0, m) { raw++ }
    index($0, cm) || index($0, mm) { masked++ }
    END { print raw + 0 >"raw.count"; print masked + 0 >"masked.count" }'
check "1 GiB writev: the whole call written" grep -q '^wrote \([0-9]*\) of \1$' err
check "1 GiB writev: values masked" test "$(cat masked.count)" -eq 3002
check "1 GiB writev: nothing raw" test "$(cat raw.count)" -eq 0
check "1 GiB writev: 3,002 findings" found --count 3002

# 64 threads at a time, 3,200 in all, each writing one line and ending
# (per-thread state is made, pooled and reused): every line masked.
: >"$REPORT"
LD_PRELOAD=$SHIM PRIVGUARD_REPORT=$REPORT timeout 60 "$PY" -c "
import os, threading
def one(i): os.write(1, b'thread %d card $CARD\n' % i)
for r in range(50):
    ts = [threading.Thread(target=one, args=(r * 64 + k,)) for k in range(64)]
    for t in ts: t.start()
    for t in ts: t.join()" >out 2>err
check "thread churn: 3,200 lines, every one masked" test "$(grep -cF " card $CARD_M" out)" -eq 3200 -a "$(wc -l <out)" -eq 3200
check "thread churn: nothing raw" no_raw out
check "thread churn: 3,200 findings" found --rule credit-card --count 3200

pg_summary
