#!/usr/bin/env python3
"""usage: report.py RESULTS.tsv JMH.json NOTES.txt INTERACTIVE(0|1) [ONLY]

ONLY, when given and not empty, is run.sh's --only list (e.g. "P0,P2"): the table has only those rows.
Turns bench/run.sh's raw measurements (metric, subject, value per line) and JMH's JSON into the
Markdown table of medians, ratios and goals that README.md quotes.
"""
import json
import os
import statistics
import sys


def load(path):
    values = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            metric, subject, value = line.rstrip("\n").split("\t")
            values.setdefault((metric, subject), []).append(value)
    return values


def median(values, key, scale=1.0):
    nums = [float(v) * scale for v in values.get(key, []) if v != "NA"]
    failed = len(values.get(key, [])) - len(nums)
    if not nums:
        return None, "—" if not failed else "not measured"
    m = statistics.median(nums)
    spread = f" ({fmt(min(nums))}–{fmt(max(nums))})" if len(nums) > 1 else ""
    extra = f", {failed} failed" if failed else ""
    return m, f"{fmt(m)}{spread}{extra}"


def fmt(x):
    return f"{x:,.0f}" if x >= 100 else f"{x:,.1f}" if x >= 10 else f"{x:.2f}"


def jmh_p99(path):
    """Benchmark method name -> p99 in ms (and its median): the worst of its parameters' runs."""
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return {}
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for run in data:
        name = run["benchmark"].rsplit(".", 1)[1]
        metric = run["primaryMetric"]
        p99 = metric.get("scorePercentiles", {}).get("99.0")
        unit = metric.get("scoreUnit", "us/op")
        factor = {"ns/op": 1e-6, "us/op": 1e-3, "ms/op": 1.0, "s/op": 1e3}.get(unit, 1e-3)
        if p99 is not None and (name not in out or p99 * factor > out[name][0]):
            out[name] = (p99 * factor, metric.get("scorePercentiles", {}).get("50.0", 0) * factor)
    return out


def main():
    results, jmh_path, notes_path, interactive = sys.argv[1:5]
    only = [f for f in (sys.argv[5] if len(sys.argv) > 5 else "").split(",") if f]
    v = load(results)
    rows = []

    # Rows measured as part of another figure (run.sh --only names the figure).
    part_of = {"P2b": "P2", "P0m": "P1b", "P1m": "P1b"}

    def wanted(num):
        return not only or num in only or part_of.get(num) in only

    def pair(num, what, unit, a, b, bound, goal_text, scale=1.0):
        if not wanted(num):
            return
        ma, ta = median(v, a, scale)
        mb, tb = median(v, b, scale)
        if ma is None or mb is None or mb == 0:
            ratio, verdict = "—", "missing"
        else:
            r = ma / mb
            ratio, verdict = f"{r:.2f}", "pass" if r <= bound else "FAIL"
        ta, tb = (t if m is None else f"{t} {unit}" for m, t in ((ma, ta), (mb, tb)))
        rows.append(f"| {num} | {what} | {ta} | {tb} | {ratio} | {goal_text} | {verdict} |")

    def single(num, what, unit, key, bound, goal_text, scale=1.0):
        if not wanted(num):
            return
        m, t = median(v, key, scale)
        verdict = "missing" if m is None else ("pass" if m <= bound else "FAIL")
        rows.append(f"| {num} | {what} | {t if m is None else f'{t} {unit}'} | — | — | {goal_text} | {verdict} |")

    pair("P0", "Library complete, 10,000 articles (lede's title without \"(loading…)\" vs newsboat's first frame)",
         "ms", ("P0", "lede"), ("P0", "newsboat"), 2.0, "≤ 2 (aim 1.0)")
    pair("P0i", "Library complete, 10,000 articles, the release image's `bin/lede` (jlink, Java 25, trained AOT cache) vs newsboat",
         "ms", ("P0i", "image"), ("P0", "newsboat"), 2.0, "≤ 2 (aim 1.0)")
    single("P0b", "Library complete, 100,000 articles, index warm", "ms", ("P0b", "lede100k"), 1500, "≤ 1.5 s (aim 0.8 s)")
    single("P0c", "Library complete, 100,000 articles, first run (no index)", "ms", ("P0c", "lede100k"), 60000,
           "≤ 60 s (aim 30 s)")
    pair("P1", "First frame, 10,000 articles (lede vs newsboat, same items)", "ms",
         ("P1", "lede"), ("P1", "newsboat"), 1.5, "≤ 1.5 (aim 1.0)")
    pair("P1i", "First frame, 10,000 articles, the release image's `bin/lede` vs newsboat", "ms",
         ("P1i", "image"), ("P1", "newsboat"), 1.5, "≤ 1.5 (aim 1.0)")
    pair("P1b", "First frame, 100,000 vs 10 articles (lede)", "ms",
         ("P1b", "lede100k"), ("P1b", "lede10"), 1.2, "≤ 1.2")
    if wanted("P0m") and median(v, ("P0m", "lede1m"))[0] is not None:
        single("P0m", "Library complete, 1,000,000 articles, index warm (`--million`)", "ms", ("P0m", "lede1m"),
               10000, "≤ 10 s")
    if wanted("P1m") and median(v, ("P1m", "lede1m"))[0] is not None:
        pair("P1m", "First frame, 1,000,000 vs 10 articles (lede, `--million`)", "ms",
             ("P1m", "lede1m"), ("P1b", "lede10"), 1.5, "≤ 1.5")
    pair("P2", "`lede list` vs `cat`, 10,000 files, index warm", "ms", ("P2", "lede"), ("P2", "cat"), 1.5,
         "≤ 1.5 (aim 1.0)")
    pair("P2b", "`lede list`, 10,000 vs 10 files, index warm", "ms", ("P2", "lede"), ("P2b", "lede10"), 1.2, "≤ 1.2")
    pair("P2c", "`lede list` vs `cat`, 10,000 files, first run (no index)", "ms", ("P2c", "lede"), ("P2c", "cat"),
         4.0, "≤ 4 (aim 2)")
    pair("P3", "Bytes per one-line scroll (lede reader vs less)", "B", ("P3", "lede"), ("P3", "less"),
         1.5, "≤ 1.5 (aim 1.0)")
    pair("P4", "Bytes per list step (lede `j` vs newsboat `Down`)", "B", ("P4", "lede"), ("P4", "newsboat"),
         1.0, "≤ 1.0")
    pair("P5", "Peak RSS of `lede list`, 100,000 vs 10 articles, index warm", "MiB", ("P5_rss", "lede100k"),
         ("P5_rss", "lede10"), 1.5, "≤ 1.5 (aim 1.2)", scale=1 / 1024)
    pair("P5b", "Peak RSS of the reader, 100,000 vs 10 articles (library complete, then 5 s)", "MiB",
         ("P5b", "lede100k"), ("P5b", "lede10"), 1.5, "≤ 1.5 (aim 1.2)", scale=1 / 1024)

    p99 = jmh_p99(jmh_path)
    for name, what, bound in [] if not wanted("P6") else [("listKeyToFrame", "Key to frame, list, 100,000 articles, none or all read", 5.0),
                              ("readerKeyToFrame", "Key to frame, reader, 100,000 articles, none or all read", 5.0),
                              ("librarySearchKeystroke", "Search keystroke, `Library.search`, 10,000 bodies", 20.0),
                              ("promptKeystrokeToFrame", "Search keystroke to frame, `/` prompt, 10,000 bodies", 20.0),
                              ("buildStories", "Stories of 100,000 articles from their resolved links, `LinkGraph.of` (single shot)", 1000.0),
                              ("tallyStories", "Stories of 100,000 articles as `lede stories` tells them from the stored listing, `StoryTally` (single shot)", 1000.0)]:
        if name in p99:
            p, m = p99[name]
            verdict = "pass" if p <= bound else "FAIL"
            rows.append(f"| P6 | {what} (JMH p99; median {fmt(m)} ms) | {fmt(p)} ms | — | — | p99 ≤ {bound:.0f} ms | {verdict} |")
        else:
            rows.append(f"| P6 | {what} (JMH p99) | — | — | — | p99 ≤ {bound:.0f} ms | missing |")

    if wanted("P6"):
        # IndexSearchBench: per query length (letters typed), the median and p99 of a keystroke's search.
        p99s = {k[1]: float(x[0]) for k, x in v.items() if k[0] == "P6_search_p99"}
        medians = {k[1]: float(x[0]) for k, x in v.items() if k[0] == "P6_search_median"}
        if p99s:
            worst = max(p99s, key=p99s.get)
            verdict = "pass" if p99s[worst] <= 20.0 else "FAIL"
            by_length = ", ".join(f"{k}: {fmt(medians[k])}/{fmt(p99s[k])}" for k in sorted(p99s, key=int))
            rows.append(f"| P6 | Search keystroke, library index, 100,000 bodies: worst p99 over 1–8 letters "
                        f"(median/p99 ms by letters typed: {by_length}) | {fmt(p99s[worst])} ms | — | — | p99 ≤ 20 ms | {verdict} |")
        else:
            rows.append("| P6 | Search keystroke, library index, 100,000 bodies (p99) | — | — | — | p99 ≤ 20 ms | missing |")

    print("| # | What | lede, median (min–max) | reference | ratio | goal | verdict |")
    print("|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    extra = []
    _, t = median(v, ("P1_rss", "lede"), 1 / 1024)
    _, tn = median(v, ("P1_rss", "newsboat"), 1 / 1024)
    if t != "—":
        extra.append(f"- Peak RSS at the first frame, 10,000 articles: lede {t} MiB, newsboat {tn} MiB.")
    m_st, t = median(v, ("P5_stories", "lede100k"))
    if m_st is not None:
        m_st10, t10 = median(v, ("P5_stories", "lede10"))
        _, cpu = median(v, ("P5_stories_cpu", "lede100k"))
        extra.append(f"- `lede stories`, index warm, end to end (start, check of the folder, stories, print): 100,000 articles "
                     f"{t} ms (CPU {cpu} ms), 10 articles {t10} ms.")
    m_full, t = median(v, ("P1full", "lede"))
    if m_full is not None:
        m_nb, _ = median(v, ("P1", "newsboat"))
        ratio = f", {m_full / m_nb:.2f} × newsboat's first frame" if m_nb else ""
        extra.append(f"- First full screenful (38 headlines), 10,000 articles: {t} ms{ratio} "
                     "(P1 stops at the first headline).")
    m_alt, t = median(v, ("P1", "lede_alt"))
    m_nb, _ = median(v, ("P1", "newsboat"))
    if m_alt is not None:
        ratio = f", {m_alt / m_nb:.2f} × newsboat" if m_nb else ""
        extra.append(f"- First frame, 10,000 articles, with the --alt-java JDK: {t} ms{ratio}.")
    m_cpu, t = median(v, ("P2_cpu", "lede"))
    m_cat, tc = median(v, ("P2_cpu", "cat"))
    if m_cpu is not None and m_cat:
        extra.append(f"- CPU time (user + system) in P2: `lede list` {t} ms, `cat` {tc} ms, "
                     f"ratio {m_cpu / m_cat:.2f} (less disturbed by a busy machine than the wall time).")
    m_split, t = median(v, ("P3split", "lede"))
    if m_split is not None:
        extra.append(f"- Bytes per one-line scroll in the reader beside the list of 10,000 headlines (side by side): "
                     f"{t} B (`z` or `set split off` reads one pane at a time, where scrolling uses a scroll region).")
    if interactive == "0":
        extra.append("- This build of lede has no interactive reader yet: P1, P1b, P3 and P4 need it.")
    if os.path.exists(notes_path):
        with open(notes_path, encoding="utf-8") as f:
            extra += [f"- {line.strip()}" for line in f if line.strip()]
    if extra:
        print()
        print("\n".join(dict.fromkeys(extra)))


if __name__ == "__main__":
    main()
