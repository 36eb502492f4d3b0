// Standard output that is a terminal: text formats go there, binary formats are refused (exit 2).
#include <gtest/gtest.h>

#include <string>

#include "converters/format_table.hpp"
#include "tests/cli/cli_expectations.hpp"

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

}  // namespace
}  // namespace folio::test
