#!/usr/bin/env python3
"""Scores folio's HTML reader on real saved pages against Readability's answers.

Usage: real_pages.py FOLIO [DIR] [--worst N] [--jobs N] [--all]

DIR holds one folder per page with source.html, expected.html and expected-metadata.json (by default
../shared/realpages/mozilla-readability beside the repository). Standard library only.

A page is "real" when its source.html has at least 5 KB (the small ones are synthetic unit-test
pages); the summary gives figures for real pages, --all counts every page.
"""

import argparse
import concurrent.futures
import html.parser
import json
import os
import re
import statistics
import subprocess
import sys
import time
import unicodedata
from collections import Counter

REAL_PAGE_BYTES = 5 * 1024

# Han, kana and Hangul are written without spaces: each character counts as a word.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
WORD = re.compile(f"[{CJK}]|[^\\W\\d_{CJK}]+|\\d+", re.UNICODE)


def words(text):
    return [w.lower() for w in WORD.findall(unicodedata.normalize("NFKC", text or ""))]


class _TextOf(html.parser.HTMLParser):
    """The visible text of an HTML fragment (script and style left out)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript"):
            self._skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript") and self._skip:
            self._skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_text(markup):
    parser = _TextOf()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


def token_f1(found, expected):
    """F1 of the two texts' words taken as bags (multisets)."""
    a, b = Counter(words(found)), Counter(words(expected))
    if not a and not b:
        return 1.0
    common = sum((a & b).values())
    if common == 0:
        return 0.0
    precision = common / sum(a.values())
    recall = common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def block_text(block):
    parts = [block.get("text") or ""]
    if block.get("type") == "figure":
        parts = [block.get("caption") or "", block.get("credit") or ""]
    elif block.get("type") == "list" and not block.get("text"):
        parts = [str(item) for item in block.get("items") or []]
    return "\n".join(p for p in parts if p)


def body_text(document):
    """The article's text: the deck and the authors' bios (Readability keeps both in the article) and
    every block."""
    meta = document.get("meta") or {}
    bios = [a.get("bio") or "" for a in meta.get("authors") or []]
    return "\n".join([meta.get("subtitle") or ""] + [block_text(b) for b in document.get("blocks", [])] + bios)


SITE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|·|::|»|«)\s+")


def relaxed_same(found, expected):
    """Titles agree when one holds the other's words (a site name around the headline is allowed) or
    they share most of their words ("Dropbox's ATF - an" and "Dropbox ATF: an")."""
    f, e = words(found), words(expected)
    if not f or not e:
        return not f and not e
    fs, es = " ".join(f), " ".join(e)
    if fs in es or es in fs:
        return True
    for part in SITE_SEPARATORS.split(expected):
        p = " ".join(words(part))
        if p and (p in fs or fs in p) and len(p) * 2 >= len(es):
            return True
    a, b = set(f), set(e)
    return len(a & b) / len(a | b) >= 0.7


class _Headings(html.parser.HTMLParser):
    """The texts of a page's h1 elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts = []
        self._open = 0

    def handle_starttag(self, tag, attrs):
        if tag == "h1":
            self._open += 1
            self.texts.append("")

    def handle_endtag(self, tag):
        if tag == "h1" and self._open:
            self._open -= 1

    def handle_data(self, data):
        if self._open:
            self.texts[-1] += data


def is_visible_headline(title, source):
    """Whether the title is the text of one of the page's h1 elements."""
    parser = _Headings()
    parser.feed(source)
    return bool(words(title)) and any(words(t) == words(title) for t in parser.texts)


NAME_NOISE = {"by", "and", "und", "von", "par", "et", "por", "y", "di", "e", "door", "en", "av", "och", "of",
              "the", "posted", "written", "follow", "staff", "writer", "reporter", "editor", "correspondent"}


MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "am", "pm"}


def byline_names(expected):
    """The words of Readability's byline that may be names: no marker, role, number or month."""
    return {w for w in words(expected) if w not in NAME_NOISE and w not in MONTHS and not w.isdigit()}


def byline_verdict(authors, expected):
    """'right', 'missed', 'junk' (a name not in the reference byline) or 'none' (no reference byline)."""
    names = [a.get("name") or "" for a in authors]
    if not expected:
        return "none"
    reference = byline_names(expected)
    if not names:
        return "missed"
    for name in names:
        tokens = set(words(name))
        if not tokens or not tokens <= set(words(expected)):
            return "junk"
    found = set().union(*(set(words(n)) for n in names))
    # Readability's bylines keep roles and dates ("By A, MA WebMD Health News"): a third of its words.
    return "right" if len(found & reference) * 3 >= len(reference) else "missed"


# Pages whose Readability byline is not the article's author, checked by hand (see the file's "why"s).
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "real_pages_bylines.json"),
          encoding="utf-8") as _f:
    CHECKED_BYLINES = json.load(_f)["pages"]


def run_page(folio, folder):
    source = os.path.join(folder, "source.html")
    started = time.perf_counter()
    proc = subprocess.run([folio, source, "-f", "html", "-t", "json"], capture_output=True)
    elapsed = time.perf_counter() - started
    with open(os.path.join(folder, "expected-metadata.json"), encoding="utf-8") as f:
        meta = json.load(f)
    with open(os.path.join(folder, "expected.html"), encoding="utf-8") as f:
        expected_text = html_text(f.read())
    result = {
        "name": os.path.basename(folder),
        "real": os.path.getsize(source) >= REAL_PAGE_BYTES,
        "readerable": meta.get("readerable", True) is not False,
        "seconds": elapsed,
        "failed": proc.returncode != 0,
        "error": proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] if proc.returncode else [],
    }
    document = {}
    if proc.returncode == 0:
        try:
            document = json.loads(proc.stdout)
        except json.JSONDecodeError:
            result["failed"] = True
    found_meta = document.get("meta", {})
    body = body_text(document)
    result["empty"] = len(words(body)) == 0
    result["f1"] = token_f1(body, expected_text)
    result["title"] = found_meta.get("title") or ""
    result["expected_title"] = meta.get("title") or ""
    result["title_ok"] = relaxed_same(result["title"], result["expected_title"])
    with open(source, encoding="utf-8", errors="replace") as f:
        result["title_visible"] = not result["title_ok"] and is_visible_headline(result["title"], f.read())
    authors = found_meta.get("authors") or []
    result["authors"] = [a.get("name") for a in authors]
    result["expected_byline"] = meta.get("byline") or ""
    result["byline"] = byline_verdict(authors, result["expected_byline"])
    checked = CHECKED_BYLINES.get(result["name"])
    result["checked_byline"] = result["byline"] if checked is None else byline_verdict(authors, checked["byline"])
    expected_lang = (meta.get("lang") or "").split("-")[0].lower()
    found_lang = (found_meta.get("lang") or "").split("-")[0].lower()
    result["lang"] = "none" if not expected_lang else ("right" if found_lang == expected_lang else "wrong")
    result["found_lang"] = found_lang
    return result


def share(part, whole):
    return f"{part}/{whole} ({100.0 * part / whole:.0f} %)" if whole else "0/0"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_dir = os.path.normpath(os.path.join(here, "..", "..", "..", "shared", "realpages",
                                                "mozilla-readability"))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folio")
    parser.add_argument("dir", nargs="?", default=default_dir)
    parser.add_argument("--worst", type=int, default=0, help="list the N pages with the lowest body F1")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--all", action="store_true", help="count the synthetic pages too")
    parser.add_argument("--details", action="store_true", help="one line per page")
    args = parser.parse_args()

    folders = sorted(os.path.join(args.dir, d) for d in os.listdir(args.dir)
                     if os.path.isfile(os.path.join(args.dir, d, "source.html")))
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(lambda f: run_page(args.folio, f), folders))
    wall = time.perf_counter() - started

    chosen = [r for r in results if args.all or r["real"]]
    if args.details:
        for r in chosen:
            print(f"{r['name']:40} f1={r['f1']:.3f} title={'ok' if r['title_ok'] else 'NO'} "
                  f"byline={r['byline']:6} lang={r['lang']:5} {r['authors']} | {r['expected_byline']!r}")
    f1s = [r["f1"] for r in chosen]
    with_byline = [r for r in chosen if r["byline"] != "none"]
    with_lang = [r for r in chosen if r["lang"] != "none"]
    readerable_empty = [r for r in chosen if r["empty"] and r["readerable"]]
    if args.worst:
        print(f"worst {args.worst} by body F1:")
        for r in sorted(chosen, key=lambda r: r["f1"])[: args.worst]:
            print(f"  {r['f1']:.3f}  {r['name']}{'  FAILED ' + ' '.join(r['error']) if r['failed'] else ''}")
        print("titles that disagree:")
        for r in chosen:
            if not r["title_ok"]:
                visible = " [the page's h1]" if r["title_visible"] else ""
                print(f"  {r['name']}{visible}: {r['title']!r} vs {r['expected_title']!r}")
        print("bylines that disagree:")
        for r in with_byline:
            if r["byline"] != "right":
                print(f"  {r['name']} [{r['byline']}; hand-checked: {r['checked_byline']}]: "
                      f"{r['authors']} vs {r['expected_byline']!r}")
        print("names where the reference has no byline:")
        for r in chosen:
            if r["byline"] == "none" and r["authors"]:
                print(f"  {r['name']}: {r['authors']}")
    kind = "all" if args.all else "real (source.html >= 5 KB)"
    print(f"pages: {len(chosen)} {kind}, of {len(results)}")
    print(f"failures: {sum(r['failed'] for r in chosen)}")
    print(f"empty body: {sum(r['empty'] for r in chosen)} (readerable: {len(readerable_empty)}"
          f"{': ' + ', '.join(r['name'] for r in readerable_empty) if readerable_empty else ''})")
    if f1s:
        print(f"body token F1: mean {statistics.mean(f1s):.3f}, median {statistics.median(f1s):.3f}, "
              f">= 0.9 on {share(sum(f >= 0.9 for f in f1s), len(f1s))}")
    agree = sum(r["title_ok"] for r in chosen)
    visible = sum(r["title_visible"] for r in chosen)
    print(f"title agreement (relaxed): {share(agree, len(chosen))}; with the {visible} pages where folio's "
          f"title is the page's own h1 and Readability's its <title>: {share(agree + visible, len(chosen))}")
    print(f"byline agreement: {share(sum(r['byline'] == 'right' for r in with_byline), len(with_byline))}, "
          f"junk names on {sum(r['byline'] == 'junk' for r in with_byline)}")
    checked = [r for r in chosen if r["checked_byline"] != "none"]
    print(f"byline agreement with the hand-checked bylines of real_pages_bylines.json: "
          f"{share(sum(r['checked_byline'] == 'right' for r in checked), len(checked))}, "
          f"junk names on {sum(r['checked_byline'] == 'junk' for r in checked)}")
    print(f"language: {share(sum(r['lang'] == 'right' for r in with_lang), len(with_lang))}")
    print(f"pages/s: {len(results) / wall:.1f} ({args.jobs} jobs, one process per page)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
