// Localized page numbering for paged output: "page n of m", "Seite n von m", "page n sur m".
#pragma once

#include <string>
#include <string_view>

namespace folio {

// The footer line of page n of a document of m pages in the article's language (English by default).
std::string page_n_of_m(std::string_view lang, int n, int m);

}  // namespace folio
