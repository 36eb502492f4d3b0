// A table's grid laid out as rows: columns sized to their content within the measure, cells set and tagged.
#pragma once

#include <vector>

#include "formats/table.hpp"
#include "output/pdf/layout_rows.hpp"
#include "output/pdf/structure_tree.hpp"

namespace folio::pdf {

// Appends one row per grid row (rows that cells spanning rows join make one row, never split) to `rows`,
// the first with space_before. Columns get their widest cell when the table fits the measure `width`,
// else their widest word plus a share of the rest by how much they hold (a smaller size when even the
// words do not fit). Numbers are right-aligned, header cells bold, rules above and below the header and the
// table, light rules between body rows. Header rows keep with the next row and are repeated on every page
// the body continues on. Tagged below `table_element` (a Table): one TR per grid row, TH (Scope Column) or TD
// per cell with its ColSpan and RowSpan.
void append_table_rows(const Table& table, Typesetter& typesetter, double width, StructureTree& tree,
                       int table_element, double space_before, std::vector<Row>& rows);

}  // namespace folio::pdf
