// Every corpus article read from its text export becomes a complete, well-formed HTML page.
#include <gtest/gtest.h>

#include <filesystem>

#include "input/text/text_reader.hpp"
#include "output/html/html_writer.hpp"
#include "tests/support/test_data.hpp"
#include "tests/unit/output/html/xhtml_checks.hpp"

namespace folio {

namespace {

namespace fs = std::filesystem;

class CorpusHtml : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(CorpusHtml, PageHasTheWholeArticle) {
    const fs::path path = test::data_path(GetParam() + ".txt");
    Diagnostics diag;
    const Document doc = read_text(test::read_file(path), ReadOptions{path.string()}, diag);
    const std::string page = write_html(doc, WriteOptions{}, diag);
    pugi::xml_document tree;
    testing::parse_xml(tree, page, GetParam());
    testing::expect_article_content(doc, tree);
    EXPECT_FALSE(doc.meta.lang.empty());
    EXPECT_STREQ(tree.document_element().attribute("lang").value(), doc.meta.lang.c_str());
    EXPECT_EQ(tree.select_nodes("//img").size(), 0U);
}

INSTANTIATE_TEST_SUITE_P(Corpus, CorpusHtml, ::testing::ValuesIn(test::text_articles()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                             return test::test_name(info.param);
                         });

}  // namespace folio
