// Data tables of a page become Table blocks (caption, header rows, spans, alignment); layout tables (one
// cell holding the article, nested tables, forms, presentation) stay transparent.
#include <gtest/gtest.h>

#include "input/html/html_reader.hpp"

namespace folio {
namespace {

const std::string prose =
    "<p>The council published the figures on Tuesday, after weeks of questions from the opposition about "
    "how the money had been spent.</p>";

// The blocks of an article page holding `markup` between two paragraphs.
std::vector<Block> blocks_of(const std::string& markup) {
    Diagnostics diag;
    const std::string page =
        "<!DOCTYPE html><html lang=\"en\"><head><title>Budget</title></head><body><article>"
        "<h1>Budget</h1>" +
        prose + markup + prose + "</article></body></html>";
    return read_html(page, {}, diag).blocks;
}

std::vector<Table> tables_in(const std::vector<Block>& blocks) {
    std::vector<Table> tables;
    for (const Block& block : blocks)
        if (const auto* table = std::get_if<Table>(&block)) tables.push_back(*table);
    return tables;
}

std::string cell_text(const TableCell& cell) { return to_plain_text(cell.content); }

TEST(HtmlTables, CaptionHeadAndBodyOfAMarkedTable) {
    const auto blocks = blocks_of(
        "<table><caption>Spending by <em>department</em></caption><thead><tr><th>Department</th><th>2023</th>"
        "<th>2024</th></tr></thead><tbody><tr><td>Schools</td><td align=\"right\">12.4</td><td "
        "style=\"text-align: "
        "right\">13.1</td></tr><tr><td>Roads</td><td "
        "align=\"right\">8.0</td><td>7.2</td></tr></tbody></table>");
    const auto tables = tables_in(blocks);
    ASSERT_EQ(tables.size(), 1u);
    const Table& table = tables[0];
    EXPECT_EQ(table.caption, (Inlines{text("Spending by "), emphasis(plain("department"))}));
    ASSERT_EQ(table.head.size(), 1u);
    EXPECT_EQ(cell_text(table.head[0][1]), "2023");
    ASSERT_EQ(table.rows.size(), 2u);
    EXPECT_EQ(cell_text(table.rows[1][0]), "Roads");
    // Column 2 is right-aligned in every body cell; column 3 only in one.
    EXPECT_EQ(table.align, (std::vector<ColumnAlign>{ColumnAlign::Default, ColumnAlign::Right}));
    // The table stands between the two paragraphs.
    ASSERT_EQ(blocks.size(), 3u);
    EXPECT_TRUE(std::holds_alternative<Table>(blocks[1]));
}

TEST(HtmlTables, LeadingRowsOfThCellsAreTheHeaderAndSpansAreKept) {
    const auto tables =
        tables_in(blocks_of("<table><tr><th rowspan=\"2\">Route</th><th "
                            "colspan=\"2\">Boats</th></tr><tr><th>Summer</th><th>Winter"
                            "</th></tr><tr><td>Loop</td><td>18</td><td>12</td></tr><tr><td>Express</td><td "
                            "colspan=\"2\">24</td></tr>"
                            "</table>"));
    ASSERT_EQ(tables.size(), 1u);
    ASSERT_EQ(tables[0].head.size(), 2u);
    EXPECT_EQ(tables[0].head[0][0].row_span, 2);
    EXPECT_EQ(tables[0].head[0][1].col_span, 2);
    ASSERT_EQ(tables[0].rows.size(), 2u);
    EXPECT_EQ(tables[0].rows[1][1].col_span, 2);
}

TEST(HtmlTables, AnUnmarkedGridOfNumbersIsData) {
    const auto tables = tables_in(blocks_of(
        "<table><tr><td>Schools</td><td>12.4</td></tr><tr><td>Roads</td><td>8.0</td></tr><tr><td>Parks</td>"
        "<td>1.9</td></tr></table>"));
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_TRUE(tables[0].head.empty());
    EXPECT_EQ(tables[0].rows.size(), 3u);
}

TEST(HtmlTables, ACellThatIsOneLinkIsStillData) {
    const auto tables =
        tables_in(blocks_of("<table><tr><th>Release</th><th>Date</th></tr><tr><td><a "
                            "href=\"https://example.org/a\">4.2.3</a></td>"
                            "<td>April 2014</td></tr><tr><td><a "
                            "href=\"https://example.org/b\">4.2.4</a></td><td>May 2014</td></tr>"
                            "</table>"));
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(cell_text(tables[0].rows[1][0]), "4.2.4");
}

TEST(HtmlTables, LayoutTablesStayTransparent) {
    const std::string long_text =
        "<p>This cell holds the whole story of the evening, told at length: who came, what was said, how the "
        "vote went and what the neighbours thought of it all when they walked home through the rain.</p>";
    for (const std::string& markup : std::vector<std::string>{
             "<table><tr><td>" + long_text + "</td><td>Menu</td></tr><tr><td>x</td><td>y</td></tr></table>",
             "<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td><td>c</td></tr><tr><td>1</td>"
             "<td>2</td></tr></table>",
             "<table><tr><th>Name</th><td><form><input "
             "name=\"q\"></form></td></tr><tr><td>a</td><td>b</td></tr>"
             "</table>",
             "<table "
             "role=\"presentation\"><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>",
             "<table><tr><td>Only</td><td>one row</td></tr></table>"}) {
        const auto blocks = blocks_of(markup);
        EXPECT_TRUE(tables_in(blocks).empty()) << markup;
    }
    // The text of a layout cell is still read as paragraphs.
    bool kept = false;
    for (const Block& block : blocks_of("<table><tr><td>" + long_text + "</td><td>Menu</td></tr></table>"))
        kept = kept || block_plain_text(block).starts_with("This cell holds the whole story");
    EXPECT_TRUE(kept);
}

}  // namespace
}  // namespace folio
