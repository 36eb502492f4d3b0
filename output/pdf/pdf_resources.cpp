// The PoDoFo objects of one PDF: subset fonts (Identity-H) created on first use, and embedded images.
#include "output/pdf/pdf_resources.hpp"

#include <podofo/podofo.h>

#include "formats/diagnostics.hpp"
#include "output/common/image_media_type.hpp"
#include "output/common/png_check.hpp"
#include "output/pdf/jpeg_image.hpp"
#include "output/pdf/png_image.hpp"
#include "output/pdf/png_stream.hpp"

namespace folio::pdf {

namespace {

// One encoding object for every font: PoDoFo leaks a font's own encoding on a font-cache hit, and this one
// is never deleted by a font (bAutoDelete false).
const PoDoFo::PdfEncoding* identity_encoding() {
    static const PoDoFo::PdfIdentityEncoding encoding(0, 0xffff, false);
    return &encoding;
}

}  // namespace

std::mutex& podofo_date_mutex() {
    static std::mutex mutex;
    return mutex;
}

PdfResources::PdfResources(PoDoFo::PdfMemDocument& doc, const FontSet& fonts, Diagnostics& diagnostics)
    : doc_(doc), fonts_(fonts), diagnostics_(diagnostics) {}

PdfResources::~PdfResources() = default;

PoDoFo::PdfFont* PdfResources::font(int index, double size) {
    const auto slot = static_cast<std::size_t>(index);
    if (slot >= pdf_fonts_.size()) pdf_fonts_.resize(slot + 1, nullptr);
    if (pdf_fonts_[slot] == nullptr) {
        const FontFile& file = fonts_.file(index);
        PoDoFo::PdfFont* created = nullptr;
        try {
            created = doc_.CreateFontSubset(file.family.c_str(), file.bold, file.italic, false,
                                            identity_encoding(), file.path.c_str());
        } catch (const PoDoFo::PdfError&) {
            created = nullptr;
        }
        if (created == nullptr) throw Error("PDF: cannot embed font " + file.path);
        pdf_fonts_[slot] = created;
    }
    pdf_fonts_[slot]->SetFontSize(static_cast<float>(size));
    return pdf_fonts_[slot];
}

PoDoFo::PdfImage* PdfResources::image(const Figure& figure) {
    auto it = images_.find(figure.image.data());
    if (it != images_.end()) return it->second.get();
    auto created = std::make_unique<PoDoFo::PdfImage>(&doc_);
    try {
        const std::string type = sniff_image_media_type(figure.image);
        const std::optional<JpegLayout> jpeg =
            type == "image/jpeg" ? jpeg_layout(figure.image) : std::nullopt;
        if (jpeg && jpeg->frame) {
            embed_jpeg(*created, figure.image, *jpeg->frame);
        } else if (const std::optional<PngStream> stream =
                       type == "image/png" ? png_stream(figure.image) : std::nullopt) {
            embed_png_stream(*created, *stream);
        } else {
            const std::vector<std::uint8_t> pixels = png_pixel_chunks(figure.image);
            created->LoadFromData(pixels.data(), static_cast<PoDoFo::pdf_long>(pixels.size()));
        }
    } catch (const PoDoFo::PdfError&) {
        created.reset();
    }
    if (created == nullptr || created->GetWidth() <= 0 || created->GetHeight() <= 0) {
        diagnostics_.warn("PDF: the image of figure \"" + (figure.src.empty() ? figure.alt : figure.src) +
                          "\" cannot be decoded; an empty frame stands in its place");
        created.reset();
    }
    return images_.emplace(figure.image.data(), std::move(created)).first->second.get();
}

}  // namespace folio::pdf
