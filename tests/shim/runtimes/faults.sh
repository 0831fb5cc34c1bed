#!/usr/bin/env bash
# Faults around the service: a findings file that cannot be written, no
# fd left, the policy file removed or replaced mid-run, vfork+exec,
# posix_spawn, close_range, fork in a signal handler. Each time the
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

pg_summary
