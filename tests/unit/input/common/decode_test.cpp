// Tests for decode_text: BOMs and UTF-16/32, line endings, UTF-8 validation with repair or Windows-1252
// fallback, stray control bytes, binary and empty input.
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

TEST(Decode, SequenceCutAtTheEndCostsOneReplacementCharacter) {
    Diagnostics diag;
    EXPECT_EQ(decode("ab\xE2\x80", diag), "ab\uFFFD");
    ASSERT_EQ(diag.warnings.size(), 1u);
    EXPECT_NE(diag.warnings[0].find("cut UTF-8 sequence"), std::string::npos) << diag.warnings[0];
}

TEST(Decode, Utf8FileCutInItsLastCharacterStaysUtf8) {
    Diagnostics diag;
    EXPECT_EQ(decode("Grüße aus Köln \xE2\x80", diag), "Grüße aus Köln \uFFFD");
    EXPECT_EQ(diag.warnings.size(), 1u);
    Diagnostics lead_only;
    EXPECT_EQ(decode("Grüße aus Köln \xC3", lead_only), "Grüße aus Köln \uFFFD");
}

TEST(Decode, SingleLatin1ByteAtTheEndIsWindows1252) {
    Diagnostics diag;
    EXPECT_EQ(decode("caf\xE9", diag), "café");
    ASSERT_EQ(diag.warnings.size(), 1u);
    EXPECT_NE(diag.warnings[0].find("Windows-1252"), std::string::npos);
}

TEST(Decode, AStrayByteAmongManyUtf8CharactersStaysUtf8) {
    Diagnostics diag;
    EXPECT_EQ(decode("Grüße, schöne Größe \x96 äöü", diag), "Grüße, schöne Größe \uFFFD äöü");
    ASSERT_EQ(diag.warnings.size(), 1u);
    EXPECT_NE(diag.warnings[0].find("1 malformed UTF-8 sequence"), std::string::npos) << diag.warnings[0];
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

TEST(Decode, ShortInputWithANulIsBinary) {
    EXPECT_EQ(error_of(std::string_view("abc\0def", 7)),
              "binary content (1 of 7 bytes are NUL or control bytes, the first at offset 3)");
}

TEST(Decode, AFewNulBytesInTextAreDroppedWithOneWarning) {
    std::string bytes = "A line of ordinary text that goes on for a while.\n";
    bytes += bytes + bytes;
    bytes[10] = '\0';
    bytes[60] = '\0';
    bytes[110] = '\x01';
    Diagnostics diag;
    const std::string text = decode(bytes, diag);
    EXPECT_EQ(text.size(), bytes.size() - 3);
    EXPECT_EQ(text.find('\0'), std::string::npos);
    ASSERT_EQ(diag.warnings.size(), 1u);
    EXPECT_NE(diag.warnings[0].find("3 stray control characters"), std::string::npos) << diag.warnings[0];
}

TEST(Decode, MostlyControlBytesAreBinary) {
    std::string bytes;
    for (int i = 0; i < 4096; ++i) bytes += static_cast<char>((i * 131) % 256);
    EXPECT_NE(error_of(bytes).find("binary content"), std::string::npos);
    EXPECT_NE(error_of(std::string(4096, '\0')).find("binary content"), std::string::npos);
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

TEST(Decode, Utf16WithByteOrderMarkIsRead) {
    EXPECT_EQ(decode_quietly(std::string_view("\xFF\xFEh\0\xE4\0\x3D\xD8\x00\xDE", 10)), "hä\U0001F600");
    EXPECT_EQ(decode_quietly(std::string_view("\xFE\xFF\0h\0\xE4", 6)), "hä");
}

TEST(Decode, Utf16WithoutByteOrderMarkIsRecognised) {
    EXPECT_EQ(decode_quietly(std::string_view("T\0i\0t\0l\0e\0\n\0T\0e\0x\0t\0", 20)), "Title\nText");
}

TEST(Decode, Utf32WithByteOrderMarkIsRead) {
    EXPECT_EQ(decode_quietly(std::string_view("\xFF\xFE\0\0h\0\0\0\xE4\0\0\0\x00\xF6\x01\0", 16)),
              "hä\U0001F600");
    EXPECT_EQ(decode_quietly(std::string_view("\0\0\xFE\xFF\0\0\0h\0\0\0\xE4", 12)), "hä");
}

TEST(Decode, MalformedUtf32UnitsAreReplacedWithAWarning) {
    Diagnostics diag;
    EXPECT_EQ(decode(std::string_view("\xFF\xFE\0\0h\0\0\0\0\0\x11\0i\0\0\0\x01", 17), diag),
              "h\uFFFDi\uFFFD");
    ASSERT_EQ(diag.warnings.size(), 1u);
    EXPECT_NE(diag.warnings[0].find("UTF-32"), std::string::npos);
}

}  // namespace
}  // namespace folio
