// Bounding the nesting of an HTML page before libxml2 parses it: void elements closed, depth capped.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace folio::html {

struct BoundedMarkup {
    std::string html;
    std::size_t dropped_tags = 0;  // start and end tags left out beyond the depth limit
};

// The page with every HTML void element written self-closing (libxml2's HTML 4 parser nests the ones
// it does not know, such as wbr, source and track, and then everything after them) and with the start
// and end tags of elements nested deeper than `max_depth` left out; their content stays, one level up.
// Comments and raw text (script, style, textarea, title) pass unchanged. Linear in the page.
BoundedMarkup bound_nesting(std::string_view html, std::size_t max_depth);

}  // namespace folio::html
