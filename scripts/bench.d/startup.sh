# shellcheck shell=bash
# scripts/bench.d/startup.sh: process start-up, and start-up with a first write to a pipe (hyperfine)
# Sourced by scripts/bench, which calls fig_startup; the helpers are in common.sh.

# One pair of hyperfine runs, base and shim in the given order; prints the
# two medians (seconds) as "base shim". The command is run through `env`
# on both sides (which execs it), so only LD_PRELOAD differs.
startup_pair() { # startup_pair ORDER(0|1) OUTPUT(null|pipe) CMD
  local order=$1 output=$2 cmd=$3 csv=$work/hyperfine.csv first second
  first="env $cmd" second="env LD_PRELOAD='$shim' $cmd"
  if [ "$order" = 1 ]; then first="env LD_PRELOAD='$shim' $cmd" second="env $cmd"; fi
  hyperfine -N --style none --output="$output" -w 5 -r "$start_runs" --export-csv "$csv" \
    "$first" "$second" >/dev/null 2>>"$work/hyperfine.err"
  awk -F, -v o="$order" 'NR == 2 { x = $4 } NR == 3 { y = $4 } END { if (o == 1) print y, x; else print x, y }' "$csv"
}
fig_startup() {
  local i a=$work/a b=$work/b pairs=$work/pairs added r what output cmd
  for what in true echo; do
    case $what in
      true) output=null cmd=/bin/true ;;
      echo) output=pipe cmd="/bin/echo started" ;;
    esac
    : >"$pairs"
    for ((i = 0; i < start_pairs; i++)); do startup_pair $((i % 2)) "$output" "$cmd" >>"$pairs"; done
    col "$pairs" 1 >"$a"
    col "$pairs" 2 >"$b"
    added=$(med_diff "$a" "$b")
    r=$(med_ratio "$a" "$b")
    row "start-up$([ "$what" = echo ] && echo " and a first write"): \`$cmd\`$([ "$what" = echo ] && echo " to a pipe") ×$((start_pairs * start_runs)) (hyperfine)" \
      "$(awk -v v="$(med "$a")" 'BEGIN { printf "%.2f ms", v * 1000 }')" \
      "$(awk -v v="$(med "$b")" -v d="$added" 'BEGIN { printf "%.2f ms (+%.2f)", v * 1000, d * 1000 }')" \
      "$(fmt "$r" '%.2fx')" "≤ +1 ms" "$(le "$added" 0.001)"
  done
}
