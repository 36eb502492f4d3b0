// PDF writer: a typeset article (embedded subset fonts, justified hyphenated text, figure, bios, outline).
#include "output/pdf/pdf_writer.hpp"

#include <podofo/podofo.h>

#include <memory>
#include <mutex>
#include <variant>

#include "formats/utf8.hpp"
#include "output/common/attached_images.hpp"
#include "output/common/build_time.hpp"
#include "output/common/labels.hpp"
#include "output/pdf/article_rows.hpp"
#include "output/pdf/hyphenation.hpp"
#include "output/pdf/page_painter.hpp"
#include "output/pdf/pagination.hpp"
#include "output/pdf/pdf_metadata.hpp"
#include "output/pdf/pdf_resources.hpp"
#include "output/pdf/typesetter.hpp"

namespace folio {

namespace {

// PoDoFo's document constructor formats a date with a non-reentrant libc call; construct one at a time.
std::unique_ptr<PoDoFo::PdfMemDocument> new_document() {
    static std::once_flag quiet;
    std::call_once(quiet, [] {
        PoDoFo::PdfError::EnableLogging(false);
        PoDoFo::PdfError::EnableDebug(false);
    });
    const std::lock_guard lock(pdf::podofo_date_mutex());
    return std::make_unique<PoDoFo::PdfMemDocument>();
}

// The title for the running header: cut at a word boundary when long.
std::string short_title(const std::string& title) {
    constexpr std::size_t kMaxCodePoints = 70;
    std::u32string text = decode_utf8(title);
    if (text.size() <= kMaxCodePoints) return title;
    std::size_t cut = text.rfind(U' ', kMaxCodePoints);
    if (cut == std::u32string::npos || cut < kMaxCodePoints / 2) cut = kMaxCodePoints;
    text.resize(cut);
    return encode_utf8(text) + "\u2009\u2026";
}

std::string subject_of(const Document& doc) {
    if (!doc.meta.subtitle.empty()) return doc.meta.subtitle;
    for (const Block& block : doc.blocks)
        if (const auto* p = std::get_if<Paragraph>(&block); p != nullptr && p->role == "lead")
            return to_plain_text(p->content);
    return {};
}

std::string to_bytes(PoDoFo::PdfMemDocument& doc) {
    PoDoFo::PdfRefCountedBuffer buffer;
    PoDoFo::PdfOutputDevice device(&buffer);
    doc.Write(&device);
    return std::string(buffer.GetBuffer(), static_cast<std::size_t>(device.GetLength()));
}

}  // namespace

std::string write_pdf(const Document& article, const WriteOptions& options, Diagnostics& diagnostics) {
    const Document doc = with_attached_image(article, options, diagnostics);
    const pdf::PageGeometry geometry = pdf::page_geometry(options.pdf_paper);
    pdf::FontSet fonts(options);
    const pdf::PatternDictionary* dictionary = pdf::hyphenation_dictionary(doc.meta.lang);
    if (dictionary == nullptr && !doc.meta.lang.empty())
        diagnostics.warn("PDF: no hyphenation dictionary for language \"" + doc.meta.lang +
                         "\"; text is not hyphenated");
    pdf::Typesetter typesetter(fonts, dictionary, doc.meta.lang, options.pdf_ragged_right, diagnostics);

    const std::vector<pdf::Row> rows = pdf::article_rows(doc, typesetter, geometry, diagnostics);
    const std::vector<pdf::PageRows> pages = pdf::paginate(rows, geometry.text_height());

    pdf::PageFurniture furniture;
    if (!doc.meta.title.empty())
        furniture.header = typesetter.set(pdf::flatten_plain(short_title(doc.meta.title)),
                                          pdf::style::running_header(), geometry.text_width);
    const int page_count = static_cast<int>(pages.size());
    for (int n = 1; n <= page_count; ++n)
        furniture.footer.push_back(
            typesetter.set(pdf::flatten_plain(page_n_of_m(doc.meta.lang, n, page_count)),
                           pdf::style::footer(), geometry.text_width));

    std::unique_ptr<PoDoFo::PdfMemDocument> pdf_doc = new_document();
    try {
        pdf::PdfResources resources(*pdf_doc, fonts);
        const std::vector<pdf::BookmarkTarget> targets =
            pdf::paint_pages(*pdf_doc, resources, pages, geometry, furniture);
        pdf::set_document_metadata(*pdf_doc, doc.meta, subject_of(doc),
                                   build_time(doc.meta, options.source_date_epoch, diagnostics));
        pdf::build_outline(*pdf_doc, targets);
        return to_bytes(*pdf_doc);
    } catch (const PoDoFo::PdfError& error) {
        throw Error(std::string("PDF: PoDoFo failed: ") + PoDoFo::PdfError::ErrorMessage(error.GetError()));
    }
}

}  // namespace folio
