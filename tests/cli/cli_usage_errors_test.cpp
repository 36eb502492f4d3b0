// Usage errors: the folio program exits with 2, prints one line, and converts nothing.
#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "tests/cli/cli_expectations.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio::test {
namespace {

struct UsageCase {
    const char* name;
    std::vector<std::string> arguments;  // "ARTICLE" stands for a readable article
    const char* reason;                  // part of the message
};

// Shows the case's name instead of its bytes in test listings.
void PrintTo(const UsageCase& usage_case, std::ostream* out) { *out << usage_case.name; }

class CliUsageError : public testing::TestWithParam<UsageCase> {};

TEST_P(CliUsageError, ExitsWithTwoAndWritesNothing) {
    const TempDir dir;
    const auto article = dir.add_file("article.txt", "Title\n\nA paragraph.\n");
    std::vector<std::string> arguments = GetParam().arguments;
    for (std::string& argument : arguments)
        if (argument == "ARTICLE") argument = article.string();

    const ProcessResult result = run_folio(arguments, in_directory(dir.path()));

    expect_usage_error(result, GetParam().reason);
    EXPECT_EQ(directory_entries(dir.path()), std::vector<std::string>{"article.txt"});
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CliUsageError,
    testing::Values(
        UsageCase{"NoArguments", {}, "no INPUT"},
        UsageCase{"UnknownOption", {"ARTICLE", "--bogus", "-t", "json"}, "--bogus"},
        UsageCase{
            "UnknownOutputFormat", {"ARTICLE", "-t", "wordperfect"}, "unknown output format 'wordperfect'"},
        UsageCase{"UnknownInputFormat",
                  {"ARTICLE", "-f", "wordperfect", "-t", "json"},
                  "unknown input format 'wordperfect'"},
        UsageCase{"MetadataWithoutEquals", {"ARTICLE", "-t", "json", "-M", "title"}, "KEY=VALUE"},
        UsageCase{"MetadataWithEmptyKey", {"ARTICLE", "-t", "json", "-M", "=x"}, "KEY=VALUE"},
        UsageCase{"UnknownMetadataKey", {"ARTICLE", "-t", "json", "-M", "colour=red"}, "colour"},
        UsageCase{"MissingMetadataValue", {"ARTICLE", "-t", "json", "-M"}, "--metadata"},
        UsageCase{"NoOutputFormatAtAll", {"ARTICLE"}, "no output format"},
        UsageCase{"UnknownOutputExtension", {"ARTICLE", "-o", "article.xyz"}, "article.xyz"},
        UsageCase{"StandardOutputWithoutFormat", {"ARTICLE", "-o", "-"}, "-t FORMAT"},
        UsageCase{
            "SeveralInputs", {"ARTICLE", "ARTICLE", "-t", "json"}, "several inputs need an output folder"},
        UsageCase{"ColumnsNotANumber", {"ARTICLE", "-t", "text", "--columns", "wide"}, "--columns"},
        UsageCase{"ColumnsTooSmall", {"ARTICLE", "-t", "text", "--columns", "0"}, "--columns"},
        UsageCase{"MissingFormatValue", {"ARTICLE", "-t"}, "--to"},
        UsageCase{"MissingInputWithUsageError", {"missing.txt", "-t", "wordperfect"}, "wordperfect"}),
    [](const testing::TestParamInfo<UsageCase>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace folio::test
