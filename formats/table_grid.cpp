// A table's cells placed on its grid of rows and columns, with spans resolved as HTML does.
#include "formats/table_grid.hpp"

#include <algorithm>
#include <string>

namespace folio {

namespace {

// A placeholder such as "–" or "n/a" says nothing about a column being numeric.
bool is_placeholder(const std::string& text) {
    return text.empty() || text == "-" || text == "\u2013" || text == "\u2014" || text == "n/a" ||
           text == "k.A." || text == "*";
}

}  // namespace

TableGrid table_grid(const Table& table) {
    TableGrid grid;
    grid.head_rows = table.head.size();
    grid.rows = table.head.size() + table.rows.size();
    grid.cells.resize(grid.rows);
    std::vector<std::size_t> taken_until;  // per column: the first row no longer taken by a span from above
    for (std::size_t r = 0; r < grid.rows; ++r) {
        const bool head = r < grid.head_rows;
        const TableRow& row = head ? table.head[r] : table.rows[r - grid.head_rows];
        const std::size_t part_end = head ? grid.head_rows : grid.rows;
        std::size_t column = 0;
        for (const TableCell& cell : row) {
            while (column < taken_until.size() && taken_until[column] > r) ++column;
            PlacedCell placed;
            placed.cell = &cell;
            placed.row = r;
            placed.column = column;
            placed.col_span = static_cast<std::size_t>(std::clamp(cell.col_span, 1, kMaxColSpan));
            placed.row_span =
                std::min(static_cast<std::size_t>(std::clamp(cell.row_span, 1, kMaxRowSpan)), part_end - r);
            placed.head = head;
            // A cell never overlaps a span from above: it ends before the next taken column.
            for (std::size_t c = column + 1; c < column + placed.col_span && c < taken_until.size(); ++c)
                if (taken_until[c] > r) {
                    placed.col_span = c - column;
                    break;
                }
            if (taken_until.size() < column + placed.col_span)
                taken_until.resize(column + placed.col_span, 0);
            for (std::size_t c = column; c < column + placed.col_span; ++c)
                taken_until[c] = r + placed.row_span;
            grid.cells[r].push_back(placed);
            column += placed.col_span;
        }
    }
    grid.columns = taken_until.size();
    return grid;
}

std::vector<ColumnAlign> TableGrid::alignment(const Table& table) const {
    std::vector<ColumnAlign> out(columns, ColumnAlign::Left);
    std::vector<int> numbers(columns, 0), words(columns, 0);
    for (std::size_t r = head_rows; r < rows; ++r)
        for (const PlacedCell& placed : cells[r]) {
            if (placed.col_span != 1) continue;
            const std::string text = to_plain_text(placed.cell->content);
            if (is_placeholder(text)) continue;
            ++(is_numeric_text(text) ? numbers : words)[placed.column];
        }
    for (std::size_t c = 0; c < columns; ++c) {
        if (c < table.align.size() && table.align[c] != ColumnAlign::Default)
            out[c] = table.align[c];
        else if (numbers[c] > 0 && words[c] == 0)
            out[c] = ColumnAlign::Right;
    }
    return out;
}

}  // namespace folio
