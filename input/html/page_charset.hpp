// Finding a page's character encoding and decoding it to UTF-8.
#pragma once

#include <string>
#include <string_view>

#include "formats/diagnostics.hpp"

namespace folio::html {

// The encoding label the page declares in its first kilobytes, lower-cased: <meta charset>,
// <meta http-equiv="Content-Type" content="…; charset=…">, or an XML declaration; "" when none.
std::string declared_charset(std::string_view bytes);

// The page as UTF-8. The encoding comes from a byte order mark, else the declared charset, else
// UTF-8 when the bytes are valid UTF-8, else Windows-1252. A page declared as Latin-1/Windows-1252
// whose bytes are valid UTF-8 with non-ASCII characters is read as UTF-8 (with a warning).
// Throws folio::Error for empty and binary input.
std::string decode_page(std::string_view bytes, Diagnostics& diag);

}  // namespace folio::html
