#!/usr/bin/env bash
# Installs the dependencies, then builds folio and runs the whole test suite twice through CTest: once
# built by GCC with warnings as errors, once more built by clang with AddressSanitizer and
# UndefinedBehaviorSanitizer (warnings as errors too); that second build is also instrumented for
# libFuzzer, and every fuzz target it holds then runs for $FOLIO_FUZZ_SECONDS (default 30) seconds.
# Debug information is line tables only and the test code compiles at -Og: the build takes half the time,
# and sanitizer reports still name file and line. The library keeps -O2 (GCC) and -O1 (sanitizers).
# Build directories: $FOLIO_BUILD_DIR (default build-tests) and the same name with -asan.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build_dir=${FOLIO_BUILD_DIR:-build-tests}
jobs=$(nproc)

bash tools/install-deps.sh --tests

build_and_test() {
  local dir=$1
  shift
  cmake -S . -B "$dir" -DFOLIO_WERROR=ON "-DFOLIO_TEST_COMPILE_OPTIONS=-Og;-g1" "$@"
  cmake --build "$dir" -j "$jobs"
  (cd "$dir" && ctest --output-on-failure -j "$jobs")
}

build_and_test "$build_dir" "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG"
CC=clang CXX=clang++ build_and_test "$build_dir-asan" -DFOLIO_SANITIZE=ON -DFOLIO_FUZZ=ON \
  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG"
FOLIO_FUZZ_BUILD_DIR="$build_dir-asan" FOLIO_SEED_BINARY="$build_dir/tools/folio/folio" \
  bash tools/fuzz/run-fuzzers.sh "${FOLIO_FUZZ_SECONDS:-30}"
