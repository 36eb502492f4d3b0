#!/usr/bin/env python3
# Builds a benchmark corpus: N variations of the corpus articles (title, paragraph order), one folder level deep.
# usage: make_corpus.py CORPUS_DIR OUT_DIR N
import pathlib
import sys


def variation(lines, number):
    """The article with a numbered title and its body paragraphs rotated, so no two variations are alike."""
    lines = list(lines)
    title = next((i for i, line in enumerate(lines[:8]) if len(line) > 25), 0)
    lines[title] = f"{lines[title]} ({number})"
    body = [i for i, line in enumerate(lines) if i > title and len(line) > 200]
    if len(body) > 2:
        shift = number % len(body)
        texts = [lines[i] for i in body]
        texts = texts[shift:] + texts[:shift]
        for i, text in zip(body, texts):
            lines[i] = text
    return lines


def main():
    corpus, out, count = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
    articles = [(path.stem, path.read_bytes().decode("latin-1").split("\n")) for path in sorted(corpus.glob("*.txt"))]
    for number in range(count):
        stem, lines = articles[number % len(articles)]
        folder = out / f"{number // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        text = "\n".join(variation(lines, number))
        (folder / f"{stem}-{number:05d}.txt").write_bytes(text.encode("latin-1"))


if __name__ == "__main__":
    main()
