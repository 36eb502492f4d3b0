#!/usr/bin/env bash
# Runs test executables under valgrind memcheck (no sanitizers: a plain build), with tests/valgrind.supp,
# which hides only the memory PoDoFo, fontconfig and libhyphen keep for the process by design.
# Usage: tools/run-valgrind.sh [TEST_EXECUTABLE...]   (default: a representative set, one per layer)
# Environment: FOLIO_VALGRIND_BUILD_DIR (default build-valgrind), GTEST_FILTER (default: all but the timed tests).
# Exit status 1 when valgrind reports an error or a definite leak in any of them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build_dir=${FOLIO_VALGRIND_BUILD_DIR:-build-valgrind}
tests=("$@")
if [ ${#tests[@]} -eq 0 ]; then
    tests=(formats_test input_common_test input_text_test input_json_test input_docbook_test input_html_test output_text_test
           output_json_test output_docbook_test output_html_test output_epub_test output_pdf_test converters_test
           fuzz_regression_test)
fi

cmake -S . -B "$build_dir" -DFOLIO_WERROR=ON >/dev/null
cmake --build "$build_dir" -j "$(nproc)" --target "${tests[@]}"

# Tests that bound time are left out: valgrind makes everything 20 to 50 times slower.
export GTEST_FILTER=${GTEST_FILTER:--*Quickly*:*Bounded*:*LinearTime*}

failed=0
for test in "${tests[@]}"; do
    executable=$(find "$build_dir/tests" -name "$test" -type f -executable | head -n 1)
    log="$build_dir/valgrind-$test.log"
    start=$SECONDS
    status=0
    valgrind --tool=memcheck --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
        --show-leak-kinds=definite --suppressions=tests/valgrind.supp --num-callers=30 --log-file="$log" \
        "$executable" --gtest_brief=1 >"$log.out" 2>&1 || status=$?
    case $status in
        0) echo "clean  $test ($((SECONDS - start)) s)" ;;
        99) echo "ERRORS $test ($((SECONDS - start)) s): valgrind reports, see $log"; failed=1 ;;
        *) echo "FAILED $test ($((SECONDS - start)) s): a test failed under valgrind, see $log.out"; failed=1 ;;
    esac
done
exit $failed
