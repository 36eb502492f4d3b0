// Tables in a text export: tab-separated rows (a browser's copy of a table) and space-aligned columns, the
// header row when the first line has no number, and lines that only look alike (prose, lists) left alone.
#include <gtest/gtest.h>

#include "input/text/text_reader.hpp"

namespace folio {
namespace {

const std::string kIntro =
    "Heating oil prices fall\n\nHeating oil has become cheaper for the third month in a row, according to "
    "the "
    "price survey published on Tuesday by the consumer association.\n\n";
const std::string kOutro =
    "\n\nThe association recommends ordering together with neighbours, since larger deliveries are "
    "cheaper.\n";

std::vector<Table> tables_of(const std::string& body) {
    Diagnostics diag;
    std::vector<Table> tables;
    for (const Block& block : read_text(kIntro + body + kOutro, {}, diag).blocks)
        if (const auto* table = std::get_if<Table>(&block)) tables.push_back(*table);
    return tables;
}

std::vector<std::string> row_texts(const TableRow& row) {
    std::vector<std::string> texts;
    for (const TableCell& cell : row) texts.push_back(to_plain_text(cell.content));
    return texts;
}

TEST(TextTables, TabSeparatedRowsWithAHeaderRow) {
    const auto tables = tables_of(
        "Region\tOctober\tNovember\nNorth\t98.40\t94.10\nEast\t101.20\t96.80\n"
        "South\t104.90\t99.70");
    ASSERT_EQ(tables.size(), 1u);
    ASSERT_EQ(tables[0].head.size(), 1u);
    EXPECT_EQ(row_texts(tables[0].head[0]), (std::vector<std::string>{"Region", "October", "November"}));
    ASSERT_EQ(tables[0].rows.size(), 3u);
    EXPECT_EQ(row_texts(tables[0].rows[2]), (std::vector<std::string>{"South", "104.90", "99.70"}));
}

TEST(TextTables, SpaceAlignedColumnsWithRightAlignedNumbers) {
    const auto tables = tables_of(
        "Dealer              Delivery   Price per 100 l\n"
        "Fuel Direct         5 days               93.90\n"
        "Northern Oil        2 days               96.40\n"
        "Hansen & Sons       10 days             101.80");
    ASSERT_EQ(tables.size(), 1u);
    ASSERT_EQ(tables[0].head.size(), 1u);  // "Price per 100 l" holds a digit but is no number
    EXPECT_EQ(row_texts(tables[0].head[0]),
              (std::vector<std::string>{"Dealer", "Delivery", "Price per 100 l"}));
    EXPECT_EQ(row_texts(tables[0].rows[2]), (std::vector<std::string>{"Hansen & Sons", "10 days", "101.80"}));
}

TEST(TextTables, RowsOfWordsOnlyHaveNoHeaderRow) {
    const auto tables = tables_of("Ann\tEditor\tLondon\nBob\tReporter\tLeeds\nCem\tPhotographer\tYork");
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_TRUE(tables[0].head.empty());
    EXPECT_EQ(tables[0].rows.size(), 3u);
}

TEST(TextTables, ALabelLineRightAboveATableIsNoListItem) {
    Diagnostics diag;
    const Document doc =
        read_text(kIntro + "By changesets\nAnn Lee\t63\t16.6%\nBo Kim\t56\t14.7%\nCem Oz\t46\t12.1%" + kOutro,
                  {}, diag);
    ASSERT_EQ(doc.blocks.size(), 4u);
    EXPECT_EQ(block_plain_text(doc.blocks[1]), "By changesets");
    ASSERT_TRUE(std::holds_alternative<Table>(doc.blocks[2]));
    EXPECT_EQ(std::get<Table>(doc.blocks[2]).rows.size(), 3u);
}

TEST(TextTables, LinesThatOnlyLookAlikeAreNoTable) {
    for (const std::string& body : {
             // two rows are not several
             std::string("North\t98.40\nEast\t101.20"),
             // columns that do not line up
             std::string(
                 "The ferry leaves  at nine.\nBoats run  every hour in summer.\nThe last one  is at ten."),
             // prose with two spaces after its sentences
             std::string(
                 "It rained all day.  Nobody came to the fete, which was a pity because the cakes were "
                 "good.\nThe vicar was unmoved.  He said so in the newsletter on Sunday after the "
                 "service.\nNext year it will be in July.  Everyone hopes for sunshine then."),
             // rows with different numbers of cells
             std::string("North\t98.40\t94.10\nEast\t101.20\nSouth\t104.90\t99.70"),
         })
        EXPECT_TRUE(tables_of(body).empty()) << body;
}

}  // namespace
}  // namespace folio
