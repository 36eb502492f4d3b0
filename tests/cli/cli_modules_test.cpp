// The program's modules (folio-pdf.so, folio-zip.so) are loaded only when a PDF or an EPUB is written: a
// copy of the program without them converts every other format, and a PDF or an EPUB is then a one-line
// error naming the missing module, a non-zero exit and no output file.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "converters/version.hpp"
#include "tests/cli/folio_process.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio::test {
namespace {

namespace fs = std::filesystem;

const std::string article = FOLIO_TEST_DATA "/corpus/de_nordkorea_waffen.txt";

// Runs the program at `program` with `arguments`; standard output and error together, then "exit=N".
std::string run_copy(const fs::path& program, const std::string& arguments) {
    return shell_output("'" + program.string() + "' " + arguments + " 2>&1; echo \"exit=$?\"");
}

TEST(CliModules, WithoutItsModulesTheProgramWritesEveryOtherFormatAndNamesTheMissingModule) {
    const TempDir dir;
    const fs::path program = dir / "folio";
    fs::copy_file(FOLIO_BINARY, program);
    EXPECT_EQ(run_copy(program, "--version"), "folio " + std::string(version()) + "\nexit=0\n");
    for (const std::string format : {"json", "html", "xml", "txt"}) {
        const fs::path output = dir / ("out." + format);
        EXPECT_EQ(run_copy(program, "'" + article + "' -o '" + output.string() + "'"), "exit=0\n") << format;
        EXPECT_GT(fs::file_size(output), 1000u) << format;
    }
    for (const auto& [format, module] :
         {std::pair{"epub", "folio-zip.so"}, std::pair{"pdf", "folio-pdf.so"}}) {
        const fs::path output = dir / (std::string("out.") + format);
        const std::vector<std::string> lines =
            lines_of(run_copy(program, "'" + article + "' -o '" + output.string() + "'"));
        ASSERT_EQ(lines.size(), 2u) << format;
        EXPECT_NE(lines[0].find(std::string(module) + " is not installed"), std::string::npos) << lines[0];
        EXPECT_EQ(lines[0].rfind("folio: " + article + ": ", 0), 0u) << lines[0];
        EXPECT_EQ(lines[1], "exit=1");
        EXPECT_FALSE(fs::exists(output)) << format;
    }
}

}  // namespace
}  // namespace folio::test
