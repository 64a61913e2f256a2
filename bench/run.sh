#!/usr/bin/env bash
# usage: bench/run.sh [--quick] [--million] [--runs N] [--only FIGS] [--no-jmh] [--install] [--own-tools] [--own-generator] [--alt-java DIR] [--image DIR] [--work DIR] [--save]
#
# lede's benchmark (bench/README.md): measures lede side by side with newsboat, less and cat
# on generated corpora, interleaved (lede, reference, lede, reference, ...), and prints a Markdown table
# of medians and ratios against the goals, followed by the machine it ran on.
#
#   --quick          3 runs instead of 5, no 100,000-article corpus (P1b and P5 are skipped), short JMH
#   --million        also time the first frame (P1m) and the library complete with a warm index (P0m)
#                    on 1,000,000 articles (about 4.5 GB of files; the first run builds their index:
#                    most of an hour on two cores)
#   --runs N         runs per measurement (default 5)
#   --only FIGS      measure only these figures, comma-separated: P0 (library complete), P0b (the same
#                    on 100,000, index warm), P0c (100,000, first run with no index), P1, P1b, P2
#                    (with P2b, 10,000 vs 10 files), P2c (first run, no index), P3, P4, P5, P5b (the
#                    reader's peak memory), P6, P0i and P1i (P0 and P1 with the release image); the table
#                    shows only their rows (not with --save)
#   --no-jmh         skip the in-process benchmarks (P6: JMH, and the search of the library index)
#   --install        install what is missing (newsboat, less, tmux, GNU time) with apt-get; without it
#                    nothing is installed and the figures that need a missing tool stay empty
#   --own-tools      use bench/lib's tmux scripts even when ../shared/tools has tti.sh/scroll_bytes.sh
#   --own-generator  use bench/gen-corpus.py even when ../shared/tools/mkcorpus.py exists
#   --alt-java DIR   also time P1 with JAVA_HOME=DIR (e.g. a Java 25 JDK, where ./lede uses an AOT cache)
#   --image DIR      time P0i and P1i with this jlink image's bin/lede (target/jlink/lede-*-linux-x86_64 of
#                    an earlier `./mvnw -Pdist package`); without it the run builds the release first
#                    (`./mvnw -B -q -Pdist -DskipTests package`, a few minutes)
#   --work DIR       where corpora and results go (default bench/work; corpora are reused)
#   --save           also write the table and the machine to bench/RESULTS.md and into README.md
#
# Environment: LEDE_SHARED (default <repo>/../shared, or beside the main checkout of a git worktree),
# LEDE_READER_KEYS (keys that bring lede from its first frame to the reader on the long article, default
# "Enter"), LEDE_TUI (a command that stands in for ./lede in the terminal measurements).
set -uo pipefail
args_given="$*"

here=$(dirname "$(readlink -f "$0")")
root=$(dirname "$here")
save=0 quick=0 million=0 runs=5 jmh=1 install=0 own_tools=0 own_gen=0 work="$here/work" alt_java= image= only=
while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=1; runs=3 ;;
    --million) million=1 ;;
    --runs) runs=$2; shift ;;
    --only) only=${2// /}; shift ;;
    --no-jmh) jmh=0 ;;
    --install) install=1 ;;
    --own-tools) own_tools=1 ;;
    --own-generator) own_gen=1 ;;
    --work) work=$2; shift ;;
    --alt-java) alt_java=$2; shift ;;
    --image) image=$2; shift ;;
    --save) save=1 ;;
    -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 1 ;;
  esac
  shift
done
for fig in ${only//,/ }; do
  case $fig in P0 | P0b | P0c | P0i | P1 | P1b | P1i | P2 | P2c | P3 | P4 | P5 | P5b | P6) ;; *) echo "run.sh: --only: no figure '$fig' (P0, P0b, P0c, P0i, P1, P1b, P1i, P2, P2c, P3, P4, P5, P5b, P6)" >&2; exit 1 ;; esac
done
[ -n "$only" ] && [ $save = 1 ] && { echo "run.sh: --save writes the whole table: not with --only" >&2; exit 1; }
want() { [ -z "$only" ] || [[ ",$only," == *",$1,"* ]]; }   # want FIG: is FIG to be measured?

shared=${LEDE_SHARED:-$root/../shared}
if [ -z "${LEDE_SHARED:-}" ] && [ ! -d "$shared" ]; then   # a git worktree: look beside the main checkout
  common=$(git -C "$root" rev-parse --path-format=absolute --git-common-dir 2>/dev/null) &&
    [ -d "${common%/.git}/../shared" ] && shared=$(readlink -f "${common%/.git}/../shared")
fi
reader_keys=${LEDE_READER_KEYS:-Enter}
lede="$root/lede"
# shellcheck disable=SC2206  # LEDE_TUI may hold a command with arguments
tui=(${LEDE_TUI:-$lede})
[ -e "${tui[0]}" ] && tui[0]=$(readlink -f "${tui[0]}")   # measurements run from the work folder
mkdir -p "$work"
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
work=$(readlink -f "$work")
results="$work/results.tsv"
notes="$work/notes.txt"
: >"$results"; : >"$notes"
log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
note() { printf '%s\n' "$*" >>"$notes"; log "note: $*"; }
record() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$results"; }   # metric subject value

# ---- tools -----------------------------------------------------------------------------------------
missing=()
for tool in tmux less newsboat; do command -v "$tool" >/dev/null || missing+=("$tool"); done
[ -x /usr/bin/time ] || missing+=(time)   # GNU time: peak RSS without the measuring Python's own
if [ ${#missing[@]} -gt 0 ]; then
  if [ $install = 0 ]; then
    log "missing: ${missing[*]} (bench/run.sh --install installs them with apt-get)"
  elif command -v apt-get >/dev/null; then
    log "installing ${missing[*]} with apt-get"
    sudo_=; [ "$(id -u)" = 0 ] || sudo_=sudo
    $sudo_ apt-get install -y "${missing[@]}" >"$work/apt.log" 2>&1 || note "apt-get install ${missing[*]} failed (see $work/apt.log)"
  else
    note "--install: no apt-get here to install ${missing[*]}"
  fi
fi
have() { command -v "$1" >/dev/null; }
have tmux || { echo "run.sh: tmux is needed for the terminal measurements" >&2; exit 4; }
have python3 || { echo "run.sh: python3 is needed" >&2; exit 4; }
have newsboat || note "newsboat is not installed: its columns stay empty"

if [ $own_tools = 0 ] && [ -x "$shared/tools/tti.sh" ] && [ -x "$shared/tools/scroll_bytes.sh" ]; then
  tti="$shared/tools/tti.sh" sbytes="$shared/tools/scroll_bytes.sh" tools="../shared/tools (tti.sh, scroll_bytes.sh)"
else
  tti="$here/lib/tti.sh" sbytes="$here/lib/scroll-bytes.sh" tools="bench/lib (tti.sh, scroll-bytes.sh)"
fi
if [ $own_gen = 0 ] && [ -f "$shared/tools/mkcorpus.py" ]; then
  generator="mkcorpus.py"
else
  generator="gen-corpus.py"
fi
log "timing with $tools; corpora from $generator; $runs runs each; results in $work"

log "building lede (first run only)"
"$lede" --version >/dev/null || { echo "run.sh: ./lede does not build or start" >&2; exit 2; }

# The release image (P0i, P1i): what a download runs, bin/lede of the jlink image with its own Java
# runtime and the AOT cache trained when it was built (docs/releasing.md). It keeps its index, first
# screen and so on in a cache folder of its own, so an image built from other sources never makes
# ./lede's index be rebuilt, nor the other way round.
img=()
if want P0i || want P1i; then
  if [ -z "$image" ]; then
    log "building the release image (./mvnw -Pdist package: a few minutes)"
    if (cd "$root" && ./mvnw -B -q -Pdist -DskipTests package) >"$work/image-build.log" 2>&1; then
      image=$(find "$root/target/jlink" -mindepth 1 -maxdepth 1 -type d -name 'lede-*-linux-x86_64' 2>/dev/null | head -1)
    else
      note "P0i, P1i skipped: the release build failed (see $work/image-build.log)"
    fi
  fi
  if [ -n "$image" ]; then
    image=$(readlink -f "$image")
    image_java=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$image/release" 2>/dev/null)
    if [ ! -x "$image/bin/lede" ]; then
      note "P0i, P1i skipped: $image has no bin/lede (not a jlink image of lede)"
    elif [ ! -s "$image/lib/app/lede.aot" ]; then
      note "P0i, P1i skipped: $image (Java ${image_java:-unknown}) has no lib/app/lede.aot (the release build trains it only on Java 25 or later, with util-linux's script: docs/releasing.md)"
    else
      img=(env XDG_CACHE_HOME="$work/image-cache" "$image/bin/lede")
      note "P0i, P1i: the release image $image, Java $image_java, lede.aot $(du -h "$image/lib/app/lede.aot" | cut -f1)"
    fi
  fi
fi

# ---- corpora ---------------------------------------------------------------------------------------
corpus() {   # corpus N [RSS]: makes $work/cN (and the RSS file) once per generator
  local n=$1 rss=${2:-} dir="$work/c$1" stamp="$work/c$1.done"
  if [ "$(cat "$stamp" 2>/dev/null)" = "$generator $n ${rss:+rss}" ]; then return 0; fi
  log "generating $n articles with $generator"
  rm -rf "$dir"
  if [ $generator = mkcorpus.py ]; then
    python3 "$shared/tools/mkcorpus.py" --n "$n" --out "$dir" ${rss:+--rss "$rss"} >/dev/null || return 1
  else
    python3 "$here/gen-corpus.py" --n "$n" --out "$dir" ${rss:+--rss "$rss"} || return 1
  fi
  echo "$generator $n ${rss:+rss}" >"$stamp"
}
corpus 10 || exit 1
corpus 10000 "$work/feed10k.xml" || exit 1
if [ $quick = 0 ] && { want P0b || want P0c || want P1b || want P5 || want P5b; }; then corpus 100000 || exit 1; fi
[ $million = 1 ] && { corpus 1000000 || exit 1; }
want P3 && [ ! -f "$work/long.txt" ] && python3 "$here/gen-corpus.py" --n 1 --out "$work/long.d" --long "$work/long.txt"

# The first frame counts when the first headline shows: its first words (about 20 characters).
first_headline() { python3 - "$1" "${2:-1}" "${3:-22}" <<'EOF'
import os, sys
d, nth, width = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
name = sorted(f for f in os.listdir(d) if not f.startswith("."))[nth - 1]
line = open(os.path.join(d, name), encoding="utf-8").readline().strip()
cut = line[:width]
print(cut[:cut.rfind(" ")] if " " in cut else cut)
EOF
}
marker10k=$(first_headline "$work/c10000")
marker10=$(first_headline "$work/c10")
# The last headline of the first screenful (38 list rows at 120x40), long enough to be the only match.
marker10k_full=$(first_headline "$work/c10000" 38 40)
[ -f "$work/long.txt" ] && marker_long=$(head -c 200 "$work/long.txt" | python3 -c 'import sys; s=sys.stdin.read()[:22]; print(s[:s.rfind(" ")])')
channel=$(grep -o -m1 '<title>[^<]*</title>' "$work/feed10k.xml" | sed 's/<[^>]*>//g')
[ "$marker10k" = "$marker10" ] || note "the 10- and 10,000-article corpora start with different headlines ('$marker10' / '$marker10k')"

# newsboat gets the same 10,000 items from its own cache, primed offline from a file:// feed
if have newsboat && { want P0 || want P0i || want P1 || want P1i || want P4; }; then
  mkdir -p "$work/nb"
  echo "file://$work/feed10k.xml" >"$work/nb/urls10k"
  if [ ! -s "$work/nb/cache10k.db" ] || [ "$work/feed10k.xml" -nt "$work/nb/cache10k.db" ]; then
    log "priming newsboat's cache from feed10k.xml"
    rm -f "$work/nb/cache10k.db"
    newsboat -u "$work/nb/urls10k" -c "$work/nb/cache10k.db" -C /dev/null -x reload >/dev/null 2>&1 ||
      note "newsboat could not load feed10k.xml"
  fi
fi
newsboat_cmd=(newsboat -u "$work/nb/urls10k" -c "$work/nb/cache10k.db" -C /dev/null)

# Is the interactive reader there yet? (Until it is, `lede DIR` in a terminal prints the list and exits.)
# shellcheck source=lib/tmux-common.sh
. "$here/lib/tmux-common.sh"
interactive=1
if want P0 || want P0b || want P0c || want P0i || want P1 || want P1b || want P1i || want P3 || want P4 || want P5b; then
  tmx_start probe "${tui[@]}" "$work/c10" && tmx_go && sleep 4
  if tmx_dead; then interactive=0; log "lede exited by itself in a terminal (no interactive reader in this build): its first-frame and byte figures are skipped"; fi
  tmx_quit q; tmx_stop
fi

# ---- measurements ----------------------------------------------------------------------------------
tti_once() {   # tti_once METRIC SUBJECT MARKER CMD...: one run of the time to first frame (+ peak RSS)
  tti_with "$tti" -- "$@"
}
complete_once() {   # complete_once METRIC SUBJECT MARKER GONE CMD...: MARKER on screen and GONE off it
  local gone=$4
  # only our tti.sh can wait for text to leave the screen
  tti_with "$here/lib/tti.sh" -g "$gone" -- "$1" "$2" "$3" "${@:5}"
}
tti_with() {   # tti_with TTI [TTI_OPTIONS...] -- METRIC SUBJECT MARKER CMD...
  local tool=(); while [ "$1" != -- ]; do tool+=("$1"); shift; done; shift
  local metric=$1 subject=$2 marker=$3 out; shift 3
  if [ "$1" = "${tui[0]}" ] && [ $interactive = 0 ]; then record "$metric" "$subject" NA; return; fi
  if out=$(cd "$work" && "${tool[@]}" -t "${tti_timeout:-120}" -m "$marker" q -- "$@" 2>>"$work/errors.log" | grep -v '^#' | tail -1) && [ -n "$out" ]; then
    set -- $out
    record "$metric" "$subject" "$1"; record "${metric}_rss" "$subject" "${2:-NA}"
  else
    record "$metric" "$subject" NA
  fi
}
proc_once() {   # proc_once LIMIT_S METRIC SUBJECT CMD...: wall time, peak RSS and CPU time of a whole process
  local limit=$1 metric=$2 subject=$3 out; shift 3
  out=$("$here/lib/proctime.py" --timeout "$limit" "$@" 2>>"$work/errors.log") || out="NA NA 1"
  set -- $out
  case $2 in *'*') note "no GNU time: peak RSS figures include the measuring Python's ~14 MiB" ;; esac
  if [ "${3:-1}" = 0 ]; then
    record "$metric" "$subject" "$1"; record "${metric}_rss" "$subject" "${2%'*'}"; record "${metric}_cpu" "$subject" "${4:-NA}"
  elif [ "${3:-}" = timeout ]; then record "$metric" "$subject" NA; note "$metric: $subject took over $limit s and was stopped"; return 1
  else record "$metric" "$subject" NA; fi
}
cat_files() {   # cat_files METRIC: cat of the 10,000-file corpus, P2's and P2c's reference
  # GNU cat (coreutils 9.1) allocates a 128 KiB buffer per file, which glibc maps and unmaps each time; on
  # these virtual machines that mmap/munmap pair costs 45 µs a file or more once other processes run, about
  # half of cat's time (docs/performance.md, "The bench table, read"). With glibc's mapping threshold above the buffer, cat keeps its
  # buffer on the heap and its time is reading the files.
  (cd "$work" && names=(c10000/*) && proc_once 300 "$1" cat env GLIBC_TUNABLES=glibc.malloc.mmap_threshold=4194304 cat -- "${names[@]}")
}
reader_peak() {   # reader_peak METRIC SUBJECT MARKER DIR: the reader's peak RSS (KiB) over a session
  # The library complete, then 5 s more (links, stories and resolutions are built and stored after it),
  # then q: the peak of a whole short session, taken by GNU time when the reader exits.
  local metric=$1 subject=$2 marker=$3 dir=$4 out="$work/peak.rss"
  if [ $interactive = 0 ] || [ ! -x /usr/bin/time ]; then record "$metric" "$subject" NA; return; fi
  rm -f "$out"
  tmx_start peak /usr/bin/time -f %M -o "$out" "${tui[@]}" "$dir" || { record "$metric" "$subject" NA; return; }
  tmx_go
  if tmx_wait_for "$marker" 600 2>>"$work/errors.log" && tmx_wait_gone "(loading…)" 600 2>>"$work/errors.log"; then
    sleep 5
    tmx_quit q
  fi
  tmx_stop
  if [ -s "$out" ] && tail -1 "$out" | grep -qx '[0-9]*'; then record "$metric" "$subject" "$(tail -1 "$out")"; else record "$metric" "$subject" NA; fi
}
bytes_once() {   # bytes_once METRIC SUBJECT [scroll options...] MARKER -- CMD...
  local metric=$1 subject=$2 out v; shift 2
  if [ "$subject" = lede ] && [ $interactive = 0 ]; then record "$metric" "$subject" NA; return; fi
  out=$(cd "$work" && "$sbytes" "$@" 2>>"$work/errors.log" | tail -1)
  v=$(printf '%s\n' "$out" | grep -o 'bytes_per_step_mean=[0-9.]*' | cut -d= -f2)
  record "$metric" "$subject" "${v:-NA}"
}

p0_image() { [ ${#img[@]} -gt 0 ] && want P0i; }
if want P0 || p0_image; then
  # The reader's library is complete when "(loading…)" leaves its title: every headline listed, related
  # headlines resolved, search over every body. newsboat's list is complete at its first frame.
  # P0i: the same with the release image, in the same rounds.
  log "P0: library complete, lede on 10,000 files vs newsboat's first frame of the same items"
  [ "$tti" = "$here/lib/tti.sh" ] || note "P0 is timed with bench/lib/tti.sh (-g waits for \"(loading…)\" to leave the screen)"
  if want P0; then
    complete_once warm lede "$marker10k" "(loading…)" "${tui[@]}" "$work/c10000"
    "$lede" list "$work/c10000" > /dev/null   # resolutions stored, as for P0b below
  fi
  if p0_image; then
    complete_once warm image "$marker10k" "(loading…)" "${img[@]}" "$work/c10000"
    "${img[@]}" list "$work/c10000" > /dev/null
  fi
  have newsboat && tti_once warm newsboat "$channel" "${newsboat_cmd[@]}"
  for ((r = 1; r <= runs; r++)); do
    want P0 && complete_once P0 lede "$marker10k" "(loading…)" "${tui[@]}" "$work/c10000"
    have newsboat && tti_once P0 newsboat "$channel" "${newsboat_cmd[@]}"
    p0_image && complete_once P0i image "$marker10k" "(loading…)" "${img[@]}" "$work/c10000"
  done
fi

if [ $quick = 0 ] && want P0b; then
  # The index is warm after the first run; the library is complete once the index is listed (README).
  log "P0b: library complete, lede on 100,000 files, index warm"
  tti_timeout=600 complete_once warm lede100k "$marker10" "(loading…)" "${tui[@]}" "$work/c100000"   # builds the index once
  # The reader stores what the related headlines resolved to once its library is complete; the timing
  # tool ends it at that moment, before the store is done. `lede list` stores them before it exits, as a
  # reader left open for a few seconds would: "warm" is an index a previous session finished with.
  "$lede" list "$work/c100000" > /dev/null
  for ((r = 1; r <= runs; r++)); do complete_once P0b lede100k "$marker10" "(loading…)" "${tui[@]}" "$work/c100000"; done
fi

if [ $quick = 0 ] && want P0c; then
  # A first run: no index (a cache folder of its own, emptied before each run), every file parsed and stored.
  log "P0c: library complete, lede on 100,000 files, first run with no index (slow: minutes)"
  for ((r = 1; r <= (runs < 3 ? runs : 3); r++)); do
    rm -rf "$work/cold-cache"
    tti_timeout=600 complete_once P0c lede100k "$marker10" "(loading…)" env XDG_CACHE_HOME="$work/cold-cache" "${tui[@]}" "$work/c100000"
  done
  rm -rf "$work/cold-cache"
fi

p1_image() { [ ${#img[@]} -gt 0 ] && want P1i; }
if want P1 || p1_image; then
  log "P1: first frame, lede on 10,000 files vs newsboat on the same 10,000 items"
  # Warm as a previous session left it: its library complete, so the first screen is kept (docs/performance.md, "Start-up").
  want P1 && complete_once warm lede "$marker10k" "(loading…)" "${tui[@]}" "$work/c10000"
  p1_image && complete_once warm image "$marker10k" "(loading…)" "${img[@]}" "$work/c10000"
  have newsboat && tti_once warm newsboat "$channel" "${newsboat_cmd[@]}"
  alt=()
  if [ -n "$alt_java" ]; then
    if [ -x "$alt_java/bin/java" ]; then
      alt=(env JAVA_HOME="$alt_java" "${tui[@]}")
      note "P1 with JAVA_HOME=$alt_java: $("$alt_java/bin/java" -version 2>&1 | head -1)"
      tti_once warm lede_alt "$marker10k" "${alt[@]}" "$work/c10000"   # writes its start-up cache
    else
      note "--alt-java $alt_java has no bin/java: skipped"
    fi
  fi
  for ((r = 1; r <= runs; r++)); do
    want P1 && tti_once P1 lede "$marker10k" "${tui[@]}" "$work/c10000"
    have newsboat && tti_once P1 newsboat "$channel" "${newsboat_cmd[@]}"
    p1_image && tti_once P1i image "$marker10k" "${img[@]}" "$work/c10000"
    [ ${#alt[@]} -gt 0 ] && tti_once P1 lede_alt "$marker10k" "${alt[@]}" "$work/c10000"
    want P1 && tti_once P1full lede "$marker10k_full" "${tui[@]}" "$work/c10000"
  done
fi

if [ $quick = 0 ] && want P1b; then
  log "P1b: first frame, lede on 100,000 vs 10 articles"
  complete_once warm lede100k "$marker10" "(loading…)" "${tui[@]}" "$work/c100000"
  complete_once warm lede10 "$marker10" "(loading…)" "${tui[@]}" "$work/c10"
  for ((r = 1; r <= runs; r++)); do
    tti_once P1b lede100k "$marker10" "${tui[@]}" "$work/c100000"
    tti_once P1b lede10 "$marker10" "${tui[@]}" "$work/c10"
  done
fi
if [ $million = 1 ] && want P1b; then
  # A warm index first, as for P0b: the first run parses and stores every file (most of an hour), the
  # reader stores the listing once its library is complete, `lede list` the resolutions.
  log "1,000,000 articles: warming the index (a first run builds it)"
  "$lede" list "$work/c1000000" > /dev/null 2>>"$work/errors.log"
  tti_timeout=1800 complete_once warm lede1m "$marker10" "(loading…)" "${tui[@]}" "$work/c1000000"
  "$lede" list "$work/c1000000" > /dev/null 2>>"$work/errors.log"
  log "P1m, P0m: first frame and library complete on 1,000,000 articles, index warm"
  for ((r = 1; r <= runs; r++)); do
    tti_once P1m lede1m "$marker10" "${tui[@]}" "$work/c1000000"
    tti_timeout=600 complete_once P0m lede1m "$marker10" "(loading…)" "${tui[@]}" "$work/c1000000"
    want P1b || tti_once P1b lede10 "$marker10" "${tui[@]}" "$work/c10"
  done
fi

if want P2; then
  # Both commands are timed alike: from the work folder, on the same relative folder, by the same
  # wrapper (proctime.py, stdout to /dev/null), each after one untimed run of its own so the page cache
  # is warm for both. cat gets the names already expanded, as a shell hands them over: no shell start
  # and no glob inside its timed region, so the reference is at its fastest.
  log "P2: lede list vs cat on 10,000 files"
  p2_lede() { (cd "$work" && proc_once 300 "$1" lede "$lede" list c10000); }
  p2_cat() { cat_files "$1"; }
  p2_lede10() { (cd "$work" && proc_once 300 "$1" lede10 "$lede" list c10); }
  p2_lede warm; p2_cat warm; p2_lede10 warm
  for ((r = 1; r <= runs; r++)); do
    p2_lede P2 || break
    p2_cat P2
    p2_lede10 P2b   # P2b: the same command on 10 files; its 10,000 side is P2's lede
  done
fi

if want P2c; then
  # A first run: a cache folder of its own, emptied before each run, so every file is parsed and indexed.
  log "P2c: lede list on 10,000 files with no index (first run) vs cat"
  p2c_lede() { rm -rf "$work/p2c-cache"; (cd "$work" && proc_once 300 "$1" lede env XDG_CACHE_HOME="$work/p2c-cache" "$lede" list c10000); }
  p2c_cat() { cat_files "$1"; }
  p2c_cat warm
  for ((r = 1; r <= runs; r++)); do
    p2c_lede P2c || break
    p2c_cat P2c
  done
  rm -rf "$work/p2c-cache"
fi

byte_runs=$((runs < 3 ? runs : 3))
if want P3; then
  log "P3: bytes per one-line scroll, lede's reader vs less"
  for ((r = 1; r <= byte_runs; r++)); do
    # shellcheck disable=SC2086
    # -M reading: the steps start once the reader's status shows (its open can end in two frames, and a
    # quiet gap between them let the article's whole first screen count as the first step: 142 vs 215 B).
    bytes_once P3 lede -n 30 -k j -q Q -p "$reader_keys" -M reading "$marker_long" -- "${tui[@]}" "$work/long.txt"
    bytes_once P3 less -n 30 -k j "$marker_long" -- less "$work/long.txt"
  done

  # Not a goal row: the same scroll in the reader beside a full list (side by side, 120 columns), where no
  # scroll region fits the reader pane alone, so each line rewrites the pane. --no-state: the article opens
  # at its top, not where an earlier run left it (perhaps its end, where j scrolls nothing).
  bytes_once P3split lede -n 20 -k j -q Q -p Enter -M reading "$marker10k" -- "${tui[@]}" --no-state "$work/c10000"
fi

if want P4; then
  log "P4: bytes per list step, lede vs newsboat"
  for ((r = 1; r <= byte_runs; r++)); do
    bytes_once P4 lede -n 40 -k j "$marker10k" -- "${tui[@]}" "$work/c10000"
    have newsboat && bytes_once P4 newsboat -n 40 -k Down -q 'q q' -p Enter -M 'Articles in feed' "$channel" -- "${newsboat_cmd[@]}"
  done
fi

if [ $quick = 0 ] && want P5; then
  log "P5: peak RSS of lede list, 100,000 vs 10 articles"
  for ((r = 1; r <= runs; r++)); do
    proc_once 300 P5 lede100k "$lede" list "$work/c100000" || break   # one timeout is enough
    proc_once 300 P5 lede10 "$lede" list "$work/c10"
    proc_once 300 P5_stories lede100k "$lede" stories "$work/c100000"
    proc_once 300 P5_stories lede10 "$lede" stories "$work/c10"
  done
fi

if [ $quick = 0 ] && want P5b; then
  log "P5b: peak RSS of the reader, 100,000 vs 10 articles (library complete, then 5 s)"
  reader_peak warm lede100k "$marker10" "$work/c100000"
  for ((r = 1; r <= runs; r++)); do
    reader_peak P5b lede100k "$marker10" "$work/c100000"
    reader_peak P5b lede10 "$marker10" "$work/c10"
  done
fi

if [ $jmh = 1 ] && want P6; then
  rm -f "$work/jmh.json"
  log "P6: JMH (key to frame on 100,000 articles, search keystrokes over 10,000 bodies)"
  if (cd "$root" && ./mvnw -B -q -Pbench -DskipTests test-compile &&
      ./mvnw -B -q -o -Pbench dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile=target/bench.classpath) >"$work/jmh-build.log" 2>&1; then
    opts=(); [ $quick = 1 ] && opts=(-wi 2 -w 1 -i 3 -r 1)
    (cd "$root" && java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
      org.openjdk.jmh.Main "${opts[@]}" -rf json -rff "$work/jmh.json" 'dev.lede.bench.*') >"$work/jmh.log" 2>&1 ||
      note "JMH failed (see $work/jmh.log)"
  else
    note "the JMH benchmarks did not build with -Pbench (see $work/jmh-build.log)"
  fi
fi

if [ $jmh = 1 ] && want P6; then
  # The reader's search of the library index, each keystroke of corpus words typed letter by letter; the
  # index is built once, in a cache of its own, by `lede list` as a first start would.
  if [ ! -d "$work/c100000" ]; then
    note "P6 index search skipped: no 100,000-article corpus (not made with --quick)"
  elif [ ! -s "$root/target/bench.classpath" ]; then
    note "P6 index search skipped: no test classpath (see $work/jmh-build.log)"
  else
    log "P6: search keystrokes through the library index, 100,000 bodies"
    XDG_CACHE_HOME="$work/search-cache" "$lede" list "$work/c100000" > /dev/null
    if (cd "$root" && java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
        dev.lede.io.index.IndexSearchBench "$work/c100000" "$work/search-cache" "$work/search.tsv") >"$work/search.log" 2>&1 &&
        [ -s "$work/search.tsv" ]; then
      while IFS=$'\t' read -r letters _ median p99 _; do
        printf 'P6_search_median\t%s\t%s\nP6_search_p99\t%s\t%s\n' "$letters" "$median" "$letters" "$p99" >>"$results"
      done <"$work/search.tsv"
    else
      note "P6 index search failed or skipped (see $work/search.log)"
    fi
  fi
fi

[ $jmh = 0 ] && want P6 && [ -s "$work/jmh.json" ] && note "P6 comes from an earlier JMH run ($(date -r "$work/jmh.json" '+%Y-%m-%d %H:%M'))"
[ -n "${LEDE_TUI:-}" ] && note "terminal figures (P1, P1b, P3, P4) taken with LEDE_TUI=$LEDE_TUI instead of ./lede"

# ---- report ----------------------------------------------------------------------------------------
machine() {
  local cpu mem
  cpu=$(awk -F': ' '/^model name/{print $2; exit}' /proc/cpuinfo 2>/dev/null)
  mem=$(awk '/^MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo 2>/dev/null)
  echo "- CPU: ${cpu:-unknown}, $(nproc) cores; RAM $mem; $(. /etc/os-release 2>/dev/null; echo "${PRETTY_NAME:-$(uname -s)}"), kernel $(uname -r)"
  echo "- $(java -version 2>&1 | head -1); $(tmux -V); less $(less --version 2>/dev/null | head -1 | awk '{print $2}'); $(newsboat --version 2>/dev/null | head -1 | awk '{print $1, $2}')"
  echo "- load average before / after: $load_before / $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- lede $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown), $(date -u +%Y-%m-%d); corpora by $generator; terminal timing by $tools; $runs runs, interleaved"
}
{
  python3 "$here/lib/report.py" "$results" "$work/jmh.json" "$notes" "$interactive" "$only"
  echo
  machine
} | tee "$work/report.md"
if [ $save = 1 ]; then
  { echo "# Latest benchmark results"; echo
    echo "Produced by \`bench/run.sh $args_given\` (see [README.md](README.md) for what each figure means)."; echo
    cat "$work/report.md"; } >"$here/RESULTS.md"
  python3 "$here/lib/readme-table.py" "$work/report.md" "$root/README.md" && log "wrote the table into README.md"
  log "wrote bench/RESULTS.md"
fi
