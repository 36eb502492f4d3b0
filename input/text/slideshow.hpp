// Finding a slideshow in a copied page: slides numbered "1/50 Title", "2/50 Title", … with a caption and
// a credit each, a gallery that the page embeds in the article but that is not its text.
#pragma once

#include <vector>

#include "input/text/source_lines.hpp"

namespace folio {

// Marks in `dropped` the lines of every slideshow: from a few short title or control lines above the
// first slide ("Business news in pictures", "50 show all") to the end of the last slide, which is as
// long as the slides before it. A slideshow has at least 3 slides counted up to one total.
void mark_slideshows(const SourceLines& lines, std::vector<bool>& dropped);

}  // namespace folio
