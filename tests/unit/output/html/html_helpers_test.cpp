// Tests for the XHTML writer's helpers: image sniffing, XML-safe text, metadata checks.
#include <gtest/gtest.h>

#include "output/common/image_media_type.hpp"
#include "output/html/inline_markup.hpp"
#include "output/html/meta_values.hpp"
#include "output/html/xml_text.hpp"

namespace folio {

using namespace std::string_view_literals;

namespace {

std::vector<std::uint8_t> bytes_of(std::string_view text) { return {text.begin(), text.end()}; }

}  // namespace

TEST(HtmlImageMediaType, SniffsEachFormatFromItsBytes) {
    EXPECT_EQ(sniff_image_media_type(bytes_of("\xFF\xD8\xFF\xE0\x00\x10JFIF"sv)), "image/jpeg");
    EXPECT_EQ(sniff_image_media_type(bytes_of("\x89PNG\r\n\x1A\n\x00\x00"sv)), "image/png");
    EXPECT_EQ(sniff_image_media_type(bytes_of("GIF89a\x01\x00"sv)), "image/gif");
    EXPECT_EQ(sniff_image_media_type(bytes_of("RIFF\x24\x00\x00\x00WEBPVP8 "sv)), "image/webp");
    EXPECT_EQ(sniff_image_media_type(bytes_of("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<svg xmlns=\"x\"/>")),
              "image/svg+xml");
    EXPECT_EQ(sniff_image_media_type(bytes_of("<html><body>no</body></html>")), "");
    EXPECT_EQ(sniff_image_media_type(bytes_of("%PDF-1.7")), "");
    EXPECT_EQ(sniff_image_media_type({}), "");
}

TEST(HtmlImageMediaType, BytesWinOverTheDeclaredType) {
    EXPECT_EQ(image_media_type(bytes_of("\x89PNG\r\n\x1A\n"), "image/jpeg"), "image/png");
    EXPECT_EQ(image_media_type(bytes_of("????"), "Image/JPG; q=1"), "image/jpeg");
    EXPECT_TRUE(is_epub_core_image_type("image/svg+xml"));
    EXPECT_FALSE(is_epub_core_image_type("image/webp"));
    EXPECT_EQ(image_file_extension("image/jpeg"), "jpg");
    EXPECT_EQ(image_file_extension("image/tiff"), "img");
}

TEST(HtmlXmlText, DropsWhatXmlForbids) {
    EXPECT_EQ(xml_safe_text("a\x01"
                            "b\tc\nd\r"),
              "ab\tc\nd");
    EXPECT_EQ(xml_safe_text("Grüße „ü“ 김정은"), "Grüße „ü“ 김정은");
    EXPECT_EQ(xml_safe_text("bad \xC3 byte"), "bad \xEF\xBF\xBD byte");
    EXPECT_EQ(xml_safe_text("\xEF\xBF\xBE"), "\xEF\xBF\xBD");
}

TEST(HtmlMetaValues, LanguageTagsAreNormalizedOrUndetermined) {
    EXPECT_EQ(language_tag("de"), "de");
    EXPECT_EQ(language_tag("de_CH"), "de-CH");
    EXPECT_EQ(language_tag("zh-Hant-TW"), "zh-Hant-TW");
    EXPECT_EQ(language_tag(""), "und");
    EXPECT_EQ(language_tag("deutsch sprache"), "und");
    EXPECT_EQ(language_tag("de-"), "und");
    EXPECT_EQ(language_tag("1x"), "und");
}

TEST(HtmlMetaValues, DatesMustBeIso8601) {
    for (const char* date : {"2023", "2023-09", "2023-09-12", "2024-02-29", "2000-02-29", "2023-09-12T08:30Z",
                             "2023-09-12T08:30:15+02:00", "2023-09-12T08:30:15.25-05:00"})
        EXPECT_TRUE(is_w3c_date(date)) << date;
    for (const char* date :
         {"", "12.09.2023", "2023-13-01", "2023-09-32", "2023-9-12", "2023-09-12 08:30", "2023-09-12T25:00Z",
          "2023-09-12T08:30", "2023-02-29", "2023-04-31", "2023-02-30T08:30Z"})
        EXPECT_FALSE(is_w3c_date(date)) << date;
}

TEST(HtmlInlineMarkup, OnlyAbsoluteAddressesAreLinked) {
    EXPECT_TRUE(is_linkable("https://example.org/a?b=c#d"));
    EXPECT_TRUE(is_linkable("MAILTO:someone@example.org"));
    EXPECT_FALSE(is_linkable("javascript:alert(1)"));
    EXPECT_FALSE(is_linkable("../relative.html"));
    EXPECT_FALSE(is_linkable("https://exa mple.org"));
    EXPECT_FALSE(is_linkable("https://"));
}

}  // namespace folio
