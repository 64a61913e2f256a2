#!/usr/bin/env python3
"""The blind related-headline sets through lede itself (bench/related-sets.sh).

`folder SET CORPUS OUT`: a copy of the generated articles in CORPUS whose related headlines are the set's lines,
placed as MkRewritesSetTest places them (line k goes to article (7k + 3) mod n, or the next one that is not its
target), after a "Related:" line, so lede's own plain-text parser reads them.

`score SET EXPORT [--list]`: precision, recall and wrong jumps of a `lede export` of that folder, from each related
headline's "target"; --list prints every wrong jump and miss.
"""
import json
import os
import re
import sys


def read_set(path):
    with open(path, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f][1:]  # the first row names the columns
    return [(r[0], r[1], r[2]) for r in rows if len(r) >= 3]


def ends_sentence(line):
    s = re.sub(r"[”\"’')\]]+$", "", line.strip())
    return s != "" and s[-1] in ".!?…"


def folder(set_path, corpus, out):
    lines = read_set(set_path)
    files = sorted(f for f in os.listdir(corpus) if f.startswith("article-"))
    related = [[] for _ in files]
    for k, (target, _, headline) in enumerate(lines):
        owner = (k * 7 + 3) % len(files)
        while files[owner] == target:
            owner = (owner + 1) % len(files)
        related[owner].append(headline)
    os.makedirs(out, exist_ok=True)
    for i, name in enumerate(files):
        with open(os.path.join(corpus, name), encoding="utf-8") as f:
            text = f.read().split("\n")
        end = len(text)
        while end > 2 and not ends_sentence(text[end - 1]):
            end -= 1  # the generator's own related lines go
        block = ["Related:"] + related[i] if related[i] else []
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write("\n".join(text[:end] + block) + "\n")


def score(set_path, export, listing):
    expected = {}
    for target, _, headline in read_set(set_path):
        expected.setdefault(headline, target)
    with open(export, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    names = {r["id"]: os.path.basename(r["source"]) for r in records}
    right = wrong = rewrites = 0
    for record in records:
        for related in record.get("related", []):
            target = expected.get(related["headline"])
            if target is None:
                continue
            got = names.get(related.get("target")) if related.get("target") else None
            rewrites += target != "-"
            if got == target:
                right += 1
            elif got is not None:
                wrong += 1
                if listing:
                    print(f"  WRONG {related['headline']} -> {got} (expected {target})")
            elif listing and target != "-":
                print(f"  MISSED {related['headline']} (expected {target})")
    precision = right / (right + wrong) if right + wrong else 1.0
    print(f"precision {precision:.3f} ({wrong} wrong), recall {right / rewrites:.3f} ({right} of {rewrites})")


if __name__ == "__main__":
    if sys.argv[1] == "folder":
        folder(*sys.argv[2:5])
    else:
        score(sys.argv[2], sys.argv[3], "--list" in sys.argv)
