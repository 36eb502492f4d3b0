// Hostile images: truncated and corrupt JPEG and PNG, and images whose header declares more pixels or bytes
// than the limits allow. Refused with one line or printed as a placeholder with a warning; never a crash.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "formats/image_limits.hpp"
#include "output/pdf/pdf_writer.hpp"
#include "tests/cli/cli_expectations.hpp"
#include "tests/hostile/hostile_support.hpp"
#include "tests/support/hostile_images.hpp"
#include "tests/support/png_maker.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio::test {
namespace {

const std::string article = FOLIO_TEST_DATA "/corpus/de_nordkorea_waffen.txt";
const std::string photo = FOLIO_TEST_DATA "/corpus/images/de_chile_lithium.jpg";

const std::string small_png = test::small_png();

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

// JPEGs PDF readers cannot decode and a PNG taller than libpng allows: the PDF keeps caption and credit,
// says so in one folio warning per image, and no library writes to standard error.
TEST(HostileImage, UndecodableImagesInAPdfGetOneFolioWarningEach) {
    const TempDir dir;
    std::string tall = small_png;  // 1 × 60,000,000 pixels: under the pixel limit, over libpng's side limit
    for (int k = 0; k < 4; ++k) {
        tall[16 + k] = static_cast<char>(1u >> (24 - 8 * k));
        tall[20 + k] = static_cast<char>(60'000'000u >> (24 - 8 * k));
    }
    const std::map<std::string, std::string> images = {{"twelve_bit.jpg", jpeg_with_frame(0xC1, 12, 3)},
                                                       {"lossless.jpg", jpeg_with_frame(0xC3, 8, 3)},
                                                       {"five_components.jpg", jpeg_with_frame(0xC0, 8, 5)},
                                                       {"tall.png", tall}};
    for (const auto& [name, bytes] : images) {
        SCOPED_TRACE(name);
        const std::string image = dir.add_file(name, bytes).string();
        const std::string output = (dir / "out.pdf").string();
        const TimedResult run = run_folio_timed({article, "--image", image, "-o", output});
        expect_success_with_warnings_only(run.process, article);
        expect_bounded(run, 60, 1000);
        const std::vector<std::string> lines = lines_of(run.process.err);
        ASSERT_EQ(lines.size(), 1u) << run.process.err;
        EXPECT_NE(lines[0].find("image"), std::string::npos) << lines[0];
    }
}

// A page whose figures all show one large file: the text output never loads it, the others load it once
// and every figure shows it, and ten times the figures cost no more memory.
TEST(HostileImage, ManyFiguresOfOneLargeFileShareOneCopy) {
    const TempDir dir;
    std::string big = read_file(photo);
    big.resize(20u << 20, '\0');  // padding after the end-of-image marker: still a JPEG, 20 MB
    dir.add_file("big.jpg", big);
    for (const char* format : {"text", "epub", "pdf"}) {
        SCOPED_TRACE(format);
        long peaks[2] = {0, 0};
        for (const int figures : {5, 50}) {
            std::string page =
                "<html lang=\"en\"><body><article><h1>Gallery</h1><p>The harbour from every side, "
                "photographed over one long summer by the staff of the port authority.</p>";
            for (int i = 0; i < figures; ++i)
                page += "<figure><img src=\"big.jpg\" alt=\"Quay\"><figcaption>View " + std::to_string(i) +
                        "</figcaption></figure>";
            page += "</article></body></html>";
            const std::string input = dir.add_file("gallery.html", page).string();
            const std::string output = (dir / (std::string("out.") + format)).string();
            const TimedResult run = run_folio_timed({input, "-t", format, "-o", output});
            EXPECT_EQ(run.process.exit_code, 0) << run.process.err;
            EXPECT_EQ(run.process.err, "") << "every figure shows the image";
            expect_bounded(run, 60, std::string(format) == "text" ? 200 : 150);
            if (std::string(format) != "text") {
                EXPECT_LT(std::filesystem::file_size(output), 2 * big.size());
            }
            peaks[figures == 5 ? 0 : 1] = run.peak_megabytes;
        }
        EXPECT_LT(peaks[1], peaks[0] + 30) << peaks[0] << " MB for 5 figures, " << peaks[1] << " MB for 50";
    }
}

// A 10,000 × 10,000 PNG of 0.3 MB: the PDF embeds its compressed data as it is instead of decoding
// 300 MB of pixels.
TEST(HostileImage, HugePngInAPdfIsNotDecoded) {
    const TempDir dir;
    const PngSpec spec{10'000, 10'000, 2, 8, "", ""};
    const std::string png = make_png(spec, png_image_data(spec.height, [&](std::uint32_t y) {
                                         return std::string(spec.width * 3, static_cast<char>(y / 40));
                                     }));
    const std::string image = dir.add_file("huge.png", png).string();
    const std::string output = (dir / "out.pdf").string();
    const TimedResult run = run_folio_timed({article, "--image", image, "-o", output});
    EXPECT_EQ(run.process.exit_code, 0) << run.process.err;
    EXPECT_EQ(run.process.err, "");
    expect_bounded(run, 60, 100);
    EXPECT_LT(std::filesystem::file_size(output), png.size() + 200'000);
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
