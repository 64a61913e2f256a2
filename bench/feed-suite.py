#!/usr/bin/env python3
"""Scores `lede export` on Python feedparser's test suite (its tests/ folder, read in place).

Each feed file of tests/wellformed carries an "Expect:" line, a Python expression over feedparser's result
("not bozo and entries[0]['title'] == 'Example'"). The expression is evaluated here against lede's export of
the file, through stand-ins that answer only for what lede keeps: an entry's title, link, author (byline),
published/updated/created date, content/summary/description (the body), and the feed's title (each item's
site). A case whose expression asks anything else (a language, a tag, a guid, the feed's rights…) is not
lede's and is left out. How values compare:

- text (title, body, feed title): feedparser gives HTML for HTML constructs and the literal text for plain
  ones; lede gives text. The expected value is read as HTML (tags dropped, entities read) and compared with
  lede's text, whitespace ignored; equality with the literal value also counts, and is counted apart
  ("literal") so a reader can see that lede did not show markup as text where it should have rendered it;
- author: the expected string without e-mail addresses and the brackets left around them (lede's byline
  leaves addresses out on purpose); author_detail.name as it is;
- dates: feedparser's UTC struct_time against lede's ISO date converted to UTC (year to second; a date with
  no time reads as midnight);
- link: as it is.

Files whose items lede merges with an identical earlier article (same title, link and body) are exported
again alone when their case asks for the byline, date or feed title, which the merge does not compare.

Usage: feed-suite.py JAR TESTS_DIR [--cases FILE]
"""
import ast
import html
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import datetime, timezone


class NotKept(Exception):
    """The expression asks for something lede does not keep."""


class NoArticle(Exception):
    """lede gave no article for the file, so no entry can be compared."""


class Unknown(Exception):
    """The field was lost to a merge; the file must be exported alone."""


TAG = re.compile(r"<[^>]*>")
SPACE = re.compile(r"\s+")
EMAIL = re.compile(r"<?\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b>?")


def squeeze(text):
    return SPACE.sub("", text or "")


def html_text(value):
    no_script = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", "", value)
    return html.unescape(TAG.sub(" ", no_script))


def text_match(mine, other):
    """How lede's text equals a value that may be HTML: "html" (as a browser shows it), "literal" (the value as it
    is, markup and all), or None; whitespace ignored."""
    squeezed = squeeze(mine)
    if squeezed == squeeze(html_text(other)):
        return "html"
    if squeezed == squeeze(other):
        return "literal"
    return None


def without_addresses(author):
    """An author string as lede's byline gives it: e-mail addresses, and the brackets left around them, dropped."""
    wanted = EMAIL.sub(" ", author)
    wanted = re.sub(r"\(\s*\)|<\s*>|\[\s*\]", " ", wanted)
    return SPACE.sub(" ", wanted).strip(" ,;")


def utc_fields(iso):
    """An ISO date or date-time as (year, month, day, hour, minute, second) in UTC; a date alone reads as midnight."""
    if not iso:
        return None
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


class Compared:
    """A value of lede's that an Expect line compares with ==: _eq says how."""

    def __eq__(self, other):
        return self._eq(other)

    def __ne__(self, other):
        return not self._eq(other)

    __hash__ = None


class Text(Compared):
    """lede's text for a field that feedparser may hold as HTML."""

    literal_hits = []

    def __init__(self, value, case):
        self.value = value
        self.case = case

    def _eq(self, other):
        if not isinstance(other, str):
            raise NotKept("compared with " + type(other).__name__)
        how = text_match(self.value, other)
        if how == "literal":
            Text.literal_hits.append(self.case)
        return how is not None


class Author(Compared):
    def __init__(self, value):
        self.value = value

    def _eq(self, other):
        if not isinstance(other, str):
            raise NotKept("compared with " + type(other).__name__)
        return (self.value or "").strip() == without_addresses(other)


class Date(Compared):
    def __init__(self, iso):
        self.iso = iso

    def utc(self):
        return utc_fields(self.iso)

    def _eq(self, other):
        if not isinstance(other, tuple):
            raise NotKept("date compared with " + type(other).__name__)
        return self.utc() == tuple(other[:6])


class Detail:
    """A feedparser *_detail dict (or content[0]) of which lede keeps one key."""

    def __init__(self, key, value):
        self.key = key
        self.val = value

    def __getitem__(self, key):
        if key == self.key:
            return self.val
        raise NotKept(key)

    def __getattr__(self, key):
        return self[key]


class Entry:
    def __init__(self, record, case, merged):
        self.record = record
        self.case = case
        self.merged = merged

    def _field(self, name):
        if self.record is None:
            raise NoArticle()
        if self.merged and name in ("byline", "published", "site"):
            raise Unknown()
        return self.record.get(name)

    def __getitem__(self, key):
        if key in ("title", "title_detail"):
            # lede heads an item whose title has no text "(untitled)" (or by its first words, not told apart here).
            title = self._field("title")
            text = Text("" if title == "(untitled)" else title, self.case)
            return text if key == "title" else Detail("value", text)
        if key in ("summary", "description"):
            return Text(self._field("body"), self.case)
        if key == "summary_detail":
            return Detail("value", Text(self._field("body"), self.case))
        if key == "content":
            return [Detail("value", Text(self._field("body"), self.case))]
        if key == "link":
            return self._field("url")
        if key == "author":
            return Author(self._field("byline"))
        if key == "author_detail":
            return Detail("name", self._field("byline"))
        if key in ("published_parsed", "updated_parsed", "created_parsed"):
            return Date(self._field("published"))
        raise NotKept(key)

    def __getattr__(self, key):
        if key.startswith("_"):
            raise AttributeError(key)
        return self[key]

    def __contains__(self, key):
        raise NotKept("in")


class Entries:
    def __init__(self, records, case, merged):
        self.records = records
        self.case = case
        self.merged = merged

    def __getitem__(self, index):
        if not isinstance(index, int):
            raise NotKept("entries slice")
        if not self.records:
            raise NoArticle()
        if index >= len(self.records):
            raise NotKept("entry %d" % index)
        return Entry(self.records[index], self.case, self.merged)

    def __len__(self):
        raise NotKept("len")


class Feed:
    def __init__(self, records, merged):
        self.records = records
        self.merged = merged

    def __getitem__(self, key):
        if key not in ("title", "title_detail"):
            raise NotKept(key)
        if not self.records:
            raise NoArticle()
        if self.merged:
            raise Unknown()
        site = Text(self.records[0].get("site"), None)
        return site if key == "title" else Detail("value", site)

    def __getattr__(self, key):
        if key.startswith("_"):
            raise AttributeError(key)
        return self[key]

    def __contains__(self, key):
        raise NotKept("in")


class Names(dict):
    def __init__(self, records, case, merged):
        super().__init__()
        self.records = records
        self.case = case
        self.merged = merged

    def __missing__(self, name):
        if name == "bozo":
            return False
        if name == "entries":
            return Entries(self.records, self.case, self.merged)
        if name == "feed":
            return Feed(self.records, self.merged)
        if name in ("True", "False", "None"):
            return {"True": True, "False": False, "None": None}[name]
        raise NotKept(name)


def expectation(path):
    """The Expect line, or None; a case that needs an HTTP header (a "Header:" line) or the test server's address
    (http_*) is not a file's."""
    with open(path, "rb") as f:
        head = f.read(4096).decode("utf-8", "replace")
    m = re.search(r"Expect:\s*(.*)", head)
    if not m or re.search(r"^Header:", head, re.M) or os.path.basename(path).startswith("http_"):
        return None  # http_* cases are served by feedparser's test server: their base is its address
    return m.group(1).strip()


ITEM_OPEN = re.compile(r"<((?:[\w.-]+:)?)(item|entry)\b[^<>]*?(?<!/)>", re.I)


def padded(path, workdir, title="padded title"):
    """A copy of the feed whose first item gets a title, for an item lede skips by design (no title, link or
    content: nothing to list), so its byline, date and feed title can still be compared; in a feed without items,
    a titled item added at its end, so the feed's title (each item's site) can be; None when neither can be done."""
    with open(path, "rb") as f:
        data = f.read()
    text = data.decode("latin-1")  # byte for byte: the copy keeps the file's own encoding
    m = ITEM_OPEN.search(text)
    if m:
        padded_text = text[: m.end()] + "<%stitle>%s</%stitle>" % (m.group(1), title, m.group(1)) + text[m.end():]
    else:
        # A feed without items: one titled item at the end of the channel (RSS 2.0), else of the root (Atom, RDF).
        root = re.search(r"<((?:[\w.-]+:)?)(rss|feed|rdf|channel)\b", text, re.I)
        if not root:
            return None
        prefix, name = root.group(1), root.group(2).lower()
        item = "entry" if name == "feed" else "item"
        close = None
        if name == "rss":
            close = list(re.finditer(r"</%schannel\s*>" % re.escape(prefix), text, re.I))
        if not close:
            close = list(re.finditer(r"</%s%s\s*>" % (re.escape(prefix), root.group(2)), text, re.I))
        if not close:
            return None
        at = close[-1].start()
        padded_text = text[:at] + "<%s%s><%stitle>%s</%stitle></%s%s>" % (
            prefix, item, prefix, title, prefix, prefix, item) + text[at:]
    copy = os.path.join(workdir, os.path.relpath(path, "/").replace(os.sep, "__"))
    with open(copy, "wb") as f:
        f.write(padded_text.encode("latin-1"))
    return copy


KEPT_KEYS = {"title", "title_detail", "summary", "description", "summary_detail", "content", "link", "author",
             "author_detail", "published_parsed", "updated_parsed", "created_parsed", "value", "name"}
KEPT_NAMES = {"bozo", "entries", "feed", "True", "False", "None"}


def concerns_lede(expr):
    """Whether every name and key the expression reads is one lede keeps (read before evaluating, so that
    a kept field compared first does not decide a case that also asks for one lede does not keep)."""
    try:
        tree = ast.parse(expr, mode="eval")
    except SyntaxError:
        return False
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id not in KEPT_NAMES:
            return False
        if isinstance(node, (ast.Call, ast.Attribute)):
            return False
        if isinstance(node, ast.Subscript):
            key = node.slice
            if isinstance(key, ast.Constant) and isinstance(key.value, str) and key.value not in KEPT_KEYS:
                return False
            if isinstance(key, ast.Constant) and isinstance(key.value, int) and key.value != 0:
                return False
    return True


def judge(expr, records, case, merged):
    if not concerns_lede(expr):
        return "not lede's"
    try:
        result = eval(expr, {"__builtins__": {}}, Names(records, case, merged))
        return "right" if result else "wrong"
    except NotKept:
        return "not lede's"
    except NoArticle:
        return "no article"
    except Unknown:
        return "unknown"
    except Exception:  # an expression the stand-ins cannot answer (a method call, arithmetic)
        return "not lede's"


def export(jar, paths):
    """lede's records by file, and the merges and problem lines it reported."""
    proc = subprocess.run(
        ["java", "-jar", jar, "export", "--no-state"] + paths, capture_output=True, text=True
    )
    records = defaultdict(list)
    for line in proc.stdout.splitlines():
        record = json.loads(line)
        source = record["source"]
        path = source.rsplit("#", 1)[0] if "#" in source else source
        records[path].append(record)
    merges = {}
    for line in proc.stderr.splitlines():
        m = re.match(r"lede: (.*?)(#\d+)?: same article as (.*?)(#\d+)?; merged$", line)
        if m:
            merges.setdefault(m.group(1), m.group(3))
    return records, merges, proc.stderr.splitlines(), proc.returncode


def crashes(lines):
    return [l for l in lines if re.search(r"Exception|Error:|^\s+at [\w.$]+\(", l) and "not a feed" not in l]


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    jar, tests = sys.argv[1], sys.argv[2]
    cases_out = sys.argv[sys.argv.index("--cases") + 1] if "--cases" in sys.argv else None
    wellformed = os.path.join(tests, "wellformed")
    # CDF (Microsoft's Channel Definition Format) is no format lede claims to read.
    files = sorted(
        os.path.join(d, f) for d, _, fs in os.walk(wellformed) for f in fs
        if f.endswith(".xml") and os.path.basename(d) != "cdf"
    )
    records, merges, stderr, _ = export(jar, [wellformed])
    crashed = crashes(stderr)

    verdicts = {}
    again = []
    for path in files:
        expr = expectation(path)
        if expr is None:
            continue
        merged = path in merges
        own = records.get(path) or (records.get(merges[path]) if merged else [])
        verdict = judge(expr, own, path, merged)
        if verdict == "unknown":
            again.append(path)
        verdicts[path] = (verdict, expr)
    for path in again:  # alone, so nothing merges
        alone, _, lines, _ = export(jar, [path])
        crashed += crashes(lines)
        verdicts[path] = (judge(verdicts[path][1], alone.get(path, []), path, False), verdicts[path][1])
    itemless = {m.group(1) for m in (re.match(r"lede: (.*?): feed has no items$", l) for l in stderr) if m}
    skipped = {m.group(1) for m in (re.match(r"lede: (.*?): \d+ items? ha(?:s|ve) no title", l) for l in stderr) if m}
    padded_cases = {}
    with tempfile.TemporaryDirectory() as work:
        copies = {}
        for path, (verdict, expr) in verdicts.items():
            if verdict == "no article" and (path in skipped or path in itemless):
                copy = padded(path, work)
                if copy:
                    copies[copy] = path
        if copies:
            got, got_merges, lines, _ = export(jar, sorted(copies))
            crashed += crashes(lines)
            for copy, path in copies.items():
                own = got.get(copy) or got.get(got_merges.get(copy), [])
                verdict = judge(verdicts[path][1], own, path, copy in got_merges)
                if verdict == "unknown":
                    alone, _, more, _ = export(jar, [copy])
                    crashed += crashes(more)
                    own = alone.get(copy, [])
                    verdict = judge(verdicts[path][1], own, path, False)
                verdicts[path] = (verdict, verdicts[path][1])
                padded_cases[path] = own

    by_folder = defaultdict(Counter)
    for path, (verdict, _) in verdicts.items():
        folder = os.path.relpath(path, wellformed).split(os.sep)[0]
        by_folder["sanitize" if folder == "sanitize" else "other"][verdict] += 1
        by_folder["all"][verdict] += 1
    literal = sorted(set(p for p in Text.literal_hits if verdicts.get(p, ("",))[0] == "right"))

    print("feedparser suite: %d well-formed feeds with an Expect line (%s)" % (len(verdicts), tests))
    print("%-10s %6s %6s %8s %11s %11s" % ("", "right", "wrong", "score", "no article", "not lede's"))
    for group in ("other", "sanitize", "all"):
        c = by_folder[group]
        scored = c["right"] + c["wrong"]
        print("%-10s %6d %6d %8s %11d %11d" % (
            group, c["right"], c["wrong"],
            "%.1f %%" % (100.0 * c["right"] / scored) if scored else "-", c["no article"], c["not lede's"]))
    print("(right by literal equality, to be looked at: %d; items lede skips for want of a title, link or content,"
          " or feeds without items, scored with a titled item: %d, of them right %d)" % (
              len(literal), len(padded_cases), sum(1 for p in padded_cases if verdicts[p][0] == "right")))

    illformed = os.path.join(tests, "illformed")
    ill_files = sorted(os.path.join(d, f) for d, _, fs in os.walk(illformed) for f in fs)
    ill_records, _, ill_lines, _ = export(jar, [illformed]) if ill_files else ({}, {}, [], 0)
    crashed += crashes(ill_lines)
    silent = [p for p in ill_files if p not in ill_records and not any(p in l for l in ill_lines)]
    noisy = [p for p in ill_files if sum(1 for l in ill_lines if l.startswith("lede: " + p)) > 1]
    print("ill-formed feeds: %d; articles from %d, one line for %d, silent %d, more than one line %d" % (
        len(ill_files), sum(1 for p in ill_files if p in ill_records),
        sum(1 for p in ill_files if sum(1 for l in ill_lines if l.startswith("lede: " + p)) == 1),
        len(silent), len(noisy)))
    reasons = Counter(re.sub(r"^lede: [^:]*: ", "", l) for l in stderr if "merged" not in l)
    print("well-formed feeds lede names on stderr, by reason:")
    for reason, n in reasons.most_common():
        print("  %5d  %s" % (n, re.sub(r"\d+", "N", reason)[:110]))
    print("crashes or stack traces: %d" % len(crashed))
    for line in crashed[:10]:
        print("  " + line[:160])

    if cases_out:
        with open(cases_out, "w") as out:
            for path, (verdict, expr) in sorted(verdicts.items()):
                got = padded_cases.get(path) or records.get(path) or records.get(merges.get(path), [])
                first = got[0] if got else {}
                out.write("%s\t%s%s\t%s\t%s\n" % (
                    verdict, os.path.relpath(path, tests), " (literal)" if path in literal else "",
                    expr, json.dumps({k: first.get(k) for k in ("title", "byline", "published", "url", "site", "body")},
                                     ensure_ascii=False)))
        print("each case: " + cases_out)
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
