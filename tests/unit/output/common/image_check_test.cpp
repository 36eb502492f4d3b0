// Tests for image verification before embedding: decodable JPEG and PNG headers, sanitised SVG, and
// media types taken from bytes, never from names.
#include <gtest/gtest.h>

#include <chrono>

#include "formats/diagnostics.hpp"
#include "output/common/image_check.hpp"
#include "output/common/image_media_type.hpp"
#include "output/common/png_check.hpp"
#include "output/common/svg_sanitizer.hpp"
#include "tests/support/hostile_images.hpp"
#include "tests/support/png_maker.hpp"
#include "tests/support/thread_cpu_time.hpp"

namespace folio {
namespace {

std::span<const std::uint8_t> span_of(const std::string& s) {
    return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

TEST(ImageCheck, GoodImagesPass) {
    EXPECT_EQ(raster_image_problem(span_of(test::corpus_jpeg())), "");
    EXPECT_EQ(raster_image_problem(span_of(test::small_png())), "");
    const CheckedImage jpeg = checked_image(span_of(test::corpus_jpeg()));
    EXPECT_EQ(jpeg.media_type, "image/jpeg");
    EXPECT_EQ(jpeg.bytes, test::corpus_jpeg());
}

TEST(ImageCheck, JpegsReadersCannotShowAreRefusedWithTheReason) {
    EXPECT_NE(raster_image_problem(span_of(test::jpeg_with_frame(0xC1, 12, 3))).find("12-bit"),
              std::string::npos);
    EXPECT_NE(raster_image_problem(span_of(test::jpeg_with_frame(0xC3, 8, 3))).find("lossless"),
              std::string::npos);
    EXPECT_NE(raster_image_problem(span_of(test::jpeg_with_frame(0xC0, 8, 5))).find("5 colour components"),
              std::string::npos);
    const std::string jpeg = test::corpus_jpeg();
    EXPECT_NE(raster_image_problem(span_of(jpeg.substr(0, jpeg.size() / 2))).find("cut short"),
              std::string::npos);
    EXPECT_NE(raster_image_problem(span_of(jpeg.substr(0, 300))).find("cut short"), std::string::npos);
}

TEST(ImageCheck, PngWithASideBeyondLibpngsLimitIsRefused) {
    std::string tall = test::small_png();
    const std::uint32_t height = 100'000'000;
    for (int k = 0; k < 4; ++k) tall[20 + k] = static_cast<char>(height >> (24 - 8 * k));
    EXPECT_NE(raster_image_problem(span_of(tall)).find("no side may exceed"), std::string::npos);
}

TEST(ImageCheck, EveryHostileImageIsRefused) {
    for (const auto& [name, bytes] : test::hostile_images()) {
        const CheckedImage checked = checked_image(span_of(bytes));
        EXPECT_FALSE(checked.problem.empty()) << name;
        EXPECT_TRUE(checked.media_type.empty()) << name;
    }
}

TEST(ImageCheck, AnHtmlPageContainingSvgIsNotAnImage) {
    EXPECT_EQ(sniff_image_media_type(span_of(test::hostile_images().at("page_named.jpg"))), "");
    EXPECT_EQ(
        sniff_image_media_type(span_of("<?xml version=\"1.0\"?>\n<!-- c -->" + test::svg_open() + "</svg>")),
        "image/svg+xml");
}

// An 8×8 RGB PNG whose inflated image data is `raw`, marked interlaced or not.
std::string png_with_raw_data(const std::string& raw, bool interlaced) {
    std::vector<Bytef> packed(compressBound(static_cast<uLong>(raw.size())));
    uLongf size = static_cast<uLongf>(packed.size());
    compress(packed.data(), &size, reinterpret_cast<const Bytef*>(raw.data()),
             static_cast<uLong>(raw.size()));
    std::string png =
        test::make_png({8, 8, 2, 8, "", ""}, std::string(reinterpret_cast<char*>(packed.data()), size));
    if (interlaced) {  // IHDR's interlace byte, and the chunk's checksum again
        std::string header = png.substr(16, 13);
        header[12] = 1;
        png.replace(8, 25, test::png_chunk("IHDR", header));
    }
    return png;
}

std::string damage_of(const std::string& png) {
    return png_damage({reinterpret_cast<const std::uint8_t*>(png.data()), png.size()});
}

TEST(PngCheck, EveryScanlineOfPlainAndInterlacedImagesIsChecked) {
    const std::string plain(8 * (1 + 8 * 3), '\0');
    EXPECT_EQ(damage_of(png_with_raw_data(plain, false)), "");
    // Adam7 passes of an 8×8 image: 1×1, 1×1, 2×1, 2×2, 4×2, 4×4 and 8×4 pixels, each row with its filter
    // byte.
    const std::string interlaced(4 + 4 + 7 + 2 * 7 + 2 * 13 + 4 * 13 + 4 * 25, '\0');
    EXPECT_EQ(damage_of(png_with_raw_data(interlaced, true)), "");
    EXPECT_EQ(damage_of(png_with_raw_data(plain, true)), "the image data does not match the declared size");
    EXPECT_EQ(damage_of(png_with_raw_data(interlaced, false)),
              "the image data does not match the declared size");
    std::string bad_filter = plain;
    bad_filter[3 * 25] = 7;
    EXPECT_EQ(damage_of(png_with_raw_data(bad_filter, false)),
              "a row of the image data has an unknown filter type");
}

TEST(SvgSanitizer, RemovesScriptsHandlersAndExternalReferences) {
    const std::string clean = sanitized_svg(test::svg_needing_cleaning());
    for (const char* gone : {"script", "alert", "onclick", "file:", "https:", "@import"})
        EXPECT_EQ(clean.find(gone), std::string::npos) << gone << " in " << clean;
    EXPECT_NE(clean.find("kept text"), std::string::npos) << clean;
    EXPECT_NE(clean.find("url(#g)"), std::string::npos) << clean;
    EXPECT_NE(clean.find("<svg"), std::string::npos) << clean;
}

TEST(SvgSanitizer, RemovesAnimationThatCouldSetHandlersOrLinks) {
    const std::string clean = sanitized_svg(
        test::svg_open() +
        "<a href=\"#x\"><rect width=\"4\" height=\"4\"><animate attributeName=\"href\" "
        "to=\"javascript:alert(1)\"/><set attributeName=\"onclick\" to=\"alert(2)\"/>"
        "<animateTransform attributeName=\"transform\" type=\"rotate\" values=\"0;90\"/></rect></a>"
        "<text>kept text</text></svg>");
    for (const char* gone : {"animate", "<set", "javascript", "alert"})
        EXPECT_EQ(clean.find(gone), std::string::npos) << gone << " in " << clean;
    EXPECT_NE(clean.find("kept text"), std::string::npos) << clean;
    EXPECT_NE(clean.find("<rect"), std::string::npos) << clean;
}

TEST(SvgSanitizer, KeepsOnlyTheVocabularyEpubcheckAllows) {
    const std::string clean = sanitized_svg(test::svg_outside_the_schema());
    for (const char* gone : {"gizmo", "data-x", "sideways", "loose text", "note", "x:at", "<rect x=\"1\"/>",
                             "<rect width=\"1\"", "DOCTYPE", "svg11.dtd", "spreadMethod"})
        EXPECT_EQ(clean.find(gone), std::string::npos) << gone << " in " << clean;
    for (const char* kept : {"<path d=\"M0 0h4\" stroke=\"navy\"/>", "<rect width=\"2\" height=\"2\"",
                             "<circle r=\"2\"/>", "<linearGradient id=\"paint\"><stop offset=\"1\"/>"})
        EXPECT_NE(clean.find(kept), std::string::npos) << kept << " not in " << clean;
}

TEST(SvgSanitizer, LinksBecomeGroupsOrGiveWayToTheirText) {
    const std::string clean = sanitized_svg(test::svg_outside_the_schema());
    EXPECT_EQ(clean.find("<a"), std::string::npos) << clean;
    EXPECT_EQ(clean.find("example.org"), std::string::npos) << clean;
    EXPECT_NE(clean.find("<g><ellipse id=\"same\" rx=\"1\" ry=\"1\"/></g>"), std::string::npos) << clean;
    EXPECT_NE(clean.find("kept text, <tspan>linked</tspan></text>"), std::string::npos) << clean;
}

TEST(SvgSanitizer, IdsStayUniqueAndReferencesResolve) {
    const std::string clean = sanitized_svg(test::svg_outside_the_schema());
    // The first "same" keeps its id, the second and the malformed "1st" lose theirs.
    EXPECT_NE(clean.find("<ellipse rx=\"2\" ry=\"2\"/>"), std::string::npos) << clean;
    EXPECT_NE(clean.find("<line x2=\"3\"/>"), std::string::npos) << clean;
    // A use may show a shape but not a gradient or a missing fragment; fill and stroke name paint only.
    EXPECT_NE(clean.find("<use xlink:href=\"#same\"/>"), std::string::npos) << clean;
    EXPECT_EQ(clean.find("#paint\"/>"), std::string::npos) << clean;
    EXPECT_EQ(clean.find("#missing"), std::string::npos) << clean;
    EXPECT_NE(clean.find("<rect width=\"3\" height=\"3\" stroke=\"url(#paint)\"/>"), std::string::npos)
        << clean;
}

TEST(SvgSanitizer, DocumentTypeWithDeclarationsOfItsOwnIsRefused) {
    EXPECT_THROW(sanitized_svg("<!DOCTYPE svg [<!ELEMENT svg ANY>]>" + test::svg_open() + "</svg>"), Error);
    EXPECT_NO_THROW(sanitized_svg("<!DOCTYPE svg>" + test::svg_open() + "</svg>"));
}

TEST(SvgSanitizer, BillionLaughsIsRefusedAtOnce) {
    const auto start = test::thread_cpu_time();
    EXPECT_THROW(sanitized_svg(test::hostile_images().at("billion_laughs.svg")), Error);
    EXPECT_LT(test::thread_cpu_time() - start, std::chrono::seconds(1));
}

TEST(SvgSanitizer, RefusesBrokenXmlAndOtherRoots) {
    EXPECT_THROW(sanitized_svg(test::hostile_images().at("broken.svg")), Error);
    EXPECT_THROW(sanitized_svg("<svg width=\"1\"></svg>"), Error);  // not in the SVG namespace
    EXPECT_THROW(sanitized_svg("<html xmlns=\"http://www.w3.org/2000/svg\"/>"), Error);
}

}  // namespace
}  // namespace folio
