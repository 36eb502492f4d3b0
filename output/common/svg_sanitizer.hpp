// Making an SVG image safe and valid to put in a book: parsed without a DTD, reduced to the SVG 1.1
// vocabulary epubcheck allows, scripts and external references removed.
#pragma once

#include <string>
#include <string_view>

namespace folio {

// The SVG re-serialised with only what a book may carry (svg_vocabulary.hpp): SVG elements where the
// schema allows them, their attributes with allowed values, unique ids. Gone are script, animation and
// foreignObject, elements and attributes of other namespaces, event handlers (on…), processing
// instructions, links (an <a> becomes a group), references (href, xlink:href, CSS url() and @import) to
// anything but a fragment of the image itself or an embedded raster data: URI, and a document type
// declaration that only names SVG's DTD.
// Throws folio::Error for XML that is not well-formed, for a DTD with declarations of its own or any
// entity declaration (no entity is ever expanded: billion laughs cannot start) and for a root element
// that is not SVG's <svg>.
std::string sanitized_svg(std::string_view svg);

}  // namespace folio
