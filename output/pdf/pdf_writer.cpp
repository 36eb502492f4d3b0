// PDF writer: a typeset article (embedded subset fonts, justified hyphenated text, figure, bios, outline),
// tagged (structure tree, marked content, XMP) unless WriteOptions::pdf_tags is off.
#include "output/pdf/pdf_writer.hpp"

#include <podofo/podofo.h>

#include <memory>
#include <mutex>
#include <optional>
#include <ostream>

#include "output/common/attached_images.hpp"
#include "output/common/build_time.hpp"
#include "output/common/labels.hpp"
#include "output/common/summary.hpp"
#include "output/pdf/article_rows.hpp"
#include "output/pdf/chunked_buffer.hpp"
#include "output/pdf/hyphenation.hpp"
#include "output/pdf/page_painter.hpp"
#include "output/pdf/pagination.hpp"
#include "output/pdf/pdf_metadata.hpp"
#include "output/pdf/pdf_resources.hpp"
#include "output/pdf/structure_marks.hpp"
#include "output/pdf/structure_tree.hpp"
#include "output/pdf/typesetter.hpp"

namespace folio {

namespace {

constexpr std::size_t kMaxRunningTitle = 70;  // code points of the title in the running header

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

// PoDoFo's own memory buffer would over-allocate and then be copied whole.
void write_to(PoDoFo::PdfMemDocument& doc, pdf::ChunkedBuffer& bytes) {
    std::ostream stream(&bytes);
    PoDoFo::PdfOutputDevice device(&stream);
    doc.Write(&device);
}

// The laid-out pages: the largest part of a long article in memory, dropped once they are painted.
struct Layout {
    std::vector<pdf::Row> rows;
    std::vector<pdf::PageRows> pages;  // point into rows
    pdf::PageFurniture furniture;
};

Layout lay_out(const Document& doc, pdf::Typesetter& typesetter, const pdf::PageGeometry& geometry,
               std::uint64_t decoded_pixels, pdf::StructureTree& structure, Diagnostics& diagnostics) {
    Layout layout;
    layout.rows = pdf::article_rows(doc, typesetter, geometry, decoded_pixels, structure, diagnostics);
    layout.pages = pdf::paginate(layout.rows, geometry.text_height());
    if (!doc.meta.title.empty())
        layout.furniture.header =
            typesetter.set(pdf::flatten_plain(shortened(doc.meta.title, kMaxRunningTitle)),
                           pdf::style::running_header(), geometry.text_width);
    const int page_count = static_cast<int>(layout.pages.size());
    for (int n = 1; n <= page_count; ++n)
        layout.furniture.footer.push_back(
            typesetter.set(pdf::flatten_plain(page_n_of_m(doc.meta.lang, n, page_count)),
                           pdf::style::footer(), geometry.text_width));
    return layout;
}

}  // namespace

std::string write_pdf(const Document& article, const WriteOptions& options, Diagnostics& diagnostics) {
    std::optional<Document> with_image;  // a copy only when there is an image to attach
    const Document& doc = options.figure_image.empty()
                              ? article
                              : with_image.emplace(with_attached_image(article, options, diagnostics));
    const pdf::PageGeometry geometry = pdf::page_geometry(options.pdf_paper);
    pdf::FontSet fonts(options);
    const pdf::PatternDictionary* dictionary = pdf::hyphenation_dictionary(doc.meta.lang);
    if (dictionary == nullptr && !doc.meta.lang.empty())
        diagnostics.warn("PDF: no hyphenation dictionary for language \"" + doc.meta.lang +
                         "\"; text is not hyphenated");
    pdf::Typesetter typesetter(fonts, dictionary, doc.meta.lang, options.pdf_ragged_right, diagnostics);
    pdf::StructureTree structure;
    std::optional<Layout> layout =
        lay_out(doc, typesetter, geometry, options.pdf_decoded_pixels, structure, diagnostics);

    pdf::ChunkedBuffer bytes;
    {
        std::unique_ptr<PoDoFo::PdfMemDocument> pdf_doc = new_document();
        try {
            pdf::PdfResources resources(*pdf_doc, fonts, diagnostics);
            std::optional<pdf::StructureMarks> marks;
            if (options.pdf_tags) marks.emplace(structure, doc.meta.lang);
            const std::vector<pdf::BookmarkTarget> targets = pdf::paint_pages(
                *pdf_doc, resources, layout->pages, geometry, layout->furniture, marks ? &*marks : nullptr);
            layout.reset();
            const pdf::DocumentInfo info = pdf::document_info(
                doc.meta, article_summary(doc), known_time(doc.meta, options.source_date_epoch, diagnostics));
            pdf::set_document_metadata(*pdf_doc, info);
            if (marks) {
                marks->write(*pdf_doc);
                pdf::set_xmp_metadata(*pdf_doc, info);
            }
            pdf::build_outline(*pdf_doc, targets);
            write_to(*pdf_doc, bytes);
        } catch (const PoDoFo::PdfError& error) {
            throw Error(std::string("PDF: PoDoFo failed: ") +
                        PoDoFo::PdfError::ErrorMessage(error.GetError()));
        }
    }  // the document goes before its bytes are put together
    return bytes.take();
}

}  // namespace folio
