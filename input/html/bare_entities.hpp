// Character references browsers resolve and libxml2's HTML 4 parser does not: legacy ones written without
// their semicolon ("&nbsp", "&copy") and HTML5 names ("&check;", "&half;").
#pragma once

#include <string>
#include <string_view>

namespace folio::html {

// The page with every legacy entity reference that lacks its semicolon ("&nbsp ", "&auml", "&copy")
// rewritten as a numeric reference, as browsers read it, and so is every HTML5 named reference libxml2
// does not know; libxml2 would keep them as literal text.
// References directly followed by "=" (URL query parameters) and the content of <script> and <style>
// are left alone.
std::string resolve_bare_entities(std::string_view page);

}  // namespace folio::html
