// The PDF's kerning measured from the PDF itself: kerned pairs printed closer by the font's own values, the
// TJ numbers that move them, and the corpus text still coming back word for word.
#include <gtest/gtest.h>
#include <hb.h>

#include <cmath>
#include <cstdlib>
#include <map>
#include <string_view>

#include "input/text/text_reader.hpp"
#include "output/pdf/font_files.hpp"
#include "output/pdf/font_metrics.hpp"
#include "output/pdf/page_style.hpp"
#include "output/pdf/pdf_writer.hpp"
#include "pdf_lines.hpp"
#include "pdf_test_support.hpp"
#include "tests/support/test_data.hpp"

namespace folio {
namespace {

constexpr double kSlack = 0.05;  // pt: rounding of widths in the content stream and in poppler's boxes

// The kerning between the two letters of pair in the font file, in em, straight from HarfBuzz.
double harfbuzz_kern(const std::string& path, const std::string& pair) {
    hb_blob_t* blob = hb_blob_create_from_file(path.c_str());
    hb_face_t* face = hb_face_create(blob, 0);
    hb_font_t* font = hb_font_create(face);
    hb_buffer_t* buffer = hb_buffer_create();
    hb_buffer_add_utf8(buffer, pair.c_str(), -1, 0, -1);
    hb_buffer_guess_segment_properties(buffer);
    hb_shape(font, buffer, nullptr, 0);
    unsigned count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
    const double kern =
        count == 2 ? pos[0].x_advance - hb_font_get_glyph_h_advance(font, info[0].codepoint) : 0;
    const double em = kern / hb_face_get_upem(face);
    hb_buffer_destroy(buffer);
    hb_font_destroy(font);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
    return em;
}

// The width of word in the font file, in em, shaped whole by HarfBuzz.
double harfbuzz_width(const std::string& path, const std::string& word) {
    hb_blob_t* blob = hb_blob_create_from_file(path.c_str());
    hb_face_t* face = hb_face_create(blob, 0);
    hb_font_t* font = hb_font_create(face);
    hb_buffer_t* buffer = hb_buffer_create();
    hb_buffer_add_utf8(buffer, word.c_str(), -1, 0, -1);
    hb_buffer_guess_segment_properties(buffer);
    hb_shape(font, buffer, nullptr, 0);
    unsigned count = 0;
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
    double units = 0;
    for (unsigned i = 0; i < count; ++i) units += pos[i].x_advance;
    const double em = units / hb_face_get_upem(face);
    hb_buffer_destroy(buffer);
    hb_font_destroy(font);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
    return em;
}

std::string body_font_path() {
    const auto file = pdf::find_installed_font("Liberation Serif", false, false);
    return file ? file->path : std::string();
}

std::string pdf_of(const std::string& paragraph, const std::string& lang = "en") {
    Document doc;
    doc.meta.title = "Kerning";
    doc.meta.lang = lang;
    doc.blocks = {Paragraph{plain(paragraph), ""}};
    Diagnostics diagnostics;
    return write_pdf(doc, WriteOptions{}, diagnostics);
}

// The numbers of every TJ array in the PDF's content streams.
std::vector<double> tj_numbers(const pdf_test::PdfFile& file) {
    const std::string qdf =
        pdf_test::run("qpdf --qdf --object-streams=disable '" + file.path() + "' - 2>/dev/null");
    // Scanned by hand: std::regex recurses once per character and overflows the stack on a whole file.
    std::vector<double> numbers;
    for (std::size_t end = qdf.find("] TJ"); end != std::string::npos; end = qdf.find("] TJ", end + 4)) {
        const std::size_t open = qdf.rfind('[', end);
        if (open == std::string::npos) continue;
        const std::string inside = qdf.substr(open + 1, end - open - 1);
        // The numbers stand between two hex strings: "> 80.078 <".
        for (std::size_t at = inside.find("> "); at != std::string::npos; at = inside.find("> ", at + 2)) {
            char* stop = nullptr;
            const double value = std::strtod(inside.c_str() + at + 2, &stop);
            if (stop != inside.c_str() + at + 2 && std::string_view(stop).starts_with(" <"))
                numbers.push_back(value);
        }
    }
    return numbers;
}

TEST(PdfKerning, KernedPairsArePrintedCloserByTheFontsKerning) {
    const std::string path = body_font_path();
    ASSERT_FALSE(path.empty()) << "Liberation Serif is not installed";
    const pdf::FontMetrics& metrics = pdf::font_metrics(path);
    const double size = pdf::style::body().size;
    const pdf_test::PdfFile file(pdf_of("AV To Wa"), "kerning-pairs");
    const pdf_test::PrintedPdf printed = pdf_test::printed_lines(file.path());
    const pdf_test::PrintedLine* line = nullptr;
    for (const pdf_test::PrintedLine& candidate : printed.lines)
        if (candidate.text() == "AV To Wa") line = &candidate;
    ASSERT_NE(line, nullptr);
    ASSERT_EQ(line->words.size(), 3u);
    for (const pdf_test::PrintedWord& word : line->words) {
        const std::u32string letters{static_cast<char32_t>(word.text[0]),
                                     static_cast<char32_t>(word.text[1])};
        const double nominal = (metrics.advance(letters[0]) + metrics.advance(letters[1])) * size;
        const double kern = harfbuzz_kern(path, word.text);
        EXPECT_LT(kern * size, -0.3) << word.text << ": the font kerns this pair";
        EXPECT_NEAR(word.x_max - word.x_min, nominal + kern * size, kSlack) << word.text;
    }
}

// Words are kerned whole, also across the points where they could be hyphenated (Waf-fen, ver-gan-ge-nen):
// when no line ends there, each word is as wide as HarfBuzz sets it.
TEST(PdfKerning, WordsAreKernedAcrossTheirHyphenationPoints) {
    const std::string path = body_font_path();
    ASSERT_FALSE(path.empty()) << "Liberation Serif is not installed";
    const double size = pdf::style::body().size;
    const std::string text = "Waffen vergangenen Treffen Rohstoffen Verteidigungsminister";
    const pdf_test::PdfFile file(pdf_of(text, "de"), "kerning-joints");
    const pdf_test::PrintedPdf printed = pdf_test::printed_lines(file.path());
    const pdf_test::PrintedLine* line = nullptr;
    for (const pdf_test::PrintedLine& candidate : printed.lines)
        if (candidate.text() == text) line = &candidate;
    ASSERT_NE(line, nullptr);
    for (const pdf_test::PrintedWord& word : line->words)
        EXPECT_NEAR(word.x_max - word.x_min, harfbuzz_width(path, word.text) * size, kSlack) << word.text;
}

TEST(PdfKerning, TjNumbersAreTheKerningInThousandthsOfAnEm) {
    const std::string path = body_font_path();
    ASSERT_FALSE(path.empty()) << "Liberation Serif is not installed";
    const pdf_test::PdfFile file(pdf_of("AV"), "kerning-tj");
    const std::vector<double> numbers = tj_numbers(file);
    ASSERT_EQ(numbers.size(), 1u);
    // TJ numbers are subtracted from the pen position: a negative kern is a positive number.
    EXPECT_NEAR(numbers.front(), -harfbuzz_kern(path, "AV") * 1000, 0.01);
}

// pdftotext -raw output with the line breaker's hyphens rejoined and white space made single spaces.
std::string words_of(const std::string& text) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 3, "\u00AD\n") == 0) {  // U+00AD at a line end: the word goes on
            i += 2;
            continue;
        }
        const char c = text[i];
        const bool no_break_space = text.compare(i, 2, "\u00A0") == 0;  // printed as a space
        if (no_break_space || c == ' ' || c == '\n' || c == '\t' || c == '\f') {
            if (no_break_space) ++i;
            space = !out.empty();
            continue;
        }
        if (space && !out.empty() && out.back() != '-' && out.back() != '/') out += ' ';
        space = false;
        out += c;
    }
    return out;
}

class CorpusKerning : public testing::TestWithParam<std::string> {};

TEST_P(CorpusKerning, RunsAreKernedAndEveryParagraphComesBackWordForWord) {
    Diagnostics diagnostics;
    const std::string name = "corpus/" + GetParam() + ".txt";
    const Document doc = read_text(test::read_file(test::data_path(name)), ReadOptions{name}, diagnostics);
    const pdf_test::PdfFile file(write_pdf(doc, WriteOptions{}, diagnostics), GetParam() + "-kerning");
    EXPECT_GE(tj_numbers(file).size(), 10u);
    const std::string printed =
        words_of(pdf_test::without_footers(pdf_test::without_lines(file.text_raw(), doc.meta.title)));
    std::string model;
    for (const Block& block : doc.blocks) model += block_plain_text(block) + "\n";
    for (const Block& block : doc.blocks) {
        const auto* paragraph = std::get_if<Paragraph>(&block);
        if (paragraph == nullptr) continue;
        const std::string expected = words_of(to_plain_text(paragraph->content));
        EXPECT_NE(printed.find(expected), std::string::npos) << expected;
    }
    for (const char* letters : {"ä", "ö", "ü", "ß", "“", "”", "부산"})
        EXPECT_EQ(pdf_test::count(printed, letters) > 0, pdf_test::count(model, letters) > 0) << letters;
}

INSTANTIATE_TEST_SUITE_P(Articles, CorpusKerning,
                         testing::Values("de_nordkorea_waffen", "de_busan_hafen", "de_chile_lithium",
                                         "en_digital_ids", "en_west_balkans", "fr_agriculteurs_latin1"));

}  // namespace
}  // namespace folio
