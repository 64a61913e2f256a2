# Shared helpers for bench/lib/tti.sh and bench/lib/scroll-bytes.sh (sourced, not run).
# Each measurement runs in its own tmux server (private socket, fixed size, TERM=xterm-256color, no
# status line); only that server and the measured command's process group are ever stopped.

COLS=${COLS:-120} ROWS=${ROWS:-40}

# microseconds since the epoch, without a fork
usec() { local t=${EPOCHREALTIME/[.,]/}; printf -v "$1" '%d' "$((10#$t))"; }

tmx_start() {   # tmx_start NAME CMD... : starts CMD held at a gate; sets SRV, PID, TMPD
  SRV="lede-bench-$$-$1"; shift
  TMPD=$(mktemp -d "/tmp/lede-bench.XXXXXX")
  printf 'set -g status off\nset -g default-terminal xterm-256color\nset -g escape-time 0\nset -g remain-on-exit on\nset -g default-size %sx%s\n' \
    "$COLS" "$ROWS" >"$TMPD/conf"
  mkfifo "$TMPD/gate"
  # the pane waits at the gate, stamps its start time, then becomes CMD
  tmux -L "$SRV" -f "$TMPD/conf" new-session -d -s m -x "$COLS" -y "$ROWS" -c "$PWD" -- \
    bash -c 'read -r _ <"$1/gate"; echo "$EPOCHREALTIME" >"$1/t0"; shift; exec "$@"' gate "$TMPD" "$@" || return 4
  PID=$(tmux -L "$SRV" display-message -p -t m '#{pane_pid}') || return 4
}

tmx_go() { echo go >"$TMPD/gate"; }

tmx_screen() { tmux -L "$SRV" capture-pane -p -t m 2>/dev/null; }

tmx_dead() { [ "$(tmux -L "$SRV" display-message -p -t m '#{pane_dead}' 2>/dev/null)" != 0 ]; }

tmx_keys() { tmux -L "$SRV" send-keys -t m "$@"; }

tmx_wait_for() {   # tmx_wait_for MARKER TIMEOUT_S: 0 seen, 2 timeout, 3 command exited
  local start now screen
  usec start
  while :; do
    screen=$(tmx_screen)
    [[ $screen == *"$1"* ]] && return 0
    if tmx_dead; then echo "bench: the command exited before '$1' showed:" >&2; tmx_screen | sed '/^$/d' | head -15 >&2; return 3; fi
    usec now
    if (( now - start > $2 * 1000000 )); then
      echo "bench: '$1' did not show within $2 s; the screen was:" >&2; printf '%s\n' "$screen" | sed '/^$/d' | head -15 >&2
      return 2
    fi
    sleep 0.004
  done
}

tmx_wait_gone() {   # tmx_wait_gone TEXT TIMEOUT_S: 0 once TEXT is off the screen, 2 timeout, 3 exited
  local start now screen
  usec start
  while :; do
    screen=$(tmx_screen)
    [ -n "$screen" ] && [[ $screen != *"$1"* ]] && return 0
    if tmx_dead; then echo "bench: the command exited while '$1' still showed" >&2; return 3; fi
    usec now
    if (( now - start > $2 * 1000000 )); then
      echo "bench: '$1' still showed after $2 s; the screen was:" >&2; printf '%s\n' "$screen" | sed '/^$/d' | head -15 >&2
      return 2
    fi
    sleep 0.02
  done
}

tmx_quit() {   # tmx_quit KEYS...: sends the quit keys, gives the command 3 s to exit
  local i
  [ $# -gt 0 ] && tmx_keys "$@" 2>/dev/null
  for ((i = 0; i < 150; i++)); do tmx_dead && return 0; sleep 0.02; done
  echo "bench: note: the command did not exit on '$*'; stopping it" >&2
}

tmx_stop() {
  if [ -n "${SRV:-}" ]; then
    tmux -L "$SRV" kill-server 2>/dev/null
    rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$SRV"   # the socket file of our own server
  fi
  if [ -n "${PID:-}" ] && kill -0 "$PID" 2>/dev/null; then
    kill -TERM -- "-$PID" 2>/dev/null; sleep 0.2; kill -KILL -- "-$PID" 2>/dev/null
  fi
  [ -n "${TMPD:-}" ] && rm -rf "$TMPD"
  SRV= PID= TMPD=
}
