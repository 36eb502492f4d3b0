// Data tables of a saved page (results, budgets, standings) as Table blocks; layout tables stay transparent.
#pragma once

#include "formats/block.hpp"
#include "input/html/html_inlines.hpp"
#include "input/html/html_tree.hpp"

namespace folio::html {

// True for a table that holds data rather than page layout, decided by its features: never with
// role="presentation", a nested table, a form, a heading, a figure or a section in a cell, fewer than two
// rows or columns, or a long cell holding most of the table's text; then surely with a <caption>, <thead>
// or summary; else never with a cell of prose; then surely with <th> cells, else when most rows have the same
// number of columns, the cells are short and the grid is large or numeric enough.
bool is_data_table(const Node& table);

// The table's caption, header rows (those in <thead>, else the leading rows of <th> cells only), body rows
// (<tbody>, rows directly in the table, then <tfoot>), spans, and each column's alignment where all its
// body cells state the same (align="right", style="text-align: right"). Nodes `skip` names are left out.
Table read_html_table(const Node& table, const SkipNode& skip);

}  // namespace folio::html
