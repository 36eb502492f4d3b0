// Writer for a standalone, self-contained HTML5 page (CSS and images embedded).
#pragma once

#include <string>

#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/options.hpp"

namespace folio {

// The article as one HTML5 page in polyglot (XHTML-compatible) syntax: lang and xml:lang on
// <html>, the article markup shared with the EPUB writer, the stylesheet in <style>, figure
// images as data: URIs.
std::string write_html(const Document& doc, const WriteOptions& options, Diagnostics& diag);

}  // namespace folio
