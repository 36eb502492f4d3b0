// Embedding a subset font (Identity-H) with its subsetter reading the font file's bytes in place.
#pragma once

namespace PoDoFo {
class PdfFont;
}

namespace folio::pdf {

class StreamDeflation;

// Embeds the font's subset exactly as PoDoFo 0.9.8's PdfFontCID::EmbedSubsetFont does for a TrueType font
// with Identity-H encoding: the same /W widths, ToUnicode CMap, CIDSet and FontFile2 objects, created in
// the same order, so the PDF's bytes are the same. PoDoFo's own call hands its subsetter two fresh copies of
// the whole font file per font and document (a std::string and the std::istringstream made from it); here
// the subsetter reads the file's bytes where the font's metrics keep them. Other fonts are left to PoDoFo.
// Its streams go to `deflation`, which sets them when finished. Throws PoDoFo::PdfError as PoDoFo's call
// would.
void embed_subset_font(PoDoFo::PdfFont& font, StreamDeflation& deflation);

}  // namespace folio::pdf
