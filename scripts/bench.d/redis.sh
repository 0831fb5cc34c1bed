# shellcheck shell=bash
# scripts/bench.d/redis.sh: redis-server under redis-benchmark load, plain and pipelined, and its RSS
# Sourced by scripts/bench, which calls fig_redis; the helpers are in common.sh.

redis_rps() { # redis_rps base|shim N [-P 16]: prints "SET GET" requests/s
  local port_var=redis_port_$1 out
  out=$(redis-benchmark -h 127.0.0.1 -p "${!port_var}" -t set,get -c 50 -n "$2" "${@:3}" -q --csv)
  awk -F'"' '$2 == "SET" { s = $4 } $2 == "GET" { g = $4 } END { if (s == "" || g == "") exit 1; print s, g }' <<<"$out"
}
fig_redis() {
  local a=$work/a b=$work/b c name r p n
  redis_start base
  redis_start shim
  redis-benchmark -h 127.0.0.1 -p "$redis_port_base" -t set,get -c 50 -n 10000 -q >/dev/null # warm-up
  redis-benchmark -h 127.0.0.1 -p "$redis_port_shim" -t set,get -c 50 -n 10000 -q >/dev/null
  for p in 1 16; do
    n=$redis_n
    if [ "$p" = 16 ]; then n=$redis_n_pipelined; fi
    interleave "$redis_pairs" "$a" "$b" redis_rps "$n" -P "$p"
    for c in 1 2; do
      name=$([ "$c" = 1 ] && echo SET || echo GET)
      r=$(med_ratio "$a" "$b" "$c")
      row "redis-server: $name, 50 clients$([ "$p" = 16 ] && echo ", pipelined ×16") (redis-benchmark)" \
        "$(fmt "$(med "$a" "$c")" '%.0f req/s')" "$(fmt "$(med "$b" "$c")" '%.0f req/s')" \
        "$(fmt "$r" '%.3fx')" "≥ 0.95x" "$(ge "$r" 0.95)"
    done
  done
  local ra rb
  ra=$(rss_kib "$redis_pid_base")
  rb=$(rss_kib "$redis_pid_shim")
  row "RSS added: redis-server after the runs above" "$(awk -v a="$ra" 'BEGIN { printf "%.1f MiB", a / 1024 }')" \
    "$(awk -v a="$ra" -v b="$rb" 'BEGIN { printf "%.1f MiB (+%.1f)", b / 1024, (b - a) / 1024 }')" \
    "$(awk -v a="$ra" -v b="$rb" 'BEGIN { printf "%.2fx", b / a }')" "reported" "—"
  stop_pid "$redis_pid_base"
  stop_pid "$redis_pid_shim"
}
