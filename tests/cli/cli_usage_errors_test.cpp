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
        UsageCase{"SkipFailedWithOneInput", {"ARTICLE", "-t", "json", "--skip-failed"}, "--skip-failed"},
        UsageCase{"SeveralInputsWithAReport",
                  {"ARTICLE", "ARTICLE", "-t", "json", "--report", "r.jsonl"},
                  "--report needs an output folder"},
        UsageCase{"ColumnsNotANumber", {"ARTICLE", "-t", "text", "--columns", "wide"}, "--columns"},
        UsageCase{"ColumnsTooSmall", {"ARTICLE", "-t", "text", "--columns", "0"}, "--columns"},
        UsageCase{"MissingFormatValue", {"ARTICLE", "-t"}, "--to"},
        UsageCase{"MissingInputWithUsageError", {"missing.txt", "-t", "wordperfect"}, "wordperfect"},
        // Limits: a negative number would wrap around to no limit at all.
        UsageCase{
            "MaxInputSizeNegative", {"ARTICLE", "-t", "json", "--max-input-size", "-5"}, "--max-input-size"},
        UsageCase{"MaxInputSizeNegativeWithUnit",
                  {"ARTICLE", "-t", "json", "--max-input-size=-1M"},
                  "--max-input-size"},
        UsageCase{
            "MaxInputSizeZero", {"ARTICLE", "-t", "json", "--max-input-size", "0k"}, "--max-input-size"},
        UsageCase{"MaxInputSizeNotANumber",
                  {"ARTICLE", "-t", "json", "--max-input-size", "lots"},
                  "--max-input-size"},
        UsageCase{
            "MaxInputSizeBadUnit", {"ARTICLE", "-t", "json", "--max-input-size", "5X"}, "--max-input-size"},
        UsageCase{"MaxBlocksNegative", {"ARTICLE", "-t", "json", "--max-blocks", "-1"}, "--max-blocks"},
        UsageCase{"MaxBlocksZero", {"ARTICLE", "-t", "json", "--max-blocks", "0"}, "--max-blocks"},
        UsageCase{"MaxBlocksOverflowing",
                  {"ARTICLE", "-t", "json", "--max-blocks", "18446744073709551617"},
                  "--max-blocks: '18446744073709551617' is too large"},
        UsageCase{"MaxInputSizeOverflowing",
                  {"ARTICLE", "-t", "json", "--max-input-size", "99999999999999999999"},
                  "--max-input-size: '99999999999999999999' is too large"},
        UsageCase{"MaxBlocksNotANumber", {"ARTICLE", "-t", "json", "--max-blocks", "many"}, "--max-blocks"},
        UsageCase{"MaxBlocksFraction", {"ARTICLE", "-t", "json", "--max-blocks", "2.5"}, "--max-blocks"},
        UsageCase{"MaxBlocksExponent",
                  {"ARTICLE", "-t", "json", "--max-blocks", "1e3"},
                  "--max-blocks: expected a whole number of at least 1, got '1e3'"},
        UsageCase{"MaxDepthNegative", {"ARTICLE", "-t", "json", "--max-depth", "-3"}, "--max-depth"},
        UsageCase{"JobsNegative", {"ARTICLE", "-t", "json", "-d", "out", "-j", "-2"}, "--jobs"},
        // Dates meant as ISO 8601 must exist.
        UsageCase{"DateNotInTheCalendar", {"ARTICLE", "-t", "json", "-M", "date=2023-02-30"}, "2023-02-30"},
        UsageCase{
            "DateFebruary29InACommonYear", {"ARTICLE", "-t", "json", "-M", "date=2023-02-29"}, "2023-02-29"},
        UsageCase{"DateThirteenthMonth", {"ARTICLE", "-t", "json", "-M", "date=2023-13-01"}, "2023-13-01"},
        UsageCase{"DateYearZero", {"ARTICLE", "-t", "json", "-M", "date=0000-01-01"}, "0000-01-01"},
        UsageCase{"DateHourTwentyFive",
                  {"ARTICLE", "-t", "json", "-M", "date=2023-12-31T25:00Z"},
                  "'25:00Z' is not a time of day"},
        UsageCase{"DateMinuteSixty",
                  {"ARTICLE", "-t", "json", "-M", "date=2023-12-31T23:60Z"},
                  "'23:60Z' is not a time of day"},
        UsageCase{"DateOffsetTooLarge",
                  {"ARTICLE", "-t", "json", "-M", "date=2023-12-31T10:00+25:00"},
                  "'10:00+25:00' is not a time of day"},
        UsageCase{"DateDayZero", {"ARTICLE", "-t", "json", "-M", "date= 2023-05-00"}, "2023-05-00"},
        UsageCase{"DateShortMonth", {"ARTICLE", "-t", "json", "-M", "date=2023-4-31"}, "2023-4-31"},
        UsageCase{"DateWithTimeNotInTheCalendar",
                  {"ARTICLE", "-t", "json", "-M", "date=2023-04-31T10:00Z"},
                  "2023-04-31"},
        // Empty names name nothing.
        UsageCase{"EmptyInput", {"", "-t", "json"}, "INPUT"},
        UsageCase{"EmptyOutput", {"ARTICLE", "-o", ""}, "--output"},
        UsageCase{"EmptyOutputDir", {"ARTICLE", "-t", "json", "-d", ""}, "--output-dir"},
        UsageCase{"EmptyInputList", {"ARTICLE", "-t", "json", "-d", "out", "--inputs", ""}, "--inputs"},
        UsageCase{"EmptyReport", {"ARTICLE", "-t", "json", "-d", "out", "--report", ""}, "--report"},
        UsageCase{"EmptyFrom", {"ARTICLE", "-f", "", "-t", "json"}, "--from"},
        UsageCase{"EmptyTo", {"ARTICLE", "-t", "", "-o", "x.json"}, "--to"},
        UsageCase{"EmptyCover", {"ARTICLE", "-t", "json", "--cover", ""}, "--cover"},
        UsageCase{"EmptyImage", {"ARTICLE", "-t", "json", "--image", ""}, "--image"},
        UsageCase{"EmptyFont", {"ARTICLE", "-t", "json", "--font", ""}, "--font"},
        UsageCase{
            "EmptyBoldItalicFont", {"ARTICLE", "-t", "json", "--font-bold-italic", ""}, "--font-bold-italic"},
        UsageCase{"EmptyResourcePath", {"ARTICLE", "-t", "json", "--resource-path", ""}, "--resource-path"},
        // A font is read by name and must be a regular file.
        UsageCase{"FontIsADevice",
                  {"ARTICLE", "-t", "pdf", "-o", "x.pdf", "--font", "/dev/zero"},
                  "--font /dev/zero: not a regular file"},
        UsageCase{"FontIsAFolder",
                  {"ARTICLE", "-t", "pdf", "-o", "x.pdf", "--font-bold", "/tmp"},
                  "--font-bold /tmp: not a regular file"},
        UsageCase{"FontIsMissing",
                  {"ARTICLE", "-t", "pdf", "-o", "x.pdf", "--font-italic", "missing.ttf"},
                  "--font-italic missing.ttf: No such file or directory"}),
    [](const testing::TestParamInfo<UsageCase>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace folio::test
