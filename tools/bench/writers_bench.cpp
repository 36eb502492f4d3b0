// Benchmarks of the batch hot paths: reading the seed text article, and each writer of the format table on
// it.
#include <benchmark/benchmark.h>

#include <string>

#include "converters/convert.hpp"
#include "converters/format_table.hpp"
#include "input/text/text_reader.hpp"
#include "tools/bench/seed_article.hpp"

namespace {

using folio::bench::seed_document;
using folio::bench::seed_text;

void BM_ReadText(benchmark::State& state) {
    for (auto _ : state) {
        folio::Diagnostics diagnostics;
        const folio::Document doc =
            folio::read_text(seed_text(), folio::ReadOptions{"seed.txt"}, diagnostics);
        benchmark::DoNotOptimize(doc.blocks.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * seed_text().size()));
}
BENCHMARK(BM_ReadText)->Unit(benchmark::kMicrosecond);

// One writer of the format table on the seed document (whatever it loads once already loaded).
void BM_Write(benchmark::State& state, const folio::FormatInfo* format) {
    const folio::Document& doc = seed_document();
    const folio::WriteOptions options;
    std::size_t bytes = 0;
    for (auto _ : state) {
        folio::Diagnostics diagnostics;
        const std::string out = folio::write_document(doc, *format, options, diagnostics);
        bytes = out.size();
        benchmark::DoNotOptimize(out.data());
    }
    state.counters["output_bytes"] = static_cast<double>(bytes);
}

// Reading the article once and writing EPUB, PDF, DocBook and text from it, as a batch does per input.
void BM_ReadAndWriteFourFormats(benchmark::State& state) {
    const folio::WriteOptions options;
    for (auto _ : state) {
        folio::Diagnostics diagnostics;
        const folio::Document doc = folio::read_document(seed_text(), nullptr, "seed.txt", {}, diagnostics);
        for (const char* name : {"epub", "pdf", "docbook", "text"}) {
            const std::string out =
                folio::write_document(doc, *folio::find_format(name), options, diagnostics);
            benchmark::DoNotOptimize(out.data());
        }
    }
}
BENCHMARK(BM_ReadAndWriteFourFormats)->Unit(benchmark::kMillisecond);

const bool writers_registered = [] {
    for (const folio::FormatInfo& format : folio::format_table())
        if (format.write != nullptr)
            benchmark::RegisterBenchmark(("BM_Write/" + std::string(format.name)).c_str(), BM_Write, &format)
                ->Unit(benchmark::kMicrosecond);
    return true;
}();

}  // namespace
