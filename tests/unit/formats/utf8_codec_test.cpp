// Tests for the one UTF-8 codec: what counts as well-formed, how malformed bytes read, encoding back.
#include <gtest/gtest.h>

#include <string>

#include "formats/utf8.hpp"

namespace folio {
namespace {

TEST(Utf8Codec, DecodesEveryLengthAndEncodesItBack) {
    const std::string text = "a\xC3\xA4\xE2\x80\x9C\xF0\x9F\x98\x80";  // a ä “ 😀
    EXPECT_EQ(decode_utf8(text), U"a\u00E4\u201C\U0001F600");
    EXPECT_EQ(encode_utf8(decode_utf8(text)), text);
    EXPECT_EQ(first_invalid_utf8(text), std::string_view::npos);
    EXPECT_EQ(utf8_sequence_at(text, 6).length, 4u);
    EXPECT_EQ(utf8_sequence_at(text, 6).code_point, U'\U0001F600');
}

TEST(Utf8Codec, MalformedSequencesAreFoundAndReadAsReplacementCharacters) {
    const std::string cases[] = {
        "\x80",              // stray continuation byte
        "\xC0\xAF",          // overlong slash
        "\xE0\x80\xAF",      // overlong, three bytes
        "\xED\xA0\x80",      // UTF-16 surrogate
        "\xF4\x90\x80\x80",  // above U+10FFFF
        "\xE2\x80",          // cut short
        "\xFF",
    };
    for (const std::string& bad : cases) {
        const std::string text = "ok " + bad;
        EXPECT_EQ(first_invalid_utf8(text), 3u) << text;
        const std::u32string decoded = decode_utf8(text);
        EXPECT_EQ(decoded.substr(0, 3), U"ok ");
        EXPECT_EQ(decoded.size(), 3 + bad.size()) << "one U+FFFD per malformed byte";
        EXPECT_EQ(decoded.find_first_not_of(U'\uFFFD', 3), std::u32string::npos);
    }
}

TEST(Utf8Codec, NextCodePointMovesPastWhatItRead) {
    const std::string text = "\xC3\xA4\x80z";
    std::size_t pos = 0;
    EXPECT_EQ(next_code_point(text, pos), U'\u00E4');
    EXPECT_EQ(pos, 2u);
    EXPECT_EQ(next_code_point(text, pos), U'\uFFFD');
    EXPECT_EQ(pos, 3u);
    EXPECT_EQ(next_code_point(text, pos), U'z');
    EXPECT_EQ(pos, 4u);
}

}  // namespace
}  // namespace folio
