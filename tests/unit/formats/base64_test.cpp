// Tests for base64: encoding with padding, decoding with and without padding, rejecting broken text.
#include "formats/base64.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

std::vector<std::uint8_t> bytes_of(std::string_view text) { return {text.begin(), text.end()}; }

std::string decoded(std::string_view text) {
    const auto bytes = base64_decode(text);
    return bytes ? std::string(bytes->begin(), bytes->end()) : "<invalid>";
}

TEST(Base64, EncodesWithPadding) {
    EXPECT_EQ(base64_encode(bytes_of("")), "");
    EXPECT_EQ(base64_encode(bytes_of("f")), "Zg==");
    EXPECT_EQ(base64_encode(bytes_of("fo")), "Zm8=");
    EXPECT_EQ(base64_encode(bytes_of("foobar")), "Zm9vYmFy");
    EXPECT_EQ(base64_encode(bytes_of("\xFF\xFE")), "//4=");
}

TEST(Base64, DecodesWhatItEncodes) {
    std::vector<std::uint8_t> all;
    for (int i = 0; i < 256; ++i) all.push_back(static_cast<std::uint8_t>(i));
    for (std::size_t n = 0; n <= all.size(); n += 37) {
        const std::vector<std::uint8_t> part(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n));
        EXPECT_EQ(base64_decode(base64_encode(part)), part) << n;
    }
}

TEST(Base64, PaddingIsOptionalAndWhiteSpaceIsSkipped) {
    EXPECT_EQ(decoded("Zg"), "f");
    EXPECT_EQ(decoded("Zm8"), "fo");
    EXPECT_EQ(decoded("Zm9v\r\nYmFy"), "foobar");
    EXPECT_EQ(decoded(" Zg== "), "f");
    EXPECT_EQ(decoded(""), "");
}

TEST(Base64, BrokenTextIsRefused) {
    EXPECT_EQ(decoded("Zm9v!"), "<invalid>");
    EXPECT_EQ(decoded("Z"), "<invalid>");
    EXPECT_EQ(decoded("Zg==Zg=="), "<invalid>");
    EXPECT_EQ(decoded("Zg==="), "<invalid>");
    EXPECT_EQ(decoded("Zm9v="), "<invalid>");
}

}  // namespace
}  // namespace folio
