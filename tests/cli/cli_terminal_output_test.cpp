// Standard output that is a terminal: text formats go there, binary formats are refused (exit 2).
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "converters/format_table.hpp"
#include "tests/cli/cli_expectations.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio::test {
namespace {

const std::string article = FOLIO_TEST_DATA "/corpus/de_nordkorea_waffen.txt";

TEST(CliTerminalOutput, TextGoesToTheTerminal) {
    const ProcessResult result = run_folio({article, "-t", "text"}, terminal_output());
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("So wahrscheinlich sind nordkoreanische"), std::string::npos);
}

TEST(CliTerminalOutput, BinaryFormatsAreRefused) {
    int binary_formats = 0;
    for (const FormatInfo& format : format_table()) {
        if (!format.binary || format.write == nullptr) continue;
        ++binary_formats;
        const std::string name(format.name);
        expect_usage_error(run_folio({article, "-t", name}, terminal_output()), "refusing to write " + name);
        expect_usage_error(run_folio({article, "-t", name, "-o", "-"}, terminal_output()), "terminal");
    }
    EXPECT_GE(binary_formats, 2) << "epub and pdf are binary formats";
}

TEST(CliTerminalOutput, BinaryFormatsAreRefusedForAnyNameThatOpensAsTheTerminal) {
    const TempDir dir;
    std::filesystem::create_symlink("/dev/stdout", dir / "screen.pdf");
    for (const std::string& output : {std::string("/dev/stdout"), std::string("/proc/self/fd/1"),
                                      std::string("/dev/fd/1"), (dir / "screen.pdf").string()}) {
        const ProcessResult result = run_folio({article, "-t", "pdf", "-o", output}, terminal_output());
        expect_usage_error(result, "refusing to write pdf (binary) to a terminal (" + output + ")");
    }
    EXPECT_TRUE(std::filesystem::is_symlink(dir / "screen.pdf"));
    // Text still goes there, and binary output through the same names goes to a pipe.
    const ProcessResult text = run_folio({article, "-t", "text", "-o", "/dev/stdout"}, terminal_output());
    EXPECT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find("So wahrscheinlich sind nordkoreanische"), std::string::npos);
    const ProcessResult piped = run_folio({article, "-t", "pdf", "-o", "/dev/stdout"});
    EXPECT_EQ(piped.exit_code, 0) << piped.err;
    EXPECT_TRUE(piped.out.starts_with("%PDF-"));
}

TEST(CliTerminalOutput, ABatchOutputLinkedToTheTerminalFailsAloneForBinaryFormats) {
    const TempDir dir;
    std::filesystem::create_directories(dir / "in");
    std::filesystem::create_directories(dir / "out");
    const std::string input = dir.add_file("in/article.txt", read_file(article)).string();
    std::filesystem::create_symlink("/dev/stdout", dir / "out" / "article.pdf");
    const ProcessResult result =
        run_folio({input, "-t", "pdf,json", "-d", (dir / "out").string(), "-q"}, terminal_output());
    EXPECT_EQ(result.exit_code, 1) << result.err;
    EXPECT_EQ(result.err, "folio: " + (dir / "out" / "article.pdf").string() +
                              ": refusing to write pdf (binary) to a terminal\n");
    EXPECT_EQ(result.out.find("%PDF"), std::string::npos);
    EXPECT_TRUE(read_file(dir / "out" / "article.json").starts_with("{"));
}

}  // namespace
}  // namespace folio::test
