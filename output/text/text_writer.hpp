// Writer for plain text wrapped at a chosen width.
#pragma once

#include <string>

#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/options.hpp"

namespace folio {

std::string write_text(const Document& doc, const WriteOptions& options, Diagnostics& diag);

}  // namespace folio
