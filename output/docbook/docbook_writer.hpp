// Writer for DocBook 5.0: an <article> archive that the DocBook reader reads back without loss.
#pragma once

#include <string>

#include "formats/collection.hpp"
#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/options.hpp"

namespace folio {

// A pretty-printed, deterministic DocBook 5.0 <article> with xml:lang, valid against docbook.rng 5.0.
// The conventions for fields DocBook has no single element for are documented in docbook_info.hpp,
// docbook_body.hpp and docbook_figure.hpp. Characters XML 1.0 cannot hold are removed (with a warning).
std::string write_docbook(const Document& doc, const WriteOptions& options, Diagnostics& diag);

// A collection as a DocBook 5.0 <book>: the book's <info>, then one <article> per article (xml:lang on each),
// as write_docbook writes it.
std::string write_docbook_collection(const Collection& book, const WriteOptions& options, Diagnostics& diag);

}  // namespace folio
