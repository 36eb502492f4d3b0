// Making an SVG image safe to put in a book: parsed without a DTD, scripts and external references removed.
#pragma once

#include <string>
#include <string_view>

namespace folio {

// The SVG re-serialised without what a book must not carry: script and foreignObject elements, event
// handler attributes (on…), processing instructions, and references (href, xlink:href, CSS url() and
// @import) to anything but a fragment of the image itself or an embedded raster data: URI.
// Throws folio::Error for XML that is not well-formed, for any DTD or entity declaration (no entity is
// ever expanded: billion laughs cannot start) and for a root element that is not SVG's <svg>.
std::string sanitized_svg(std::string_view svg);

}  // namespace folio
