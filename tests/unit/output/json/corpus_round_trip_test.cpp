// Every corpus article survives text → JSON → Document → JSON unchanged (byte-identical, equal model).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "input/json/json_reader.hpp"
#include "input/text/text_reader.hpp"
#include "output/json/json_writer.hpp"

namespace folio {

namespace {

namespace fs = std::filesystem;

std::vector<std::string> corpus_articles() {
    std::vector<std::string> names;
    for (const fs::directory_entry& entry : fs::directory_iterator(fs::path(FOLIO_TEST_DATA) / "corpus"))
        if (entry.path().extension() == ".txt") names.push_back(entry.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

ReadOptions named(const fs::path& path) {
    ReadOptions options;
    options.source_name = path.string();
    return options;
}

class CorpusJsonRoundTrip : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(CorpusJsonRoundTrip, TextToJsonAndBackIsLossless) {
    const fs::path path = fs::path(FOLIO_TEST_DATA) / "corpus" / (GetParam() + ".txt");
    Diagnostics diag;
    const Document from_text = read_text(read_bytes(path), named(path), diag);
    const std::string json = write_json(from_text, WriteOptions{}, diag);
    const Document from_json = read_json(json, named("round-trip.json"), diag);
    EXPECT_TRUE(from_json == from_text);
    EXPECT_EQ(write_json(from_json, WriteOptions{}, diag), json);
    EXPECT_FALSE(from_text.meta.title.empty());
    EXPECT_FALSE(from_text.blocks.empty());
}

INSTANTIATE_TEST_SUITE_P(Corpus, CorpusJsonRoundTrip, ::testing::ValuesIn(corpus_articles()),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });

}  // namespace folio
