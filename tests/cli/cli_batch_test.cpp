// Batches through the folio program: outputs, report records, messages and exit status; inputs from lists and
// folders.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/cli/batch_fixtures.hpp"
#include "tests/cli/cli_expectations.hpp"
#include "tests/cli/folio_process.hpp"

namespace folio::test {
namespace {

namespace fs = std::filesystem;

std::string lines_containing(const std::string& text, const std::string& part) {
    std::string found;
    for (const std::string& line : lines_of(text))
        if (line.find(part) != std::string::npos) found += line + "\n";
    return found;
}

TEST(CliBatch, MixedGoodAndBadInputsReportEachAndWriteTheGoodOnes) {
    const TempDir dir;
    const auto good = write_variations(dir / "in", 2);
    const std::string empty = dir.add_file("in/empty.txt", "").string();
    const std::string missing = (dir / "in" / "missing.txt").string();
    const auto out = dir / "out";
    const auto report = dir / "report.jsonl";

    const ProcessResult result = run_folio({good[0], empty, missing, good[1], "-t", "epub,text", "-d",
                                            out.string(), "--report", report.string(), "-j", "2"});
    EXPECT_EQ(result.exit_code, 1) << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(file_names(out), (std::vector<std::string>{"article-000.epub", "article-000.txt",
                                                         "article-001.epub", "article-001.txt"}));

    EXPECT_EQ(lines_containing(result.err, empty), "folio: " + empty + ": the input is empty\n");
    EXPECT_EQ(lines_containing(result.err, missing), "folio: " + missing + ": No such file or directory\n");
    const auto lines = lines_of(result.err);
    ASSERT_FALSE(lines.empty());
    EXPECT_NE(lines.back().find("4 inputs: 4 written, 0 up to date, 4 failed (2 inputs)"), std::string::npos)
        << lines.back();
    EXPECT_EQ(result.err.find('\r'), std::string::npos) << "no progress bar when standard error is a pipe";

    const std::vector<nlohmann::json> records = report_records(report);
    ASSERT_EQ(records.size(), 8u);
    const std::vector<std::string> inputs = {good[0], good[0], empty,   empty,
                                             missing, missing, good[1], good[1]};
    for (std::size_t i = 0; i < records.size(); ++i) {
        const nlohmann::json& record = records[i];
        const bool epub = i % 2 == 0;
        EXPECT_EQ(record["input"], inputs[i]);
        EXPECT_EQ(record["format"], epub ? "epub" : "text");
        const fs::path output = out / (fs::path(inputs[i]).stem().string() + (epub ? ".epub" : ".txt"));
        EXPECT_EQ(record["output"], output.string());
        EXPECT_TRUE(record["warnings"].is_array());
        EXPECT_TRUE(record["milliseconds"].is_number());
        const bool failed = inputs[i] == empty || inputs[i] == missing;
        EXPECT_EQ(record["status"], failed ? "failed" : "converted") << record.dump();
        if (failed) {
            EXPECT_EQ(record["error"],
                      inputs[i] == empty ? "the input is empty" : "No such file or directory");
            EXPECT_EQ(record["bytes"], 0);
        } else {
            EXPECT_TRUE(record["error"].is_null());
            EXPECT_EQ(record["bytes"], fs::file_size(output));
        }
    }
}

TEST(CliBatch, AllConvertedExitsZeroAndQuietPrintsNothing) {
    const TempDir dir;
    const auto inputs = write_variations(dir / "in", 3);
    std::vector<std::string> arguments = inputs;
    for (const std::string& argument :
         std::vector<std::string>{"-t", "json,docbook", "-d", (dir / "out").string(), "--quiet"})
        arguments.push_back(argument);
    const ProcessResult result = run_folio(arguments);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.err, "");
    EXPECT_EQ(file_names(dir / "out").size(), 6u);
}

TEST(CliBatch, SameStemsFromDifferentFoldersKeepTheirFolders) {
    const TempDir dir;
    write_variations(dir / "a", 1);
    write_variations(dir / "b" / "deeper", 1);
    const ProcessResult result = run_folio({(dir / "a" / "article-000.txt").string(),
                                            (dir / "b" / "deeper" / "article-000.txt").string(), "-t", "json",
                                            "-d", (dir / "out").string()});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(file_names(dir / "out"),
              (std::vector<std::string>{"a/article-000.json", "b/deeper/article-000.json"}));
}

TEST(CliBatch, TwoInputsForOneOutputIsAUsageError) {
    const TempDir dir;
    const std::string text = dir.add_file("x.txt", "Title\n\nText.\n").string();
    const std::string json = dir.add_file("x.json", "{}").string();
    const ProcessResult result = run_folio({text, json, "-t", "epub", "-d", (dir / "out").string()});
    expect_usage_error(
        result, text + " and " + json + " would both be written to " + (dir / "out" / "x.epub").string());
    EXPECT_FALSE(fs::exists(dir / "out"));
}

TEST(CliBatch, OutputThatWouldReplaceAnInputIsAUsageError) {
    const TempDir dir;
    const auto inputs = write_variations(dir.path(), 1);
    const ProcessResult result = run_folio({inputs[0], "-t", "text", "-d", dir.path().string()});
    expect_usage_error(result, "would replace the input " + inputs[0]);
    EXPECT_EQ(read_file(inputs[0]), article_variation("de_nordkorea_waffen", 0));
}

TEST(CliBatch, RecursiveFolderKeepsItsStructureAndSkipsHiddenAndForeignFiles) {
    const TempDir dir;
    const auto tree = dir / "archive";
    write_variations(tree / "2023" / "01", 1);
    write_variations(tree / "2023" / "02", 1);
    write_variations(tree / ".drafts", 1);
    dir.add_file("archive/notes.md", "not an article");
    dir.add_file("archive/.hidden.txt", "hidden");
    const ProcessResult result = run_folio({"-r", tree.string(), "-t", "json", "-d", (dir / "out").string()});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(file_names(dir / "out"),
              (std::vector<std::string>{"2023/01/article-000.json", "2023/02/article-000.json"}));
}

TEST(CliBatch, FolderWithoutRecursiveFailsAsAnInput) {
    const TempDir dir;
    write_variations(dir / "in", 1);
    const ProcessResult result =
        run_folio({(dir / "in").string(), "-t", "json", "-d", (dir / "out").string()});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("folio: " + (dir / "in").string() + ": Is a directory\n"), std::string::npos)
        << result.err;
}

TEST(CliBatch, InputsFromAListFileAndFromStandardInput) {
    const TempDir dir;
    const auto inputs = write_variations(dir / "in", 3);
    const auto list = dir.add_file("list.txt", inputs[0] + "\r\n\n" + inputs[2] + "\n");

    const ProcessResult from_file =
        run_folio({"--inputs", list.string(), "-t", "json", "-d", (dir / "a").string()});
    EXPECT_EQ(from_file.exit_code, 0) << from_file.err;
    EXPECT_EQ(file_names(dir / "a"), (std::vector<std::string>{"article-000.json", "article-002.json"}));

    const ProcessResult from_stdin =
        run_folio({inputs[1], "--inputs", "-", "-t", "json", "-d", (dir / "b").string()}, stdin_from(list));
    EXPECT_EQ(from_stdin.exit_code, 0) << from_stdin.err;
    EXPECT_EQ(file_names(dir / "b"),
              (std::vector<std::string>{"article-000.json", "article-001.json", "article-002.json"}));
}

TEST(CliBatch, EmptyInputListConvertsNothingAndSucceeds) {
    const TempDir dir;
    const auto list = dir.add_file("list.txt", "");
    const ProcessResult result =
        run_folio({"--inputs", list.string(), "-t", "json", "-d", (dir / "out").string()});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.err.find("0 inputs"), std::string::npos) << result.err;
}

TEST(CliBatch, UpdateSkipsOutputsNewerThanTheirInput) {
    const TempDir dir;
    const auto inputs = write_variations(dir / "in", 2);
    const std::vector<std::string> batch = {inputs[0],   inputs[1], "-t",
                                            "json,text", "-d",      (dir / "out").string()};
    ASSERT_EQ(run_folio(batch).exit_code, 0);
    const auto written = fs::last_write_time(dir / "out" / "article-000.json");

    // The second input changes after its outputs were written: only its outputs are redone.
    fs::last_write_time(inputs[1], fs::file_time_type::clock::now() + std::chrono::hours(1));
    std::vector<std::string> update = batch;
    for (const std::string& argument :
         {std::string("--update"), std::string("--report"), (dir / "report.jsonl").string()})
        update.push_back(argument);
    const ProcessResult result = run_folio(update);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.err.find("2 inputs: 2 written, 2 up to date, 0 failed"), std::string::npos)
        << result.err;
    std::vector<std::string> statuses;
    for (const nlohmann::json& record : report_records(dir / "report.jsonl"))
        statuses.push_back(record["status"]);
    EXPECT_EQ(statuses, (std::vector<std::string>{"skipped", "skipped", "converted", "converted"}));
    EXPECT_EQ(fs::last_write_time(dir / "out" / "article-000.json"), written);
    EXPECT_EQ(report_records(dir / "report.jsonl")[0]["bytes"],
              fs::file_size(dir / "out" / "article-000.json"));
}

TEST(CliBatch, ProgressBarOnATerminal) {
    const TempDir dir;
    const auto inputs = write_variations(dir / "in", 3);
    const ProcessResult result = run_folio(
        {inputs[0], inputs[1], inputs[2], "-t", "json", "-d", (dir / "out").string()}, terminal_errors());
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.err.find("\r\033[Kfolio: [########################] 3/3"), std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find("folio: 3 inputs: 3 written"), std::string::npos) << result.err;
}

TEST(CliBatch, ReportOnStandardOutput) {
    const TempDir dir;
    const auto inputs = write_variations(dir / "in", 2);
    const ProcessResult result =
        run_folio({inputs[0], inputs[1], "-t", "text", "-d", (dir / "out").string(), "--report", "-", "-q"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    const auto lines = lines_of(result.out);
    ASSERT_EQ(lines.size(), 2u) << result.out;
    EXPECT_EQ(nlohmann::json::parse(lines[1])["input"], inputs[1]);
}

struct BatchUsageCase {
    const char* name;
    std::vector<std::string> arguments;  // "ARTICLE" stands for the seed article
    std::string reason;
};

class CliBatchUsage : public testing::TestWithParam<BatchUsageCase> {};

TEST_P(CliBatchUsage, IsRejectedInOneLine) {
    std::vector<std::string> arguments = GetParam().arguments;
    for (std::string& argument : arguments)
        if (argument == "ARTICLE") argument = FOLIO_TEST_DATA "/corpus/de_nordkorea_waffen.txt";
    expect_usage_error(run_folio(arguments), GetParam().reason);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CliBatchUsage,
    testing::Values(
        BatchUsageCase{"OutputFileWithFolder",
                       {"ARTICLE", "-t", "epub", "-d", "/tmp", "-o", "x.epub"},
                       "-o names one output"},
        BatchUsageCase{"NoFormat", {"ARTICLE", "-d", "/tmp"}, "give the output formats with -t"},
        BatchUsageCase{
            "UnknownFormat", {"ARTICLE", "-t", "epub,nope", "-d", "/tmp"}, "unknown output format 'nope'"},
        BatchUsageCase{"SeveralFormatsWithoutFolder", {"ARTICLE", "-t", "epub,pdf"}, "give -d DIR"},
        BatchUsageCase{
            "ReportWithoutFolder", {"ARTICLE", "-t", "json", "--report", "r.jsonl"}, "--report needs"},
        BatchUsageCase{"ShardWithoutSlash",
                       {"ARTICLE", "-t", "json", "-d", "/tmp", "--shard", "2"},
                       "--shard: expected K/N"},
        BatchUsageCase{
            "ShardBeyondCount", {"ARTICLE", "-t", "json", "-d", "/tmp", "--shard", "3/2"}, "1 <= K <= N"},
        BatchUsageCase{"ShardZero", {"ARTICLE", "-t", "json", "-d", "/tmp", "--shard", "0/2"}, "1 <= K <= N"},
        BatchUsageCase{"StandardInputInABatch", {"-", "-t", "json", "-d", "/tmp"}, "--inputs - reads a list"},
        BatchUsageCase{"NoInput", {"-t", "json", "-d", "/tmp"}, "no INPUT given"},
        BatchUsageCase{"ZeroJobs", {"ARTICLE", "-t", "json", "-d", "/tmp", "-j", "0"}, "--jobs"}),
    [](const testing::TestParamInfo<BatchUsageCase>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace folio::test
