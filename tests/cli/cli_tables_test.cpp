// Tables through the whole pipeline (tests/data/tables, one fixture per mechanism): each fixture gives the
// table blocks of its NAME.expected.json, and every table appears once, with its caption, in every writer's
// output: HTML and EPUB (epubcheck clean), DocBook (valid, read back without loss), PDF (rows in order in
// pdftotext -layout, tagged Table/TR/TH/TD) and text (within --columns). Books and feeds keep them too.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/cli/folio_process.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/support/test_data.hpp"
#include "tests/support/text_checks.hpp"

namespace folio::test {
namespace {

using nlohmann::json;

std::vector<std::string> fixtures() {
    std::vector<std::string> names = html_articles({"tables"});
    const std::vector<std::string> texts = text_articles({"tables"});
    names.insert(names.end(), texts.begin(), texts.end());
    return names;
}

std::string input_of(const std::string& name) {
    const auto html = data_path(name + ".html");
    return (std::filesystem::exists(html) ? html : data_path(name + ".txt")).string();
}

json expected_tables(const std::string& name) {
    return json::parse(read_file(data_path(name + ".expected.json")))["tables"];
}

json tables_of(const json& blocks) {
    json tables = json::array();
    for (const json& block : blocks)
        if (block["type"] == "table") tables.push_back(block);
    return tables;
}

// What names a table in any output: its caption, else the text of the first cell of its last row.
std::string name_of(const json& table) {
    if (table["caption"].is_string()) return table["caption"];
    const json& first = table["rows"].back()[0];
    return first.is_string() ? first.get<std::string>() : first["text"].get<std::string>();
}

// Text as XML writes it.
std::string escaped(const std::string& text) {
    std::string out;
    for (const char c : text)
        out += c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : std::string(1, c);
    return out;
}

std::vector<std::string> cell_texts(const json& row) {
    std::vector<std::string> texts;
    for (const json& cell : row)
        texts.push_back(cell.is_string() ? cell.get<std::string>() : cell["text"].get<std::string>());
    return texts;
}

std::string convert(const std::string& input, const std::vector<std::string>& more) {
    std::vector<std::string> arguments{input};
    arguments.insert(arguments.end(), more.begin(), more.end());
    const ProcessResult result = run_folio(arguments);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return result.out;
}

class TableFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(TableFixture, GivesItsExpectedTables) {
    const json out = json::parse(convert(input_of(GetParam()), {"-t", "json"}));
    EXPECT_EQ(tables_of(out["blocks"]), expected_tables(GetParam())) << out.dump(2);
}

TEST_P(TableFixture, HtmlHasEachTableOnceWithCaptionHeaderCellsAndScopes) {
    const std::string html = convert(input_of(GetParam()), {"-t", "html"});
    const json tables = expected_tables(GetParam());
    EXPECT_EQ(occurrences(html, "<table>"), static_cast<int>(tables.size())) << html;
    for (const json& table : tables) {
        if (table["caption"].is_string()) {
            EXPECT_EQ(occurrences(html, "<caption>" + table["caption"].get<std::string>() + "</caption>"), 1);
        }
        EXPECT_EQ(occurrences(html, "<thead>") > 0, !table["head"].empty());
        for (const std::string& text : cell_texts(table["rows"].back()))
            EXPECT_NE(html.find(">" + escaped(text) + "<"), std::string::npos) << text;
    }
    if (!tables.empty() && !tables[0]["head"].empty()) {
        EXPECT_NE(html.find("<th scope=\"col"), std::string::npos);
    }
}

TEST_P(TableFixture, EpubPassesEpubcheckAndHoldsEachTableOnce) {
    const TempDir dir;
    const auto epub = dir / "book.epub";
    convert(input_of(GetParam()), {"-o", epub.string()});
    const std::string check =
        shell_output("java -jar /usr/share/java/epubcheck.jar --failonwarnings '" + epub.string() + "' 2>&1");
    EXPECT_NE(check.find("No errors or warnings detected"), std::string::npos) << check;
    const std::string page = shell_output("unzip -p '" + epub.string() + "' EPUB/article.xhtml");
    const json tables = expected_tables(GetParam());
    EXPECT_EQ(occurrences(page, "<table>"), static_cast<int>(tables.size()));
    for (const json& table : tables)
        EXPECT_EQ(occurrences(page, escaped(name_of(table))), 1) << name_of(table);
    const std::string css = shell_output("unzip -p '" + epub.string() + "' EPUB/style.css");
    EXPECT_EQ(css.find("folio: tables") != std::string::npos, !tables.empty());
}

TEST_P(TableFixture, DocbookIsValidAndReadsBackWithoutLoss) {
    const TempDir dir;
    const auto xml = dir / "article.xml";
    convert(input_of(GetParam()), {"-o", xml.string()});
    const std::string jing = shell_output(
        "/usr/bin/jing /usr/share/xml/docbook/schema/rng/5.0/docbook.rng '" + xml.string() + "' 2>/dev/null");
    EXPECT_EQ(jing, "");
    const std::string book = read_file(xml);
    for (const json& table : expected_tables(GetParam()))
        EXPECT_EQ(occurrences(book, escaped(name_of(table))), 1);
    const json back = json::parse(convert(xml.string(), {"-t", "json"}));
    const json original = json::parse(convert(input_of(GetParam()), {"-t", "json"}));
    EXPECT_EQ(tables_of(back["blocks"]), tables_of(original["blocks"]));
}

TEST_P(TableFixture, PdfShowsTheRowsInOrderAndTagsTheTable) {
    const TempDir dir;
    const auto pdf = dir / "article.pdf";
    convert(input_of(GetParam()), {"-o", pdf.string()});
    const std::vector<std::string> lines =
        lines_of(shell_output("pdftotext -layout '" + pdf.string() + "' -"));
    const json tables = expected_tables(GetParam());
    std::size_t at = 0;  // rows are found in order, each on one line with its cells left to right
    for (const json& table : tables) {
        for (const json* part : {&table["head"], &table["rows"]})
            for (const json& row : *part) {
                const std::vector<std::string> cells = cell_texts(row);
                const auto holds_row = [&](const std::string& line) {
                    std::size_t from = 0;
                    for (const std::string& text : cells) {
                        if (text.empty()) continue;
                        from = line.find(text, from);
                        if (from == std::string::npos) return false;
                        from += text.size();
                    }
                    return true;
                };
                const auto found =
                    std::find_if(lines.begin() + static_cast<std::ptrdiff_t>(at), lines.end(), holds_row);
                ASSERT_NE(found, lines.end()) << row.dump();
                at = static_cast<std::size_t>(found - lines.begin());
            }
    }
    const std::string text = shell_output("pdftotext '" + pdf.string() + "' -");
    for (const json& table : tables)
        if (table["caption"].is_string()) {
            EXPECT_EQ(occurrences(unwrapped(text), table["caption"]), 1);
        }
    const std::string tree = shell_output("pdfinfo -struct-text '" + pdf.string() + "'");
    EXPECT_EQ(occurrences(tree, "Table (block)\n"), static_cast<int>(tables.size())) << tree;
    if (!tables.empty()) {
        EXPECT_NE(tree.find("TR\n"), std::string::npos);
        EXPECT_NE(tree.find("TD\n"), std::string::npos);
    }
    for (const json& table : tables) {
        if (!table["head"].empty()) {
            EXPECT_NE(tree.find("TH:\n           /Scope /Column"), std::string::npos) << tree;
        }
    }
}

TEST_P(TableFixture, TextStaysWithinTheColumns) {
    for (const int columns : {72, 40}) {
        const std::string text =
            convert(input_of(GetParam()), {"-t", "text", "--columns", std::to_string(columns)});
        for (const std::string& line : lines_of(text)) {
            std::size_t width = 0;
            for (const unsigned char c : line) width += (c & 0xC0) != 0x80 ? 1 : 0;
            EXPECT_LE(width, static_cast<std::size_t>(columns)) << line;
        }
        for (const json& table : expected_tables(GetParam()))
            EXPECT_EQ(occurrences(unwrapped(text), name_of(table)), 1) << text;
    }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, TableFixture, ::testing::ValuesIn(fixtures()),
                         [](const auto& info) { return test_name(info.param); });

TEST(CliTables, ABookOfTheFixturesKeepsEveryTableInEveryFormat) {
    const TempDir dir;
    std::vector<std::string> inputs;
    std::size_t expected = 0;
    for (const std::string& name : fixtures()) {
        inputs.push_back(input_of(name));
        expected += expected_tables(name).size();
    }
    const auto run_book = [&](const std::string& output) {
        std::vector<std::string> arguments = inputs;
        arguments.insert(arguments.end(), {"-o", output});
        const ProcessResult result = run_folio(arguments);
        EXPECT_EQ(result.exit_code, 0) << result.err;
    };
    const auto epub = dir / "book.epub", json_book = dir / "book.json", xml = dir / "book.xml",
               html = dir / "book.html";
    for (const auto& output : {epub, json_book, xml, html}) run_book(output.string());
    const std::string check =
        shell_output("java -jar /usr/share/java/epubcheck.jar --failonwarnings '" + epub.string() + "' 2>&1");
    EXPECT_NE(check.find("No errors or warnings detected"), std::string::npos) << check;
    EXPECT_EQ(static_cast<std::size_t>(occurrences(read_file(html), "<table>")), expected);
    const auto count_tables = [](const json& book) {
        std::size_t count = 0;
        for (const json& article : book["articles"]) count += tables_of(article["blocks"]).size();
        return count;
    };
    const json written = json::parse(read_file(json_book));
    EXPECT_EQ(count_tables(written), expected);
    // The JSON book and the DocBook <book> read back to the same tables.
    EXPECT_EQ(json::parse(convert(json_book.string(), {"-t", "json"})), written);
    const json from_docbook = json::parse(convert(xml.string(), {"-t", "json"}));
    ASSERT_EQ(from_docbook["articles"].size(), written["articles"].size());
    for (std::size_t i = 0; i < written["articles"].size(); ++i)
        EXPECT_EQ(tables_of(from_docbook["articles"][i]["blocks"]),
                  tables_of(written["articles"][i]["blocks"]));
}

TEST(CliTables, AFeedEntryKeepsItsTable) {
    const json book = json::parse(convert(data_path("tables/results_feed.rss").string(), {"-t", "json"}));
    ASSERT_EQ(book["articles"].size(), 1u);
    const json tables = tables_of(book["articles"][0]["blocks"]);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0]["caption"], "Arbeitspreis in Cent je Kilowattstunde");
    EXPECT_EQ(tables[0]["head"][0], (json{"Tarif", "bisher", "ab Januar"}));
    EXPECT_EQ(tables[0]["rows"].size(), 3u);
}

}  // namespace
}  // namespace folio::test
