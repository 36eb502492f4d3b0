// Drawing laid-out pages with PoDoFo: text runs, the image, rules, bars, links, running header and footer.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "output/pdf/layout_rows.hpp"
#include "output/pdf/pagination.hpp"
#include "output/pdf/pdf_resources.hpp"
#include "output/pdf/structure_marks.hpp"

namespace PoDoFo {
class PdfMemDocument;
}

namespace folio::pdf {

// Where a bookmark landed.
struct BookmarkTarget {
    Bookmark bookmark;
    int page = 0;
    double top = 0;  // PDF user space y of the row's top
};

// What goes around the text area of every page.
struct PageFurniture {
    std::vector<std::optional<TextLine>> header;  // per page, the running head (none on a first page)
    std::vector<std::vector<TextLine>> footer;    // one set of lines per page ("page n of m")
};

// Appends one PDF page per laid-out page; returns where the bookmarks landed. With `marks`, every piece of
// content is marked: the rows as content of their structure elements, the rest as artifacts.
std::vector<BookmarkTarget> paint_pages(PoDoFo::PdfMemDocument& doc, PdfResources& resources,
                                        const std::vector<PageRows>& pages, const PageGeometry& geometry,
                                        const PageFurniture& furniture, StructureMarks* marks);

}  // namespace folio::pdf
