// Every corpus article survives text → JSON → Document → JSON unchanged (byte-identical, equal model).
#include <gtest/gtest.h>

#include <filesystem>

#include "input/json/json_reader.hpp"
#include "input/text/text_reader.hpp"
#include "output/json/json_writer.hpp"
#include "tests/support/test_data.hpp"

namespace folio {

namespace {

namespace fs = std::filesystem;

ReadOptions named(const fs::path& path) {
    ReadOptions options;
    options.source_name = path.string();
    return options;
}

class CorpusJsonRoundTrip : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(CorpusJsonRoundTrip, TextToJsonAndBackIsLossless) {
    const fs::path path = test::data_path(GetParam() + ".txt");
    Diagnostics diag;
    const Document from_text = read_text(test::read_file(path), named(path), diag);
    const std::string json = write_json(from_text, WriteOptions{}, diag);
    const Document from_json = read_json(json, named("round-trip.json"), diag);
    EXPECT_TRUE(from_json == from_text);
    EXPECT_EQ(write_json(from_json, WriteOptions{}, diag), json);
    EXPECT_FALSE(from_text.meta.title.empty());
    EXPECT_FALSE(from_text.blocks.empty());
}

INSTANTIATE_TEST_SUITE_P(Corpus, CorpusJsonRoundTrip, ::testing::ValuesIn(test::text_articles()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                             return test::test_name(info.param);
                         });

}  // namespace folio
