// A table's cells placed on its grid of rows and columns, with spans resolved as HTML does.
#pragma once

#include <cstddef>
#include <vector>

#include "formats/table.hpp"

namespace folio {

// One cell at its place: row (header rows first, then body rows) and column, spans clipped to the grid.
struct PlacedCell {
    const TableCell* cell = nullptr;
    std::size_t row = 0;
    std::size_t column = 0;
    std::size_t col_span = 1;
    std::size_t row_span = 1;
    bool head = false;  // in a header row
};

struct TableGrid {
    std::size_t columns = 0;
    std::size_t head_rows = 0;                   // rows [0, head_rows) are the header rows
    std::size_t rows = 0;                        // all rows, header rows included
    std::vector<std::vector<PlacedCell>> cells;  // per row, its cells from the left (those starting there)

    // The columns' alignments: the source's where given, else right for a column whose body cells are
    // numbers (at least one, and none that is not), else left.
    std::vector<ColumnAlign> alignment(const Table& table) const;
};

// Places the cells: a cell goes to the first column of its row not taken by a cell spanning from above;
// a row span never reaches past its part (head or body).
TableGrid table_grid(const Table& table);

}  // namespace folio
