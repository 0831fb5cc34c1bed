# shellcheck shell=bash
# scripts/bench.d/writesize.sh: the cost per byte of one write by its size,
# 4 KiB to 16 MiB, of generated and realistic clean log text to /dev/null
# under the shim (write_latency)
# Sourced by scripts/bench, which calls fig_writesize; the helpers are in common.sh.

fig_writesize() {
  local text corpus size count a=$work/a b=$work/b first last r
  for text in generated realistic; do
    case $text in
      generated) corpus=$clean_corpus ;;
      realistic) corpus=$real_clean ;;
    esac
    first='' last=''
    for size in 4096 65536 1048576 16777216; do
      count=$(((wsize_mib << 20) / size))
      interleave "$wsize_pairs" "$a" "$b" wl_metric gb_per_s \
        --sink null --input "$corpus" --chunk "$size" --count "$count" --warmup 1
      r=$(med_ratio "$a" "$b")
      row "write $((size >> 10)) KiB of $text log text → /dev/null" "$(gbps "$(med "$a")")" \
        "$(gbps "$(med "$b")")" "$(fmt "$r" '%.4fx')" "—" "—"
      [ -n "$first" ] || first=$(med "$b")
      last=$(med "$b")
    done
    # Cost per byte grows by the rate's fall: 4 KiB's rate over 16 MiB's.
    r=$(awk -v f="$first" -v l="$last" 'BEGIN { print f / l }')
    row "cost per byte, 16 MiB writes ÷ 4 KiB writes, $text text, under the shim" "—" "—" \
      "$(fmt "$r" '%.2fx')" "≤ 1.3x" "$(le "$r" 1.3)"
  done
}
