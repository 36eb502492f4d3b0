// Drawing a run of text with its kerning: one TJ array whose numbers move the glyphs as HarfBuzz placed them.
#include "output/pdf/kerned_text.hpp"

#include <podofo/podofo.h>

#include <charconv>
#include <cmath>

namespace folio::pdf {

namespace {

PoDoFo::PdfString utf8_string(const std::string& text) {
    return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(text.c_str()));
}

// The byte offset just past code point `index` of UTF-8 text (from byte `from`, at code point `at`).
std::size_t end_of_code_point(const std::string& text, std::size_t from, std::uint32_t at,
                              std::uint32_t index) {
    std::size_t byte = from;
    for (; byte < text.size(); ++byte) {
        if ((static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80) continue;  // a continuation byte
        if (at++ == index + 1) return byte;
    }
    return text.size();
}

// A TJ number: thousandths of an em, subtracted from the pen position, so a kern of -0.07 em is 70.
void append_adjustment(PoDoFo::PdfStream& canvas, float em) {
    const double value = std::round(-static_cast<double>(em) * 1e6) / 1e3;
    char buffer[32];
    buffer[0] = ' ';
    const auto end = std::to_chars(buffer + 1, buffer + sizeof buffer - 1, value).ptr;
    *end = ' ';
    canvas.Append(buffer, static_cast<PoDoFo::pdf_long>(end + 1 - buffer));
}

}  // namespace

void draw_kerned_text(PoDoFo::PdfPainter& painter, PoDoFo::PdfFont& font, double x, double y,
                      const std::string& text, const std::vector<Kern>& kerns) {
    const PoDoFo::PdfString whole = utf8_string(text);
    painter.BeginText(x, y);  // registers the font on the page
    if (font.IsSubsetting()) font.AddUsedSubsettingGlyphs(whole, whole.GetCharacterLength());
    PoDoFo::PdfStream& canvas = *painter.GetCanvas();
    canvas.Append("[");
    std::size_t byte = 0;
    std::uint32_t at = 0;  // the code point starting at byte
    for (const Kern& kern : kerns) {
        const std::size_t end = end_of_code_point(text, byte, at, kern.after);
        if (end <= byte) continue;
        font.WriteStringToStream(utf8_string(text.substr(byte, end - byte)), &canvas);
        append_adjustment(canvas, kern.em);
        byte = end;
        at = kern.after + 1;
    }
    if (byte < text.size()) font.WriteStringToStream(utf8_string(text.substr(byte)), &canvas);
    canvas.Append("] TJ\n");
    painter.EndText();
}

}  // namespace folio::pdf
