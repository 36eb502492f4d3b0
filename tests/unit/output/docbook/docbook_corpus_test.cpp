// Every corpus article as DocBook: valid for libxml2 and jing, and XPath checks against the ground truth.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "input/text/text_reader.hpp"
#include "output/docbook/docbook_validate.hpp"
#include "output/docbook/docbook_writer.hpp"
#include "tests/support/test_data.hpp"
#include "tests/unit/output/docbook/jing.hpp"

namespace folio {

namespace {

namespace fs = std::filesystem;

// "corpus/NAME" and "text/NAME": the corpus and the plain-text reader's fixtures (lists, quotes, notes).

// All text below a node, as pugixml concatenates it (the DocBook writer puts no layout inside mixed content).
std::string text_of(const pugi::xml_node& node) {
    std::string out;
    for (const pugi::xpath_node& text : node.select_nodes(".//text()")) out += text.node().value();
    return out;
}

class DocbookCorpus : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        const fs::path base = test::data_path(GetParam());
        ReadOptions options;
        options.source_name = base.string() + ".txt";
        doc = read_text(test::read_file(base.string() + ".txt"), options, diag);
        xml = write_docbook(doc, WriteOptions{}, diag);
        expect = nlohmann::json::parse(test::read_file(base.string() + ".expect.json"));
        ASSERT_TRUE(dom.load_string(xml.c_str(), pugi::parse_default | pugi::parse_pi));
    }

    Diagnostics diag;
    Document doc;
    std::string xml;
    nlohmann::json expect;
    pugi::xml_document dom;
};

}  // namespace

TEST_P(DocbookCorpus, ValidForLibxml2) {
    const std::vector<std::string> errors = validate_docbook(xml);
    std::string report;
    for (const std::string& error : errors) report += error + "\n";
    EXPECT_TRUE(errors.empty()) << report;
}

TEST_P(DocbookCorpus, ValidForJing) {
    const docbook_test::JingResult jing =
        docbook_test::run_jing(xml, fs::path(GetParam()).filename().string());
    EXPECT_EQ(jing.exit_code, 0) << jing.output;
    EXPECT_EQ(jing.output, "");
}

TEST_P(DocbookCorpus, TitleLanguageAndAuthors) {
    EXPECT_EQ(text_of(dom.select_node("/article/info/title").node()), expect["title"].get<std::string>());
    EXPECT_EQ(std::string(dom.select_node("/article/@xml:lang").attribute().value()),
              expect["lang"].get<std::string>());
    const pugi::xpath_node_set authors = dom.select_nodes("/article/info/author");
    ASSERT_EQ(authors.size(), expect["authors"].size());
    for (std::size_t i = 0; i < authors.size(); ++i) {
        const nlohmann::json& author = expect["authors"][i];
        EXPECT_FALSE(text_of(authors[i].node().child("personname")).empty());
        if (author["bio"].is_string()) {
            EXPECT_EQ(text_of(authors[i].node().child("personblurb")), author["bio"].get<std::string>());
        }
    }
}

TEST_P(DocbookCorpus, EveryCaptionAndCreditIsInItsFigureTitleOnce) {
    pugi::xpath_node_set figures = dom.select_nodes("//figure | //informalfigure");
    figures.sort();
    ASSERT_EQ(figures.size(), expect["figures"].size());
    for (std::size_t i = 0; i < figures.size(); ++i) {
        const nlohmann::json& want = expect["figures"][i];
        const pugi::xml_node figure = figures[i].node();
        const std::string title = text_of(figure.child("title"));
        EXPECT_FALSE(figure.select_node("mediaobject/caption"));
        if (want["caption"].is_string()) {
            EXPECT_TRUE(title.starts_with(want["caption"].get<std::string>())) << title;
        }
        if (want["credit"].is_string()) {
            const std::string credit = want["credit"].get<std::string>();
            EXPECT_EQ(text_of(figure.select_node("title/phrase[@role='credit']").node()), credit);
            EXPECT_TRUE(title.ends_with(credit)) << title;
        }
        if (want["alt"].is_string()) {
            EXPECT_EQ(text_of(figure.select_node("mediaobject/alt").node()), want["alt"].get<std::string>());
        }
    }
}

TEST_P(DocbookCorpus, KickerOpensTheBodyAndTheBiosCloseIt) {
    const pugi::xml_node first = dom.select_node("/article/*[2]").node();
    if (expect["kicker"].is_string()) {
        EXPECT_STREQ(first.name(), "para");
        EXPECT_STREQ(first.attribute("role").value(), "kicker");
        EXPECT_EQ(text_of(first), expect["kicker"].get<std::string>());
    } else {
        EXPECT_FALSE(dom.select_node("//para[@role='kicker']"));
    }
    const pugi::xpath_node_set bios = dom.select_nodes("/article/section[@role='authors']/para[@role='bio']");
    std::size_t with_bio = 0;
    for (const nlohmann::json& author : expect["authors"]) {
        if (!author["bio"].is_string()) continue;
        ASSERT_LT(with_bio, bios.size());
        EXPECT_EQ(text_of(bios[with_bio++].node()), author["bio"].get<std::string>());
    }
    EXPECT_EQ(bios.size(), with_bio);
    if (with_bio > 0) {
        EXPECT_EQ(std::string(dom.select_node("/article/*[last()]").node().name()), "section");
    }
}

TEST_P(DocbookCorpus, EveryParagraphAppearsExactlyOnce) {
    const pugi::xpath_node_set paras = dom.select_nodes("/article//para");
    std::size_t checked = 0;
    for (const Block& block : doc.blocks) {
        const auto* paragraph = std::get_if<Paragraph>(&block);
        if (!paragraph) continue;
        const std::string want = to_plain_text(paragraph->content);
        const auto count = std::count_if(paras.begin(), paras.end(), [&](const pugi::xpath_node& para) {
            return text_of(para.node()) == want;
        });
        EXPECT_EQ(count, 1) << want;
        ++checked;
    }
    EXPECT_EQ(checked, expect["paragraph_count"].get<std::size_t>());
    if (expect["lead"].is_string()) {
        EXPECT_EQ(text_of(dom.select_node("/article//para[@role='lead']").node()),
                  expect["lead"].get<std::string>());
    }
}

INSTANTIATE_TEST_SUITE_P(Corpus, DocbookCorpus, ::testing::ValuesIn(test::text_articles({"corpus", "text"})),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                             return test::test_name(info.param);
                         });

}  // namespace folio
