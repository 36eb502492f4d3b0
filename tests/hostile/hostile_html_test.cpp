// Hostile HTML pages through the folio program: 100,000 nested elements, and figure images that point
// outside the page's folder (../, absolute paths, file: URLs, symbolic links leading out) — refused.
#include <gtest/gtest.h>

#include <string>

#include "tests/cli/cli_expectations.hpp"
#include "tests/hostile/hostile_support.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio::test {
namespace {

namespace fs = std::filesystem;

const std::string photo = FOLIO_TEST_DATA "/corpus/images/de_chile_lithium.jpg";

std::string page_with_image(const std::string& src) {
    return "<html lang=\"en\"><body><article><h1>Harbour news today</h1><p>The harbour cranes stood still "
           "all "
           "night long while ships waited outside the port.</p><figure><img src=\"" +
           src +
           "\" alt=\"A crane\"><figcaption>Cranes at night. Photo: Jane Doe</figcaption></figure><p>Dock "
           "workers welcomed the decision after months of negotiations.</p></article></body></html>";
}

// The names of the images inside an EPUB.
std::vector<std::string> epub_images(const fs::path& epub) {
    std::vector<std::string> images;
    for (const ZipEntry& entry : zip_entries(read_file(epub)))
        if (entry.name.ends_with(".jpg")) images.push_back(entry.name);
    return images;
}

TEST(HostileHtml, HundredThousandNestedElementsConvertInBoundedTimeAndMemory) {
    const TempDir dir;
    std::string deep = "<html lang=\"en\"><body><h1>Deep page</h1><p>An introduction to the page.</p>";
    for (int i = 0; i < 100'000; ++i) deep += "<div>";
    deep += "<p>Deep text that belongs to the article and says so in a sentence of its own.</p>";
    for (int i = 0; i < 100'000; ++i) deep += "</div>";
    deep += "</body></html>";
    const std::string input = dir.add_file("deep.html", deep).string();
    const std::string output = (dir / "deep.xml").string();
    const TimedResult run = run_folio_timed({input, "-o", output});
    expect_success_with_warnings_only(run.process, input);
    expect_bounded(run, 60, 1000);
    EXPECT_EQ(xml_error(read_file(output)), "");
    EXPECT_NE(read_file(output).find("Deep text that belongs to the article"), std::string::npos);
}

TEST(HostileHtml, ImagesOutsideThePageFolderAreRefused) {
    const TempDir dir;
    fs::create_directories(dir / "page");
    fs::create_directories(dir / "outside");
    fs::copy_file(photo, dir / "outside" / "secret.jpg");
    fs::copy_file(photo, dir / "page" / "inside.jpg");
    fs::create_symlink("../outside/secret.jpg", dir / "page" / "link.jpg");
    const std::string secret = (dir / "outside" / "secret.jpg").string();
    for (const std::string& src : {std::string("../outside/secret.jpg"), secret, "file://" + secret,
                                   std::string("link.jpg"), std::string("../../../../../../etc/passwd")}) {
        const std::string input = dir.add_file("page/article.html", page_with_image(src)).string();
        const fs::path output = dir / "article.epub";
        const ProcessResult result = run_folio({input, "-o", output.string()});
        expect_success_with_warnings_only(result, input);
        EXPECT_TRUE(contains(result.err, "not loaded")) << src << ": " << result.err;
        EXPECT_TRUE(epub_images(output).empty()) << src;
        EXPECT_EQ(epub_xml_error(read_file(output)), "") << src;
    }
    const std::string input = dir.add_file("page/article.html", page_with_image("inside.jpg")).string();
    const ProcessResult result = run_folio({input, "-o", (dir / "article.epub").string()});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(epub_images(dir / "article.epub").size(), 1u);
}

}  // namespace
}  // namespace folio::test
