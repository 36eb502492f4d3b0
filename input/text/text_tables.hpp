// Tables in a text export: runs of lines whose columns line up on tabs or on runs of two or more spaces.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>

#include "formats/block.hpp"
#include "input/text/source_lines.hpp"

namespace folio {

struct TextTable {
    Table table;
    std::size_t end = 0;  // the line after the table
};

// The table starting at line `first`: consecutive lines of one block (and `usable`) that split into the
// same number of cells (two or more), at tabs (as a browser copies a table) or at runs of two or more
// spaces whose gutters line up in every row; at least three rows of short cells. The first row is a
// header row when none of its cells is a number and every row below has one.
std::optional<TextTable> read_text_table(const SourceLines& lines, std::size_t first,
                                         const std::function<bool(std::size_t)>& usable);

}  // namespace folio
