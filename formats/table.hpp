// The table block of the document model: caption, header rows, body rows of cells with spans, column
// alignment.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "formats/inline.hpp"

namespace folio {

// How a column's cells are aligned; Default where the source says nothing.
enum class ColumnAlign { Default, Left, Center, Right };

struct TableCell {
    Inlines content;
    int col_span = 1;  // 1 to kMaxColSpan
    int row_span = 1;  // 1 to kMaxRowSpan; never beyond the last row of its part (head or body)
    friend bool operator==(const TableCell&, const TableCell&) = default;
};

using TableRow = std::vector<TableCell>;

// A data table (never a layout table): what a reader keeps of election results, budgets, standings.
struct Table {
    Inlines caption;                 // empty when the source gave none
    std::vector<TableRow> head;      // header rows (th, thead), possibly none
    std::vector<TableRow> rows;      // body rows
    std::vector<ColumnAlign> align;  // per column from the left; shorter (or empty) where unknown
    friend bool operator==(const Table&, const Table&) = default;
};

// HTML's limits on spans (colspan 1000, rowspan 65534).
inline constexpr int kMaxColSpan = 1000;
inline constexpr int kMaxRowSpan = 65534;

// The table's plain text: the caption on the first line (when there is one), then one line per row with
// the cells separated by tabs.
std::string table_plain_text(const Table& table);

// True when the table has no cell with any text.
bool table_is_empty(const Table& table);

// The JSON and DocBook names of an alignment ("left", "center", "right"; "" for Default) and back.
std::string_view align_name(ColumnAlign align);
ColumnAlign align_from_name(std::string_view name);

// Drops the Default alignments at the end (readers give the alignments the source states, and no more).
void trim_alignment(std::vector<ColumnAlign>& align);

// True for a cell text that is a number or an amount: "1,234", "-3.5 %", "€ 12", "+0,4", "12:3", "—".
bool is_numeric_text(std::string_view text);

}  // namespace folio
