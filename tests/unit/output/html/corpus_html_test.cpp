// Every corpus article read from its text export becomes a complete, well-formed HTML page.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "input/text/text_reader.hpp"
#include "output/html/html_writer.hpp"
#include "tests/unit/output/html/xhtml_checks.hpp"

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

class CorpusHtml : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(CorpusHtml, PageHasTheWholeArticle) {
    const fs::path path = fs::path(FOLIO_TEST_DATA) / "corpus" / (GetParam() + ".txt");
    Diagnostics diag;
    const Document doc = read_text(read_bytes(path), ReadOptions{path.string()}, diag);
    const std::string page = write_html(doc, WriteOptions{}, diag);
    pugi::xml_document tree;
    testing::parse_xml(tree, page, GetParam());
    testing::expect_article_content(doc, tree);
    EXPECT_FALSE(doc.meta.lang.empty());
    EXPECT_STREQ(tree.document_element().attribute("lang").value(), doc.meta.lang.c_str());
    EXPECT_EQ(tree.select_nodes("//img").size(), 0U);
}

INSTANTIATE_TEST_SUITE_P(Corpus, CorpusHtml, ::testing::ValuesIn(corpus_articles()),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });

}  // namespace folio
