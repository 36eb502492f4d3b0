// Tables in a text export: runs of lines whose columns line up on tabs or on runs of two or more spaces.
#include "input/text/text_tables.hpp"

#include <algorithm>
#include <string>

#include "input/common/utf8.hpp"

namespace folio {

namespace {

constexpr std::size_t kMinRows = 3;
constexpr std::size_t kMaxCell = 200;        // code points of a cell split at tabs
constexpr std::size_t kMaxAlignedCell = 40;  // code points of a cell split at spaces (longer is prose)

struct Cell {
    std::string text;
    std::size_t start = 0;  // columns from the start of the raw line (wide characters count two)
    std::size_t end = 0;
};

// Columns a monospaced export gives a character: East Asian wide ones two.
std::size_t width_of(char32_t c) {
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                      (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                      (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                      (c >= 0xFFE0 && c <= 0xFFE6);
    return wide ? 2 : 1;
}

// The cells of a line split at every tab (tabs) or at runs of two or more spaces, with their columns.
std::vector<Cell> split_cells(const SourceLine& line, bool tabs) {
    std::vector<Cell> cells;
    const std::string& text = line.text;
    std::size_t column = line.indent;
    std::size_t pos = 0;
    Cell cell{{}, column, column};
    while (pos < text.size()) {
        const std::size_t at = pos;
        const char32_t c = next_code_point(text, pos);
        if (tabs ? c == U'\t' : (c == U' ' && pos < text.size() && text[pos] == ' ')) {
            for (++column; !tabs && pos < text.size() && text[pos] == ' '; ++pos) ++column;
            cells.push_back(std::move(cell));
            cell = Cell{{}, column, column};
            continue;
        }
        cell.text.append(text, at, pos - at);
        column += width_of(c);
        if (c != U' ') cell.end = column;
    }
    cells.push_back(std::move(cell));
    for (Cell& each : cells) each.text = std::string(trim_space(each.text));
    return cells;
}

// The gutters between the columns are blank in every row: each column starts after the previous one ends.
bool columns_line_up(const std::vector<std::vector<Cell>>& rows) {
    for (std::size_t k = 1; k < rows.front().size(); ++k) {
        std::size_t widest_end = 0, first_start = std::string::npos;
        for (const auto& row : rows) {
            widest_end = std::max(widest_end, row[k - 1].end);
            first_start = std::min(first_start, row[k].start);
        }
        if (widest_end >= first_start) return false;
    }
    return true;
}

TableRow model_row(const std::vector<Cell>& cells) {
    TableRow row;
    for (const Cell& cell : cells) row.push_back(TableCell{plain(cell.text), 1, 1});
    return row;
}

}  // namespace

std::optional<TextTable> read_text_table(const SourceLines& lines, std::size_t first,
                                         const std::function<bool(std::size_t)>& usable) {
    const bool tabs = lines[first].text.find('\t') != std::string::npos;
    std::vector<std::vector<Cell>> rows;
    std::size_t end = first;
    for (; end < lines.size() && usable(end) && lines[end].group == lines[first].group; ++end) {
        if ((lines[end].text.find('\t') != std::string::npos) != tabs) break;
        // Without a tab or a run of two spaces a line is one cell: not a row (checked before splitting).
        if (!tabs && lines[end].text.find("  ") == std::string::npos) break;
        std::vector<Cell> cells = split_cells(lines[end], tabs);
        const std::size_t longest = tabs ? kMaxCell : kMaxAlignedCell;
        const bool short_cells = std::all_of(cells.begin(), cells.end(), [&](const Cell& c) {
            return (tabs || !c.text.empty()) && code_point_count(c.text) <= longest;
        });
        if (cells.size() < 2 || !short_cells || (!rows.empty() && cells.size() != rows.front().size())) break;
        rows.push_back(std::move(cells));
    }
    if (rows.size() < kMinRows || (!tabs && !columns_line_up(rows))) return std::nullopt;

    TextTable out;
    out.end = end;
    const auto is_number = [](const Cell& cell) { return is_numeric_text(cell.text); };
    const bool text_head = std::none_of(rows.front().begin(), rows.front().end(), is_number);
    const bool numbers_below = std::all_of(rows.begin() + 1, rows.end(), [&](const std::vector<Cell>& row) {
        return std::any_of(row.begin(), row.end(), is_number);
    });
    const std::size_t body_start = text_head && numbers_below ? 1 : 0;
    for (std::size_t r = 0; r < rows.size(); ++r)
        (r < body_start ? out.table.head : out.table.rows).push_back(model_row(rows[r]));
    return out;
}

}  // namespace folio
