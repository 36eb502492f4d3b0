// Tests for making a saved page's links absolute: RFC 3986 resolution and the page's own address.
#include "input/html/page_links.hpp"

#include <gtest/gtest.h>

#include "tests/unit/input/html/html_test_pages.hpp"

namespace folio::html {
namespace {

constexpr std::string_view kBase = "http://a.example/b/c/d;p?q";

TEST(PageLinks, ResolvesLikeRfc3986) {
    EXPECT_EQ(resolve_url(kBase, "g"), "http://a.example/b/c/g");
    EXPECT_EQ(resolve_url(kBase, "./g"), "http://a.example/b/c/g");
    EXPECT_EQ(resolve_url(kBase, "g/"), "http://a.example/b/c/g/");
    EXPECT_EQ(resolve_url(kBase, "/g"), "http://a.example/g");
    EXPECT_EQ(resolve_url(kBase, "//g.example/x"), "http://g.example/x");
    EXPECT_EQ(resolve_url(kBase, "?y"), "http://a.example/b/c/d;p?y");
    EXPECT_EQ(resolve_url(kBase, "g?y#s"), "http://a.example/b/c/g?y#s");
    EXPECT_EQ(resolve_url(kBase, "../g"), "http://a.example/b/g");
    EXPECT_EQ(resolve_url(kBase, "../.."), "http://a.example/");
    EXPECT_EQ(resolve_url(kBase, "../../../g"), "http://a.example/g");
    EXPECT_EQ(resolve_url(kBase, "/./g/../h"), "http://a.example/h");
    EXPECT_EQ(resolve_url("https://a.example", "g"), "https://a.example/g");
}

TEST(PageLinks, AbsoluteReferencesStayAsTheyAre) {
    EXPECT_EQ(resolve_url(kBase, "https://other.example/x"), "https://other.example/x");
    EXPECT_EQ(resolve_url(kBase, "mailto:desk@a.example"), "mailto:desk@a.example");
}

TEST(PageLinks, WebUrls) {
    EXPECT_TRUE(is_web_url("https://a.example/x"));
    EXPECT_TRUE(is_web_url("HTTP://a.example"));
    EXPECT_FALSE(is_web_url("file:///home/page.html"));
    EXPECT_FALSE(is_web_url("/news/page.html"));
    EXPECT_FALSE(is_web_url(""));
}

TEST(PageLinks, RelativeLinksOfAPageWithAnAddressBecomeAbsolute) {
    const Document doc = test::read_page(test::article_page(
        "<p>See <a href=\"/news/quay\">the earlier report</a> and <a href=\"map.html\">the "
        "map</a> for the route of the night market along the old harbour wall.</p>",
        "<link rel=\"canonical\" href=\"https://paper.example/city/harbour.html\">"));
    std::vector<std::string> targets;
    for (const Paragraph* paragraph : test::blocks_of<Paragraph>(doc))
        for (const Inline& piece : paragraph->content)
            if (piece.kind == Inline::Kind::Link) targets.push_back(piece.href);
    EXPECT_EQ(targets, (std::vector<std::string>{"https://paper.example/news/quay",
                                                 "https://paper.example/city/map.html"}));
}

TEST(PageLinks, WithoutAnAddressLinksAreKeptAsWritten) {
    std::vector<Block> blocks{Paragraph{{link("map.html", plain("map"))}, ""}};
    std::vector<Person> authors;
    make_links_absolute(blocks, authors, "");
    EXPECT_EQ(std::get<Paragraph>(blocks[0]).content[0].href, "map.html");
}

}  // namespace
}  // namespace folio::html
