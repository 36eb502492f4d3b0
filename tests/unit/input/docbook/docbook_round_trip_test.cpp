// DocBook written by folio reads back to the same model: documents built in code and every corpus article.
#include <gtest/gtest.h>

#include <filesystem>

#include "input/docbook/docbook_reader.hpp"
#include "input/text/text_reader.hpp"
#include "output/docbook/docbook_writer.hpp"
#include "output/json/json_writer.hpp"
#include "tests/support/test_data.hpp"
#include "tests/unit/output/docbook/docbook_sample.hpp"

namespace folio {

namespace {

namespace fs = std::filesystem;

Document read(const std::string& xml, Diagnostics& diag) {
    ReadOptions options;
    options.source_name = "round-trip.xml";
    return read_docbook(xml, options, diag);
}

std::string write(const Document& doc, Diagnostics& diag) { return write_docbook(doc, WriteOptions{}, diag); }

// "corpus/NAME" and "text/NAME": the corpus and the plain-text reader's fixtures (lists, quotes, notes).

class DocbookCorpusRoundTrip : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST(DocbookRoundTrip, SampleDocumentSurvivesExactly) {
    const Document original = docbook_test::sample_document();
    Diagnostics diag;
    const std::string xml = write(original, diag);
    const Document back = read(xml, diag);
    EXPECT_EQ(back.meta, original.meta);
    ASSERT_EQ(back.blocks.size(), original.blocks.size());
    for (std::size_t i = 0; i < back.blocks.size(); ++i)
        EXPECT_TRUE(back.blocks[i] == original.blocks[i]) << i;
    EXPECT_EQ(write(back, diag), xml);
    EXPECT_TRUE(diag.warnings.empty()) << diag.warnings.front();
}

TEST(DocbookRoundTrip, NamesThatDoNotSplitAndPartialNames) {
    Document doc;
    doc.meta.title = "T";
    doc.meta.lang = "fr";
    doc.meta.authors = {Person{"Madonna", "", "", {}}, Person{"Cher", "Cher", "", {}},
                        Person{"van der Berg", "", "van der Berg", {}},
                        Person{"", "", "", plain("Nur Bio.")}};
    doc.meta.date_text = "le 5 mars";
    doc.meta.identifier = "folio-1234";
    doc.blocks = {Paragraph{plain("x"), "teaser"}, Paragraph{{}, ""}, Heading{3, plain("Direkt Ebene drei")},
                  Paragraph{plain(" führendes und nachfolgendes Leerzeichen "), ""}};
    Diagnostics diag;
    const std::string xml = write(doc, diag);
    EXPECT_TRUE(read(xml, diag) == doc);
}

TEST(DocbookRoundTrip, FigureSourceAndMediaTypes) {
    Document doc;
    doc.meta.title = "T";
    doc.meta.lang = "en";
    for (const char* type : {"image/png", "image/avif", ""}) {
        Figure figure;
        figure.src = std::string("pics/a b.") + (*type ? type + 6 : "bin");
        figure.media_type = type;
        figure.caption = {text("Caption with "), emphasis(plain("markup"))};
        doc.blocks.push_back(figure);
    }
    Diagnostics diag;
    EXPECT_TRUE(read(write(doc, diag), diag) == doc);
}

TEST_P(DocbookCorpusRoundTrip, TextToDocbookToJsonEqualsTextToJson) {
    const fs::path path = test::data_path(GetParam() + ".txt");
    Diagnostics diag;
    ReadOptions options;
    options.source_name = path.string();
    const Document from_text = read_text(test::read_file(path), options, diag);
    const std::string docbook = write(from_text, diag);
    const Document from_docbook = read(docbook, diag);
    EXPECT_EQ(write_json(from_docbook, WriteOptions{}, diag), write_json(from_text, WriteOptions{}, diag));
    EXPECT_TRUE(from_docbook == from_text);
    EXPECT_EQ(write(from_docbook, diag), docbook);
}

// Earlier folio output had the kicker in <subjectset>, the caption as figure title and again in
// <caption> with the credit, the credit in <bibliomisc>, and the alt text in <textobject>.
TEST(DocbookRoundTrip, EarlierOutputOfTheSeedArticleReadsAsTheSeedArticle) {
    Diagnostics diag;
    ReadOptions options;
    options.source_name = "seed.txt";
    const Document from_text =
        read_text(test::read_file(test::data_path("corpus/de_nordkorea_waffen.txt")), options, diag);
    const Document earlier =
        read(test::read_file(test::data_path("docbook/seed_as_written_before_renderer_fixes.xml")), diag);
    EXPECT_EQ(earlier.meta.kicker, "Nordkorea");
    EXPECT_EQ(write_json(earlier, WriteOptions{}, diag), write_json(from_text, WriteOptions{}, diag));
}

INSTANTIATE_TEST_SUITE_P(Corpus, DocbookCorpusRoundTrip,
                         ::testing::ValuesIn(test::text_articles({"corpus", "text"})),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                             return test::test_name(info.param);
                         });

}  // namespace folio
