#!/usr/bin/env python3
"""usage: hostile-pages.py [--out DIR] [--scale F] [--only a,b,...]

Writes saved web pages of hostile shapes, each beside an ordinary page of the same byte size, for timing
`lede export` on both (bench/hostile.sh). Every page is one news article (headline, byline, date, a few
paragraphs) with a bulk added: for a hostile page the shape named below, for its reference ordinary
paragraphs of made-up prose until the same number of bytes. The text is generated here, from a fixed word
list and seed, so the pages are the same on every run.

Shapes (docs/performance.md, "Hostile pages"):
  a  20,000 links in a list after a "Related stories" heading
  b  50,000 tiny paragraphs
  c  10,000 nested <div>s, a line of text at each depth
  d  one 5 MB text node without a space
  e  20,000 <time datetime> elements and date-looking lines
  f  5,000 rel=author links and 5,000 .byline elements
  g  a 2 MB JSON-LD block of thousands of @graph items
  h  10,000 <h1>/<h2> headings, each over a short paragraph
  i  10 MB of <table> cells
  j  one 5 MB paragraph of words (spaces, no markup)
  k  10,000 nested inline elements (<b><i><span>...)

Each page is DIR/X.html with its reference DIR/X-ref.html. --scale multiplies every count (and so the
size), e.g. 0.1 for a quick look.
"""
import argparse
import json
import os
import random

WORDS = """the council said on monday that a new ferry timetable would start in spring after months of talks with
residents and operators who had asked for earlier crossings later evening boats and a clearer way to buy tickets
before boarding while local shops hoped more visitors would stay longer in the harbour town during the quiet
winter weeks when the weather often keeps people at home and several routes run only twice a day because the
older vessels need repairs that the budget could not cover last year according to figures published by the
transport office which also showed that passenger numbers rose by nearly a fifth compared with the year before
and that most travellers were commuters heading to the mainland for work or school rather than tourists""".split()

HEADLINE = "Harbour council approves a new ferry timetable for the spring"


def prose(rng, words):
    """One sentence-cased run of `words` words from the list, with a full stop every dozen or so."""
    out, since = [], 0
    for i in range(words):
        w = rng.choice(WORDS)
        if since == 0:
            w = w.capitalize()
        since += 1
        if since > 8 and rng.random() < 0.15 or i == words - 1:
            w += "."
            since = 0
        out.append(w)
    return " ".join(out)


def page(head_extra, in_article, after_article=""):
    rng = random.Random(7)
    lead = "\n".join("<p>" + prose(rng, rng.randint(40, 80)) + "</p>" for _ in range(8))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{HEADLINE} | The Harbour Gazette</title>
<meta property="og:title" content="{HEADLINE}">
<meta property="og:site_name" content="The Harbour Gazette">
<meta name="author" content="Ada Quill">
<meta property="article:published_time" content="2026-11-02T09:00:00Z">
<link rel="canonical" href="https://gazette.example/news/2026/11/02/ferry-timetable">
{head_extra}</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>{HEADLINE}</h1>
<p class="byline">By Ada Quill</p>
<time datetime="2026-11-02T09:00:00Z">2 November 2026</time>
{lead}
{in_article}
</article>
{after_article}
</main>
<footer><p>Copyright 2026 The Harbour Gazette</p></footer>
</body></html>
"""


def related(n, rng):
    items = "".join(
        f'<li><a href="https://gazette.example/news/2026/{i % 12 + 1:02d}/story-{i}">'
        f"{prose(rng, 7).rstrip('.').capitalize()} {i}</a></li>\n"
        for i in range(n))
    return page("", "", f'<section class="related"><h2>Related stories</h2><ul>\n{items}</ul></section>')


def tiny_paragraphs(n, rng):
    return page("", "".join(f"<p>{rng.choice(WORDS)} {i}</p>\n" for i in range(n)))


def nested(n, rng):
    opening = "".join(f'<div class="level">{prose(rng, 8)}\n' for _ in range(n))
    return page("", opening + "</div>" * n)


def no_space(n_bytes, rng):
    letters = "abcdefghijklmnopqrstuvwxyz"
    return page("", "<p>" + "".join(letters[i % 26] for i in range(n_bytes)) + "</p>")


def dates(n, rng):
    parts = []
    for i in range(n):
        day = i % 28 + 1
        if i % 2:
            parts.append(f'<p><time datetime="2026-10-{day:02d}T10:{i % 60:02d}:00Z">{day} October 2026</time> '
                         f"{prose(rng, 4)}</p>\n")
        else:
            parts.append(f"<p>Updated {day} October 2026, 10:{i % 60:02d}</p>\n")
    return page("", "".join(parts))


def bylines(n, rng):
    parts = []
    for i in range(n):
        parts.append(f'<div class="comment"><a rel="author" href="/people/writer-{i}">Writer Number{i}</a> '
                     f'<span class="byline">By Writer Number{i}</span><p>{prose(rng, 6)}</p></div>\n')
    return page("", "", '<section class="comments">' + "".join(parts) + "</section>")


def json_ld(n_bytes, rng):
    graph, size, i = [], 0, 0
    while size < n_bytes:
        kind = i % 4
        if kind == 0:
            item = {"@type": "NewsArticle", "@id": f"#article-{i}", "headline": prose(rng, 9),
                    "datePublished": f"2026-10-{i % 28 + 1:02d}T10:00:00Z",
                    "author": {"@type": "Person", "name": f"Writer Number{i}"}}
        elif kind == 1:
            item = {"@type": "Person", "@id": f"#person-{i}", "name": f"Writer Number{i}",
                    "url": f"https://gazette.example/people/{i}"}
        elif kind == 2:
            item = {"@type": "WebPage", "@id": f"#page-{i}", "name": prose(rng, 6),
                    "url": f"https://gazette.example/page/{i}"}
        else:
            item = {"@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": p, "name": prose(rng, 2)} for p in range(1, 4)]}
        text = json.dumps(item)
        graph.append(text)
        size += len(text) + 1
        i += 1
    block = '{"@context":"https://schema.org","@graph":[' + ",".join(graph) + "]}"
    return page(f'<script type="application/ld+json">{block}</script>\n', "")


def headings(n, rng):
    return page("", "".join(f"<h{1 + i % 2}>{prose(rng, 6).rstrip('.')}</h{1 + i % 2}>\n<p>{prose(rng, 12)}</p>\n"
                            for i in range(n)))


def table(n_bytes, rng):
    rows, size, i = [], 0, 0
    while size < n_bytes:
        row = "<tr>" + "".join(f"<td>{rng.choice(WORDS)} {i * 6 + c}</td>" for c in range(6)) + "</tr>\n"
        rows.append(row)
        size += len(row)
        i += 1
    return page("", "<table><tbody>\n" + "".join(rows) + "</tbody></table>")


def one_paragraph(n_bytes, rng):
    text, size = [], 0
    while size < n_bytes:
        w = rng.choice(WORDS)
        text.append(w)
        size += len(w) + 1
    return page("", "<p>" + " ".join(text) + "</p>")


def inline_nesting(n, rng):
    tags = ["b", "i", "span", "em", "strong"]
    opening = "".join(f"<{tags[i % 5]}>{rng.choice(WORDS)} " for i in range(n))
    closing = "".join(f"</{tags[i % 5]}>" for i in reversed(range(n)))
    return page("", "<p>" + opening + closing + "</p>")


def reference(n_bytes, rng):
    """The ordinary page: the same article with made-up paragraphs until `n_bytes`."""
    shell = len(page("", "").encode())
    paras, size = [], shell
    while size < n_bytes:
        p = "<p>" + prose(rng, rng.randint(40, 90)) + "</p>\n"
        paras.append(p)
        size += len(p)
    return page("", "".join(paras))


SHAPES = {
    "a": lambda s, r: related(int(20_000 * s), r),
    "b": lambda s, r: tiny_paragraphs(int(50_000 * s), r),
    "c": lambda s, r: nested(int(10_000 * s), r),
    "d": lambda s, r: no_space(int(5_000_000 * s), r),
    "e": lambda s, r: dates(int(20_000 * s), r),
    "f": lambda s, r: bylines(int(5_000 * s), r),
    "g": lambda s, r: json_ld(int(2_000_000 * s), r),
    "h": lambda s, r: headings(int(10_000 * s), r),
    "i": lambda s, r: table(int(10_000_000 * s), r),
    "j": lambda s, r: one_paragraph(int(5_000_000 * s), r),
    "k": lambda s, r: inline_nesting(int(10_000 * s), r),
}


def main():
    ap = argparse.ArgumentParser(usage=__doc__.splitlines()[0].removeprefix("usage: "))
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "work", "hostile"))
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--only", default=",".join(SHAPES))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for name in args.only.split(","):
        text = SHAPES[name](args.scale, random.Random(name))
        data = text.encode()
        with open(os.path.join(args.out, name + ".html"), "wb") as f:
            f.write(data)
        with open(os.path.join(args.out, name + "-ref.html"), "wb") as f:
            f.write(reference(len(data), random.Random(name + "-ref")).encode())
        print(f"{name}: {len(data):,} bytes")


if __name__ == "__main__":
    main()
