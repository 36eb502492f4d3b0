#!/usr/bin/env bash
# Cold start, one process per article: folio --version, and the seed article to JSON, EPUB, HTML and PDF, each
# side by side with pandoc where pandoc writes the format (paired_runs.py: runs in turn, medians, ratio
# folio/pandoc).
# usage: cold.sh PATH/TO/folio ARTICLE.txt [RUNS]
set -euo pipefail
folio=$(realpath "$1")
article=$(realpath "$2")
runs=${3:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

here=$(dirname "$(realpath "$0")")

run() {  # run TITLE FOLIO-COMMAND [PANDOC-COMMAND]
    if [ -n "${3:-}" ] && command -v pandoc > /dev/null; then
        python3 "$here/paired_runs.py" --runs "$runs" -- "$1" "$2" "$3"
    else
        python3 "$here/paired_runs.py" --runs "$runs" -- "$1" "$2"
    fi
}

run "--version" "$folio --version" "pandoc --version"
run "text to JSON" "$folio $article -o $work/a.json" "pandoc -f markdown -t json $article -o $work/p.json"
run "text to HTML" "$folio $article -o $work/a.html" "pandoc -s -f markdown $article -o $work/p.html"
run "text to EPUB" "$folio $article -o $work/a.epub" "pandoc -f markdown $article -o $work/p.epub"
run "text to PDF" "$folio $article -o $work/a.pdf"
