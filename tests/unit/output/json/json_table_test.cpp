// The table block in folio JSON: caption, head and rows of cells (strings, or objects when they span or have
// markup), alignment and text, read back by the JSON reader to the same table.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "input/json/json_reader.hpp"
#include "output/json/json_writer.hpp"

namespace folio {
namespace {

Table sample_table() {
    Table table;
    table.caption = {text("Results "), emphasis(plain("2024"))};
    table.head = {{TableCell{plain("Party"), 1, 2}, TableCell{plain("Votes"), 2, 1}},
                  {TableCell{plain("2019")}, TableCell{plain("2024")}}};
    table.rows = {{TableCell{plain("SPD")}, TableCell{plain("44.100")}, TableCell{{strong(plain("48.211"))}}},
                  {TableCell{plain("CDU")}, TableCell{plain("45.760"), 2, 1}}};
    table.align = {ColumnAlign::Default, ColumnAlign::Right};
    return table;
}

Document with_table() {
    Document doc;
    doc.meta.title = "Wahl";
    doc.blocks = {Paragraph{plain("Vorher."), ""}, sample_table()};
    return doc;
}

TEST(JsonTable, WritesCaptionHeadRowsAlignmentAndText) {
    Diagnostics diag;
    const nlohmann::json out = nlohmann::json::parse(write_json(with_table(), {}, diag));
    const nlohmann::json& table = out["blocks"][1];
    EXPECT_EQ(table["type"], "table");
    EXPECT_EQ(table["caption"], "Results 2024");
    EXPECT_EQ(table["caption_inlines"][1]["type"], "emphasis");
    EXPECT_EQ(table["head"][0][0], (nlohmann::json{{"text", "Party"}, {"rowspan", 2}}));
    EXPECT_EQ(table["head"][0][1], (nlohmann::json{{"text", "Votes"}, {"colspan", 2}}));
    EXPECT_EQ(table["head"][1], (nlohmann::json{"2019", "2024"}));
    EXPECT_EQ(table["rows"][0][0], "SPD");
    EXPECT_EQ(table["rows"][0][2]["text"], "48.211");
    EXPECT_EQ(table["rows"][0][2]["inlines"][0]["type"], "strong");
    EXPECT_EQ(table["align"], (nlohmann::json{nullptr, "right"}));
    EXPECT_EQ(table["text"], "Results 2024\nParty\tVotes\n2019\t2024\nSPD\t44.100\t48.211\nCDU\t45.760");
    EXPECT_TRUE(diag.warnings.empty());
}

TEST(JsonTable, ReadsBackToTheSameTable) {
    Diagnostics diag;
    const Document doc = with_table();
    const Document again = read_json(write_json(doc, {}, diag), {}, diag);
    EXPECT_EQ(again, doc);
    EXPECT_TRUE(diag.warnings.empty());
}

}  // namespace
}  // namespace folio
