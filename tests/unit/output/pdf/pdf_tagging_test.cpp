// The tagged PDF: the structure tree poppler reads back (title, kicker, byline, figure, caption and credit,
// paragraphs in order, bios), the PDF/UA-1 conditions a machine can check, and --no-pdf-tags.
#include <gtest/gtest.h>

#include <filesystem>

#include "converters/convert.hpp"
#include "formats/utf8.hpp"
#include "output/common/labels.hpp"
#include "output/pdf/pdf_writer.hpp"
#include "pdf_structure.hpp"
#include "pdf_test_support.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/support/test_data.hpp"

namespace folio {
namespace {

using pdf_test::squeeze;
using pdf_test::StructNode;

struct Tagged {
    Document doc;
    std::string pdf;
    StructNode tree;
};

// A corpus article ("corpus/x.txt" or "corpus/x.html", with its images) as a PDF and its structure tree.
const Tagged& tagged(const std::string& input) {
    static std::map<std::string, Tagged> cache;
    if (const auto found = cache.find(input); found != cache.end()) return found->second;
    test::TempDir dir;
    const std::string output = (dir.path() / "article.pdf").string();
    const std::string path = test::data_path(input).string();
    Diagnostics diagnostics;
    Tagged result;
    result.doc = read_document(test::read_file(path), nullptr, path, {}, diagnostics);
    convert_file(path, output, ConvertOptions{}, diagnostics);
    result.pdf = test::read_file(output);
    result.tree = pdf_test::struct_tree(output);
    return cache.emplace(input, std::move(result)).first->second;
}

std::vector<std::string> corpus_inputs() {
    std::vector<std::string> inputs;
    for (const std::string& name : test::text_articles()) inputs.push_back(name + ".txt");
    for (const std::string& name : test::html_articles()) inputs.push_back(name + ".html");
    return inputs;
}

std::string squeezed(const StructNode* node) { return node ? squeeze(node->all_text()) : ""; }

class TaggedCorpus : public ::testing::TestWithParam<std::string> {};

TEST_P(TaggedCorpus, StructureTreeReadsTheArticleOnceInOrder) {
    const Tagged& t = tagged(GetParam());
    const Meta& meta = t.doc.meta;
    ASSERT_EQ(t.tree.type, "Document");
    ASSERT_EQ(t.tree.elements().size(), 1u);
    const StructNode& art = *t.tree.elements()[0];
    ASSERT_EQ(art.type, "Art");
    const std::vector<const StructNode*> top = art.elements();
    ASSERT_FALSE(top.empty());

    // The title block as printed: the kicker, the title, (the subtitle,) the byline.
    std::size_t next = 0;
    if (!meta.kicker.empty()) {
        EXPECT_EQ(top[next]->type, "P");
        EXPECT_EQ(squeezed(top[next++]), squeeze(meta.kicker));
    }
    ASSERT_LT(next, top.size());
    EXPECT_EQ(top[next]->type, "H1");
    EXPECT_EQ(squeezed(top[next++]), squeeze(meta.title));
    if (!meta.subtitle.empty()) {
        EXPECT_EQ(squeezed(top[next++]), squeeze(meta.subtitle));
    }
    if (!meta.authors.empty()) {
        ASSERT_LT(next, top.size());
        const std::string byline = squeezed(top[next]);
        EXPECT_EQ(top[next]->type, "P");
        for (const Person& person : meta.authors)
            EXPECT_NE(byline.find(squeeze(person.name)), std::string::npos);
    }

    // Every figure: the image as a Figure (when it has one), its caption and its credit as separate elements.
    const std::vector<const StructNode*> captions = art.find_all("Caption");
    std::size_t figure = 0, with_image = 0;
    for (const Block& block : t.doc.blocks) {
        const auto* f = std::get_if<Figure>(&block);
        if (f == nullptr) continue;
        if (!f->image.empty() || !f->src.empty())
            ++with_image;  // the converter loads it from the page's folder
        ASSERT_LT(figure, captions.size());
        const StructNode& caption = *captions[figure++];
        const std::vector<const StructNode*> credit = caption.find_all("Span");
        if (!f->credit.empty()) {
            ASSERT_EQ(credit.size(), 1u) << f->credit;
            EXPECT_EQ(squeezed(credit[0]), squeeze(f->credit));
        }
        const std::string caption_text = squeezed(&caption);
        EXPECT_TRUE(caption_text.starts_with(squeeze(to_plain_text(f->caption)))) << caption_text;
    }
    EXPECT_EQ(art.find_all("Figure").size(), with_image);

    // Every paragraph once, in order, as a P of the article.
    std::vector<std::string> printed;
    for (const StructNode* node : top)
        if (node->type == "P") printed.push_back(squeezed(node));
    std::size_t at = 0;
    for (const Block& block : t.doc.blocks) {
        const auto* p = std::get_if<Paragraph>(&block);
        if (p == nullptr) continue;
        const std::string wanted = squeeze(to_plain_text(p->content));
        EXPECT_EQ(std::count(printed.begin(), printed.end(), wanted), 1) << wanted.substr(0, 60);
        const auto found =
            std::find(printed.begin() + static_cast<std::ptrdiff_t>(at), printed.end(), wanted);
        EXPECT_NE(found, printed.end()) << "out of order: " << wanted.substr(0, 60);
        if (found != printed.end()) at = static_cast<std::size_t>(found - printed.begin()) + 1;
    }

    // The bios in the closing section, one P each after its heading.
    std::vector<const Person*> with_bio;
    for (const Person& person : meta.authors)
        if (!person.bio.empty()) with_bio.push_back(&person);
    const std::vector<const StructNode*> sections = art.find_all("Sect");
    ASSERT_EQ(sections.size(), with_bio.empty() ? 0u : 1u);
    if (!with_bio.empty()) {
        const std::vector<const StructNode*> parts = sections[0]->elements();
        ASSERT_EQ(parts.size(), with_bio.size() + 1);
        EXPECT_EQ(parts[0]->type, "H2");
        for (std::size_t i = 0; i < with_bio.size(); ++i) {
            EXPECT_EQ(parts[i + 1]->type, "P");
            EXPECT_NE(squeezed(parts[i + 1]).find(squeeze(to_plain_text(with_bio[i]->bio))),
                      std::string::npos);
        }
    }

    // No running head and no page number in the tree: the title once, no "page 1 of N".
    const std::string all = squeeze(t.tree.all_text());
    EXPECT_EQ(pdf_test::count(all, squeeze(meta.title)), 1);
    EXPECT_EQ(
        all.find(squeeze(page_n_of_m(meta.lang, 1, 1).substr(0, page_n_of_m(meta.lang, 1, 1).size() - 1))),
        std::string::npos);
}

TEST_P(TaggedCorpus, MeetsThePdfUaConditionsAMachineCanCheck) {
    const Tagged& t = tagged(GetParam());
    const pdf_test::UaReport report = pdf_test::check_pdf_ua(t.pdf);
    EXPECT_TRUE(report.unmarked.empty()) << report.unmarked.front();
    EXPECT_TRUE(report.unreachable.empty()) << report.unreachable.front();
    EXPECT_TRUE(report.figures_without_alt.empty()) << report.figures_without_alt.front();
    EXPECT_TRUE(report.skipped_headings.empty()) << report.skipped_headings.front();
    EXPECT_TRUE(report.document_level.empty()) << report.document_level.front();
    EXPECT_TRUE(report.untagged_links.empty()) << report.untagged_links.front();
    EXPECT_GT(report.marked_contents, 10);
    EXPECT_GT(report.artifacts, 0);  // the page numbers at least
    pdf_test::PdfFile file(t.pdf, "tagged");
    for (const std::string& row : pdf_test::font_rows(file.pdffonts())) {
        EXPECT_NE(row.find(" yes yes yes"), std::string::npos)
            << "not embedded, subset and with ToUnicode: " << row;
    }
    int status = -1;
    file.qpdf_check(&status);
    EXPECT_EQ(status, 0);
    EXPECT_NE(file.pdfinfo().find("Tagged:          yes"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Corpus, TaggedCorpus, ::testing::ValuesIn(corpus_inputs()), [](const auto& info) {
    return test::test_name(info.param.substr(0, info.param.find('.')) + "_" +
                           info.param.substr(info.param.find('.') + 1));
});

// A long article of our own with every kind of block.
Document every_block() {
    Document doc;
    doc.meta.title = "Harbour cranes return to the old quay";
    doc.meta.kicker = "Harbours";
    doc.meta.lang = "en";
    doc.meta.authors.push_back(Person{"Mara Lind", "Mara", "Lind", {}});
    std::string long_text;
    for (int i = 0; i < 60; ++i)
        long_text += "The cranes that stood idle for a decade are moving containers again, sentence " +
                     std::to_string(i) + ". ";
    doc.blocks.push_back(Paragraph{plain("The first paragraph names the quay 부산항 in Korean."), "lead"});
    doc.blocks.push_back(Heading{2, plain("The quay")});
    doc.blocks.push_back(Paragraph{plain(long_text), ""});
    doc.blocks.push_back(Heading{4, plain("Deep down")});
    doc.blocks.push_back(List{false, {plain("first crane"), plain("second crane")}});
    doc.blocks.push_back(BlockQuote{plain("\u201CWe are back.\u201D"), "a crane driver"});
    doc.blocks.push_back(Note{plain("Update: the quay opens on Monday.")});
    doc.blocks.push_back(
        Paragraph{{text("Read the "), link("https://example.org/report", plain("port report")),
                   text(" for the figures.")},
                  ""});
    return doc;
}

TEST(TaggedPdf, EveryKindOfBlockHasItsStructureType) {
    Diagnostics diagnostics;
    const std::string bytes = write_pdf(every_block(), WriteOptions{}, diagnostics);
    const pdf_test::UaReport report = pdf_test::check_pdf_ua(bytes);
    EXPECT_TRUE(report.unmarked.empty());
    EXPECT_TRUE(report.unreachable.empty()) << report.unreachable.front();
    EXPECT_TRUE(report.untagged_links.empty()) << report.untagged_links.front();
    EXPECT_EQ(report.links, 1);
    EXPECT_EQ(report.languages, (std::set<std::string>{"ko"}));  // the Hangul run, inside an English text
    // H4 after H2 becomes H3: no level is skipped.
    EXPECT_TRUE(report.skipped_headings.empty()) << report.skipped_headings.front();
    const std::vector<std::string> expected = {
        "Document", "Art",   "P",  "H1",  "P",     "P",          "H2", "P", "H3",   "L", "LI",
        "Lbl",      "LBody", "LI", "Lbl", "LBody", "BlockQuote", "P",  "P", "Note", "P", "Link"};
    EXPECT_EQ(report.element_types, expected);

    pdf_test::PdfFile file(bytes, "blocks");
    const StructNode tree = pdf_test::struct_tree(file.path());
    const StructNode& art = *tree.elements()[0];
    const std::vector<const StructNode*> labels = art.find_all("Lbl");
    ASSERT_EQ(labels.size(), 2u);
    EXPECT_EQ(squeezed(labels[0]), "\u2022");
    const std::vector<const StructNode*> bodies = art.find_all("LBody");
    EXPECT_EQ(squeezed(bodies[1]), "secondcrane");
    const std::vector<const StructNode*> quotes = art.find_all("BlockQuote");
    ASSERT_EQ(quotes.size(), 1u);
    EXPECT_EQ(squeezed(quotes[0]), squeeze("\u201CWe are back.\u201D\u2014 a crane driver"));
    const std::vector<const StructNode*> links = art.find_all("Link");
    ASSERT_EQ(links.size(), 1u);
    EXPECT_EQ(squeezed(links[0]), "portreport");
}

TEST(TaggedPdf, AParagraphAcrossAPageBreakReadsAsOne) {
    Diagnostics diagnostics;
    const Document doc = every_block();
    const std::string bytes = write_pdf(doc, WriteOptions{}, diagnostics);
    pdf_test::PdfFile file(bytes, "across");
    ASSERT_GE(std::stoi(pdf_test::info_field(file.pdfinfo(), "Pages")), 2);
    const StructNode tree = pdf_test::struct_tree(file.path());
    const std::string wanted = squeeze(to_plain_text(std::get<Paragraph>(doc.blocks[2]).content));
    int found = 0;
    for (const StructNode* p : tree.find_all("P")) found += squeezed(p) == wanted ? 1 : 0;
    EXPECT_EQ(found, 1);  // one element, the page footer and header between its pieces left out
    // Its two pieces are on two pages: the page text shows the page number between them.
    const std::string page_text = squeeze(file.text_raw());
    EXPECT_EQ(page_text.find(wanted), std::string::npos);
}

TEST(TaggedPdf, NoPdfTagsWritesAnUntaggedSmallerFile) {
    Diagnostics diagnostics;
    const Document doc = every_block();
    WriteOptions untagged;
    untagged.pdf_tags = false;
    const std::string plain_pdf = write_pdf(doc, untagged, diagnostics);
    const std::string tagged_pdf = write_pdf(doc, WriteOptions{}, diagnostics);
    const pdf_test::UaReport report = pdf_test::check_pdf_ua(plain_pdf);
    EXPECT_EQ(report.marked_contents, 0);
    EXPECT_EQ(report.artifacts, 0);
    EXPECT_TRUE(report.element_types.empty());
    // What the checks above catch on a file without tags.
    EXPECT_FALSE(report.unmarked.empty());
    EXPECT_FALSE(report.document_level.empty());
    EXPECT_FALSE(report.untagged_links.empty());
    pdf_test::PdfFile file(plain_pdf, "untagged");
    EXPECT_NE(file.pdfinfo().find("Tagged:          no"), std::string::npos);
    EXPECT_LT(plain_pdf.size(), tagged_pdf.size());
    // The same pages: the text reads the same.
    pdf_test::PdfFile tagged_file(tagged_pdf, "tagged");
    EXPECT_EQ(file.text_raw(), tagged_file.text_raw());
}

TEST(TaggedPdf, TagsCostAtMostATenthOfTheSeedArticlesSize) {
    Diagnostics diagnostics;
    const std::string path = test::data_path("corpus/de_nordkorea_waffen.txt").string();
    const Document doc = read_document(test::read_file(path), nullptr, path, {}, diagnostics);
    WriteOptions untagged;
    untagged.pdf_tags = false;
    const double plain_size = static_cast<double>(write_pdf(doc, untagged, diagnostics).size());
    const double tagged_size = static_cast<double>(write_pdf(doc, WriteOptions{}, diagnostics).size());
    EXPECT_LE(tagged_size, plain_size * 1.10) << tagged_size / plain_size;
}

TEST(TaggedPdf, XmpAgreesWithTheInfoDictionary) {
    const Tagged& t = tagged("corpus/de_nordkorea_waffen.txt");
    pdf_test::PdfFile file(t.pdf, "xmp");
    const std::string xmp = pdf_test::run("pdfinfo -meta '" + file.path() + "'");
    const std::string info = file.pdfinfo();
    EXPECT_NE(xmp.find("<rdf:li xml:lang=\"x-default\">" + pdf_test::info_field(info, "Title") + "</rdf:li>"),
              std::string::npos);
    for (const Person& person : t.doc.meta.authors)
        EXPECT_NE(xmp.find("<rdf:li>" + person.name + "</rdf:li>"), std::string::npos);
    EXPECT_NE(xmp.find("<rdf:li>de</rdf:li>"), std::string::npos);
    EXPECT_NE(xmp.find("<pdfuaid:part>1</pdfuaid:part>"), std::string::npos);
    EXPECT_NE(xmp.find("<pdf:Producer>" + pdf_test::info_field(info, "Producer") + "</pdf:Producer>"),
              std::string::npos);
}

TEST(TaggedPdf, ACollectionIsOneArtPerArticleAndMeetsTheSameConditions) {
    Collection book;
    book.meta.title = "Dossier";
    book.meta.lang = "de";
    for (const std::string& name : test::text_articles()) book.articles.push_back(tagged(name + ".txt").doc);
    Diagnostics diagnostics;
    const std::string bytes = write_pdf_collection(book, WriteOptions{}, diagnostics);
    const pdf_test::UaReport report = pdf_test::check_pdf_ua(bytes);
    EXPECT_TRUE(report.unmarked.empty()) << report.unmarked.front();
    EXPECT_TRUE(report.unreachable.empty()) << report.unreachable.front();
    EXPECT_TRUE(report.skipped_headings.empty()) << report.skipped_headings.front();
    EXPECT_TRUE(report.document_level.empty()) << report.document_level.front();
    EXPECT_EQ(std::count(report.element_types.begin(), report.element_types.end(), "Art"),
              static_cast<std::ptrdiff_t>(book.articles.size()));
    pdf_test::PdfFile file(bytes, "collection");
    const StructNode tree = pdf_test::struct_tree(file.path());
    ASSERT_EQ(tree.elements().size(), book.articles.size() + 1);  // the front matter, then the articles
    EXPECT_EQ(tree.elements()[0]->type, "Sect");
    for (std::size_t i = 0; i < book.articles.size(); ++i)
        EXPECT_EQ(squeezed(tree.elements()[i + 1]->find_all("H1").front()),
                  squeeze(book.articles[i].meta.title));
    // The English and French articles in a German book carry their language.
    EXPECT_NE(pdf_test::run("qpdf --qdf --object-streams=disable '" + file.path() +
                            "' - | grep -a -c '/Lang (en)'"),
              "0\n");
}

}  // namespace
}  // namespace folio
