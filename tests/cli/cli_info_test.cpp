// The folio program's informational options: --version, --help, --list-formats.
#include <gtest/gtest.h>

#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "converters/format_table.hpp"
#include "formats/metadata.hpp"
#include "tests/cli/folio_process.hpp"

namespace folio::test {
namespace {

TEST(CliInfo, VersionPrintsNameAndVersion) {
    const ProcessResult result = run_folio({"--version"});
    EXPECT_EQ(result.exit_code, 0);
    EXPECT_EQ(result.out, "folio 0.1.0\n");
    EXPECT_EQ(result.err, "");
}

TEST(CliInfo, HelpNamesEveryOptionAndMetadataKey) {
    const ProcessResult result = run_folio({"--help"});
    EXPECT_EQ(result.exit_code, 0);
    EXPECT_EQ(result.err, "");
    for (const char* option : {"Usage: folio", "-o,--output", "-f,--from", "-t,--to", "-M,--metadata",
                               "--columns", "--list-formats", "--version", "--help"})
        EXPECT_NE(result.out.find(option), std::string::npos) << option;
    for (const std::string_view key : metadata_keys())
        EXPECT_NE(result.out.find(std::string(key)), std::string::npos) << key;
}

TEST(CliInfo, ListFormatsShowsEveryRowOfTheTable) {
    const ProcessResult result = run_folio({"--list-formats"});
    EXPECT_EQ(result.exit_code, 0);
    EXPECT_EQ(result.err, "");
    const auto lines = lines_of(result.out);
    ASSERT_EQ(lines.size(), format_table().size() + 1);
    EXPECT_EQ(lines[0].rfind("FORMAT", 0), 0u);
    for (std::size_t i = 0; i < format_table().size(); ++i) {
        const FormatInfo& format = format_table()[i];
        const std::string& line = lines[i + 1];
        EXPECT_EQ(line.rfind(std::string(format.name) + " ", 0), 0u) << line;
        EXPECT_NE(line.find(std::string(format.description)), std::string::npos) << line;
        for (const std::string_view extension : format.extensions)
            EXPECT_NE(line.find(std::string(extension)), std::string::npos) << line;
    }
}

// The whitespace-separated words of the --list-formats line for `name`; empty when there is none.
std::vector<std::string> listed_words(const std::string& listing, const std::string& name) {
    for (const std::string& line : lines_of(listing)) {
        std::istringstream in(line);
        std::vector<std::string> words{std::istream_iterator<std::string>(in),
                                       std::istream_iterator<std::string>()};
        if (!words.empty() && words[0] == name) return words;
    }
    return {};
}

TEST(CliInfo, ListFormatsShowsTextAndJsonAsReadAndWrite) {
    const std::string out = run_folio({"--list-formats"}).out;
    const auto text = listed_words(out, "text");
    ASSERT_GE(text.size(), 5u) << out;
    EXPECT_EQ(std::vector<std::string>(text.begin() + 1, text.begin() + 5),
              (std::vector<std::string>{"yes", "yes", ".txt", ".text"}));
    const auto json = listed_words(out, "json");
    ASSERT_GE(json.size(), 4u) << out;
    EXPECT_EQ(std::vector<std::string>(json.begin() + 1, json.begin() + 4),
              (std::vector<std::string>{"yes", "yes", ".json"}));
}

}  // namespace
}  // namespace folio::test
