// Reader for a saved article web page: finds the article inside the page chrome.
#pragma once

#include <string_view>

#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/options.hpp"

namespace folio {

// Reads an HTML page: its charset, metadata (JSON-LD, OpenGraph, <title>, lang), the main content
// found by structure and text density, the header (kicker, title, subtitle, date), the body blocks,
// figures with caption and credit, and author boxes. Figures keep their image address in `src`;
// loading the image bytes is the converter's job. Throws folio::Error when the page holds no article.
Document read_html(std::string_view bytes, const ReadOptions& options, Diagnostics& diag);

}  // namespace folio
