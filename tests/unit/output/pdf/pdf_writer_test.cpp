// Tests for the PDF writer on documents built in code: validity, fonts, text, metadata, outline, options.
#include "output/pdf/pdf_writer.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <regex>
#include <sstream>
#include <thread>

#include "output/pdf/line_breaker.hpp"
#include "output/pdf/page_style.hpp"
#include "pdf_lines.hpp"
#include "pdf_test_support.hpp"
#include "tests/support/test_data.hpp"

namespace folio {
namespace {

using pdf_test::count;
using pdf_test::PdfFile;
using pdf_test::squeeze;

const std::string kTitle = "Grüße aus Busan: Über Straßen, Märkte und Häfen";
const std::string kLead =
    "Ende November scheiterte Busan (부산) mit seiner Bewerbung um die Weltausstellung. Die Niederlage hat "
    "eine Debatte ausgelöst, die weit über die Expo hinausgeht.";
const std::string kBody1 =
    "Die Stadtverwaltung spricht von einer „Zeitenwende“ für die Hafenwirtschaft, während Kritiker «mehr "
    "Mut» fordern. Waffenlieferungen, Nahrungsmittelknappheit und Kooperationsvorhaben bestimmen die "
    "Schlagzeilen; doch Größenordnungen und Zusammenhänge bleiben oft unklar. “Wir müssen jetzt handeln”, "
    "sagt eine Sprecherin der Behörde für Stadtentwicklung und Verkehrsinfrastrukturplanung.";
const std::string kBody2 =
    "Der Hafen von Busan (부산항) gehört zu den größten Containerumschlagplätzen der Welt. Jeden Tag "
    "verlassen Schiffe mit Elektronik, Autoteilen und Stahlerzeugnissen die Terminals in Richtung "
    "Schanghai, Rotterdam und Los Angeles.";
const std::string kCaption = "Containerbrücken im Hafen von Busan in der Abenddämmerung";
const std::string kCredit = "Bild: picture alliance / dpa | Choi Jae-won";
const std::string kCaption2 = "Blick auf die bunten Häuser des Viertels Gamcheon";
const std::string kCredit2 = "Foto: Hanna Schubert";
const std::string kBio1 =
    "Sophie Krämer ist Programmleiterin für Korea und Japan beim Deutsch-Koreanischen Forum.";
const std::string kBio2 =
    "Lee Dong-hyun (이동현) ist freier Journalist in Busan und berichtet über Stadtentwicklung.";

Document sample_document() {
    Document doc;
    doc.meta.title = kTitle;
    doc.meta.subtitle = "Wie sich eine Industriestadt neu erfindet";
    doc.meta.kicker = "Südkorea";
    doc.meta.lang = "de";
    doc.meta.date = "2024-03-05";
    doc.meta.date_text = "05.03.2024";
    doc.meta.authors = {Person{"Sophie Krämer", "Sophie", "Krämer", plain(kBio1)},
                        Person{"Lee Dong-hyun", "", "", plain(kBio2)}};
    Figure photo;
    photo.src = "images/de_busan_hafen.jpg";
    const std::string jpeg =
        test::read_file(std::string(FOLIO_TEST_DATA) + "/corpus/images/de_busan_hafen.jpg");
    photo.image = std::vector<std::uint8_t>(jpeg.begin(), jpeg.end());
    photo.media_type = "image/jpeg";
    photo.alt = kCaption;
    photo.caption = plain(kCaption);
    photo.credit = kCredit;
    Figure without_image;
    without_image.caption = plain(kCaption2);
    without_image.credit = kCredit2;
    doc.blocks = {
        Paragraph{plain(kLead), "lead"},
        photo,
        Paragraph{plain(kBody1), ""},
        Heading{2, plain("Die Expo als verpasste Chance")},
        Paragraph{{text("Mit "), emphasis(plain("Nachdruck")), text(" und "), strong(plain("Zahlen")),
                   text(" belegt der "), link("https://example.org/bericht", plain("Bericht")),
                   text(" die Lage; der Code "), code("KN-23"), text(" steht für eine Rakete.")},
                  ""},
        List{false, {plain("Erstens die Werften"), plain("Zweitens die Logistik")}},
        BlockQuote{plain("„Busan ist mehr als ein Hafen.“"), "Bürgermeister Park"},
        without_image,
        Note{plain("Update: Die Zahlen wurden am 6. März ergänzt.")},
        ThematicBreak{},
        Heading{2, plain("Junge Ideen für eine alte Stadt")},
        Paragraph{plain(kBody2), ""},
    };
    return doc;
}

std::string write(const Document& doc, const WriteOptions& options = {}) {
    Diagnostics diagnostics;
    return write_pdf(doc, options, diagnostics);
}

TEST(PdfWriter, WritesAValidPdfWithEveryFontEmbedded) {
    PdfFile file(write(sample_document()), "valid");
    int status = -1;
    const std::string check = file.qpdf_check(&status);
    EXPECT_EQ(status, 0) << check;
    EXPECT_NE(check.find("No syntax or stream encoding errors"), std::string::npos) << check;
    const std::vector<std::string> fonts = pdf_test::font_rows(file.pdffonts());
    ASSERT_GE(fonts.size(), 3u);
    bool hangul_font = false;
    for (const std::string& row : fonts) {
        EXPECT_TRUE(std::regex_search(row, std::regex("CID TrueType +Identity-H +yes +yes +yes"))) << row;
        if (row.find("NanumGothic") != std::string::npos) hangul_font = true;
    }
    EXPECT_TRUE(hangul_font) << "the Hangul needs the fallback font";
    EXPECT_EQ(pdf_test::info_field(file.pdfinfo(), "PDF version"), "1.7");
}

// The Hangul font has no italic, and fontconfig offers its upright file, marked oblique, for the italic
// style. A style's whole chain is found on first use, so the upright body text registers the font before the
// italic span reaches it, and the font keeps its own name (the font dictionaries are not compressed).
TEST(PdfWriter, AFallbackFontFirstNeededInItalicKeepsItsUprightName) {
    Document doc;
    doc.meta.title = "Busan";
    doc.meta.lang = "de";
    doc.blocks = {
        Paragraph{{text("Der Name der Stadt, "), emphasis(plain("부산")), text(", heißt Hafen.")}, ""}};
    const std::string bytes = write(doc);
    EXPECT_NE(bytes.find("/BaseFont/"), std::string::npos);
    EXPECT_GE(pdf_test::count(bytes, "+NanumGothic"), 2);  // the font and its descendant
    EXPECT_EQ(bytes.find("NanumGothic,"), std::string::npos);
}

TEST(PdfWriter, TextComesBackOnceWithUmlautsQuotesAndHangul) {
    PdfFile file(write(sample_document()), "text");
    const std::string raw = pdf_test::without_footers(file.text_raw());
    const std::string text = squeeze(raw);
    for (const std::string& expected :
         {kLead, kBody1, kBody2, kCaption, kCredit, kCaption2, kCredit2, kBio1, kBio2,
          std::string("Südkorea"), std::string("Wie sich eine Industriestadt neu erfindet"),
          std::string("Erstens die Werften"), std::string("„Busan ist mehr als ein Hafen.“"),
          std::string("— Bürgermeister Park"), std::string("Update: Die Zahlen wurden am 6. März ergänzt."),
          std::string("Über die Autoren"), std::string("Von Sophie Krämer und Lee Dong-hyun"),
          std::string("05.03.2024"),
          std::string(
              "Mit Nachdruck und Zahlen belegt der Bericht die Lage; der Code KN-23 steht für eine Rakete.")})
        EXPECT_EQ(count(text, squeeze(expected)), 1) << expected << "\n---\n" << raw;
    // The title is printed once in the title block and repeated only in the running header lines.
    EXPECT_EQ(count(squeeze(pdf_test::without_lines(raw, kTitle)), squeeze(kTitle)), 1) << raw;
    EXPECT_NE(file.text_raw().find("Seite 1 von "), std::string::npos);
}

TEST(PdfWriter, HyphenatesAndJustifiesLongGermanText) {
    Document doc = sample_document();
    std::string long_text;
    for (int i = 0; i < 6; ++i) long_text += kBody1 + " ";
    doc.blocks.push_back(Paragraph{plain(long_text), ""});
    PdfFile file(write(doc), "hyphens");
    const std::string raw = pdf_test::without_footers(pdf_test::without_lines(file.text_raw(), kTitle));
    EXPECT_GE(count(raw, "\xC2\xAD\n"), 2) << "line-end hyphens are soft hyphens (U+00AD)\n" << raw;
    EXPECT_EQ(count(squeeze(raw), squeeze(long_text)), 1);
}

TEST(PdfWriter, InfoDictionaryLanguageAndOutline) {
    PdfFile file(write(sample_document()), "meta");
    const std::string info = file.pdfinfo();
    EXPECT_EQ(pdf_test::info_field(info, "Title"), kTitle);
    EXPECT_EQ(pdf_test::info_field(info, "Author"), "Sophie Krämer, Lee Dong-hyun");
    EXPECT_EQ(pdf_test::info_field(info, "Keywords"), "Südkorea");
    EXPECT_EQ(pdf_test::info_field(info, "Subject"), "Wie sich eine Industriestadt neu erfindet");
    EXPECT_TRUE(pdf_test::info_field(info, "Creator").starts_with("folio "));
    const std::string catalog = file.catalog();
    EXPECT_NE(catalog.find("/Lang (de)"), std::string::npos) << catalog;
    EXPECT_NE(catalog.find("/DisplayDocTitle true"), std::string::npos) << catalog;
    EXPECT_EQ(file.outline_roots(), 1);
    const std::vector<std::string> expected{kTitle, "Die Expo als verpasste Chance",
                                            "Junge Ideen für eine alte Stadt", "Über die Autoren"};
    EXPECT_EQ(file.outline_titles(), expected);
}

TEST(PdfWriter, SameInputGivesTheSameBytesAndDatesArePinned) {
    const Document doc = sample_document();
    const std::string first = write(doc);
    for (int i = 0; i < 3; ++i) EXPECT_TRUE(first == write(doc)) << "run " << i << " gave other bytes";
    PdfFile file(first, "dates");
    EXPECT_NE(pdf_test::run("pdfinfo -isodates '" + file.path() + "'").find("2024-03-05T00:00:00"),
              std::string::npos);
    WriteOptions epoch;
    epoch.source_date_epoch = "1700000000";
    const std::string pinned = write(doc, epoch);
    PdfFile epoch_file(pinned, "epoch");
    EXPECT_NE(pdf_test::run("pdfinfo -isodates '" + epoch_file.path() + "'").find("2023-11-14T22:13:20"),
              std::string::npos);
}

TEST(PdfWriter, LetterPaperAndRaggedRightKeepTheText) {
    WriteOptions options;
    options.pdf_paper = "letter";
    options.pdf_ragged_right = true;
    PdfFile file(write(sample_document(), options), "letter");
    EXPECT_EQ(pdf_test::info_field(file.pdfinfo(), "Page size"), "612 x 792 pts (letter)");
    const std::string text = squeeze(pdf_test::without_footers(file.text_raw()));
    EXPECT_EQ(count(text, squeeze(kBody1)), 1);
    options.pdf_paper = "a5";
    Diagnostics diagnostics;
    EXPECT_THROW(write_pdf(sample_document(), options, diagnostics), Error);
}

TEST(PdfWriter, UserFontIsEmbeddedAndABadFontFileIsAnError) {
    WriteOptions options;
    options.pdf_font = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";
    PdfFile file(write(sample_document(), options), "userfont");
    EXPECT_NE(file.pdffonts().find("DejaVuSerif "), std::string::npos) << file.pdffonts();
    options.pdf_font = std::string(FOLIO_TEST_DATA) + "/corpus/README.md";
    Diagnostics diagnostics;
    EXPECT_THROW(write_pdf(sample_document(), options, diagnostics), Error);
}

// Library callers get the reason too: a missing file is "not found", a device or folder is no font file.
TEST(PdfWriter, AUserFontThatIsNoRegularFileIsNamedAsSuch) {
    const auto message = [](const std::string& path) {
        WriteOptions options;
        options.pdf_font = path;
        Diagnostics diagnostics;
        try {
            write_pdf(sample_document(), options, diagnostics);
        } catch (const Error& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_NE(message("/no/such/font.ttf").find("not found"), std::string::npos);
    for (const char* path : {"/dev/zero", "/usr/share/fonts"}) {
        const std::string text = message(path);
        EXPECT_NE(text.find("not a regular file"), std::string::npos) << text;
        EXPECT_EQ(text.find("not found"), std::string::npos) << text;
    }
}

TEST(PdfWriter, ACharacterNoFontHasIsReportedNotDropped) {
    Document doc;
    doc.meta.title = "Private";
    doc.meta.lang = "en";
    doc.blocks.push_back(Paragraph{plain("A private-use character \xEE\x80\x80 here."), ""});
    Diagnostics diagnostics;
    const std::string bytes = write_pdf(doc, {}, diagnostics);
    ASSERT_EQ(diagnostics.warnings.size(), 1u);
    EXPECT_NE(diagnostics.warnings[0].find("U+E000"), std::string::npos) << diagnostics.warnings[0];
    PdfFile file(bytes, "missing-glyph");
    EXPECT_NE(file.text_raw().find("character \xEF\xBF\xBD here"), std::string::npos) << file.text_raw();
}

TEST(PdfWriter, AWordWiderThanTheColumnIsBrokenInsideItWithAWarning) {
    Document doc;
    doc.meta.title = "Wide";
    doc.meta.lang = "en";
    std::string word;
    for (int i = 0; i < 12; ++i) word += "abcdefghijklmnopqrstuvwxyz";
    doc.blocks.push_back(Paragraph{plain("See " + word + " and more words after it."), ""});
    Diagnostics diagnostics;
    const std::string bytes = write_pdf(doc, {}, diagnostics);
    ASSERT_EQ(diagnostics.warnings.size(), 1u);
    EXPECT_NE(diagnostics.warnings[0].find("wider than the column"), std::string::npos)
        << diagnostics.warnings[0];
    PdfFile file(bytes, "wide-word");
    EXPECT_EQ(count(squeeze(file.text_raw()), word), 1);
    const pdf::PageGeometry page = pdf::page_geometry("a4");
    const pdf_test::PrintedPdf printed = pdf_test::printed_lines(file.path());
    ASSERT_GE(printed.lines.size(), 4u);
    for (const pdf_test::PrintedLine& line : printed.lines)
        EXPECT_LE(line.x_max, page.margin_left + page.text_width + 0.5) << line.text();
}

TEST(PdfWriter, PngImagesAreEmbeddedAndUnknownImageFormatsAreReported) {
    // A PNG made by rendering a PDF page with poppler.
    PdfFile source(write(sample_document()), "png-source");
    const std::string png_base = source.path() + "-png";
    pdf_test::run("pdftoppm -png -r 8 -singlefile '" + source.path() + "' '" + png_base + "'");
    const std::string png = test::read_file(png_base + ".png");
    std::filesystem::remove(png_base + ".png");
    ASSERT_GT(png.size(), 8u);
    Document doc = sample_document();
    Figure& figure = std::get<Figure>(doc.blocks[1]);
    figure.image = std::vector<std::uint8_t>(png.begin(), png.end());
    figure.media_type = "image/png";
    Diagnostics diagnostics;
    PdfFile file(write_pdf(doc, {}, diagnostics), "png");
    EXPECT_TRUE(diagnostics.warnings.empty());
    const std::string images = pdf_test::run("pdfimages -list '" + file.path() + "'");
    EXPECT_NE(images.find("image"), std::string::npos) << images;
    EXPECT_EQ(count(squeeze(pdf_test::without_footers(file.text_raw())), squeeze(kCaption)), 1);

    const std::string gif = "GIF89a\x01\x00\x01\x00";
    figure.image = std::vector<std::uint8_t>(gif.begin(), gif.end());
    figure.media_type = "image/gif";
    Diagnostics gif_diagnostics;
    PdfFile gif_file(write_pdf(doc, {}, gif_diagnostics), "gif");
    ASSERT_EQ(gif_diagnostics.warnings.size(), 1u);
    EXPECT_NE(gif_diagnostics.warnings[0].find("neither JPEG nor PNG"), std::string::npos);
    EXPECT_EQ(count(squeeze(pdf_test::without_footers(gif_file.text_raw())), squeeze(kCredit)), 1);
}

TEST(PdfWriter, ThreadsWritingDocumentsAtOnceGetTheSameBytes) {
    const Document doc = sample_document();
    const std::string expected = write(doc);
    std::vector<std::string> results(4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < results.size(); ++i)
        threads.emplace_back([&doc, &results, i] {
            Diagnostics diagnostics;
            results[i] = write_pdf(doc, {}, diagnostics);
        });
    for (std::thread& thread : threads) thread.join();
    for (const std::string& result : results) EXPECT_TRUE(result == expected) << "a thread's PDF differs";
}

TEST(PdfWriter, AParagraphFarLongerThanTheLineBreakersWindowKeepsEveryWordOnceInOrder) {
    std::vector<std::string> vocabulary;
    for (const std::string& source : {kBody1, kBody2, kBio1}) {
        std::istringstream words(source);
        for (std::string word; words >> word;) vocabulary.push_back(word);
    }
    std::string paragraph;
    std::uint32_t state = 12345;
    // A word and a space are two break items already: the paragraph spans two windows and more.
    for (std::size_t i = 0; i < pdf::kBreakWindow; ++i) {
        state = state * 1664525u + 1013904223u;
        paragraph += (i > 0 ? " " : "") + vocabulary[(state >> 8) % vocabulary.size()];
    }
    Document doc;
    doc.meta.title = "Ein sehr langer Absatz";
    doc.meta.lang = "de";
    doc.blocks = {Paragraph{plain(paragraph), ""}};
    for (const bool ragged : {false, true}) {
        WriteOptions options;
        options.pdf_ragged_right = ragged;
        PdfFile file(write(doc, options), ragged ? "long-ragged" : "long");
        // Less the title line, running headers and footers: the paragraph, every word once and in order.
        const std::string raw =
            pdf_test::without_lines(pdf_test::without_footers(file.text_raw()), doc.meta.title);
        EXPECT_TRUE(squeeze(raw) == squeeze(paragraph)) << (ragged ? "ragged" : "justified");
    }
}

TEST(PdfWriter, AnEmptyDocumentIsStillAValidPdf) {
    PdfFile file(write(Document{}), "empty");
    int status = -1;
    file.qpdf_check(&status);
    EXPECT_EQ(status, 0);
    EXPECT_EQ(pdf_test::info_field(file.pdfinfo(), "Pages"), "1");
}

}  // namespace
}  // namespace folio
