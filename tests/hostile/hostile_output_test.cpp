// Outputs that cannot be written: a read-only folder, a full disk (tmpfs, /dev/full, ulimit -f), and
// special files (a FIFO) that must be written to, never replaced. One-line error, good outputs untouched.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>
#include <thread>

#include "tests/cli/cli_expectations.hpp"
#include "tests/hostile/hostile_support.hpp"
#include "tests/hostile/run_command.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio::test {
namespace {

namespace fs = std::filesystem;

const std::string article = FOLIO_TEST_DATA "/corpus/de_nordkorea_waffen.txt";

// A temporary folder everyone may enter, holding a copy of the article everyone may read.
struct SharedFolder {
    TempDir dir;
    std::string input;
    SharedFolder() {
        fs::permissions(dir.path(), fs::perms(0755));
        input = dir.add_file("article.txt", read_file(article)).string();
        fs::permissions(input, fs::perms(0644));
    }
};

// folio with `arguments`, as the unprivileged user nobody when the tests run as root (root may write
// anywhere).
CommandResult run_folio_unprivileged(const std::vector<std::string>& arguments) {
    std::vector<std::string> argv;
    if (::geteuid() == 0) argv = {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"};
    argv.push_back(FOLIO_BINARY);
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    return run_command(argv);
}

TEST(HostileOutput, ReadOnlyFolderIsAOneLineErrorAndKeepsTheExistingOutput) {
    const SharedFolder shared;
    const fs::path folder = shared.dir / "out";
    fs::create_directory(folder);
    write_file(folder / "article.json", "good");
    fs::permissions(folder / "article.json", fs::perms(0666));
    fs::permissions(folder, fs::perms(0555));
    for (const char* name : {"article.json", "new.pdf"}) {
        const std::string output = (folder / name).string();
        const CommandResult result = run_folio_unprivileged({shared.input, "-o", output});
        EXPECT_EQ(result.exit_code, 1) << result.output;
        EXPECT_EQ(result.output, "folio: " + output + ": cannot write: Permission denied\n");
    }
    fs::permissions(folder, fs::perms(0755));
    EXPECT_EQ(read_file(folder / "article.json"), "good");
    EXPECT_EQ(directory_entries(folder), std::vector<std::string>{"article.json"});
}

TEST(HostileOutput, FullDiskKeepsTheGoodOutputAndARerunCompletes) {
    if (run_command({"unshare", "-m", "true"}).exit_code != 0)
        GTEST_SKIP() << "no private mount namespace here (needs root); /dev/full and ulimit -f cover this";
    const TempDir dir;
    // In a private mount namespace: a 256 KiB tmpfs holding a good output, filled up, then folio writes a
    // PDF.
    const std::string script = R"sh(
        mount -t tmpfs -o size=256k tmpfs "$1" || exit 99
        printf good > "$1/article.pdf"
        dd if=/dev/zero of="$1/fill" bs=4k 2>/dev/null
        "$2" "$3" -o "$1/article.pdf"; echo "status=$?"
        echo "content=$(cat "$1/article.pdf")"; echo "entries=$(ls -A "$1" | tr '\n' ' ')"
        rm "$1/fill"
        "$2" "$3" -o "$1/article.pdf"; echo "rerun=$?"; echo "magic=$(head -c 5 "$1/article.pdf")")sh";
    const CommandResult result =
        run_command({"unshare", "-m", "sh", "-c", script, "sh", dir.path().string(), FOLIO_BINARY, article});
    ASSERT_NE(result.exit_code, 99) << result.output;
    const std::string output = (dir / "article.pdf").string();
    EXPECT_TRUE(
        contains(result.output, "folio: " + output + ": cannot write: No space left on device\nstatus=1\n"))
        << result.output;
    EXPECT_TRUE(contains(result.output, "content=good\nentries=article.pdf fill \n")) << result.output;
    EXPECT_TRUE(contains(result.output, "rerun=0\nmagic=%PDF-")) << result.output;
}

TEST(HostileOutput, DevFullIsAOneLineErrorAndStaysADevice) {
    expect_conversion_failure(run_folio({article, "-t", "text", "-o", "/dev/full"}), "/dev/full",
                              "cannot write: No space left on device");
    struct stat info {};
    ASSERT_EQ(::stat("/dev/full", &info), 0);
    EXPECT_TRUE(S_ISCHR(info.st_mode));
}

TEST(HostileOutput, FifoIsWrittenToNotReplaced) {
    const TempDir dir;
    const fs::path fifo = dir / "out.txt";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    std::string received;
    std::thread reader([&] { received = read_file(fifo); });
    const ProcessResult result = run_folio({article, "-t", "text", "-o", fifo.string()});
    reader.join();
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(fs::is_fifo(fifo));
    EXPECT_TRUE(contains(received, "Nordkorea")) << received.substr(0, 200);
}

TEST(HostileOutput, FileSizeLimitFailsBinaryOutputsCleanly) {
    const TempDir dir;
    for (const char* name : {"article.epub", "article.pdf"}) {
        const fs::path output = dir.add_file(name, "good");
        expect_conversion_failure(run_folio({article, "-o", output.string()}, file_size_limited(4096)),
                                  output.string(), "cannot write: File too large");
        EXPECT_EQ(read_file(output), "good");
    }
    EXPECT_EQ(directory_entries(dir.path()), (std::vector<std::string>{"article.epub", "article.pdf"}));
}

}  // namespace
}  // namespace folio::test
