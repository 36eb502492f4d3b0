// The HTML reader on deeply nested pages: void elements libxml2 does not know (wbr, source, track) stay
// void, and nesting beyond the reader's limit keeps every word and says so in a warning naming the limit.
#include <gtest/gtest.h>

#include "html_test_pages.hpp"
#include "input/html/html_parser.hpp"
#include "input/html/tag_nesting.hpp"

namespace folio {
namespace {

using test::all_text;
using test::article_page;
using test::paragraph_texts;
using test::read_page;

const std::string kClosing = "The first late opening is planned for the second Saturday in May";

bool mentions_depth_limit(const std::vector<std::string>& warnings) {
    for (const std::string& w : warnings)
        if (w.find("deeper than") != std::string::npos) return true;
    return false;
}

TEST(Nesting, ManyWordBreakOpportunitiesKeepTheRestOfTheArticle) {
    std::string long_word;
    for (int i = 0; i < 300; ++i) long_word += "syl<wbr>";
    Diagnostics diag;
    const Document doc = read_page(article_page("<p>Long words: " + long_word + "end of it.</p>"), diag);
    const std::string text = all_text(doc);
    EXPECT_NE(text.find("sylsylsyl"), std::string::npos);
    EXPECT_NE(text.find("end of it."), std::string::npos);
    EXPECT_NE(text.find(kClosing), std::string::npos);
    EXPECT_FALSE(mentions_depth_limit(diag.warnings)) << ::testing::PrintToString(diag.warnings);
}

TEST(Nesting, PictureWithManySourcesKeepsTheFollowingParagraphs) {
    std::string picture = "<figure><picture>";
    for (int i = 0; i < 300; ++i)
        picture += "<source srcset=\"/img/" + std::to_string(i) +
                   ".webp\" media=(min-width:" + std::to_string(i) + "px)>";
    picture +=
        "<track kind=captions src=x.vtt><img src=\"/img/p.jpg\" alt=\"The quay\"></picture>"
        "<figcaption>The quay at dusk.</figcaption></figure>";
    Diagnostics diag;
    const Document doc = read_page(article_page(picture), diag);
    const std::string text = all_text(doc);
    EXPECT_NE(text.find("The quay at dusk."), std::string::npos);
    EXPECT_NE(text.find(kClosing), std::string::npos);
    EXPECT_FALSE(mentions_depth_limit(diag.warnings)) << ::testing::PrintToString(diag.warnings);
}

TEST(Nesting, ContentBeyondTheDepthLimitIsKeptWithAWarningNamingTheLimit) {
    std::string deep;
    for (int i = 0; i < 400; ++i) deep += "<div class=\"wrap\">";
    deep += "<p>Deep down in the page there is a paragraph that still belongs to the article text.</p>";
    for (int i = 0; i < 400; ++i) deep += "</div>";
    Diagnostics diag;
    const Document doc = read_page(article_page(deep), diag);
    const std::string text = all_text(doc);
    EXPECT_NE(text.find("Deep down in the page"), std::string::npos);
    EXPECT_NE(text.find(kClosing), std::string::npos);
    bool named = false;
    for (const std::string& w : diag.warnings)
        named = named ||
                w.find("deeper than " + std::to_string(html::kMaxTreeDepth) + " levels") != std::string::npos;
    EXPECT_TRUE(named) << ::testing::PrintToString(diag.warnings);
}

TEST(Nesting, BoundingWritesOutVoidTagsAndImpliedEndTagsOnlyInAnOrdinaryPage) {
    const std::string page =
        "<p class=\"a>b\" title='x'>One<wbr>two<br>three<source src=a.webp><img src=\"x.jpg\"/></p>"
        "<script>if (a<b) document.write('<wbr>');</script><!-- <div> --><ul><li>a<li>b</ul>";
    const html::BoundedMarkup bounded = html::bound_nesting(page, 3);
    EXPECT_EQ(bounded.dropped_tags, 0u);
    EXPECT_EQ(
        bounded.html,
        "<p class=\"a>b\" title='x'>One<wbr />two<br />three<source src=a.webp /><img src=\"x.jpg\"/></p>"
        "<script>if (a<b) document.write('<wbr>');</script><!-- <div> --><ul><li>a</li><li>b</ul>");
}

// libxml2's HTML 4 rules nest a dd in an open dd and keep nesting; HTML closes the open one (and a heading
// never holds another). Each implied end tag is written out, so no depth builds up and nothing is cut.
TEST(Nesting, ElementsThatCloseTheirSiblingsBuildNoDepth) {
    for (const std::string tag : {"dd", "dt", "h2", "li", "p"}) {
        std::string run = "<p>Start of the list.";
        for (int i = 0; i < 400; ++i)
            run += "<" + tag + ">Item number " + std::to_string(i) + " of the list. ";
        Diagnostics diag;
        const Document doc = read_page(article_page(run), diag);
        const std::string text = all_text(doc);
        EXPECT_NE(text.find("Item number 399 of the list."), std::string::npos) << tag;
        EXPECT_NE(text.find(kClosing), std::string::npos) << tag;
        EXPECT_FALSE(mentions_depth_limit(diag.warnings)) << tag << ::testing::PrintToString(diag.warnings);
    }
}

TEST(Nesting, BoundingDropsTagsBelowTheLimitAndTheirEndTags) {
    const html::BoundedMarkup bounded = html::bound_nesting("<div><div><div><b>x</b></div></div></div>y", 2);
    EXPECT_EQ(bounded.html, "<div><div>x</div></div>y");
    EXPECT_EQ(bounded.dropped_tags, 4u);
}

}  // namespace
}  // namespace folio
