// Hostile images: truncated and corrupt JPEG and PNG, and images whose header declares more pixels or bytes
// than the limits allow. Refused with one line or printed as a placeholder with a warning; never a crash.
#include <gtest/gtest.h>

#include <string>

#include "formats/image_limits.hpp"
#include "output/pdf/pdf_writer.hpp"
#include "tests/cli/cli_expectations.hpp"
#include "tests/hostile/hostile_support.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio::test {
namespace {

const std::string article = FOLIO_TEST_DATA "/corpus/de_nordkorea_waffen.txt";
const std::string photo = FOLIO_TEST_DATA "/corpus/images/de_chile_lithium.jpg";

// A valid 2 × 2 RGB PNG.
const std::string small_png(
    "\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR\x00\x00\x00\x02\x00\x00\x00\x02\x08\x02\x00\x00\x00\xFD\xD4\x9A"
    "\x73"
    "\x00\x00\x00\x10IDAT\x78\x9C\x63\xF8\xCF\xC0\xC0\x00\xC2\x60\x02\x00\x19\xF4\x02\xFE\xAB\x41\x56\xBC"
    "\x00\x00\x00\x00IEND\xAE\x42\x60\x82",
    73);

// The PNG with its header claiming `width` × `height` pixels (the checksum no longer matches).
std::string png_declaring(std::uint32_t width, std::uint32_t height) {
    std::string png = small_png;
    for (int k = 0; k < 4; ++k) {
        png[16 + k] = static_cast<char>(width >> (24 - 8 * k));
        png[20 + k] = static_cast<char>(height >> (24 - 8 * k));
    }
    return png;
}

std::vector<std::uint8_t> bytes_of(const std::string& s) { return {s.begin(), s.end()}; }

// Converts the article with `image` as its figure's picture into every image-carrying format.
void expect_converted_with_image(const TempDir& dir, const std::string& image) {
    for (const char* format : {"pdf", "epub", "html"}) {
        const std::string output = (dir / (std::string("out.") + format)).string();
        const TimedResult run = run_folio_timed({article, "--image", image, "-o", output});
        expect_success_with_warnings_only(run.process, article);
        expect_bounded(run, 60, 1000);
        EXPECT_GT(std::filesystem::file_size(output), 1000u) << format;
    }
    EXPECT_EQ(epub_xml_error(read_file(dir / "out.epub")), "");
    EXPECT_EQ(xml_error(read_file(dir / "out.html")), "");
}

TEST(HostileImage, TruncatedJpegStillConverts) {
    const TempDir dir;
    const std::string jpeg = read_file(photo);
    for (const std::size_t keep : {std::size_t{3}, std::size_t{200}, jpeg.size() / 2}) {
        const std::string image = dir.add_file("truncated.jpg", jpeg.substr(0, keep)).string();
        expect_converted_with_image(dir, image);
    }
}

TEST(HostileImage, CorruptJpegStillConverts) {
    const TempDir dir;
    std::string jpeg = read_file(photo);
    for (std::size_t i = jpeg.size() / 3; i < jpeg.size(); i += 7)
        jpeg[i] = static_cast<char>(jpeg[i] ^ 0x5A);
    expect_converted_with_image(dir, dir.add_file("corrupt.jpg", jpeg).string());
}

TEST(HostileImage, TruncatedAndCorruptPngStillConvert) {
    const TempDir dir;
    expect_converted_with_image(dir, dir.add_file("truncated.png", small_png.substr(0, 40)).string());
    std::string corrupt = small_png;
    corrupt[45] = '\x00';  // inside the compressed pixel data
    expect_converted_with_image(dir, dir.add_file("corrupt.png", corrupt).string());
}

TEST(HostileImage, ImageDeclaringTooManyPixelsIsRefusedBeforeDecoding) {
    const TempDir dir;
    const std::string image = dir.add_file("huge.png", png_declaring(100'000, 100'000)).string();
    const TimedResult run =
        run_folio_timed({article, "--image", image, "-t", "pdf", "-o", (dir / "o.pdf").string()});
    expect_conversion_failure(run.process, image, "the image is too large: 100000 × 100000 pixels");
    expect_bounded(run, 20, 300);
}

TEST(HostileImage, LimitsCheckBytesAndDeclaredPixels) {
    Limits limits;
    limits.image_bytes = 60;
    EXPECT_EQ(image_limit_problem(bytes_of(small_png), limits),
              "the image is too large: 73 bytes, the limit is 60");
    limits = Limits{};
    EXPECT_EQ(image_limit_problem(bytes_of(small_png), limits), "");
    EXPECT_EQ(image_limit_problem(bytes_of(png_declaring(20'000, 5'001)), limits),
              "the image is too large: 20000 × 5001 pixels, the limit is 100000000");
    EXPECT_EQ(image_limit_problem(bytes_of(png_declaring(0xFFFFFFFF, 0xFFFFFFFF)), limits).substr(0, 22),
              "the image is too large");
    EXPECT_EQ(image_limit_problem(bytes_of(small_png.substr(0, 20)), limits), "");  // unreadable header
    EXPECT_THROW(check_image_limits(bytes_of(png_declaring(1 << 20, 1 << 20)), limits), Error);
}

TEST(HostileImage, PdfWriterPrintsAPlaceholderForAnImageOverTheLimit) {
    Document doc;
    doc.meta.title = "Harbour";
    Figure figure;
    figure.src = "huge.png";
    figure.image = bytes_of(png_declaring(50'000, 50'000));
    figure.media_type = "image/png";
    figure.caption = plain("Cranes at night");
    doc.blocks.push_back(Paragraph{plain("The harbour was quiet."), ""});
    doc.blocks.push_back(figure);
    Diagnostics diag;
    const std::string pdf = write_pdf(doc, WriteOptions{}, diag);
    EXPECT_EQ(pdf.rfind("%PDF-", 0), 0u);
    EXPECT_TRUE(
        any_contains(diag.warnings, "PDF: figure \"huge.png\": the image is too large: 50000 × 50000"))
        << ::testing::PrintToString(diag.warnings);
}

}  // namespace
}  // namespace folio::test
