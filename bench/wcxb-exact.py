#!/usr/bin/env python3
"""Scores a `lede export` of wcxb-dev's pages by normalised exact match for every field the shared scorer reads.

The shared scorer (`../shared/tools/score_pages.py`) counts a byline right when the stated author is contained in
lede's or the other way round; the issue's held-back pages are scored by a normalised exact match, where "Ann Lee on
Friday" is wrong. This prints the exact share for the headline and the byline with the scorer's own
normalising (the date is the scorer's own), and the bylines right by containment only, so such tails can be read.

    ./lede export --no-state ../shared/corpora/wcxb-dev/html > /tmp/wcxb.jsonl
    python3 bench/wcxb-exact.py /tmp/wcxb.jsonl [--shared ../shared] [--list]
"""
import argparse
import importlib.util
import json
import os
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("export")
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    parser.add_argument("--list", action="store_true", help="print the bylines right by containment only")
    args = parser.parse_args()
    scorer_path = os.path.join(args.shared, "tools", "score_pages.py")
    truth_dir = os.path.join(args.shared, "corpora", "wcxb-dev", "truth")
    if not os.path.isfile(scorer_path) or not os.path.isdir(truth_dir):
        sys.exit(f"wcxb-exact: {scorer_path} or {truth_dir} not found (pass --shared DIR)")
    spec = importlib.util.spec_from_file_location("score_pages", scorer_path)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    exported = {}
    with open(args.export, encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            exported[scorer.stem(article["source"])] = article
    counts = {"title": [0, 0], "byline": [0, 0]}
    contained = []
    for name in sorted(os.listdir(truth_dir)):
        with open(os.path.join(truth_dir, name), encoding="utf-8") as f:
            truth = json.load(f)["ground_truth"]
        article = exported.get(name[: -len(".json")], {})
        for field, key in (("title", "title"), ("byline", "author")):
            if not truth.get(key):
                continue
            got, want = scorer.norm(article.get(field)), scorer.norm(truth[key])
            counts[field][1] += 1
            counts[field][0] += got == want
            if field == "byline" and got != want and got and (want in got or got in want):
                contained.append((name[: -len(".json")], truth[key], article.get(field)))
    print(" ".join(f"{field}={right / max(n, 1):.3f} ({right}/{n})" for field, (right, n) in counts.items())
          + f" byline-by-containment-only={len(contained)}")
    if args.list:
        for row in contained:
            print(" | ".join(row))


if __name__ == "__main__":
    main()
