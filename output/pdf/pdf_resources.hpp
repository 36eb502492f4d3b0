// The PoDoFo objects of one PDF: subset fonts (Identity-H) created on first use, and embedded images. The
// subset fonts are made as PoDoFo's font cache makes them (PdfFontCache::GetFontSubset), but from font
// bytes read once per thread instead of once per document.
#pragma once

#include <podofo/doc/PdfFontCache.h>

#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include "formats/block.hpp"
#include "formats/diagnostics.hpp"
#include "output/pdf/deflated_stream.hpp"
#include "output/pdf/font_set.hpp"

namespace PoDoFo {
class PdfMemDocument;
class PdfFont;
class PdfImage;
class PdfObject;
}  // namespace PoDoFo

namespace folio::pdf {

// PoDoFo formats dates with non-reentrant libc calls when it creates a document or an annotation;
// every such call holds this lock.
std::mutex& podofo_date_mutex();

class PdfResources {
public:
    PdfResources(PoDoFo::PdfMemDocument& doc, const FontSet& fonts, Diagnostics& diagnostics);
    ~PdfResources();
    PdfResources(const PdfResources&) = delete;
    PdfResources& operator=(const PdfResources&) = delete;

    // The font as a subset with Identity-H encoding, its size set; throws folio::Error when PoDoFo fails.
    PoDoFo::PdfFont* font(int index, double size);
    // Embeds the subsets of the fonts drawn, in the order PdfMemDocument::Write would, as PoDoFo would but
    // without copying the font files (embed_subset_font), and sets every stream handed to deflate(): call
    // just before writing.
    void embed_fonts();
    // `object`'s stream is to become `data` deflated (StreamDeflation), by embed_fonts() at the latest.
    void deflate(PoDoFo::PdfObject& object, std::string data) { deflation_.add(object, std::move(data)); }
    // The figure's image, embedded once for all the figures sharing its bytes: JPEG as it is (DCT), PNG
    // without alpha or interlacing as its own Flate data (png_stream), other PNG decoded by PoDoFo (Flate
    // with an SMask); nullptr, with a warning, when PoDoFo cannot read it. Only JPEG and PNG come here.
    PoDoFo::PdfImage* image(const Figure& figure);

private:
    PoDoFo::PdfFont* subset_font(const FontFile& file);

    PoDoFo::PdfMemDocument& doc_;
    const FontSet& fonts_;
    Diagnostics& diagnostics_;
    std::vector<PoDoFo::PdfFont*> pdf_fonts_;  // by FontSet index
    // Every subset font, sorted as PoDoFo's font cache sorts them (by family, style): owned here.
    std::vector<PoDoFo::TFontCacheElement> subsets_;
    std::array<char, 8> subset_prefix_{'A' - 1, 'A', 'A', 'A',
                                       'A',     'A', '+', '\0'};               // PoDoFo's next-name rule
    std::map<const std::uint8_t*, std::unique_ptr<PoDoFo::PdfImage>> images_;  // by the bytes' buffer
    StreamDeflation deflation_;
};

}  // namespace folio::pdf
