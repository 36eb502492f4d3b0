#!/bin/sh
# Times a cold process converting the seed article to PDF: `folio ARTICLE -o OUT.pdf` run N times, mean and best in ms.
# usage: pdf_cold.sh PATH/TO/folio ARTICLE.txt [RUNS]
set -eu
program=$1
article=$2
runs=${3:-20}
out=$(mktemp --suffix=.pdf)
trap 'rm -f "$out"' EXIT
"$program" "$article" -o "$out"  # warm the page cache and fontconfig's cache files
total=0
best=""
i=0
while [ "$i" -lt "$runs" ]; do
    start=$(date +%s%N)
    "$program" "$article" -o "$out"
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    total=$((total + ms))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
    i=$((i + 1))
done
echo "cold process, $(basename "$article") -> PDF: mean $((total / runs)) ms, best $best ms over $runs runs ($(stat -c %s "$out") bytes)"
if command -v pandoc >/dev/null 2>&1; then
    start=$(date +%s%N)
    pandoc "$article" --pdf-engine=weasyprint -o "$out"
    end=$(date +%s%N)
    echo "pandoc --pdf-engine=weasyprint: $(( (end - start) / 1000000 )) ms"
else
    echo "pandoc is not installed: no comparison"
fi
