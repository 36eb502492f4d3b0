#!/usr/bin/env python3
"""Scores folio's text reader on real text exports of web pages against Mozilla Readability's answers.

Usage: real_text_exports.py FOLIO [DIR] [--pages NAME,...] [--verbose]

DIR (default: ../shared/realpages relative to the repository) holds text-exports/{reader,page}/NAME.txt
and mozilla-readability/NAME/{expected-metadata.json,expected.html}. Each export is read with
`FOLIO NAME.txt -f text -t json` and compared with the page's expected metadata and article.

Only real pages count. A page is left out when
  - its folder name starts with a digit (Readability's numbered unit tests), or
  - its expected article has fewer than 60 words or contains "lorem ipsum" (synthetic test pages,
    whose <title> is the test's name), or
  - fewer than half of the letters of its expected article are Latin (the figures are for
    Latin-script pages; Chinese and Japanese pages are read but not scored).

Per kind of export (reader copy, whole page) it prints:
  title right   folio's title equals Readability's, ignoring case, punctuation and spacing, or one
                of them is the other with a site name or author cut off at a separator (| - – — : ·),
                or the shorter is a run of words of the longer with at least 60 % of its words;
                "or the page's own h1" also counts a title that is the text of an h1 of source.html
                (the visible headline where Readability takes the <title>);
  byline        pages with a byline whose people folio names (at least one name, each of its words
                in Readability's byline), and the junk names (authors folio gives that are not);
                "hand-checked" scores whole-page copies against real_pages_bylines.json where
                Readability's byline is not the article's author (a reader copy prints Readability's);
  body F1       mean F1 of the bags of word 4-grams of folio's blocks (and bios) against expected.html,
                and the same for keeping every line of the export, for comparison;
  headings      expected headings (h1-h6 of expected.html) that folio found as headings, and folio's
                headings that are no heading there (false headings);
  language      folio's language equals Readability's (primary subtag), where Readability has one;
  failures      exports folio could not read.
"""

import collections
import html.parser
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from real_pages import CHECKED_BYLINES, is_visible_headline  # noqa: E402

WORD = re.compile(r"\w+", re.UNICODE)
SEPARATORS = re.compile(r"\s+[|\-–—:·»/]+\s+|:\s+")


def words(text):
    return WORD.findall(text.lower())


def norm(text):
    return " ".join(words(text))


class ArticleText(html.parser.HTMLParser):
    """The text of expected.html and its headings."""

    BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "tr", "br",
              "figcaption", "section", "article", "ul", "ol", "table", "dd", "dt"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.headings = []
        self.heading = None
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCKS:
            self.parts.append("\n")
        if re.fullmatch(r"h[1-6]", tag):
            self.heading = []

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if re.fullmatch(r"h[1-6]", tag) and self.heading is not None:
            text = norm("".join(self.heading))
            if text:
                self.headings.append(text)
            self.heading = None
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        self.parts.append(data)
        if self.heading is not None:
            self.heading.append(data)


def read_expected(folder):
    parser = ArticleText()
    with open(os.path.join(folder, "expected.html"), encoding="utf-8") as f:
        parser.feed(f.read())
    with open(os.path.join(folder, "expected-metadata.json"), encoding="utf-8") as f:
        meta = json.load(f)
    with open(os.path.join(folder, "source.html"), encoding="utf-8", errors="replace") as f:
        meta["source"] = f.read()
    return meta, "".join(parser.parts), parser.headings


def is_real(name, text):
    if name[:1].isdigit():
        return False
    if len(words(text)) < 60 or "lorem ipsum" in text.lower():
        return False
    letters = [c for c in text if c.isalpha()]
    latin = sum(1 for c in letters if ord(c) < 0x250)
    return latin * 2 >= len(letters)


def shingles(tokens, n=4):
    return collections.Counter(tuple(tokens[i:i + n]) for i in range(max(0, len(tokens) - n + 1)))


def f1(got_text, want_text):
    got, want = shingles(words(got_text)), shingles(words(want_text))
    if not got or not want:
        return 0.0
    overlap = sum((got & want).values())
    if overlap == 0:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def title_right(got, want_raw):
    got, want = norm(got or ""), norm(want_raw or "")
    if not got or not want:
        return got == want
    if got == want:
        return True
    if got in [norm(part) for part in SEPARATORS.split(want_raw)]:
        return True
    shorter, longer = sorted((got.split(), want.split()), key=len)
    if len(shorter) < 0.6 * len(longer):
        return False
    return f" {' '.join(shorter)} " in f" {' '.join(longer)} "


def block_text(block):
    parts = [block.get("text") or ""]
    if block.get("type") == "figure":
        parts = [block.get("caption") or "", block.get("credit") or ""]
    if block.get("type") == "list":
        parts = [item if isinstance(item, str) else item.get("text", "") for item in block.get("items", [])]
    return "\n".join(p for p in parts if isinstance(p, str))


def run_folio(folio, path):
    done = subprocess.run([folio, path, "-f", "text", "-t", "json"], capture_output=True, timeout=60)
    if done.returncode != 0:
        return None
    return json.loads(done.stdout.decode("utf-8"))


def byline_match(authors, reference):
    """The authors named in the reference byline and the others (junk)."""
    reference_words, reference_norm = set(words(reference)), norm(reference)
    right = [a for a in authors if norm(a) and (set(words(a)) <= reference_words or norm(a) in reference_norm)]
    return right, [a for a in authors if a not in right]


class Score:
    def __init__(self, whole_page):
        self.whole_page = whole_page
        self.pages = 0
        self.failures = []
        self.titles = 0
        self.visible_titles = 0
        self.checked_bylines = 0
        self.checked_byline_pages = 0
        self.checked_junk = 0
        self.byline_pages = 0
        self.bylines = 0
        self.junk = []
        self.f1 = []
        self.every_line_f1 = []
        self.want_headings = 0
        self.found_headings = 0
        self.folio_headings = 0
        self.false_headings = 0
        self.lang_pages = 0
        self.langs = 0
        self.misses = collections.defaultdict(list)

    def add(self, name, doc, export_text, meta, article, headings):
        self.pages += 1
        self.every_line_f1.append(f1(export_text, article))
        if doc is None:
            self.failures.append(name)
            self.f1.append(0.0)
            return
        m = doc.get("meta", {})
        if title_right(m.get("title"), meta.get("title")):
            self.titles += 1
        else:
            visible = is_visible_headline(m.get("title") or "", meta["source"])
            self.visible_titles += visible
            self.misses["title"].append(f"{name}{' [the page h1]' if visible else ''}: "
                                        f"{m.get('title')!r} <> {meta.get('title')!r}")
        authors = [a.get("name") or "" for a in m.get("authors") or []]
        right, junk = byline_match(authors, meta.get("byline") or "")
        self.junk += [f"{name}: {a}" for a in junk]
        if meta.get("byline") and words(meta.get("byline")):
            self.byline_pages += 1
            if right:
                self.bylines += 1
            else:
                self.misses["byline"].append(f"{name}: {authors} <> {meta.get('byline')!r}")
        # A reader copy prints Readability's byline: there it is the right answer. Where Readability has
        # none, the copy may still print the author in the article's text, as the page does.
        checked = meta.get("byline") or ""
        if name in CHECKED_BYLINES and (self.whole_page or not checked):
            checked = CHECKED_BYLINES[name]["byline"]
        right, junk = byline_match(authors, checked)
        self.checked_junk += len(junk)
        if checked and words(checked):
            self.checked_byline_pages += 1
            self.checked_bylines += bool(right)
        blocks = doc.get("blocks", [])
        body = "\n".join(block_text(b) for b in blocks)
        body += "\n" + "\n".join(a.get("bio") or "" for a in m.get("authors") or [])
        score = f1(body, article)
        self.f1.append(score)
        self.misses["f1"].append(f"{name}: {score:.3f}")
        folio_headings = [norm(b.get("text", "")) for b in blocks if b.get("type") == "heading"]
        self.want_headings += len(headings)
        self.found_headings += sum(1 for h in headings if h in folio_headings)
        self.folio_headings += len(folio_headings)
        missed = [h for h in headings if h not in folio_headings]
        if missed:
            self.misses["missed headings"].append(f"{name}: {len(missed)} missed: {missed[:5]}")
        false = [h for h in folio_headings if h not in headings]
        self.false_headings += len(false)
        if false:
            self.misses["headings"].append(f"{name}: {len(false)} false: {false[:12]}")
        if meta.get("lang"):
            self.lang_pages += 1
            want_lang = meta["lang"].lower().split("-")[0]
            got_lang = (m.get("lang") or "").lower().split("-")[0]
            if got_lang == want_lang:
                self.langs += 1
            else:
                self.misses["lang"].append(f"{name}: {got_lang!r} <> {want_lang!r}")

    def report(self, kind, verbose):
        def pct(a, b):
            return f"{100.0 * a / b:5.1f} % ({a}/{b})" if b else "  n/a"

        mean = lambda xs: sum(xs) / len(xs) if xs else 0.0
        print(f"== {kind}: {self.pages} real pages")
        print(f"  title right (lenient)   {pct(self.titles, self.pages)}")
        print(f"    or the page's own h1  {pct(self.titles + self.visible_titles, self.pages)}")
        print(f"  byline names found      {pct(self.bylines, self.byline_pages)}, junk names {len(self.junk)}")
        print(f"    hand-checked bylines  {pct(self.checked_bylines, self.checked_byline_pages)}, "
              f"junk names {self.checked_junk}")
        print(f"  body word 4-gram F1     {mean(self.f1):.3f} (every line kept: {mean(self.every_line_f1):.3f})")
        print(f"  headings found          {pct(self.found_headings, self.want_headings)}")
        print(f"  false headings          {pct(self.false_headings, self.folio_headings)}")
        print(f"  language                {pct(self.langs, self.lang_pages)}")
        print(f"  failures                {len(self.failures)} {' '.join(self.failures)}")
        if verbose:
            for key in ("title", "byline", "headings", "missed headings", "lang", "f1"):
                for line in self.misses[key]:
                    print(f"    {key}: {line}")
            for line in self.junk:
                print(f"    junk: {line}")


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in argv
    only = None
    for a in argv[1:]:
        if a.startswith("--pages="):
            only = set(a.split("=", 1)[1].split(","))
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    folio = os.path.abspath(args[0])
    here = os.path.dirname(os.path.abspath(__file__))
    root = args[1] if len(args) > 1 else os.path.join(here, "..", "..", "..", "shared", "realpages")
    expected_root = os.path.join(root, "mozilla-readability")
    for kind, folder in (("reader copy", "reader"), ("whole page", "page")):
        score = Score(folder == "page")
        export_dir = os.path.join(root, "text-exports", folder)
        for file in sorted(os.listdir(export_dir)):
            name = file[:-4]
            if not file.endswith(".txt") or (only and name not in only):
                continue
            page = os.path.join(expected_root, name)
            if not os.path.isdir(page):
                continue
            meta, article, headings = read_expected(page)
            if not is_real(name, article):
                continue
            path = os.path.join(export_dir, file)
            with open(path, encoding="utf-8", errors="replace") as f:
                export_text = f.read()
            score.add(name, run_folio(folio, path), export_text, meta, article, headings)
        score.report(kind, verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
