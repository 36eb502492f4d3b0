// Tests for the plain-text writer: layout, every text exactly once, wrapping width, labels, Hangul.
#include <gtest/gtest.h>

#include <sstream>

#include "output/common/line_wrap.hpp"
#include "output/text/text_writer.hpp"
#include "tests/support/text_checks.hpp"
#include "tests/unit/output/json/sample_document.hpp"

namespace folio {

namespace {

WriteOptions with_columns(int columns) {
    WriteOptions options;
    options.columns = columns;
    return options;
}

std::string write(const Document& doc, int columns = 72) {
    Diagnostics diag;
    return write_text(doc, with_columns(columns), diag);
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

using test::occurrences;
using test::unwrapped;

void expect_once(const std::string& output, const std::string& text) {
    EXPECT_EQ(occurrences(unwrapped(output), unwrapped(text)), 1) << text;
}

void expect_within_width(const std::string& output, int columns) {
    for (const std::string& line : lines_of(output)) {
        const bool single_word = line.find(' ', line.find_first_not_of(' ')) == std::string::npos;
        if (!single_word) {
            EXPECT_LE(display_width(line), columns) << line;
        }
        EXPECT_FALSE(line.ends_with(" ")) << line;
    }
}

Document korean_document() {
    Document doc;
    doc.meta.lang = "ko";
    doc.meta.title = "부산항 물동량 증가";
    doc.meta.authors = {
        testing::sample_author("이동현", "", "", plain("이동현 기자는 부산에서 항만과 물류를 취재한다."))};
    doc.blocks.push_back(
        Paragraph{plain("부산항의 컨테이너 물동량이 지난해보다 크게 늘었다고 항만공사가 밝혔다. "
                        "환적 화물이 증가를 이끌었다."),
                  ""});
    return doc;
}

}  // namespace

TEST(TextWriter, TitleBlockHasKickerUnderlinedTitleBylineAndDate) {
    Document doc = testing::sample_document();
    doc.meta.subtitle = "Was Kim und Putin vereinbaren könnten";
    const std::vector<std::string> lines = lines_of(write(doc));
    ASSERT_GE(lines.size(), 8u);
    EXPECT_EQ(lines[0], "Nordkorea");
    EXPECT_EQ(lines[1], "So wahrscheinlich sind nordkoreanische Waffenlieferungen an Russland");
    EXPECT_EQ(lines[2], std::string(68, '='));
    EXPECT_EQ(lines[3], "Was Kim und Putin vereinbaren könnten");
    EXPECT_EQ(lines[4], "");
    EXPECT_EQ(lines[5], "Von Frederic Spohr und Jannik Krahe");
    EXPECT_EQ(lines[6], "12.09.2023");
    EXPECT_EQ(lines[7], "");
    doc.meta.date_text.clear();
    EXPECT_NE(write(doc).find("\n2023-09-12\n"), std::string::npos);
}

TEST(TextWriter, EveryTextAppearsExactlyOnce) {
    const Document doc = testing::sample_document();
    for (int columns : {72, 40}) {
        const std::string out = write(doc, columns);
        expect_once(out, doc.meta.title);
        EXPECT_EQ(lines_of(out).at(0), doc.meta.kicker);
        for (const Block& block : doc.blocks) {
            if (const auto* figure = std::get_if<Figure>(&block)) {
                expect_once(out, to_plain_text(figure->caption));
                expect_once(out, figure->credit);
            } else if (const auto* list = std::get_if<List>(&block)) {
                for (const Inlines& item : list->items) expect_once(out, to_plain_text(item));
            } else if (!std::holds_alternative<ThematicBreak>(block)) {
                expect_once(out, block_plain_text(block));
            }
        }
        for (const Person& author : doc.meta.authors) expect_once(out, to_plain_text(author.bio));
        EXPECT_EQ(occurrences(out, doc.meta.authors[0].name), 2) << "byline and bio";
        EXPECT_EQ(occurrences(unwrapped(out), "Putin begrüßt Kim Jong Un"), 0)
            << "alt beside a caption is not shown";
    }
}

TEST(TextWriter, LinesStayWithinTheWidth) {
    Document doc = testing::sample_document();
    doc.blocks.push_back(Paragraph{
        plain("Ein Link https://example.org/ein/sehr/langer/pfad/der/nicht/passt steht hier."), ""});
    for (int columns : {72, 40, 20}) {
        const std::string out = write(doc, columns);
        expect_within_width(out, columns);
        const std::string url = "https://example.org/ein/sehr/langer/pfad/der/nicht/passt";
        if (columns < display_width(url)) {
            EXPECT_NE(out.find("\n" + url + "\n"), std::string::npos) << "a long word alone on its line";
        }
    }
}

TEST(TextWriter, BlocksAreLaidOutAsReadableText) {
    const std::string out = write(testing::sample_document());
    EXPECT_NE(out.find("\n\nKremlchef Wladimir Putin begrüßt Nordkoreas Diktator Kim Jong Un\n"
                       "© picture alliance / ASSOCIATED PRESS | Vladimir Smirnov\n\nNordkoreas Staatschef"),
              std::string::npos)
        << out;
    EXPECT_NE(out.find("\n\nWas Russland braucht\n--------------------\n\n"), std::string::npos);
    EXPECT_NE(out.find("\n\n• Artilleriemunition\n• Raketen vom Typ KN-23\n\n"), std::string::npos);
    EXPECT_NE(out.find("\n\n1. erstens\n2. zweitens\n\n"), std::string::npos);
    EXPECT_NE(out.find("\n\n    „Wir werden die Zusammenarbeit ausbauen.“\n    — Wladimir Putin\n\n"),
              std::string::npos);
    EXPECT_NE(out.find("\n\nUpdate: Der Artikel wurde am 13.09.2023 ergänzt.\n\n"), std::string::npos);
    EXPECT_NE(out.find("\n\n" + std::string(33, ' ') + "* * *\n\n"), std::string::npos);
    EXPECT_NE(out.find("wahrscheinlich.\nMehr dazu hier"), std::string::npos)
        << "a line break stays a line break";
    EXPECT_NE(out.find("\n\nQuelle: Stiftung für die Freiheit, https://example.org/artikel/nordkorea\n© 2023 "
                       "Stiftung\n"),
              std::string::npos);
}

TEST(TextWriter, ListItemsHangAndNumbersAlign) {
    Document doc;
    List bullets{false, {plain("eins zwei drei vier fünf sechs")}};
    doc.blocks.push_back(bullets);
    List numbers{true, {}};
    for (int i = 0; i < 10; ++i) numbers.items.push_back(plain("Punkt mit etwas Text"));
    doc.blocks.push_back(numbers);
    const std::string out = write(doc, 16);
    EXPECT_NE(out.find("• eins zwei drei\n  vier fünf\n  sechs\n"), std::string::npos) << out;
    EXPECT_NE(out.find(" 9. Punkt mit\n    etwas Text\n10. Punkt mit\n"), std::string::npos) << out;
}

TEST(TextWriter, BiosSectionIsLabelledInTheArticlesLanguage) {
    Document doc = testing::sample_document();
    EXPECT_NE(write(doc).find("\n\nÜber die Autoren\n----------------\n\nFrederic Spohr leitet"),
              std::string::npos);
    doc.meta.lang = "en";
    EXPECT_NE(write(doc).find("\n\nAbout the authors\n-----------------\n\n"), std::string::npos);
    EXPECT_NE(write(doc).find("\nBy Frederic Spohr and Jannik Krahe\n"), std::string::npos);
    doc.meta.lang = "fr-FR";
    EXPECT_NE(write(doc).find("\n\nÀ propos des auteurs\n--------------------\n\n"), std::string::npos);
    EXPECT_NE(write(doc).find("\nPar Frederic Spohr et Jannik Krahe\n"), std::string::npos);
    doc.meta.lang = "";
    EXPECT_NE(write(doc).find("\n\nAbout the authors\n"), std::string::npos);
}

TEST(TextWriter, AnAuthorWithoutBioIsListedByName) {
    Document doc = testing::sample_document();
    doc.meta.authors.push_back(testing::sample_author("Lee Dong-hyun", "", "", {}));
    const std::string out = write(doc);
    EXPECT_NE(out.find("in Seoul.\n\nJannik Krahe studiert Politikwissenschaften an der TU Darmstadt.\n\n"
                       "Lee Dong-hyun\n"),
              std::string::npos)
        << out;
    doc.meta.authors = {testing::sample_author("Felix Weber", "", "", {})};
    EXPECT_EQ(write(doc).find("Über die Autoren"), std::string::npos) << "no section when there is no bio";
}

TEST(TextWriter, FigureWithoutCaptionShowsItsAltText) {
    Document doc;
    Figure figure;
    figure.alt = "Containerschiffe im Hafen von Busan";
    figure.credit = "Foto: Lee Dong-hyun";
    doc.blocks.push_back(figure);
    EXPECT_EQ(write(doc), "Containerschiffe im Hafen von Busan\nFoto: Lee Dong-hyun\n");

    Diagnostics diag;
    Document empty;
    empty.blocks.push_back(Figure{});
    EXPECT_EQ(write_text(empty, WriteOptions{}, diag), "\n");
    EXPECT_EQ(diag.warnings.size(), 1u);
}

TEST(TextWriter, HangulCountsTwoColumns) {
    const Document doc = korean_document();
    const std::string out = write(doc, 30);
    const std::vector<std::string> lines = lines_of(out);
    ASSERT_GE(lines.size(), 2u);
    EXPECT_EQ(lines[1], std::string(static_cast<std::size_t>(display_width(doc.meta.title)), '='));
    EXPECT_EQ(lines[1].size(), 18u);
    expect_within_width(out, 30);
    expect_once(out, block_plain_text(doc.blocks[0]));
    expect_once(out, to_plain_text(doc.meta.authors[0].bio));
    EXPECT_NE(out.find("\nBy 이동현\n"), std::string::npos);
    EXPECT_NE(out.find("\nAbout the author\n"), std::string::npos);
}

TEST(TextWriter, OutputEndsWithOneNewlineAndIsDeterministic) {
    const Document doc = testing::sample_document();
    const std::string out = write(doc, 40);
    ASSERT_GE(out.size(), 2u);
    EXPECT_EQ(out.back(), '\n');
    EXPECT_NE(out[out.size() - 2], '\n');
    EXPECT_EQ(out.find("\n\n\n"), std::string::npos);
    EXPECT_EQ(out, write(doc, 40));
    EXPECT_EQ(write(Document{}), "\n");
}

TEST(TextWriter, RejectsAWidthBelowOneColumn) {
    Diagnostics diag;
    EXPECT_THROW(write_text(testing::sample_document(), with_columns(0), diag), Error);
}

}  // namespace folio
