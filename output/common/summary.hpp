// Short forms of an article's text for metadata fields and running heads: a summary, a shortened line.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "formats/document.hpp"

namespace folio {

// The text itself when it has at most max_code_points code points; else cut at the last space in
// the limit (at the limit when that space comes before its middle) and ended with " …".
std::string shortened(std::string_view text, std::size_t max_code_points);

// What the article is about, for a description or subject field: the subtitle, else the lead
// paragraph as plain text, shortened to 1000 code points; "" when there is neither.
std::string article_summary(const Document& doc);

}  // namespace folio
