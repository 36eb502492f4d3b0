// Successful conversions through the folio program: formats from -t or -o, -M, --columns, stdin.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/cli/folio_process.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio::test {
namespace {

const std::string article = FOLIO_TEST_DATA "/corpus/de_nordkorea_waffen.txt";
const std::string latin1_article = FOLIO_TEST_DATA "/corpus/fr_agriculteurs_latin1.txt";
const std::string title = "So wahrscheinlich sind nordkoreanische Waffenlieferungen an Russland";

nlohmann::json parsed(const std::string& text) {
    nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    EXPECT_FALSE(json.is_discarded()) << text.substr(0, 200);
    return json;
}

std::size_t code_points(const std::string& line) {
    std::size_t count = 0;
    for (const char c : line) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

TEST(CliConvert, JsonToStandardOutput) {
    const ProcessResult result = run_folio({article, "-t", "json"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const nlohmann::json json = parsed(result.out);
    EXPECT_EQ(json["format"], "folio");
    EXPECT_EQ(json["version"], 1);
    EXPECT_EQ(json["meta"]["title"], title);
    EXPECT_EQ(json["meta"]["kicker"], "Nordkorea");
    EXPECT_EQ(json["meta"]["lang"], "de");
    ASSERT_EQ(json["meta"]["authors"].size(), 2u);
    EXPECT_EQ(json["meta"]["authors"][0]["name"], "Frederic Spohr");
}

TEST(CliConvert, DashAsOutputIsStandardOutput) {
    const ProcessResult result = run_folio({article, "-t", "json", "-o", "-"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(parsed(result.out)["meta"]["title"], title);
}

TEST(CliConvert, MetadataOverridesShowInJson) {
    const ProcessResult result =
        run_folio({article, "-t", "json", "-M", "title=Ein neuer Titel", "-M", "author=Erika Muster", "-M",
                   "author=Max Muster", "--metadata", "date=2023-09-14", "-M", "subtitle=a=b"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const nlohmann::json meta = parsed(result.out)["meta"];
    EXPECT_EQ(meta["title"], "Ein neuer Titel");
    EXPECT_EQ(meta["subtitle"], "a=b");
    EXPECT_EQ(meta["date"], "2023-09-14");
    ASSERT_EQ(meta["authors"].size(), 2u);
    EXPECT_EQ(meta["authors"][0]["name"], "Erika Muster");
    EXPECT_EQ(meta["authors"][1]["name"], "Max Muster");
    EXPECT_EQ(meta["kicker"], "Nordkorea");
}

TEST(CliConvert, OutputExtensionJsonWritesJson) {
    const TempDir dir;
    const auto output = dir / "out.json";
    const ProcessResult result = run_folio({article, "-o", output.string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(parsed(read_file(output))["meta"]["title"], title);
    EXPECT_EQ(directory_entries(dir.path()), std::vector<std::string>{"out.json"});
}

TEST(CliConvert, OutputExtensionTxtWritesText) {
    const TempDir dir;
    const auto output = dir / "out.txt";
    const ProcessResult result = run_folio({article, "-o", output.string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string text = read_file(output);
    EXPECT_NE(text.find(title), std::string::npos);
    EXPECT_NE(text.front(), '{');
}

TEST(CliConvert, ToOverridesTheOutputExtension) {
    const TempDir dir;
    const auto output = dir / "article.data";
    const ProcessResult result = run_folio({article, "-t", "json", "-o", output.string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(parsed(read_file(output))["meta"]["title"], title);
}

TEST(CliConvert, OverwritesAnExistingOutput) {
    const TempDir dir;
    const auto output = dir.add_file("out.json", "old content that is longer than nothing");
    const ProcessResult result = run_folio({article, "-o", output.string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(parsed(read_file(output))["meta"]["title"], title);
    EXPECT_EQ(directory_entries(dir.path()), std::vector<std::string>{"out.json"});
}

TEST(CliConvert, TextToStandardOutput) {
    const ProcessResult result = run_folio({article, "-t", "text"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find(title), std::string::npos);
    EXPECT_NE(result.out.find("Frederic Spohr"), std::string::npos);
    EXPECT_NE(result.out.find("© picture alliance / ASSOCIATED PRESS | Vladimir Smirnov"), std::string::npos);
}

TEST(CliConvert, ColumnsSetTheTextWidth) {
    const ProcessResult result = run_folio({article, "-t", "text", "--columns", "40"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto lines = lines_of(result.out);
    EXPECT_GT(lines.size(), 50u);
    for (const std::string& line : lines)
        if (line.find(' ') != std::string::npos) {
            EXPECT_LE(code_points(line), 40u) << line;
        }
}

TEST(CliConvert, DefaultWidthIs72) {
    const ProcessResult result = run_folio({article, "-t", "text"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    std::size_t widest = 0;
    for (const std::string& line : lines_of(result.out))
        if (line.find(' ') != std::string::npos) widest = std::max(widest, code_points(line));
    EXPECT_LE(widest, 72u);
    EXPECT_GT(widest, 60u);
}

TEST(CliConvert, StandardInputWithDash) {
    const ProcessResult result = run_folio({"-", "-t", "json"}, stdin_from(article));
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(parsed(result.out)["meta"]["title"], title);
}

TEST(CliConvert, JsonRoundTripThroughStandardInput) {
    const TempDir dir;
    const auto json_file = dir / "article.json";
    ASSERT_EQ(run_folio({article, "-o", json_file.string()}).exit_code, 0);
    const std::string first = read_file(json_file);

    const ProcessResult sniffed = run_folio({"-", "-t", "json"}, stdin_from(json_file));
    ASSERT_EQ(sniffed.exit_code, 0) << sniffed.err;
    EXPECT_EQ(sniffed.out, first);

    const ProcessResult explicit_from = run_folio({"-", "-f", "json", "-t", "json"}, stdin_from(json_file));
    ASSERT_EQ(explicit_from.exit_code, 0) << explicit_from.err;
    EXPECT_EQ(explicit_from.out, first);
}

TEST(CliConvert, UnknownExtensionIsSniffed) {
    const TempDir dir;
    const auto json_file = dir / "article.json";
    ASSERT_EQ(run_folio({article, "-o", json_file.string()}).exit_code, 0);
    const auto renamed = dir.add_file("article.saved", read_file(json_file));
    const ProcessResult result = run_folio({renamed.string(), "-t", "json"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out, read_file(json_file));
}

TEST(CliConvert, Latin1InputConvertsWithAWarning) {
    const ProcessResult result = run_folio({latin1_article, "-t", "json"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(parsed(result.out)["meta"]["title"],
              "Colère agricole : ce que réclament vraiment les paysans européens");
    const auto lines = lines_of(result.err);
    ASSERT_FALSE(lines.empty());
    for (const std::string& line : lines)
        EXPECT_EQ(line.rfind("folio: " + latin1_article + ": warning: ", 0), 0u) << line;
}

TEST(CliConvert, Utf8InputConvertsWithoutMessages) {
    const ProcessResult result = run_folio({article, "-t", "json"});
    EXPECT_EQ(result.exit_code, 0);
    EXPECT_EQ(result.err, "");
}

TEST(CliConvert, OutputIsDeterministic) {
    const ProcessResult first = run_folio({article, "-t", "json"});
    const ProcessResult second = run_folio({article, "-t", "json"});
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_EQ(first.out, second.out);
}

}  // namespace
}  // namespace folio::test
