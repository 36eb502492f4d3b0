// The one JPEG marker walk: the frame header read without decoding, and where and why the walk stops.
#include "formats/jpeg_layout.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "formats/image_limits.hpp"
#include "tests/support/hostile_images.hpp"

namespace folio {
namespace {

std::vector<std::uint8_t> bytes_of(const std::string& s) {
    const auto* data = reinterpret_cast<const std::uint8_t*>(s.data());
    return {data, data + s.size()};
}

TEST(JpegLayout, ReadsTheFrameAndFindsTheFirstScan) {
    const std::vector<std::uint8_t> jpeg = bytes_of(test::corpus_jpeg());
    const std::optional<JpegLayout> layout = jpeg_layout(jpeg);
    ASSERT_TRUE(layout);
    ASSERT_TRUE(layout->frame);
    EXPECT_EQ(layout->problem, "");
    EXPECT_EQ(layout->frame->precision, 8u);
    EXPECT_GT(layout->scan_data, 0u);
    const std::optional<DeclaredImageSize> size = declared_image_size(jpeg);
    ASSERT_TRUE(size);
    EXPECT_EQ(size->width, layout->frame->width);
    EXPECT_EQ(size->height, layout->frame->height);
}

TEST(JpegLayout, SaysWhereTheWalkStops) {
    EXPECT_FALSE(jpeg_layout(bytes_of("GIF89a....")));
    const std::string jpeg = test::corpus_jpeg();
    const std::size_t frame = jpeg.find("\xFF\xC0");
    ASSERT_NE(frame, std::string::npos);
    EXPECT_EQ(jpeg_layout(bytes_of(jpeg.substr(0, frame + 6)))->problem, "the JPEG is cut short");
    EXPECT_FALSE(jpeg_layout(bytes_of(jpeg.substr(0, frame + 6)))->frame);
    EXPECT_EQ(jpeg_layout(bytes_of(std::string("\xFF\xD8\xFF\xD9\0\0", 6)))->problem,
              "the JPEG ends before its image data");
    EXPECT_EQ(jpeg_layout(bytes_of(std::string("\xFF\xD8\xFF\xDA\0\x02\0\0", 8)))->problem,
              "the JPEG has image data before its frame header");
    EXPECT_EQ(jpeg_layout(bytes_of(std::string("\xFF\xD8\x00\x00\0\0", 6)))->problem,
              "the JPEG's markers are damaged");
}

}  // namespace
}  // namespace folio
