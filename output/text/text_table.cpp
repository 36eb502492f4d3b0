// A table block as plain text: aligned columns by display width, or one "header: value" line per cell.
#include "output/text/text_table.hpp"

#include <algorithm>
#include <string_view>

#include "formats/table_grid.hpp"
#include "output/common/line_wrap.hpp"

namespace folio {

namespace {

constexpr std::size_t kGap = 2;  // spaces between columns
constexpr std::string_view kHangingIndent = "  ";

// A cell's text on one line.
std::string cell_text(const PlacedCell& placed) {
    std::string text = to_plain_text(placed.cell->content);
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

std::size_t width_of(const std::string& text) { return static_cast<std::size_t>(display_width(text)); }

// The width of each column: its widest cell, widened where a spanning cell needs more.
std::vector<std::size_t> column_widths(const TableGrid& grid) {
    std::vector<std::size_t> widths(grid.columns, 0);
    for (const auto& row : grid.cells)
        for (const PlacedCell& placed : row)
            if (placed.col_span == 1)
                widths[placed.column] = std::max(widths[placed.column], width_of(cell_text(placed)));
    for (const auto& row : grid.cells)
        for (const PlacedCell& placed : row) {
            if (placed.col_span == 1) continue;
            const std::size_t last = std::min(placed.column + placed.col_span, grid.columns) - 1;
            std::size_t spanned = kGap * (last - placed.column);
            for (std::size_t c = placed.column; c <= last; ++c) spanned += widths[c];
            const std::size_t needed = width_of(cell_text(placed));
            if (needed > spanned) widths[last] += needed - spanned;
        }
    return widths;
}

std::string padded(const std::string& text, std::size_t width, ColumnAlign align) {
    const std::size_t room = width > width_of(text) ? width - width_of(text) : 0;
    const std::size_t before = align == ColumnAlign::Right    ? room
                               : align == ColumnAlign::Center ? room / 2
                                                              : 0;
    return std::string(before, ' ') + text + std::string(room - before, ' ');
}

std::string without_trailing_spaces(std::string line) {
    line.erase(line.find_last_not_of(' ') + 1);
    return line;
}

std::vector<std::string> aligned_rows(const TableGrid& grid, const std::vector<std::size_t>& widths,
                                      const std::vector<ColumnAlign>& align) {
    std::vector<std::string> lines;
    for (std::size_t r = 0; r < grid.rows; ++r) {
        std::string line;
        std::size_t column = 0;
        for (const PlacedCell& placed : grid.cells[r]) {
            for (; column < placed.column; ++column) line += std::string(widths[column] + kGap, ' ');
            std::size_t width = kGap * (placed.col_span - 1);
            for (std::size_t c = placed.column; c < placed.column + placed.col_span; ++c) width += widths[c];
            // A cell spanning columns is left-aligned, a header cell only right-aligned over numbers.
            ColumnAlign a = placed.col_span == 1 ? align[placed.column] : ColumnAlign::Left;
            if (placed.head && a == ColumnAlign::Center) a = ColumnAlign::Left;
            line += padded(cell_text(placed), width, a) + std::string(kGap, ' ');
            column = placed.column + placed.col_span;
        }
        lines.push_back(without_trailing_spaces(std::move(line)));
        if (r + 1 == grid.head_rows) {
            std::string rule;
            for (std::size_t c = 0; c < grid.columns; ++c)
                rule += std::string(widths[c], '-') + (c + 1 < grid.columns ? std::string(kGap, ' ') : "");
            lines.push_back(std::move(rule));
        }
    }
    return lines;
}

// Each column's header: the texts of the header cells above it, joined.
std::vector<std::string> column_labels(const TableGrid& grid) {
    std::vector<std::string> labels(grid.columns);
    for (std::size_t r = 0; r < grid.head_rows; ++r)
        for (const PlacedCell& placed : grid.cells[r]) {
            const std::string text = cell_text(placed);
            if (text.empty()) continue;
            for (std::size_t c = placed.column; c < placed.column + placed.col_span && c < grid.columns; ++c)
                labels[c] += (labels[c].empty() ? "" : " ") + text;
        }
    return labels;
}

}  // namespace

std::vector<std::vector<std::string>> text_table(const Table& table, int columns) {
    const TableGrid grid = table_grid(table);
    const std::vector<std::size_t> widths = column_widths(grid);
    std::vector<std::vector<std::string>> chunks(1);
    if (!table.caption.empty()) chunks.front() = wrap_lines(to_plain_text(table.caption), columns);
    std::size_t total = grid.columns > 0 ? kGap * (grid.columns - 1) : 0;
    for (const std::size_t width : widths) total += width;
    if (total <= static_cast<std::size_t>(columns)) {
        for (std::string& line : aligned_rows(grid, widths, grid.alignment(table)))
            chunks.front().push_back(std::move(line));
        return chunks;
    }
    const std::vector<std::string> labels = column_labels(grid);
    const std::size_t first_body = grid.head_rows == grid.rows ? 0 : grid.head_rows;
    for (std::size_t r = first_body; r < grid.rows; ++r) {
        std::vector<std::string> lines;
        for (const PlacedCell& placed : grid.cells[r]) {
            const std::string text = cell_text(placed);
            const std::string& label = labels[placed.column];
            if (text.empty()) continue;
            const std::string line = label.empty() || placed.head ? text : label + ": " + text;
            for (std::string& wrapped : wrap_lines(line, columns, {"", kHangingIndent}))
                lines.push_back(std::move(wrapped));
        }
        if (!lines.empty()) chunks.push_back(std::move(lines));
    }
    return chunks;
}

}  // namespace folio
