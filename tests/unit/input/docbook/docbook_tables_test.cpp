// DocBook tables: folio's CALS tables are valid and read back exactly; hand-written CALS tables (colname,
// spanspec, morerows, paragraphs in entries) and HTML-model tables read into the model's Table.
#include <gtest/gtest.h>

#include "input/docbook/docbook_reader.hpp"
#include "output/docbook/docbook_validate.hpp"
#include "output/docbook/docbook_writer.hpp"
#include "tests/support/table_cells.hpp"

namespace folio {
namespace {

using test::cell;

Document read(const std::string& xml) {
    Diagnostics diag;
    return read_docbook(xml, {}, diag);
}

Table only_table(const Document& doc) {
    for (const Block& block : doc.blocks)
        if (const auto* table = std::get_if<Table>(&block)) return *table;
    throw std::runtime_error("no table");
}

std::string article(const std::string& body) {
    return R"(<?xml version="1.0" encoding="UTF-8"?><article xmlns="http://docbook.org/ns/docbook" version="5.0">)"
           "<title>T</title>" +
           body + "</article>";
}

TEST(DocbookTables, WrittenTablesAreValidAndReadBackExactly) {
    Table formal;
    formal.caption = {text("Departures "), emphasis(plain("per day"))};
    formal.head = {{cell("Route", 1, 2), cell("Weekdays", 2)}, {cell("Summer"), cell("Winter")}};
    formal.rows = {{cell("Cross-harbour", 1, 2), cell("42"), {{strong(plain("46"))}, 1, 1}},
                   {cell("every 15 minutes", 2)},
                   {cell("Island loop"), cell(""), cell("12")}};
    formal.align = {ColumnAlign::Left, ColumnAlign::Right, ColumnAlign::Right};
    Table informal;
    informal.rows = {{cell("a"), cell("1")}, {cell("b"), cell("2")}};
    Document doc;
    doc.meta.title = "Fähren";
    doc.meta.lang = "de";
    doc.blocks = {Paragraph{plain("Vorher."), ""}, formal, informal};
    Diagnostics diag;
    const std::string xml = write_docbook(doc, {}, diag);
    EXPECT_EQ(validate_docbook(xml), std::vector<std::string>{}) << xml;
    EXPECT_NE(xml.find("<title>Departures <emphasis>per day</emphasis></title>"), std::string::npos) << xml;
    EXPECT_NE(xml.find("<entry namest=\"c2\" nameend=\"c3\">every 15 minutes</entry>"), std::string::npos);
    EXPECT_NE(xml.find("<entry morerows=\"1\">Cross-harbour</entry>"), std::string::npos);
    EXPECT_NE(xml.find("<informaltable>"), std::string::npos);
    const Document back = read(xml);
    ASSERT_EQ(back.blocks.size(), 3u);
    EXPECT_EQ(std::get<Table>(back.blocks[1]), formal);
    EXPECT_EQ(std::get<Table>(back.blocks[2]), informal);
}

TEST(DocbookTables, HandWrittenCalsTable) {
    const Document doc = read(article(R"(
      <table>
        <info><title>Results</title></info>
        <tgroup cols="3">
          <colspec colname="party"/><colspec colname="votes" align="right"/><colspec colname="share"/>
          <spanspec spanname="all" namest="party" nameend="share"/>
          <thead><row><entry>Party</entry><entry>Votes</entry><entry>Share</entry></row></thead>
          <tbody>
            <row><entry>SPD</entry><entry colname="share">31 %</entry></row>
            <row><entry spanname="all"><para>Turnout</para><para>high</para></entry></row>
          </tbody>
          <tfoot><row><entry>Total</entry><entry>100</entry><entry>100 %</entry></row></tfoot>
        </tgroup>
      </table>)"));
    const Table table = only_table(doc);
    EXPECT_EQ(table.caption, plain("Results"));
    ASSERT_EQ(table.head.size(), 1u);
    ASSERT_EQ(table.rows.size(), 3u);
    ASSERT_EQ(table.rows[0].size(), 3u);  // the skipped "votes" column is an empty cell
    EXPECT_EQ(table.rows[0][1], TableCell{});
    EXPECT_EQ(table.rows[0][2].content, plain("31 %"));
    EXPECT_EQ(table.rows[1][0].col_span, 3);
    EXPECT_EQ(table.rows[1][0].content, (Inlines{text("Turnout"), line_break(), text("high")}));
    EXPECT_EQ(table.rows[2][0].content, plain("Total"));
    EXPECT_EQ(table.align, (std::vector<ColumnAlign>{ColumnAlign::Default, ColumnAlign::Right}));
}

TEST(DocbookTables, HtmlModelTable) {
    const Table table = only_table(read(article(R"(
      <informaltable>
        <caption>Boats</caption>
        <thead><tr><th rowspan="2">Route</th><th colspan="2">Boats</th></tr><tr><th>Summer</th><th>Winter</th></tr></thead>
        <tbody><tr><td>Loop</td><td>18</td><td>12</td></tr></tbody>
      </informaltable>)")));
    EXPECT_EQ(table.caption, plain("Boats"));
    ASSERT_EQ(table.head.size(), 2u);
    EXPECT_EQ(table.head[0][0].row_span, 2);
    EXPECT_EQ(table.head[0][1].col_span, 2);
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0][2].content, plain("12"));
}

}  // namespace
}  // namespace folio
