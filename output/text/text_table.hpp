// A table block as plain text: aligned columns by display width, or one "header: value" line per cell.
#pragma once

#include <string>
#include <vector>

#include "formats/block.hpp"

namespace folio {

// The caption (wrapped) and the rows in columns two spaces apart, padded by display width (CJK counts
// double), numbers right-aligned, a line of dashes under the header rows, as one chunk of lines. When the
// columns do not fit in `columns`, each body row becomes a chunk of its own with one "header: value" line
// per cell (wrapped, the header being the column's header cells joined). Returns the chunks.
std::vector<std::vector<std::string>> text_table(const Table& table, int columns);

}  // namespace folio
