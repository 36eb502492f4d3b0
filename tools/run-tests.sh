#!/usr/bin/env bash
# Installs the dependencies, then builds folio and runs the whole test suite twice through CTest:
# once with warnings as errors, once more with AddressSanitizer and UndefinedBehaviorSanitizer; then every
# libFuzzer target for $FOLIO_FUZZ_SECONDS (default 60) seconds each.
# Build directories: $FOLIO_BUILD_DIR (default build-tests), the same name with -asan and with -fuzz.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build_dir=${FOLIO_BUILD_DIR:-build-tests}
jobs=$(nproc)

bash tools/install-deps.sh --tests

build_and_test() {
  local dir=$1
  shift
  cmake -S . -B "$dir" -DFOLIO_WERROR=ON "$@"
  cmake --build "$dir" -j "$jobs"
  (cd "$dir" && ctest --output-on-failure -j "$jobs")
}

build_and_test "$build_dir"
build_and_test "$build_dir-asan" -DFOLIO_SANITIZE=ON
FOLIO_FUZZ_BUILD_DIR="$build_dir-fuzz" bash tools/fuzz/run-fuzzers.sh "${FOLIO_FUZZ_SECONDS:-60}"
