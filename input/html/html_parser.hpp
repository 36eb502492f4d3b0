// Parsing an HTML page with libxml2's tolerant HTML parser into the reader's own tree.
#pragma once

#include <string_view>

#include "formats/diagnostics.hpp"
#include "input/html/html_tree.hpp"

namespace folio::html {

// Parses UTF-8 HTML (recovering from broken markup, never touching the network). libxml2's
// complaints are collected, not printed: repaired markup errors become one summary warning.
// Comments and processing instructions are dropped; elements nested deeper than kMaxTreeDepth are
// lifted into their ancestor at that depth. Throws folio::Error when no tree can be built at all.
Tree parse_html(std::string_view utf8, Diagnostics& diag);

inline constexpr int kMaxTreeDepth = 200;

}  // namespace folio::html
