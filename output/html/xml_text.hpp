// Text made safe for XML 1.0: characters XML forbids are dropped before they reach the tree.
#pragma once

#include <string>
#include <string_view>

namespace folio {

// The text without C0 control characters other than tab and line feed (a CR is dropped too);
// invalid UTF-8 bytes and the non-characters U+FFFE/U+FFFF become U+FFFD.
std::string xml_safe_text(std::string_view text);

}  // namespace folio
