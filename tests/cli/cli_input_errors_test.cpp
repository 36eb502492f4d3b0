// Inputs that cannot be converted: exit status 1, one line naming the input and the reason,
// no output file created, and an existing output file left as it was.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/cli/cli_expectations.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio::test {
namespace {

constexpr const char* good_output = "{\"format\": \"folio\", \"good\": true}\n";

class CliInputError : public testing::Test {
protected:
    // Converts `input` to out.json beside it (an existing, good out.json when `keep_existing`).
    ProcessResult convert(const std::string& input, bool keep_existing,
                          const std::vector<std::string>& extra = {}) {
        if (keep_existing) dir.add_file("out.json", good_output);
        std::vector<std::string> arguments = {input, "-o", (dir / "out.json").string()};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        return run_folio(arguments);
    }

    // No output file appeared (nor a temporary one); the good one is untouched.
    void expect_outputs(std::vector<std::string> entries, bool kept_existing) {
        if (kept_existing) {
            entries.push_back("out.json");
            EXPECT_EQ(read_file(dir / "out.json"), good_output);
        }
        std::sort(entries.begin(), entries.end());
        EXPECT_EQ(directory_entries(dir.path()), entries);
    }

    TempDir dir;
};

TEST_F(CliInputError, MissingFile) {
    for (const bool keep : {false, true}) {
        const std::string input = (dir / "missing.txt").string();
        expect_conversion_failure(convert(input, keep), input, "No such file or directory");
        expect_outputs({}, keep);
    }
}

TEST_F(CliInputError, DirectoryAsInput) {
    std::filesystem::create_directory(dir / "articles");
    for (const bool keep : {false, true}) {
        const std::string input = (dir / "articles").string();
        expect_conversion_failure(convert(input, keep), input, "Is a directory");
        expect_outputs({"articles"}, keep);
    }
}

TEST_F(CliInputError, EmptyFile) {
    const std::string input = dir.add_file("empty.txt", "").string();
    for (const bool keep : {false, true}) {
        expect_conversion_failure(convert(input, keep), input, "empty");
        expect_outputs({"empty.txt"}, keep);
    }
}

TEST_F(CliInputError, BinaryFile) {
    constexpr char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
    const std::string input = dir.add_file("picture.bin", std::string(png, sizeof png - 1)).string();
    for (const bool keep : {false, true}) {
        expect_conversion_failure(convert(input, keep), input, "");
        expect_outputs({"picture.bin"}, keep);
    }
}

TEST_F(CliInputError, BinaryFileNamedTxt) {
    constexpr char text_with_nul[] = "Title\n\0\0\0 body\n";
    const std::string input =
        dir.add_file("nul.txt", std::string(text_with_nul, sizeof text_with_nul - 1)).string();
    for (const bool keep : {false, true}) {
        expect_conversion_failure(convert(input, keep), input, "");
        expect_outputs({"nul.txt"}, keep);
    }
}

TEST_F(CliInputError, InvalidJson) {
    const std::string input = dir.add_file("broken.json", "{\"format\": \"folio\", \"meta\": ").string();
    for (const bool keep : {false, true}) {
        expect_conversion_failure(convert(input, keep, {"-t", "json"}), input, "");
        expect_outputs({"broken.json"}, keep);
    }
}

TEST_F(CliInputError, JsonNumberOutOfRangeOrMemberGivenTwiceIsAReasonNotAnInternalError) {
    const std::string overflow =
        dir.add_file("overflow.json",
                     R"({"format":"folio","version":1,"blocks":[{"type":"heading","level":-1e309}]})")
            .string();
    const std::string twice =
        dir.add_file("twice.json", R"({"format":"folio","version":1,)"
                                   R"("blocks":[{"type":"paragraph","text":"Text"}],"blocks":[]})")
            .string();
    for (const bool keep : {false, true}) {
        expect_conversion_failure(convert(overflow, keep, {"-t", "json"}), overflow,
                                  "invalid JSON: number overflow parsing '-1e309'");
        expect_conversion_failure(convert(twice, keep, {"-t", "json"}), twice,
                                  "duplicate member \"blocks\" in the top-level object");
        expect_outputs({"overflow.json", "twice.json"}, keep);
    }
}

TEST_F(CliInputError, EmptyStandardInput) {
    const ProcessResult result = run_folio({"-", "-t", "json"});
    expect_conversion_failure(result, "<stdin>", "empty");
}

}  // namespace
}  // namespace folio::test
