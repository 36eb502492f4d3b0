// The HTML reader on broken markup and odd encodings: unclosed and misnested tags, charsets, entities
// without semicolon, deep nesting. Each gives a sensible article, not an error.
#include <gtest/gtest.h>

#include "html_test_pages.hpp"
#include "input/html/bare_entities.hpp"
#include "input/html/page_charset.hpp"

namespace folio {
namespace {

using test::paragraph_texts;
using test::read_page;

const std::string kLongSentence =
    "The council met on Tuesday evening and decided, after a long debate, to keep the harbour open at night.";

TEST(BrokenMarkup, UnclosedParagraphsAndListItemsCloseThemselves) {
    const Document doc =
        read_page("<html><body><h1>Night harbour<p>" + kLongSentence + "<p>" + kLongSentence +
                  " Again.<ul><li>first point<li>second point</ul><p>" + kLongSentence + " End.");
    EXPECT_EQ(doc.meta.title, "Night harbour");
    ASSERT_EQ(paragraph_texts(doc).size(), 3u);
    EXPECT_EQ(paragraph_texts(doc)[1], kLongSentence + " Again.");
    const auto lists = test::blocks_of<List>(doc);
    ASSERT_EQ(lists.size(), 1u);
    EXPECT_EQ(to_plain_text(lists[0]->items[1]), "second point");
}

TEST(BrokenMarkup, MisnestedInlineTagsKeepEveryWord) {
    const Document doc = read_page("<html><body><h1>Title</h1><p>" + kLongSentence +
                                   " Then <b>bold <i>both</b> italic</i> plain.</p>");
    ASSERT_EQ(paragraph_texts(doc).size(), 1u);
    EXPECT_EQ(paragraph_texts(doc)[0], kLongSentence + " Then bold both italic plain.");
}

TEST(BrokenMarkup, StrayClosingTagsAndMissingHtmlBodyAreRepaired) {
    Diagnostics diag;
    const Document doc = read_page("<h1>Title</h1></span></div><p>" + kLongSentence + "</p></td></p>", diag);
    EXPECT_EQ(doc.meta.title, "Title");
    EXPECT_EQ(paragraph_texts(doc), std::vector<std::string>{kLongSentence});
}

TEST(BrokenMarkup, ScriptAndStyleNeverBecomeText) {
    const Document doc =
        read_page("<h1>Title</h1><script>var s = '</div><p>not text</p>';</script><style>p{}</style><p>" +
                  kLongSentence + "</p>");
    EXPECT_EQ(test::all_text(doc).find("not text"), std::string::npos);
    EXPECT_EQ(paragraph_texts(doc), std::vector<std::string>{kLongSentence});
}

TEST(BrokenMarkup, DeepNestingIsReadWithoutError) {
    std::string page = "<h1>Deep</h1>";
    for (int i = 0; i < 150; ++i) page += "<div>";
    page += "<p>" + kLongSentence + "</p>";
    EXPECT_EQ(paragraph_texts(read_page(page)), std::vector<std::string>{kLongSentence});
}

TEST(BrokenMarkup, AbsurdNestingEndsCleanly) {
    std::string page = "<h1>Deep</h1><p>" + kLongSentence + "</p>";
    for (int i = 0; i < 5000; ++i) page += "<div>";
    page += "<p>lost in the depths</p>";
    Diagnostics diag;
    const Document doc = read_page(page, diag);
    EXPECT_EQ(doc.meta.title, "Deep");
    EXPECT_EQ(paragraph_texts(doc), std::vector<std::string>{kLongSentence});
    EXPECT_FALSE(diag.warnings.empty());
}

TEST(BrokenMarkup, PageWithoutArticleIsAnError) {
    Diagnostics diag;
    EXPECT_THROW(read_page("<html><body><nav><a href='/'>Home</a></nav></body></html>", diag), Error);
    EXPECT_THROW(read_page("", diag), Error);
}

TEST(Entities, WithoutSemicolonAreResolvedLikeABrowser) {
    EXPECT_EQ(html::resolve_bare_entities("a&nbsp b"), "a&#160; b");
    EXPECT_EQ(html::resolve_bare_entities("&copy 2024"), "&#169; 2024");
    EXPECT_EQ(html::resolve_bare_entities("Nr.&nbsp7"), "Nr.&#160;7");
    EXPECT_EQ(html::resolve_bare_entities("Gr&uuml&szlig;e"), "Gr&#252;&szlig;e");
    EXPECT_EQ(html::resolve_bare_entities("x&AMP y"), "x&#38; y");
}

TEST(Entities, Html5NamesTheParserDoesNotKnowBecomeCharacters) {
    EXPECT_EQ(html::resolve_bare_entities("done &check; &half;"), "done &#10003; &#189;");
    EXPECT_EQ(html::resolve_bare_entities("&NotEqualTilde;"), "&#8770;&#824;");
    EXPECT_EQ(html::resolve_bare_entities("&hellip; &unknownname;"), "&hellip; &unknownname;");
}

TEST(Entities, OthersAreLeftToTheParser) {
    EXPECT_EQ(html::resolve_bare_entities("&nbsp;"), "&nbsp;");
    EXPECT_EQ(html::resolve_bare_entities("&amp;nbsp"), "&amp;nbsp");
    EXPECT_EQ(html::resolve_bare_entities("<a href=\"?a=1&copy=2\">"), "<a href=\"?a=1&copy=2\">");
    EXPECT_EQ(html::resolve_bare_entities("&hellip &unknown"), "&hellip &unknown");  // not legacy names
    EXPECT_EQ(html::resolve_bare_entities("<script>a&nbsp b</script>&nbsp"),
              "<script>a&nbsp b</script>&#160;");
}

TEST(Entities, InAPageGiveTheCharacters) {
    const Document doc =
        read_page("<h1>Title</h1><p>" + kLongSentence + " It cost 38&nbspmillion&nbsp euros &copy x.</p>");
    ASSERT_EQ(paragraph_texts(doc).size(), 1u);
    EXPECT_EQ(paragraph_texts(doc)[0], kLongSentence + " It cost 38&nbspmillion\u00A0 euros © x.");
}

TEST(Charset, DeclaredInMetaTags) {
    EXPECT_EQ(html::declared_charset("<html><head><meta charset=\"ISO-8859-1\">"), "iso-8859-1");
    EXPECT_EQ(html::declared_charset(
                  "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"),
              "windows-1252");
    EXPECT_EQ(html::declared_charset("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html>"), "utf-8");
    EXPECT_EQ(html::declared_charset("<html><head><title>x</title></head>"), "");
}

TEST(Charset, Windows1252PageWithoutDeclarationIsRecognised) {
    Diagnostics diag;
    const Document doc = read_page(
        "<html><body><h1>Gr\xFC\xDF"
        "e</h1><p>\x84Wir haben Platz, wir haben das Meer\x93, sagt sie. "
        "Die Mieten sind ein Bruchteil dessen, was man in Seoul zahlt.</p></body></html>",
        diag);
    EXPECT_EQ(doc.meta.title, "Grüße");
    ASSERT_EQ(paragraph_texts(doc).size(), 1u);
    EXPECT_TRUE(paragraph_texts(doc)[0].starts_with("„Wir haben Platz, wir haben das Meer“"));
    ASSERT_FALSE(diag.warnings.empty());
    EXPECT_NE(diag.warnings[0].find("Windows-1252"), std::string::npos);
}

TEST(Charset, DeclaredLatin1IsReadAsWindows1252WithoutWarning) {
    Diagnostics diag;
    const std::string page =
        "<meta charset=\"iso-8859-1\"><h1>\x84Zitat\x93 und \xE9t\xE9</h1><p>" + kLongSentence + "</p>";
    EXPECT_NE(html::decode_page(page, diag).find("<h1>„Zitat“ und été</h1>"), std::string::npos);
    EXPECT_TRUE(diag.warnings.empty());
}

TEST(Charset, OtherDeclaredCharsetsAreConverted) {
    Diagnostics diag;
    EXPECT_NE(html::decode_page("<meta charset=\"iso-8859-15\"><p>\xA4 5</p>", diag).find("€ 5"),
              std::string::npos);
    EXPECT_TRUE(diag.warnings.empty());
}

TEST(Charset, ByteOrderMarkWins) {
    Diagnostics diag;
    EXPECT_EQ(html::decode_page("\xEF\xBB\xBF<meta charset=\"iso-8859-1\"><p>\xC3\xA4</p>", diag),
              "<meta charset=\"iso-8859-1\"><p>ä</p>");
}

TEST(Charset, MislabelledUtf8IsReadAsUtf8WithAWarning) {
    Diagnostics diag;
    EXPECT_EQ(html::decode_page("<meta charset=\"windows-1252\"><p>Gr\xC3\xBC\xC3\x9F"
                                "e</p>",
                                diag),
              "<meta charset=\"windows-1252\"><p>Grüße</p>");
    EXPECT_EQ(diag.warnings.size(), 1u);
}

}  // namespace
}  // namespace folio
