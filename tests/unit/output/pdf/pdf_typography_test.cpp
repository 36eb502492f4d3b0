// The PDF's typography measured from the PDF itself (glyph positions through poppler): the measure, lines
// inside the column, disciplined hyphenation and keep rules, on the corpus and a long article.
#include <gtest/gtest.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <regex>

#include "formats/utf8.hpp"
#include "input/text/text_reader.hpp"
#include "output/pdf/page_style.hpp"
#include "output/pdf/pdf_writer.hpp"
#include "pdf_lines.hpp"
#include "pdf_test_support.hpp"
#include "tests/support/test_data.hpp"

namespace folio {
namespace {

using pdf_test::PrintedLine;

constexpr double kSlack = 0.5;           // pt: rounding in the content stream and in poppler's boxes
constexpr std::size_t kMinFragment = 3;  // letters of a hyphenated word at a line end and at a line start
const std::string kSoftHyphen = "\u00AD";

struct Printed {
    std::string pdf;
    pdf::PageGeometry page;
    pdf_test::PrintedPdf layout;
};

const Printed& printed(const std::string& article, const std::string& paper) {
    static std::map<std::string, Printed> cache;
    const std::string key = article + "/" + paper;
    if (const auto found = cache.find(key); found != cache.end()) return found->second;
    Diagnostics diagnostics;
    const Document doc = read_text(test::read_file(test::data_path(article + ".txt")),
                                   ReadOptions{article + ".txt"}, diagnostics);
    WriteOptions options;
    options.pdf_paper = paper;
    Printed result;
    result.pdf = write_pdf(doc, options, diagnostics);
    result.page = pdf::page_geometry(paper);
    pdf_test::PdfFile file(result.pdf, "typography");
    result.layout = pdf_test::printed_lines(file.path());
    return cache.emplace(key, std::move(result)).first->second;
}

bool ends_hyphenated(const PrintedLine& line) {
    const std::string& last = line.words.back().text;
    return last.size() > 1 && (last.ends_with(kSoftHyphen) || last.ends_with("-"));
}

// Letters at the end (or the start) of a word, up to the first character that is no letter.
std::size_t letters(const std::string& word, bool at_end) {
    std::u32string text = decode_utf8(word);
    if (at_end) std::reverse(text.begin(), text.end());
    std::size_t n = 0;
    while (n < text.size() && u_isalpha(static_cast<UChar32>(text[n]))) ++n;
    return n;
}

// The lines inside the text area (no running header, no footer), in reading order.
std::vector<PrintedLine> text_area_lines(const Printed& p) {
    std::vector<PrintedLine> lines;
    for (const PrintedLine& line : p.layout.lines) {
        const double bottom =
            p.layout.pages[static_cast<std::size_t>(line.page)].height - p.page.margin_bottom;
        if (line.y_min >= p.page.margin_top - kSlack && line.y_max <= bottom + 4 && !line.words.empty())
            lines.push_back(line);
    }
    return lines;
}

// Body lines: those of the most common line height, the body face.
std::vector<PrintedLine> body_lines(const std::vector<PrintedLine>& lines) {
    std::map<long, int> heights;
    for (const PrintedLine& line : lines) ++heights[std::lround(line.height() * 10)];
    const long body = std::max_element(heights.begin(), heights.end(), [](const auto& a, const auto& b) {
                          return a.second < b.second;
                      })->first;
    std::vector<PrintedLine> out;
    for (const PrintedLine& line : lines)
        if (std::lround(line.height() * 10) == body) out.push_back(line);
    return out;
}

class Typography : public testing::TestWithParam<std::tuple<std::string, std::string>> {
protected:
    const Printed& p() { return printed(std::get<0>(GetParam()), std::get<1>(GetParam())); }
};

TEST_P(Typography, EveryLineEndsInsideTheColumn) {
    const Printed& p = this->p();
    ASSERT_FALSE(p.layout.lines.empty());
    const double left = p.page.margin_left;
    for (const PrintedLine& line : p.layout.lines) {
        EXPECT_GE(line.x_min, left - kSlack) << line.text();
        EXPECT_LE(line.x_max, left + p.page.text_width + kSlack) << line.text();
    }
}

TEST_P(Typography, BodyTextHasABookMeasure) {
    const Printed& p = this->p();
    std::vector<std::size_t> lengths;
    for (const PrintedLine& line : body_lines(text_area_lines(p)))
        if (line.x_max >= p.page.margin_left + p.page.text_width - 1.0)  // full lines, not paragraph ends
            lengths.push_back(decode_utf8(line.text()).size());
    ASSERT_GE(lengths.size(), 15u);
    std::sort(lengths.begin(), lengths.end());
    const std::size_t median = lengths[lengths.size() / 2];
    EXPECT_GE(median, 60u);
    EXPECT_LE(median, 75u);
}

TEST_P(Typography, AtMostOneBodyLineInSevenEndsInAHyphen) {
    const std::vector<PrintedLine> body = body_lines(text_area_lines(p()));
    ASSERT_FALSE(body.empty());
    const auto hyphenated = std::count_if(body.begin(), body.end(), ends_hyphenated);
    EXPECT_LE(static_cast<double>(hyphenated), 0.15 * static_cast<double>(body.size()))
        << hyphenated << " of " << body.size();
}

TEST_P(Typography, HyphensAreDisciplined) {
    const Printed& p = this->p();
    const std::vector<PrintedLine> lines = text_area_lines(p);
    int in_row = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const PrintedLine& line = lines[i];
        in_row = ends_hyphenated(line) ? in_row + 1 : 0;
        EXPECT_LE(in_row, 2) << "three hyphens in a row, the third: " << line.text();
        if (!ends_hyphenated(line)) continue;
        const bool last_on_page = i + 1 == lines.size() || lines[i + 1].page != line.page;
        EXPECT_FALSE(last_on_page) << "page " << line.page + 1 << " ends on a hyphen: " << line.text();
        if (i + 1 == lines.size()) continue;
        const PrintedLine& next = lines[i + 1];
        EXPECT_GE(next.words.size(), 2u)
            << "a paragraph ends on a fragment: " << line.text() << " / " << next.text();
        const std::string& end = line.words.back().text;
        if (!end.ends_with(kSoftHyphen)) continue;  // a hyphen of the text: the line breaks at a word's edge
        EXPECT_GE(letters(end.substr(0, end.size() - kSoftHyphen.size()), true), kMinFragment) << end;
        EXPECT_GE(letters(next.words.front().text, false), kMinFragment) << next.words.front().text;
    }
}

INSTANTIATE_TEST_SUITE_P(A4, Typography,
                         testing::Combine(testing::Values("corpus/de_nordkorea_waffen",
                                                          "corpus/de_busan_hafen", "corpus/de_chile_lithium",
                                                          "corpus/en_digital_ids", "corpus/en_west_balkans",
                                                          "corpus/fr_agriculteurs_latin1",
                                                          "typography/de_nachtzuege_lang"),
                                          testing::Values("a4")));
INSTANTIATE_TEST_SUITE_P(Letter, Typography,
                         testing::Combine(testing::Values("corpus/de_nordkorea_waffen",
                                                          "typography/de_nachtzuege_lang"),
                                          testing::Values("letter")));

// The long article: every font embedded, and every paragraph, the caption, the credit and both bios back
// once.
TEST(TypographyLongArticle, TextComesBackOnceAndFontsAreEmbedded) {
    const Printed& p = printed("typography/de_nachtzuege_lang", "a4");
    pdf_test::PdfFile file(p.pdf, "long-article");
    for (const std::string& row : pdf_test::font_rows(file.pdffonts()))
        EXPECT_TRUE(std::regex_search(row, std::regex("Identity-H +yes +yes +yes"))) << row;
    // The running header is the title, shortened with an ellipsis.
    const std::string header = "Die Rückkehr der Nachtzüge: Wie Europas Bahnen den Schlafwagen neu …";
    const std::string text =
        pdf_test::squeeze(pdf_test::without_footers(pdf_test::without_lines(file.text_raw(), header)));
    Diagnostics diagnostics;
    const Document doc = read_text(test::read_file(test::data_path("typography/de_nachtzuege_lang.txt")),
                                   ReadOptions{"de_nachtzuege_lang.txt"}, diagnostics);
    int paragraphs = 0;
    for (const Block& block : doc.blocks) {
        if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
            EXPECT_EQ(pdf_test::count(text, pdf_test::squeeze(to_plain_text(paragraph->content))), 1);
            ++paragraphs;
        }
        if (const auto* figure = std::get_if<Figure>(&block)) {
            EXPECT_EQ(pdf_test::count(text, pdf_test::squeeze(to_plain_text(figure->caption))), 1);
            EXPECT_EQ(pdf_test::count(text, pdf_test::squeeze(figure->credit)), 1);
        }
    }
    EXPECT_GE(paragraphs, 15);
    ASSERT_EQ(doc.meta.authors.size(), 2u);
    for (const Person& author : doc.meta.authors)
        EXPECT_EQ(pdf_test::count(text, pdf_test::squeeze(to_plain_text(author.bio))), 1) << author.name;
}

}  // namespace
}  // namespace folio
