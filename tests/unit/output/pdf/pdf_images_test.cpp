// Figure images in the PDF: PNG without alpha embedded undecoded (its IDAT data as the image stream), palette
// colours kept, PNG that must be decoded held to the decoding budget, and one image object for shared bytes.
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <sstream>

#include "output/pdf/pdf_writer.hpp"
#include "pdf_test_support.hpp"
#include "tests/support/png_maker.hpp"
#include "tests/support/test_data.hpp"

namespace folio {
namespace {

using pdf_test::PdfFile;

SharedBytes bytes_of(const std::string& s) {
    const auto* data = reinterpret_cast<const std::uint8_t*>(s.data());
    return std::vector<std::uint8_t>(data, data + s.size());
}

Figure figure_with(const std::string& src, const SharedBytes& image) {
    Figure figure;
    figure.src = src;
    figure.image = image;
    figure.caption = plain("Caption of " + src);
    figure.credit = "Foto: Jo Ng";
    return figure;
}

Document article_with(std::vector<Figure> figures) {
    Document doc;
    doc.meta.title = "Images";
    doc.meta.lang = "en";
    for (Figure& figure : figures) {
        doc.blocks.push_back(std::move(figure));
        doc.blocks.push_back(Paragraph{plain("Some text after the figure."), ""});
    }
    return doc;
}

// The images drawn in the PDF as `pdfimages -list` rows (a soft mask has a row of its own).
std::vector<std::string> listed_images(const PdfFile& file) {
    std::istringstream listing(pdf_test::run("pdfimages -list '" + file.path() + "'"));
    std::vector<std::string> rows;
    std::string row;
    for (int skip = 0; skip < 2 && std::getline(listing, row); ++skip) {
    }
    while (std::getline(listing, row)) rows.push_back(row);
    return rows;
}

// The image object a `pdfimages -list` row shows.
int object_of(const std::string& row) {
    std::istringstream fields(row);
    std::string field;
    for (int k = 0; k < 11; ++k) fields >> field;  // page num type width … interp, then the object number
    return std::stoi(field);
}

TEST(PdfImages, PngWithoutAlphaIsEmbeddedUndecodedWithItsOwnCompressedData) {
    const test::PngSpec spec{4000, 4000, 2, 8, "", ""};
    const std::string data = test::png_image_data(
        spec.height, [&](std::uint32_t y) { return std::string(spec.width * 3, static_cast<char>(y / 50)); });
    Diagnostics diagnostics;
    const std::string pdf = write_pdf(
        article_with({figure_with("big.png", bytes_of(test::make_png(spec, data)))}), {}, diagnostics);
    EXPECT_TRUE(diagnostics.warnings.empty());
    // 48 MB of pixels: decoded, they would be compressed again into a stream of another length.
    EXPECT_LT(pdf.size(), data.size() + 200'000);
    const std::regex image_dictionary(
        "/BitsPerComponent 8 ?/ColorSpace ?/DeviceRGB ?/DecodeParms ?<< ?/BitsPerComponent 8 ?/Colors 3 ?"
        "/Columns 4000 ?/Predictor 15 ?>> ?/Filter ?/FlateDecode ?/Height 4000 ?/Length (\\d+)");
    std::smatch found;
    ASSERT_TRUE(std::regex_search(pdf, found, image_dictionary));
    EXPECT_EQ(std::stoul(found[1]), data.size());
    EXPECT_NE(pdf.find(data.substr(0, 4096)), std::string::npos);
    PdfFile file(pdf, "big-png");
    int status = -1;
    file.qpdf_check(&status);
    EXPECT_EQ(status, 0);
}

// A 2-bit palette image: the top half red (index 0), the bottom half blue (index 2).
TEST(PdfImages, PalettePngKeepsItsColours) {
    const test::PngSpec spec{40, 20, 3, 2, std::string("\xFF\x00\x00\x00\xA0\x00\x00\x00\xFF", 9), ""};
    const std::string data = test::png_image_data(spec.height, [](std::uint32_t y) {
        return std::string(10, static_cast<char>(y < 10 ? 0x00 : 0xAA));
    });
    Diagnostics diagnostics;
    PdfFile file(write_pdf(article_with({figure_with("palette.png", bytes_of(test::make_png(spec, data)))}),
                           {}, diagnostics),
                 "palette");
    EXPECT_TRUE(diagnostics.warnings.empty());
    const std::vector<std::string> images = listed_images(file);
    ASSERT_EQ(images.size(), 1u);
    EXPECT_NE(images[0].find("index"), std::string::npos) << images[0];

    const std::string ppm = pdf_test::run("pdftoppm -r 20 -f 1 -l 1 '" + file.path() + "'");  // to stdout
    ASSERT_EQ(ppm.substr(0, 2), "P6");
    std::istringstream header(ppm);
    std::string magic;
    int width = 0, height = 0, depth = 0;
    header >> magic >> width >> height >> depth;
    const std::size_t pixels = static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
    const std::string rgb = ppm.substr(static_cast<std::size_t>(header.tellg()) + 1);
    ASSERT_EQ(rgb.size(), pixels * 3);
    std::size_t red = 0, blue = 0;
    for (std::size_t at = 0; at < rgb.size(); at += 3) {
        const auto r = static_cast<unsigned char>(rgb[at]), g = static_cast<unsigned char>(rgb[at + 1]),
                   b = static_cast<unsigned char>(rgb[at + 2]);
        red += r > 200 && g < 60 && b < 60;
        blue += b > 200 && r < 60 && g < 60;
    }
    EXPECT_GT(red, 100u);
    EXPECT_GT(blue, 100u);
}

TEST(PdfImages, SixteenBitGreyAndAColourKeyNeedNoDecoding) {
    const test::PngSpec grey{30, 20, 0, 16, "", ""};
    const std::string grey_data = test::png_image_data(
        grey.height, [](std::uint32_t y) { return std::string(60, static_cast<char>(y * 9)); });
    const test::PngSpec keyed{30, 20, 2, 8, "", std::string("\x00\x01\x00\x02\x00\x03", 6)};
    const std::string keyed_data = test::png_image_data(
        keyed.height, [](std::uint32_t y) { return std::string(90, static_cast<char>(y)); });
    Diagnostics diagnostics;
    const std::string pdf =
        write_pdf(article_with({figure_with("grey.png", bytes_of(test::make_png(grey, grey_data))),
                                figure_with("keyed.png", bytes_of(test::make_png(keyed, keyed_data)))}),
                  {}, diagnostics);
    EXPECT_TRUE(diagnostics.warnings.empty());
    EXPECT_TRUE(std::regex_search(pdf, std::regex("/Mask ?\\[ ?1 1 2 2 3 3 ?\\]")));
    EXPECT_EQ(pdf.find("/SMask"), std::string::npos) << "nothing was decoded";
    PdfFile file(pdf, "grey-keyed");
    const std::vector<std::string> images = listed_images(file);
    ASSERT_EQ(images.size(), 2u);
    EXPECT_TRUE(std::regex_search(images[0], std::regex("gray +1 +16 "))) << images[0];
}

TEST(PdfImages, PngThatMustBeDecodedCountsAgainstTheDecodingBudget) {
    const test::PngSpec spec{300, 200, 6, 8, "", ""};
    const auto rgba = [&](char shade) {
        return bytes_of(test::make_png(spec, test::png_image_data(spec.height, [&](std::uint32_t) {
                                           return std::string(spec.width * 4, shade);
                                       })));
    };
    WriteOptions options;
    options.pdf_decoded_pixels = 100'000;  // one 60,000-pixel image, not two
    const SharedBytes first = rgba('\x40');
    Diagnostics diagnostics;
    PdfFile file(write_pdf(article_with({figure_with("first.png", first), figure_with("again.png", first),
                                         figure_with("second.png", rgba('\x80'))}),
                           options, diagnostics),
                 "decoding-budget");
    ASSERT_EQ(diagnostics.warnings.size(), 1u);
    EXPECT_NE(diagnostics.warnings[0].find("\"second.png\""), std::string::npos) << diagnostics.warnings[0];
    EXPECT_NE(diagnostics.warnings[0].find("60000 pixels"), std::string::npos) << diagnostics.warnings[0];
    EXPECT_NE(diagnostics.warnings[0].find("caption and credit"), std::string::npos)
        << diagnostics.warnings[0];
    const std::string text = file.text_raw();
    EXPECT_NE(text.find("Caption of second.png"), std::string::npos);
    EXPECT_EQ(pdf_test::count(text, "Foto: Jo Ng"), 3);
    const std::vector<std::string> images =
        listed_images(file);  // the first image, twice, with its soft mask
    ASSERT_EQ(images.size(), 4u);
    EXPECT_EQ(object_of(images[0]), object_of(images[2]));
    EXPECT_NE(images[1].find("smask"), std::string::npos) << images[1];
}

TEST(PdfImages, FiguresSharingOneJpegsBytesShowOneUndecodedImageObject) {
    const SharedBytes jpeg = bytes_of(test::read_file(test::data_path("corpus/images/de_busan_hafen.jpg")));
    std::vector<Figure> figures;
    for (int i = 0; i < 25; ++i) figures.push_back(figure_with("photo.jpg", jpeg));
    Diagnostics diagnostics;
    const std::string pdf = write_pdf(article_with(figures), {}, diagnostics);
    EXPECT_TRUE(diagnostics.warnings.empty());
    EXPECT_LT(pdf.size(), 2 * jpeg.size() + 100'000);
    std::smatch found;  // the JPEG as it is, never decoded
    ASSERT_TRUE(
        std::regex_search(pdf, found, std::regex("/Filter ?/DCTDecode ?/Height \\d+ ?/Length (\\d+)")));
    EXPECT_EQ(std::stoul(found[1]), jpeg.size());
    PdfFile file(pdf, "shared");
    const std::vector<std::string> images = listed_images(file);
    ASSERT_EQ(images.size(), 25u);
    for (const std::string& row : images) EXPECT_EQ(object_of(row), object_of(images[0])) << row;
    EXPECT_EQ(pdf_test::count(file.text_raw(), "Caption of photo.jpg"), 25);
}

}  // namespace
}  // namespace folio
