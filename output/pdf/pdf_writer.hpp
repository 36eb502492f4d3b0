// PDF writer: a typeset article (embedded subset fonts, justified hyphenated text, figure, bios, outline).
#pragma once

#include <string>

#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/options.hpp"

namespace folio {

// The PDF's bytes. Pure apart from reading the installed fonts and hyphenation dictionaries, which are
// loaded once per process and shared. Throws folio::Error when no usable font is installed, a font file
// in options is not TrueType, or the paper size is unknown.
std::string write_pdf(const Document& doc, const WriteOptions& options, Diagnostics& diagnostics);

}  // namespace folio
