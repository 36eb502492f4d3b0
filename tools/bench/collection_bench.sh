#!/usr/bin/env bash
# A collection of N articles as one book: wall time and peak memory of one EPUB and one PDF (paired_runs.py).
# usage: collection_bench.sh PATH/TO/folio CORPUS_DIR [N] [RUNS]
#   N     articles in the book (default 1000), variations of CORPUS_DIR's articles
#   RUNS  timed runs per format (default 3)
set -euo pipefail
folio=$(realpath "$1")
corpus=$2
count=${3:-1000}
runs=${4:-3}
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/make_corpus.py" "$corpus" "$work/articles" "$count" > /dev/null
for format in epub pdf; do
    python3 "$here/paired_runs.py" --runs "$runs" --warmup 0 "$count articles as one $format" \
        "$folio -r $work/articles -o $work/book.$format"
    ls -l "$work/book.$format" | awk '{ print "output bytes:", $5 }'
done
