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

constexpr const char* rss = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel></channel></rss>";
constexpr const char* atom =
    "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- a comment -->\n"
    "<feed xml:lang=\"en\" xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title></feed>";
constexpr const char* json_feed =
    R"({"title": "T", "version": "https://jsonfeed.org/version/1.1", "items": []})";
constexpr const char* docbook =
    "<?xml version=\"1.0\"?>\n<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\"/>";
constexpr const char* folio_json = R"({"format": "folio", "version": 1, "meta": {}, "blocks": []})";

TEST(SniffFormat, FeedsByTheirContent) {
    EXPECT_EQ(sniff_format(rss).name, "feed");
    EXPECT_EQ(sniff_format(atom).name, "feed");
    EXPECT_EQ(sniff_format(json_feed).name, "feed");
    EXPECT_EQ(sniff_format("<!DOCTYPE rss [<!ENTITY a \"<feed>\">]><rss/>").name, "feed");
    EXPECT_EQ(sniff_format("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                           "xmlns=\"http://purl.org/rss/1.0/\"/>")
                  .name,
              "feed");
    // Not feeds: <feed> outside the Atom namespace, a version that is no JSON Feed's, a nested "version".
    EXPECT_NE(sniff_format("<feed><title>T</title></feed>").name, "feed");
    EXPECT_EQ(sniff_format(R"({"version": "1.1", "items": []})").name, "json");
    EXPECT_EQ(sniff_format(R"({"meta": {"version": "https://jsonfeed.org/version/1.1"}})").name, "json");
    EXPECT_EQ(sniff_format(folio_json).name, "json");
    EXPECT_EQ(sniff_format("<html><body><rss></rss></body></html>").name, "html");
}

TEST(FormatTable, FeedIsReadAsACollection) {
    const FormatInfo* feed = find_format("feed");
    ASSERT_NE(feed, nullptr);
    EXPECT_NE(feed->read_collection, nullptr);
    EXPECT_EQ(feed->read, nullptr);
    EXPECT_EQ(feed->write, nullptr);
    EXPECT_EQ(format_for_extension("news.RSS"), feed);
    EXPECT_EQ(format_for_extension("news.atom"), feed);
}

TEST(DetectInputFormat, FeedContentWinsOverXmlAndJsonExtensions) {
    EXPECT_EQ(detect_input_format("news.xml", rss).name, "feed");
    EXPECT_EQ(detect_input_format("news.XML", atom).name, "feed");
    EXPECT_EQ(detect_input_format("feed.json", json_feed).name, "feed");
    EXPECT_EQ(detect_input_format("news.rss", rss).name, "feed");
    EXPECT_EQ(detect_input_format("news.atom", atom).name, "feed");
    EXPECT_EQ(detect_input_format("-", json_feed).name, "feed");
    EXPECT_EQ(detect_input_format("news", rss).name, "feed");
    // DocBook and folio JSON stay what they were.
    EXPECT_EQ(detect_input_format("article.xml", docbook).name, "docbook");
    EXPECT_EQ(detect_input_format("article.json", folio_json).name, "json");
    // Other extensions still decide.
    EXPECT_EQ(detect_input_format("notes.txt", rss).name, "text");
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
