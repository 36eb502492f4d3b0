// Reader for DocBook 5 articles: folio's own DocBook read back exactly, and reasonable hand-written ones.
#pragma once

#include <string_view>

#include "formats/collection.hpp"
#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/options.hpp"

namespace folio {

// Parses safely (safe_xml.hpp: no network, no external entities or DTDs, entity loops refused) and maps
// <info> to Meta (docbook_info_reader.hpp) and the body to blocks (docbook_body_reader.hpp); xml:lang on
// the root is the language. An <abstract> becomes the lead paragraph when the body has none. Throws
// folio::Error for unsafe or malformed XML and for a root element outside the DocBook namespace.
Document read_docbook(std::string_view bytes, const ReadOptions& options, Diagnostics& diag);

// A <book> of articles (its <info> the book's metadata); any other root is a book of one.
Collection read_docbook_collection(std::string_view bytes, const ReadOptions& options, Diagnostics& diag);

}  // namespace folio
