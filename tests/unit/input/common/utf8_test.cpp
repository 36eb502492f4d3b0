// Tests for the UTF-8 helpers: trimming Unicode spaces, code point counting and lower-casing.
#include <gtest/gtest.h>

#include "input/common/utf8.hpp"

namespace folio {
namespace {

TEST(Utf8, TrimsUnicodeSpaces) {
    EXPECT_EQ(trim_space(" \t\xC2\xA0Text  mit\xC2\xA0 Lücke\xC2\xA0\t "), "Text  mit\xC2\xA0 Lücke");
    EXPECT_EQ(trim_space("\xE2\x80\xAF\xE3\x80\x80"), "");
}

TEST(Utf8, CountsAndCutsCodePoints) {
    EXPECT_EQ(code_point_count("Busan (부산)"), 10u);
    EXPECT_EQ(first_code_points("Grüße aus Busan", 5), "Grüße");
}

TEST(Utf8, LowerCasesAndSplits) {
    EXPECT_EQ(to_lower("MÄRZ Décembre"), "märz décembre");
    const auto words = split_words(" eins\xC2\xA0zwei  drei ");
    ASSERT_EQ(words.size(), 3u);
    EXPECT_EQ(words[1], "zwei");
}

TEST(Utf8, FirstAndLastCodePoint) {
    EXPECT_EQ(first_code_point("„Zitat“"), U'„');
    EXPECT_EQ(last_code_point("„Zitat“"), U'“');
    EXPECT_EQ(last_code_point(""), U'\0');
}

}  // namespace
}  // namespace folio
