#!/usr/bin/env python3
"""usage: hostile-time.py [--jar JAR] [--dir DIR] [--runs N] [--java-opt OPT ...] [SHAPE ...]

Times `java -jar JAR export --no-state PAGE` on each hostile page of DIR (bench/hostile-pages.py) and on its
ordinary page of the same size, interleaved (page, reference, page, reference, ...), and prints a Markdown
table: CPU time (user + system) and peak RSS of each, medians, and their ratios, with what lede said on
stderr about the hostile page. Each run gets its own empty XDG folders. Uses bench/lib/proctime.py (GNU
time for the peak RSS).
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, env):
    with tempfile.TemporaryFile() as err:
        out = subprocess.run([sys.executable, os.path.join(HERE, "lib", "proctime.py"), "--timeout", "600"] + cmd,
                             env=env, stdout=subprocess.PIPE, stderr=err, text=True, check=False).stdout
        err.seek(0)
        said = err.read().decode(errors="replace").strip().splitlines()
    wall, rss, code, cpu = out.split()[:4]
    return int(cpu) / 1000, int(rss.rstrip("*")) / 1024, code, said


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", default=os.path.join(HERE, "..", "target", "lede.jar"))
    ap.add_argument("--dir", default=os.path.join(HERE, "work", "hostile"))
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--java-opt", action="append", default=[])
    ap.add_argument("shapes", nargs="*")
    args = ap.parse_args()
    shapes = args.shapes or sorted(f[:-5] for f in os.listdir(args.dir) if f.endswith(".html") and "-ref" not in f)
    home = tempfile.mkdtemp(prefix="hostile-time.")
    env = dict(os.environ)
    for var in ("XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
        env[var] = os.path.join(home, var.lower())
    print("| shape | bytes | CPU s (page) | CPU s (ordinary) | CPU ratio | RSS MB (page) | RSS MB (ordinary) | RSS ratio | said |")
    print("|---|---|---|---|---|---|---|---|---|")
    for shape in shapes:
        page = os.path.join(args.dir, shape + ".html")
        ref = os.path.join(args.dir, shape + "-ref.html")
        got = {page: [], ref: []}
        said = ""
        for _ in range(args.runs):
            for f in (page, ref):
                cpu, rss, code, lines = run(["java"] + args.java_opt + ["-jar", args.jar, "export", "--no-state", f], env)
                got[f].append((cpu, rss))
                if f == page:
                    said = "; ".join(lines)[:120] + ("" if code == "0" else f" (exit {code})")
        cp, rp = statistics.median(c for c, _ in got[page]), statistics.median(r for _, r in got[page])
        cr, rr = statistics.median(c for c, _ in got[ref]), statistics.median(r for _, r in got[ref])
        print(f"| {shape} | {os.path.getsize(page):,} | {cp:.2f} | {cr:.2f} | {cp / cr:.2f} | {rp:.0f} | {rr:.0f} | "
              f"{rp / rr:.2f} | {said} |", flush=True)


if __name__ == "__main__":
    main()
