// Tables in plain text: columns aligned by display width with numbers on the right, the header underlined,
// spans across columns, and one "header: value" line per cell when the columns do not fit.
#include <gtest/gtest.h>

#include "output/common/line_wrap.hpp"
#include "output/text/text_table.hpp"
#include "output/text/text_writer.hpp"
#include "tests/support/table_cells.hpp"

namespace folio {
namespace {

using test::cell;

Table results() {
    Table table;
    table.caption = plain("Vorläufiges Endergebnis");
    table.head = {{cell("Partei"), cell("Stimmen"), cell("Anteil")}};
    table.rows = {{cell("SPD"), cell("48.211"), cell("31,4 %")},
                  {cell("Grüne"), cell("9.951"), cell("6,5 %")},
                  {cell("서울 시민"), cell("120"), cell("0,1 %")}};
    return table;
}

TEST(TextTable, AlignsColumnsByDisplayWidthWithNumbersRight) {
    const auto chunks = text_table(results(), 72);
    ASSERT_EQ(chunks.size(), 1u);
    EXPECT_EQ(chunks[0],
              (std::vector<std::string>{"Vorläufiges Endergebnis", "Partei     Stimmen  Anteil",
                                        "---------  -------  ------", "SPD         48.211  31,4 %",
                                        "Grüne        9.951   6,5 %", "서울 시민      120   0,1 %"}));
}

TEST(TextTable, SpanningCellsTakeTheWidthOfTheirColumns) {
    Table table;
    table.head = {{cell("Route", 1, 2), cell("Weekdays", 2)}, {cell("Summer"), cell("Winter")}};
    table.rows = {{cell("Island"), cell("18"), cell("12")}, {cell("Harbour"), cell("every 15 minutes", 2)}};
    const auto chunks = text_table(table, 72);
    ASSERT_EQ(chunks.size(), 1u);
    EXPECT_EQ(chunks[0], (std::vector<std::string>{"Route    Weekdays", "         Summer    Winter",
                                                   "-------  ------  --------", "Island       18        12",
                                                   "Harbour  every 15 minutes"}));
}

TEST(TextTable, TooWideTablesGiveOneHeaderValueLinePerCell) {
    const auto chunks = text_table(results(), 20);
    ASSERT_EQ(chunks.size(), 4u);  // the caption, then one chunk per row
    EXPECT_EQ(chunks[0], std::vector<std::string>({"Vorläufiges", "Endergebnis"}));
    EXPECT_EQ(chunks[1], (std::vector<std::string>{"Partei: SPD", "Stimmen: 48.211", "Anteil: 31,4 %"}));
    for (const auto& chunk : chunks)
        for (const std::string& line : chunk) EXPECT_LE(display_width(line), 20) << line;
}

TEST(TextTable, TheWriterKeepsTheTableWithinTheColumns) {
    Document doc;
    doc.meta.title = "Wahl";
    doc.blocks = {Paragraph{plain("Das Ergebnis:"), ""}, results()};
    Diagnostics diag;
    for (const int columns : {72, 24}) {
        WriteOptions options;
        options.columns = columns;
        const std::string out = write_text(doc, options, diag);
        EXPECT_NE(out.find("Vorläufiges"), std::string::npos);
        EXPECT_NE(out.find("48.211"), std::string::npos);
        std::size_t start = 0;
        for (std::size_t end; (end = out.find('\n', start)) != std::string::npos; start = end + 1)
            EXPECT_LE(display_width(out.substr(start, end - start)), columns) << out;
    }
}

}  // namespace
}  // namespace folio
