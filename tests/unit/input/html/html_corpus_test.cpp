// Reads every saved page of the corpus and of tests/data/html with the HTML reader and checks it against
// its .expect.json ground truth (every field but noise_lines, which belong to the text export).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "input/html/html_reader.hpp"
#include "tests/support/article_expectations.hpp"

namespace folio {
namespace {

using nlohmann::json;

constexpr std::size_t kPhraseWords = 3;  // page noise of this many words must not appear even inside a text

class Page : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        expect_ = json::parse(test::read_file(test::data_path(GetParam() + ".expect.json")));
        doc_ = read_html(test::read_file(test::data_path(GetParam() + ".html")), {}, diag_);
    }
    json expect_;
    Document doc_;
    Diagnostics diag_;
};

TEST_P(Page, Header) { test::expect_header(doc_, expect_); }
TEST_P(Page, UpdateNote) { test::expect_update_note(doc_, expect_); }
TEST_P(Page, Figures) { test::expect_figures(doc_, expect_["figures"]); }
TEST_P(Page, Paragraphs) { test::expect_paragraphs(doc_, expect_); }
TEST_P(Page, Headings) { test::expect_headings(doc_, expect_); }
TEST_P(Page, ListsAndQuotes) { test::expect_lists_and_quotes(doc_, expect_["quotes_or_lists"]); }
TEST_P(Page, Authors) { test::expect_authors(doc_, expect_["authors"]); }

TEST_P(Page, PageNoiseLeftOut) {
    test::expect_no_noise_line(doc_, expect_["html_noise"]);
    const auto strings = test::all_strings(doc_);
    for (const auto& noise : expect_["html_noise"]) {
        const std::string phrase = noise.get<std::string>();
        if (split_words(phrase).size() < kPhraseWords) continue;
        for (const std::string& s : strings)
            EXPECT_EQ(s.find(phrase), std::string::npos) << phrase << " in " << s;
    }
}

TEST_P(Page, FiguresKeepTheirImageAddress) {
    for (const Figure* figure : test::blocks_of<Figure>(doc_)) {
        EXPECT_FALSE(figure->src.empty());
        EXPECT_TRUE(figure->image.empty());  // the converter loads images, never the reader
    }
}

INSTANTIATE_TEST_SUITE_P(Pages, Page, ::testing::ValuesIn(test::html_articles({"corpus", "html"})),
                         [](const auto& info) { return test::test_name(info.param); });

TEST(HtmlCorpusFiles, AreAllPresent) {
    EXPECT_GE(test::html_articles({"corpus"}).size(), 2u);
    EXPECT_GE(test::html_articles({"html"}).size(), 3u);
}

}  // namespace
}  // namespace folio
