// Batches give the same bytes whatever the number of threads, and shards run at once with GNU parallel add up
// to one run.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/cli/batch_fixtures.hpp"
#include "tests/cli/folio_process.hpp"

namespace folio::test {
namespace {

namespace fs = std::filesystem;

const char* const all_formats = "epub,pdf,docbook,text";

// The names of the files that differ between two trees (or exist in one only).
std::vector<std::string> differences(const std::map<std::string, std::string>& a,
                                     const std::map<std::string, std::string>& b) {
    std::vector<std::string> names;
    for (const auto& [name, content] : a)
        if (!b.contains(name) || b.at(name) != content) names.push_back(name);
    for (const auto& [name, content] : b)
        if (!a.contains(name)) names.push_back(name);
    return names;
}

std::string shell_quoted(const std::string& text) {
    std::string quoted = "'";
    for (const char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

TEST(CliBatchParallel, OneThreadAndTwoThreadsWriteIdenticalFiles) {
    const TempDir dir;
    const auto inputs = write_variations(dir / "in", 12);
    for (const char* jobs : {"1", "2"}) {
        std::vector<std::string> arguments = inputs;
        for (const std::string& argument :
             std::vector<std::string>{"-t", all_formats, "-j", jobs, "-d", (dir / jobs).string()})
            arguments.push_back(argument);
        const ProcessResult result = run_folio(arguments);
        ASSERT_EQ(result.exit_code, 0) << result.err;
    }
    const auto one = file_tree(dir / "1");
    EXPECT_EQ(one.size(), 48u);
    EXPECT_EQ(differences(one, file_tree(dir / "2")), std::vector<std::string>{});
}

TEST(CliBatchParallel, ShardsRunAtOnceWithGnuParallelAddUpToASingleRun) {
    ASSERT_TRUE(fs::exists("/usr/bin/parallel"))
        << "GNU parallel is missing (tools/install-deps.sh installs it)";
    const TempDir dir;
    const auto inputs = write_variations(dir / "in", 12);
    const auto list = dir / "inputs.txt";
    std::string listed;
    for (const std::string& input : inputs) listed += input + "\n";
    write_file(list, listed);

    const ProcessResult single =
        run_folio({"--inputs", list.string(), "-t", all_formats, "-q", "-d", (dir / "single").string()});
    ASSERT_EQ(single.exit_code, 0) << single.err;

    // Both shards write into one folder at the same time, as jobs on a shared file system would.
    const std::string command =
        "/usr/bin/parallel --will-cite --halt now,fail=1 -j 2 " + shell_quoted(FOLIO_BINARY) + " --inputs " +
        shell_quoted(list.string()) + " -t " + all_formats + " -q -j 1 -d " +
        shell_quoted((dir / "sharded").string()) + " --report " + shell_quoted((dir / "report-").string()) +
        "{}.jsonl" + " --shard {}/2 ::: 1 2";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;

    const auto first = report_records(dir / "report-1.jsonl");
    const auto second = report_records(dir / "report-2.jsonl");
    EXPECT_FALSE(first.empty());
    EXPECT_FALSE(second.empty());
    EXPECT_EQ(first.size() + second.size(), 48u);
    EXPECT_EQ(differences(file_tree(dir / "single"), file_tree(dir / "sharded")), std::vector<std::string>{});
}

}  // namespace
}  // namespace folio::test
