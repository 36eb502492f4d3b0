// The folio program with every writer and the writers' options: DocBook, HTML, EPUB, PDF, --paper,
// --no-pdf-tags, --image, --cover.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "tests/cli/folio_process.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio::test {
namespace {

const std::string article = FOLIO_TEST_DATA "/corpus/de_nordkorea_waffen.txt";
const std::string photo = FOLIO_TEST_DATA "/corpus/images/de_chile_lithium.jpg";
const std::string caption = "Kremlchef Wladimir Putin begrüßt Nordkoreas Diktator Kim Jong Un";
const std::string credit = "© picture alliance / ASSOCIATED PRESS | Vladimir Smirnov";

TEST(CliWriters, DocbookByExtensionReadsBackToTheSameJson) {
    const TempDir dir;
    const auto xml = dir / "article.xml";
    ASSERT_EQ(run_folio({article, "-o", xml.string()}).exit_code, 0);
    EXPECT_NE(read_file(xml).find("<personblurb>"), std::string::npos);
    const ProcessResult direct = run_folio({article, "-t", "json"});
    const ProcessResult via_docbook = run_folio({xml.string(), "-t", "json"});
    ASSERT_EQ(via_docbook.exit_code, 0) << via_docbook.err;
    EXPECT_EQ(via_docbook.out, direct.out);
}

TEST(CliWriters, HtmlToStandardOutputHoldsCaptionAndCredit) {
    const ProcessResult result = run_folio({article, "-t", "html"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("<figcaption"), std::string::npos);
    EXPECT_NE(result.out.find(caption), std::string::npos);
    EXPECT_NE(result.out.find("role=\"doc-credit\""), std::string::npos);
    EXPECT_NE(result.out.find(credit), std::string::npos);
}

TEST(CliWriters, EpubWithImageAndCoverEmbedsBoth) {
    const TempDir dir;
    const auto epub = dir / "article.epub";
    const ProcessResult result =
        run_folio({article, "-o", epub.string(), "--image", photo, "--cover", photo});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string listing = shell_output("unzip -l '" + epub.string() + "'");
    EXPECT_NE(listing.find("mimetype"), std::string::npos);
    EXPECT_NE(listing.find(".jpg"), std::string::npos) << listing;
    const std::string opf = shell_output("unzip -p '" + epub.string() + "' '*.opf'");
    EXPECT_NE(opf.find("image/jpeg"), std::string::npos) << opf;
    EXPECT_NE(opf.find("cover-image"), std::string::npos) << opf;
}

TEST(CliWriters, MissingImageFileFailsNamingItAndWritesNothing) {
    const TempDir dir;
    const auto epub = dir / "article.epub";
    const std::string missing = (dir / "nope.jpg").string();
    const ProcessResult result = run_folio({article, "-o", epub.string(), "--image", missing});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(lines_of(result.err).size(), 1u) << result.err;
    EXPECT_NE(result.err.find(missing), std::string::npos) << result.err;
    EXPECT_TRUE(directory_entries(dir.path()).empty());
}

TEST(CliWriters, PdfOnLetterPaper) {
    const TempDir dir;
    const auto pdf = dir / "article.pdf";
    const ProcessResult result =
        run_folio({article, "-o", pdf.string(), "--paper", "letter", "--ragged-right"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string info = shell_output("pdfinfo '" + pdf.string() + "'");
    EXPECT_NE(info.find("612 x 792 pts (letter)"), std::string::npos) << info;
    EXPECT_NE(info.find("So wahrscheinlich sind nordkoreanische Waffenlieferungen an Russland"),
              std::string::npos);
}

TEST(CliWriters, PdfIsTaggedUnlessNoPdfTagsIsGiven) {
    const TempDir dir;
    const auto pdf = dir / "article.pdf";
    ASSERT_EQ(run_folio({article, "-o", pdf.string()}).exit_code, 0);
    EXPECT_NE(shell_output("pdfinfo '" + pdf.string() + "'").find("Tagged:          yes"), std::string::npos);
    EXPECT_NE(shell_output("pdfinfo -struct-text '" + pdf.string() + "'").find(credit), std::string::npos);
    const ProcessResult result = run_folio({article, "-o", pdf.string(), "--no-pdf-tags"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(shell_output("pdfinfo '" + pdf.string() + "'").find("Tagged:          no"), std::string::npos);
}

TEST(CliWriters, PdfEmbedsTheAttachedImage) {
    const TempDir dir;
    const auto pdf = dir / "article.pdf";
    ASSERT_EQ(run_folio({article, "-o", pdf.string()}).exit_code, 0);
    EXPECT_EQ(lines_of(shell_output("pdfimages -list '" + pdf.string() + "'")).size(), 2u);  // header only
    const ProcessResult result = run_folio({article, "-o", pdf.string(), "--image", photo});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::vector<std::string> rows = lines_of(shell_output("pdfimages -list '" + pdf.string() + "'"));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_NE(rows[2].find("jpeg"), std::string::npos) << rows[2];
}

TEST(CliWriters, UnknownPaperIsAUsageError) {
    const ProcessResult result = run_folio({article, "-t", "pdf", "--paper", "a3"});
    EXPECT_EQ(result.exit_code, 2);
}

// An article without a date: the EPUB records the input file's time, the PDF no date at all.
TEST(CliWriters, AnUndatedArticleGetsNoInventedDate) {
    ::unsetenv("SOURCE_DATE_EPOCH");
    const TempDir dir;
    const auto input = dir / "undated.txt";
    std::ofstream(input) << "Ein Titel ohne Datum\n\nDer einzige Absatz dieses Artikels nennt kein Datum und "
                            "keinen Autor, nur ein paar Sätze Text.\n";
    shell_output("touch -d 2021-05-06T00:00:00Z '" + input.string() + "'");
    const auto epub = dir / "undated.epub";
    const auto pdf = dir / "undated.pdf";
    ASSERT_EQ(run_folio({input.string(), "-o", epub.string()}).exit_code, 0);
    ASSERT_EQ(run_folio({input.string(), "-o", pdf.string()}).exit_code, 0);
    const std::string opf = shell_output("unzip -p '" + epub.string() + "' EPUB/package.opf");
    EXPECT_NE(opf.find("<meta property=\"dcterms:modified\">2021-05-06T00:00:00Z</meta>"), std::string::npos)
        << opf;
    const std::string info = shell_output("pdfinfo '" + pdf.string() + "'");
    EXPECT_NE(info.find("Title:"), std::string::npos) << info;
    EXPECT_EQ(info.find("CreationDate:"), std::string::npos) << info;
    EXPECT_EQ(info.find("1980"), std::string::npos) << info;
}

}  // namespace
}  // namespace folio::test
