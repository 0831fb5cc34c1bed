# shellcheck shell=bash
# scripts/bench.d/scan.sh: privguard scan against ripgrep and secretlint
# Sourced by scripts/bench, which calls fig_scan; the helpers are in common.sh.

# ripgrep's equivalent of the default policy: its 13 rules that stand on
# their own pattern (no context, no validator), in Rust regex syntax:
# email, credit card, US SSN, phone, IBAN, AWS key id, GitHub, GitLab and
# Slack tokens, Stripe and Google API keys, JWT, PEM private key header.
# ripgrep has no Luhn, mod-97 or range checks, so it reports more.
write_rg_patterns() {
  cat >"$1" <<'EOF'
[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}\b
\b(?:4[0-9]{3}(?:[ -]?[0-9]{4}){3}(?:[ -]?[0-9]{3})?|(?:5[1-5][0-9]{2}|2[2-7][0-9]{2})(?:[ -]?[0-9]{4}){3}|3[47][0-9]{2}[ -]?[0-9]{6}[ -]?[0-9]{5}|3(?:0[0-5]|[689][0-9])[0-9](?:[ -]?[0-9]{6}[ -]?[0-9]{4}|(?:[ -]?[0-9]{4}){3})|(?:6(?:011|5[0-9]{2}|4[4-9][0-9]|2[0-9]{2})|35(?:2[89]|[3-8][0-9]))(?:[ -]?[0-9]{4}){3}(?:[ -]?[0-9]{1,3})?)\b
\b[0-9]{3}(?:-[0-9]{2}-| [0-9]{2} )[0-9]{4}\b
(?:\+[1-9](?:[ .-]?\(?[0-9]\)?){7,14}|(?:\+1[ .-]?|\b1[-.])?(?:\([0-9]{3}\) ?|\b[0-9]{3}[-.])[0-9]{3}[-.][0-9]{4}|\b0[1-9][0-9]{1,3}[ -][0-9]{3,4}[ -]?[0-9]{3,4})\b
\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b
\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z2-7]{16}\b
\b(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{82})\b
\bglpat-[A-Za-z0-9_-]{20}
\bxox[abposr]-[0-9]+-[A-Za-z0-9-]{10,}
\b(?:sk|rk)_live_[A-Za-z0-9]{24,}
\bAIza[A-Za-z0-9_-]{35}
\beyJ[A-Za-z0-9_-]{6,}\.eyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{8,}
-----BEGIN[A-Z0-9 ]{0,20} PRIVATE KEY-----
EOF
}

# timed OUT MAX_OK_STATUS CMD...: prints "wall_seconds cpu_seconds"; the
# command's exit status must be at most MAX_OK_STATUS (1 = "found something").
timed() {
  local out=$1 max=$2 t0 t1 st=0
  shift 2
  t0=$(usec)
  /usr/bin/time -f '%U %S' -o "$work/time.txt" "$@" >"$out" 2>"$work/timed.err" || st=$?
  t1=$(usec)
  if [ "$st" -gt "$max" ]; then
    log "$1 exited $st: $(tail -3 "$work/timed.err")"
    return 1
  fi
  awk -v us=$((t1 - t0)) 'END { print us / 1e6, $(NF - 1) + $NF }' "$work/time.txt"
}
fig_scan() {
  local pg=$work/pg rg=$work/rg sl=$work/sl pats=$work/patterns.txt i bytes sbytes r_rg r_sl cores_pg cores_rg
  write_rg_patterns "$pats"
  printf '{"rules": [{"id": "@secretlint/secretlint-rule-preset-recommend"}]}\n' >"$work/secretlintrc.json"
  cat "$scan_corpus" "$slice" >/dev/null # page cache
  : >"$pg"
  : >"$rg"
  : >"$sl"
  run_pg() { timed /dev/null 1 "$privguard" scan --format json "$scan_corpus" >>"$pg"; }
  run_rg() { timed "$work/rg.out" 1 rg --count-matches -f "$pats" "$scan_corpus" >>"$rg"; }
  run_sl() {
    timed "$work/sl.out" 1 "$secretlint" --secretlintrc "$work/secretlintrc.json" --format compact "$slice" >>"$sl"
  }
  for ((i = 0; i < scan_rounds; i++)); do
    case $((i % 3)) in
      0) run_pg; run_rg; run_sl ;;
      1) run_rg; run_sl; run_pg ;;
      2) run_sl; run_pg; run_rg ;;
    esac
  done
  [ "$(cat "$work/rg.out")" -gt 0 ] || { log "ripgrep found nothing"; return 1; }
  [ -s "$work/sl.out" ] || { log "secretlint found nothing"; return 1; }
  bytes=$(stat -c %s "$scan_corpus")
  sbytes=$(stat -c %s "$slice")
  # per round: privguard's rate over the other's
  r_rg=$(paste "$pg" "$rg" | awk '{ print $3 / $1 }' | median)
  r_sl=$(paste "$pg" "$sl" | awk -v n="$bytes" -v s="$sbytes" '{ print (n / $1) / (s / $3) }' | median)
  cores_pg=$(awk '{ print $2 / $1 }' "$pg" | median)
  cores_rg=$(awk '{ print $2 / $1 }' "$rg" | median)
  gbps() { awk -v n="$2" -v s="$(med "$1")" -v c="$3" 'BEGIN { printf "%.2f GB/s, %.1f cores", n / s / 1e9, c }'; }
  row "scan ${corpus_mib} MiB of logs (1 line in 20 with a secret): vs ripgrep, 13 patterns" \
    "$(gbps "$rg" "$bytes" "$cores_rg")" "$(gbps "$pg" "$bytes" "$cores_pg")" "$(fmt "$r_rg" '%.2fx')" \
    "> 1x, 2 cores" "$(awk -v r="$r_rg" -v c="$cores_pg" 'BEGIN { print (r > 1 && c >= 1.5) ? "yes" : "**no**" }')"
  local sl_note="secretlint on a ${slice_mib} MiB slice"
  if [ "$sbytes" -lt "$bytes" ]; then sl_note+=", GB/s extrapolated"; fi
  row "scan: vs secretlint, recommended preset ($sl_note)" \
    "$(awk -v n="$sbytes" -v s="$(med "$sl")" 'BEGIN { printf "%.3f GB/s", n / s / 1e9 }')" \
    "$(gbps "$pg" "$bytes" "$cores_pg")" "$(fmt "$r_sl" '%.1fx')" "≥ 5x" "$(ge "$r_sl" 5)"

  # The realistic corpus, one value in 100 lines: privguard against ripgrep.
  cat "$real_scan" >/dev/null
  : >"$pg"
  : >"$rg"
  run_pg() { timed /dev/null 1 "$privguard" scan --format json "$real_scan" >>"$pg"; }
  run_rg() { timed "$work/rg.out" 1 rg --count-matches -f "$pats" "$real_scan" >>"$rg"; }
  for ((i = 0; i < scan_rounds; i++)); do
    if ((i % 2)); then run_rg; run_pg; else run_pg; run_rg; fi
  done
  bytes=$(stat -c %s "$real_scan")
  r_rg=$(paste "$pg" "$rg" | awk '{ print $3 / $1 }' | median)
  cores_pg=$(awk '{ print $2 / $1 }' "$pg" | median)
  cores_rg=$(awk '{ print $2 / $1 }' "$rg" | median)
  row "scan ${corpus_mib} MiB of realistic logs (1 line in 100 with a value): vs ripgrep, 13 patterns" \
    "$(gbps "$rg" "$bytes" "$cores_rg")" "$(gbps "$pg" "$bytes" "$cores_pg")" "$(fmt "$r_rg" '%.2fx')" \
    "≥ 3x, 2 cores" "$(awk -v r="$r_rg" -v c="$cores_pg" 'BEGIN { print (r >= 3 && c >= 1.5) ? "yes" : "**no**" }')"
}
