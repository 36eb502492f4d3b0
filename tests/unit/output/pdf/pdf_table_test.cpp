// Tables in the PDF: a long table continues over pages with its header repeated (as an artifact), a wide
// one stays within the measure, numbers are right-aligned, and the structure is Table > Caption, TR > TH/TD.
#include <gtest/gtest.h>

#include <regex>

#include "output/pdf/pdf_writer.hpp"
#include "pdf_structure.hpp"
#include "pdf_test_support.hpp"
#include "tests/support/table_cells.hpp"

namespace folio {
namespace {

using pdf_test::PdfFile;

using test::cell;

// A league table of `rows` clubs after a paragraph.
Document league(int rows) {
    Document doc;
    doc.meta.title = "Die Tabelle nach dem zehnten Spieltag";
    doc.meta.lang = "de";
    doc.blocks.push_back(Paragraph{plain("Der Spitzenreiter gewann auch am zehnten Spieltag."), ""});
    Table table;
    table.caption = plain("Tabelle der Kreisliga");
    table.head = {{cell("Platz"), cell("Verein"), cell("Spiele"), cell("Tore"), cell("Punkte")}};
    for (int i = 1; i <= rows; ++i)
        table.rows.push_back({cell(std::to_string(i)), cell("Sportverein Lindenau " + std::to_string(i)),
                              cell("10"), cell(std::to_string(30 - i) + ":" + std::to_string(10 + i)),
                              cell(std::to_string(2 * (rows - i)))});
    doc.blocks.push_back(std::move(table));
    doc.blocks.push_back(Paragraph{plain("Am nächsten Spieltag kommt es zum Derby."), ""});
    return doc;
}

std::string write(const Document& doc) {
    Diagnostics diag;
    return write_pdf(doc, WriteOptions{}, diag);
}

// The right edges of the words of page `page` (1-based) whose text matches.
std::vector<double> right_edges(const PdfFile& file, int page, const std::regex& word) {
    const std::string bbox = pdf_test::run("pdftotext -bbox -f " + std::to_string(page) + " -l " +
                                           std::to_string(page) + " '" + file.path() + "' -");
    std::vector<double> edges;
    const std::regex entry(
        R"re(<word xMin="[0-9.]+" yMin="[0-9.]+" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)</word>)re");
    for (auto it = std::sregex_iterator(bbox.begin(), bbox.end(), entry); it != std::sregex_iterator(); ++it)
        if (std::regex_match((*it)[2].str(), word)) edges.push_back(std::stod((*it)[1].str()));
    return edges;
}

TEST(PdfTable, ALongTableRepeatsItsHeaderOnEveryPageAsAnArtifact) {
    const std::string bytes = write(league(80));
    PdfFile file(bytes, "league");
    const int pages = std::stoi(pdf_test::info_field(file.pdfinfo(), "Pages"));
    ASSERT_GE(pages, 2);
    for (int page = 2; page <= pages; ++page) {
        const std::string text = pdf_test::run("pdftotext -f " + std::to_string(page) + " -l " +
                                               std::to_string(page) + " -layout '" + file.path() + "' -");
        if (text.find("Sportverein") == std::string::npos) continue;
        EXPECT_NE(text.find("Platz"), std::string::npos) << "page " << page << ":\n" << text;
    }
    // In the structure the header is there once, the caption once, and every row once.
    const pdf_test::StructNode tree = pdf_test::struct_tree(file.path());
    const auto tables = tree.find_all("Table");
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0]->find_all("TH").size(), 5u);
    EXPECT_EQ(tables[0]->find_all("TR").size(), 81u);
    EXPECT_EQ(tables[0]->find_all("TD").size(), 400u);
    ASSERT_FALSE(tables[0]->elements().empty());
    EXPECT_EQ(tables[0]->elements().front()->type, "Caption");
    const pdf_test::UaReport report = pdf_test::check_pdf_ua(bytes);
    EXPECT_TRUE(report.unmarked.empty()) << report.unmarked.front();
    EXPECT_TRUE(report.unreachable.empty()) << report.unreachable.front();
    int status = -1;
    file.qpdf_check(&status);
    EXPECT_EQ(status, 0);
}

TEST(PdfTable, NumbersAreRightAlignedInTheirColumn) {
    PdfFile file(write(league(12)), "numbers");
    // The points column: every number ends at the same x.
    const std::vector<double> edges = right_edges(file, 1, std::regex("[0-9]+"));
    ASSERT_FALSE(edges.empty());
    const double right = *std::max_element(edges.begin(), edges.end());
    int aligned = 0;
    for (const double edge : edges) aligned += std::abs(edge - right) < 0.5 ? 1 : 0;
    EXPECT_GE(aligned, 12);  // the points of the twelve clubs (two-digit and one-digit)
}

TEST(PdfTable, AWideTableStaysWithinTheMeasure) {
    Document doc;
    doc.meta.title = "Haushalt";
    doc.meta.lang = "de";
    Table table;
    TableRow head;
    for (int c = 0; c < 9; ++c) head.push_back(cell("Haushaltsposten " + std::to_string(c)));
    table.head = {head};
    for (int r = 0; r < 4; ++r) {
        TableRow row;
        for (int c = 0; c < 9; ++c)
            row.push_back(cell("Verwaltungskostenerstattung " + std::to_string(r * 9 + c)));
        table.rows.push_back(row);
    }
    doc.blocks = {table};
    PdfFile file(write(doc), "wide");
    const std::vector<double> edges = right_edges(file, 1, std::regex(".+"));
    ASSERT_FALSE(edges.empty());
    // A4 with the 312 pt measure: the text block ends at (595 + 312) / 2.
    EXPECT_LE(*std::max_element(edges.begin(), edges.end()), (595.0 + 312.0) / 2 + 1.0);
}

}  // namespace
}  // namespace folio
