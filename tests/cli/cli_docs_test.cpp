// The man page made by help2man from folio's own help, and the bash and zsh completions made from its
// option table: present, rendered by man, and completing what the program accepts.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "tests/cli/folio_process.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio::test {
namespace {

const std::string build_dir = FOLIO_BUILD_DIR;

TEST(CliDocs, ManPageRendersWithEveryOption) {
    const std::string page = shell_output("MANWIDTH=100 man -l '" + build_dir + "/man/folio.1' 2>&1");
    EXPECT_NE(page.find("NAME"), std::string::npos) << page;
    EXPECT_NE(page.find("convert news articles"), std::string::npos) << page;
    for (const char* option : {"--output", "--to", "--ragged-right", "--report", "--completion", "--version"})
        EXPECT_NE(page.find(option), std::string::npos) << option;
}

// What the bash completion offers for the words of a command line, the last being completed.
std::string bash_completes(const std::string& script, const std::string& words) {
    return shell_output("bash -c 'source \"" + script + "\"; COMP_WORDS=(" + words +
                        "); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _folio; echo \"${COMPREPLY[*]}\"'");
}

TEST(CliDocs, BashCompletionCompletesFormatsChoicesAndOptions) {
    const std::string script = build_dir + "/completions/folio";
    EXPECT_EQ(bash_completes(script, "folio a.txt -t ep"), "epub\n");
    EXPECT_EQ(bash_completes(script, "folio a.txt -f do"), "docbook\n");
    EXPECT_EQ(bash_completes(script, "folio a.txt --paper l"), "letter\n");
    EXPECT_EQ(bash_completes(script, "folio a.txt --rag"), "--ragged-right\n");
    // The script is what the program prints, not a stale copy.
    EXPECT_EQ(run_folio({"--completion", "bash"}).out, read_file(script));
}

TEST(CliDocs, ZshCompletionListsEveryOptionWithItsChoices) {
    const ProcessResult zsh = run_folio({"--completion", "zsh"});
    ASSERT_EQ(zsh.exit_code, 0) << zsh.err;
    EXPECT_TRUE(zsh.out.starts_with("#compdef folio\n"));
    EXPECT_NE(zsh.out.find("{-t,--to}'[Output format"), std::string::npos) << zsh.out;
    EXPECT_NE(zsh.out.find(":value:(text json docbook html epub pdf)"), std::string::npos) << zsh.out;
    EXPECT_NE(zsh.out.find("--ragged-right'[PDF\\: ragged-right text instead of justified]'"),
              std::string::npos)
        << zsh.out;
    EXPECT_EQ(run_folio({"--completion", "fish"}).exit_code, 2);
}

}  // namespace
}  // namespace folio::test
