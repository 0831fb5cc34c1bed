# Sourced by the shell test drivers (tests/cli, tests/install): a scratch
# directory removed at exit, counted checks, and the closing line the
# drivers end with. print_passes=1 before sourcing also names each pass.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
passes=0

check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then
    [ "${print_passes:-0}" = 1 ] && echo "PASS: $name"
    passes=$((passes + 1))
  else
    echo "FAIL: $name"
    fails=$((fails + 1))
  fi
}
status() { "$@" >/dev/null 2>&1; echo $?; }  # the exit status alone

finish() {  # also ends the script early, with its verdict so far
  echo "$passes passed, $fails failed"
  test "$fails" -eq 0
  exit
}
