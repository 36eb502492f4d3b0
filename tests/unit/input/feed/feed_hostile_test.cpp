// Hostile feeds: external entities, entity expansion, huge entry counts and deep nesting end in a clear
// one-line error or a bounded read, never a crash or a hang.
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/unit/input/feed/feed_test_support.hpp"

namespace folio {
namespace {

namespace fs = std::filesystem;
using test::read_feed_bytes;

constexpr const char* secret_marker = "FOLIO-SECRET-7f3a";

std::string rss_items(std::size_t count) {
    std::string feed =
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" "
        "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Many</title>"
        "<link>https://many.example.org/</link><language>en</language>\n";
    for (std::size_t i = 1; i <= count; ++i) {
        const std::string n = std::to_string(i);
        feed += "<item><title>Entry " + n + "</title><link>https://many.example.org/" + n +
                "</link><pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate><content:encoded>&lt;p&gt;Text of "
                "entry " +
                n + ".&lt;/p&gt;</content:encoded></item>\n";
    }
    return feed + "</channel></rss>\n";
}

void expect_one_line_error(const test::FeedOutcome& outcome, std::string_view reason) {
    EXPECT_TRUE(outcome.error.starts_with("feed: ")) << outcome.error;
    EXPECT_NE(outcome.error.find(reason), std::string::npos) << outcome.error;
    EXPECT_EQ(outcome.error.find('\n'), std::string::npos) << outcome.error;
}

TEST(FeedHostile, ExternalEntityToALocalFileIsNotRead) {
    const std::string url =
        "file://" + fs::absolute(fs::path(FOLIO_TEST_DATA) / "xml" / "secret.txt").string();
    ASSERT_NE(test::feed_fixture("../xml/secret.txt").find(secret_marker), std::string::npos);
    const std::string feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + url +
                             "\">]>\n<rss version=\"2.0\"><channel><title>&xxe;</title><item><title>T</title>"
                             "<description>&xxe;</description></item></channel></rss>";
    const auto outcome = read_feed_bytes(feed);
    expect_one_line_error(outcome, "external entity");
    EXPECT_EQ(outcome.error.find(secret_marker), std::string::npos);
    EXPECT_EQ(test::everything(outcome.collection).find(secret_marker), std::string::npos);
    for (const std::string& warning : outcome.warnings)
        EXPECT_EQ(warning.find(secret_marker), std::string::npos);
}

TEST(FeedHostile, ExternalDtdIsNotLoaded) {
    const std::string url =
        "file://" + fs::absolute(fs::path(FOLIO_TEST_DATA) / "xml" / "secret.txt").string();
    const auto outcome =
        read_feed_bytes("<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"" + url +
                        "\">\n<rss version=\"2.0\"><channel><title>Feed</title><item>"
                        "<title>T</title><description>Text.</description></item></channel></rss>");
    ASSERT_EQ(outcome.error, "");
    EXPECT_EQ(test::everything(outcome.collection).find(secret_marker), std::string::npos);
    ASSERT_EQ(outcome.collection.articles.size(), 1u);
}

TEST(FeedHostile, BillionLaughsIsRefused) {
    std::string feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n";
    for (int level = 1; level <= 9; ++level) {
        const std::string previous = level == 1 ? "lol" : "lol" + std::to_string(level - 1);
        feed += "<!ENTITY lol" + std::to_string(level) + " \"";
        for (int i = 0; i < 10; ++i) feed += "&" + previous + ";";
        feed += "\">\n";
    }
    feed +=
        "]>\n<rss version=\"2.0\"><channel><title>Laughs</title><item><title>&lol9;</title>"
        "<description>&lol9;</description></item></channel></rss>";
    const auto outcome = read_feed_bytes(feed);
    expect_one_line_error(outcome, "entit");
}

TEST(FeedHostile, HundredThousandEntriesAreRead) {
    const auto outcome = read_feed_bytes(rss_items(100'000));
    ASSERT_EQ(outcome.error, "");
    ASSERT_EQ(outcome.collection.articles.size(), 100'000u);
    const Document& last = outcome.collection.articles.back();
    EXPECT_EQ(last.meta.title, "Entry 100000");
    ASSERT_EQ(last.blocks.size(), 1u);
    EXPECT_EQ(block_plain_text(last.blocks[0]), "Text of entry 100000.");
    EXPECT_EQ(last.meta.date, "2024-01-01");
}

TEST(FeedHostile, MoreEntriesThanTheLimitAreRefused) {
    ReadOptions options;
    options.limits.blocks = 1'000;
    const auto outcome = read_feed_bytes(rss_items(1'001), options);
    expect_one_line_error(outcome, "too many entries: the feed holds 1001, more than the 1000 articles");

    std::string json = R"({"version": "https://jsonfeed.org/version/1.1", "title": "Many", "items": [)";
    for (int i = 0; i < 1'001; ++i) json += std::string(i ? "," : "") + R"({"content_text": "x"})";
    expect_one_line_error(read_feed_bytes(json + "]}", options), "too many entries");
}

TEST(FeedHostile, TheBlockLimitHoldsPerArticle) {
    ReadOptions options;
    options.limits.blocks = 10;
    std::string content;
    for (int i = 0; i < 11; ++i) content += "&lt;p&gt;Paragraph.&lt;/p&gt;";
    const auto outcome = read_feed_bytes(
        "<rss version=\"2.0\" "
        "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>F</title>"
        "<item><title>Long</title><content:encoded>" +
            content + "</content:encoded></item></channel></rss>",
        options);
    expect_one_line_error(outcome, "entry 1 (\"Long\"): too many blocks");
}

TEST(FeedHostile, DeepXmlNestingIsRefused) {
    for (const int depth : {250, 20'000}) {
        std::string feed =
            "<rss version=\"2.0\"><channel><title>Deep</title><item><title>T</title><description>";
        for (int i = 0; i < depth; ++i) feed += "<x>";
        for (int i = 0; i < depth; ++i) feed += "</x>";
        feed += "</description></item></channel></rss>";
        const auto outcome = read_feed_bytes(feed);
        EXPECT_TRUE(outcome.error.starts_with("feed: ")) << outcome.error;
        EXPECT_EQ(outcome.error.find('\n'), std::string::npos) << outcome.error;
        EXPECT_TRUE(outcome.error.find("nested too deeply") != std::string::npos ||
                    outcome.error.find("depth") != std::string::npos)
            << outcome.error;
    }
}

TEST(FeedHostile, DeepJsonNestingIsRefused) {
    std::string json = R"({"version": "https://jsonfeed.org/version/1.1", "items": [{"x": )";
    for (int i = 0; i < 100'000; ++i) json += "[";
    for (int i = 0; i < 100'000; ++i) json += "]";
    const auto outcome = read_feed_bytes(json + "}]}");
    expect_one_line_error(outcome, "nested too deeply");
}

TEST(FeedHostile, DeeplyNestedHtmlContentIsReadWithinBounds) {
    std::string content;
    for (int i = 0; i < 5'000; ++i) content += "&lt;div&gt;";
    content += "Deep text of the entry, long enough to count as a paragraph of its own here.";
    for (int i = 0; i < 5'000; ++i) content += "&lt;/div&gt;";
    const auto outcome = read_feed_bytes(
        "<rss version=\"2.0\"><channel><title>F</title><item><title>Deep</title><description>" + content +
        "</description></item></channel></rss>");
    ASSERT_EQ(outcome.error, "");
    ASSERT_EQ(outcome.collection.articles.size(), 1u);
    EXPECT_NE(test::everything(outcome.collection).find("Deep text of the entry"), std::string::npos);
}

TEST(FeedHostile, InputLargerThanTheLimitIsRefused) {
    ReadOptions options;
    options.limits.input_bytes = 1'000;
    expect_one_line_error(read_feed_bytes(rss_items(20), options), "too large");
}

}  // namespace
}  // namespace folio
