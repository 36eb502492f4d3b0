// Writer for folio's native JSON (the contract in DESIGN.md).
#pragma once

#include <string>

#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/options.hpp"

namespace folio {

std::string write_json(const Document& doc, const WriteOptions& options, Diagnostics& diag);

}  // namespace folio
