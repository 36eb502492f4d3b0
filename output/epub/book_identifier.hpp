// The EPUB's unique identifier: the article's own, or a stable one derived from its content.
#pragma once

#include <string>

#include "formats/diagnostics.hpp"
#include "formats/document.hpp"

namespace folio {

// meta.identifier when it is set (and, if it is a urn:uuid:, a well-formed UUID); otherwise
// "urn:uuid:" with a name-based UUID (version 8, RFC 9562) made from two FNV-1a hashes of the
// title, subtitle, language, date, authors and block texts: the same article always gets the
// same identifier, a different article a different one.
std::string book_identifier(const Document& doc, Diagnostics& diag);

// True for "urn:uuid:" followed by 8-4-4-4-12 hexadecimal digits.
bool is_uuid_urn(const std::string& identifier);

}  // namespace folio
