// Tests for whole-article rules of the text reader on small inline articles: header shapes, front matter,
// figures, quotes, lists, bios and errors.
#include <gtest/gtest.h>

#include "input/text/text_reader.hpp"
#include "tests/support/model_queries.hpp"

namespace folio {
namespace {

using test::blocks_of;

Document read(std::string_view text, Diagnostics& diag) { return read_text(text, {}, diag); }

Document read(std::string_view text) {
    Diagnostics diag;
    return read(text, diag);
}

std::string plain_of(const Block& block) { return block_plain_text(block); }

constexpr std::string_view kLead =
    "Die Stadt Lübeck will bis 2030 alle Busse elektrisch betreiben. Der Plan ist ehrgeizig, doch die "
    "ersten Linien fahren bereits ohne Diesel.";
constexpr std::string_view kBody =
    "Im Betriebshof am Hafen stehen inzwischen vierzig Ladesäulen. Die Verkehrsbetriebe haben dafür ein "
    "eigenes Umspannwerk gebaut, das nachts günstigen Strom aus dem Netz bezieht.";

TEST(TextReader, TitleOnlyHeader) {
    const Document doc =
        read("Elektrobusse für Lübeck\n\n" + std::string(kLead) + "\n\n" + std::string(kBody));
    EXPECT_EQ(doc.meta.title, "Elektrobusse für Lübeck");
    EXPECT_EQ(doc.meta.kicker, "");
    EXPECT_EQ(doc.meta.subtitle, "");
    ASSERT_EQ(doc.blocks.size(), 2u);
    EXPECT_EQ(std::get<Paragraph>(doc.blocks[0]).role, "lead");
    EXPECT_EQ(doc.meta.lang, "de");
}

TEST(TextReader, DeckEndingInAPeriodIsASubtitleNotATitle) {
    const Document doc = read("Lübeck\nDie Stadt stellt ihre Busflotte auf Strom um.\n\n" +
                              std::string(kLead) + "\n\n" + std::string(kBody));
    EXPECT_EQ(doc.meta.kicker, "");
    EXPECT_EQ(doc.meta.title, "Lübeck");
    EXPECT_EQ(doc.meta.subtitle, "Die Stadt stellt ihre Busflotte auf Strom um.");
    EXPECT_TRUE(blocks_of<Paragraph>(doc)[0]->role.empty());
}

TEST(TextReader, DateInItsOwnBlockBelowTheHeader) {
    const Document doc = read("Verkehr\nElektrobusse für Lübeck\n\nVeröffentlicht am 5.3.2024\n\n" +
                              std::string(kLead) + "\n\n" + std::string(kBody));
    EXPECT_EQ(doc.meta.kicker, "Verkehr");
    EXPECT_EQ(doc.meta.date_text, "Veröffentlicht am 5.3.2024");
    EXPECT_EQ(doc.meta.date, "2024-03-05");
    EXPECT_EQ(blocks_of<Paragraph>(doc).size(), 2u);
}

TEST(TextReader, BylineInTheHeaderNamesTheAuthorsAndCarriesTheDate) {
    const Document doc =
        read("Verkehr\nElektrobusse für Lübeck\nVon Anna Berg und Jonas Ott | 05.03.2024\n\n" +
             std::string(kLead) + "\n\n" + std::string(kBody));
    EXPECT_EQ(doc.meta.title, "Elektrobusse für Lübeck");
    EXPECT_EQ(doc.meta.subtitle, "");
    EXPECT_EQ(doc.meta.date, "2024-03-05");
    ASSERT_EQ(doc.meta.authors.size(), 2u);
    EXPECT_EQ(doc.meta.authors[0].name, "Anna Berg");
    EXPECT_EQ(doc.meta.authors[1].name, "Jonas Ott");
    EXPECT_TRUE(doc.meta.authors[0].bio.empty());
    EXPECT_EQ(std::get<Paragraph>(doc.blocks[0]).role, "lead");
}

TEST(TextReader, BylineAndDateStandingAloneBelowTheHeader) {
    const Document doc = read("Elektrobusse für Lübeck\n\nBy Anna Berg\n\n5.3.2024\n\n" + std::string(kLead) +
                              "\n\n" + std::string(kBody));
    ASSERT_EQ(doc.meta.authors.size(), 1u);
    EXPECT_EQ(doc.meta.authors[0].name, "Anna Berg");
    EXPECT_EQ(doc.meta.date, "2024-03-05");
    EXPECT_EQ(blocks_of<Paragraph>(doc).size(), 2u);
}

TEST(TextReader, BylineAuthorsGetTheirBiosAndKeepTheBylineOrder) {
    const Document doc = read("Elektrobusse für Lübeck\nVon Jonas Ott und Anna Berg\n\n" +
                              std::string(kLead) + "\n\n" + std::string(kBody) +
                              "\n\nDr. Anna Berg ist Verkehrsforscherin an der Universität Kiel.\n\n"
                              "Jonas Ott berichtet seit 2015 über Verkehr und Energie.");
    ASSERT_EQ(doc.meta.authors.size(), 2u);
    EXPECT_EQ(doc.meta.authors[0].name, "Jonas Ott");
    EXPECT_EQ(to_plain_text(doc.meta.authors[0].bio),
              "Jonas Ott berichtet seit 2015 über Verkehr und Energie.");
    EXPECT_EQ(doc.meta.authors[1].name, "Dr. Anna Berg");
    EXPECT_EQ(to_plain_text(doc.meta.authors[1].bio),
              "Dr. Anna Berg ist Verkehrsforscherin an der Universität Kiel.");
    EXPECT_EQ(blocks_of<Paragraph>(doc).size(), 2u);
}

TEST(TextReader, DeckStartingLikeABylineWithoutNamesStaysTheDeck) {
    const Document doc =
        read("Verkehr\nElektrobusse für Lübeck\nVon Diesel zu Strom in nur sechs Jahren\n\n" +
             std::string(kLead) + "\n\n" + std::string(kBody));
    EXPECT_EQ(doc.meta.subtitle, "Von Diesel zu Strom in nur sechs Jahren");
    EXPECT_TRUE(doc.meta.authors.empty());
}

TEST(TextReader, CaptionLineEndingInItsCreditIsAFigure) {
    const Document doc = read(
        "Elektrobusse für Lübeck\n\nBusse im Betriebshof\n\nZwei Elektrobusse laden im "
        "Betriebshof am Hafen. Foto: Max Beispiel / Stadtwerke\n\n" +
        std::string(kLead) + "\n\n" + std::string(kBody));
    const auto figures = blocks_of<Figure>(doc);
    ASSERT_EQ(figures.size(), 1u);
    EXPECT_EQ(figures[0]->alt, "Busse im Betriebshof");
    EXPECT_EQ(to_plain_text(figures[0]->caption), "Zwei Elektrobusse laden im Betriebshof am Hafen.");
    EXPECT_EQ(figures[0]->credit, "Foto: Max Beispiel / Stadtwerke");
    EXPECT_EQ(blocks_of<Paragraph>(doc).size(), 2u);
}

TEST(TextReader, CopyrightSignInsideASentenceLeavesTheParagraph) {
    const Document doc = read("Elektrobusse für Lübeck\n\n" + std::string(kLead) +
                              "\n\nDie Software der Ladesäulen trägt das Zeichen © Nordlicht GmbH und wird "
                              "jedes Jahr erneuert.\n\n" +
                              std::string(kBody));
    EXPECT_TRUE(blocks_of<Figure>(doc).empty());
    EXPECT_EQ(blocks_of<Paragraph>(doc).size(), 3u);
}

TEST(TextReader, BiosWithAnAgeOrAnInlineLabel) {
    const Document doc =
        read("Elektrobusse für Lübeck\n\n" + std::string(kLead) + "\n\n" + std::string(kBody) +
             "\n\nÜber die Autorin: Anna Berg (34) ist Verkehrsforscherin in Kiel.\n\n"
             "Jonas Ott, 51, berichtet seit 2015 über Verkehr und Energie.");
    ASSERT_EQ(doc.meta.authors.size(), 2u);
    EXPECT_EQ(doc.meta.authors[0].name, "Anna Berg");
    EXPECT_EQ(to_plain_text(doc.meta.authors[0].bio), "Anna Berg (34) ist Verkehrsforscherin in Kiel.");
    EXPECT_EQ(doc.meta.authors[1].name, "Jonas Ott");
    EXPECT_EQ(to_plain_text(doc.meta.authors[1].bio),
              "Jonas Ott, 51, berichtet seit 2015 über Verkehr und Energie.");
    EXPECT_EQ(blocks_of<Paragraph>(doc).size(), 2u);
}

TEST(TextReader, NumberedHeadingsIncludingQuestions) {
    const Document doc =
        read("Elektrobusse für Lübeck\n\n" + std::string(kLead) + "\n\n1. Der Betriebshof\n\n" +
             std::string(kBody) + "\n\n2. Wer zahlt?\n\n" + std::string(kBody));
    const auto headings = blocks_of<Heading>(doc);
    ASSERT_EQ(headings.size(), 2u);
    EXPECT_EQ(to_plain_text(headings[0]->content), "1. Der Betriebshof");
    EXPECT_EQ(to_plain_text(headings[1]->content), "2. Wer zahlt?");
}

TEST(TextReader, FrontMatterOverridesWhatTheReaderFound) {
    Diagnostics diag;
    const Document doc = read(
        "---\ntitle: \"Busse unter Strom\"\nauthor: Jana Petersen\ndate: 12.09.2023\nlang: de-DE\n"
        "colour: blau\n---\nElektrobusse für Lübeck\n\n" +
            std::string(kLead) + "\n\n" + std::string(kBody),
        diag);
    EXPECT_EQ(doc.meta.title, "Busse unter Strom");
    EXPECT_EQ(doc.meta.lang, "de-DE");
    EXPECT_EQ(doc.meta.date_text, "12.09.2023");
    EXPECT_EQ(doc.meta.date, "2023-09-12");
    ASSERT_EQ(doc.meta.authors.size(), 1u);
    EXPECT_EQ(doc.meta.authors[0].name, "Jana Petersen");
    for (const Block& block : doc.blocks) EXPECT_EQ(plain_of(block).find("---"), std::string::npos);
    ASSERT_EQ(diag.warnings.size(), 1u);
    EXPECT_NE(diag.warnings[0].find("colour"), std::string::npos);
}

TEST(TextReader, UnclosedFrontMatterIsText) {
    Diagnostics diag;
    const Document doc = read("---\ntitle: Busse\n\nElektrobusse für Lübeck\n\n" + std::string(kLead), diag);
    EXPECT_FALSE(diag.warnings.empty());
    EXPECT_EQ(doc.meta.title, "title: Busse");
}

TEST(TextReader, QuoteWithoutAttributionStaysAParagraph) {
    const Document doc = read("Elektrobusse für Lübeck\n\n" + std::string(kLead) +
                              "\n\n„Wir fahren jetzt leise.“\n\n" + std::string(kBody));
    EXPECT_TRUE(blocks_of<BlockQuote>(doc).empty());
    EXPECT_EQ(blocks_of<Paragraph>(doc).size(), 3u);
}

TEST(TextReader, SwissQuoteWithAttributionInTheNextBlock) {
    const Document doc =
        read("Elektrobusse für Lübeck\n\n" + std::string(kLead) +
             "\n\n»Wir fahren jetzt leise.«\n\n— Jana Petersen, Fahrerin\n\n" + std::string(kBody));
    const auto quotes = blocks_of<BlockQuote>(doc);
    ASSERT_EQ(quotes.size(), 1u);
    EXPECT_EQ(to_plain_text(quotes[0]->content), "»Wir fahren jetzt leise.«");
    EXPECT_EQ(quotes[0]->attribution, "Jana Petersen, Fahrerin");
}

TEST(TextReader, SingleNumberedLineIsNoList) {
    const Document doc =
        read("Elektrobusse für Lübeck\n\n" + std::string(kLead) +
             "\n\n1. FC Lübeck fährt künftig mit dem E-Bus zum Stadion.\n\n" + std::string(kBody));
    EXPECT_TRUE(blocks_of<List>(doc).empty());
}

TEST(TextReader, BulletListWithStarsAndThematicBreak) {
    const Document doc = read("Elektrobusse für Lübeck\n\n" + std::string(kLead) +
                              "\n\n* Linie 1\n* Linie 9\n\n* * *\n\n" + std::string(kBody));
    const auto lists = blocks_of<List>(doc);
    ASSERT_EQ(lists.size(), 1u);
    EXPECT_FALSE(lists[0]->ordered);
    EXPECT_EQ(to_plain_text(lists[0]->items[1]), "Linie 9");
    EXPECT_EQ(blocks_of<ThematicBreak>(doc).size(), 1u);
}

TEST(TextReader, CreditAfterALongParagraphIsAFigureWithoutCaption) {
    const std::string long_paragraph =
        std::string(kBody) + " " + std::string(kBody) + " " + std::string(kBody);
    const Document doc = read("Elektrobusse für Lübeck\n\n" + std::string(kLead) + "\n\n" + long_paragraph +
                              "\n\nFoto: Jana Petersen\n\n" + std::string(kBody));
    const auto figures = blocks_of<Figure>(doc);
    ASSERT_EQ(figures.size(), 1u);
    EXPECT_TRUE(figures[0]->caption.empty());
    EXPECT_EQ(figures[0]->credit, "Foto: Jana Petersen");
    EXPECT_EQ(blocks_of<Paragraph>(doc).size(), 3u);
}

TEST(TextReader, HeaderWithKickerTitleAndDeckHasNoLead) {
    const Document doc =
        read("Energie\nLübeck fährt elektrisch\nDie Stadt stellt um – schneller als geplant\n\n" +
             std::string(kLead) + "\n\n" + std::string(kBody));
    EXPECT_EQ(doc.meta.kicker, "Energie");
    EXPECT_EQ(doc.meta.title, "Lübeck fährt elektrisch");
    EXPECT_EQ(doc.meta.subtitle, "Die Stadt stellt um – schneller als geplant");
    for (const Paragraph* p : blocks_of<Paragraph>(doc)) EXPECT_EQ(p->role, "");
}

TEST(TextReader, ShortLineBeforeTheFirstParagraphIsNoHeading) {
    const Document doc = read("Elektrobusse für Lübeck\n\nVorab\n\n" + std::string(kLead));
    EXPECT_TRUE(blocks_of<Heading>(doc).empty());
}

TEST(TextReader, TrailingParagraphWithNameAndVerbButNoBioShape) {
    const Document doc =
        read("Elektrobusse für Lübeck\n\n" + std::string(kLead) + "\n\n" + std::string(kBody) +
             "\n\nBürgermeister Jan Lindholm ist überzeugt, dass sich die Investition lohnt.");
    EXPECT_TRUE(doc.meta.authors.empty());
    EXPECT_EQ(blocks_of<Paragraph>(doc).size(), 3u);
}

TEST(TextReader, BiosAfterALabelNeedNoVerb) {
    const Document doc =
        read("Elektrobusse für Lübeck\n\n" + std::string(kLead) + "\n\n" + std::string(kBody) +
             "\n\nDie Autorin\n\nJana Petersen, Jahrgang 1985, berichtet aus Lübeck.");
    ASSERT_EQ(doc.meta.authors.size(), 1u);
    EXPECT_EQ(doc.meta.authors[0].name, "Jana Petersen");
    EXPECT_EQ(doc.meta.authors[0].given, "Jana");
    EXPECT_EQ(doc.meta.authors[0].family, "Petersen");
    EXPECT_EQ(blocks_of<Paragraph>(doc).size(), 2u);
}

TEST(TextReader, AuthorLabelTakesTheBiosNotTheRestOfThePage) {
    std::string text = "Elektrobusse für Lübeck\n\n" + std::string(kLead) + "\n\n" + std::string(kBody) +
                       "\n\nÜber die Autorin\n\nJana Petersen berichtet aus Lübeck.\n\nweitere Themen";
    for (int i = 0; i < 8; ++i) text += "\n\nrubrik " + std::to_string(i);
    const Document doc = read(text);
    ASSERT_EQ(doc.meta.authors.size(), 1u);
    EXPECT_EQ(doc.meta.authors[0].name, "Jana Petersen");
    EXPECT_EQ(to_plain_text(doc.meta.authors[0].bio), "Jana Petersen berichtet aus Lübeck.");
    EXPECT_TRUE(plain_of(doc.blocks.back()).ends_with("rubrik 7"));  // the rest stays in the body
}

TEST(TextReader, ChineseParagraphsEndingInAFullStopAreNoHeadings) {
    const Document doc =
        read("山区的秋天\n\n" + std::string(kLead) +
             "\n\n今年秋天山上的枫叶比往年更红。\n\n游客们从城里赶来拍照，村里的小饭馆也忙了起来。");
    EXPECT_TRUE(blocks_of<Heading>(doc).empty());
    EXPECT_EQ(blocks_of<Paragraph>(doc).size(), 3u);
}

TEST(TextReader, ArticleOfOnlyBiosKeepsItsFirstParagraph) {
    const Document doc =
        read("Kurzmeldung\n\nJana Petersen ist Fahrerin.\n\nJan Lindholm ist Bürgermeister.");
    EXPECT_EQ(blocks_of<Paragraph>(doc).size(), 1u);
    EXPECT_EQ(doc.meta.authors.size(), 1u);
}

TEST(TextReader, BlankOrNoiseOnlyInputIsAnError) {
    Diagnostics diag;
    EXPECT_THROW(read(" \n\t\n\xC2\xA0\n", diag), Error);
    EXPECT_THROW(read("EN\n\nLesezeit: 3 Min.\n", diag), Error);
    EXPECT_THROW(read("", diag), Error);
    EXPECT_THROW(read(std::string_view("Titel\0", 6), diag), Error);
}

TEST(TextReader, KeepsInnerWhitespaceExactly) {
    const Document doc = read("Titel\n\nErster Satz.\xC2\xA0 Zweiter  Satz.\t\n");
    EXPECT_EQ(plain_of(doc.blocks[0]), "Erster Satz.\xC2\xA0 Zweiter  Satz.");
}

}  // namespace
}  // namespace folio
