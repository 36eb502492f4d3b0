// UTF-8 to code points and back, for the PDF writer's text handling.
#pragma once

#include <string>
#include <string_view>

namespace folio::pdf {

// Decodes UTF-8; a malformed byte becomes U+FFFD.
std::u32string decode_utf8(std::string_view text);

// Appends the UTF-8 encoding of one code point.
void append_utf8(std::string& out, char32_t cp);

std::string encode_utf8(std::u32string_view text);

}  // namespace folio::pdf
