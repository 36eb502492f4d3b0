// The article as a column of rows (text lines, the image, rules, table rows) with the keep rules pagination
// obeys.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "output/pdf/page_style.hpp"
#include "output/pdf/typesetter.hpp"

namespace folio {
struct Figure;
}

namespace folio::pdf {

struct Bookmark {
    std::string title;  // UTF-8
    int level = 1;      // 0 for the document title, 1 for top-level headings and the authors section
};

// One line of a table cell in its row; a cell without text has one without a line (its element is kept).
struct CellLine {
    std::optional<TextLine> line;
    double x = 0;         // from the row's indent
    double baseline = 0;  // from the row's top
    int element = -1;     // the cell's structure element (TH or TD)
};

struct Row {
    double height = 0;        // vertical advance, pt
    double space_before = 0;  // dropped at the top of a page
    bool keep_with_next = false;
    double indent = 0;          // x of the content from the left margin
    std::optional<double> bar;  // x (from the left margin) of a vertical bar spanning the row

    std::optional<TextLine> line;
    double baseline = 0;  // from the row's top

    const Figure* image = nullptr;  // drawn scaled to image_width x height
    double image_width = 0;

    double rule_width = 0;  // > 0: a horizontal rule across the row's middle
    double rule_thickness = 0.5;

    std::optional<Bookmark> bookmark;

    // A table row (one row of the grid, or the rows that cells spanning rows join): its cells' lines, and
    // rules across table_width at its top and bottom (thickness; 0: none; from 0.5 on dark, thinner ones
    // light).
    std::vector<CellLine> cells;
    double table_width = 0;
    double rule_above = 0;
    double rule_below = 0;
    // A table's body row: the table's header rows, rows[head_first, head_first + head_count), repeated above
    // it when it starts a page.
    std::size_t head_first = 0;
    std::size_t head_count = 0;

    // The structure element (StructureTree) the line or image belongs to; -1: an artifact (rules, bars).
    int element = -1;
};

// The distance from a row's top to the baseline for a style (its leading centred on the glyph body).
double baseline_offset(FontSet& fonts, const TextStyle& style);

// The row of one line of text in a style (its baseline still to be set).
Row text_row(TextLine&& line, const TextStyle& style, double indent);

// Over the rows of one paragraph (a row per line): keeps its first two and last two lines together (no
// orphans or widows) and a line ending in a hyphen with the next (no page ends on a hyphen); keep_all keeps
// every line with the next row (headings, captions).
void keep_lines(std::span<Row> rows, bool keep_all);

}  // namespace folio::pdf
