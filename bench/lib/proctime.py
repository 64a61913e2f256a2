#!/usr/bin/env python3
"""usage: proctime.py [--timeout S] CMD [ARGS...]

Runs CMD once with stdout to /dev/null and prints "WALL_MS MAXRSS_KIB EXIT CPU_MS": wall-clock time
from start to reap, the peak resident set of CMD's process, and the CPU time (user + system) of CMD
and everything it waited for — a companion figure that a busy machine disturbs less. Launchers that exec (./lede, bash -c)
keep one process, so the figure is the program's. After --timeout seconds (default 300) CMD's
process group is killed and EXIT is "timeout".

The peak RSS comes from GNU time (/usr/bin/time, Debian package `time`) when it is installed: Linux
keeps a process's highest RSS across exec, so a child forked from this Python would start at
Python's size. Without GNU time the figure has that floor (about 14 MiB) and the line ends in "*".
"""
import os
import shutil
import signal
import sys
import tempfile
import threading
import time

args = sys.argv[1:]
limit = 300.0
if args[:1] == ["--timeout"]:
    limit, args = float(args[1]), args[2:]
if not args:
    sys.exit(__doc__.splitlines()[0])

gnu_time = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
rss_file = tempfile.NamedTemporaryFile(prefix="proctime.", delete=False).name
argv = [gnu_time, "-f", "%M", "-o", rss_file] + args if gnu_time else args
devnull = os.open(os.devnull, os.O_WRONLY)
start = time.perf_counter()
pid = os.posix_spawn(shutil.which(argv[0]) or argv[0], argv, os.environ, setsid=True,
                     file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1)])
expired = threading.Event()


def stop():
    expired.set()
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


timer = threading.Timer(limit, stop)
timer.start()
_, status, usage = os.wait4(pid, 0)
timer.cancel()
wall = (time.perf_counter() - start) * 1000
code = "timeout" if expired.is_set() else os.waitstatus_to_exitcode(status)
rss, mark = usage.ru_maxrss, "*"
if gnu_time:
    with open(rss_file, encoding="ascii", errors="replace") as f:
        lines = [line.strip() for line in f if line.strip()]
    rss, mark = (int(lines[-1]), "") if lines and lines[-1].isdigit() else (usage.ru_maxrss, "*")
os.unlink(rss_file)
# the rusage of a reaped child includes the children it reaped: GNU time's figure includes CMD's
cpu = (usage.ru_utime + usage.ru_stime) * 1000
print(f"{wall:.1f} {rss}{mark} {code} {cpu:.0f}")
