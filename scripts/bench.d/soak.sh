# shellcheck shell=bash
# scripts/bench.d/soak.sh: memory over time under the shim. Not in the
# default set; PRIVGUARD_BENCH_ONLY=soak runs it, for PRIVGUARD_SOAK_SECONDS
# (default 600) after a 10 s warm-up.
# Sourced by scripts/bench, which calls fig_soak; the helpers are in common.sh.
#
# redis-server and nginx run twice each, all four at once and under the
# same load: without the shim (the row's baseline: the server's own
# growth) and with it (each with its own findings file). The load:
# redis-benchmark (50 clients) in rounds of clean SET/GET and of SET/GET
# of values with an e-mail address and a card number, without pipelining
# and then with -P 16, again and again; wrk (-t2 -c50) on nginx's static
# page, one request in 20 asking for /?email=...&card=..., which nginx
# writes to its access log. Every
# second the servers' VmRSS goes to soak-rss.tsv (nginx: its worker). One
# row per server: RSS after the warm-up and at the end, and the growth, of
# each side (the shim's growth: at most 1 MiB); the requests the shimmed
# one served in that time, and the findings the shim recorded (the
# warm-up's included), which must not be none: the servers saw values to
# mask.

soak_warmup=10
# Values the default policy finds (example.com and the well-known test
# cards are allowed, so neither is used); __rand_int__ is redis-benchmark's
# placeholder for a random number, in the key and in the address.
soak_value='order 42 for user__rand_int__@mailhost.net paid with 4539 1488 0343 6467'
soak_query='email=user%d@mailhost.net&card=4539-1488-0343-6467'

# soak_redis_load PORT END_USEC LOG: rounds of redis-benchmark until END;
# a TERM stops the redis-benchmark running too.
soak_redis_load() {
  local port=$1 end=$2 logf=$3 child='' p rb
  trap 'if [ -n "$child" ]; then kill "$child" 2>/dev/null; fi; exit 143' TERM
  rb=(redis-benchmark -h 127.0.0.1 -p "$port" -c 50 -q)
  # Runs one redis-benchmark in the background and waits for it, so the
  # trap above is not held up until it ends.
  soak_rb() { "${rb[@]}" "$@" >>"$logf" 2>&1 & child=$!; wait "$child"; }
  while [ "$(usec)" -lt "$end" ]; do
    for p in 1 16; do
      soak_rb -P "$p" -n $((20000 * p)) -t set,get -d 100
      # 1,000 keys: all set during the warm-up, so redis's own data does not grow after it.
      soak_rb -P "$p" -n 2000 -r 1000 SET 'soak:__rand_int__' "$soak_value"
      soak_rb -P "$p" -n 2000 -r 1000 GET 'soak:__rand_int__'
    done
  done
}

soak_lua() { # soak_lua FILE: wrk's script, 1 request in 20 with values in its query string
  cat >"$1" <<EOF
local n = 0
request = function()
  n = n + 1
  if n % 20 == 0 then
    return wrk.format(nil, "/?" .. string.format("$soak_query", n))
  end
  return wrk.format(nil, "/")
end
EOF
}

soak_nginx_worker() { { pgrep -P "$1" || true; } | head -1; } # soak_nginx_worker MASTER_PID (worker_processes 1)
soak_redis_commands() {
  redis-cli -h 127.0.0.1 -p "$1" info stats | tr -d '\r' | sed -n 's/^total_commands_processed://p'
}
mib() { awk -v k="$1" 'BEGIN { printf "%.2f MiB", k / 1024 }'; }

soak_rss() { # soak_rss PID...: their VmRSS in KiB, tab-separated; fails if one is gone
  local pid files=()
  for pid in "$@"; do files+=("/proc/$pid/status"); done
  awk -v n=$# '/^VmRSS:/ { out = out (k++ ? "\t" : "") $2 } END { if (k != n) exit 1; print out }' "${files[@]}" 2>/dev/null
}
growth() { # growth START_KIB END_KIB: "12.34 MiB → 12.40 MiB (+0.06)"
  awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f MiB → %.2f MiB (%+.2f)", a / 1024, b / 1024, (b - a) / 1024 }'
}

fig_soak() {
  local secs=${PRIVGUARD_SOAK_SECONDS:-600}
  [[ $secs =~ ^[1-9][0-9]*$ ]] || { log "PRIVGUARD_SOAK_SECONDS: not a number of seconds: $secs"; return 1; }
  local samples=$work/soak-rss.tsv side pids=() masters=() workers=() loads=() t0 t_start='' end_us next now t i w
  local port_var nport_var
  local start=() end=() rss cmds0 cmds1 lines0 lines1 f_redis f_nginx raw uid access=$work/nginx-soak_nginx_shim/access.log

  # Each server twice, at once and under the same load: without the shim
  # (its own growth) and with it, each shimmed one with its own findings file.
  # shellcheck disable=SC2034 # read through the nameref in start_bg
  env_soak_redis_base=() env_soak_nginx_base=()
  # shellcheck disable=SC2034
  env_soak_redis_shim=("LD_PRELOAD=$shim" "PRIVGUARD_REPORT=$work/soak-redis.jsonl")
  # shellcheck disable=SC2034
  env_soak_nginx_shim=("LD_PRELOAD=$shim" "PRIVGUARD_REPORT=$work/soak-nginx.jsonl")
  : >"$work/soak-redis.jsonl"
  : >"$work/soak-nginx.jsonl"
  chmod 600 "$work/soak-redis.jsonl" "$work/soak-nginx.jsonl"
  for side in base shim; do
    redis_start "soak_redis_$side"
    nginx_start "soak_nginx_$side"
  done
  masters=("$nginx_pid_soak_nginx_base" "$nginx_pid_soak_nginx_shim")
  for i in 0 1; do
    w=$(soak_nginx_worker "${masters[$i]}")
    [ -n "$w" ] || { log "nginx (${masters[$i]}) has no worker"; return 1; }
    workers+=("$w")
  done
  # nginx's worker runs as another user (nobody): the findings file must be its.
  uid=$(awk '/^Uid:/ { print $2 }' "/proc/${workers[1]}/status")
  chown "$uid" "$work/soak-nginx.jsonl"
  # Sampled: redis-server without and with the shim; nginx's worker without and with.
  pids=("$redis_pid_soak_redis_base" "$redis_pid_soak_redis_shim" "${workers[@]}")
  soak_lua "$work/soak.lua"

  t0=$(usec)
  end_us=$((t0 + (soak_warmup + secs) * 1000000))
  log "soak: ${soak_warmup} s warm-up, then ${secs} s; RSS every second into $samples"
  for side in base shim; do
    port_var=redis_port_soak_redis_$side nport_var=nginx_port_soak_nginx_$side
    soak_redis_load "${!port_var}" "$end_us" "$work/soak-redis-benchmark-$side.log" &
    loads+=($!)
    track $!
    wrk -t2 -c50 -d"$((soak_warmup + secs))s" -s "$work/soak.lua" "http://127.0.0.1:${!nport_var}/" \
      >"$work/soak-wrk-$side.out" 2>&1 &
    loads+=($!)
    track $!
  done

  printf '# seconds\tredis_server_base_kib\tredis_server_shim_kib\tnginx_worker_base_kib\tnginx_worker_shim_kib\n' >"$samples"
  next=$t0
  while :; do
    now=$(usec)
    t=$(((now - t0) / 1000000))
    # A server gone (or nginx's worker replaced, which would reset its
    # memory) fails the figure. One awk a second: the machine may be busy.
    rss=$(soak_rss "${pids[@]}") || { log "a server is gone (redis-server ${pids[*]:0:2}, nginx workers ${workers[*]})"; return 1; }
    printf '%d\t%s\n' "$t" "$rss" >>"$samples"
    if [ -z "$t_start" ] && [ "$t" -ge "$soak_warmup" ]; then
      t_start=$t
      read -r -a start < <(tail -1 "$samples")
      cmds0=$(soak_redis_commands "$redis_port_soak_redis_shim")
      lines0=$(wc -l <"$access")
      log "soak: start (${t} s): redis-server $(mib "${start[2]}") (without the shim $(mib "${start[1]}")), nginx worker $(mib "${start[4]}") ($(mib "${start[3]}"))"
    fi
    [ "$now" -lt "$end_us" ] || break
    next=$((next + 1000000))
    now=$(usec)
    if [ "$next" -gt "$now" ]; then
      printf -v i '%d.%06d' $(((next - now) / 1000000)) $(((next - now) % 1000000))
      sleep "$i"
    elif [ "$next" -lt $((now - 1000000)) ]; then
      next=$now # more than a second behind (a busy machine): no burst of samples to catch up
    fi
  done
  for i in "${loads[@]}"; do wait "$i"; done
  # The end: once the load has stopped.
  rss=$(soak_rss "${pids[@]}") || { log "a server is gone (redis-server ${pids[*]:0:2}, nginx workers ${workers[*]})"; return 1; }
  printf '%d\t%s\n' "$((($(usec) - t0) / 1000000))" "$rss" >>"$samples"
  read -r -a end < <(tail -1 "$samples")
  cmds1=$(soak_redis_commands "$redis_port_soak_redis_shim")
  lines1=$(wc -l <"$access")
  log "soak: end (${end[0]} s): redis-server $(mib "${end[2]}") (without the shim $(mib "${end[1]}")), nginx worker $(mib "${end[4]}") ($(mib "${end[3]}"))"
  if [ -n "$out_file" ]; then
    cp "$samples" "${out_file%.md}-soak-rss.tsv"
    log "soak: samples in ${out_file%.md}-soak-rss.tsv"
  fi

  # Requests answered with errors would be a different load than the one described.
  for side in base shim; do
    if grep -q 'Non-2xx' "$work/soak-wrk-$side.out"; then
      log "nginx ($side) answered errors: $(grep 'Non-2xx' "$work/soak-wrk-$side.out")"
      return 1
    fi
    log "soak: wrk ($side): $(grep 'requests in' "$work/soak-wrk-$side.out")"
  done
  # What the shim saw: its findings files, and what it said on stderr.
  f_redis=$(wc -l <"$work/soak-redis.jsonl")
  f_nginx=$(wc -l <"$work/soak-nginx.jsonl")
  log "soak: findings: redis-server $f_redis ($(grep -c '"rule":"email"' "$work/soak-redis.jsonl" || true) e-mail)," \
    "nginx $f_nginx ($(grep -c '"rule":"email"' "$work/soak-nginx.jsonl" || true) e-mail)"
  { grep -h privguard "$work"/redis-soak_*/log "$work"/nginx-soak_*/stderr.log "$work"/nginx-soak_*/error.log 2>/dev/null || true; } |
    sort | uniq -c | head -5 | while read -r line; do log "soak: the shim said: $line"; done
  [ "$f_redis" -gt 0 ] || { log "no findings from redis-server: it saw no values"; return 1; }
  [ "$f_nginx" -gt 0 ] || { log "no findings from nginx: it saw no values"; return 1; }
  raw=$(grep -c '@mailhost\.net' "$access" || true)
  [ "$raw" -eq 0 ] || log "soak: warning: $raw access log lines with an unmasked address"

  row "soak: redis-server, $secs s of redis-benchmark -c 50 (clean SET/GET and SET/GET of values with an e-mail and a card number; plain, then pipelined ×16, in turn): $((cmds1 - cmds0)) commands, $f_redis findings under the shim; VmRSS after a ${soak_warmup} s warm-up → at the end" \
    "$(growth "${start[1]}" "${end[1]}")" "$(growth "${start[2]}" "${end[2]}")" \
    "—" "growth ≤ 1 MiB" "$(le "$((end[2] - start[2]))" 1024)"
  row "soak: nginx, access log on, $secs s of wrk -t2 -c50 (1 request in 20 with an e-mail and a card number in its query string): $((lines1 - lines0)) requests, $f_nginx findings under the shim; its worker's VmRSS after a ${soak_warmup} s warm-up → at the end" \
    "$(growth "${start[3]}" "${end[3]}")" "$(growth "${start[4]}" "${end[4]}")" \
    "—" "growth ≤ 1 MiB" "$(le "$((end[4] - start[4]))" 1024)"
}
