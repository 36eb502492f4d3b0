// The article laid out as rows: title block, lead, body blocks, the figure, and the closing bios section.
#pragma once

#include <vector>

#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "output/pdf/layout_rows.hpp"

namespace folio::pdf {

std::vector<Row> article_rows(const Document& doc, Typesetter& typesetter, const PageGeometry& page,
                              Diagnostics& diagnostics);

}  // namespace folio::pdf
