// Writer for plain text wrapped at a chosen width.
#pragma once

#include <string>

#include "formats/collection.hpp"
#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/options.hpp"

namespace folio {

std::string write_text(const Document& doc, const WriteOptions& options, Diagnostics& diag);

// The book's title block and numbered contents (title and authors of each article), then each article as
// write_text gives it, after a rule of '#'.
std::string write_text_collection(const Collection& book, const WriteOptions& options, Diagnostics& diag);

}  // namespace folio
