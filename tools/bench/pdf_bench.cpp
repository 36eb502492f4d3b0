// Benchmark of the PDF writer: in-process time per PDF for the seed article, and the pieces it loads once.
#include <benchmark/benchmark.h>
#include <unicode/uchar.h>

#include <cstdint>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "formats/utf8.hpp"
#include "input/text/text_reader.hpp"
#include "output/pdf/hyphenation.hpp"
#include "output/pdf/hyphenation_patterns.hpp"
#include "output/pdf/pdf_writer.hpp"
#include "tools/bench/seed_article.hpp"

namespace {

using folio::bench::read_file;
using folio::bench::seed_document;

// Whole PDFs of the seed article with these options (fonts and hyphenation patterns already loaded by the
// first run); the PDF's size as a counter.
void write_seed_pdfs(benchmark::State& state, const folio::WriteOptions& options) {
    const folio::Document& doc = seed_document();
    std::size_t bytes = 0;
    for (auto _ : state) {
        folio::Diagnostics diagnostics;
        const std::string pdf = folio::write_pdf(doc, options, diagnostics);
        bytes = pdf.size();
        benchmark::DoNotOptimize(pdf.data());
    }
    state.counters["pdf_bytes"] = static_cast<double>(bytes);
}

void BM_WritePdfSeedArticle(benchmark::State& state) {
    folio::WriteOptions options;
    options.pdf_ragged_right = state.range(0) != 0;
    write_seed_pdfs(state, options);
}
BENCHMARK(BM_WritePdfSeedArticle)->Arg(0)->Arg(1)->ArgName("ragged")->Unit(benchmark::kMillisecond);

// The same with and without the structure tags (--no-pdf-tags): what tagging costs in time and bytes.
void BM_WritePdfTagged(benchmark::State& state) {
    folio::WriteOptions options;
    options.pdf_tags = state.range(0) != 0;
    write_seed_pdfs(state, options);
}
BENCHMARK(BM_WritePdfTagged)->Arg(0)->Arg(1)->ArgName("tags")->Unit(benchmark::kMillisecond);

// Reading text plus writing the PDF, as a conversion does.
void BM_ReadTextAndWritePdf(benchmark::State& state) {
    const std::string text = read_file(FOLIO_SEED_ARTICLE);
    for (auto _ : state) {
        folio::Diagnostics diagnostics;
        const folio::Document doc = folio::read_text(text, folio::ReadOptions{"seed.txt"}, diagnostics);
        const std::string pdf = folio::write_pdf(doc, folio::WriteOptions{}, diagnostics);
        benchmark::DoNotOptimize(pdf.data());
    }
}
BENCHMARK(BM_ReadTextAndWritePdf)->Unit(benchmark::kMillisecond);

// A single paragraph of the seed article's words in a shuffled order, range(0) words long: far longer than
// any real one, so it is set a window of break items at a time.
void BM_WritePdfOneLongParagraph(benchmark::State& state) {
    std::vector<std::string> words;
    std::istringstream text(folio::bench::seed_text());
    for (std::string word; text >> word;) words.push_back(word);
    std::string paragraph;
    std::uint32_t seed = 1;
    for (std::int64_t i = 0; i < state.range(0); ++i) {
        seed = seed * 1664525u + 1013904223u;
        paragraph += (i > 0 ? " " : "") + words[(seed >> 8) % words.size()];
    }
    folio::Document doc;
    doc.meta.title = "Ein sehr langer Absatz";
    doc.meta.lang = "de";
    doc.blocks = {folio::Paragraph{folio::plain(paragraph), ""}};
    std::size_t bytes = 0;
    for (auto _ : state) {
        folio::Diagnostics diagnostics;
        const std::string pdf = folio::write_pdf(doc, folio::WriteOptions{}, diagnostics);
        bytes = pdf.size();
        benchmark::DoNotOptimize(pdf.data());
    }
    state.counters["input_bytes"] = static_cast<double>(paragraph.size());
    state.counters["pdf_bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_WritePdfOneLongParagraph)
    ->Arg(20000)
    ->Arg(150000)
    ->ArgName("words")
    ->Unit(benchmark::kMillisecond);

// Parsing Debian's German hyphenation dictionary with our loader (libhyphen's hnj_hyphen_load: about 2 s).
void BM_ParseGermanHyphenationPatterns(benchmark::State& state) {
    const std::string bytes = read_file("/usr/share/hyphen/hyph_de_DE.dic");
    for (auto _ : state) {
        const folio::pdf::PatternDictionary dict = folio::pdf::parse_pattern_dictionary(bytes);
        benchmark::DoNotOptimize(dict.levels.data());
    }
}
BENCHMARK(BM_ParseGermanHyphenationPatterns)->Unit(benchmark::kMillisecond);

// What a later process pays instead: mapping the compiled form the first one left in the cache, then
// hyphenating the seed article's words (the pages of the trie they touch are read on first use).
void BM_LoadCompiledGermanPatternsAndHyphenate(benchmark::State& state) {
    const std::filesystem::path cache = std::filesystem::temp_directory_path() / "folio-bench-patterns";
    const std::string dic = "/usr/share/hyphen/hyph_de_DE.dic";
    folio::pdf::load_pattern_file(dic, cache);  // leaves the compiled form
    const std::u32string text = folio::decode_utf8(read_file(FOLIO_SEED_ARTICLE));
    for (auto _ : state) {
        const auto dict = folio::pdf::load_pattern_file(dic, cache);
        std::size_t breaks = 0;
        std::u32string word;
        for (char32_t c : text) {
            if (c > U' ' && c != U',' && c != U'.') {
                word.push_back(c);
                continue;
            }
            if (word.size() >= 5)
                for (bool point : folio::pdf::hyphenation_points(*dict, word)) breaks += point;
            word.clear();
        }
        benchmark::DoNotOptimize(breaks);
    }
    std::filesystem::remove_all(cache);
}
BENCHMARK(BM_LoadCompiledGermanPatternsAndHyphenate)->Unit(benchmark::kMillisecond);

// Hyphenating each distinct word of the seed article once with the German patterns, without the per-thread
// memory of words already hyphenated: the work a process does for the words of its first article.
void BM_HyphenateSeedWords(benchmark::State& state) {
    const folio::pdf::PatternDictionary* dict = folio::pdf::hyphenation_dictionary("de");
    if (dict == nullptr) {
        state.SkipWithError("no German hyphenation dictionary");
        return;
    }
    std::set<std::u32string> distinct;
    std::u32string word;
    for (char32_t c : folio::decode_utf8(read_file(FOLIO_SEED_ARTICLE))) {
        if (u_isalpha(static_cast<UChar32>(c))) {
            word.push_back(static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
            continue;
        }
        if (word.size() >= 5) distinct.insert(word);
        word.clear();
    }
    for (auto _ : state) {
        std::size_t breaks = 0;
        for (const std::u32string& w : distinct)
            for (bool point : folio::pdf::hyphenate_word(*dict, w, {3, 3, 2, 2})) breaks += point;
        benchmark::DoNotOptimize(breaks);
    }
    state.counters["words"] = static_cast<double>(distinct.size());
}
BENCHMARK(BM_HyphenateSeedWords)->Unit(benchmark::kMicrosecond);

}  // namespace
