// A table block as accessible XHTML: caption, header rows with scoped th, body rows, spans and alignment.
#include "output/html/table_markup.hpp"

#include <string>

#include "formats/table_grid.hpp"
#include "output/html/inline_markup.hpp"
#include "output/html/xhtml_tree.hpp"

namespace folio {

namespace {

// The class of a cell set right or centred ("align-right"); "" for the default, left.
std::string align_class(ColumnAlign align) {
    if (align != ColumnAlign::Right && align != ColumnAlign::Center) return {};
    return "align-" + std::string(align_name(align));
}

void append_cell(pugi::xml_node row, const PlacedCell& placed, ColumnAlign align, Diagnostics& diag) {
    pugi::xml_node cell = row.append_child(placed.head ? "th" : "td");
    if (placed.head) set_attribute(cell, "scope", placed.col_span > 1 ? "colgroup" : "col");
    if (placed.col_span > 1) set_attribute(cell, "colspan", std::to_string(placed.col_span));
    if (placed.row_span > 1) set_attribute(cell, "rowspan", std::to_string(placed.row_span));
    if (const std::string name = placed.col_span == 1 ? align_class(align) : ""; !name.empty())
        set_attribute(cell, "class", name);
    append_inlines(cell, placed.cell->content, diag);
}

}  // namespace

void append_table(pugi::xml_node parent, const Table& table, Diagnostics& diag) {
    if (table_is_empty(table)) {
        diag.warn("HTML: a table without any text is left out");
        return;
    }
    const TableGrid grid = table_grid(table);
    const std::vector<ColumnAlign> align = grid.alignment(table);
    pugi::xml_node wrap = parent.append_child("div");
    set_attribute(wrap, "class", "table-wrap");
    pugi::xml_node element = wrap.append_child("table");
    if (!table.caption.empty()) append_inlines(element.append_child("caption"), table.caption, diag);
    pugi::xml_node part;
    for (std::size_t r = 0; r < grid.rows; ++r) {
        if (r == 0 || r == grid.head_rows)
            part = element.append_child(r < grid.head_rows ? "thead" : "tbody");
        pugi::xml_node row = part.append_child("tr");
        for (const PlacedCell& placed : grid.cells[r]) append_cell(row, placed, align[placed.column], diag);
    }
}

std::string_view table_stylesheet() {
    return R"css(/* folio: tables */
.table-wrap {
  margin: 1.5em 0;
  overflow-x: auto;
}
table {
  border-collapse: collapse;
  font-family: "Source Sans Pro", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif;
  font-size: 0.88em;
  line-height: 1.35;
  -webkit-hyphens: manual;
  -epub-hyphens: manual;
  hyphens: manual;
}
caption {
  margin-bottom: 0.4em;
  text-align: left;
  font-weight: bold;
}
th, td {
  padding: 0.3em 0.7em 0.3em 0;
  border-bottom: 1px solid #ddd;
  text-align: left;
  vertical-align: top;
}
thead th {
  border-bottom: 2px solid #666;
  vertical-align: bottom;
}
.align-right {
  text-align: right;
}
.align-center {
  text-align: center;
}
)css";
}

}  // namespace folio
