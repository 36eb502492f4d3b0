#!/usr/bin/env bash
# Runs the test suite under valgrind memcheck (no sanitizers: a plain build), with tests/valgrind.supp,
# which hides only the memory PoDoFo, fontconfig and libhyphen keep for the process by design.
# Unit and corpus test executables run under valgrind themselves; the tests that start the folio program
# (cli_test, cli_batch_test, hostile_test) run it under valgrind through $FOLIO_TEST_LAUNCHER.
# Usage: tools/run-valgrind.sh [TEST_EXECUTABLE...]   (default: every test executable)
# Environment: FOLIO_VALGRIND_BUILD_DIR (default build-valgrind), GTEST_FILTER (default: all but the timed tests).
# Exit status 1 when valgrind reports an error or a definite leak in any of them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build_dir=${FOLIO_VALGRIND_BUILD_DIR:-build-valgrind}
tests=("$@")
program_tests=(cli_test cli_batch_test hostile_test)
if [ ${#tests[@]} -eq 0 ]; then
    tests=(formats_test input_common_test input_text_test input_json_test input_docbook_test input_html_test
           output_common_test output_text_test output_json_test output_docbook_test output_html_test output_epub_test
           output_pdf_test output_text_corpus_test output_json_corpus_test output_docbook_corpus_test
           output_html_corpus_test output_epub_corpus_test converters_test fuzz_regression_test "${program_tests[@]}")
fi

cmake -S . -B "$build_dir" -DFOLIO_WERROR=ON >/dev/null
cmake --build "$build_dir" -j "$(nproc)" --target "${tests[@]}"

# Tests that bound wall time (their names say Quickly, Bounded or LinearTime) are left out: valgrind makes
# everything 20 to 50 times slower.
export GTEST_FILTER=${GTEST_FILTER:--*Quickly*:*Bounded*:*LinearTime*}

memcheck=(valgrind --tool=memcheck --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite
          --show-leak-kinds=definite --suppressions="$PWD/tests/valgrind.supp" --num-callers=30)

failed=0
for test in "${tests[@]}"; do
    executable=$(find "$build_dir/tests" -name "$test" -type f -executable | head -n 1)
    log="$PWD/$build_dir/valgrind-$test.log"
    start=$SECONDS
    status=0
    if [[ " ${program_tests[*]} " == *" $test "* ]]; then
        # Each folio the test starts writes its own log (%p: its process id); an error makes it exit 99,
        # which fails the test, and leaves "ERROR SUMMARY: N" with N > 0 in its log. (Tests that limit the
        # file size cut their folio's log short; the exit status still tells.)
        rm -f "$log".folio-*
        FOLIO_TEST_LAUNCHER="${memcheck[*]} --log-file=$log.folio-%p" "$executable" --gtest_brief=1 \
            >"$log.out" 2>&1 || status=$?
        if grep -q "ERROR SUMMARY: [1-9]" "$log".folio-* 2>/dev/null; then status=99; fi
    else
        "${memcheck[@]}" --log-file="$log" "$executable" --gtest_brief=1 >"$log.out" 2>&1 || status=$?
    fi
    case $status in
        0) echo "clean  $test ($((SECONDS - start)) s)" ;;
        99) echo "ERRORS $test ($((SECONDS - start)) s): valgrind reports, see $log*"; failed=1 ;;
        *) echo "FAILED $test ($((SECONDS - start)) s): a test failed under valgrind, see $log.out"; failed=1 ;;
    esac
done
exit $failed
