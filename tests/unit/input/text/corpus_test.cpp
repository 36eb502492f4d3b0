// Reads every article of the corpus and of tests/data/text with the text reader and checks it against
// its .expect.json ground truth.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "input/text/text_reader.hpp"
#include "tests/support/article_expectations.hpp"

namespace folio {
namespace {

using nlohmann::json;

class Article : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        expect_ = json::parse(test::read_file(test::data_path(GetParam() + ".expect.json")));
        doc_ = read_text(test::read_file(test::data_path(GetParam() + ".txt")), {}, diag_);
    }
    json expect_;
    Document doc_;
    Diagnostics diag_;
};

TEST_P(Article, Header) {
    test::expect_header(doc_, expect_);
    EXPECT_EQ(doc_.meta.date.empty(), doc_.meta.date_text.empty());
}

TEST_P(Article, UpdateNote) { test::expect_update_note(doc_, expect_); }
TEST_P(Article, NoiseLinesDropped) { test::expect_no_noise_line(doc_, expect_["noise_lines"]); }
TEST_P(Article, Figures) { test::expect_figures(doc_, expect_["figures"]); }
TEST_P(Article, Paragraphs) { test::expect_paragraphs(doc_, expect_); }
TEST_P(Article, Headings) { test::expect_headings(doc_, expect_); }
TEST_P(Article, ListsAndQuotes) { test::expect_lists_and_quotes(doc_, expect_["quotes_or_lists"]); }
TEST_P(Article, Authors) { test::expect_authors(doc_, expect_["authors"]); }

INSTANTIATE_TEST_SUITE_P(Articles, Article, ::testing::ValuesIn(test::text_articles({"corpus", "text"})),
                         [](const auto& info) { return test::test_name(info.param); });

TEST(CorpusFiles, AreAllPresent) {
    EXPECT_GE(test::text_articles({"corpus"}).size(), 6u);
    EXPECT_GE(test::text_articles({"text"}).size(), 3u);
}

}  // namespace
}  // namespace folio
