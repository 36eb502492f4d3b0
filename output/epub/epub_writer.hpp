// Writer for EPUB 3 ebooks (with an NCX for EPUB 2 reading systems).
#pragma once

#include <string>

#include "formats/collection.hpp"
#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/options.hpp"

namespace folio {

// The article as an EPUB 3 file: cover (options.cover_image or a generated SVG), title page,
// the article (XHTML shared with the HTML writer), navigation document and NCX, style sheet and
// the figures' images. Byte-for-byte the same for the same input, options and SOURCE_DATE_EPOCH,
// in every time zone.
std::string write_epub(const Document& doc, const WriteOptions& options, Diagnostics& diag);

// A collection as one EPUB: cover and title page with the book's metadata, a contents page, one content
// document per article (in its own language), navigation listing each article with its authors and its
// headings below, images stored once however many figures show them.
std::string write_epub_collection(const Collection& book, const WriteOptions& options, Diagnostics& diag);

}  // namespace folio
