// Batch runs in the library: results in input order from many threads, failures recorded, up-to-date outputs
// skipped.
#include "converters/batch_run.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>

#include "converters/batch_report.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

using test::TempDir;

const std::string article = "Ein Titel\n\nEin Absatz mit genug Text, damit er ein Absatz ist.\n";

std::vector<BatchInput> inputs_in(const TempDir& dir, int count) {
    std::vector<BatchInput> inputs;
    for (int i = 0; i < count; ++i) {
        const std::string stem = "a" + std::to_string(i);
        inputs.push_back({dir.add_file(stem + ".txt", i % 7 == 3 ? "" : article).string(), stem});
    }
    return inputs;
}

BatchOptions options_for(const TempDir& dir) {
    BatchOptions options;
    options.formats = {find_format("json"), find_format("text")};
    options.output_folder = dir / "out";
    return options;
}

TEST(BatchRun, ResultsComeInInputOrderAndFailuresDoNotStopTheOthers) {
    const TempDir dir;
    const std::vector<BatchInput> inputs = inputs_in(dir, 40);
    std::vector<std::size_t> order;
    const BatchSummary summary = run_batch(inputs, options_for(dir), 4, [&](const InputResult& result) {
        order.push_back(result.index);
        EXPECT_EQ(result.input, inputs[result.index].path);
        ASSERT_EQ(result.outputs.size(), 2u);
        EXPECT_EQ(result.failed(), result.index % 7 == 3);
        EXPECT_EQ(result.outputs[0].output,
                  (dir / "out" / ("a" + std::to_string(result.index) + ".json")).string());
    });
    std::vector<std::size_t> expected(40);
    for (std::size_t i = 0; i < expected.size(); ++i) expected[i] = i;
    EXPECT_EQ(order, expected);
    EXPECT_EQ(summary.inputs, 40u);
    EXPECT_EQ(summary.failed_inputs, 6u);
    EXPECT_EQ(summary.converted, 68u);
    EXPECT_EQ(summary.failed, 12u);
    EXPECT_TRUE(std::filesystem::exists(dir / "out" / "a0.json"));
    EXPECT_FALSE(std::filesystem::exists(dir / "out" / "a3.json"));
}

TEST(BatchRun, UpdateSkipsOutputsNewerThanTheirInput) {
    const TempDir dir;
    const std::vector<BatchInput> inputs = inputs_in(dir, 2);
    BatchOptions options = options_for(dir);
    run_batch(inputs, options, 1, nullptr);
    std::filesystem::remove(dir / "out" / "a1.txt");
    options.update = true;
    const BatchSummary summary = run_batch(inputs, options, 1, [](const InputResult& result) {
        if (result.index == 1)
            EXPECT_EQ(result.outputs[1].status, OutputStatus::converted);
        else
            EXPECT_EQ(result.outputs[1].status, OutputStatus::skipped);
        EXPECT_EQ(result.outputs[0].status, OutputStatus::skipped);
        EXPECT_GT(result.outputs[0].bytes, 0u);
    });
    EXPECT_EQ(summary.skipped, 3u);
    EXPECT_EQ(summary.converted, 1u);
}

TEST(BatchRun, AnExceptionFromTheCallbackStopsTheBatchAndIsRethrown) {
    const TempDir dir;
    const std::vector<BatchInput> inputs = inputs_in(dir, 20);
    EXPECT_THROW(run_batch(inputs, options_for(dir), 2,
                           [](const InputResult& result) {
                               if (result.index == 1) throw std::runtime_error("report full");
                           }),
                 std::runtime_error);
}

TEST(BatchReport, OneCompleteJsonLinePerOutput) {
    InputResult result;
    result.input = "in/a.txt";
    result.read_warnings = {"read as Windows-1252"};
    OutputRecord epub;
    epub.format = find_format("epub");
    epub.output = "out/a.epub";
    epub.status = OutputStatus::converted;
    epub.bytes = 1234;
    epub.warnings = {"no cover"};
    OutputRecord pdf;
    pdf.format = find_format("pdf");
    pdf.output = "out/a.pdf";
    pdf.status = OutputStatus::failed;
    pdf.error = "cannot write: Permission denied";
    result.outputs = {epub, pdf};
    EXPECT_EQ(
        report_lines(result),
        "{\"input\":\"in/a.txt\",\"format\":\"epub\",\"output\":\"out/a.epub\",\"status\":\"converted\","
        "\"error\":null,\"warnings\":[\"read as Windows-1252\",\"no cover\"],\"bytes\":1234,"
        "\"milliseconds\":0.0,\"read_milliseconds\":0.0}\n"
        "{\"input\":\"in/a.txt\",\"format\":\"pdf\",\"output\":\"out/a.pdf\",\"status\":\"failed\","
        "\"error\":\"cannot write: Permission denied\",\"warnings\":[\"read as Windows-1252\"],\"bytes\":0,"
        "\"milliseconds\":0.0,\"read_milliseconds\":0.0}\n");
}

}  // namespace
}  // namespace folio
