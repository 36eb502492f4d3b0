// Reader for folio's native JSON (the contract in DESIGN.md).
#pragma once

#include <string_view>

#include "formats/collection.hpp"
#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/options.hpp"

namespace folio {

Document read_json(std::string_view bytes, const ReadOptions& options, Diagnostics& diag);

// A collection ("format": "folio-collection"); an article ("format": "folio") is a book of one.
Collection read_json_collection(std::string_view bytes, const ReadOptions& options, Diagnostics& diag);

}  // namespace folio
