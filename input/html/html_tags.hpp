// Classes of HTML tag names: block containers, inline markup, and elements that never hold article text.
#pragma once

#include <string_view>

namespace folio::html {

// Elements that start a new block of text in a browser (p, div, h2, li, figure, table cells, …).
bool is_block_tag(std::string_view tag);

// Elements whose content is never shown as article text (script, style, form controls, svg, …).
bool is_hidden_tag(std::string_view tag);

// h1 … h6.
bool is_heading_tag(std::string_view tag);

// The level of h1 … h6; 0 for any other tag.
int heading_level(std::string_view tag);

}  // namespace folio::html
