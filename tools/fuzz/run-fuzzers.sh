#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan, tests/fuzz) and runs each for SECONDS (default 30), one at
# a time, seeded from tests/data. A finding stops the script with status 1 and leaves the crashing input in
# the build directory; keep it under tests/fuzz/regressions/FORMAT/ once fixed.
# Environment: FOLIO_FUZZ_BUILD_DIR (default build-fuzz; a build directory already configured with
# FOLIO_FUZZ=ON, as tools/run-tests.sh makes, is used as it is), FOLIO_FUZZ_TARGETS (default: every fuzz_*
# target), FOLIO_SEED_BINARY (the folio that converts the seeds; default: one built in the fuzz directory).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

seconds=${1:-30}
build_dir=${FOLIO_FUZZ_BUILD_DIR:-build-fuzz}
targets=${FOLIO_FUZZ_TARGETS:-$(sed -n 's/^ *folio_add_fuzzer(\([a-z_]*\)).*/\1/p' tests/fuzz/CMakeLists.txt | tr '\n' ' ')}

if ! grep -q '^FOLIO_FUZZ:BOOL=ON' "$build_dir/CMakeCache.txt" 2>/dev/null; then
    CC=clang CXX=clang++ cmake -S . -B "$build_dir" -DFOLIO_FUZZ=ON -DCMAKE_BUILD_TYPE=Fuzz \
        -DCMAKE_CXX_FLAGS_FUZZ="-O1 -gline-tables-only" >/dev/null
fi
folio=${FOLIO_SEED_BINARY:-$build_dir/tools/folio/folio}
build_targets=$(printf 'fuzz_%s ' $targets)
[ -n "${FOLIO_SEED_BINARY:-}" ] || build_targets="folio-cli $build_targets"
cmake --build "$build_dir" -j "$(nproc)" --target $build_targets

# Seeds: the text articles in tests/data, and each of them converted to JSON and DocBook by folio itself,
# plus the hand-written inputs in tests/data/xml, the feeds in tests/data/feeds and every kept regression input.
seeds="$(realpath "$build_dir")/fuzz-seeds"
rm -rf "$seeds"
for format in $targets; do mkdir -p "$seeds/$format"; done
for article in tests/data/corpus/*.txt tests/data/text/*.txt; do
    name=$(basename "$article" .txt)
    [ -d "$seeds/text" ] && cp "$article" "$seeds/text/$name.txt"
    [ -d "$seeds/json" ] && "$folio" "$article" -t json -o "$seeds/json/$name.json" 2>/dev/null
    [ -d "$seeds/docbook" ] && "$folio" "$article" -t docbook -o "$seeds/docbook/$name.xml" 2>/dev/null
done
[ -d "$seeds/docbook" ] && cp tests/data/xml/*.xml "$seeds/docbook/"
[ -d "$seeds/html" ] && cp tests/data/corpus/*.html "$seeds/html/"
[ -d "$seeds/feed" ] && cp tests/data/feeds/*.rss tests/data/feeds/*.atom tests/data/feeds/*.json "$seeds/feed/"
for format in $targets; do
    [ -d "tests/fuzz/regressions/$format" ] && cp tests/fuzz/regressions/"$format"/* "$seeds/$format/"
    rm -f "$seeds/$format/README.md"
done

root=$PWD
build_dir=$(realpath "$build_dir")
for format in $targets; do
    findings="$build_dir/fuzz-findings/$format"
    mkdir -p "$build_dir/fuzz-corpus/$format" "$findings"
    dictionary=()
    [ -f "tests/fuzz/$format.dict" ] && dictionary=(-dict="$root/tests/fuzz/$format.dict")
    echo "== fuzz_$format for $seconds s"
    status=0
    (cd "$findings" && LSAN_OPTIONS="suppressions=$root/tests/lsan.supp" \
        "$build_dir/tests/fuzz/fuzz_$format" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 "${dictionary[@]}" \
        "$build_dir/fuzz-corpus/$format" "$seeds/$format") >"$findings/log.txt" 2>&1 || status=$?
    grep -v -E '^#[0-9]+.*(NEW|REDUCE|pulse)' "$findings/log.txt" | tail -n 25
    if [ "$status" -ne 0 ]; then
        echo "fuzz_$format found a problem (status $status): see $findings" >&2
        exit 1
    fi
done
