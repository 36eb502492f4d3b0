// A figure as XHTML: the image (when there is one), its caption and its credit.
#pragma once

#include <string>

#include <pugixml.hpp>

#include "formats/block.hpp"
#include "formats/diagnostics.hpp"

namespace folio {

// Appends <figure class="figure" id="figure-N"> with <img src alt> when `image_src` is not
// empty, and a <figcaption> holding <p class="caption"> and <p class="credit" role="doc-credit">.
// Without an image the alt text stands in for a missing caption. A figure with nothing to show
// is left out with a warning.
void append_figure(pugi::xml_node parent, const Figure& figure, std::size_t number,
                   const std::string& image_src, Diagnostics& diag);

}  // namespace folio
