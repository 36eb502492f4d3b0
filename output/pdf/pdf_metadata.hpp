// Document-level PDF data: Info dictionary, pinned dates, /Lang, version, viewer settings and the outline.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "formats/meta.hpp"
#include "output/common/build_time.hpp"
#include "output/pdf/page_painter.hpp"

namespace PoDoFo {
class PdfMemDocument;
}

namespace folio::pdf {

// The document's description as both the Info dictionary and the XMP metadata give it.
struct DocumentInfo {
    std::string title;
    std::vector<std::string> authors;  // Info /Author joins them with ", "
    std::string subject;               // the subtitle or the lead
    std::string keywords;              // the kicker and the keywords, joined with ", "
    std::string creator;               // folio and its version
    std::string producer;
    std::string lang;
    std::optional<UnixSeconds> when;  // the creation and modification date; none when no date is known
};

DocumentInfo document_info(const Meta& meta, const std::string& subject, std::optional<UnixSeconds> when);

// Title, Author, Subject, Keywords, Creator, Producer, the creation and modification dates (see
// build_time.hpp), /Lang, PDF 1.7, and the title shown in the viewer's title bar.
void set_document_metadata(PoDoFo::PdfMemDocument& doc, const DocumentInfo& info);

// The same as an XMP metadata stream in the catalog (dc:title, dc:creator, dc:description, dc:language,
// pdf:Keywords, pdf:Producer, xmp:CreatorTool, the dates), declaring PDF/UA-1 (pdfuaid:part 1).
void set_xmp_metadata(PoDoFo::PdfMemDocument& doc, const DocumentInfo& info);

// The outline: the title as the root entry, headings and the authors section nested below it by level.
void build_outline(PoDoFo::PdfMemDocument& doc, const std::vector<BookmarkTarget>& targets);

// The PDF date string ("D:YYYYMMDDHHmmSSZ") of a moment in UTC.
std::string pdf_date(UnixSeconds when);

}  // namespace folio::pdf
