// PDF writer: a typeset article (embedded subset fonts, justified hyphenated text, figure, bios, outline),
// tagged (structure tree, marked content, XMP) unless WriteOptions::pdf_tags is off.
#include "output/pdf/pdf_writer.hpp"

#include <podofo/podofo.h>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>

#include "output/common/attached_images.hpp"
#include "output/common/build_time.hpp"
#include "output/common/labels.hpp"
#include "output/common/summary.hpp"
#include "output/html/meta_values.hpp"
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
    std::vector<std::vector<pdf::Row>> parts;  // the rows of each part: the book's front matter, an article
    std::vector<pdf::PageRows> pages;          // point into parts
    pdf::PageFurniture furniture;
};

// What lays out the parts of one PDF.
struct Setter {
    pdf::Typesetter& typesetter;
    const pdf::PageGeometry& geometry;
    std::uint64_t decoded_pixels;
    pdf::StructureTree& structure;
    Diagnostics& diagnostics;
};

// One part (an article, a collection's front matter) on pages of its own: its rows below the structure
// element `element`, its bookmarks `deeper` levels down, its title as the running head after its first page.
// Returns its number of pages.
std::size_t add_part(Layout& layout, const Document& doc, int element, int deeper, Setter& set) {
    std::vector<pdf::Row> rows = pdf::article_rows(doc, set.typesetter, set.geometry, set.decoded_pixels,
                                                   set.structure, element, set.diagnostics);
    for (pdf::Row& row : rows)
        if (row.bookmark) row.bookmark->level += deeper;
    std::vector<pdf::PageRows> pages = pdf::paginate(rows, set.geometry.text_height());
    std::optional<pdf::TextLine> head;
    if (!doc.meta.title.empty()) {
        std::vector<pdf::TextLine> lines =
            set.typesetter.set(pdf::flatten_plain(shortened(doc.meta.title, kMaxRunningTitle)),
                               pdf::style::running_header(), set.geometry.text_width);
        if (!lines.empty()) head = std::move(lines.front());
    }
    for (std::size_t p = 0; p < pages.size(); ++p)
        layout.furniture.header.push_back(p == 0 ? std::nullopt : head);
    layout.pages.insert(layout.pages.end(), pages.begin(), pages.end());
    layout.parts.push_back(std::move(rows));  // moved, the rows stay where the pages point
    return pages.size();
}

void add_footers(Layout& layout, const std::string& lang, Setter& set) {
    const int page_count = static_cast<int>(layout.pages.size());
    for (int n = 1; n <= page_count; ++n)
        layout.furniture.footer.push_back(
            set.typesetter.set(pdf::flatten_plain(page_n_of_m(lang, n, page_count)), pdf::style::footer(),
                               set.geometry.text_width));
}

// A collection's front matter: the book's title, subtitle and byline, and its contents with each article's
// first page (numbered from the first page of the front matter itself).
Document front_matter(const Collection& book, const std::vector<std::size_t>& first_pages) {
    Document front;
    front.meta.title = book.meta.title;
    front.meta.subtitle = book.meta.subtitle;
    front.meta.lang = book.meta.lang;
    for (const Person& person : book.meta.authors)
        front.meta.authors.push_back(Person{person.name, {}, {}, {}});
    front.blocks.push_back(Heading{2, plain(std::string(book_labels(book.meta.lang).contents))});
    for (std::size_t i = 0; i < book.articles.size(); ++i) {
        const Meta& meta = book.articles[i].meta;
        std::vector<std::string> names;
        for (const Person& person : meta.authors) names.push_back(person.name);
        std::string entry = std::to_string(i + 1) + ". " + display_title(meta);
        if (const std::string joined = join_names(meta.lang, names); !joined.empty())
            entry += " \u2014 " + joined;
        entry += "  \u00B7  " + std::to_string(first_pages[i]);
        front.blocks.push_back(Paragraph{plain(entry), ""});
    }
    return front;
}

// A PDF document, its pages painted and tagged, its metadata and outline set, as bytes.
std::string finish_pdf(Layout& layout, pdf::FontSet& fonts, const pdf::PageGeometry& geometry,
                       pdf::StructureTree& structure, const Meta& meta, const std::string& summary,
                       const WriteOptions& options, Diagnostics& diagnostics) {
    pdf::ChunkedBuffer bytes;
    {
        std::unique_ptr<PoDoFo::PdfMemDocument> pdf_doc = new_document();
        try {
            pdf::PdfResources resources(*pdf_doc, fonts, diagnostics);
            std::optional<pdf::StructureMarks> marks;
            if (options.pdf_tags) marks.emplace(structure, meta.lang);
            const std::vector<pdf::BookmarkTarget> targets = pdf::paint_pages(
                *pdf_doc, resources, layout.pages, geometry, layout.furniture, marks ? &*marks : nullptr);
            layout = Layout{};
            const pdf::DocumentInfo info =
                pdf::document_info(meta, summary, known_time(meta, options.source_date_epoch, diagnostics));
            pdf::set_document_metadata(*pdf_doc, info);
            if (marks) {
                marks->write(*pdf_doc);
                pdf::set_xmp_metadata(*pdf_doc, info);
            }
            pdf::build_outline(*pdf_doc, targets);
            resources.embed_fonts();
            write_to(*pdf_doc, bytes);
        } catch (const PoDoFo::PdfError& error) {
            throw Error(std::string("PDF: PoDoFo failed: ") +
                        PoDoFo::PdfError::ErrorMessage(error.GetError()));
        }
    }  // the document goes before its bytes are put together
    return bytes.take();
}

const pdf::PatternDictionary* dictionary_for(const std::string& lang, Diagnostics& diagnostics) {
    const pdf::PatternDictionary* dictionary = pdf::hyphenation_dictionary(lang);
    if (dictionary == nullptr && !lang.empty())
        diagnostics.warn("PDF: no hyphenation dictionary for language \"" + lang +
                         "\"; text is not hyphenated");
    return dictionary;
}

// One typesetter per language, made on first use: a book's articles in one language share ICU's break
// rules, the hyphenation dictionary and the warning when there is none.
class Typesetters {
public:
    Typesetters(pdf::FontSet& fonts, bool ragged_right, Diagnostics& diagnostics)
        : fonts_(fonts), ragged_right_(ragged_right), diagnostics_(diagnostics) {}

    pdf::Typesetter& operator()(const std::string& lang) {
        std::unique_ptr<pdf::Typesetter>& slot = by_language_[lang];
        if (!slot)
            slot = std::make_unique<pdf::Typesetter>(fonts_, dictionary_for(lang, diagnostics_), lang,
                                                     ragged_right_, diagnostics_);
        return *slot;
    }

private:
    pdf::FontSet& fonts_;
    bool ragged_right_;
    Diagnostics& diagnostics_;
    std::map<std::string, std::unique_ptr<pdf::Typesetter>> by_language_;
};

}  // namespace

std::string write_pdf(const Document& article, const WriteOptions& options, Diagnostics& diagnostics) {
    std::optional<Document> with_image;  // a copy only when there is an image to attach
    const Document& doc = options.figure_image.empty()
                              ? article
                              : with_image.emplace(with_attached_image(article, options, diagnostics));
    const pdf::PageGeometry geometry = pdf::page_geometry(options.pdf_paper);
    pdf::FontSet fonts(options);
    Typesetters typesetters(fonts, options.pdf_ragged_right, diagnostics);
    pdf::StructureTree structure;
    Setter set{typesetters(doc.meta.lang), geometry, options.pdf_decoded_pixels, structure, diagnostics};
    Layout layout;
    add_part(layout, doc, pdf::StructureTree::kArticle, 0, set);
    add_footers(layout, doc.meta.lang, set);
    return finish_pdf(layout, fonts, geometry, structure, doc.meta, article_summary(doc), options,
                      diagnostics);
}

std::string write_pdf_collection(const Collection& book, const WriteOptions& options,
                                 Diagnostics& diagnostics) {
    const pdf::PageGeometry geometry = pdf::page_geometry(options.pdf_paper);
    pdf::FontSet fonts(options);
    Typesetters typesetters(fonts, options.pdf_ragged_right, diagnostics);
    pdf::StructureTree structure;
    // The front matter in the book's language; each article in its own.
    Setter set{typesetters(book.meta.lang), geometry, options.pdf_decoded_pixels, structure, diagnostics};

    // The articles first: their page counts number the contents. Each starts on a new page, an Art of its
    // own.
    Layout articles;
    std::vector<std::size_t> page_counts;
    for (std::size_t i = 0; i < book.articles.size(); ++i) {
        const Document& doc = book.articles[i];
        const int element =
            i == 0 ? pdf::StructureTree::kArticle : structure.add("Art", pdf::StructureTree::kDocument);
        if (!doc.meta.lang.empty() && doc.meta.lang != book.meta.lang)
            structure[element].lang = doc.meta.lang;
        Setter own{typesetters(doc.meta.lang.empty() ? book.meta.lang : doc.meta.lang), geometry,
                   options.pdf_decoded_pixels, structure, diagnostics};
        page_counts.push_back(add_part(articles, doc, element, 1, own));
    }
    // The front matter, laid out again until the number of its own pages agrees with the numbers it prints.
    Layout layout;
    std::size_t front_pages = 1;
    for (int attempt = 0; attempt < 4; ++attempt) {
        std::vector<std::size_t> first_pages;
        std::size_t next = front_pages + 1;
        for (const std::size_t count : page_counts) {
            first_pages.push_back(next);
            next += count;
        }
        layout = Layout{};
        const int front = structure.add("Sect", pdf::StructureTree::kDocument);
        const std::size_t pages = add_part(layout, front_matter(book, first_pages), front, 0, set);
        if (pages == front_pages) break;
        front_pages = pages;
    }
    for (std::vector<pdf::Row>& rows : articles.parts) layout.parts.push_back(std::move(rows));
    layout.pages.insert(layout.pages.end(), articles.pages.begin(), articles.pages.end());
    layout.furniture.header.insert(layout.furniture.header.end(), articles.furniture.header.begin(),
                                   articles.furniture.header.end());
    add_footers(layout, book.meta.lang, set);
    return finish_pdf(layout, fonts, geometry, structure, book.meta, book.meta.subtitle, options,
                      diagnostics);
}

}  // namespace folio
