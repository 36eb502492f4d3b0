#!/usr/bin/env bash
# Cold start, one process per article: folio --version, and the seed article to JSON, EPUB, HTML and PDF, each
# side by side with pandoc where pandoc writes the format (farm-bench --vs: paired runs, ratio folio/pandoc).
# usage: cold.sh PATH/TO/folio ARTICLE.txt [RUNS]
set -euo pipefail
folio=$(realpath "$1")
article=$(realpath "$2")
runs=${3:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() {  # run TITLE FOLIO-COMMAND [PANDOC-COMMAND]
    echo "== $1"
    if [ -n "${3:-}" ] && command -v pandoc > /dev/null; then
        farm-bench -n "$runs" --vs "$3" -- sh -c "$2"
    else
        farm-bench -n "$runs" -- sh -c "$2"
    fi
}

run "--version" "exec $folio --version" "pandoc --version"
run "text to JSON" "exec $folio $article -o $work/a.json" "pandoc -f markdown -t json $article -o $work/p.json"
run "text to HTML" "exec $folio $article -o $work/a.html" "pandoc -s -f markdown $article -o $work/p.html"
run "text to EPUB" "exec $folio $article -o $work/a.epub" "pandoc -f markdown $article -o $work/p.epub"
run "text to PDF" "exec $folio $article -o $work/a.pdf"
