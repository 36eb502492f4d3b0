// A batch stopped midway by Ctrl-C (SIGINT) or killed (SIGKILL) leaves only complete outputs; rerunning it
// with --update finishes the job.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "tests/cli/batch_fixtures.hpp"
#include "tests/cli/folio_process.hpp"

extern char** environ;

namespace folio::test {
namespace {

namespace fs = std::filesystem;

// Starts folio in the background, its standard streams on /dev/null; returns its process id.
pid_t start_folio(const std::vector<std::string>& arguments) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    std::string program = FOLIO_BINARY;
    std::vector<std::string> copies = arguments;
    std::vector<char*> argv{program.data()};
    for (std::string& argument : copies) argv.push_back(argument.data());
    argv.push_back(nullptr);
    pid_t child = -1;
    const int failed = ::posix_spawn(&child, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (failed != 0) throw std::runtime_error("cannot start " + program);
    return child;
}

std::size_t entries_below(const fs::path& folder) {
    std::error_code ec;
    std::size_t count = 0;
    for (fs::recursive_directory_iterator entry(folder, ec), end; !ec && entry != end; entry.increment(ec))
        ++count;
    return count;
}

class CliBatchInterrupt : public ::testing::TestWithParam<int> {};

TEST_P(CliBatchInterrupt, StoppedRunLeavesOnlyCompleteOutputsAndUpdateFinishesIt) {
    const TempDir dir;
    const auto inputs = write_variations(dir / "in", 60);
    std::vector<std::string> batch = inputs;
    for (const std::string argument : {"-t", "epub,pdf,docbook,text", "-j", "2", "-q", "-d"})
        batch.push_back(argument);

    std::vector<std::string> reference_run = batch;
    reference_run.push_back((dir / "reference").string());
    ASSERT_EQ(run_folio(reference_run).exit_code, 0);
    const auto reference = file_tree(dir / "reference");
    ASSERT_EQ(reference.size(), 240u);

    std::vector<std::string> interrupted_run = batch;
    interrupted_run.push_back((dir / "out").string());
    const pid_t child = start_folio(interrupted_run);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (entries_below(dir / "out") < 40 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    ::kill(child, GetParam());
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the batch ended before it could be stopped";

    const auto partial = file_tree(dir / "out");
    EXPECT_GE(partial.size(), 40u);
    EXPECT_LT(partial.size(), reference.size());
    for (const auto& [name, content] : partial) {
        ASSERT_TRUE(reference.contains(name)) << "unexpected file after the stop: " << name;
        EXPECT_TRUE(content == reference.at(name)) << "incomplete output after the stop: " << name;
    }

    std::vector<std::string> update_run = interrupted_run;
    for (const std::string& argument :
         {std::string("--update"), std::string("--report"), (dir / "report.jsonl").string()})
        update_run.push_back(argument);
    const ProcessResult finished = run_folio(update_run);
    ASSERT_EQ(finished.exit_code, 0) << finished.err;
    const auto complete = file_tree(dir / "out");
    EXPECT_EQ(file_names(dir / "out"), file_names(dir / "reference")) << "a temporary file was left behind";
    EXPECT_TRUE(complete == reference) << "the finished batch differs from an uninterrupted one";

    std::size_t skipped = 0;
    for (const nlohmann::json& record : report_records(dir / "report.jsonl"))
        skipped += record["status"] == "skipped" ? 1 : 0;
    EXPECT_GE(skipped, 40u - 2u) << "outputs complete before the stop are not redone";
    EXPECT_LT(skipped, reference.size());
}

INSTANTIATE_TEST_SUITE_P(Signals, CliBatchInterrupt, ::testing::Values(SIGINT, SIGKILL),
                         [](const ::testing::TestParamInfo<int>& info) {
                             return std::string(info.param == SIGINT ? "CtrlC" : "Kill");
                         });

}  // namespace
}  // namespace folio::test
