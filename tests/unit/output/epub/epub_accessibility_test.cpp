// EPUB accessibility: DAISY Ace finds no violation in any corpus book (with and without a photo), in all of
// them as one collection, or in a book quoting Hangul, Greek and Cyrillic; the package declares its
// conformance and summarises its accessibility in the book's language; an alt text that repeats the caption
// is not read twice.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "input/text/text_reader.hpp"
#include "output/epub/epub_writer.hpp"
#include "tests/support/run_command.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/unit/output/epub/epub_archive.hpp"
#include "tests/unit/output/html/xhtml_checks.hpp"

namespace folio {

namespace {

namespace fs = std::filesystem;

const fs::path ace = fs::path(FOLIO_SOURCE_DIR) / "tools/a11y/node_modules/.bin/ace-puppeteer";

Document corpus_article(const std::string& name) {
    const fs::path path = test::data_path(name + ".txt");
    Diagnostics diag;
    return read_text(test::read_file(path), ReadOptions{path.string()}, diag);
}

std::string photo() { return test::read_file(test::data_path("corpus/images/de_chile_lithium.jpg")); }

std::string epub_of(const Document& doc, bool with_photo) {
    WriteOptions options;
    if (with_photo) {
        const std::string bytes = photo();
        options.figure_image.assign(bytes.begin(), bytes.end());
    }
    Diagnostics diag;
    return write_epub(doc, options, diag);
}

// A German article quoting a Korean name, a Greek place and a Russian city.
Document quoting_article() {
    Document doc;
    doc.meta.title = "Gipfel in Wladiwostok";
    doc.meta.lang = "de";
    doc.meta.authors = {Person{"Anna Berg", "Anna", "Berg", {text("Anna Berg schreibt über Korea.")}}};
    doc.blocks = {
        Paragraph{{text("Kim Jong Un (김정은) reiste nach Владивосток, nicht nach Αθήνα.")}, "lead"}};
    return doc;
}

// An article with a data table: caption, a header cell spanning two rows, group headers spanning columns.
Document table_article() {
    Document doc = quoting_article();
    Table table;
    table.caption = plain("Abfahrten pro Tag");
    table.head = {{TableCell{plain("Linie"), 1, 2}, TableCell{plain("Werktags"), 2, 1}},
                  {TableCell{plain("Sommer")}, TableCell{plain("Winter")}}};
    table.rows = {{TableCell{plain("Hafenfähre")}, TableCell{plain("42")}, TableCell{plain("46")}},
                  {TableCell{plain("Inselrunde")}, TableCell{plain("18")}, TableCell{plain("12")}}};
    doc.blocks.push_back(std::move(table));
    return doc;
}

// Ace's verdict: "pass" or "fail", and its violations as "rule: description" lines.
std::string ace_report(const fs::path& epub, const fs::path& out) {
    const test::CommandResult run =
        test::run_command("PUPPETEER_EXECUTABLE_PATH=/usr/bin/chromium '" + ace.string() + "' -f -s -o '" +
                          out.string() + "' '" + epub.string() + "' 2>&1");
    if (run.exit_code != 0) return "ace failed: " + run.output;
    const nlohmann::json report = nlohmann::json::parse(test::read_file(out / "report.json"));
    std::string verdict = report["earl:result"]["earl:outcome"].get<std::string>() + "\n";
    for (const nlohmann::json& document : report["assertions"])
        for (const nlohmann::json& assertion : document["assertions"])
            verdict += assertion["earl:test"]["dct:title"].get<std::string>() + ": " +
                       assertion["earl:result"].value("dct:description", "") + "\n";
    return verdict;
}

}  // namespace

TEST(EpubAccessibility, DaisyAceFindsNoViolation) {
    ASSERT_TRUE(fs::exists(ace)) << ace << " is missing: run tools/install-deps.sh";
    const test::TempDir dir;
    std::vector<std::pair<std::string, std::string>> books;  // name, EPUB
    for (const std::string& name : test::text_articles()) {
        books.emplace_back(test::test_name(name), epub_of(corpus_article(name), false));
        books.emplace_back(test::test_name(name) + "_with_photo", epub_of(corpus_article(name), true));
    }
    books.emplace_back("quoting", epub_of(quoting_article(), false));
    books.emplace_back("table", epub_of(table_article(), false));
    // All of them as one book, in German, English and French.
    Collection dossier;
    dossier.meta.title = "Dossier";
    dossier.meta.lang = "de";
    for (const std::string& name : test::text_articles()) dossier.articles.push_back(corpus_article(name));
    dossier.articles.push_back(quoting_article());
    Diagnostics diag;
    books.emplace_back("collection", write_epub_collection(dossier, WriteOptions{}, diag));
    for (const auto& [name, epub] : books) {
        const fs::path file = dir.add_file(name + ".epub", epub);
        EXPECT_EQ(ace_report(file, dir / name), "pass\n") << name;
    }
}

TEST(EpubAccessibility, ForeignScriptRunsCarryTheirLanguageAndPassEpubcheck) {
    const std::string epub = epub_of(quoting_article(), false);
    const test::TempDir dir;
    const test::CommandResult check =
        test::run_command("java -jar /usr/share/java/epubcheck.jar --failonwarnings '" +
                          dir.add_file("quoting.epub", epub).string() + "' 2>&1");
    EXPECT_EQ(check.exit_code, 0) << check.output;
    const std::vector<testing::ArchiveEntry> entries = testing::read_archive(epub);
    pugi::xml_document page;
    testing::parse_entry(page, entries, "EPUB/article.xhtml");
    EXPECT_STREQ(page.select_node("//*[local-name()='span'][@lang='ko']").node().child_value(), "김정은");
    EXPECT_STREQ(page.select_node("//*[local-name()='span'][@lang='el']").node().child_value(), "Αθήνα");
    EXPECT_STREQ(page.select_node("//*[local-name()='span'][@lang='und-Cyrl']").node().child_value(),
                 "Владивосток");
}

TEST(EpubAccessibility, PackageDeclaresConformanceAndSummarisesInTheBooksLanguage) {
    const std::vector<std::pair<std::string, std::string>> books = {{"corpus/de_nordkorea_waffen", "de"},
                                                                    {"corpus/en_west_balkans", "en"},
                                                                    {"corpus/fr_agriculteurs_latin1", "fr"}};
    std::vector<std::string> summaries;
    for (const auto& [name, lang] : books) {
        pugi::xml_document package;
        testing::parse_entry(package, testing::read_archive(epub_of(corpus_article(name), false)),
                             "EPUB/package.opf");
        EXPECT_EQ(testing::text_of(package.select_node("//*[@property='dcterms:conformsTo']").node()),
                  "EPUB Accessibility 1.1 - WCAG 2.2 Level AA");
        const pugi::xml_node summary =
            package.select_node("//*[@property='schema:accessibilitySummary']").node();
        EXPECT_STREQ(summary.attribute("xml:lang").value(), lang.c_str()) << name;
        summaries.push_back(testing::text_of(summary));
    }
    EXPECT_TRUE(summaries[0].starts_with("Der Artikel ist mit Überschriften gegliedert")) << summaries[0];
    EXPECT_TRUE(summaries[1].starts_with("The article is structured with headings")) << summaries[1];
    EXPECT_TRUE(summaries[2].starts_with("L’article est structuré")) << summaries[2];
    // Languages without labels get the English summary, marked as English.
    Document other = quoting_article();
    other.meta.lang = "nl";
    pugi::xml_document package;
    testing::parse_entry(package, testing::read_archive(epub_of(other, false)), "EPUB/package.opf");
    EXPECT_STREQ(package.select_node("//*[@property='schema:accessibilitySummary']")
                     .node()
                     .attribute("xml:lang")
                     .value(),
                 "en");
}

TEST(EpubAccessibility, AnAltTextRepeatingTheCaptionIsNotReadTwice) {
    Document doc = quoting_article();
    Figure same;
    same.alt = "Hafenkräne in der Abenddämmerung";
    same.caption = {text("Hafenkräne in der Abenddämmerung")};
    Figure different = same;
    different.alt = "Drei rote Kräne vor einem violetten Himmel";
    doc.blocks.push_back(same);
    const std::vector<testing::ArchiveEntry> first = testing::read_archive(epub_of(doc, true));
    pugi::xml_document page;
    testing::parse_entry(page, first, "EPUB/article.xhtml");
    EXPECT_STREQ(page.select_node("//*[local-name()='img']").node().attribute("alt").value(), "");
    EXPECT_TRUE(page.select_node("//*[local-name()='img']").node().attribute("alt"));
    doc.blocks.back() = different;
    pugi::xml_document other;
    testing::parse_entry(other, testing::read_archive(epub_of(doc, true)), "EPUB/article.xhtml");
    EXPECT_STREQ(other.select_node("//*[local-name()='img']").node().attribute("alt").value(),
                 "Drei rote Kräne vor einem violetten Himmel");
}

}  // namespace folio
