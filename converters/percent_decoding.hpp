// Decoding %XX escapes in file paths and URIs ("two%20words.jpg").
#pragma once

#include <string>
#include <string_view>

namespace folio {

// The text with every valid %XX escape replaced by its byte; a '%' without two hex digits stays as it is.
std::string percent_decoded(std::string_view text);

}  // namespace folio
