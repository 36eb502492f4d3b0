#!/usr/bin/env bash
# Installs the Debian 12 packages folio builds with (the one list README, CI and scripts share); with --tests
# also the validators, renderers and checkers the test suite runs on folio's output.
set -euo pipefail

packages=(
  # build tools and test framework (configuring the tree needs GoogleTest; Google Benchmark for tools/bench)
  cmake make g++ pkg-config libgtest-dev libgmock-dev libbenchmark-dev
  # the man page (help2man over folio --help), man to render it, dpkg-shlibdeps for cpack -G DEB
  help2man man-db dpkg-dev
  # libraries folio links (cmake/FolioLinkDependencies.cmake), the command line's parser, and the reference
  # the tests compare folio's language classifier with (libexttextcat)
  libcli11-dev nlohmann-json3-dev libicu-dev libexttextcat-dev libxml2-dev libpugixml-dev libzip-dev
  libpodofo-dev libfontconfig-dev libfreetype-dev libhyphen-dev
  # HarfBuzz: kerning of the text in PDFs
  libharfbuzz-dev
  # data: language fingerprints (compiled into folio at build time); read at run time: hyphenation
  # patterns, fonts embedded in PDFs
  libexttextcat-data hyphen-de hyphen-en-us hyphen-fr
  fonts-liberation2 fonts-dejavu-core fonts-dejavu-extra fonts-nanum
)

test_packages=(
  # fuzzing (clang with the libFuzzer runtime) and memory checking: tools/fuzz/run-fuzzers.sh, tools/run-valgrind.sh
  clang libclang-rt-14-dev valgrind
  # validators the test suite runs on the output: DocBook schema, EPUB and PDF checkers
  docbook5-xml jing epubcheck qpdf poppler-utils
  # renderers the tests read folio's DocBook with: docbook-xsl (xsltproc to HTML) and pandoc
  xsltproc docbook-xsl-ns pandoc
  # the browser DAISY Ace (installed below from the npm registry) checks EPUB accessibility in
  chromium
  # the batch tests run shards at once with GNU parallel; the scripts in tools/bench time whole commands
  # and read their peak memory with GNU time
  parallel time
)

with_tests=false
case "${1:-}" in
  "") ;;
  --tests) with_tests=true ;;
  *) echo "usage: $0 [--tests]" >&2; exit 2 ;;
esac

run_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

export DEBIAN_FRONTEND=noninteractive
run_as_root apt-get update
if ! $with_tests; then
  run_as_root apt-get install -y --no-install-recommends "${packages[@]}"
  exit 0
fi
run_as_root apt-get install -y --no-install-recommends "${packages[@]}" "${test_packages[@]}"

# Node.js and npm for DAISY Ace, unless the machine has them already
command -v npm > /dev/null || run_as_root apt-get install -y --no-install-recommends nodejs npm

# DAISY Ace, the EPUB accessibility checker the tests run, at the version pinned in tools/a11y
npm ci --ignore-scripts --no-audit --no-fund --prefix "$(cd "$(dirname "$0")" && pwd)/a11y"
