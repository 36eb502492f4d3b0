// A table's grid laid out as rows: columns sized to their content within the measure, cells set and tagged.
#include "output/pdf/table_rows.hpp"

#include <algorithm>
#include <numeric>
#include <sstream>

#include "formats/table_grid.hpp"

namespace folio::pdf {

namespace {

constexpr double kPadX = 4.0;   // space on either side of a cell's text
constexpr double kSlack = 1.0;  // added to a measured width: the line breaker never finds an exact fit
constexpr double kPadTop = 2.6;
constexpr double kPadBottom = 3.2;
constexpr double kTopRule = 0.8;  // above and below the table
constexpr double kMidRule = 0.5;  // below the header
constexpr double kRowRule = 0.3;  // between body rows
constexpr double kSmallestSize = 6.5;

// The style of a table's text at a size (leading in proportion).
TextStyle cell_style(double size, bool head, ColumnAlign align) {
    TextStyle s = style::table_cell();
    s.leading *= size / s.size;
    s.size = size;
    s.font.bold = head;
    s.align = align == ColumnAlign::Right    ? Align::Right
              : align == ColumnAlign::Center ? Align::Center
                                             : Align::Left;
    return s;
}

struct Widths {
    std::vector<double> least;  // each column's widest word, padding included
    std::vector<double> most;   // each column's widest cell on one line
};

// Widens the columns a spanning cell covers, evenly, until together they hold `needed`.
void widen(std::vector<double>& widths, const PlacedCell& placed, double needed) {
    const double have =
        std::accumulate(widths.begin() + static_cast<std::ptrdiff_t>(placed.column),
                        widths.begin() + static_cast<std::ptrdiff_t>(placed.column + placed.col_span), 0.0);
    if (needed <= have) return;
    for (std::size_t c = placed.column; c < placed.column + placed.col_span; ++c)
        widths[c] += (needed - have) / static_cast<double>(placed.col_span);
}

class TableSetter {
public:
    TableSetter(const Table& table, Typesetter& typesetter, double width)
        : ts_(typesetter), width_(width), grid_(table_grid(table)), align_(grid_.alignment(table)) {}

    const TableGrid& grid() const { return grid_; }

    // The columns' widths and the text size they are set in.
    void size_columns() {
        Widths w;
        for (size_ = style::table_cell().size;; size_ = std::max(kSmallestSize, size_ - 0.7)) {
            w = measure();
            const double least = std::accumulate(w.least.begin(), w.least.end(), 0.0);
            if (least <= width_ || size_ <= kSmallestSize) break;
        }
        const double least = std::accumulate(w.least.begin(), w.least.end(), 0.0);
        const double most = std::accumulate(w.most.begin(), w.most.end(), 0.0);
        widths_ = w.most;
        if (most <= width_) return;
        for (std::size_t c = 0; c < widths_.size(); ++c) {
            if (least >= width_)
                widths_[c] = w.least[c] * width_ / least;
            else
                widths_[c] = w.least[c] + (w.most[c] - w.least[c]) * (width_ - least) / (most - least);
        }
    }

    double table_width() const { return std::accumulate(widths_.begin(), widths_.end(), 0.0); }

    // The lines of a cell set in its column (or columns).
    std::vector<TextLine> set(const PlacedCell& placed) {
        return ts_.set(flatten(placed.cell->content), style_of(placed), span_width(placed) - 2 * kPadX);
    }

    double x_of(std::size_t column) const {
        return std::accumulate(widths_.begin(), widths_.begin() + static_cast<std::ptrdiff_t>(column), 0.0);
    }

    TextStyle style_of(const PlacedCell& placed) const {
        const ColumnAlign align = placed.col_span > 1
                                      ? (placed.head ? ColumnAlign::Center : ColumnAlign::Left)
                                      : align_[placed.column];
        return cell_style(size_, placed.head, align);
    }

private:
    double span_width(const PlacedCell& placed) const {
        return x_of(placed.column + placed.col_span) - x_of(placed.column);
    }

    Widths measure() {
        Widths w{std::vector<double>(grid_.columns, 0.0), std::vector<double>(grid_.columns, 0.0)};
        for (const int pass : {1, 2})  // single cells first, then the spanning ones widen what they cover
            for (const auto& row : grid_.cells)
                for (const PlacedCell& placed : row) {
                    if ((placed.col_span == 1) != (pass == 1)) continue;
                    const TextStyle style = style_of(placed);
                    const double most =
                        ts_.measure(flatten(placed.cell->content), style) + 2 * kPadX + kSlack;
                    double least = 0;
                    std::istringstream words(to_plain_text(placed.cell->content));
                    for (std::string word; words >> word;)
                        least = std::max(least, ts_.measure(flatten_plain(word), style));
                    least += 2 * kPadX + kSlack;
                    if (placed.col_span == 1) {
                        w.most[placed.column] = std::max(w.most[placed.column], most);
                        w.least[placed.column] = std::max(w.least[placed.column], least);
                    } else {
                        widen(w.most, placed, most);
                        widen(w.least, placed, least);
                    }
                }
        return w;
    }

    Typesetter& ts_;
    double width_;
    TableGrid grid_;
    std::vector<ColumnAlign> align_;
    std::vector<double> widths_;
    double size_ = 0;
};

// A set cell waiting for its row's height.
struct SetCell {
    PlacedCell placed;
    std::vector<TextLine> lines;
    int element = -1;
    double height = 0;
};

}  // namespace

void append_table_rows(const Table& table, Typesetter& typesetter, double width, StructureTree& tree,
                       int table_element, double space_before, std::vector<Row>& rows) {
    TableSetter setter(table, typesetter, width);
    setter.size_columns();
    const TableGrid& grid = setter.grid();
    // Set every cell, one TR per grid row, and find each grid row's height.
    std::vector<std::vector<SetCell>> cells(grid.rows);
    std::vector<double> heights(grid.rows, 0.0);
    for (std::size_t r = 0; r < grid.rows; ++r) {
        const int tr = tree.add("TR", table_element);
        for (const PlacedCell& placed : grid.cells[r]) {
            SetCell cell{placed, setter.set(placed), tree.add(placed.head ? "TH" : "TD", tr), 0};
            StructElement& element = tree[cell.element];
            if (placed.head) element.scope = "Column";
            element.col_span = static_cast<int>(placed.col_span);
            element.row_span = static_cast<int>(placed.row_span);
            const std::size_t lines = std::max<std::size_t>(cell.lines.size(), 1);  // an empty cell: one line
            cell.height = static_cast<double>(lines) * setter.style_of(placed).leading + kPadTop + kPadBottom;
            if (placed.row_span == 1) heights[r] = std::max(heights[r], cell.height);
            cells[r].push_back(std::move(cell));
        }
    }
    for (std::size_t r = 0; r < grid.rows; ++r)  // a cell spanning rows makes the last of them tall enough
        for (const SetCell& cell : cells[r]) {
            if (cell.placed.row_span == 1) continue;
            const std::size_t last = r + cell.placed.row_span - 1;
            const double have = std::accumulate(heights.begin() + static_cast<std::ptrdiff_t>(r),
                                                heights.begin() + static_cast<std::ptrdiff_t>(last + 1), 0.0);
            if (cell.height > have) heights[last] += cell.height - have;
        }

    const std::size_t head_first = rows.size();
    std::size_t head_bands = 0;
    const double table_width = setter.table_width();
    std::size_t r = 0;
    while (r < grid.rows) {
        // The rows cells spanning rows join into one band.
        std::size_t end = r + 1;
        for (std::size_t k = r; k < end; ++k)
            for (const SetCell& cell : cells[k]) end = std::max(end, k + cell.placed.row_span);
        Row row;
        row.table_width = table_width;
        row.space_before = r == 0 ? space_before : 0.0;
        double top = 0;
        for (std::size_t k = r; k < end; ++k) {
            for (SetCell& cell : cells[k]) {
                const TextStyle style = setter.style_of(cell.placed);
                const double baseline = top + kPadTop + baseline_offset(typesetter.fonts(), style);
                const double x = setter.x_of(cell.placed.column) + kPadX;
                if (cell.lines.empty())
                    row.cells.push_back(CellLine{std::nullopt, x, baseline, cell.element});
                for (std::size_t l = 0; l < cell.lines.size(); ++l)
                    row.cells.push_back(CellLine{std::move(cell.lines[l]), x,
                                                 baseline + style.leading * static_cast<double>(l),
                                                 cell.element});
            }
            top += heights[k];
        }
        row.height = top;
        const bool head = r < grid.head_rows;
        row.keep_with_next = head;
        if (r == 0) row.rule_above = kTopRule;
        if (head && end == grid.head_rows) row.rule_below = kMidRule;
        if (head) {
            ++head_bands;
        } else {
            row.head_first = head_first;
            row.head_count = head_bands;
            row.rule_below = end == grid.rows ? kTopRule : kRowRule;
        }
        rows.push_back(std::move(row));
        r = end;
    }
}

}  // namespace folio::pdf
