// Choosing the element that shows the article's headline.
#pragma once

#include <string>
#include <vector>

#include "input/html/html_tree.hpp"

namespace folio::html {

// The headline element: the element marked itemprop="headline" (the one near the content when
// teasers are marked too); else the <h1> that matches one of
// the metadata headlines; else the last <h1> before the main content (or the first inside it); else
// an <h2> that matches the metadata. Headings in navigation, asides and footers do not count.
// nullptr when there is none; the page's visible headline wins over the metadata's wording.
const Node* find_title_heading(const Node& body, const Node* content,
                               const std::vector<std::string>& metadata_titles);

// How alike two headlines are, 0 … 1 (case and punctuation ignored; 1 for the same words).
double headline_similarity(const std::string& a, const std::string& b);

}  // namespace folio::html
