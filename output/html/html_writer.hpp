// Writer for a standalone, self-contained HTML5 page (CSS and images embedded).
#pragma once

#include <string>

#include "formats/collection.hpp"
#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/options.hpp"

namespace folio {

// The article as one HTML5 page in polyglot (XHTML-compatible) syntax: lang and xml:lang on
// <html>, the article markup shared with the EPUB writer, the stylesheet in <style>, figure
// images as data: URIs.
std::string write_html(const Document& doc, const WriteOptions& options, Diagnostics& diag);

// A collection as one page: the book's header, its contents (each article's title linked, and its authors),
// then one <article> per article (ids prefixed "aN-", lang where it differs from the book's).
std::string write_html_collection(const Collection& book, const WriteOptions& options, Diagnostics& diag);

}  // namespace folio
