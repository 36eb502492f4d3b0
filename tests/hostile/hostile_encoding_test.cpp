// Hostile characters through every reader and writer: NUL and C0 controls, invalid and overlong UTF-8, lone
// surrogates, bidi controls, emoji. XML output stays well-formed; characters the format can keep are kept.
#include <gtest/gtest.h>

#include <string>

#include "formats/utf8.hpp"
#include "input/docbook/docbook_reader.hpp"
#include "input/json/json_reader.hpp"
#include "input/text/text_reader.hpp"
#include "tests/hostile/hostile_support.hpp"

namespace folio::test {
namespace {

const std::string emoji = "\xF0\x9F\x98\x80";     // U+1F600, outside the Basic Multilingual Plane
const std::string rtl_override = "\xE2\x80\xAE";  // U+202E RIGHT-TO-LEFT OVERRIDE
const std::string rtl_isolate = "\xE2\x81\xA7";   // U+2067 RIGHT-TO-LEFT ISOLATE
const std::string pop_isolate = "\xE2\x81\xA9";   // U+2069 POP DIRECTIONAL ISOLATE
const std::string hebrew = "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D";  // שלום

// A plain-text article whose second paragraph is `hostile`.
std::string text_article(const std::string& hostile) {
    return "A headline about the harbour\n\nPublished March 3rd, 2024\n\n"
           "The port authority announced a new schedule for container ships on Monday morning.\n\n" +
           hostile +
           " and the rest of the sentence follows here.\n\n"
           "Dock workers welcomed the decision after months of negotiations with the operators.\n";
}

Document read_text_article(const std::string& hostile, Diagnostics& diag) {
    return read_text(text_article(hostile), ReadOptions{"hostile.txt"}, diag);
}

TEST(HostileEncoding, AFewNulBytesInTextAreDroppedWithOneWarning) {
    Diagnostics diag;
    const Document doc = read_text_article(std::string("a\0b\0c", 5), diag);
    EXPECT_TRUE(any_contains(diag.warnings, "2 stray control characters"))
        << ::testing::PrintToString(diag.warnings);
    const AllOutputs all = write_everything(doc);
    expect_well_formed(all);
    EXPECT_TRUE(contains(all.by_format.at("text"), "abc and the rest of the sentence"));
}

TEST(HostileEncoding, Utf32TextWithByteOrderMarkIsRead) {
    std::string utf32("\0\0\xFE\xFF", 4);
    for (const char32_t c : decode_utf8(text_article("Gr\xC3\xBC\xC3\x9F"
                                                     "e " +
                                                     emoji))) {
        for (int i = 3; i >= 0; --i) utf32 += static_cast<char>((c >> (8 * i)) & 0xFF);
    }
    Diagnostics diag;
    const Document doc = read_text(utf32, ReadOptions{"utf32.txt"}, diag);
    EXPECT_TRUE(diag.warnings.empty()) << ::testing::PrintToString(diag.warnings);
    EXPECT_TRUE(contains(write_everything(doc).by_format.at("text"),
                         "Gr\xC3\xBC\xC3\x9F"
                         "e " +
                             emoji + " and the rest"));
}

TEST(HostileEncoding, Utf8TextCutInItsLastCharacterCostsOneReplacementCharacter) {
    Diagnostics diag;
    const Document doc = read_text(text_article("Gr\xC3\xBC\xC3\x9F"
                                                "e") +
                                       "Ende \xE2\x80",
                                   ReadOptions{"cut.txt"}, diag);
    ASSERT_EQ(diag.warnings.size(), 1u) << ::testing::PrintToString(diag.warnings);
    EXPECT_TRUE(contains(diag.warnings[0], "cut UTF-8 sequence"));
    const std::string text = write_everything(doc).by_format.at("text");
    EXPECT_TRUE(contains(text,
                         "Gr\xC3\xBC\xC3\x9F"
                         "e and the rest"));
    EXPECT_TRUE(contains(text, "Ende \xEF\xBF\xBD"));
}

TEST(HostileEncoding, C0ControlsInTextAreDroppedWithAWarningAndXmlStaysWellFormed) {
    Diagnostics diag;
    const Document doc = read_text_article("a\x01b\x02\x1B[31mc\x7F\x0B", diag);
    EXPECT_TRUE(any_contains(diag.warnings, "control character")) << ::testing::PrintToString(diag.warnings);
    const AllOutputs all = write_everything(doc);
    expect_well_formed(all);
    EXPECT_FALSE(contains(all.by_format.at("json"), std::string(1, '\0')));
}

TEST(HostileEncoding, BinaryTextIsRefused) {
    Diagnostics diag;
    EXPECT_THROW(read_text(std::string(4096, '\0'), ReadOptions{"zeros.txt"}, diag), Error);
}

TEST(HostileEncoding, InvalidOverlongAndSurrogateUtf8InTextIsReadAsWindows1252) {
    // 0xFF is never UTF-8; C0 AF is an overlong '/'; ED A0 80 encodes the lone surrogate U+D800.
    Diagnostics diag;
    const Document doc = read_text_article("bad \xFF overlong \xC0\xAF surrogate \xED\xA0\x80 end", diag);
    EXPECT_TRUE(any_contains(diag.warnings, "1252")) << ::testing::PrintToString(diag.warnings);
    const AllOutputs all = write_everything(doc);
    expect_well_formed(all);
    EXPECT_TRUE(contains(all.by_format.at("text"), "\xC3\xBF"));  // 0xFF as ÿ
}

TEST(HostileEncoding, ControlsAndNulInJsonStringsNeverReachXml) {
    const std::string json =
        R"({"format":"folio","version":1,"meta":{"title":"T\u0000i\u0001t\u001Fle"},)"
        R"("blocks":[{"type":"paragraph","text":"nul \u0000 bell \u0007 esc \u001b del \u007f"},)"
        R"({"type":"figure","alt":"a\u0002lt","caption":"c\u0003","credit":"\u0004Foto: X"},)"
        R"({"type":"list","items":["\u0005","\uFFFE\uFFFF"]}]})";
    Diagnostics diag;
    const Document doc = read_json(json, ReadOptions{"controls.json"}, diag);
    expect_well_formed(write_everything(doc));
}

TEST(HostileEncoding, LoneSurrogateEscapesInJsonAreRefusedWithTheReason) {
    Diagnostics diag;
    try {
        read_json(R"({"format":"folio","version":1,"blocks":[{"type":"paragraph","text":"\ud800x"}]})",
                  ReadOptions{"surrogate.json"}, diag);
        FAIL() << "a lone surrogate was accepted";
    } catch (const Error& e) {
        EXPECT_TRUE(contains(e.what(), "surrogate")) << e.what();
    }
}

TEST(HostileEncoding, InvalidUtf8InsideJsonStringsIsRefused) {
    Diagnostics diag;
    EXPECT_THROW(
        read_json(
            "{\"format\":\"folio\",\"version\":1,\"blocks\":[{\"type\":\"paragraph\",\"text\":\"\xFF\"}]}",
            ReadOptions{"bad.json"}, diag),
        Error);
}

TEST(HostileEncoding, ControlCharacterReferencesInDocBookAreRefusedAsNotWellFormed) {
    Diagnostics diag;
    for (const std::string reference : {"&#0;", "&#1;", "&#xD800;", "&#xFFFE;"}) {
        const std::string xml = "<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\"><para>x" +
                                reference + "</para></article>";
        EXPECT_THROW(read_docbook(xml, ReadOptions{"controls.xml"}, diag), Error) << reference;
    }
}

TEST(HostileEncoding, BidiControlsAreKeptAndXmlStaysWellFormed) {
    Diagnostics diag;
    const std::string hostile =
        "price " + rtl_override + "01.3$" + " and " + rtl_isolate + hebrew + pop_isolate;
    const AllOutputs all = write_everything(read_text_article(hostile, diag));
    expect_well_formed(all);
    for (const char* format : {"text", "json", "docbook", "html"}) {
        EXPECT_TRUE(contains(all.by_format.at(format), rtl_override)) << format;
        EXPECT_TRUE(contains(all.by_format.at(format), hebrew)) << format;
    }
}

TEST(HostileEncoding, EmojiAreKeptWhereTheFormatCanAndReportedInPdf) {
    Diagnostics diag;
    const Document doc = read_text_article("Fans cheered " + emoji + " at the quay", diag);
    const AllOutputs all = write_everything(doc);
    expect_well_formed(all);
    for (const char* format : {"text", "json", "docbook", "html"})
        EXPECT_TRUE(contains(all.by_format.at(format), emoji)) << format;
    bool in_epub = false;
    for (const ZipEntry& entry : zip_entries(all.by_format.at("epub")))
        in_epub |= contains(entry.bytes, emoji);
    EXPECT_TRUE(in_epub);
    // No installed font covers U+1F600: the PDF writer says so instead of dropping it silently.
    EXPECT_TRUE(any_contains(all.warnings, "pdf: PDF: no installed font has a glyph for U+1F600"))
        << ::testing::PrintToString(all.warnings);
}

TEST(HostileEncoding, NonBmpCharactersInDocBookAndJsonSurviveTheRoundTrip) {
    Diagnostics diag;
    const std::string math_bold_a = "\xF0\x9D\x90\x80";  // U+1D400
    const std::string xml =
        "<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\"><title>T &#x1F600;"
        "</title><para>" +
        math_bold_a + "</para></article>";
    const AllOutputs all = write_everything(read_docbook(xml, ReadOptions{"emoji.xml"}, diag));
    expect_well_formed(all);
    const Document back = read_json(all.by_format.at("json"), ReadOptions{"back.json"}, diag);
    EXPECT_EQ(back.meta.title, "T " + emoji);
    EXPECT_TRUE(contains(all.by_format.at("docbook"), math_bold_a));
}

}  // namespace
}  // namespace folio::test
