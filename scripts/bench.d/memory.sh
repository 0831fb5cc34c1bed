# shellcheck shell=bash
# scripts/bench.d/memory.sh: the RSS the shim adds to write_latency, and its growth over 10x the writes
# Sourced by scripts/bench, which calls fig_memory; the helpers are in common.sh.

fig_memory() {
  local how out a1 a10 b1 b10
  for how in base shim; do
    out=$(under "$how" "$wl" --sink pipe --input "$scan_corpus" --input-max $((4 << 20)) \
      --count "$rss_count" --rounds 10 --warmup 0 --path "$work/sink.out")
    printf '%s\n' "$out" | sed -n 's/^round=\([0-9]*\) .* rss_kib=\([0-9]*\)$/\1 \2/p' >"$work/rss-$how"
  done
  a1=$(awk '$1 == 1 { print $2 }' "$work/rss-base")
  a10=$(awk '$1 == 10 { print $2 }' "$work/rss-base")
  b1=$(awk '$1 == 1 { print $2 }' "$work/rss-shim")
  b10=$(awk '$1 == 10 { print $2 }' "$work/rss-shim")
  [ -n "$a1" ] && [ -n "$a10" ] && [ -n "$b1" ] && [ -n "$b10" ]
  row "RSS added: write_latency after ${rss_count} writes of log lines (1 in 20 with a secret) to a pipe" \
    "$(awk -v a="$a1" 'BEGIN { printf "%.1f MiB", a / 1024 }')" \
    "$(awk -v a="$a1" -v b="$b1" 'BEGIN { printf "%.1f MiB (+%.1f)", b / 1024, (b - a) / 1024 }')" \
    "$(awk -v a="$a1" -v b="$b1" 'BEGIN { printf "%.2fx", b / a }')" "reported" "—"
  row "RSS growth: the same process after 10× the writes" \
    "$(awk -v a="$a1" -v b="$a10" 'BEGIN { printf "%+.2f MiB", (b - a) / 1024 }')" \
    "$(awk -v a="$b1" -v b="$b10" 'BEGIN { printf "%+.2f MiB", (b - a) / 1024 }')" "—" "≈ 0 (≤ 1 MiB)" \
    "$(le "$((b10 - b1))" 1024)"
}
