#!/usr/bin/env bash
# usage: scroll-bytes.sh [-n STEPS] [-k KEY] [-p 'PREKEYS'] [-M MARKER2] [-q 'QUITKEYS'] 'MARKER' -- CMD [ARGS...]
#
# Bytes written to the terminal per key step (what would cross an SSH link): starts CMD in a private
# 120x40 tmux, records its output with `tmux pipe-pane -O`, waits for MARKER and quiet output, sends
# PREKEYS (each followed by quiet) and waits for MARKER2, then sends KEY STEPS times, each time waiting
# for output to start (up to 1 s) and then for 60 ms of quiet, so steps never coalesce. Prints
#   first_screen_bytes=F steps=N bytes_per_step_mean=M step_median=D zero_steps=Z
# (bench/run.sh uses ../shared/tools/scroll_bytes.sh instead when it exists; same key fields.)
set -u
here=$(dirname "$(readlink -f "$0")")
. "$here/tmux-common.sh"

steps=20 key=j pre= marker2= quit=q timeout=30
while getopts ":n:k:p:M:q:t:" o; do
  case $o in
    n) steps=$OPTARG ;; k) key=$OPTARG ;; p) pre=$OPTARG ;; M) marker2=$OPTARG ;; q) quit=$OPTARG ;;
    t) timeout=$OPTARG ;; *) sed -n 2p "$0" >&2; exit 1 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 3 ] && [ "$2" = -- ] || { sed -n 2p "$0" >&2; exit 1; }
marker=$1; shift 2
command -v tmux >/dev/null || { echo "scroll-bytes.sh: tmux is not installed" >&2; exit 4; }
trap 'tmx_stop' EXIT
trap 'exit 130' INT TERM

size() { stat -c %s "$TMPD/out" 2>/dev/null || echo 0; }

settle() {   # settle [BEFORE]: with BEFORE (the size before a key), first waits up to 1 s for the
             # output to pass it; then waits for 60 ms without output; prints the size
  local s now changed start last
  last=$(size); usec start; changed=$start
  if [ $# -gt 0 ]; then
    while [ "$last" = "$1" ]; do
      sleep 0.002; last=$(size); usec now
      (( now - start > 1000000 )) && break
    done
    usec changed
  fi
  while :; do
    sleep 0.005
    s=$(size); usec now
    if [ "$s" != "$last" ]; then last=$s; changed=$now; elif (( now - changed >= 60000 )); then break; fi
  done
  echo "$last"
}

tmx_start sb "$@" || exit 4
: >"$TMPD/out"
tmux -L "$SRV" pipe-pane -O -t m "exec cat >>'$TMPD/out'" || exit 4
tmx_go
tmx_wait_for "$marker" "$timeout" || exit $?
first=$(settle); prev=$first
for k in $pre; do tmx_keys "$k"; prev=$(settle "$prev"); done
if [ -n "$marker2" ]; then tmx_wait_for "$marker2" "$timeout" || exit $?; prev=$(settle); fi
base=$prev zero=0 all=()
for ((i = 1; i <= steps; i++)); do
  tmx_keys "$key"
  now=$(settle "$prev")
  all+=($((now - prev))); [ "$now" = "$prev" ] && zero=$((zero + 1))
  prev=$now
done
tmx_dead && { echo "scroll-bytes.sh: the command exited during the steps" >&2; exit 3; }
median=$(printf '%s\n' "${all[@]}" | sort -n | awk '{a[NR]=$1} END{print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
echo "first_screen_bytes=$first steps=$steps bytes_per_step_mean=$(awk -v s=$((prev - base)) -v n="$steps" 'BEGIN{printf "%.1f", s/n}') step_median=$median zero_steps=$zero"
# shellcheck disable=SC2086
tmx_quit $quit
