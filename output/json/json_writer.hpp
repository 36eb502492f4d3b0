// Writer for folio's native JSON (the contract in DESIGN.md).
#pragma once

#include <string>

#include "formats/collection.hpp"
#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/options.hpp"

namespace folio {

std::string write_json(const Document& doc, const WriteOptions& options, Diagnostics& diag);

// A collection: "format": "folio-collection", the book's "meta" and its "articles", each as an article's
// "meta" and "blocks".
std::string write_json_collection(const Collection& book, const WriteOptions& options, Diagnostics& diag);

}  // namespace folio
