# shellcheck shell=bash
# scripts/bench.d/nginx.sh: nginx serving a static page, access log on (wrk)
# Sourced by scripts/bench, which calls fig_nginx; the helpers are in common.sh.

wrk_rps() { # wrk_rps base|shim SECONDS: prints requests/s
  local port_var=nginx_port_$1 out
  out=$(wrk -t2 -c50 -d"$2"s "http://127.0.0.1:${!port_var}/")
  if grep -q 'Non-2xx' <<<"$out"; then
    log "nginx ($1) answered errors: $(grep 'Non-2xx' <<<"$out")"
    return 1
  fi
  awk '/^Requests\/sec:/ { print $2; found = 1 } END { if (!found) exit 1 }' <<<"$out"
}
fig_nginx() {
  local a=$work/a b=$work/b r
  nginx_start base
  nginx_start shim
  wrk_rps base 1 >/dev/null # warm-up
  wrk_rps shim 1 >/dev/null
  interleave "$nginx_pairs" "$a" "$b" wrk_rps "$nginx_secs"
  r=$(med_ratio "$a" "$b")
  row "nginx: static page, access log on (wrk -t2 -c50, ${nginx_secs} s)" \
    "$(fmt "$(med "$a")" '%.0f req/s')" "$(fmt "$(med "$b")" '%.0f req/s')" \
    "$(fmt "$r" '%.3fx')" "≥ 0.95x" "$(ge "$r" 0.95)"
  stop_pid "$nginx_pid_base"
  stop_pid "$nginx_pid_shim"
}
