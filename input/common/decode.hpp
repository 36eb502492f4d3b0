// Turning input bytes into clean UTF-8 text: BOM, UTF-8 check, Windows-1252 fallback, line endings.
#pragma once

#include <string>
#include <string_view>

#include "formats/diagnostics.hpp"

namespace folio {

// Returns the text as UTF-8 with "\n" line ends and no BOM.
// Invalid UTF-8 is read as Windows-1252 (Latin-1 for the bytes it leaves undefined) with a warning.
// Throws folio::Error for empty input and for binary content (NUL bytes, other control bytes).
std::string decode_text(std::string_view bytes, Diagnostics& diag);

}  // namespace folio
