# shellcheck shell=bash
# scripts/bench.d/cat.sh: cat of the cached clean corpus to /dev/null: memory bandwidth, for reference
# Sourced by scripts/bench, which calls fig_cat; the helpers are in common.sh.

cat_secs() { # cat_secs base|shim FILE
  local t0 t1
  t0=$(usec)
  under "$1" cat "$2" >/dev/null
  t1=$(usec)
  echo "$((t1 - t0))e-6"
}
fig_cat() {
  local a=$work/a b=$work/b bytes r
  cat "$clean_corpus" >/dev/null # page cache
  interleave "$cat_pairs" "$a" "$b" cat_secs "$clean_corpus"
  bytes=$(stat -c %s "$clean_corpus")
  r=$(med_ratio "$b" "$a") # rates: A's time over B's
  row "cat ${corpus_mib} MiB (cached) → /dev/null: memory bandwidth, for reference" \
    "$(gbps "$(awk -v s="$(med "$a")" -v n="$bytes" 'BEGIN { print n / s / 1e9 }')")" \
    "$(gbps "$(awk -v s="$(med "$b")" -v n="$bytes" 'BEGIN { print n / s / 1e9 }')")" \
    "$(fmt "$r" '%.2fx')" "—" "—"
}
