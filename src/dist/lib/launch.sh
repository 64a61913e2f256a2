# shellcheck shell=sh
# Sourced by bin/lede of both downloads and by ./lede in a checkout, which set $home (the installation), $java (the Java to run),
# $major (its feature version, empty when unknown), $jar (lede's own jar) and $classpath, and the jlink
# image also $shipped_aot and $shipped_batch_aot (the AOT caches trained when it was built, for the reader
# and for the other commands; the files may be absent). Starts lede with the flags that suit a terminal UI
# and a start-up cache of its classes.

# The cache: on Java 25 and later an AOT cache (classes loaded and linked, with profiles), on older ones
# a class-data sharing archive. One per installation and Java, under $XDG_CACHE_HOME/lede/startup/ (the
# installation may be read-only), at a path that mirrors both, so naming it costs no process. It counts
# only while it is newer than lede's jar and the java binary: an upgraded lede or JDK gets a fresh one
# instead of a stale one the JVM would silently ignore. The first reader run in a terminal writes it at
# exit (its classes are the ones worth caching), the first library command its own; later runs start from them.
cache_root=${XDG_CACHE_HOME:-${HOME:+$HOME/.cache}}
cache_opts=
startup_cache=$cache_root/lede/startup$home$java
case $startup_cache in *[[:space:]]*) cache_root= ;; esac   # the paths go into options: no spaces
case ${shipped_aot:-}${shipped_batch_aot:-} in *[[:space:]]*) shipped_aot= shipped_batch_aot= ;; esac
if [ -n "${LEDE_NO_STARTUP_CACHE:-}" ]; then
  :
elif [ -n "${shipped_aot:-}" ] && [ -f "$shipped_aot" ]; then
  # Trained with this very runtime and jars; should the JVM still find it unusable, it runs without it.
  # Two caches, as the JVM preloads every class its cache holds: a command (a subcommand, --version,
  # --help, or no terminal on stdout, where lede prints instead) starts from the one trained by
  # `lede list`, the reader from the one trained by a reader run (docs/releasing.md).
  shipped=$shipped_aot
  [ -t 1 ] || shipped=${shipped_batch_aot:-$shipped_aot}
  for arg in "$@"; do
    case $arg in -V | --version | -h | --help | list | show | export | stories | subscribe | unsubscribe | subscriptions | import | fetch | prune) shipped=${shipped_batch_aot:-$shipped_aot} ;; esac
  done
  [ -f "$shipped" ] || shipped=$shipped_aot
  cache_opts="-Xlog:cds=off -Xlog:cds+dynamic=off -Xlog:aot=off -XX:AOTCache=$shipped"
elif [ -n "$cache_root" ]; then
  # A reader run: no options and no subcommand (or only '-' for stdin), on a terminal lede can draw on.
  reader_run=yes
  case ${TERM:-dumb} in dumb) reader_run= ;; esac
  for arg in "$@"; do
    case $arg in -) ;; -* | list | show | export | stories | subscribe | unsubscribe | subscriptions | import | fetch | prune) reader_run= ;; esac
  done
  # A library command (list, show, export, stories) keeps a cache of its own, written by the first one: the
  # JVM maps every class a cache holds, and a reader run's lacks the index's and the walk's classes, since the
  # reader lists an unchanged library from its kept listing before SQLite opens. With its own, `lede list` of
  # 10,000 unchanged files took 0.18 s against 0.20 s (docs/releasing.md). Other commands, and lede printing
  # where it has no terminal, start from it too, or from the reader's while there is none.
  fresh_cache() { [ "$1" -nt "$jar" ] && [ "$1" -nt "$java" ]; }
  # Written only into a folder lede can write (a JVM told to write its archive where it cannot refuses to
  # start) and where there is room for it (the caches are 5-25 MB; 64 MB asked): a JVM that cannot write
  # its archive at exit exits 1 and says so on stdout, under the command's own output. One df, only on a
  # run that would write the cache.
  room_for_cache() {
    free_kib=$(df -Pk "$1" 2>/dev/null | { read -r _ && read -r _ _ _ kib _ && echo "$kib"; })
    [ "${free_kib:-0}" -ge 65536 ] 2>/dev/null
  }
  library_command=
  for arg in "$@"; do
    case $arg in list | show | export | stories) library_command=yes ;; esac
  done
  if [ -n "$reader_run" ] && [ -t 1 ]; then
    own_cache=$startup_cache write_cache=yes
  else
    own_cache=$startup_cache.batch write_cache=$library_command
  fi
  if fresh_cache "$own_cache.aot"; then
    cache_opts="-Xlog:cds=off -Xlog:cds+dynamic=off -Xlog:aot=off -XX:AOTCache=$own_cache.aot"
  elif fresh_cache "$own_cache.jsa"; then
    cache_opts="-Xlog:cds=off -Xlog:cds+dynamic=off -XX:SharedArchiveFile=$own_cache.jsa"
  elif [ -n "$write_cache" ] && mkdir -p "${startup_cache%/*}" 2>/dev/null && [ -w "${startup_cache%/*}" ] \
    && room_for_cache "${startup_cache%/*}"; then
    # Named again for lede, which makes its folder again at exit should the cache folder go meanwhile.
    rm -f "$own_cache.aot" "$own_cache.jsa"
    if [ "${major:-0}" -ge 25 ] 2>/dev/null; then
      cache_opts="-Xlog:cds=off -Xlog:cds+dynamic=off -Xlog:aot=off -XX:AOTCacheOutput=$own_cache.aot -Dlede.startup-cache=$own_cache.aot"
    else
      cache_opts="-Xlog:cds=off -Xlog:cds+dynamic=off -XX:ArchiveClassesAtExit=$own_cache.jsa -Dlede.startup-cache=$own_cache.jsa"
    fi
  elif fresh_cache "$startup_cache.aot"; then
    cache_opts="-Xlog:cds=off -Xlog:cds+dynamic=off -Xlog:aot=off -XX:AOTCache=$startup_cache.aot"
  elif fresh_cache "$startup_cache.jsa"; then
    cache_opts="-Xlog:cds=off -Xlog:cds+dynamic=off -XX:SharedArchiveFile=$startup_cache.jsa"
  fi
fi

# Huge pages for the heap where the kernel gives them when asked (transparent huge pages in "madvise" or
# "always" mode; read with a builtin, no process): a page touched for the first time costs a fault, about
# 13 µs for each 4 KiB here, one 2 MiB page a fault for 512 of them. The first frame and the library
# complete on 10,000 articles came sooner, for about 4 MiB more memory at the first frame (docs/performance.md, "Start-up").
# No performance-data file in /tmp (-XX:-UsePerfData): only jps and jstat read it (jcmd PID works without),
# and keeping it up cost the start time too (docs/performance.md, "Start-up").
thp_opts=
if [ -r /sys/kernel/mm/transparent_hugepage/enabled ] && read -r thp </sys/kernel/mm/transparent_hugepage/enabled; then
  case $thp in *'[madvise]'* | *'[always]'*) thp_opts=-XX:+UseTransparentHugePages ;; esac
fi

# UTF-8 when piped, whatever the locale (the default from Java 18 on, JEP 400).
# A short-lived terminal UI: C1 JIT only and the serial collector start fastest and use least memory.
# A small young generation keeps the heap from growing to hold garbage the collector has not looked at:
# at the same speed, peak memory of `lede list` on 100,000 unchanged articles is 78 MiB with 16 MiB
# (89 with 24, 253 with the default), and of the reader on 100,000, 155 MiB (229 with the default);
# fetching 10,000 items, almost half (bench/fetch.sh). /usr/bin/time, interleaved runs, README "Cache".
# 8 MiB rather than 16: each page the heap touches for the first time costs a page fault, 13 µs here, and
# a smaller eden is reused sooner; the library complete on 10,000 articles 10 % sooner, the first frame
# and a first run's CPU time the same (docs/performance.md, "Between the first frame and library complete").
# --enable-native-access: the SQLite driver loads its native library (Java 22+ warns on stderr otherwise).
# Not on Java 17 to 21, which need no such option: there it sets a module property that turns off the
# class-data archives' optimized module handling (docs/performance.md, "Start-up").
native_opts=--enable-native-access=ALL-UNNAMED
case ${major:-0} in 1[7-9] | 2[01]) native_opts= ;; esac
# A standard stream the caller closed (`lede <&-`, `lede >&-`) is opened on /dev/null: the JVM's first
# files would take its number, and lede read the runtime's lib/modules as its stdin ("over the 32 MiB limit").
# Each test opens nothing (2>&-, not 2>/dev/null, which would itself take the lowest closed number).
{ true 3>&2; } || exec 2>/dev/null # said on the closed stderr: nowhere
{ true 3<&0; } 2>&- || exec 0</dev/null
{ true 3>&1; } 2>&- || exec 1>/dev/null
# shellcheck disable=SC2086 # LEDE_OPTS and cache_opts are lists of options, split on purpose.
set -f   # split, never globbed: -Xlog:gc* would vanish under the checkout launcher's nullglob
exec "$java" -Djava.awt.headless=true -Dfile.encoding=UTF-8 -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m -Xmn8m \
  -XX:-UsePerfData $thp_opts $native_opts \
  $cache_opts ${LEDE_OPTS:-} -cp "$classpath" dev.lede.Main "$@"
