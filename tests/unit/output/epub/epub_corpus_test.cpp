// Every corpus article, with and without an attached photo, becomes an EPUB that epubcheck passes
// with no error and no warning, and that keeps title, language, authors, caption, credit and bios.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <variant>

#include "input/text/text_reader.hpp"
#include "output/epub/epub_writer.hpp"
#include "tests/support/hostile_images.hpp"
#include "tests/support/run_command.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/unit/output/epub/epub_archive.hpp"
#include "tests/unit/output/html/xhtml_checks.hpp"
#include "tests/unit/output/json/sample_document.hpp"

namespace folio {

namespace {

namespace fs = std::filesystem;

constexpr const char* epubcheck_jar = "/usr/share/java/epubcheck.jar";

struct Case {
    std::string article;  // corpus name, or "" for the built-in sample document
    bool with_photo = false;
    bool with_cover = false;
};

std::string case_name(const Case& c) {
    std::string name = c.article.empty() ? "sample" : test::test_name(c.article);
    if (c.with_photo) name += "_with_photo";
    if (c.with_cover) name += "_with_cover";
    return name;
}

// Names the case in test output instead of dumping its bytes.
[[maybe_unused]] void PrintTo(const Case& c, std::ostream* out) { *out << case_name(c); }

std::vector<Case> cases() {
    std::vector<Case> all;
    for (const std::string& name : test::text_articles()) {
        all.push_back({name, false, false});
        all.push_back({name, true, false});
    }
    all.push_back({"", true, true});
    return all;
}

std::vector<std::uint8_t> photo() {
    const std::string bytes = test::read_file(test::data_path("corpus/images/de_chile_lithium.jpg"));
    return {bytes.begin(), bytes.end()};
}

Document case_document(const Case& c) {
    if (c.article.empty()) return testing::sample_document();
    const fs::path path = test::data_path(c.article + ".txt");
    Diagnostics diag;
    return read_text(test::read_file(path), ReadOptions{path.string()}, diag);
}

WriteOptions case_options(const Case& c) {
    WriteOptions options;
    if (c.with_photo) options.figure_image = photo();
    if (c.with_cover) {
        const std::string cover = test::read_file(test::data_path("corpus/images/de_busan_hafen-2.jpg"));
        options.cover_image.assign(cover.begin(), cover.end());
    }
    return options;
}

test::CommandResult run(const std::string& command) { return test::run_command(command + " 2>&1"); }

bool has_figure(const Document& doc) {
    return std::any_of(doc.blocks.begin(), doc.blocks.end(),
                       [](const Block& block) { return std::holds_alternative<Figure>(block); });
}

// epubcheck's report for each file of a batch run: the lines between its begin and status markers.
struct BatchVerdict {
    int status = -1;
    std::string report;
};

std::map<std::string, BatchVerdict> batch_verdicts(const std::string& output) {
    std::map<std::string, BatchVerdict> verdicts;
    std::istringstream lines(output);
    std::string current;
    for (std::string line; std::getline(lines, line);) {
        if (line.starts_with("folio-epubcheck-begin ")) {
            current = line.substr(std::string("folio-epubcheck-begin ").size());
        } else if (line.starts_with("folio-epubcheck-status ")) {
            std::istringstream fields(line.substr(std::string("folio-epubcheck-status ").size()));
            std::string file;
            int status = -1;
            fields >> status >> file;
            verdicts[file].status = status;
            current.clear();
        } else if (!current.empty()) {
            verdicts[current].report += line + "\n";
        }
    }
    return verdicts;
}

class EpubCorpus : public ::testing::TestWithParam<Case> {};

}  // namespace

TEST_P(EpubCorpus, KeepsMetadataCaptionCreditBiosAndParagraphs) {
    const Document doc = case_document(GetParam());
    const bool photo_shown = GetParam().with_photo && has_figure(doc);
    Diagnostics diag;
    const std::vector<testing::ArchiveEntry> entries =
        testing::read_archive(write_epub(doc, case_options(GetParam()), diag));
    EXPECT_EQ(diag.warnings.size(), GetParam().with_photo && !photo_shown ? 1U : 0U);

    pugi::xml_document package;
    testing::parse_entry(package, entries, "EPUB/package.opf");
    EXPECT_EQ(testing::text_of(package.select_node("//dc:title").node()), doc.meta.title);
    EXPECT_EQ(testing::text_of(package.select_node("//dc:language").node()), doc.meta.lang);
    std::vector<std::string> creators;
    for (pugi::xml_node creator : testing::nodes(package, "//dc:creator"))
        creators.push_back(testing::text_of(creator));
    std::vector<std::string> authors;
    for (const Person& person : doc.meta.authors) authors.push_back(person.name);
    EXPECT_EQ(creators, authors);

    pugi::xml_document page;
    testing::parse_entry(page, entries, "EPUB/article.xhtml");
    testing::expect_article_content(doc, page);
    EXPECT_EQ(testing::nodes(page, "//img").size(), photo_shown ? 1U : 0U);
    for (const testing::ArchiveEntry& entry : entries) {
        if (!entry.name.ends_with(".xhtml")) continue;
        pugi::xml_document content;
        testing::parse_entry(content, entries, entry.name);
        EXPECT_STREQ(content.document_element().attribute("lang").value(), doc.meta.lang.c_str())
            << entry.name;
    }
}

INSTANTIATE_TEST_SUITE_P(Corpus, EpubCorpus, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case>& info) { return case_name(info.param); });

// All corpus books in one JVM (epubcheck takes seconds to start); a broken archive in the same
// batch proves that the run would notice a failure.
TEST(EpubCheck, EveryCorpusBookPassesWithoutErrorsOrWarnings) {
    ASSERT_TRUE(fs::exists(epubcheck_jar)) << epubcheck_jar << " is missing: run tools/install-deps.sh";
    const test::TempDir dir;
    std::string command = std::string("java -cp ") + epubcheck_jar + " '" + FOLIO_SOURCE_DIR +
                          "/tests/unit/output/epub/EpubcheckBatch.java'";
    std::vector<std::string> files;
    for (const Case& c : cases()) {
        Diagnostics diag;
        const std::string epub = write_epub(case_document(c), case_options(c), diag);
        files.push_back(dir.add_file(case_name(c) + ".epub", epub).string());
    }
    const std::string broken =
        dir.add_file("broken.epub", std::string("PK\x05\x06", 4) + std::string(18, '\0')).string();
    for (const std::string& file : files) command += " '" + file + "'";
    command += " '" + broken + "'";

    const test::CommandResult result = run(command);
    const std::map<std::string, BatchVerdict> verdicts = batch_verdicts(result.output);
    ASSERT_EQ(verdicts.size(), files.size() + 1) << result.output;
    for (const std::string& file : files) {
        const BatchVerdict& verdict = verdicts.at(file);
        EXPECT_EQ(verdict.status, 0) << file << "\n" << verdict.report;
        EXPECT_NE(verdict.report.find("No errors or warnings detected"), std::string::npos) << verdict.report;
    }
    EXPECT_NE(verdicts.at(broken).status, 0) << verdicts.at(broken).report;
}

// Damaged images, hostile SVGs and a page named .jpg as figure or cover: each is left out with a warning
// (a hostile SVG that can be cleaned is kept, clean), and every book still passes epubcheck.
TEST(EpubCheck, BooksWithHostileImagesStayValid) {
    ASSERT_TRUE(fs::exists(epubcheck_jar)) << epubcheck_jar << " is missing: run tools/install-deps.sh";
    const test::TempDir dir;
    std::string command = std::string("java -cp ") + epubcheck_jar + " '" + FOLIO_SOURCE_DIR +
                          "/tests/unit/output/epub/EpubcheckBatch.java'";
    std::map<std::string, std::string> images = test::hostile_images();
    images.emplace("needs_cleaning.svg", test::svg_needing_cleaning());
    images.emplace("outside_the_schema.svg", test::svg_outside_the_schema());
    std::vector<std::string> files;
    for (const auto& [name, bytes] : images) {
        for (const bool as_cover : {false, true}) {
            WriteOptions options;
            (as_cover ? options.cover_image : options.figure_image).assign(bytes.begin(), bytes.end());
            Diagnostics diag;
            const std::string epub = write_epub(testing::sample_document(), options, diag);
            const bool kept = name == "needs_cleaning.svg" || name == "outside_the_schema.svg";
            EXPECT_EQ(diag.warnings.size(), kept ? 0u : 1u)
                << name << ": " << ::testing::PrintToString(diag.warnings);
            bool stored = false;
            for (const testing::ArchiveEntry& entry : testing::read_archive(epub)) {
                if (!entry.name.starts_with("EPUB/images/")) continue;
                const bool generated_cover = entry.name == "EPUB/images/cover.svg" &&
                                             entry.bytes.find("kept text") == std::string::npos;
                stored = stored || !generated_cover;
                EXPECT_EQ(entry.bytes.find("script"), std::string::npos) << name << " " << entry.name;
                EXPECT_EQ(entry.bytes.find("file:"), std::string::npos) << name << " " << entry.name;
            }
            EXPECT_EQ(stored, kept) << name;
            files.push_back(dir.add_file(name + (as_cover ? "_cover" : "_figure") + ".epub", epub).string());
        }
    }
    for (const std::string& file : files) command += " '" + file + "'";
    const test::CommandResult result = run(command);
    const std::map<std::string, BatchVerdict> verdicts = batch_verdicts(result.output);
    ASSERT_EQ(verdicts.size(), files.size()) << result.output;
    for (const std::string& file : files)
        EXPECT_EQ(verdicts.at(file).status, 0) << file << "\n" << verdicts.at(file).report;
}

// The documented command exactly as users run it, on the seed article with a photo attached.
TEST(EpubCheck, CommandLineCheckerPassesTheSeedArticle) {
    ASSERT_TRUE(fs::exists(epubcheck_jar)) << epubcheck_jar << " is missing: run tools/install-deps.sh";
    const Case seed{"corpus/de_nordkorea_waffen", true, false};
    Diagnostics diag;
    const std::string epub = write_epub(case_document(seed), case_options(seed), diag);
    const test::TempDir dir;
    const fs::path file = dir.add_file("seed.epub", epub);
    const test::CommandResult result =
        run(std::string("java -jar ") + epubcheck_jar + " --failonwarnings '" + file.string() + "'");
    EXPECT_EQ(result.exit_code, 0) << result.output;
    EXPECT_NE(result.output.find("No errors or warnings detected"), std::string::npos) << result.output;
}

}  // namespace folio
