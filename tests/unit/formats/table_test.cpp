// The table block: cells placed on the grid with their spans, column alignment, numbers, plain text.
#include <gtest/gtest.h>

#include "formats/block.hpp"
#include "formats/table_grid.hpp"
#include "tests/support/table_cells.hpp"

namespace folio {
namespace {

using test::cell;

// The ferry timetable: a header cell spanning two header rows, group headers spanning two columns, a body
// cell spanning two rows, and cells spanning two columns below it.
Table timetable() {
    Table table;
    table.caption = plain("Departures per day");
    table.head = {{cell("Route", 1, 2), cell("Weekdays", 2), cell("Weekends", 2)},
                  {cell("Summer"), cell("Winter"), cell("Summer"), cell("Winter")}};
    table.rows = {{cell("Cross-harbour", 1, 2), cell("42"), cell("46"), cell("30"), cell("24")},
                  {cell("every 15 minutes", 2), cell("every 30 minutes", 2)},
                  {cell("Island loop"), cell("18"), cell("12"), cell("14"), cell("8")}};
    return table;
}

std::vector<std::size_t> columns_of(const TableGrid& grid, std::size_t row) {
    std::vector<std::size_t> columns;
    for (const PlacedCell& placed : grid.cells[row]) columns.push_back(placed.column);
    return columns;
}

TEST(TableGrid, PlacesCellsAfterTheSpansFromAbove) {
    const Table table = timetable();
    const TableGrid grid = table_grid(table);
    EXPECT_EQ(grid.columns, 5u);
    EXPECT_EQ(grid.head_rows, 2u);
    EXPECT_EQ(grid.rows, 5u);
    EXPECT_EQ(columns_of(grid, 0), (std::vector<std::size_t>{0, 1, 3}));
    EXPECT_EQ(columns_of(grid, 1), (std::vector<std::size_t>{1, 2, 3, 4}));  // "Route" still takes column 0
    EXPECT_EQ(columns_of(grid, 3), (std::vector<std::size_t>{1, 3}));        // "Cross-harbour" takes column 0
    EXPECT_EQ(grid.cells[0][0].row_span, 2u);
    EXPECT_TRUE(grid.cells[1][0].head);
    EXPECT_FALSE(grid.cells[2][0].head);
    EXPECT_EQ(to_plain_text(grid.cells[3][1].cell->content), "every 30 minutes");
}

TEST(TableGrid, ClipsRowSpansAtTheEndOfTheirPartAndHugeSpans) {
    Table table;
    table.head = {{cell("A", 1, 9), cell("B")}};
    table.rows = {{cell("1", kMaxColSpan + 5), cell("2")}, {cell("3"), cell("4", 1, 0)}};
    const TableGrid grid = table_grid(table);
    EXPECT_EQ(grid.cells[0][0].row_span, 1u);  // the header row span never reaches the body
    EXPECT_EQ(grid.cells[1][0].col_span, static_cast<std::size_t>(kMaxColSpan));
    EXPECT_EQ(columns_of(grid, 2), (std::vector<std::size_t>{0, 1}));
    EXPECT_EQ(grid.cells[2][1].row_span, 1u);
}

TEST(TableGrid, NumberColumnsAreRightAlignedUnlessTheSourceSaysOtherwise) {
    Table table = timetable();
    std::vector<ColumnAlign> align = table_grid(table).alignment(table);
    EXPECT_EQ(align, (std::vector<ColumnAlign>{ColumnAlign::Left, ColumnAlign::Right, ColumnAlign::Right,
                                               ColumnAlign::Right, ColumnAlign::Right}));
    table.align = {ColumnAlign::Default, ColumnAlign::Center};
    align = table_grid(table).alignment(table);
    EXPECT_EQ(align[1], ColumnAlign::Center);
    EXPECT_EQ(align[2], ColumnAlign::Right);
}

TEST(TableCells, NumbersAndAmountsAreNumeric) {
    for (const char* number :
         {"48.211", "31,4 %", "-4.4 %", "\u2212 3", "\u20AC 12,50", "2:1", "(12)", "1\u202F000"})
        EXPECT_TRUE(is_numeric_text(number)) << number;
    for (const char* text : {"", "SPD", "5 days", "April 2014", "%", "n/a", "12a"})
        EXPECT_FALSE(is_numeric_text(text)) << text;
}

TEST(TableText, CaptionThenRowsWithTabs) {
    Table table;
    table.caption = {text("Results "), emphasis(plain("2024"))};
    table.head = {{cell("Party"), cell("Votes")}};
    table.rows = {{cell("SPD"), cell("48.211")}, {cell("CDU"), cell("45.760")}};
    EXPECT_EQ(block_plain_text(Block{table}), "Results 2024\nParty\tVotes\nSPD\t48.211\nCDU\t45.760");
    EXPECT_STREQ(block_type_name(Block{table}), "table");
    EXPECT_FALSE(table_is_empty(table));
    EXPECT_TRUE(table_is_empty(Table{plain("Caption only"), {{cell("")}}, {}, {}}));
    EXPECT_TRUE(has_table({Paragraph{}, Block{table}}));
    EXPECT_FALSE(has_table({Paragraph{}}));
}

TEST(TableAlignment, NamesAndTrimming) {
    for (const ColumnAlign a : {ColumnAlign::Left, ColumnAlign::Center, ColumnAlign::Right})
        EXPECT_EQ(align_from_name(align_name(a)), a);
    EXPECT_EQ(align_from_name("justify"), ColumnAlign::Default);
    std::vector<ColumnAlign> align{ColumnAlign::Right, ColumnAlign::Default, ColumnAlign::Default};
    trim_alignment(align);
    EXPECT_EQ(align, std::vector<ColumnAlign>{ColumnAlign::Right});
}

}  // namespace
}  // namespace folio
