// Reads every article of the corpus and of tests/data/text with the text reader and checks it against
// its .expect.json ground truth.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "input/common/utf8.hpp"
#include "input/text/text_reader.hpp"
#include "model_queries.hpp"

namespace folio {
namespace {

using nlohmann::json;
using test::blocks_of;
using test::paragraphs_before;

std::string or_empty(const json& value) { return value.is_null() ? std::string() : value.get<std::string>(); }

// Every string the model holds, for checking that noise lines appear nowhere.
std::vector<std::string> all_strings(const Document& doc) {
    std::vector<std::string> out = {doc.meta.title, doc.meta.subtitle, doc.meta.kicker, doc.meta.date_text};
    for (const Person& p : doc.meta.authors) {
        out.push_back(p.name);
        out.push_back(to_plain_text(p.bio));
    }
    for (const Block& block : doc.blocks) {
        out.push_back(block_plain_text(block));
        if (const auto* f = std::get_if<Figure>(&block)) {
            out.push_back(f->alt);
            out.push_back(f->credit);
        }
        if (const auto* q = std::get_if<BlockQuote>(&block)) out.push_back(q->attribution);
    }
    return out;
}

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
    EXPECT_EQ(doc_.meta.title, or_empty(expect_["title"]));
    EXPECT_EQ(doc_.meta.kicker, or_empty(expect_["kicker"]));
    EXPECT_EQ(doc_.meta.subtitle, or_empty(expect_["subtitle"]));
    EXPECT_EQ(doc_.meta.date_text, or_empty(expect_["date"]));
    EXPECT_EQ(doc_.meta.date.empty(), doc_.meta.date_text.empty());
    if (expect_.contains("date_iso")) {
        EXPECT_EQ(doc_.meta.date, expect_["date_iso"].get<std::string>());
    }
    EXPECT_EQ(doc_.meta.lang, expect_["lang"].get<std::string>());
}

TEST_P(Article, UpdateNote) {
    const auto notes = blocks_of<Note>(doc_);
    if (expect_["update"].is_null()) {
        EXPECT_TRUE(notes.empty());
    } else {
        ASSERT_EQ(notes.size(), 1u);
        EXPECT_EQ(to_plain_text(notes[0]->content), expect_["update"].get<std::string>());
    }
}

TEST_P(Article, NoiseLinesDropped) {
    const auto strings = all_strings(doc_);
    for (const auto& noise : expect_["noise_lines"]) {
        for (const auto& s : strings) EXPECT_NE(s, noise.get<std::string>());
    }
}

TEST_P(Article, Figures) {
    const auto& expected = expect_["figures"];
    std::size_t n = 0;
    for (std::size_t i = 0; i < doc_.blocks.size(); ++i) {
        const auto* figure = std::get_if<Figure>(&doc_.blocks[i]);
        if (figure == nullptr) continue;
        ASSERT_LT(n, expected.size()) << "unexpected figure " << to_plain_text(figure->caption);
        const auto& e = expected[n++];
        EXPECT_EQ(figure->alt, or_empty(e["alt"]));
        EXPECT_EQ(to_plain_text(figure->caption), or_empty(e["caption"]));
        EXPECT_EQ(figure->credit, or_empty(e["credit"]));
        EXPECT_EQ(paragraphs_before(doc_, i), e["after_paragraph"].get<int>());
    }
    EXPECT_EQ(n, expected.size());
}

TEST_P(Article, Paragraphs) {
    const auto paragraphs = blocks_of<Paragraph>(doc_);
    ASSERT_EQ(static_cast<int>(paragraphs.size()), expect_["paragraph_count"].get<int>());
    ASSERT_FALSE(paragraphs.empty());
    EXPECT_EQ(first_code_points(to_plain_text(paragraphs.front()->content), 40),
              expect_["first_body_paragraph_starts"].get<std::string>());
    EXPECT_EQ(first_code_points(to_plain_text(paragraphs.back()->content), 40),
              expect_["last_body_paragraph_starts"].get<std::string>());
    const auto lead = std::find_if(paragraphs.begin(), paragraphs.end(),
                                   [](const Paragraph* p) { return p->role == "lead"; });
    if (expect_["lead"].is_null()) {
        EXPECT_EQ(lead, paragraphs.end());
    } else {
        ASSERT_NE(lead, paragraphs.end());
        EXPECT_EQ(lead, paragraphs.begin());
        EXPECT_EQ(to_plain_text((*lead)->content), expect_["lead"].get<std::string>());
    }
    for (const Paragraph* p : paragraphs) {
        if (p != paragraphs.front()) {
            EXPECT_EQ(p->role, "");
        }
    }
}

TEST_P(Article, Headings) {
    std::vector<std::string> headings;
    for (const Heading* h : blocks_of<Heading>(doc_)) {
        EXPECT_EQ(h->level, 2);
        headings.push_back(to_plain_text(h->content));
    }
    EXPECT_EQ(headings, expect_["headings"].get<std::vector<std::string>>());
}

TEST_P(Article, ListsAndQuotes) {
    std::size_t n = 0;
    const auto& expected = expect_["quotes_or_lists"];
    for (std::size_t i = 0; i < doc_.blocks.size(); ++i) {
        const auto* list = std::get_if<List>(&doc_.blocks[i]);
        const auto* quote = std::get_if<BlockQuote>(&doc_.blocks[i]);
        if (list == nullptr && quote == nullptr) continue;
        ASSERT_LT(n, expected.size());
        const auto& e = expected[n++];
        EXPECT_EQ(paragraphs_before(doc_, i), e["after_paragraph"].get<int>());
        if (list != nullptr) {
            ASSERT_EQ(e["type"], "list");
            std::vector<std::string> items;
            for (const auto& item : list->items) items.push_back(to_plain_text(item));
            EXPECT_EQ(items, e["items"].get<std::vector<std::string>>());
            const std::string marker = e["marker"].get<std::string>();
            EXPECT_EQ(list->ordered, !marker.empty() && marker[0] >= '0' && marker[0] <= '9');
        } else {
            ASSERT_EQ(e["type"], "blockquote");
            EXPECT_EQ(to_plain_text(quote->content), e["text"].get<std::string>());
            EXPECT_EQ(quote->attribution, e["attribution"].get<std::string>());
        }
    }
    EXPECT_EQ(n, expected.size());
}

TEST_P(Article, Authors) {
    const auto& expected = expect_["authors"];
    ASSERT_EQ(doc_.meta.authors.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const Person& person = doc_.meta.authors[i];
        EXPECT_EQ(person.name, expected[i]["name"].get<std::string>());
        EXPECT_EQ(to_plain_text(person.bio), expected[i]["bio"].get<std::string>());
        const auto parts = split_words(person.name);
        if (parts.size() == 2) {
            EXPECT_EQ(person.given, std::string(parts[0]));
            EXPECT_EQ(person.family, std::string(parts[1]));
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Articles, Article, ::testing::ValuesIn(test::text_articles({"corpus", "text"})),
                         [](const auto& info) { return test::test_name(info.param); });

TEST(CorpusFiles, AreAllPresent) {
    EXPECT_GE(test::text_articles({"corpus"}).size(), 6u);
    EXPECT_GE(test::text_articles({"text"}).size(), 3u);
}

}  // namespace
}  // namespace folio
