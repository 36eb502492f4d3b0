// Inline content as the JSON tree of the native format ({"type":"text","text":…}, {"type":"emphasis",…}).
#pragma once

#include <nlohmann/json.hpp>

#include "formats/inline.hpp"

namespace folio {

// The faithful inline tree: text/code carry "text", emphasis/strong/link carry "children",
// a link also "href", a line break only its "type".
nlohmann::ordered_json inlines_to_json(const Inlines& content);

// True when the plain text alone gives back exactly this content (no markup, and not split into
// several or empty text runs), so no inline tree needs to be written beside it.
bool text_is_enough(const Inlines& content);

}  // namespace folio
