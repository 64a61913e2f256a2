#!/usr/bin/env bash
# usage: bench/fetch.sh [--runs N] [--feeds N] [--items N] [--work DIR]
#
# Fetching subscriptions, lede beside newsboat (bench/README.md, "Fetching"): one local HTTP server on
# 127.0.0.1 serves FEEDS RSS feeds of ITEMS items each (default 200 × 50); the same urls file is given to
# `lede fetch` (as its subscription list) and to `newsboat -x reload`. Each run times a first fetch into
# empty state and a second fetch with nothing new (the server answers 304 to both, as it sends
# Last-Modified and honours If-Modified-Since). Runs interleave lede and newsboat; the table gives
# medians of wall time and peak RSS, and their ratios. newsboat runs with its defaults (one reload thread).
#
#   --runs N    repetitions (default 3)
#   --feeds N   feeds (default 200)
#   --items N   items per feed (default 50)
#   --work DIR  where the feeds, state and raw results go (default bench/work/fetch)
set -uo pipefail

here=$(dirname "$(readlink -f "$0")")
root=$(dirname "$here")
runs=3 feeds=200 items=50 work="$here/work/fetch"
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift ;;
    --feeds) feeds=$2; shift ;;
    --items) items=$2; shift ;;
    --work) work=$2; shift ;;
    -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "fetch.sh: unknown option $1 (see --help)" >&2; exit 1 ;;
  esac
  shift
done

if ! command -v newsboat >/dev/null; then
  echo "fetch.sh: newsboat is not installed, and this benchmark measures lede against newsboat -x reload; stopping" >&2
  echo "fetch.sh: install it (apt-get install newsboat) and run again" >&2
  exit 1
fi
command -v python3 >/dev/null || { echo "fetch.sh: needs python3 (the feed server and the timer)" >&2; exit 1; }
"$root/lede" --version >/dev/null || { echo "fetch.sh: lede did not build" >&2; exit 1; }

mkdir -p "$work"
www="$work/www-$feeds-$items"
if [ ! -f "$www/.complete" ]; then
  rm -rf "$www"
  python3 - "$www" "$feeds" "$items" <<'PY'
import os, sys, datetime
folder, feeds, items = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
os.makedirs(folder)
words = ("harbour council ferry tide budget quay storm vote lock barge market school bridge river "
         "festival library station museum weather election").split()
start = datetime.datetime(2026, 11, 1, tzinfo=datetime.timezone.utc)
for f in range(feeds):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>',
           f'<title>Bench feed {f}</title><link>http://127.0.0.1/{f}/</link><description>feed {f}</description>']
    for i in range(items):
        when = (start + datetime.timedelta(minutes=37 * i + f)).strftime("%a, %d %b %Y %H:%M:%S +0000")
        text = " ".join(words[(f * 7 + i * 3 + k) % len(words)] for k in range(40))
        body = "".join(f"<p>Paragraph {p} of item {i}: {text}.</p>" for p in range(4))
        out.append(f"<item><title>Item {i} of feed {f}: the {words[(f + i) % len(words)]} story</title>"
                   f"<link>http://127.0.0.1/{f}/{i}.html</link><guid isPermaLink=\"false\">bench-{f}-{i}</guid>"
                   f"<pubDate>{when}</pubDate><description><![CDATA[{body}]]></description></item>")
    out.append("</channel></rss>\n")
    with open(os.path.join(folder, f"feed{f:03d}.xml"), "w") as file:
        file.write("\n".join(out))
open(os.path.join(folder, ".complete"), "w").close()
PY
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
server_log="$work/server.log"
python3 -m http.server --bind 127.0.0.1 --directory "$www" "$port" >"$server_log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null' EXIT
for _ in $(seq 50); do
  python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null && break
  sleep 0.1
done

urls="$work/urls"
: >"$urls"
for ((f = 0; f < feeds; f++)); do printf 'http://127.0.0.1:%s/feed%03d.xml\n' "$port" "$f" >>"$urls"; done

results="$work/results.txt"
: >"$results"
statuses() {   # the status codes the server logged since line $1: "200×N 304×M"
  tail -n +"$1" "$server_log" | grep -o '" [0-9][0-9][0-9] ' | sort | uniq -c | awk '{printf "%s×%s ", $3, $1}'
}
measure() {    # measure NAME PHASE CMD...: one timed run, its line in results.txt
  local name=$1 phase=$2 from
  shift 2
  from=$(($(wc -l <"$server_log") + 1))
  read -r wall rss code cpu < <(python3 "$here/lib/proctime.py" "$@")
  echo "$name $phase $wall $rss $code $cpu $(statuses "$from")" | tee -a "$results"
}

for ((run = 1; run <= runs; run++)); do
  lede_home="$work/lede-home" boat_home="$work/newsboat-home"
  rm -rf "$lede_home" "$boat_home"
  mkdir -p "$lede_home/config/lede" "$boat_home"
  cp "$urls" "$lede_home/config/lede/subscriptions"
  lede_env=(env HOME="$lede_home" XDG_CONFIG_HOME="$lede_home/config" XDG_DATA_HOME="$lede_home/data"
    XDG_STATE_HOME="$lede_home/state" XDG_CACHE_HOME="$lede_home/cache")
  boat=(env HOME="$boat_home" newsboat -x reload -u "$urls" -c "$boat_home/cache.db" -C /dev/null)
  measure lede first "${lede_env[@]}" "$root/lede" fetch
  measure newsboat first "${boat[@]}"
  measure lede second "${lede_env[@]}" "$root/lede" fetch
  measure newsboat second "${boat[@]}"
done

python3 - "$results" "$feeds" "$items" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
feeds, items = sys.argv[2], sys.argv[3]
def median(name, phase, column):
    return statistics.median(float(r[column]) for r in rows if r[0] == name and r[1] == phase)
print(f"\n{feeds} feeds × {items} items, {len([r for r in rows if r[0] == 'lede' and r[1] == 'first'])} runs, medians")
print("| Fetch | lede wall | newsboat wall | ratio | lede peak RSS | newsboat peak RSS | ratio |")
print("|---|---|---|---|---|---|---|")
for phase in ("first", "second"):
    lw, nw = median("lede", phase, 2), median("newsboat", phase, 2)
    lr, nr = median("lede", phase, 3), median("newsboat", phase, 3)
    print(f"| {phase} | {lw / 1000:.2f} s | {nw / 1000:.2f} s | {lw / nw:.2f} × | {lr / 1024:.0f} MiB | {nr / 1024:.0f} MiB | {lr / nr:.2f} × |")
bad = [r for r in rows if r[4] != "0"]
if bad:
    print("\nruns that did not exit 0:", *(" ".join(r) for r in bad), sep="\n  ")
PY
echo
echo "raw results (name phase wall_ms peak_rss_kib exit cpu_ms server statuses): $results"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
