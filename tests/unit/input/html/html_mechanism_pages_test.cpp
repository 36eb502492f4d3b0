// One small page per mechanism the HTML reader needs on real saved pages (tests/data/html_mechanisms):
// the page's folio JSON must hold what NAME.expected.json says (title, authors, paragraph starts,
// headings, captions), every one of its "present" texts and none of its "absent" texts.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "input/html/html_reader.hpp"
#include "output/json/json_writer.hpp"
#include "tests/support/test_data.hpp"

namespace folio {
namespace {

using nlohmann::json;

std::vector<std::string> texts_of(const json& blocks, std::string_view type, const char* field = "text") {
    std::vector<std::string> texts;
    for (const json& block : blocks)
        if (block["type"] == type && block[field].is_string())
            texts.push_back(block[field].get<std::string>());
    return texts;
}

class MechanismPage : public ::testing::TestWithParam<std::string> {};

TEST_P(MechanismPage, GivesItsExpectedJson) {
    const json expected = json::parse(test::read_file(test::data_path(GetParam() + ".expected.json")));
    Diagnostics diag;
    const Document doc = read_html(test::read_file(test::data_path(GetParam() + ".html")), {}, diag);
    const std::string written = write_json(doc, WriteOptions{}, diag);
    const json out = json::parse(written);
    SCOPED_TRACE(expected["mechanism"].get<std::string>());

    EXPECT_EQ(out["meta"]["title"], expected["title"]);
    if (expected.contains("authors")) {
        std::vector<std::string> names;
        for (const json& author : out["meta"]["authors"]) names.push_back(author["name"]);
        EXPECT_EQ(names, expected["authors"].get<std::vector<std::string>>());
    }
    const auto paragraphs = texts_of(out["blocks"], "paragraph");
    const auto starts = expected["paragraphs_start"].get<std::vector<std::string>>();
    ASSERT_EQ(paragraphs.size(), starts.size()) << written;
    for (std::size_t i = 0; i < starts.size(); ++i)
        EXPECT_TRUE(paragraphs[i].starts_with(starts[i]))
            << paragraphs[i] << " should start with " << starts[i];
    if (expected.contains("headings")) {
        EXPECT_EQ(texts_of(out["blocks"], "heading"), expected["headings"].get<std::vector<std::string>>());
    }
    if (expected.contains("captions")) {
        EXPECT_EQ(texts_of(out["blocks"], "figure", "caption"),
                  expected["captions"].get<std::vector<std::string>>());
    }
    for (const json& present : expected.value("present", json::array()))
        EXPECT_NE(written.find(present.get<std::string>()), std::string::npos)
            << present << " not in " << written;
    for (const json& absent : expected.value("absent", json::array()))
        EXPECT_EQ(written.find(absent.get<std::string>()), std::string::npos) << absent << " in " << written;
}

INSTANTIATE_TEST_SUITE_P(Pages, MechanismPage, ::testing::ValuesIn(test::html_articles({"html_mechanisms"})),
                         [](const auto& info) { return test::test_name(info.param); });

}  // namespace
}  // namespace folio
