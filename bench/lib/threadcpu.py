#!/usr/bin/env python3
"""usage: threadcpu.py RUNS CMD [ARGS...]

Runs CMD RUNS times (stdout and stderr to /dev/null) and prints, per thread name, the median CPU time
in ms a run spent on threads of that name, then the median total: where a JVM's time goes (its main
thread "java", lede's own threads, the "C1 CompilerThread"s, the collector's "VM Thread"). Each
thread's time is read from /proc/PID/task/TID/schedstat (nanoseconds on a CPU) every millisecond
until CMD exits, so a thread's last millisecond may be missed, and the polling takes a little of
the other core. Names are /proc's, cut to 15 characters; numbered siblings ("C1 CompilerThre"…)
are counted together. Launchers that exec (./lede) keep one process, which is the one read.
"""
import collections
import os
import signal
import statistics
import subprocess
import sys
import time


def thread_times(pid):
    """(name, CPU ms so far) of each thread of pid, by tid."""
    times = {}
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return times
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/comm", encoding="utf-8", errors="replace") as f:
                name = f.read().strip()
            with open(f"/proc/{pid}/task/{tid}/schedstat", encoding="ascii") as f:
                times[tid] = (name, int(f.read().split()[0]) / 1e6)
        except (OSError, ValueError, IndexError):
            pass  # the thread ended meanwhile: its last reading stands
    return times


def one_run(argv):
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    last = {}
    while child.poll() is None:
        last.update(thread_times(child.pid))
        time.sleep(0.001)
    by_name = collections.Counter()
    for name, ms in last.values():  # a thread's name as last read: the launcher's becomes "java" at exec
        by_name[name.rstrip("0123456789")] += ms
    return by_name


def main(args):
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet under head
    if len(args) < 2 or not args[0].isdigit():
        sys.exit(__doc__.splitlines()[0])
    runs = [one_run(args[1:]) for _ in range(int(args[0]))]
    names = sorted({name for run in runs for name in run}, key=lambda n: -statistics.median(r[n] for r in runs))
    for name in names:
        print(f"{statistics.median(run[name] for run in runs):8.1f} ms  {name}")
    print(f"{statistics.median(sum(run.values()) for run in runs):8.1f} ms  (all threads)")


if __name__ == "__main__":
    main(sys.argv[1:])
