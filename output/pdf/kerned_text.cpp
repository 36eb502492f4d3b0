// Drawing a run of text: plain (Tj), or with its kerning (one TJ array whose numbers move the glyphs as
// HarfBuzz placed them).
#include "output/pdf/kerned_text.hpp"

#include <podofo/podofo.h>

#include <charconv>
#include <cmath>
#include <string>

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

// A number as PdfPainter prints it: its stream is fixed with three decimals ("%.3f"), which to_chars
// with that precision matches digit for digit.
void append_number(std::string& out, double value) {
    char buffer[400];  // the longest double in fixed notation, with three decimals, fits
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 3).ptr;
    out.append(buffer, end);
}

// The start of a text object as PdfPainter writes it, the font registered on the page first and the text's
// code points recorded for the subset: BT, the font and its size (Tf), scale (Tz), character spacing (Tc),
// and the pen position (Td): DrawText gives x, y and Td a line each ("x\ny\nTd "), BeginText one line.
std::string text_object_start(PoDoFo::PdfPainter& painter, PoDoFo::PdfFont& font,
                              const PoDoFo::PdfString& text, double x, double y, bool as_draw_text) {
    painter.GetPage()->AddResource(font.GetIdentifier(), font.GetObject()->Reference(),
                                   PoDoFo::PdfName("Font"));
    if (font.IsSubsetting()) font.AddUsedSubsettingGlyphs(text, text.GetCharacterLength());
    std::string out = "BT\n/" + font.GetIdentifier().GetName() + " ";
    append_number(out, font.GetFontSize());
    out += " Tf\n";
    append_number(out, font.GetFontScale());
    out += " Tz\n";
    append_number(out, static_cast<double>(font.GetFontCharSpace() * font.GetFontSize()) / 100.0);
    out += " Tc\n";
    append_number(out, x);
    out += as_draw_text ? '\n' : ' ';
    append_number(out, y);
    out += as_draw_text ? "\nTd " : " Td\n";
    return out;
}

}  // namespace

void draw_text(PoDoFo::PdfPainter& painter, PoDoFo::PdfFont& font, double x, double y,
               const std::string& text) {
    const PoDoFo::PdfString string = utf8_string(text);
    if (text.find('\t') != std::string::npos) {  // the painter widens tabs to spaces
        painter.DrawText(x, y, string);
        return;
    }
    PoDoFo::PdfStream& canvas = *painter.GetCanvas();
    canvas.Append(text_object_start(painter, font, string, x, y, true));
    font.WriteStringToStream(string, &canvas);
    canvas.Append(" Tj\nET\n");
}

void draw_kerned_text(PoDoFo::PdfPainter& painter, PoDoFo::PdfFont& font, double x, double y,
                      const std::string& text, const std::vector<Kern>& kerns) {
    const PoDoFo::PdfString whole = utf8_string(text);
    PoDoFo::PdfStream& canvas = *painter.GetCanvas();
    canvas.Append(text_object_start(painter, font, whole, x, y, false) + "[");
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
    canvas.Append("] TJ\nET\n");
}

}  // namespace folio::pdf
