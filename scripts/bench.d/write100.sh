# shellcheck shell=bash
# scripts/bench.d/write100.sh: 100-byte writes to /dev/null, a pipe, a file and loopback TCP (write_latency)
# Sourced by scripts/bench, which calls fig_write100; the helpers are in common.sh.

fig_write100() {
  local sink name target a=$work/a b=$work/b r
  for sink in null pipe file tcp; do
    case $sink in
      null) name='/dev/null' target=1.5 ;;
      pipe) name='a pipe (drained)' target=1.2 ;;
      file) name='a file' target=1.2 ;;
      tcp) name='loopback TCP (drained)' target=1.2 ;;
    esac
    interleave "$w100_pairs" "$a" "$b" wl_metric ns_per_write \
      --sink "$sink" --input "$lines" --count "$w100_count"
    r=$(med_ratio "$a" "$b")
    row "write 100 B → $name" "$(fmt "$(med "$a")" '%.0f ns')" "$(fmt "$(med "$b")" '%.0f ns')" \
      "$(fmt "$r" '%.2fx')" "≤ ${target}x" "$(le "$r" "$target")"
  done
}
