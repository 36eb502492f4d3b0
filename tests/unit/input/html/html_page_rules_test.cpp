// The HTML reader's page rules: metadata, the visible headline, main content by text density, page
// chrome and teasers left out, figures with their credit, headings, author boxes.
#include <gtest/gtest.h>

#include "html_test_pages.hpp"
#include "input/html/page_metadata.hpp"

namespace folio {
namespace {

using test::all_text;
using test::article_page;
using test::blocks_of;
using test::paragraph_texts;
using test::read_page;

TEST(Metadata, LanguageTagsAreReducedToTheLanguage) {
    EXPECT_EQ(html::language_of_tag("de-DE"), "de");
    EXPECT_EQ(html::language_of_tag("de_AT"), "de");
    EXPECT_EQ(html::language_of_tag(" EN "), "en");
    EXPECT_EQ(html::language_of_tag("zh-Hant-TW"), "zh-Hant");
    EXPECT_EQ(html::language_of_tag("x"), "");
}

TEST(Metadata, SiteNameIsCutFromTheTitle) {
    std::string site;
    EXPECT_EQ(html::title_without_site("Busan: Die Hafenstadt | Forum", &site), "Busan: Die Hafenstadt");
    EXPECT_EQ(site, "Forum");
    EXPECT_EQ(html::title_without_site("Night opening for the old harbour – The Daily", nullptr),
              "Night opening for the old harbour");
    EXPECT_EQ(html::title_without_site("Short | A much longer part that is the headline", nullptr),
              "Short | A much longer part that is the headline");
}

TEST(Metadata, JsonLdGivesAuthorsDateLanguageAndPublisher) {
    const Document doc = read_page(article_page(
        "",
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        "\"headline\":\"The harbour opens at night\",\"datePublished\":\"2024-05-02T08:00:00Z\","
        "\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},{\"@type\":\"Person\",\"name\":\"Bo "
        "Berg\"}],"
        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Harbour Times\"},\"inLanguage\":\"en-US\","
        "\"keywords\":\"harbour, nightlife\"}</script>"));
    ASSERT_EQ(doc.meta.authors.size(), 2u);
    EXPECT_EQ(doc.meta.authors[1].name, "Bo Berg");
    EXPECT_EQ(doc.meta.authors[1].family, "Berg");
    EXPECT_EQ(doc.meta.date, "2024-05-02");
    EXPECT_EQ(doc.meta.date_text, "");
    EXPECT_EQ(doc.meta.lang, "en");
    EXPECT_EQ(doc.meta.publisher, "Harbour Times");
    EXPECT_EQ(doc.meta.keywords, (std::vector<std::string>{"harbour", "nightlife"}));
}

TEST(Metadata, MalformedJsonLdIsSkipped) {
    const Document doc = read_page(article_page("",
                                                "<script type=\"application/ld+json\">{\"@type\": </script>"
                                                "<meta name=\"author\" content=\"Ann Lee, Bo Berg\">"));
    ASSERT_EQ(doc.meta.authors.size(), 2u);
    EXPECT_EQ(doc.meta.authors[0].name, "Ann Lee");
}

TEST(Title, VisibleHeadlineWinsOverMetadata) {
    const Document doc = read_page(article_page(
        "", "<meta property=\"og:title\" content=\"Night opening for the harbour: what changes\">"));
    EXPECT_EQ(doc.meta.title, "The harbour opens at night");
}

TEST(Title, MetadataHeadlineWhenThePageShowsNone) {
    std::string page = article_page("", "<meta property=\"og:title\" content=\"Harbour opens at night\">");
    page.replace(page.find("<h1>"), page.find("</h1>") + 5 - page.find("<h1>"), "");
    EXPECT_EQ(read_page(page).meta.title, "Harbour opens at night");
}

TEST(Title, ALogoHeadingIsNotTheTitle) {
    std::string page = article_page("");
    page.insert(page.find("<nav>"),
                "<header><h1 class=\"logo\"><a href=\"/\">Harbour Times</a></h1></header>");
    EXPECT_EQ(read_page(page).meta.title, "The harbour opens at night");
}

TEST(MainContent, ChromeAroundTheArticleIsLeftOut) {
    const std::string page =
        "<html><body><div class=\"cookie-banner\"><p>We use cookies to measure how our pages are used and to "
        "show you "
        "offers that match your interests.</p><a href=\"#\">OK</a></div><div id=\"wrap\"><div "
        "class=\"crumbs\"><a "
        "href=\"/\">Home</a> › <a href=\"/city\">City</a></div><div class=\"col-a\"><h1>The harbour opens at "
        "night</h1><div class=\"txt\"><p>The city council decided on Tuesday that the old harbour will stay "
        "open "
        "until midnight from May, after a trial that drew thousands of visitors.</p><p>Traders welcomed the "
        "decision, although some residents worry about noise, traffic and litter in the narrow "
        "streets.</p><p>The "
        "first late opening is planned for the second Saturday in May, weather "
        "permitting.</p></div></div><div "
        "class=\"col-b\"><div class=\"box\"><h3>Most read</h3><ul><li><a href=\"/a\">Bridge closed for "
        "repairs over "
        "the summer</a></li><li><a href=\"/b\">New ferry timetable from June</a></li></ul></div></div></div>"
        "<div class=\"bottom\"><a href=\"/imprint\">Imprint</a> | <a "
        "href=\"/privacy\">Privacy</a></div></body></html>";
    const Document doc = read_page(page);
    EXPECT_EQ(paragraph_texts(doc).size(), 3u);
    const std::string text = all_text(doc);
    for (const char* noise : {"cookies", "Home", "Most read", "Bridge closed", "Imprint"})
        EXPECT_EQ(text.find(noise), std::string::npos) << noise;
}

TEST(MainContent, LongCommentsDoNotOutweighTheArticle) {
    std::string comments = "<div id=\"comments\"><h2>Comments</h2>";
    for (int i = 0; i < 6; ++i)
        comments +=
            "<div class=\"comment-body\"><p>I have lived next to the harbour for thirty years and I can tell "
            "you that the noise at night will be unbearable for everyone who lives in the old "
            "town.</p></div>";
    std::string page = article_page("");
    page.insert(page.find("<footer>"), comments + "</div>");
    const Document doc = read_page(page);
    EXPECT_EQ(paragraph_texts(doc).size(), 3u);
    EXPECT_EQ(all_text(doc).find("thirty years"), std::string::npos);
}

TEST(MainContent, RelatedTeaserArticlesInsideTheArticleAreLeftOut) {
    const Document doc = read_page(article_page(
        "<section><h2>Related</h2><article class=\"card\"><h3><a href=\"/x\">Ferry strike ends after three "
        "days</a></h3><p>Crews return to work.</p></article><article class=\"card\"><h3><a href=\"/y\">The "
        "lighthouse "
        "gets a new lamp</a></h3><p>A glimpse inside.</p></article></section>"));
    EXPECT_EQ(paragraph_texts(doc).size(), 3u);
    EXPECT_TRUE(blocks_of<Heading>(doc).empty());
    EXPECT_EQ(all_text(doc).find("Ferry strike"), std::string::npos);
}

TEST(MainContent, ShareAndTagLinksAreLeftOut) {
    const Document doc = read_page(article_page(
        "<div class=\"social-share\"><span>Share:</span> <a href=\"#\">Mastodon</a> <a "
        "href=\"#\">Email</a></div>"
        "<p class=\"tags\">Tags: <a href=\"/t/harbour\">harbour</a>, <a href=\"/t/night\">night</a></p>"));
    EXPECT_EQ(paragraph_texts(doc).size(), 3u);
    EXPECT_EQ(all_text(doc).find("Mastodon"), std::string::npos);
}

TEST(Structure, BoldLineIsAHeadingButABoldLeadIsNot) {
    const Document doc = read_page(article_page("<p><b>What the traders say</b></p>"));
    const auto headings = blocks_of<Heading>(doc);
    ASSERT_EQ(headings.size(), 1u);
    EXPECT_EQ(to_plain_text(headings[0]->content), "What the traders say");
    EXPECT_EQ(headings[0]->level, 2);
}

TEST(Structure, HeadingLevelsStartAtTwo) {
    const Document doc =
        read_page(article_page("<h3>Traders</h3><p>They are happy about the decision and say so "
                               "loudly.</p><h4>Residents</h4><p>They are less happy about it and "
                               "say so even louder.</p>"));
    const auto headings = blocks_of<Heading>(doc);
    ASSERT_EQ(headings.size(), 2u);
    EXPECT_EQ(headings[0]->level, 2);
    EXPECT_EQ(headings[1]->level, 3);
}

TEST(Structure, InlineMarkupAndLinksAreKept) {
    const Document doc =
        read_page(article_page("<p>The <em>Solveig</em> ferry, <strong>new</strong> in "
                               "<a href=\"https://example.org/x\">the fleet</a>, runs all night long.</p>"));
    const auto paragraphs = blocks_of<Paragraph>(doc);
    ASSERT_EQ(paragraphs.size(), 4u);
    const Inlines& content = paragraphs[2]->content;
    ASSERT_EQ(content.size(), 7u);
    EXPECT_EQ(content[1].kind, Inline::Kind::Emphasis);
    EXPECT_EQ(content[3].kind, Inline::Kind::Strong);
    EXPECT_EQ(content[5].kind, Inline::Kind::Link);
    EXPECT_EQ(content[5].href, "https://example.org/x");
}

TEST(Structure, FirstParagraphIsTheLeadUnlessThereIsASubtitle) {
    Document doc = read_page(article_page(""));
    EXPECT_EQ(blocks_of<Paragraph>(doc)[0]->role, "lead");
    std::string page = article_page("");
    page.insert(page.find("</h1>") + 5, "<p class=\"deck\">Late opening from May</p>");
    doc = read_page(page);
    EXPECT_EQ(doc.meta.subtitle, "Late opening from May");
    EXPECT_EQ(blocks_of<Paragraph>(doc)[0]->role, "");
}

TEST(Figures, CreditElementMarkerAndLineBreak) {
    const Document doc = read_page(article_page(
        "<figure><img src=\"a.jpg\" alt=\"Quay\"><figcaption>The quay at night <small class=\"credit\">Jo "
        "Ng/Agency</small></figcaption></figure>"
        "<figure><img src=\"b.jpg\"><figcaption>Crowds on the quay. Foto: Jo Ng</figcaption></figure>"
        "<div class=\"pic\"><img src=\"c.jpg\" width=\"800\" height=\"500\"><br>The market hall<br>Jo "
        "Ng</div>"));
    const auto figures = blocks_of<Figure>(doc);
    ASSERT_EQ(figures.size(), 3u);
    EXPECT_EQ(figures[0]->alt, "Quay");
    EXPECT_EQ(to_plain_text(figures[0]->caption), "The quay at night");
    EXPECT_EQ(figures[0]->credit, "Jo Ng/Agency");
    EXPECT_EQ(to_plain_text(figures[1]->caption), "Crowds on the quay.");
    EXPECT_EQ(figures[1]->credit, "Foto: Jo Ng");
    EXPECT_EQ(figures[2]->src, "c.jpg");
    EXPECT_EQ(to_plain_text(figures[2]->caption), "The market hall");
    EXPECT_EQ(figures[2]->credit, "Jo Ng");
}

TEST(Figures, IconsAndLazyPlaceholdersAreHandled) {
    const Document doc =
        read_page(article_page("<p><img src=\"icon.png\" width=\"16\" height=\"16\"> Small icons inside the "
                               "text are no figures at all, "
                               "they belong to the words.</p><figure><img "
                               "src=\"data:image/gif;base64,R0lGOD\" data-src=\"real.jpg\" "
                               "alt=\"Lazy\"><figcaption>Loaded later</figcaption></figure>"));
    const auto figures = blocks_of<Figure>(doc);
    ASSERT_EQ(figures.size(), 1u);
    EXPECT_EQ(figures[0]->src, "real.jpg");
}

TEST(Figures, ImageWrittenIntoThePageIsTheSourceButAPlaceholderIsNot) {
    const std::string photo = "data:image/jpeg;base64,/9j/" + std::string(2000, 'A');
    const Document doc = read_page(article_page(
        "<figure><img src=\"" + photo +
        "\" alt=\"Saved\"><figcaption>Saved in the page</figcaption></figure>"
        "<p>Text between the two figures is long enough to be a paragraph of the article body.</p>"
        "<figure><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"Spacer\"><figcaption>Spacer "
        "only</figcaption></figure>"));
    const auto figures = blocks_of<Figure>(doc);
    ASSERT_GE(figures.size(), 1u);
    EXPECT_EQ(figures[0]->src, photo);
    for (const Figure* figure : figures)
        EXPECT_FALSE(figure->src.starts_with("data:image/gif")) << figure->alt;
}

TEST(Authors, AuthorBoxWithoutMetadata) {
    const Document doc = read_page(article_page(
        "<div class=\"author-bio\" itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><img "
        "src=\"p.jpg\" width=\"90\" height=\"90\"><span itemprop=\"name\">Ann Lee</span><p>Ann Lee reports "
        "on the "
        "city's harbour and transport for the paper.</p></div>"));
    ASSERT_EQ(doc.meta.authors.size(), 1u);
    EXPECT_EQ(doc.meta.authors[0].name, "Ann Lee");
    EXPECT_EQ(to_plain_text(doc.meta.authors[0].bio),
              "Ann Lee reports on the city's harbour and transport for the paper.");
    EXPECT_TRUE(blocks_of<Figure>(doc).empty());
    EXPECT_EQ(paragraph_texts(doc).size(), 3u);
}

TEST(Authors, BylineNamesWhenNothingElseNamesThem) {
    std::string page = article_page("");
    page.insert(page.find("</h1>") + 5, "<p class=\"byline\">By Ann Lee and Bo Berg</p>");
    const Document doc = read_page(page);
    ASSERT_EQ(doc.meta.authors.size(), 2u);
    EXPECT_EQ(doc.meta.authors[0].name, "Ann Lee");
    EXPECT_EQ(doc.meta.authors[1].name, "Bo Berg");
    EXPECT_EQ(all_text(doc).find("By Ann"), std::string::npos);
}

TEST(Authors, LabelledBioParagraphsAtTheEnd) {
    std::string page = article_page("");
    page.insert(page.find("</article>"),
                "<h3>About the author</h3><p>Ann Lee is a reporter at the paper and "
                "writes about the harbour.</p>");
    const Document doc = read_page(page);
    ASSERT_EQ(doc.meta.authors.size(), 1u);
    EXPECT_EQ(doc.meta.authors[0].name, "Ann Lee");
    EXPECT_EQ(paragraph_texts(doc).size(), 3u);
    EXPECT_TRUE(blocks_of<Heading>(doc).empty());
}

TEST(Notes, UpdateLineBecomesANote) {
    const Document doc = read_page(article_page("<p><i>Update: The opening was moved to June.</i></p>"));
    const auto notes = blocks_of<Note>(doc);
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_EQ(to_plain_text(notes[0]->content), "Update: The opening was moved to June.");
    EXPECT_EQ(paragraph_texts(doc).size(), 3u);
}

}  // namespace
}  // namespace folio
