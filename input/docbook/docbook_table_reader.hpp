// DocBook <table> and <informaltable>, CALS or HTML model, to the model's Table.
#pragma once

#include <libxml/tree.h>

#include "formats/block.hpp"

namespace folio {

// Caption: the <title> (or <info><title>), else the HTML model's <caption>. CALS: every <tgroup>'s <thead>
// rows are header rows, <tbody> and <tfoot> rows body rows; an <entry> finds its column by colname, by
// namest/nameend or spanname (a column span) or by coming next, and spans morerows more rows; columns skipped
// are filled with empty cells; <colspec align> gives the columns' alignment. HTML model: <tr> rows (in
// <thead>, <tbody>, <tfoot> or directly), <th>/<td> with colspan, rowspan. A cell holding paragraphs keeps
// them as lines.
Table read_docbook_table(const xmlNode* node);

}  // namespace folio
