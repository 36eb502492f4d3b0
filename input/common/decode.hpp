// Turning input bytes into clean UTF-8 text: BOM, UTF-8 check, Windows-1252 fallback, line endings.
#pragma once

#include <string>
#include <string_view>

#include "formats/diagnostics.hpp"

namespace folio {

// Returns the text as UTF-8 with "\n" line ends and no BOM.
// A byte order mark of UTF-8, UTF-16 or UTF-32 chooses the encoding; so does the NUL pattern of
// UTF-16 without one. Text that is UTF-8 apart from a few malformed sequences (a sequence cut at the
// end, a stray byte) stays UTF-8 with U+FFFD for each malformed sequence and a warning; other invalid
// UTF-8 is read as Windows-1252 (Latin-1 for the bytes it leaves undefined) with a warning.
// A few stray control bytes and NULs are dropped with one warning.
// Throws folio::Error for empty input and for binary content (mostly control bytes).
std::string decode_text(std::string_view bytes, Diagnostics& diag);

// True when the bytes are well-formed UTF-8 (control bytes included).
bool is_utf8(std::string_view bytes);

// True when the bytes start with a byte order mark of UTF-8, UTF-16 or UTF-32.
bool has_byte_order_mark(std::string_view bytes);

}  // namespace folio
