// Tests for decode_text: BOM, line endings, UTF-8 validation with Windows-1252 fallback, binary and empty
// input.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "input/common/decode.hpp"

namespace folio {
namespace {

std::string decode(std::string_view bytes, Diagnostics& diag) { return decode_text(bytes, diag); }

std::string decode_quietly(std::string_view bytes) {
    Diagnostics diag;
    std::string text = decode_text(bytes, diag);
    EXPECT_TRUE(diag.warnings.empty()) << diag.warnings.front();
    return text;
}

std::string error_of(std::string_view bytes) {
    Diagnostics diag;
    try {
        decode_text(bytes, diag);
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

TEST(Decode, KeepsValidUtf8) { EXPECT_EQ(decode_quietly("Grüße „Welt“ 김정은\n"), "Grüße „Welt“ 김정은\n"); }

TEST(Decode, StripsUtf8Bom) { EXPECT_EQ(decode_quietly("\xEF\xBB\xBFTitle\nText"), "Title\nText"); }

TEST(Decode, TurnsCrLfAndLoneCrIntoLf) { EXPECT_EQ(decode_quietly("a\r\nb\rc\n\r\nd\r"), "a\nb\nc\n\nd\n"); }

TEST(Decode, KeepsTabsAndNoBreakSpaces) { EXPECT_EQ(decode_quietly("a\tb\xC2\xA0 c"), "a\tb\xC2\xA0 c"); }

TEST(Decode, FallsBackToWindows1252WithWarning) {
    Diagnostics diag;
    EXPECT_EQ(decode("Col\xE8re \x93"
                     "agricole\x94 \x80 \x85",
                     diag),
              "Colère “agricole” € …");
    ASSERT_EQ(diag.warnings.size(), 1u);
    EXPECT_NE(diag.warnings[0].find("Windows-1252"), std::string::npos);
    EXPECT_NE(diag.warnings[0].find("offset 3"), std::string::npos);
}

TEST(Decode, UndefinedWindows1252BytesKeepTheirLatin1Meaning) {
    Diagnostics diag;
    EXPECT_EQ(decode("\xE9\x81\x8D\x8F\x90\x9D", diag), "é\u0081\u008D\u008F\u0090\u009D");
}

TEST(Decode, OverlongSequenceFallsBack) {
    Diagnostics diag;
    EXPECT_EQ(decode("a\xC0\xAF", diag), "aÀ¯");
    EXPECT_EQ(diag.warnings.size(), 1u);
}

TEST(Decode, OverlongThreeByteSequenceFallsBack) {
    Diagnostics diag;
    EXPECT_EQ(decode("\xE0\x80\xAF", diag), "à€¯");
    EXPECT_EQ(diag.warnings.size(), 1u);
}

TEST(Decode, TruncatedSequenceFallsBack) {
    Diagnostics diag;
    EXPECT_EQ(decode("ab\xE2\x80", diag), "abâ€");
    EXPECT_EQ(diag.warnings.size(), 1u);
}

TEST(Decode, EncodedSurrogateFallsBack) {
    Diagnostics diag;
    EXPECT_EQ(decode("\xED\xA0\x80x", diag), "í\u00A0€x");
    EXPECT_EQ(diag.warnings.size(), 1u);
}

TEST(Decode, CodePointAboveUnicodeRangeFallsBack) {
    Diagnostics diag;
    decode("\xF4\x90\x80\x80", diag);
    EXPECT_EQ(diag.warnings.size(), 1u);
}

TEST(Decode, Latin1CorpusFileReadsAsFrench) {
    std::ifstream in(std::string(FOLIO_TEST_DATA) + "/corpus/fr_agriculteurs_latin1.txt", std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    Diagnostics diag;
    const std::string text = decode(bytes, diag);
    EXPECT_NE(text.find("Colère agricole"), std::string::npos);
    EXPECT_EQ(diag.warnings.size(), 1u);
}

TEST(Decode, NulByteIsBinary) {
    EXPECT_EQ(error_of(std::string_view("abc\0def", 7)), "binary content (NUL byte at offset 3)");
}

TEST(Decode, ManyControlBytesAreBinary) {
    std::string bytes = "text";
    for (int i = 0; i < 20; ++i) bytes += "\x01\x02 ";
    EXPECT_NE(error_of(bytes).find("binary content"), std::string::npos);
}

TEST(Decode, AFewStrayControlBytesAreDroppedWithWarning) {
    std::string bytes(200, 'a');
    bytes[50] = '\x1B';
    Diagnostics diag;
    const std::string text = decode(bytes, diag);
    EXPECT_EQ(text, std::string(199, 'a'));
    EXPECT_EQ(diag.warnings.size(), 1u);
}

TEST(Decode, FormFeedBecomesLineBreak) {
    EXPECT_EQ(decode_quietly("page one\fpage two"), "page one\npage two");
}

TEST(Decode, EmptyInputIsAnError) { EXPECT_EQ(error_of(""), "empty input"); }

TEST(Decode, BomOnlyIsAnError) { EXPECT_NE(error_of("\xEF\xBB\xBF").find("empty input"), std::string::npos); }

TEST(Decode, Utf16IsRefusedWithAReason) {
    EXPECT_NE(error_of(std::string_view("\xFF\xFEh\0i\0", 6)).find("UTF-16"), std::string::npos);
}

}  // namespace
}  // namespace folio
