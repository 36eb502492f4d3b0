// A table block as a DocBook 5.0 CALS table: <table> with its <title>, or <informaltable> without a caption.
#include "output/docbook/docbook_table.hpp"

#include <string>

#include "formats/table_grid.hpp"
#include "output/docbook/docbook_inlines.hpp"

namespace folio {

namespace {

std::string column_name(std::size_t column) { return "c" + std::to_string(column + 1); }

void write_rows(const TableGrid& grid, std::size_t first, std::size_t end, XmlWriter& xml) {
    for (std::size_t r = first; r < end; ++r) {
        if (grid.cells[r].empty()) continue;
        xml.open("row");
        std::size_t next = 0;  // the column an entry without colname goes to
        for (const PlacedCell& placed : grid.cells[r]) {
            XmlAttributes attributes;
            if (placed.col_span > 1) {
                attributes.emplace_back("namest", column_name(placed.column));
                attributes.emplace_back("nameend", column_name(placed.column + placed.col_span - 1));
            } else if (placed.column != next) {
                attributes.emplace_back("colname", column_name(placed.column));
            }
            if (placed.row_span > 1) attributes.emplace_back("morerows", std::to_string(placed.row_span - 1));
            xml.line("entry", attributes, docbook_inline_markup(placed.cell->content, xml));
            next = placed.column + placed.col_span;
        }
        xml.close();
    }
}

}  // namespace

void write_docbook_table(const Table& table, XmlWriter& xml, Diagnostics& diag) {
    const TableGrid grid = table_grid(table);
    const bool formal = !table.caption.empty();
    xml.open(formal ? "table" : "informaltable");
    if (formal) xml.line("title", {}, docbook_inline_markup(table.caption, xml));
    xml.open("tgroup", {{"cols", std::to_string(grid.columns)}});
    for (std::size_t c = 0; c < grid.columns; ++c) {
        XmlAttributes attributes{{"colname", column_name(c)}};
        if (c < table.align.size() && table.align[c] != ColumnAlign::Default)
            attributes.emplace_back("align", std::string(align_name(table.align[c])));
        xml.empty("colspec", attributes);
    }
    std::size_t body_start = grid.head_rows;
    if (table.rows.empty()) {
        diag.warn(
            "docbook: a table of header rows only keeps them as body rows (DocBook tables need a body)");
        body_start = 0;
    } else if (grid.head_rows > 0) {
        xml.open("thead");
        write_rows(grid, 0, grid.head_rows, xml);
        xml.close();
    }
    xml.open("tbody");
    write_rows(grid, body_start, grid.rows, xml);
    xml.close();
    xml.close();
    xml.close();
}

}  // namespace folio
