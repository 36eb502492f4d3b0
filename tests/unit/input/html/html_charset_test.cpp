// The HTML reader's choice of encoding by the WHATWG rules: a lying <meta charset> never garbles a page
// that is valid UTF-8, UTF-16/32 labels mean UTF-8, UTF-7 is never honoured, stray control bytes are
// dropped, and only real binary data is refused.
#include <gtest/gtest.h>

#include "formats/utf8.hpp"
#include "html_test_pages.hpp"
#include "input/html/page_charset.hpp"

namespace folio {
namespace {

using test::paragraph_texts;
using test::read_page;

const std::string kSentence = "Die Hafenbehörde öffnet die Schleusen für größere Schiffe ab März.";

std::string page_declaring(const std::string& charset, const std::string& body = kSentence) {
    return "<html><head><meta charset=\"" + charset +
           "\"><title>Schleusen</title></head><body><article>"
           "<h1>Die Schleusen öffnen</h1><p>" +
           body + "</p><p>" + body + " Zweiter Absatz.</p></article></body></html>";
}

void expect_read_as_utf8(const std::string& charset) {
    SCOPED_TRACE(charset);
    Diagnostics diag;
    const Document doc = read_page(page_declaring(charset), diag);
    EXPECT_EQ(doc.meta.title, "Die Schleusen öffnen");
    ASSERT_EQ(paragraph_texts(doc).size(), 2u);
    EXPECT_EQ(paragraph_texts(doc)[0], kSentence);
}

TEST(Charset, Utf16AndUtf32LabelsInAPageMeanUtf8) {
    for (const char* label : {"utf-16", "UTF-16LE", "utf-16be", "utf-32", "UTF-32LE", "ucs-2"})
        expect_read_as_utf8(label);
}

TEST(Charset, ValidUtf8BeatsALegacyDeclaration) {
    for (const char* label :
         {"gb2312", "shift_jis", "iso-8859-2", "koi8-r", "windows-1251", "euc-kr", "big5"})
        expect_read_as_utf8(label);
}

TEST(Charset, MislabelledUtf8PageSaysWhatItDid) {
    Diagnostics diag;
    read_page(page_declaring("gb2312"), diag);
    ASSERT_EQ(diag.warnings.size(), 1u);
    EXPECT_NE(diag.warnings[0].find("declares the charset gb2312 but is valid UTF-8"), std::string::npos);
}

TEST(Charset, Utf7IsNeverHonoured) {
    Diagnostics diag;
    const std::string text = html::decode_page(page_declaring("utf-7", "Preis +AGEAYgBj- Euro"), diag);
    EXPECT_NE(text.find("Preis +AGEAYgBj- Euro"), std::string::npos);
}

TEST(Charset, LegacyPagesAreStillConverted) {
    Diagnostics diag;
    // "Grüße" in Windows-1251 is not possible; Cyrillic "Привет" is.
    EXPECT_NE(html::decode_page("<meta charset=\"windows-1251\"><p>\xCF\xF0\xE8\xE2\xE5\xF2</p>", diag)
                  .find("Привет"),
              std::string::npos);
    // GB2312 bytes read by the GB18030 superset: 中文.
    EXPECT_NE(html::decode_page("<meta charset=\"gb2312\"><p>\xD6\xD0\xCE\xC4</p>", diag).find("中文"),
              std::string::npos);
    // Shift_JIS: 日本.
    EXPECT_NE(html::decode_page("<meta charset=\"shift_jis\"><p>\x93\xFA\x96\x7B</p>", diag).find("日本"),
              std::string::npos);
    EXPECT_TRUE(diag.warnings.empty()) << diag.warnings.front();
}

TEST(Charset, SevenBitIso2022JpIsHonouredWhenItsEscapesArePresent) {
    Diagnostics diag;
    // ESC $ B, then 日本 in JIS X 0208, ESC ( B.
    EXPECT_NE(html::decode_page("<meta charset=\"iso-2022-jp\"><p>\x1B$BF|K\\\x1B(B</p>", diag).find("日本"),
              std::string::npos);
}

TEST(Charset, UnknownLabelFallsBackWithAWarning) {
    Diagnostics diag;
    EXPECT_NE(html::decode_page("<meta charset=\"x-no-such\"><p>caf\xE9</p>", diag).find("café"),
              std::string::npos);
    EXPECT_FALSE(diag.warnings.empty());
}

TEST(DirtyBytes, APageWithAFewNulBytesIsReadWithOneWarning) {
    std::string page = page_declaring("utf-8");
    const std::size_t at = page.find("Hafenbehörde");
    page.insert(at, std::string("\0", 1));
    page.insert(page.find("</article>"), std::string("\0\0", 2));
    Diagnostics diag;
    const Document doc = read_page(page, diag);
    ASSERT_EQ(paragraph_texts(doc).size(), 2u);
    EXPECT_EQ(paragraph_texts(doc)[0], kSentence);
    std::size_t control_warnings = 0;
    for (const std::string& w : diag.warnings)
        control_warnings += w.find("3 stray control characters") != std::string::npos;
    EXPECT_EQ(control_warnings, 1u) << ::testing::PrintToString(diag.warnings);
}

TEST(DirtyBytes, APageWithStrayControlBytesInALegacyEncodingIsRead) {
    std::string page =
        "<meta charset=\"windows-1252\"><title>Caf\xE9</title><h1>Caf\xE9 \x01 du port</h1><p>" + kSentence +
        "\x1B</p>";
    Diagnostics diag;
    const std::string text = html::decode_page(page, diag);
    EXPECT_NE(text.find("<h1>Café  du port</h1>"), std::string::npos) << text;
}

TEST(DirtyBytes, RealBinaryDataIsRefused) {
    std::string bytes = "\x89PNG\r\n\x1A\n";
    for (int i = 0; i < 4000; ++i) bytes += static_cast<char>((i * 7919) % 251);
    Diagnostics diag;
    try {
        read_page(bytes, diag);
        FAIL() << "binary data was read as a page";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("binary content"), std::string::npos) << e.what();
    }
}

TEST(Charset, Utf32PageWithByteOrderMarkIsRead) {
    const std::string utf8 = page_declaring("utf-32");
    std::string utf32 = std::string("\xFF\xFE\0\0", 4);
    for (const char32_t c : decode_utf8(utf8)) {
        for (int i = 0; i < 4; ++i) utf32 += static_cast<char>((c >> (8 * i)) & 0xFF);
    }
    Diagnostics diag;
    const Document doc = read_page(utf32, diag);
    EXPECT_EQ(doc.meta.title, "Die Schleusen öffnen");
    ASSERT_EQ(paragraph_texts(doc).size(), 2u);
    EXPECT_EQ(paragraph_texts(doc)[0], kSentence);
}

}  // namespace
}  // namespace folio
