#!/usr/bin/env bash
# usage: tti.sh [-n RUNS] [-m] [-t TIMEOUT_S] [-g GONE] 'MARKER' 'QUITKEYS' -- CMD [ARGS...]
#
# Time to first frame: starts CMD in a private 120x40 tmux, takes the start time inside the pane just
# before exec, polls the screen until MARKER shows, prints the milliseconds (one line per run). With -m
# each line also has the peak RSS (VmHWM, KiB) and the CPU time (ms) of CMD at that moment.
# With -g GONE the clock stops later: once MARKER has shown, when GONE is no longer on the screen (for
# "the library is complete": the first headline is there and "(loading…)" has left the title). That
# wait polls every 20 ms, since each look starts a tmux client and a tighter loop would take CPU from
# CMD for seconds on a 2-core machine; TIMEOUT_S covers both waits.
# Polling costs a few ms per look, so each figure is late by up to about 8 ms (25 ms with -g).
# Exit: 0 ok, 1 usage, 2 timeout, 3 CMD exited first, 4 tmux error. (bench/run.sh uses
# ../shared/tools/tti.sh instead when it exists, except with -g; the output is the same.)
set -u
here=$(dirname "$(readlink -f "$0")")
. "$here/tmux-common.sh"

runs=1 mem=0 timeout=30 gone=
while getopts ":n:mt:g:" o; do
  case $o in n) runs=$OPTARG ;; m) mem=1 ;; t) timeout=$OPTARG ;; g) gone=$OPTARG ;; *) sed -n 2p "$0" >&2; exit 1 ;; esac
done
shift $((OPTIND - 1))
[ $# -ge 4 ] && [ "$3" = -- ] || { sed -n 2p "$0" >&2; exit 1; }
marker=$1 quit=$2; shift 3
command -v tmux >/dev/null || { echo "tti.sh: tmux is not installed" >&2; exit 4; }
trap 'tmx_stop' EXIT
trap 'exit 130' INT TERM

tick=$(getconf CLK_TCK)
for ((r = 1; r <= runs; r++)); do
  tmx_start "tti$r" "$@" || exit 4
  tmx_go
  usec started
  tmx_wait_for "$marker" "$timeout"; rc=$?
  if [ $rc -eq 0 ] && [ -n "$gone" ]; then
    usec now
    tmx_wait_gone "$gone" "$((timeout - (now - started) / 1000000))"; rc=$?
  fi
  usec t1
  [ $rc -eq 0 ] || exit $rc
  extra=
  if [ $mem = 1 ]; then
    hwm=$(awk '/^VmHWM:/{print $2}' "/proc/$PID/status" 2>/dev/null)
    # fields 14 and 15 (utime, stime) counted from after the ')' that ends the command name
    cpu=$(sed 's/.*) //' "/proc/$PID/stat" | awk -v t="$tick" '{printf "%.0f", ($12 + $13) * 1000 / t}')
    extra=" ${hwm:-?} ${cpu:-?}"
  fi
  t0=$(<"$TMPD/t0"); t0=${t0/[.,]/}
  awk -v a="$((10#$t0))" -v b="$t1" -v x="$extra" 'BEGIN{printf "%.1f%s\n", (b - a) / 1000, x}'
  # shellcheck disable=SC2086  # several quit keys separated by spaces
  tmx_quit $quit
  tmx_stop
done
