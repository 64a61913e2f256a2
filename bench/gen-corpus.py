#!/usr/bin/env python3
"""usage: gen-corpus.py --n N --out DIR [--rss FILE] [--long FILE] [--seed S]

Writes N fictional news articles in lede's plain-text format (the seed article's shape), for the
benchmark in bench/run.sh. Only the Python 3 standard library is used.

Each file DIR/NNNNNNN_HHHHHHHHHHHHHHHH.txt holds:
  line 1      the lede sentence, which is also the headline (ends with a full stop)
  lines 2..k  body paragraphs, one per line (300-1,500 words in all, log-normal, median about 650)
  last lines  4-8 related headlines without a full stop: the ledes of other articles of the corpus,
              about a third of them reworded as headlines (present tense, trailing clause dropped)

Article i depends only on (seed, i), and related headlines point only at articles below N, so the
first articles of a 10-article and of a 100,000-article corpus start with the same headline, and the
same arguments always give byte-identical output.

--rss FILE writes one RSS 2.0 file with an item per article (title = headline, description = the
first two paragraphs), for newsboat.  --long FILE writes a long plain-text article (about 100 KB,
paragraph lines that wrap at 120 columns) for the one-line-scroll comparison with less.
"""
import argparse
import hashlib
import math
import os
import random
import sys
from xml.sax.saxutils import escape

# Invented people, places and organisations: every name here is fictional.
GIVEN = ["Ilse", "Tobin", "Marguerite", "Oskar", "Perpetua", "Dashiell", "Wren", "Anselm", "Lioba",
         "Corwin", "Temperance", "Evander", "Rosalind", "Barnaby", "Fennimore", "Solveig", "Caius",
         "Odalys", "Thaddeus", "Mireille", "Quentin", "Hespera", "Lorcan", "Ysolde", "Ambrose",
         "Calliope", "Dorian", "Philippa", "Casimir", "Juniper", "Leopold", "Saoirse", "Ignatius",
         "Beatrix", "Florian", "Imogen", "Radomir", "Tamsin", "Auberon", "Niamh"]
FAMILY = ["Vellacott", "Quarrie", "Amberley", "Duskwood", "Pennyfeather", "Hollinrake", "Strand",
          "Marchbank", "Oakhurst", "Tregothnan", "Winterbourne", "Ashgrove", "Kettleby", "Merriweather",
          "Ravensworth", "Brackenbury", "Lightfoot", "Calloway", "Fairweather", "Greyling",
          "Holloway", "Ironside", "Jessop", "Kinloch", "Lorimer", "Mossop", "Nettleford", "Ormsby",
          "Pickering", "Rowntree", "Sallow", "Thistlewood", "Upjohn", "Varley", "Wetherall",
          "Yelland", "Zouche", "D’Arcy-Blake", "Łukaszewicz", "Ní Bhriain"]
PLACES = ["Marrowby", "Kestrel Point", "Dunmere", "Saltings Cross", "Upper Fenwick", "Harrowgate Quay",
          "Brindle Vale", "Eastwold", "Corrow", "Tamsford", "Gullhaven", "Netherby Moor", "Pellham",
          "Stoneacre", "Whitlow Sands", "Ardenby", "Lindqvist Bay", "Oxmere", "Rookwood", "Selbridge"]
ORGS = ["the Brennick Water Board", "Tallow & Finch Shipping", "the Marrowby Rail Trust",
        "Corrow County Council", "the Eastwold Growers’ Cooperative", "Halden Medical Group",
        "the Pellham Chamber Orchestra", "Greyfriars Mutual", "the Saltings Ferry Company",
        "Kestrel Point Harbour Authority", "the Northmoor Wind Partnership", "Ardenby Borough FC",
        "the Tamsford Literary Society", "Oxmere Glassworks", "the Dunmere Teachers’ Union",
        "Selbridge University", "Rookwood Brewery", "the Gullhaven Lifeboat Station"]
ROLES = ["chair", "chief executive", "spokesperson", "treasurer", "head coach", "director",
         "lead engineer", "conductor", "headteacher", "harbour master", "mayor", "archivist"]
THINGS = ["a new ferry timetable", "the flood barrier budget", "plans for a tram line",
          "a rise in water charges", "the closure of the night market", "a bid to host the regional games",
          "the restoration of the clock tower", "a shortage of school places", "the winter fuel scheme",
          "a proposed wind farm off the coast", "the sale of the old glassworks",
          "a four-day week for council staff", "delays to the bypass", "a record apple harvest",
          "the future of the lifeboat station", "a strike at the port", "the library opening hours",
          "a merger of two hospitals", "the price of the season ticket", "a ban on coastal parking"]
VERBS = [("defended", "defends"), ("criticised", "criticises"), ("announced", "announces"),
         ("rejected", "rejects"), ("welcomed", "welcomes"), ("questioned", "questions"),
         ("warned about", "warns about"), ("backed", "backs"), ("paused", "pauses"),
         ("unveiled", "unveils"), ("apologised for", "apologises for"), ("delayed", "delays")]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "at the weekend",
        "late on Sunday", "this morning", "after a long meeting", "in a statement"]
TAILS = ["after months of argument", "despite objections from residents", "as costs continued to climb",
         "ahead of next year’s elections", "in a move that surprised colleagues",
         "following a public consultation", "to cautious applause", "amid questions over funding"]

# Body sentences: {p} a person, {s} a surname, {o} an organisation, {l} a place, {t} a thing,
# {n} a number, {k} a small number, {y} a year, {q} a short quotation.
SENTENCES = [
    "{p} told reporters in {l} that {t} had been discussed “for far too long without a decision”.",
    "Figures released by {o} show that {n} households in {l} would be affected within a year.",
    "The proposal was first raised in {y}, when {o} warned that the cost could double.",
    "Residents gathered outside the town hall in {l}, some holding signs about {t}.",
    "{s} said the decision had not been easy and that the numbers “simply did not add up”.",
    "Critics, including {p}, argued that {o} had ignored the findings of its own review.",
    "A spokesperson for {o} declined to comment on the figures before the next board meeting.",
    "According to a report seen by this paper, {n} jobs depend on the outcome in {l}.",
    "“{q},” {s} said, adding that a final vote was expected within weeks.",
    "The last time {l} faced a similar choice was in {y}, when the vote was lost by {n} votes.",
    "Local businesses have been split, with {p} calling the plan “a lifeline” and others unconvinced.",
    "{o} has promised to publish a full breakdown of costs by the end of the month.",
    "Independent analysts estimate the total bill at £{n} million, well above the original forecast.",
    "Opposition members in {l} have asked for an inquiry into how the figures were prepared.",
    "{s} admitted that communication with residents “could have been a great deal better”.",
    "The scheme was praised by {p}, who said {l} had waited {k} years for a serious answer.",
    "Volunteers in {l} have collected more than {n} signatures on a petition about {t}.",
    "Weather forecasters have warned that a wet autumn could add to the pressure on {o}.",
]
QUOTES = ["We are not going to pretend this is painless", "Nobody voted for a half-finished harbour",
          "This town deserves straight answers", "It was the hardest call I have made in office",
          "We listened, and we changed the plan", "There is still time to get this right",
          "The money has to come from somewhere", "I would make the same choice again tomorrow"]


def person(rng):
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def lede_parts(seed, i):
    """The pieces of article i's lede, from its own generator (independent of the corpus size)."""
    rng = random.Random(f"{seed}:lede:{i}")
    subject = f"{person(rng)}, {rng.choice(ROLES)} of {rng.choice(ORGS)},"
    past, present = rng.choice(VERBS)
    thing = f"{rng.choice(THINGS)} in {rng.choice(PLACES)}"
    day, why = f" {rng.choice(DAYS)}", f" {rng.choice(TAILS)}"
    # lede's related-headline rule wants lines of at most 160 characters: keep ledes well under it
    length = len(subject) + len(past) + len(thing) + 2
    tail = day + why if length + len(day + why) < 150 else day if length + len(day) < 150 else ""
    return subject, past, present, thing, tail


def lede(seed, i):
    subject, past, _, thing, tail = lede_parts(seed, i)
    return f"{subject} {past} {thing}{tail}."


def reworded(seed, i):
    """A headline-style version of article i's lede: present tense, no trailing clause."""
    subject, _, present, thing, _ = lede_parts(seed, i)
    name = subject.split(",")[0]
    return f"{name} {present} {thing}"


def paragraph(rng, words_wanted):
    out, words = [], 0
    while words < words_wanted:
        s = rng.choice(SENTENCES).format(
            p=person(rng), s=rng.choice(FAMILY), o=rng.choice(ORGS), l=rng.choice(PLACES),
            t=rng.choice(THINGS), n=rng.randint(3, 4800), k=rng.randint(2, 40), y=rng.randint(1968, 2024), q=rng.choice(QUOTES))
        out.append(s)
        words += s.count(" ") + 1
    text = " ".join(out)
    return text[0].upper() + text[1:]


def article(seed, i, n):
    """(headline, paragraphs, related) of article i in a corpus of n."""
    rng = random.Random(f"{seed}:body:{i}")
    total = int(min(1500, max(300, rng.lognormvariate(math.log(560), 0.4))))
    paragraphs, words = [], 0
    while words < total:
        p = paragraph(rng, min(total - words, rng.randint(40, 120)))
        paragraphs.append(p)
        words += p.count(" ") + 1
    related = []
    if n > 1:
        for _ in range(rng.randint(4, 8)):
            j = rng.randrange(n)
            if j == i:
                j = (j + 1) % n
            related.append(reworded(seed, j) if rng.random() < 0.35 else lede(seed, j)[:-1])
    return lede(seed, i), paragraphs, related


def file_name(seed, i):
    tag = hashlib.sha1(f"{seed}:{i}".encode()).hexdigest()[:16]
    return f"{i:07d}_{tag}.txt"


def write_corpus(seed, n, out):
    os.makedirs(out, exist_ok=True)
    for i in range(n):
        head, paragraphs, related = article(seed, i, n)
        text = "\n".join([head] + paragraphs + related)
        with open(os.path.join(out, file_name(seed, i)), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


def write_rss(seed, n, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n')
        f.write("<title>Lede Bench Wire</title><link>https://bench.invalid/</link>\n")
        f.write("<description>Fictional news for the lede benchmark</description>\n")
        for i in range(n):
            head, paragraphs, _ = article(seed, i, n)
            day, minute = divmod(n - i, 1440)   # newest first, one a minute
            stamp = f"{1 + day % 28:02d} Mar 2025 {minute // 60:02d}:{minute % 60:02d}:00 +0000"
            body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs[:2])
            f.write(f"<item><title>{escape(head[:-1])}</title>"
                    f"<link>https://bench.invalid/a/{i}</link><guid>bench-{seed}-{i}</guid>"
                    f"<pubDate>{stamp}</pubDate><description>{escape(body)}</description></item>\n")
        f.write("</channel></rss>\n")


def write_long(seed, path, size=100_000):
    """One long article: many paragraph lines of about 240 characters, about `size` bytes."""
    rng = random.Random(f"{seed}:long")
    lines, total = [lede(seed, 0)], 0
    while total < size:
        p = paragraph(rng, 40)
        lines.append(p)
        total += len(p.encode()) + 1
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--rss")
    ap.add_argument("--long")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    if a.n < 1:
        sys.exit("gen-corpus.py: --n must be at least 1")
    write_corpus(a.seed, a.n, a.out)
    if a.rss:
        write_rss(a.seed, a.n, a.rss)
    if a.long:
        write_long(a.seed, a.long)


if __name__ == "__main__":
    main()
