# shellcheck shell=bash
# scripts/bench.d/write1m.sh: 1 MiB writes of clean log text, generated and
# realistic, to /dev/null and a pipe (write_latency)
# Sourced by scripts/bench, which calls fig_write1m; the helpers are in common.sh.

fig_write1m() {
  local sink name text corpus a=$work/a b=$work/b r
  for text in generated realistic; do
    case $text in
      generated) corpus=$clean_corpus ;;
      realistic) corpus=$real_clean ;;
    esac
    for sink in null pipe; do
      case $sink in
        null) name='/dev/null (which copies nothing)' ;;
        pipe) name='a pipe (drained)' ;;
      esac
      interleave "$w1m_pairs" "$a" "$b" wl_metric gb_per_s \
        --sink "$sink" --input "$corpus" --chunk 1048576 --count "$w1m_count" --warmup 4
      r=$(med_ratio "$a" "$b")
      row "write 1 MiB of $text log text → $name" "$(gbps "$(med "$a")")" "$(gbps "$(med "$b")")" \
        "$(fmt "$r" '%.2fx')" "≥ 2 GB/s" "$(ge "$(med "$b")" 2)"
    done
  done
}
