// Drawing a run of text: plain (Tj), or with its kerning (one TJ array whose numbers move the glyphs as
// HarfBuzz placed them).
#pragma once

#include <string>
#include <vector>

#include "output/pdf/font_kerning.hpp"

namespace PoDoFo {
class PdfFont;
class PdfPainter;
}  // namespace PoDoFo

namespace folio::pdf {

// Draws UTF-8 text at (x, y) in the painter's current font (a subset with Identity-H encoding, its size
// set), writing what PdfPainter::DrawText writes (its numbers printed with std::to_chars instead of its
// std::ostream, the same digits); records the code points for the subset.
void draw_text(PoDoFo::PdfPainter& painter, PoDoFo::PdfFont& font, double x, double y,
               const std::string& text);

// Draws UTF-8 text at (x, y) in the painter's current font (a subset with Identity-H encoding, its size
// set), moving the pen by each kern after its code point; records the code points for the subset.
void draw_kerned_text(PoDoFo::PdfPainter& painter, PoDoFo::PdfFont& font, double x, double y,
                      const std::string& text, const std::vector<Kern>& kerns);

}  // namespace folio::pdf
