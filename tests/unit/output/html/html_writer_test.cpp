// Tests for the standalone HTML writer: a valid HTML5 page (libxml2's HTML parser) and well-formed
// XHTML (pugixml) with every part of the article, images embedded, nothing broken.
#include <gtest/gtest.h>

#include <libxml/HTMLparser.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "output/html/html_writer.hpp"
#include "tests/unit/output/html/xhtml_checks.hpp"
#include "tests/unit/output/json/sample_document.hpp"

namespace folio {

namespace {

using testing::collapsed;
using testing::nodes;
using testing::text_of;

std::string write(const Document& doc, const WriteOptions& options = {}) {
    Diagnostics diag;
    return write_html(doc, options, diag);
}

std::vector<std::uint8_t> test_photo() {
    std::ifstream in(std::filesystem::path(FOLIO_TEST_DATA) / "corpus/images/de_chile_lithium.jpg",
                     std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// What libxml2's HTML parser says about a page: its errors (apart from the HTML5 element names
// its HTML 4 parser does not know) and the number of elements of each kind it built.
struct HtmlParse {
    std::vector<std::string> errors;
    int paragraphs = 0;
    int figures = 0;
    std::string lang;
};

void count_elements(xmlNode* node, HtmlParse& parse) {
    for (; node != nullptr; node = node->next) {
        if (node->type != XML_ELEMENT_NODE) continue;
        const std::string name = reinterpret_cast<const char*>(node->name);
        if (name == "p") ++parse.paragraphs;
        if (name == "figure") ++parse.figures;
        if (name == "html") {
            xmlChar* lang = xmlGetProp(node, reinterpret_cast<const xmlChar*>("lang"));
            if (lang != nullptr) parse.lang = reinterpret_cast<const char*>(lang);
            xmlFree(lang);
        }
        count_elements(node->children, parse);
    }
}

void collect_error(void* context, xmlError* error) {
    if (error->code == XML_HTML_UNKNOWN_TAG) return;  // section, figure, … are HTML5
    static_cast<HtmlParse*>(context)->errors.push_back(error->message ? error->message : "?");
}

HtmlParse parse_html(const std::string& page) {
    HtmlParse parse;
    xmlSetStructuredErrorFunc(&parse, collect_error);
    htmlDocPtr tree = htmlReadMemory(page.data(), static_cast<int>(page.size()), "page.html", "UTF-8",
                                     HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    if (tree == nullptr) {
        parse.errors.push_back("no document");
        return parse;
    }
    count_elements(xmlDocGetRootElement(tree), parse);
    xmlFreeDoc(tree);
    return parse;
}

}  // namespace

TEST(HtmlWriter, PageIsHtml5WithLanguageCharsetAndStyle) {
    const std::string page = write(testing::sample_document());
    EXPECT_TRUE(page.starts_with("<!DOCTYPE html>\n<html")) << page.substr(0, 80);
    pugi::xml_document tree;
    testing::parse_xml(tree, page, "page");
    const pugi::xml_node html = tree.document_element();
    EXPECT_STREQ(html.attribute("lang").value(), "de");
    EXPECT_STREQ(html.attribute("xml:lang").value(), "de");
    EXPECT_STREQ(html.select_node("head/meta[@charset]").node().attribute("charset").value(), "utf-8");
    EXPECT_EQ(text_of(html.child("head").child("title")), testing::sample_document().meta.title);
    const std::string css = html.child("head").child("style").child_value();
    EXPECT_NE(css.find("hyphens: auto"), std::string::npos);
    EXPECT_NE(css.find(".credit"), std::string::npos);
    EXPECT_NE(css.find("prefers-color-scheme: dark"), std::string::npos);
    EXPECT_EQ(html.select_node("head/meta[@name='author']").node().attribute("content").value(),
              std::string("Frederic Spohr und Jannik Krahe"));
}

TEST(HtmlWriter, HtmlParserAcceptsThePageAndSeesTheSameElements) {
    const std::string page = write(testing::sample_document());
    const HtmlParse parse = parse_html(page);
    EXPECT_TRUE(parse.errors.empty()) << parse.errors.front();
    pugi::xml_document tree;
    testing::parse_xml(tree, page, "page");
    EXPECT_EQ(parse.paragraphs, static_cast<int>(nodes(tree, "//p").size()));
    EXPECT_EQ(parse.figures, static_cast<int>(nodes(tree, "//figure").size()));
    EXPECT_EQ(parse.lang, "de");
}

TEST(HtmlWriter, HasEveryPartOfTheArticle) {
    const Document doc = testing::sample_document();
    pugi::xml_document tree;
    testing::parse_xml(tree, write(doc), "page");
    testing::expect_article_content(doc, tree);
    const pugi::xml_node root = tree.document_element();
    EXPECT_EQ(text_of(root.select_node("//header/p[@class='byline']").node()),
              "Von Frederic Spohr und Jannik Krahe");
    const pugi::xml_node time = root.select_node("//header//time").node();
    EXPECT_STREQ(time.attribute("datetime").value(), "2023-09-12");
    EXPECT_EQ(text_of(time), "12.09.2023");
    EXPECT_EQ(text_of(root.select_node("//section[@id='section-1']/h2").node()), "Was Russland braucht");
    EXPECT_EQ(nodes(root, "//section[@id='section-1']/ul/li").size(), 2U);
    EXPECT_EQ(nodes(root, "//section[@id='section-1']/ol/li").size(), 2U);
    EXPECT_EQ(text_of(root.select_node("//figure[@class='quote']/blockquote").node()),
              "„Wir werden die Zusammenarbeit ausbauen.“");
    EXPECT_EQ(text_of(root.select_node("//figure[@class='quote']/figcaption").node()), "— Wladimir Putin");
    EXPECT_EQ(text_of(root.select_node("//div[@role='note']").node()),
              "Update: Der Artikel wurde am 13.09.2023 ergänzt.");
    EXPECT_EQ(nodes(root, "//hr").size(), 1U);
    EXPECT_EQ(text_of(root.select_node("//section[@id='authors']/h2").node()), "Über die Autoren");
    EXPECT_EQ(nodes(root, "//section[@id='authors']/div[@class='author']").size(), 2U);
    EXPECT_STREQ(
        root.select_node("//a[text()='Friedrich-Naumann-Stiftung']").node().attribute("href").value(),
        "https://example.org/stiftung");
    EXPECT_EQ(text_of(root.select_node("//footer[@class='source']").node()),
              "Quelle: Stiftung für die Freiheit, https://example.org/artikel/nordkorea © 2023 Stiftung");
}

TEST(HtmlWriter, InlineMarkupBecomesElements) {
    pugi::xml_document tree;
    testing::parse_xml(tree, write(testing::sample_document()), "page");
    const pugi::xml_node paragraph = tree.select_node("//p[em]").node();
    EXPECT_EQ(text_of(paragraph.child("em")), "unklar");
    EXPECT_EQ(text_of(paragraph.child("strong").child("em")), "Granaten");
    EXPECT_TRUE(paragraph.child("br"));
    EXPECT_EQ(std::string(paragraph.child("code").child_value()), "a<b");
    EXPECT_STREQ(paragraph.child("a").attribute("href").value(), "https://example.org/x");
}

TEST(HtmlWriter, FigureWithoutImageShowsCaptionAndCreditButNoImg) {
    pugi::xml_document tree;
    testing::parse_xml(tree, write(testing::sample_document()), "page");
    const pugi::xml_node figure = tree.select_node("//figure[@id='figure-1']").node();
    EXPECT_FALSE(figure.child("img"));
    EXPECT_STREQ(figure.attribute("class").value(), "figure no-image");
    EXPECT_EQ(nodes(tree, "//img").size(), 0U);
}

TEST(HtmlWriter, FigureImageIsEmbeddedAsDataUriWithAltText) {
    Document doc = testing::sample_document();
    std::get<Figure>(doc.blocks.front()).image = test_photo();
    ASSERT_FALSE(std::get<Figure>(doc.blocks.front()).image.empty());
    pugi::xml_document tree;
    testing::parse_xml(tree, write(doc), "page");
    const pugi::xml_node image = tree.select_node("//figure[@id='figure-1']/img").node();
    EXPECT_TRUE(std::string(image.attribute("src").value()).starts_with("data:image/jpeg;base64,/9j/"));
    EXPECT_STREQ(image.attribute("alt").value(), "Putin begrüßt Kim Jong Un");
    EXPECT_EQ(std::string(image.next_sibling().name()), "figcaption");
}

TEST(HtmlWriter, OptionImageIsAttachedToTheFirstFigure) {
    WriteOptions options;
    options.figure_image = test_photo();
    pugi::xml_document tree;
    testing::parse_xml(tree, write(testing::sample_document(), options), "page");
    EXPECT_EQ(nodes(tree, "//figure[@id='figure-1']/img").size(), 1U);

    Document no_figure;
    no_figure.meta.title = "Ohne Bild";
    no_figure.blocks.push_back(Paragraph{plain("Text."), ""});
    Diagnostics diag;
    write_html(no_figure, options, diag);
    ASSERT_EQ(diag.warnings.size(), 1U);
    EXPECT_NE(diag.warnings.front().find("no figure"), std::string::npos);
}

TEST(HtmlWriter, AuthorsLabelFollowsTheLanguage) {
    Document doc = testing::sample_document();
    for (const auto& [lang, label] : std::vector<std::pair<std::string, std::string>>{
             {"en", "About the authors"}, {"fr", "À propos des auteurs"}, {"de-CH", "Über die Autoren"}}) {
        doc.meta.lang = lang;
        pugi::xml_document tree;
        testing::parse_xml(tree, write(doc), lang);
        EXPECT_EQ(text_of(tree.select_node("//section[@id='authors']/h2").node()), label);
        EXPECT_STREQ(tree.document_element().attribute("lang").value(), lang.c_str());
    }
    doc.meta.authors.resize(1);
    doc.meta.lang = "en";
    pugi::xml_document tree;
    testing::parse_xml(tree, write(doc), "one author");
    EXPECT_EQ(text_of(tree.select_node("//section[@id='authors']/h2").node()), "About the author");
}

TEST(HtmlWriter, AuthorWithoutBioStillGetsAnEntry) {
    Document doc = testing::sample_document();
    doc.meta.authors[1].bio.clear();
    pugi::xml_document tree;
    testing::parse_xml(tree, write(doc), "page");
    const auto entries = nodes(tree, "//section[@id='authors']/div[@class='author']");
    ASSERT_EQ(entries.size(), 2U);
    EXPECT_EQ(text_of(entries[1]), "Jannik Krahe");
    EXPECT_FALSE(entries[0].select_node("p[@class='author-name']"));
}

TEST(HtmlWriter, ControlCharactersAndEmptyElementsStayValid) {
    Document doc;
    doc.meta.title = "Steuer\x01zeichen";
    doc.meta.lang = "en";
    doc.blocks.push_back(Paragraph{{text("A\x0B"
                                         "B "),
                                    emphasis({}), text(" C\r\n")},
                                   ""});
    doc.blocks.push_back(Paragraph{{link("javascript:alert(1)", {text("not a link")})}, ""});
    Diagnostics diag;
    const std::string page = write_html(doc, WriteOptions{}, diag);
    EXPECT_EQ(page.find("<em />"), std::string::npos);
    EXPECT_NE(page.find("<em></em>"), std::string::npos);
    pugi::xml_document tree;
    testing::parse_xml(tree, page, "page");
    EXPECT_EQ(text_of(tree.select_node("//h1").node()), "Steuerzeichen");
    EXPECT_EQ(nodes(tree, "//a").size(), 0U);
    EXPECT_EQ(text_of(tree.select_node("//article/p[2]").node()), "not a link");
    EXPECT_EQ(diag.warnings.size(), 1U);
    EXPECT_TRUE(parse_html(page).errors.empty());
}

TEST(HtmlWriter, MissingTitleAndLanguageHaveFallbacks) {
    Document doc;
    doc.blocks.push_back(Paragraph{plain("Nur ein Absatz."), ""});
    pugi::xml_document tree;
    testing::parse_xml(tree, write(doc), "page");
    EXPECT_STREQ(tree.document_element().attribute("lang").value(), "und");
    EXPECT_EQ(text_of(tree.select_node("//head/title").node()), "Untitled");
    EXPECT_FALSE(tree.select_node("//section[@id='authors']"));
}

TEST(HtmlWriter, OutputIsDeterministic) {
    EXPECT_EQ(write(testing::sample_document()), write(testing::sample_document()));
}

}  // namespace folio
