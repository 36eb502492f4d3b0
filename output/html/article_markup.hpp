// The whole article as XHTML, shared by the EPUB writer and the standalone HTML page.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "formats/diagnostics.hpp"
#include "formats/document.hpp"

namespace folio {

// One entry of a table of contents: the article title (level 1), a heading (2–6) or the
// authors section (2), with the id of its target element.
struct TocEntry {
    int level = 1;
    std::string id;
    std::string label;
    std::string page;  // the EPUB content document it is in; "" for the single article's page
};

// The src of a figure's img (figures numbered from 1 in document order); "" writes the figure
// without an image.
using ImageSource = std::function<std::string(const Figure& figure, std::size_t number)>;

// Appends <article class="article">: the header, the blocks (each heading opens a <section>
// nested by level), the "About the authors" section with one entry per author, and a footer with
// source and rights. Returns the table of contents in document order. With an id prefix ("a2-"), every id
// in the article (and in the contents) starts with it, so that several articles share one page.
std::vector<TocEntry> append_article(pugi::xml_node parent, const Document& doc, const ImageSource& image_src,
                                     Diagnostics& diag, std::string_view id_prefix = {});

}  // namespace folio
