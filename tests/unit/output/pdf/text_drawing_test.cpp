// Text drawn by folio's text operators checked against PoDoFo's painter: the same page content, byte for
// byte, and the font registered on the page alike.
#include <gtest/gtest.h>
#include <podofo/podofo.h>

#include <cmath>
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "output/pdf/kerned_text.hpp"

namespace folio {
namespace {

struct Drawn {
    std::string content;    // the page's content stream, decoded
    std::string resources;  // the page's resource dictionary
};

// One page with `draw` run by a painter whose font is Liberation Serif at `size` (a subset, Identity-H).
Drawn page_drawn(float size, const std::function<void(PoDoFo::PdfPainter&, PoDoFo::PdfFont&)>& draw) {
    static const PoDoFo::PdfIdentityEncoding encoding(0, 0xffff, false);
    PoDoFo::PdfMemDocument doc;
    PoDoFo::PdfFont* font = doc.CreateFontSubset("Liberation Serif", false, false, false, &encoding);
    EXPECT_NE(font, nullptr);
    if (font == nullptr) return {};
    font->SetFontSize(size);
    PoDoFo::PdfPage* page = doc.CreatePage(PoDoFo::PdfPage::CreateStandardPageSize(PoDoFo::ePdfPageSize_A4));
    PoDoFo::PdfPainter painter;
    painter.SetPage(page);
    painter.SetFont(font);
    draw(painter, *font);
    painter.FinishPage();
    Drawn drawn;
    char* data = nullptr;
    PoDoFo::pdf_long length = 0;
    page->GetContents()->GetStream()->GetFilteredCopy(&data, &length);
    drawn.content.assign(data, static_cast<std::size_t>(length));
    PoDoFo::podofo_free(data);
    page->GetResources()->ToString(drawn.resources);
    return drawn;
}

void expect_same(const Drawn& folio, const Drawn& podofo) {
    EXPECT_EQ(folio.content, podofo.content);
    EXPECT_EQ(folio.resources, podofo.resources);
    EXPECT_NE(folio.content.find(" Tf\n"), std::string::npos);
}

TEST(TextDrawing, PlainTextIsWhatThePainterDrawTextWrites) {
    const std::string text = "Grüße, Welt – „Zitat“";
    for (const float size : {9.5F, 10.123456F, 1000.0F}) {
        for (const std::pair<double, double>& at :
             {std::pair{72.0, 700.25}, {-0.0004, 1e-7}, {523.4567, 0.0}}) {
            const Drawn podofo = page_drawn(size, [&](PoDoFo::PdfPainter& painter, PoDoFo::PdfFont&) {
                painter.DrawText(at.first, at.second,
                                 PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(text.c_str())));
            });
            const Drawn folio = page_drawn(size, [&](PoDoFo::PdfPainter& painter, PoDoFo::PdfFont& font) {
                pdf::draw_text(painter, font, at.first, at.second, text);
            });
            expect_same(folio, podofo);
        }
    }
}

TEST(TextDrawing, TextWithATabIsWidenedAsThePainterDoes) {
    const std::string text = "a\tb";
    const auto pdf_string = [&] {
        return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(text.c_str()));
    };
    expect_same(page_drawn(9.5F, [&](PoDoFo::PdfPainter& painter,
                                     PoDoFo::PdfFont& font) { pdf::draw_text(painter, font, 10, 20, text); }),
                page_drawn(9.5F, [&](PoDoFo::PdfPainter& painter, PoDoFo::PdfFont&) {
                    painter.DrawText(10, 20, pdf_string());
                }));
}

TEST(TextDrawing, KernedTextOpensItsTextObjectAsBeginTextDoes) {
    const std::string text = "AVATAR";
    const std::vector<pdf::Kern> kerns = {{0, -0.074F}, {2, -0.0925F}};
    const Drawn folio = page_drawn(11.0F, [&](PoDoFo::PdfPainter& painter, PoDoFo::PdfFont& font) {
        pdf::draw_kerned_text(painter, font, 56.693, 611.3, text, kerns);
    });
    const Drawn podofo = page_drawn(11.0F, [&](PoDoFo::PdfPainter& painter, PoDoFo::PdfFont& font) {
        painter.BeginText(56.693, 611.3);
        PoDoFo::PdfStream& canvas = *painter.GetCanvas();
        const auto write = [&](const char* part) {
            font.WriteStringToStream(PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(part)),
                                     &canvas);
        };
        canvas.Append("[");
        write("A");
        canvas.Append(" 74 ");
        write("VA");
        canvas.Append(" 92.5 ");
        write("TAR");
        canvas.Append("] TJ\n");
        painter.EndText();
    });
    expect_same(folio, podofo);
}

// Positions print as the painter's "%.3f" prints them, halfway cases and their binary neighbours included.
TEST(TextDrawing, PositionsAreRoundedAsThePainterRoundsThem) {
    std::vector<double> values = {1.0005,   0.0005,  0.0015, 2.0025, 1234.5675, 0.1235,
                                  -1.0005,  -0.0005, -0.0,   3.9995, 0.9995,    1e15 + 0.5,
                                  1e17,     -1e19,   1e300,  5e-324, 72.0625,   0.00049999999999999999,
                                  841.8898, 595.2756};
    std::uint32_t seed = 11;
    for (int i = 0; i < 300; ++i) {  // thousandths and their halves, nudged to the next doubles either way
        seed = seed * 1664525u + 1013904223u;
        const double half = (static_cast<double>(seed % 2000000) + 0.5) / 1000.0 - 1000.0;
        values.insert(values.end(), {half, std::nextafter(half, 1e9), std::nextafter(half, -1e9)});
    }
    const std::string text = "x";
    const auto pdf_string = [&] {
        return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(text.c_str()));
    };
    expect_same(page_drawn(9.5F,
                           [&](PoDoFo::PdfPainter& painter, PoDoFo::PdfFont& font) {
                               for (const double v : values) pdf::draw_text(painter, font, v, -v, text);
                           }),
                page_drawn(9.5F, [&](PoDoFo::PdfPainter& painter, PoDoFo::PdfFont&) {
                    for (const double v : values) painter.DrawText(v, -v, pdf_string());
                }));
}

// Every script's glyphs, characters outside the Basic Multilingual Plane (two UTF-16 code units, each
// looked up as PoDoFo looks it up), and characters the font lacks, in plain and in kerned text.
TEST(TextDrawing, GlyphsOfEveryScriptAreWrittenAsPoDoFoWritesThem) {
    const std::string text = "Grüße Ελληνικά Кириллица עברית 中文 😀𝄞 ﬁ\u00AD";
    const auto pdf_string = [](const std::string& part) {
        return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(part.c_str()));
    };
    expect_same(page_drawn(9.5F, [&](PoDoFo::PdfPainter& painter,
                                     PoDoFo::PdfFont& font) { pdf::draw_text(painter, font, 10, 20, text); }),
                page_drawn(9.5F, [&](PoDoFo::PdfPainter& painter, PoDoFo::PdfFont&) {
                    painter.DrawText(10, 20, pdf_string(text));
                }));
    // Kerns after code points 2 ("ü"), 5 (the space) and 34 (the emoji).
    const std::vector<pdf::Kern> kerns = {{2, -0.05F}, {5, 0.125F}, {34, -0.001F}};
    const std::string pieces[] = {"Grü", "ße ", "Ελληνικά Кириллица עברית 中文 😀", "𝄞 ﬁ\u00AD"};
    const Drawn folio = page_drawn(11.0F, [&](PoDoFo::PdfPainter& painter, PoDoFo::PdfFont& font) {
        pdf::draw_kerned_text(painter, font, 56.693, 611.3, text, kerns);
    });
    const Drawn podofo = page_drawn(11.0F, [&](PoDoFo::PdfPainter& painter, PoDoFo::PdfFont& font) {
        painter.BeginText(56.693, 611.3);
        PoDoFo::PdfStream& canvas = *painter.GetCanvas();
        canvas.Append("[");
        font.WriteStringToStream(pdf_string(pieces[0]), &canvas);
        canvas.Append(" 50 ");
        font.WriteStringToStream(pdf_string(pieces[1]), &canvas);
        canvas.Append(" -125 ");
        font.WriteStringToStream(pdf_string(pieces[2]), &canvas);
        canvas.Append(" 1 ");
        font.WriteStringToStream(pdf_string(pieces[3]), &canvas);
        canvas.Append("] TJ\n");
        painter.EndText();
    });
    expect_same(folio, podofo);
}

}  // namespace
}  // namespace folio
