// Saved web pages through the folio program: images beside the page embedded in EPUB and PDF (epubcheck
// clean), missing images reported, pages read from standard input, --resource-path.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/cli/folio_process.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio::test {
namespace {

namespace fs = std::filesystem;

const std::string busan = FOLIO_TEST_DATA "/corpus/de_busan_hafen.html";
const std::string chile = FOLIO_TEST_DATA "/corpus/de_chile_lithium.html";
const std::string fernwaerme = FOLIO_TEST_DATA "/html/de_stadtwerke_fernwaerme.html";

ProcessResult run(const std::string& command) {
    ProcessResult result;
    const std::string capture = command + " 2>&1";
    FILE* pipe = ::popen(capture.c_str(), "r");
    if (pipe == nullptr) return result;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
    const int status = ::pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

TEST(CliHtml, JsonOfACorpusPageCarriesTheImages) {
    const ProcessResult result = run_folio({busan, "-t", "json"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.err, "");
    const auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json["meta"]["title"], "Busan: Die Hafenstadt, die sich neu erfinden muss");
    int figures = 0;
    for (const auto& block : json["blocks"]) {
        if (block["type"] != "figure") continue;
        ++figures;
        EXPECT_EQ(block["media_type"], "image/jpeg");
    }
    EXPECT_EQ(figures, 2);
}

TEST(CliHtml, EpubEmbedsTheImagesAndPassesEpubcheck) {
    TempDir dir;
    for (const std::string& page : {busan, chile}) {
        const fs::path epub = dir.path() / (fs::path(page).stem().string() + ".epub");
        const ProcessResult result = run_folio({page, "-o", epub.string()});
        ASSERT_EQ(result.exit_code, 0) << result.err;
        const ProcessResult listing = run("unzip -l '" + epub.string() + "'");
        EXPECT_NE(listing.out.find("EPUB/images/figure-1.jpg"), std::string::npos) << listing.out;
        const ProcessResult check =
            run("java -jar /usr/share/java/epubcheck.jar --failonwarnings '" + epub.string() + "'");
        EXPECT_EQ(check.exit_code, 0) << check.out;
        EXPECT_NE(check.out.find("No errors or warnings detected"), std::string::npos) << check.out;
    }
}

TEST(CliHtml, PdfShowsThePhotoWithCaptionAndCredit) {
    TempDir dir;
    const fs::path pdf = dir.path() / "busan.pdf";
    ASSERT_EQ(run_folio({busan, "-o", pdf.string()}).exit_code, 0);
    const ProcessResult images = run("pdfimages -list '" + pdf.string() + "'");
    EXPECT_EQ(lines_of(images.out).size(), 2u + 2u) << images.out;  // two header lines, two photos
    const ProcessResult text = run("pdftotext -raw '" + pdf.string() + "' -");
    EXPECT_NE(text.out.find("Bild: picture alliance / dpa | Choi Jae-won"), std::string::npos);
    EXPECT_NE(text.out.find("Foto: Hanna Schubert"), std::string::npos);
}

TEST(CliHtml, MissingImageIsAWarningNotAFailure) {
    const ProcessResult result = run_folio({fernwaerme, "-t", "json"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.err.find("bilder/fernwaerme_baustelle.jpg"), std::string::npos) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    for (const auto& block : json["blocks"])
        if (block["type"] == "figure") {
            EXPECT_EQ(block["credit"], "Foto: Lindenauer Bote/Schmidt");
            EXPECT_TRUE(block["media_type"].is_null());
        }
}

TEST(CliHtml, PageFromStandardInputIsRecognisedAndResourcePathGivesItsImages) {
    const ProcessResult without = run_folio({"-", "-t", "json"}, stdin_from(busan));
    ASSERT_EQ(without.exit_code, 0) << without.err;
    EXPECT_EQ(nlohmann::json::parse(without.out)["meta"]["kicker"], "Südkorea");
    EXPECT_NE(without.err.find("--resource-path"), std::string::npos) << without.err;

    const ProcessResult with =
        run_folio({"-", "-t", "json", "--resource-path", FOLIO_TEST_DATA "/corpus"}, stdin_from(busan));
    ASSERT_EQ(with.exit_code, 0) << with.err;
    EXPECT_EQ(with.err, "");
}

}  // namespace
}  // namespace folio::test
