// A table block as accessible XHTML: caption, header rows with scoped th, body rows, spans and alignment.
#pragma once

#include <string_view>

#include <pugixml.hpp>

#include "formats/block.hpp"
#include "formats/diagnostics.hpp"

namespace folio {

// Appends <div class="table-wrap"><table> with <caption>, <thead> (th scope="col", or "colgroup" when it
// spans) and <tbody> (td), colspan/rowspan where cells span, and class="align-right"/"align-center" on the
// cells of right- or centre-aligned columns (numbers are right-aligned). A table without any text is left
// out with a warning.
void append_table(pugi::xml_node parent, const Table& table, Diagnostics& diag);

// The table rules, added to a page's or book's style sheet only when it holds a table.
std::string_view table_stylesheet();

}  // namespace folio
