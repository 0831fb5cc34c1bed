# shellcheck shell=bash
# scripts/bench.d/common.sh: the helpers every figure uses, sourced by
# scripts/bench before anything runs: installs, the work area and the
# servers started there (stopped at exit, by pid), the servers under test
# (redis-server, nginx), the corpora, and the statistics and table rows.
# Defines functions and empty globals only; the driver calls install_tools,
# make_work_area and make_corpora in that order.

log() { printf 'bench: %s\n' "$*" >&2; }

# ------------------------------------------------------------ install

sudo=()
if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi

install_tools() {
  "$root/scripts/setup"
  local packages=(ripgrep redis-server redis-tools wrk hyperfine nginx time python3) missing=() p
  command -v npm >/dev/null || packages+=(npm)
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    if [ ${#sudo[@]} -gt 0 ] && ! command -v sudo >/dev/null; then
      echo "scripts/bench: run as root (or install sudo) to install: ${missing[*]}" >&2
      exit 1
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# ------------------------------------------------------------ work area, cleanup

make_work_area() { # sets work (in $build), rows, env_base and env_shim; stops servers and cleans up at exit
  work=$(mktemp -d "$build/run.XXXXXX")
  chmod 755 "$work"  # nginx's workers may run as another user
  : >"$work/pids"
  trap cleanup EXIT
  trap 'exit 130' INT TERM
  # How each side runs: the same command, without or with the shim (and its
  # findings file: with none, a process with findings would print to stderr).
  # shellcheck disable=SC2034 # read through the nameref in under/start_bg
  env_base=()
  # shellcheck disable=SC2034
  env_shim=("LD_PRELOAD=$shim" "PRIVGUARD_REPORT=$work/findings.jsonl")
  rows=$work/rows.tsv
  : >"$rows"
}

# Servers started in the background are recorded here, as "pid start-time"
# (so a pid the system has since given to another process is left alone),
# and stopped here whatever happens: only those, by pid.
starttime() { awk '{ print $22 }' "/proc/$1/stat" 2>/dev/null || true; }
track() { echo "$1 $(starttime "$1")" >>"$work/pids"; }
stop_pid() {
  local pid=$1 i
  # Still the process we started? (it has not exited, nor been replaced)
  if grep -q "^$pid $(starttime "$pid")\$" "$work/pids" 2>/dev/null && kill -TERM "$pid" 2>/dev/null; then
    for ((i = 0; i < 50; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  sed -i "/^$pid /d" "$work/pids"
}
stop_all() { # stop_all [FIRST_LINE]: every tracked server from that line of the list on
  local entries entry
  mapfile -t entries < <(tail -n +"${1:-1}" "$work/pids")
  for entry in "${entries[@]}"; do stop_pid "${entry%% *}"; done
}
cleanup() {
  if [ -f "$work/pids" ]; then stop_all; fi
  if [ "${PRIVGUARD_BENCH_KEEP:-0}" = 1 ]; then log "kept $work"; else rm -rf "$work"; fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

under() { # under base|shim CMD...
  local -n e="env_$1"
  shift
  env "${e[@]}" "$@"
}
start_bg() { # start_bg base|shim LOG CMD...: prints the pid (env execs CMD, so it is CMD's)
  local -n e="env_$1"
  local logf=$2
  shift 2
  env "${e[@]}" "$@" >"$logf" 2>&1 &
  track $!
  echo $!
}

# ------------------------------------------------------------ servers under test

# Set by redis_start and nginx_start (printf -v): the port and pid of each side
# (and of soak's servers: redis_port_soak_redis, ...).
redis_port_base='' redis_port_shim='' redis_pid_base='' redis_pid_shim=''
# shellcheck disable=SC2034 # read as ${!port_var}
nginx_port_base='' nginx_port_shim='' nginx_pid_base='' nginx_pid_shim=''

redis_start() { # redis_start base|shim|HOW (env_HOW): sets redis_port_<how> and redis_pid_<how>
  local how=$1 dir=$work/redis-$1 port pid i
  mkdir -p "$dir"
  port=$(free_port)
  pid=$(start_bg "$how" "$dir/log" redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no \
    --daemonize no --dir "$dir" --logfile '')
  for ((i = 0; i < 100; i++)); do
    if [ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" = PONG ]; then
      printf -v "redis_port_$how" %s "$port"
      printf -v "redis_pid_$how" %s "$pid"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  log "redis-server ($how) did not start: $(tail -3 "$dir/log")"
  return 1
}
rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }

nginx_start() { # nginx_start base|shim|HOW (env_HOW): sets nginx_port_<how> and nginx_pid_<how>
  local how=$1 dir=$work/nginx-$1 port pid i
  mkdir -p "$dir/www" "$dir/tmp"
  # A small static page, like a health check or an API's JSON answer.
  printf '<!DOCTYPE html>\n<html><head><title>privguard bench</title></head><body><p>%s</p></body></html>\n' \
    "$(head -c 400 "$lines" | tr -d '\n"<>&')" >"$dir/www/index.html"
  chmod -R a+rX "$dir"
  port=$(free_port)
  cat >"$dir/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
env LD_PRELOAD;
env PRIVGUARD_REPORT;
events { worker_connections 1024; }
http {
  access_log $dir/access.log;
  client_body_temp_path $dir/tmp/body;
  proxy_temp_path $dir/tmp/proxy;
  fastcgi_temp_path $dir/tmp/fastcgi;
  uwsgi_temp_path $dir/tmp/uwsgi;
  scgi_temp_path $dir/tmp/scgi;
  default_type text/html;
  server {
    listen 127.0.0.1:$port;
    root $dir/www;
  }
}
EOF
  pid=$(start_bg "$how" "$dir/stderr.log" "$nginx_bin" -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log")
  for ((i = 0; i < 100; i++)); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      printf -v "nginx_port_$how" %s "$port"
      printf -v "nginx_pid_$how" %s "$pid"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  log "nginx ($how) did not start: $(tail -3 "$dir/error.log" "$dir/stderr.log" 2>/dev/null)"
  return 1
}

# ------------------------------------------------------------ corpora

make_corpus() { # make_corpus FILE GENERATOR-ARGS...: again only if the generator changed
  local f=$1
  shift
  if [ ! -s "$f" ] || [ "$f" -ot "$gen" ]; then
    log "generating $f"
    "$gen" "$@" "$f.tmp"
    mv "$f.tmp" "$f"
  fi
}
make_real_corpus() { # make_real_corpus FILE GENERATOR-ARGS...: again only if the generator changed
  local f=$1 real_gen=$root/tests/bench/realistic
  shift
  if [ ! -s "$f" ] || [ -n "$(find "$real_gen" -name '*.py' -newer "$f" -print -quit)" ]; then
    log "generating $f"
    python3 "$real_gen/realistic_corpus.py" "$@" "$f.tmp" 2>>"$work/realistic.log"
    mv "$f.tmp" "$f"
  fi
}
make_corpora() { # sets the corpus paths, and notes (warnings under the table)
  local f st
  corpus_dir=$build/corpus
  mkdir -p "$corpus_dir"
  scan_corpus=$corpus_dir/scan-${corpus_mib}.log    # 1 line in 20 with a secret
  clean_corpus=$corpus_dir/clean-${corpus_mib}.log  # none
  lines=$corpus_dir/lines-100.txt                   # 64 clean 100-byte lines
  slice=$corpus_dir/slice-${slice_mib}.log          # secretlint's part of the scan corpus
  make_corpus "$scan_corpus" --mib "$corpus_mib" --dirty-one-in 20
  make_corpus "$clean_corpus" --mib "$corpus_mib" --dirty-one-in 0
  make_corpus "$lines" --lines 64 --line-size 100
  if [ ! -s "$slice" ] || [ "$slice" -ot "$scan_corpus" ]; then
    head -c "$((slice_mib << 20))" "$scan_corpus" >"$slice"
  fi
  # The realistic corpora (tests/bench/realistic, written by a session
  # blind to the rules): clean, and one value in 100 lines.
  real_clean=$corpus_dir/realistic-clean-${corpus_mib}.log
  real_scan=$corpus_dir/realistic-1in100-${corpus_mib}.log
  make_real_corpus "$real_clean" --mib "$corpus_mib"
  make_real_corpus "$real_scan" --mib "$corpus_mib" --values-per-lines 100

  notes=()
  # The clean inputs must be clean, or the "clean write" figures time the
  # findings path. Exit 0 = no finding.
  for f in "$lines" "$clean_corpus" "$real_clean"; do
    st=0
    "$privguard" scan --format json "$f" >"$work/check.jsonl" || st=$?
    if [ "$st" -ne 0 ]; then
      notes+=("**warning:** $(basename "$f") is not clean (privguard scan exit $st, $(wc -l <"$work/check.jsonl") findings): its rows time findings too")
      log "warning: $f has findings (exit $st)"
    fi
  done
}

# ------------------------------------------------------------ statistics

row() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$rows"; }

median() { # numbers on stdin, one a line
  sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) exit 1; print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
col() { awk -v c="$2" '{ print $c }' "$1"; }                  # col FILE N
med() { col "$1" "${2:-1}" | median; }                         # med FILE [N]
ratios() { paste "$1" "$2" | awk -v c="${3:-1}" -v n="$(head -1 "$1" | wc -w)" '{ print $(n + c) / $c }'; }
med_ratio() { ratios "$@" | median; }                          # median of B/A per pair
med_diff() { paste "$1" "$2" | awk -v n="$(head -1 "$1" | wc -w)" '{ print $(n + 1) - $1 }' | median; }
fmt() { awk -v v="$1" -v f="$2" 'BEGIN { printf f, v }'; }     # fmt VALUE PRINTF-FORMAT
gbps() { awk -v v="$1" 'BEGIN { printf (v >= 100 ? "%.0f GB/s" : "%.2f GB/s"), v }'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? "yes" : "**no**" }'; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { print (a >= b) ? "yes" : "**no**" }'; }

# interleave N FILE_A FILE_B FUNC ARGS...: N pairs of `FUNC base ARGS...`
# and `FUNC shim ARGS...`, in the order A B, B A, A B, ...; each call's
# output line is appended to its side's file.
interleave() {
  local n=$1 fa=$2 fb=$3 i
  shift 3
  : >"$fa"
  : >"$fb"
  for ((i = 1; i <= n; i++)); do
    if ((i % 2)); then
      "$1" base "${@:2}" >>"$fa"
      "$1" shim "${@:2}" >>"$fb"
    else
      "$1" shim "${@:2}" >>"$fb"
      "$1" base "${@:2}" >>"$fa"
    fi
  done
}

usec() { echo "${EPOCHREALTIME/./}"; }

# write_latency's KEY=value from its last round.
wl_metric() { # wl_metric base|shim KEY ARGS...
  local how=$1 key=$2 out
  shift 2
  out=$(under "$how" "$wl" "$@" --path "$work/sink.out")
  tail -1 <<<"$out" | tr ' ' '\n' | sed -n "s/^$key=//p" | grep .
}
