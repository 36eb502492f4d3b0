// The DocBook writer's mapping of every model field, checked with XPath on documents built in code.
#include "output/docbook/docbook_writer.hpp"

#include <gtest/gtest.h>

#include <pugixml.hpp>

#include "tests/unit/output/docbook/docbook_sample.hpp"

namespace folio {

namespace {

std::string write(const Document& doc, Diagnostics& diag) { return write_docbook(doc, WriteOptions{}, diag); }

pugi::xml_document parse(const std::string& xml) {
    pugi::xml_document dom;
    const pugi::xml_parse_result result = dom.load_string(xml.c_str(), pugi::parse_default | pugi::parse_pi);
    EXPECT_TRUE(result) << result.description();
    return dom;
}

std::string text_at(const pugi::xml_document& dom, const char* xpath) {
    return dom.select_node(xpath).node().text().as_string();
}

std::string value_at(const pugi::xml_document& dom, const char* xpath) {
    return dom.select_node(xpath).attribute().value();
}

class DocbookWriter : public ::testing::Test {
protected:
    Diagnostics diag;
    std::string xml = write(docbook_test::sample_document(), diag);
    pugi::xml_document dom = parse(xml);
};

}  // namespace

TEST_F(DocbookWriter, ArticleIsDocbookFiveWithLanguage) {
    EXPECT_EQ(
        xml.rfind(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<article xmlns=\"http://docbook.org/ns/docbook\"",
            0),
        0u);
    EXPECT_EQ(value_at(dom, "/article/@version"), "5.0");
    EXPECT_EQ(value_at(dom, "/article/@xml:lang"), "de");
}

TEST_F(DocbookWriter, InfoHoldsTitleBlockDatesAndIdentifiers) {
    EXPECT_EQ(text_at(dom, "/article/info/title"), "Häfen & Schiffe <heute>");
    EXPECT_EQ(text_at(dom, "/article/info/subtitle"), "Ein Untertitel");
    EXPECT_EQ(text_at(dom, "/article/info/subjectset[@role='kicker']/subject/subjectterm"), "Südkorea");
    EXPECT_EQ(text_at(dom, "/article/info/pubdate"), "2024-03-05");
    EXPECT_EQ(text_at(dom, "/article/info/date[@role='printed']"), "05.03.2024");
    EXPECT_EQ(text_at(dom, "/article/info/publisher/publishername"), "Stiftung für die Freiheit");
    EXPECT_EQ(text_at(dom, "/article/info/biblioid[@role='source' and @class='uri']"),
              "https://news.example/artikel?id=1&x=2");
    EXPECT_EQ(text_at(dom, "/article/info/biblioid[@role='identifier']"), "urn:sha256:abc123");
    EXPECT_EQ(dom.select_nodes("/article/info/keywordset/keyword").size(), 2u);
    EXPECT_EQ(text_at(dom, "/article/info/legalnotice/para"), "© 2024 Stiftung");
}

TEST_F(DocbookWriter, OneAuthorPerPersonWithNamePartsAndBio) {
    const pugi::xpath_node_set authors = dom.select_nodes("/article/info/author");
    ASSERT_EQ(authors.size(), 3u);
    EXPECT_EQ(text_at(dom, "/article/info/author[1]/personname/firstname"), "Frederic");
    EXPECT_EQ(text_at(dom, "/article/info/author[1]/personname/surname"), "Spohr");
    EXPECT_TRUE(dom.select_node("/article/info/author[1]/personname/othername").node().empty());
    EXPECT_EQ(text_at(dom, "/article/info/author[1]/personblurb/para"),
              "Frederic Spohr leitet das Büro in Seoul.");
    EXPECT_EQ(text_at(dom, "/article/info/author[2]/personname/othername[@role='display']"), "Dr. Anna Lee");
    EXPECT_TRUE(dom.select_node("/article/info/author[2]/personblurb").node().empty());
    EXPECT_EQ(text_at(dom, "/article/info/author[3]/personname"), "Redaktion");
    EXPECT_NE(xml.find("<para>Die <emphasis>Redaktion</emphasis> schreibt.</para>"), std::string::npos);
}

TEST_F(DocbookWriter, KickerIsTheFirstParagraphOfTheBody) {
    EXPECT_STREQ(dom.select_node("/article/*[2]").node().name(), "para");
    EXPECT_EQ(text_at(dom, "/article/*[2][@role='kicker']"), "Südkorea");
}

TEST_F(DocbookWriter, BiosCloseTheArticleAsASectionNamingAuthorsTheirBioDoesNotName) {
    const pugi::xml_node section = dom.select_node("/article/*[last()]").node();
    EXPECT_STREQ(section.name(), "section");
    EXPECT_STREQ(section.attribute("role").value(), "authors");
    EXPECT_STREQ(section.child("title").text().as_string(), "Über die Autoren");
    const pugi::xpath_node_set paras = section.select_nodes("para");
    // As in the other writers, every author has an entry: the name where the bio does not say it.
    ASSERT_EQ(paras.size(), 3u);
    EXPECT_STREQ(paras[0].node().attribute("role").value(), "bio");
    EXPECT_STREQ(paras[0].node().text().as_string(), "Frederic Spohr leitet das Büro in Seoul.");
    EXPECT_STREQ(paras[1].node().attribute("role").value(), "author-name");
    EXPECT_STREQ(paras[1].node().text().as_string(), "Dr. Anna Lee");
    EXPECT_STREQ(paras[2].node().attribute("role").value(), "bio");
}

TEST_F(DocbookWriter, FigureTitleHoldsCaptionAndCreditOnce) {
    const pugi::xml_node figure = dom.select_node("/article/figure").node();
    ASSERT_FALSE(figure.empty());
    EXPECT_EQ(std::string(figure.child("title").first_child().value()), "Der Hafen von Busan bei Nacht ");
    EXPECT_STREQ(figure.select_node("title/phrase[@role='credit']").node().text().as_string(),
                 "© picture alliance / ASSOCIATED PRESS | Vladimir Smirnov");
    const pugi::xml_node media = figure.child("mediaobject");
    EXPECT_TRUE(media.child("caption").empty());
    EXPECT_TRUE(media.select_node("info/bibliomisc").node().empty());
    EXPECT_STREQ(media.select_node("imageobject/imagedata/@fileref").attribute().value(), "images/hafen.jpg");
    EXPECT_STREQ(media.select_node("imageobject/imagedata/@format").attribute().value(), "JPG");
    EXPECT_STREQ(media.child("alt").text().as_string(), "Containerschiffe im Hafen");
    EXPECT_STREQ(media.select_node("textobject/phrase").node().text().as_string(),
                 "Containerschiffe im Hafen");
    EXPECT_STREQ(media.select_node("info/othercredit[@otherclass='photographer']/personname")
                     .node()
                     .text()
                     .as_string(),
                 "Vladimir Smirnov");
    EXPECT_STREQ(
        media.select_node("info/othercredit[@otherclass='rightsholder']/orgname").node().text().as_string(),
        "picture alliance / ASSOCIATED PRESS");
}

TEST_F(DocbookWriter, FigureWithOnlyACreditIsTitledByTheCredit) {
    pugi::xpath_node_set figures = dom.select_nodes("//figure");
    ASSERT_EQ(figures.size(), 2u);
    const pugi::xml_node figure = figures[1].node();
    EXPECT_STREQ(figure.select_node("title/phrase[@role='credit']").node().text().as_string(),
                 "Foto: Hanna Schubert");
    EXPECT_STREQ(figure.select_node("mediaobject/info/othercredit[@otherclass='photographer']/personname")
                     .node()
                     .text()
                     .as_string(),
                 "Hanna Schubert");
    EXPECT_TRUE(figure.select_node("mediaobject/imageobject").node().empty());
    // Without an image a text object stands in for it.
    EXPECT_FALSE(figure.select_node("mediaobject/textobject/phrase").node().empty());
}

TEST(DocbookFigure, WithoutCaptionOrCreditIsInformalAndAnAltRepeatingTheCaptionIsNotPrinted) {
    Document doc;
    doc.meta.title = "T";
    doc.meta.lang = "en";
    Figure bare;
    bare.alt = "A harbour crane";
    Figure repeated;
    repeated.alt = "Cranes at dusk";
    repeated.caption = {text("Cranes at dusk")};
    doc.blocks = {bare, repeated};
    Diagnostics diag;
    const pugi::xml_document dom = parse(write(doc, diag));
    EXPECT_EQ(text_at(dom, "/article/informalfigure/mediaobject/alt"), "A harbour crane");
    EXPECT_EQ(text_at(dom, "/article/informalfigure/mediaobject/textobject/phrase"), "A harbour crane");
    EXPECT_EQ(text_at(dom, "/article/figure/mediaobject/alt"), "Cranes at dusk");
    EXPECT_EQ(text_at(dom, "/article/figure/mediaobject/textobject/phrase"), "");
}

TEST_F(DocbookWriter, HeadingsNestAsSectionsAndEmptyOnesAreBridgeheads) {
    EXPECT_EQ(text_at(dom, "/article/section[1]/title"), "Erster Abschnitt");
    EXPECT_EQ(text_at(dom, "/article/section[1]/section[@role='sect3']/title"), "Sprung auf Ebene vier");
    EXPECT_EQ(text_at(dom, "/article/section[1]/section/bridgehead[@renderas='sect2']"), "Leere Überschrift");
    EXPECT_EQ(text_at(dom, "/article/section[2]/title"), "Zweiter Abschnitt");
    EXPECT_TRUE(dom.select_node("/article/section[2]/@role").attribute().empty());
    EXPECT_EQ(text_at(dom, "/article/section[2]/bridgehead[@renderas='sect2']"), "Am Ende");
}

TEST_F(DocbookWriter, BlocksMapToTheirElements) {
    EXPECT_EQ(text_at(dom, "/article/para[@role='lead']"), "Der Lead des Artikels.");
    EXPECT_EQ(dom.select_nodes("//itemizedlist/listitem/para").size(), 2u);
    EXPECT_EQ(text_at(dom, "//orderedlist/listitem[2]/para/emphasis[@role='strong']"), "zweitens");
    EXPECT_EQ(text_at(dom, "//blockquote[1]/attribution"), "Kim Jong Un");
    EXPECT_EQ(text_at(dom, "//blockquote[1]/para"), "„Ein Zitat.“");
    EXPECT_TRUE(dom.select_node("//blockquote[2]/attribution").node().empty());
    EXPECT_EQ(text_at(dom, "//note/para"), "Update: Der Artikel wurde ergänzt.");
    EXPECT_EQ(text_at(dom, "//simpara[@role='thematic-break']"), "* * *");
}

TEST_F(DocbookWriter, InlineMarkupStaysOnOneLine) {
    EXPECT_NE(
        xml.find(
            "<para>Text mit <emphasis>Betonung</emphasis>, <emphasis role=\"strong\">Nachdruck</emphasis>, "
            "<link xlink:href=\"https://example.org/a?b=1&amp;c=2\">Link</link>, <code>x &lt; y</code>"
            "<?linebreak?>und  zwei Leerzeichen.</para>"),
        std::string::npos);
}

TEST_F(DocbookWriter, OutputIsDeterministic) {
    Diagnostics again;
    EXPECT_EQ(write(docbook_test::sample_document(), again), xml);
}

TEST(DocbookWriterRepairs, ControlCharactersAreStrippedWithAWarning) {
    Document doc;
    doc.meta.title = "Titel\x01mit\x1F Steuerzeichen";
    doc.meta.lang = "de";
    doc.blocks.push_back(Paragraph{plain("a\x0B"
                                         "b\tc\rd"),
                                   ""});
    Diagnostics diag;
    const std::string xml = write(doc, diag);
    EXPECT_NE(xml.find("<title>Titelmit Steuerzeichen</title>"), std::string::npos);
    EXPECT_NE(xml.find("<para>ab\tc&#13;d</para>"), std::string::npos);
    ASSERT_FALSE(diag.warnings.empty());
    EXPECT_NE(diag.warnings.front().find("control characters"), std::string::npos);
}

TEST(DocbookWriterRepairs, ImageBytesWithoutSourceGetADeterministicNameAndAWarning) {
    Document doc;
    doc.meta.title = "T";
    doc.meta.lang = "en";
    Figure figure;
    figure.image = {0xFF, 0xD8, 0xFF};
    figure.media_type = "image/jpeg";
    doc.blocks.push_back(figure);
    Diagnostics diag;
    const pugi::xml_document dom = parse(write(doc, diag));
    EXPECT_EQ(value_at(dom, "//informalfigure/mediaobject/imageobject/imagedata/@fileref"),
              "images/figure-1.jpg");
    ASSERT_EQ(diag.warnings.size(), 1u);
    EXPECT_NE(diag.warnings[0].find("images/figure-1.jpg"), std::string::npos);
}

TEST(DocbookWriterRepairs, EmptyDocumentStillHasABodyAndWarns) {
    Diagnostics diag;
    const pugi::xml_document dom = parse(write(Document{}, diag));
    EXPECT_FALSE(dom.select_node("/article/para").node().empty());
    EXPECT_GE(diag.warnings.size(), 2u);  // no title, no language, no body
}

}  // namespace folio
