#!/usr/bin/env bash
# Batch throughput: folio -j 2 (EPUB only, all four formats) against pandoc on the same corpus, cold time, peak memory.
# usage: batch_bench.sh PATH/TO/folio CORPUS_DIR [N] [BIG_N]
#   N      articles in the throughput runs (default 1000), variations of CORPUS_DIR/*.txt
#   BIG_N  articles in the second peak-memory run (default 10000), compared with N
# Environment: JOBS (default 2), WORK (scratch folder, default a new one under /tmp, removed at the end),
#   RSS_FORMATS (formats of the peak-memory runs, default epub,pdf,docbook,text).
# Rates are wall-clock; the CPU time per article shows what idle cores would give on a busy machine.
set -euo pipefail
folio=$(realpath "$1")
corpus=$2
count=${3:-1000}
big_count=${4:-10000}
jobs=${JOBS:-2}
here=$(dirname "$(realpath "$0")")
work=${WORK:-$(mktemp -d /tmp/folio-bench-XXXXXX)}
[ -n "${WORK:-}" ] || trap 'rm -rf "$work"' EXIT

ratio() { python3 -c "print(f'{$1 / $2:.1f}')"; }
# timed_folio NAME ARGS...: runs folio, leaves "wall user system" seconds in $work/NAME.time
timed_folio() {
    local name=$1
    shift
    /usr/bin/time -f "%e %U %S" -o "$work/$name.time" "$folio" "$@"
}
# rates NAME: "N articles/s" from the wall time, and the CPU time per article with the rate it allows on $jobs idle cores
rates() {
    read -r wall user system < "$work/$1.time"
    python3 -c "
n, wall, cpu, jobs = $count, $wall, $user + $system, $jobs
print(f'{n / wall:.1f} articles/s (CPU {1000 * cpu / n:.2f} ms per article: {n * jobs / cpu:.0f} articles/s on {jobs} idle cores)')"
}

echo "corpus: $count variations of $(ls "$corpus"/*.txt | wc -l) articles; $jobs jobs; $(nproc) cores"
python3 "$here/make_corpus.py" "$corpus" "$work/in" "$count"
find "$work/in" -name '*.txt' | sort > "$work/inputs.txt"
# Warms the page cache. Its output stays until the end: a file system without a journal (ext4) skips
# recently deleted inodes one by one when it makes a file, so deleting it now would slow down the runs.
"$folio" --inputs "$work/inputs.txt" -t epub -d "$work/warm" -q -j "$jobs"

timed_folio epub --inputs "$work/inputs.txt" -t epub -d "$work/epub" -q -j "$jobs"
echo "folio EPUB -j $jobs:        $(rates epub)"

timed_folio all --inputs "$work/inputs.txt" -t epub,pdf,docbook,text -d "$work/all" -q -j "$jobs"
echo "folio all four -j $jobs:    $(rates all) (EPUB, PDF, DocBook and text for every article)"

if command -v pandoc >/dev/null 2>&1; then
    mkdir -p "$work/pandoc"
    /usr/bin/time -f "%e %U %S" -o "$work/pandoc.time" xargs -P "$jobs" -I{} \
        sh -c 'pandoc --quiet -f markdown "$1" -o "$2/$(basename "$1" .txt).epub"' _ {} "$work/pandoc" < "$work/inputs.txt"
    echo "pandoc EPUB, $jobs at once: $(rates pandoc)"
    python3 -c "
folio, pandoc = [open('$work/' + name + '.time').read().split() for name in ('epub', 'pandoc')]
wall = float(pandoc[0]) / float(folio[0])
cpu = (float(pandoc[1]) + float(pandoc[2])) / (float(folio[1]) + float(folio[2]))
print(f'ratio folio/pandoc EPUB: {wall:.1f}x by wall time in this run, {cpu:.1f}x by CPU time')"
else
    echo "pandoc is not installed: no comparison"
fi

one=$(head -n 1 "$work/inputs.txt")
"$folio" "$one" -t epub,pdf,docbook,text -d "$work/cold" -q
best=""
total=0
runs=10
for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$folio" "$one" -t epub,pdf,docbook,text -d "$work/cold" -q
    ms=$((($(date +%s%N) - start) / 1000000))
    total=$((total + ms))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done
echo "cold process, one article to all four formats: mean $((total / runs)) ms, best $best ms over $runs runs"

rss_formats=${RSS_FORMATS:-epub,pdf,docbook,text}
peak_kb() {  # peak_kb N: the peak resident memory of folio converting N articles to $rss_formats
    local n=$1
    rm -rf "$work/rss-in" "$work/rss-out"
    python3 "$here/make_corpus.py" "$corpus" "$work/rss-in" "$n"
    /usr/bin/time -f %M -o "$work/rss.txt" "$folio" -r "$work/rss-in" -t "$rss_formats" \
        -d "$work/rss-out" -q -j "$jobs"
    cat "$work/rss.txt"
}
small_kb=$(peak_kb "$count")
big_kb=$(peak_kb "$big_count")
echo "peak memory ($rss_formats): $count articles $((small_kb / 1024)) MiB, $big_count articles" \
     "$((big_kb / 1024)) MiB (ratio $(ratio "$big_kb" "$small_kb"))"
