// The PoDoFo objects of one PDF: subset fonts (Identity-H) created on first use, and embedded images.
#include "output/pdf/pdf_resources.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_TRUETYPE_TABLES_H
#include <podofo/podofo.h>

#include <algorithm>

#include "formats/diagnostics.hpp"
#include "output/common/image_media_type.hpp"
#include "output/common/png_check.hpp"
#include "output/pdf/font_program.hpp"
#include "output/pdf/jpeg_image.hpp"
#include "output/pdf/png_image.hpp"
#include "output/pdf/png_stream.hpp"
#include "output/pdf/subset_embedding.hpp"

namespace folio::pdf {

namespace {

// One encoding object for every font: PoDoFo leaks a font's own encoding on a font-cache hit, and this one
// is never deleted by a font (bAutoDelete false).
const PoDoFo::PdfEncoding* identity_encoding() {
    static const PoDoFo::PdfIdentityEncoding encoding(0, 0xffff, false);
    return &encoding;
}

// PoDoFo's protected subset prefix of font metrics, reached without making an object of this type.
struct SubsetPrefixAccess : PoDoFo::PdfFontMetrics {
    static constexpr std::string PoDoFo::PdfFontMetrics::*kPrefix = &SubsetPrefixAccess::m_sFontSubsetPrefix;
};

// The font files as PoDoFo's subset fonts read them, one FreeType library and one set of metrics of each
// file per thread: PoDoFo counts the owners of their buffers, and FreeType those of a face, without
// atomics, so they stay in their thread.
class ThreadFonts {
public:
    ThreadFonts() {
        if (FT_Init_FreeType(&library_) != 0) library_ = nullptr;
    }
    ~ThreadFonts() {
        files_.clear();
        if (library_ != nullptr) FT_Done_FreeType(library_);
    }
    ThreadFonts(const ThreadFonts&) = delete;
    ThreadFonts& operator=(const ThreadFonts&) = delete;

    // PoDoFo's metrics of the file for one document's subset font named with `prefix` (owned by the font
    // made with them), as new PdfFontMetricsFreetype(library, the whole file, false, prefix) makes them, but
    // copied from metrics made once: making them reads the file's tables and loads 224 glyphs for a width
    // table. The copies share one FreeType face, which nothing changes once it is made (size 1, Unicode
    // map), and each holds a reference to it. nullptr when FreeType cannot read the file; throws
    // PoDoFo::PdfError as PoDoFo does for a file it cannot use.
    PoDoFo::PdfFontMetricsFreetype* metrics(const std::string& path, const char* prefix) {
        auto it = files_.find(path);
        if (it == files_.end()) it = files_.emplace(path, load(path)).first;
        const std::unique_ptr<PoDoFo::PdfFontMetricsFreetype>& made = it->second.metrics;
        if (made == nullptr) return nullptr;
        auto* copy = new PoDoFo::PdfFontMetricsFreetype(*made);
        FT_Reference_Face(copy->GetFace());
        copy->*SubsetPrefixAccess::kPrefix = prefix;
        return copy;
    }

private:
    struct File {
        FontProgram program;  // what the metrics read
        std::unique_ptr<PoDoFo::PdfFontMetricsFreetype> metrics;
    };

    // Metrics of the whole font file, as PdfFontMetricsFreetype::CreateForSubsetting makes them; none when
    // FreeType cannot read the file.
    File load(const std::string& path) {
        if (library_ == nullptr) return {};
        File file{font_program(library_, path), nullptr};
        if (file.program.bytes.GetSize() == 0) return {};
        file.metrics =
            std::make_unique<PoDoFo::PdfFontMetricsFreetype>(&library_, file.program.bytes, false, "");
        return file;
    }

    FT_Library library_ = nullptr;
    std::map<std::string, File> files_;
};

ThreadFonts& thread_fonts() {
    thread_local ThreadFonts fonts;
    return fonts;
}

// PdfFontCache::genSubsetBasename: the next of AAAAAA+, BAAAAA+, …, ZAAAAA+, ABAAAA+, ….
const char* next_subset_prefix(std::array<char, 8>& prefix) {
    for (std::size_t i = 0; i < 6; ++i) {
        if (++prefix[i] <= 'Z') break;
        prefix[i] = 'A';
    }
    return prefix.data();
}

}  // namespace

std::mutex& podofo_date_mutex() {
    static std::mutex mutex;
    return mutex;
}

PdfResources::PdfResources(PoDoFo::PdfMemDocument& doc, const FontSet& fonts, Diagnostics& diagnostics)
    : doc_(doc), fonts_(fonts), diagnostics_(diagnostics) {}

PdfResources::~PdfResources() {
    for (const PoDoFo::TFontCacheElement& subset : subsets_) delete subset.m_pFont;
}

PoDoFo::PdfFont* PdfResources::font(int index, double size) {
    const auto slot = static_cast<std::size_t>(index);
    if (slot >= pdf_fonts_.size()) pdf_fonts_.resize(slot + 1, nullptr);
    if (pdf_fonts_[slot] == nullptr) {
        const FontFile& file = fonts_.file(index);
        PoDoFo::PdfFont* created = nullptr;
        try {
            created = subset_font(file);
        } catch (const PoDoFo::PdfError&) {
            created = nullptr;
        }
        if (created == nullptr) throw Error("PDF: cannot embed font " + file.path);
        pdf_fonts_[slot] = created;
    }
    pdf_fonts_[slot]->SetFontSize(static_cast<float>(size));
    return pdf_fonts_[slot];
}

// PdfFontCache::GetFontSubset with the file's bytes from this thread's copy: a font of the same family and
// style as one made before is that font; a new one gets the next subset prefix and joins the sorted list.
PoDoFo::PdfFont* PdfResources::subset_font(const FontFile& file) {
    const auto range = std::equal_range(
        subsets_.begin(), subsets_.end(),
        PoDoFo::TFontCacheElement(file.family.c_str(), file.bold, file.italic, false, identity_encoding()));
    if (range.first != range.second) return range.first->m_pFont;
    PoDoFo::PdfFontMetricsFreetype* metrics =
        thread_fonts().metrics(file.path, next_subset_prefix(subset_prefix_));
    if (metrics == nullptr) return nullptr;
    int flags = PoDoFo::ePdfFont_Subsetting | PoDoFo::ePdfFont_Embedded;
    if (file.bold) flags |= PoDoFo::ePdfFont_Bold;
    if (file.italic) flags |= PoDoFo::ePdfFont_Italic;
    PoDoFo::PdfFont* font = nullptr;
    try {
        font =
            PoDoFo::PdfFontFactory::CreateFontObject(metrics, flags, identity_encoding(), &doc_.GetObjects());
    } catch (const PoDoFo::PdfError&) {
        font = nullptr;  // PdfFontCache::CreateFontObject swallows the error the same way
    }
    if (font == nullptr) return nullptr;
    PoDoFo::TFontCacheElement element;
    element.m_pFont = font;
    element.m_bBold = font->IsBold();
    element.m_bItalic = font->IsItalic();
    element.m_sFontName = file.family.c_str();
    element.m_pEncoding = identity_encoding();
    element.m_bIsSymbolCharset = metrics->IsSymbol();
    subsets_.insert(range.first, element);
    return font;
}

void PdfResources::embed_fonts() {
    for (const PoDoFo::TFontCacheElement& subset : subsets_)
        if (subset.m_pFont->IsSubsetting()) embed_subset_font(*subset.m_pFont, deflation_);
    deflation_.finish();
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
