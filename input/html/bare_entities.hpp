// Character references written without their semicolon ("&nbsp", "&copy"), which browsers still resolve.
#pragma once

#include <string>
#include <string_view>

namespace folio::html {

// The page with every legacy entity reference that lacks its semicolon ("&nbsp ", "&auml", "&copy")
// rewritten as a numeric reference, as browsers read it; libxml2 would keep it as literal text.
// References directly followed by "=" (URL query parameters) and the content of <script> and <style>
// are left alone.
std::string resolve_bare_entities(std::string_view page);

}  // namespace folio::html
