// Drawing a run of text: plain (Tj), or with its kerning (one TJ array whose numbers move the glyphs as
// HarfBuzz placed them).
#include "output/pdf/kerned_text.hpp"

#include <podofo/podofo.h>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "formats/utf8.hpp"

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
void append_adjustment(std::string& out, float em) {
    const double value = std::round(-static_cast<double>(em) * 1e6) / 1e3;
    char buffer[32];
    buffer[0] = ' ';
    const auto end = std::to_chars(buffer + 1, buffer + sizeof buffer - 1, value).ptr;
    *end = ' ';
    out.append(buffer, end + 1);
}

// A number as PdfPainter prints it: its stream is fixed with three decimals ("%.3f"). The value times 1000
// is exact in a long double (a double's 53 bits times 1000 fit its 64), so rounding that to the nearest
// integer, ties to even, gives printf's digits; values too large for an integer go through to_chars.
void append_number(std::string& out, double value) {
    const long double thousandths = static_cast<long double>(value) * 1000.0L;
    if (!(std::fabs(thousandths) < 1e18L)) {  // also NaN and infinity
        char buffer[400];  // the longest double in fixed notation, with three decimals, fits
        const auto end =
            std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 3).ptr;
        out.append(buffer, end);
        return;
    }
    // llrint rounds as nearbyint does (ties to even), straight to an integer, without saving and restoring
    // the floating-point environment as glibc's nearbyintl does.
    const auto rounded = static_cast<std::uint64_t>(std::llrint(std::fabs(thousandths)));
    if (std::signbit(value)) out += '-';  // "-0.000" for a negative value that rounds to zero, as printf
    char digits[24];
    char* end = std::to_chars(digits, digits + sizeof digits, rounded / 1000).ptr;
    *end++ = '.';
    const auto fraction = static_cast<unsigned>(rounded % 1000);
    *end++ = static_cast<char>('0' + fraction / 100);
    *end++ = static_cast<char>('0' + fraction / 10 % 10);
    *end++ = static_cast<char>('0' + fraction % 10);
    out.append(digits, end);
}

// PoDoFo's protected map of an encoding's own ToUnicode entries, reached without making an object of this
// type.
struct ToUnicodeAccess : PoDoFo::PdfEncoding {
    static constexpr std::map<PoDoFo::pdf_utf16be, PoDoFo::pdf_utf16be> PoDoFo::PdfEncoding::*kMap =
        &ToUnicodeAccess::m_toUnicode;
};

// The UTF-16 code units of UTF-8 text up to its first NUL (PdfString reads it as a C string); nullopt when
// it is not well-formed UTF-8.
std::optional<std::u16string> utf16_units(std::string_view utf8) {
    std::u16string units;
    units.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size() && utf8[i] != '\0';) {
        const Utf8Sequence sequence = utf8_sequence_at(utf8, i);
        if (sequence.length == 0) return std::nullopt;
        const char32_t cp = sequence.code_point;
        if (cp > 0xFFFF) {
            units.push_back(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10)));
            units.push_back(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
        } else {
            units.push_back(static_cast<char16_t>(cp));
        }
        i += sequence.length;
    }
    return units;
}

// The string operand PdfFont::WriteStringToStream writes for UTF-8 text, appended to `out`: with an identity
// encoding that has no ToUnicode entries of its own, each UTF-16 code unit's glyph (the metrics' GetGlyphId)
// as two bytes in upper-case hex, between < and >. False, with nothing appended, for any other encoding or
// text that is not well-formed UTF-8: PoDoFo's own call decides those.
bool append_glyph_string(std::string& out, const PoDoFo::PdfFont& font, std::string_view utf8) {
    const auto* identity = dynamic_cast<const PoDoFo::PdfIdentityEncoding*>(font.GetEncoding());
    if (identity == nullptr || !(identity->*ToUnicodeAccess::kMap).empty()) return false;
    const std::optional<std::u16string> units = utf16_units(utf8);
    if (!units || units->empty()) return false;
    static constexpr char kHex[] = "0123456789ABCDEF";
    const PoDoFo::PdfFontMetrics& metrics = *font.GetFontMetrics();
    out += '<';
    for (const char16_t unit : *units) {
        const long glyph = metrics.GetGlyphId(unit);
        for (const int shift : {12, 8, 4, 0}) out += kHex[(glyph >> shift) & 0xF];
    }
    out += '>';
    return true;
}

// The string operand of `text` written to the page's content, by PoDoFo when append_glyph_string leaves it.
void write_string(PoDoFo::PdfStream& canvas, PoDoFo::PdfFont& font, std::string& pending,
                  std::string_view text) {
    if (append_glyph_string(pending, font, text)) return;
    canvas.Append(pending);
    pending.clear();
    font.WriteStringToStream(utf8_string(std::string(text)), &canvas);
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
    std::string out = text_object_start(painter, font, string, x, y, true);
    write_string(canvas, font, out, text);
    out += " Tj\nET\n";
    canvas.Append(out);
}

void draw_kerned_text(PoDoFo::PdfPainter& painter, PoDoFo::PdfFont& font, double x, double y,
                      const std::string& text, const std::vector<Kern>& kerns) {
    const PoDoFo::PdfString whole = utf8_string(text);
    PoDoFo::PdfStream& canvas = *painter.GetCanvas();
    std::string out = text_object_start(painter, font, whole, x, y, false) + "[";
    const std::string_view all = text;
    std::size_t byte = 0;
    std::uint32_t at = 0;  // the code point starting at byte
    for (const Kern& kern : kerns) {
        const std::size_t end = end_of_code_point(text, byte, at, kern.after);
        if (end <= byte) continue;
        write_string(canvas, font, out, all.substr(byte, end - byte));
        append_adjustment(out, kern.em);
        byte = end;
        at = kern.after + 1;
    }
    if (byte < text.size()) write_string(canvas, font, out, all.substr(byte));
    out += "] TJ\nET\n";
    canvas.Append(out);
}

}  // namespace folio::pdf
