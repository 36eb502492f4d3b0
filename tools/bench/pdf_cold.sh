#!/bin/sh
# Times a cold process converting the seed article to PDF: `folio ARTICLE -o OUT.pdf` run N times (mean and
# best in ms), and pandoc --pdf-engine=weasyprint on the same article side by side when pandoc is installed.
# usage: pdf_cold.sh PATH/TO/folio ARTICLE.txt [RUNS]
set -eu
program=$1
article=$2
runs=${3:-20}
out=$(mktemp --suffix=.pdf)
trap 'rm -f "$out"' EXIT

# time_runs N COMMAND...: prints "mean best" in ms over N runs of the command.
time_runs() {
    n=$1
    shift
    total=0
    best=""
    i=0
    while [ "$i" -lt "$n" ]; do
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        ms=$(((end - start) / 1000000))
        total=$((total + ms))
        if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
        i=$((i + 1))
    done
    echo "$((total / n)) $best"
}

"$program" "$article" -o "$out" # warm the page cache, fontconfig's cache and the compiled hyphenation patterns
set -- $(time_runs "$runs" "$program" "$article" -o "$out")
folio_mean=$1
echo "cold process, $(basename "$article") -> PDF: mean $1 ms, best $2 ms over $runs runs ($(stat -c %s "$out") bytes)"
if command -v pandoc >/dev/null 2>&1 && command -v weasyprint >/dev/null 2>&1; then
    pandoc_runs=3
    set -- $(time_runs "$pandoc_runs" pandoc "$article" --metadata title=article --pdf-engine=weasyprint -o "$out")
    echo "pandoc --pdf-engine=weasyprint, same article: mean $1 ms, best $2 ms over $pandoc_runs runs"
    echo "ratio of means (pandoc / folio): $(awk -v a="$1" -v b="$folio_mean" 'BEGIN { printf "%.1f", a / b }')x"
else
    echo "pandoc or weasyprint is not installed: no comparison"
fi
