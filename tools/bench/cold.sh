#!/usr/bin/env bash
# Cold start, one process per article, side by side (paired_runs.py: runs in turn, medians, ratio A/B):
# folio --version, and the seed article to JSON, HTML, EPUB and PDF, each against pandoc where pandoc writes
# the format; the same outputs on standard output (no file written, so no flush to disk); then the
# in-process figures (the seed text read, its PDF written: Google Benchmark medians) and the batch rate
# (all four formats for N variations of the corpus, -j 2; three rounds in turn with BASE, medians).
# usage: cold.sh PATH/TO/folio ARTICLE.txt [RUNS]
# Environment: BASE=PATH/TO/other/folio puts every folio row side by side with that build (A = folio,
#   B = BASE) instead of pandoc, and its benchmarks (found next to it as in a build folder) beside ours;
#   BATCH (articles in the batch, default 1000; 0 leaves the batch out), JOBS (default 2).
set -euo pipefail
here=$(dirname "$(realpath "$0")")
folio=$(realpath "$1")
article=$(realpath "$2")
runs=${3:-20}
base=${BASE:+$(realpath "$BASE")}
batch=${BATCH:-1000}
jobs=${JOBS:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pair() { python3 "$here/paired_runs.py" --runs "$runs" -- "$@"; }

# row TITLE ARGS [PANDOC-COMMAND]: folio ARGS, beside BASE ARGS, or beside pandoc when given.
row() {
    local title=$1 args=$2 pandoc=${3:-}
    if [ -n "$base" ]; then
        pair "$title" "$folio $args" "$base ${args//\/a./\/b.}"
    elif [ -n "$pandoc" ] && command -v pandoc > /dev/null; then
        pair "$title" "$folio $args" "$pandoc"
    else
        pair "$title" "$folio $args"
    fi
}

echo "== one process per conversion (A: $folio; B: ${base:-pandoc})"
row "--version" "--version" "pandoc --version"
row "text to JSON" "$article -o $work/a.json" "pandoc -f markdown -t json $article -o $work/p.json"
row "text to HTML" "$article -o $work/a.html" "pandoc -s -f markdown $article -o $work/p.html"
row "text to EPUB" "$article -o $work/a.epub" "pandoc -f markdown $article -o $work/p.epub"
row "text to PDF" "$article -o $work/a.pdf"
row "text to JSON, standard output" "$article -t json -o -" "pandoc -f markdown -t json $article"
row "text to EPUB, standard output" "$article -t epub -o -" "pandoc -f markdown -t epub $article -o -"
row "text to PDF, standard output" "$article -t pdf -o -"

# bench DIR FILTER: the median real time of one Google Benchmark in the build folder DIR.
bench() {
    local program=$1/tools/bench/$2
    [ -x "$program" ] || { echo "n/a"; return; }
    "$program" --benchmark_filter="^$3\$" --benchmark_min_time=1 --benchmark_repetitions=5 \
        --benchmark_report_aggregates_only=true 2>/dev/null | awk '/_median/ { print $2, $3 }'
}
build=$(dirname "$(dirname "$(dirname "$folio")")")
echo "== in-process (median of 5 repetitions)"
for benchmark in "folio-writers-bench BM_ReadText" "folio-pdf-bench BM_WritePdfSeedArticle/ragged:0"; do
    set -- $benchmark
    line="$(printf '%-34s' "$2") | A $(bench "$build" "$1" "$2")"
    [ -n "$base" ] && line+=" | B $(bench "$(dirname "$(dirname "$(dirname "$base")")")" "$1" "$2")"
    echo "$line"
done

if [ "$batch" -gt 0 ]; then
    echo "== batch: $batch articles (variations of the corpus), epub,pdf,docbook,text, -j $jobs"
    python3 "$here/make_corpus.py" "$here/../../tests/data/corpus" "$work/in" "$batch" > /dev/null
    find "$work/in" -name '*.txt' | sort > "$work/inputs.txt"
    programs=("$folio" ${base:+"$base"})
    for index in "${!programs[@]}"; do  # the page cache
        "${programs[$index]}" --inputs "$work/inputs.txt" -t epub -d "$work/warm-$index" -q -j "$jobs"
    done
    # Rounds in turn, each into a folder of its own, nothing deleted until the end: a file system without
    # a journal (ext4) skips recently deleted inodes one by one when it makes a file, so deleting one
    # run's outputs would slow down the next run's.
    for round in 1 2 3; do
        for index in "${!programs[@]}"; do
            /usr/bin/time -f "%e %U %S" -o "$work/batch-$index-$round.time" "${programs[$index]}" \
                --inputs "$work/inputs.txt" -t epub,pdf,docbook,text -d "$work/out-$index-$round" -q -j "$jobs"
        done
    done
    for index in "${!programs[@]}"; do
        python3 - "$batch" "${programs[$index]}" "$work"/batch-"$index"-*.time <<'PYTHON'
import statistics, sys
n, program = int(sys.argv[1]), sys.argv[2]
runs = [tuple(map(float, open(path).read().split())) for path in sys.argv[3:]]
rate = statistics.median(n / wall for wall, _, _ in runs)
cpu = statistics.median(1000 * (user + system) / n for _, user, system in runs)
print(f"{program}: {rate:.0f} articles/s, CPU {cpu:.2f} ms an article (medians of {len(runs)} rounds in turn)")
PYTHON
    done
fi
