// Format detection: by extension, by content, and the output format from -t or the output's name.
#include "converters/format_detection.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(SniffFormat, BraceMeansJson) {
    EXPECT_EQ(sniff_format("{\"format\": \"folio\"}").name, "json");
    EXPECT_EQ(sniff_format("\xEF\xBB\xBF \r\n\t{}").name, "json");
}

TEST(SniffFormat, AnythingElseIsText) {
    EXPECT_EQ(sniff_format("Nordkorea\nSo wahrscheinlich …").name, "text");
    EXPECT_EQ(sniff_format("[1, 2]").name, "text");
    EXPECT_EQ(sniff_format("").name, "text");
    EXPECT_EQ(sniff_format("   ").name, "text");
}

TEST(DetectInputFormat, ExtensionDecides) {
    EXPECT_EQ(detect_input_format("a/article.txt", "{").name, "text");
    EXPECT_EQ(detect_input_format("ARTICLE.TXT", "{").name, "text");
    EXPECT_EQ(detect_input_format("article.text", "{").name, "text");
    EXPECT_EQ(detect_input_format("article.json", "Title").name, "json");
    EXPECT_EQ(detect_input_format("dir.d/Article.Json", "Title").name, "json");
}

TEST(DetectInputFormat, UnknownExtensionOrStandardInputIsSniffed) {
    EXPECT_EQ(detect_input_format("article", "{}").name, "json");
    EXPECT_EQ(detect_input_format("article.saved", "{}").name, "json");
    EXPECT_EQ(detect_input_format("article.saved", "Title").name, "text");
    EXPECT_EQ(detect_input_format("-", "{}").name, "json");
    EXPECT_EQ(detect_input_format("-", "Title").name, "text");
}

TEST(ResolveOutputFormat, RequestedFormatWins) {
    const FormatInfo* text = find_format("text");
    EXPECT_EQ(resolve_output_format(text, "out.json"), text);
    EXPECT_EQ(resolve_output_format(text, "-"), text);
    EXPECT_EQ(resolve_output_format(text, ""), text);
}

TEST(ResolveOutputFormat, ElseTheOutputExtension) {
    EXPECT_EQ(resolve_output_format(nullptr, "out/article.json"), find_format("json"));
    EXPECT_EQ(resolve_output_format(nullptr, "article.TXT"), find_format("text"));
}

TEST(ResolveOutputFormat, NothingToGoBy) {
    EXPECT_EQ(resolve_output_format(nullptr, "-"), nullptr);
    EXPECT_EQ(resolve_output_format(nullptr, ""), nullptr);
    EXPECT_EQ(resolve_output_format(nullptr, "article"), nullptr);
    EXPECT_EQ(resolve_output_format(nullptr, "article.xyz"), nullptr);
}

}  // namespace
}  // namespace folio
