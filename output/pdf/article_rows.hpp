// The article laid out as rows: title block, lead, body blocks, the figure, and the closing bios section.
#pragma once

#include <cstdint>
#include <vector>

#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "output/pdf/layout_rows.hpp"
#include "output/pdf/structure_tree.hpp"

namespace folio::pdf {

// `decoded_pixels`: what the images that must be decoded may take together
// (WriteOptions::pdf_decoded_pixels); a figure whose image does not fit keeps its caption and credit, with a
// warning. The rows name their elements in `structure`, which gets the article's structure elements below
// the element `article` (an Art).
std::vector<Row> article_rows(const Document& doc, Typesetter& typesetter, const PageGeometry& page,
                              std::uint64_t decoded_pixels, StructureTree& structure, int article,
                              Diagnostics& diagnostics);

}  // namespace folio::pdf
