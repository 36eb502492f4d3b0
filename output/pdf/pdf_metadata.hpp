// Document-level PDF data: Info dictionary, pinned dates, /Lang, version, viewer settings and the outline.
#pragma once

#include <optional>
#include <vector>

#include "formats/meta.hpp"
#include "output/common/build_time.hpp"
#include "output/pdf/page_painter.hpp"

namespace PoDoFo {
class PdfMemDocument;
}

namespace folio::pdf {

// Title, Author (every author), Subject, Keywords (the kicker and keywords), Creator, Producer, the
// creation and modification dates (both `when`, see build_time.hpp; none when no date is known),
// /Lang, PDF 1.7, and the title shown in the viewer's title bar. subject: the subtitle or the lead.
void set_document_metadata(PoDoFo::PdfMemDocument& doc, const Meta& meta, const std::string& subject,
                           std::optional<UnixSeconds> when);

// The outline: the title as the root entry, headings and the authors section nested below it by level.
void build_outline(PoDoFo::PdfMemDocument& doc, const std::vector<BookmarkTarget>& targets);

// The PDF date string ("D:YYYYMMDDHHmmSSZ") of a moment in UTC.
std::string pdf_date(UnixSeconds when);

}  // namespace folio::pdf
