#!/usr/bin/env python3
"""Body precision of `lede export` against wcxb's main_content, by token 4-grams, page by page.

usage: bench/body-ngrams.py EXPORT.jsonl TRUTH_DIR [--worst N] [--lines]

The held-back news pages are scored by token 4-gram F1 (the article-extraction-benchmark's metric:
\\w+ tokens, case kept, multisets of 4-grams, every page weighing the same), so this scores wcxb-dev
the same way: it prints the macro precision, recall and F1 over pages, then the N pages of lowest
precision with their figures; with --lines it also prints each such page's body lines that share no
4-gram with the truth (what lede kept and the truth leaves out), to find the kinds of boilerplate kept.
"""
import json
import os
import re
import sys
from collections import Counter

TOKEN = re.compile(r"\w+")


def shingles(text):
    tokens = TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < 4:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3))


def scores(truth, pred):
    """Page precision and recall (None when undefined, as the benchmark skips such pages)."""
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    precision = None if tp + fp == 0 else (1.0 if fp == 0 and fn == 0 else tp / (tp + fp))
    recall = None if tp + fn == 0 else (1.0 if fp == 0 and fn == 0 else tp / (tp + fn))
    return precision, recall, t


def stem(source):
    base = os.path.basename(source.split("#")[0])
    for ext in (".html.gz", ".htm.gz", ".html", ".htm"):
        if base.endswith(ext):
            return base[: -len(ext)]
    return base


def unmatched_lines(body, truth_shingles):
    """Body lines none of whose 4-grams (or, under four words, whole token list) the truth holds."""
    out = []
    for line in body.splitlines():
        s = shingles(line)
        if s and not any(k in truth_shingles for k in s):
            if len(s) == 1 and len(next(iter(s))) < 4:
                continue  # a line of one to three words: its shingle spans the neighbours in the truth
            out.append(line)
    return out


def main():
    args = sys.argv[1:]
    worst, lines = 30, "--lines" in args
    args = [a for a in args if a != "--lines"]
    if "--worst" in args:
        i = args.index("--worst")
        worst = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2:
        sys.exit(__doc__.splitlines()[2])
    export, truth_dir = args
    bodies = {}
    for raw in open(export, encoding="utf-8"):
        if raw.strip():
            try:
                a = json.loads(raw)
            except ValueError:
                continue
            bodies.setdefault(stem(a.get("source", "")), a.get("body") or "")
    rows = []
    for name in sorted(os.listdir(truth_dir)):
        if not name.endswith(".json"):
            continue
        key = name[:-5]
        truth = json.load(open(os.path.join(truth_dir, name), encoding="utf-8"))["ground_truth"]
        body = bodies.get(key, "")
        p, r, t = scores(truth.get("main_content"), body)
        rows.append((key, p, r, body, t))
    ps = [p for _, p, _, _, _ in rows if p is not None]
    rs = [r for _, _, r, _, _ in rows if r is not None]
    mp, mr = sum(ps) / len(ps), sum(rs) / len(rs)
    f1 = 2 * mp * mr / (mp + mr) if mp + mr else 0.0
    print(f"pages={len(rows)} precision={mp:.4f} recall={mr:.4f} F1={f1:.4f}")
    ranked = sorted((row for row in rows if row[1] is not None), key=lambda row: row[1])
    for key, p, r, body, t in ranked[:worst]:
        print(f"{key} precision={p:.3f} recall={r if r is not None else 0:.3f}")
        if lines:
            for line in unmatched_lines(body, t):
                print(f"    | {line[:160]}")


if __name__ == "__main__":
    main()
