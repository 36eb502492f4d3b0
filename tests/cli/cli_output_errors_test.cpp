// Outputs that cannot be written: exit status 1, one line naming the output and the reason,
// no partial or temporary file left, and an existing output file left as it was.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/cli/cli_expectations.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio::test {
namespace {

const std::string article = FOLIO_TEST_DATA "/corpus/de_nordkorea_waffen.txt";

TEST(CliOutputError, PathUnderARegularFile) {
    const TempDir dir;
    dir.add_file("existing_file", "not a directory");
    const std::string output = (dir / "existing_file" / "out.json").string();
    expect_conversion_failure(run_folio({article, "-o", output}), output, "Not a directory");
    EXPECT_EQ(read_file(dir / "existing_file"), "not a directory");
    EXPECT_EQ(directory_entries(dir.path()), std::vector<std::string>{"existing_file"});
}

TEST(CliOutputError, PathInAMissingDirectory) {
    const TempDir dir;
    const std::string output = (dir / "no_such_dir" / "out.txt").string();
    expect_conversion_failure(run_folio({article, "-o", output}), output, "No such file or directory");
    EXPECT_TRUE(directory_entries(dir.path()).empty());
}

TEST(CliOutputError, OutputIsADirectory) {
    const TempDir dir;
    std::filesystem::create_directory(dir / "out.json");
    dir.add_file("out.json/keep", "kept");
    const std::string output = (dir / "out.json").string();
    expect_conversion_failure(run_folio({article, "-o", output}), output, "Is a directory");
    EXPECT_EQ(directory_entries(dir.path()), std::vector<std::string>{"out.json"});
    EXPECT_EQ(directory_entries(dir / "out.json"), std::vector<std::string>{"keep"});
}

TEST(CliOutputError, PathUnderProc) {
    const std::string output = "/proc/version/out.json";
    expect_conversion_failure(run_folio({article, "-o", output}), output, "cannot write");
}

TEST(CliOutputError, FailedWriteKeepsTheExistingOutput) {
    const TempDir dir;
    const std::string good = "{\"format\": \"folio\", \"good\": true}\n";
    const auto output = dir.add_file("out.json", good);
    // Writes beyond 64 bytes fail (EFBIG), so the conversion fails halfway through writing.
    const ProcessResult result = run_folio({article, "-o", output.string()}, file_size_limited(64));
    expect_conversion_failure(result, output.string(), "cannot write");
    EXPECT_EQ(read_file(output), good);
    EXPECT_EQ(directory_entries(dir.path()), std::vector<std::string>{"out.json"});
}

TEST(CliOutputError, FailedWriteLeavesNoNewFile) {
    const TempDir dir;
    const std::string output = (dir / "out.txt").string();
    const ProcessResult result = run_folio({article, "-o", output}, file_size_limited(64));
    expect_conversion_failure(result, output, "cannot write");
    EXPECT_TRUE(directory_entries(dir.path()).empty());
}

}  // namespace
}  // namespace folio::test
