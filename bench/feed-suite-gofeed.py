#!/usr/bin/env python3
"""Feed parsing against gofeed's test suite (Go, MIT-licensed), a second suite beside feedparser's (feed-suite.sh).

gofeed's testdata/ holds feeds each beside the JSON gofeed makes of it: translator/{rss,atom,json}/NAME.xml (or
NAME.json) with NAME.json (or NAME_expected.json), gofeed's universal feed; parser/{rss,atom,json} the same in
each format's own shape (channel and items, feed and entries, JSON Feed). `lede export --no-state` reads all the
feeds in one JVM, and each case is compared on what lede keeps, for each item gofeed gives:

- headline: the item's title (an Atom entry's title text construct);
- url: the item's link (an Atom entry's first alternate link, or one without rel; a JSON Feed item's url);
- byline: the item's author names, joined by ", ", e-mail addresses left out as lede leaves them out (a feed's
  own author, which lede gives to items naming nobody, is not compared: gofeed keeps it on the feed);
- published: the item's publication date, else its update date, as an instant in UTC to the second (a date
  lede keeps without a time is compared by its day);
- body: the item's content, else its description or summary, as the text a browser shows of it (tags dropped,
  entities read), whitespace ignored; equality with the value as it is also counts and is counted apart
  ("literal"): gofeed keeps markup, lede keeps text, and a literal hit is markup lede showed as text;
- site: the feed's title, as text like the body.

A case is right when every one of these that gofeed gives for it is equal, wrong when one is not; a case in which
gofeed gives none of them (a category, a language, an image, an enclosure...) is not lede's. An item lede skips
for want of a title, link and content (most cases here have one field alone), or a feed without items, is scored
on a copy of the file whose item gets a title (feed-suite.py's padded()), as with feedparser's suite; the title
then is not compared. A file lede gives nothing for even so is skipped. Files whose items lede merged with an
identical earlier article are read from that article, and exported alone when their case asks for the byline,
date or site, which the merge does not compare.

The suite is read where it lies and never copied into the repository. To fetch it on Debian (bookworm's 1.1.3-1):
  mkdir -p target/gofeed && cd target/gofeed && apt-get download golang-github-mmcdole-gofeed-dev \\
    && dpkg -x golang-github-mmcdole-gofeed-dev_*.deb x
(the suite is target/gofeed/x/usr/share/gocode/src/github.com/mmcdole/gofeed/testdata); or gofeed's source.

Usage: bench/feed-suite-gofeed.py [TESTDATA_DIR] [--jar JAR] [--cases FILE]
       (TESTDATA_DIR defaults to $GOFEED_TESTDATA, else the folder above under target/gofeed)
"""
import importlib.util
import json
import os
import re
import sys
import tempfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("feed_suite", os.path.join(HERE, "feed-suite.py"))
fs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fs)

FIELDS = ("headline", "url", "byline", "published", "body", "site")
GROUPS = ("translator/rss", "translator/atom", "translator/json", "parser/rss", "parser/atom", "parser/json")
DEFAULT_TESTDATA = "target/gofeed/x/usr/share/gocode/src/github.com/mmcdole/gofeed/testdata"


def cases(testdata):
    """(group, feed file, gofeed's JSON of it) for every feed of the suite with an expected output."""
    found = []
    for group in GROUPS:
        folder = os.path.join(testdata, group)
        if not os.path.isdir(folder):
            continue
        names = set(os.listdir(folder))
        for name in sorted(names):
            stem, ext = os.path.splitext(name)
            if group.endswith("json"):
                # A JSON Feed and its NAME_expected.json.
                if ext == ".json" and not stem.endswith("_expected") and stem + "_expected.json" in names:
                    found.append((group, os.path.join(folder, name), os.path.join(folder, stem + "_expected.json")))
            elif ext == ".xml" and stem + ".json" in names:
                found.append((group, os.path.join(folder, name), os.path.join(folder, stem + ".json")))
    return found


def names_of(people):
    """Author names from gofeed's person objects or RSS author strings, joined as lede joins them; "" when the
    authors have no name (an address, a home page: no byline), None when there are none."""
    if not people:
        return None
    names = []
    for person in people:
        if isinstance(person, dict):
            name = (person.get("name") or "").strip()
        else:
            name = fs.without_addresses(person or "")
            name = re.sub(r"^[<(\s]+|[>)\s]+$", "", name)
        if name and name not in names:
            names.append(name)
    return ", ".join(names)


def first_alternate(links):
    for link in links or []:
        if isinstance(link, dict) and link.get("href") and link.get("rel", "alternate") in ("", "alternate"):
            return link["href"]
    return None


def dc(item, key):
    values = (item.get("dublinCoreExt") or {}).get(key) or []
    return values[0] if values else None


def expected(group, data):
    """What gofeed's output says of each field lede keeps: ({field: (value, kind)} per item, the feed's title).
    kind says how a text compares: "html" (a browser's text of it), "text" (as it is) or None (either)."""
    site = data.get("title")
    items = []
    # An Atom feed's authors are those of each entry naming none (RFC 4287 4.2.1), as lede reads them; an RSS
    # channel's managingEditor is lede's choice alone (gofeed's feed author may be the webMaster), not compared.
    feed_people = (data.get("authors") or ([data["author"]] if data.get("author") else [])) if "atom" in group else []
    if group.startswith("translator/"):
        for item in data.get("items") or []:
            people = item.get("authors") or ([item["author"]] if item.get("author") else []) or feed_people
            body = item.get("content") or item.get("description")
            items.append({
                "headline": (item.get("title"), None),
                "url": (item.get("link"), None),
                "byline": (names_of(people), None),
                "published": (item.get("publishedParsed") or item.get("updatedParsed"), None),
                "body": (body, None),
            })
    elif group == "parser/rss":
        for item in data.get("items") or []:
            authors = [item["author"]] if item.get("author") else []
            authors = authors or ([dc(item, "creator")] if dc(item, "creator") else [])
            items.append({
                "headline": (item.get("title"), None),
                "url": (item.get("link"), None),
                "byline": (names_of(authors), None),
                "published": (item.get("pubDateParsed") or item.get("dcDateParsed"), None),
                "body": (item.get("content") or item.get("description") or dc(item, "description"), None),
            })
    elif group == "parser/atom":
        for entry in data.get("entries") or []:
            content = entry.get("content") or {}
            kind = {"text": "text", "html": "html", "xhtml": "html"}.get(content.get("type"))
            body = (content.get("value"), kind) if content.get("value") else (entry.get("summary"), None)
            items.append({
                "headline": (entry.get("title"), None),
                "url": (first_alternate(entry.get("links")), None),
                "byline": (names_of(entry.get("authors") or (entry.get("source") or {}).get("authors")
                                    or feed_people), None),
                "published": (entry.get("publishedParsed") or entry.get("updatedParsed"), None),
                "body": body,
            })
    elif group == "parser/json":
        for item in data.get("items") or []:
            people = item.get("authors") or ([item["author"]] if item.get("author") else [])
            if item.get("content_html"):
                body = (item["content_html"], "html")
            else:
                body = (item.get("content_text") or item.get("summary"), "text")
            items.append({
                "headline": (item.get("title"), "text"),
                "url": (item.get("url"), None),
                "byline": (names_of(people), None),
                "published": (item.get("date_published") or item.get("date_modified"), None),
                "body": body,
            })
    if not items and names_of(feed_people) is not None:
        items = [{"byline": (names_of(feed_people), None)}]  # what an entry of the feed would have
    # Only what gofeed gives: an empty value is one it does not, but for authors without a name.
    items = [{k: v for k, v in item.items() if v[0] is not None and (v[0] != "" or k == "byline")} for item in items]
    return items, site or None


class Literal:
    hits = set()


def same(field, wanted, kind, got, case):
    """Whether lede's value of the field equals gofeed's."""
    if field in ("headline", "body", "site"):
        got = "" if field == "headline" and got == "(untitled)" else got or ""
        if kind == "html":
            return fs.squeeze(got) == fs.squeeze(fs.html_text(wanted))
        if kind == "text":
            return fs.squeeze(got) == fs.squeeze(wanted)
        how = fs.text_match(got, wanted)
        if how == "literal" and fs.squeeze(fs.html_text(wanted)) != fs.squeeze(wanted):
            Literal.hits.add(case)
        return how is not None
    if field == "byline":
        return (got or "").strip() == wanted
    if field == "published":
        if not got:
            return False
        if "T" not in got:  # a day alone: the day of gofeed's instant where it was written
            return got[:10] == wanted[:10]
        return fs.utc_fields(got) == fs.utc_fields(wanted)
    return (got or "").strip() == wanted.strip()


def versioned(path, workdir):
    """A copy of a JSON Feed whose version ("1.0", "1.1" in gofeed's files) is the jsonfeed.org URL that JSON Feed
    requires and lede looks for; None when the file has one already or is no JSON object."""
    with open(path, encoding="utf-8") as f:
        try:
            feed = json.load(f)
        except ValueError:
            return None
    version = feed.get("version") if isinstance(feed, dict) else None
    if not isinstance(version, str) or "jsonfeed.org" in version:
        return None
    feed["version"] = "https://jsonfeed.org/version/" + re.sub(r"\.0$", "", version)
    copy = os.path.join(workdir, os.path.relpath(path, "/").replace(os.sep, "__"))
    with open(copy, "w", encoding="utf-8") as f:
        json.dump(feed, f)
    return copy


def item_number(record):
    source = record["source"]
    return int(source.rsplit("#", 1)[1]) if "#" in source else 1


def judge(case_items, site, records, padded_file, case):
    """right / wrong / skipped / not lede's, and the fields that differ (field, gofeed's, lede's)."""
    if not site and not any(case_items):
        return "not lede's", []
    if not records:
        return "skipped", []
    by_number = {item_number(r): r for r in records}
    differ = []
    compared = 0
    for index, item in enumerate(case_items):
        record = by_number.get(index + 1)
        if record is None:
            if item:
                differ.append(("item %d" % (index + 1), "present", "skipped"))
            continue
        for field, (wanted, kind) in item.items():
            if field == "headline" and padded_file:
                continue
            got = record.get({"headline": "title"}.get(field, field))
            compared += 1
            if not same(field, wanted, kind, got, case):
                differ.append((field, wanted, got))
    if site:
        compared += 1
        if not same("site", site, None, records[0].get("site"), case):
            differ.append(("site", site, records[0].get("site")))
    if not compared and not differ:
        return "not lede's", []
    return ("wrong" if differ else "right"), differ


def main():
    args = sys.argv[1:]
    root = os.path.dirname(HERE)
    jar = os.path.join(root, "target", "lede.jar")
    cases_out = None
    testdata = os.environ.get("GOFEED_TESTDATA") or os.path.join(root, DEFAULT_TESTDATA)
    while args:
        arg = args.pop(0)
        if arg == "--jar":
            jar = args.pop(0)
        elif arg == "--cases":
            cases_out = args.pop(0)
        elif arg.startswith("-"):
            print("feed-suite-gofeed: unknown argument: " + arg, file=sys.stderr)
            return 2
        else:
            testdata = arg
    if not os.path.isdir(os.path.join(testdata, "translator")):
        print("feed-suite-gofeed: gofeed's testdata/ folder not found at %s (see this script's header to fetch it),"
              " nothing measured" % testdata, file=sys.stderr)
        return 0
    if not os.path.isfile(jar):
        print("feed-suite-gofeed: no jar at %s (build it with ./mvnw -B -DskipTests package)" % jar, file=sys.stderr)
        return 2

    found = cases(testdata)
    wanted = {}
    for group, feed, out in found:
        with open(out, encoding="utf-8") as f:
            wanted[feed] = (group,) + expected(group, json.load(f))
    records, merges, stderr, _ = fs.export(jar, [feed for _, feed, _ in found])
    crashed = fs.crashes(stderr)
    itemless = {m.group(1) for m in (re.match(r"lede: (.*?): feed has no items$", l) for l in stderr) if m}
    skipped = {m.group(1) for m in (re.match(r"lede: (.*?): \d+ items? ha(?:s|ve) no title", l) for l in stderr) if m}

    got = {}
    alone = []
    for _, feed, _ in found:
        if feed in merges:
            # Title, link and body are what the merge compared; the rest must be read alone.
            if any(f in item for item in wanted[feed][1] for f in ("byline", "published")) or wanted[feed][2]:
                alone.append(feed)
            else:
                got[feed] = records.get(merges[feed], [])
        else:
            got[feed] = records.get(feed, [])
    for feed in alone:
        own, _, lines, _ = fs.export(jar, [feed])
        crashed += fs.crashes(lines)
        got[feed] = own.get(feed, [])

    padded = {}
    versions = set()
    with tempfile.TemporaryDirectory() as work:
        copies = {}
        for _, feed, _ in found:
            items, site = wanted[feed][1], wanted[feed][2]
            lacking = [i for i, item in enumerate(items) if item and (i + 1) not in map(item_number, got[feed])]
            if (lacking or not got[feed] and site) and (feed in skipped or feed in itemless):
                copy = fs.padded(feed, work, os.path.basename(feed))  # a title of its own: no merge
                if copy:
                    copies[copy] = feed
            elif feed.endswith(".json") and not got[feed]:
                copy = versioned(feed, work)
                if copy:
                    copies[copy] = feed
                    versions.add(feed)
        if copies:
            more, more_merges, lines, _ = fs.export(jar, sorted(copies))
            crashed += fs.crashes(lines)
            for copy, feed in copies.items():
                own = more.get(copy)
                if own is None and copy in more_merges:
                    own, _, lines, _ = fs.export(jar, [copy])
                    crashed += fs.crashes(lines)
                    own = own.get(copy)
                if feed in versions:
                    got[feed] = own or []
                else:
                    padded[feed] = own or []

    verdicts = {}
    by_group = defaultdict(Counter)
    by_field = defaultdict(Counter)
    for group, feed, _ in found:
        items, site = wanted[feed][1], wanted[feed][2]
        own = padded.get(feed) or got[feed]
        verdict, differ = judge(items, site, own, feed in padded, feed)
        verdicts[feed] = (verdict, differ, own)
        by_group[group][verdict] += 1
        by_group["all"][verdict] += 1
        if verdict in ("right", "wrong"):
            wrong_fields = {d[0] for d in differ}
            for item in items:
                for field in item:
                    if not (field == "headline" and feed in padded):
                        by_field[field]["wrong" if field in wrong_fields else "right"] += 1
            if site:
                by_field["site"]["wrong" if "site" in wrong_fields else "right"] += 1

    print("gofeed suite: %d feeds with gofeed's output (%s)" % (len(found), testdata))
    print("%-16s %6s %6s %8s %8s %11s" % ("", "right", "wrong", "score", "skipped", "not lede's"))
    for group in GROUPS + ("all",):
        c = by_group[group]
        scored = c["right"] + c["wrong"]
        print("%-16s %6d %6d %8s %8d %11d" % (
            group, c["right"], c["wrong"], "%.1f %%" % (100.0 * c["right"] / scored) if scored else "-",
            c["skipped"], c["not lede's"]))
    print("by field (values compared in scored cases): " + ", ".join(
        "%s %d/%d" % (f, by_field[f]["right"], by_field[f]["right"] + by_field[f]["wrong"]) for f in FIELDS))
    literal = [feed for feed in verdicts if feed in Literal.hits and verdicts[feed][0] == "right"]
    print("(right by literal equality, to be looked at: %d; items lede skips for want of a title, link or content,"
          " or feeds without items, scored with a titled item: %d, of them right %d)" % (
              len(literal), len(padded), sum(1 for f in padded if verdicts[f][0] == "right")))
    print("(JSON Feeds whose version is gofeed's \"1.x\", read with the jsonfeed.org URL JSON Feed requires: %d,"
          " of them right %d)" % (len(versions), sum(1 for f in versions if verdicts[f][0] == "right")))
    print("crashes or stack traces: %d" % len(crashed))
    for line in crashed[:10]:
        print("  " + line[:160])

    if cases_out:
        with open(cases_out, "w") as out:
            for _, feed, _ in found:
                verdict, differ, own = verdicts[feed]
                first = own[0] if own else {}
                detail = "; ".join("%s: gofeed %s, lede %s" % (
                    f, json.dumps(w, ensure_ascii=False), json.dumps(g, ensure_ascii=False)) for f, w, g in differ)
                out.write("%s\t%s%s\t%s\t%s\n" % (
                    verdict, os.path.relpath(feed, testdata), " (literal)" if feed in literal else "", detail,
                    json.dumps({k: first.get(k) for k in ("title", "byline", "published", "url", "site", "body")},
                               ensure_ascii=False)))
        print("each case: " + cases_out)
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
