// Applying the writer options' figure image to a copy of the document.
#pragma once

#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/options.hpp"

namespace folio {

// The document with options.figure_image given to its first figure that carries no image
// bytes (with a warning when there is no such figure); the document unchanged otherwise.
Document with_attached_image(const Document& doc, const WriteOptions& options, Diagnostics& diag);

}  // namespace folio
