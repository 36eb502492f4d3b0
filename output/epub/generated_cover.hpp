// A cover drawn from the metadata: an SVG image with kicker, title and authors.
#pragma once

#include <string>

#include "formats/meta.hpp"

namespace folio {

// A 600×900 SVG: the kicker above the title (wrapped, its size chosen by its length), the
// authors below, the publisher at the foot. Deterministic; uses generic font families only.
std::string generated_cover_svg(const Meta& meta, const std::string& lang);

}  // namespace folio
