// Parsing an HTML page with libxml2's tolerant HTML parser into the reader's own tree.
#pragma once

#include <string_view>

#include "formats/diagnostics.hpp"
#include "input/html/html_tree.hpp"

namespace folio::html {

// Parses UTF-8 HTML (recovering from broken markup, never touching the network). libxml2's
// complaints are collected, not printed: repaired markup errors become one summary warning.
// Comments and processing instructions are dropped; void elements are void (wbr, source, track
// included); tags nested deeper than kMaxTreeDepth are left out with a warning naming the limit, their
// content lifted into the ancestor at that depth. Throws folio::Error when no tree can be built at all.
Tree parse_html(std::string_view utf8, Diagnostics& diag);

inline constexpr int kMaxTreeDepth = 200;

}  // namespace folio::html
