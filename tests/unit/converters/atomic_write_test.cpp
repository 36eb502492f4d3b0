// Atomic writes: the target holds the old content or all of the new one; no temporary file remains.
#include "converters/atomic_write.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>

#include "converters/file_error.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

using test::directory_entries;
using test::read_file;
using test::TempDir;

mode_t permissions(const std::filesystem::path& path) {
    struct stat info {};
    EXPECT_EQ(::stat(path.c_str(), &info), 0);
    return info.st_mode & 07777;
}

TEST(AtomicWrite, CreatesANewFile) {
    const TempDir dir;
    write_file_atomically(dir / "out.json", "{}\n");
    EXPECT_EQ(read_file(dir / "out.json"), "{}\n");
    EXPECT_EQ(directory_entries(dir.path()), std::vector<std::string>{"out.json"});
}

TEST(AtomicWrite, NewFileGetsTheUsualPermissions) {
    const TempDir dir;
    const mode_t mask = ::umask(022);
    ::umask(mask);
    write_file_atomically(dir / "out.txt", "text");
    EXPECT_EQ(permissions(dir / "out.txt"), 0666u & ~mask);
}

TEST(AtomicWrite, WritesEmptyContent) {
    const TempDir dir;
    write_file_atomically(dir / "empty.txt", "");
    EXPECT_EQ(read_file(dir / "empty.txt"), "");
}

TEST(AtomicWrite, OverwritesAndKeepsPermissions) {
    const TempDir dir;
    const auto target = dir.add_file("out.txt", "a much longer old content than the new one");
    ::chmod(target.c_str(), 0600);
    write_file_atomically(target, "new");
    EXPECT_EQ(read_file(target), "new");
    EXPECT_EQ(permissions(target), 0600u);
    EXPECT_EQ(directory_entries(dir.path()), std::vector<std::string>{"out.txt"});
}

TEST(AtomicWrite, ReplacesASymbolicLinkInsteadOfWritingThroughIt) {
    const TempDir dir;
    const auto real = dir.add_file("real.txt", "old");
    std::filesystem::create_symlink("real.txt", dir / "link.txt");
    std::filesystem::create_directory(dir / "folder");
    std::filesystem::create_directory_symlink("folder", dir / "folder-link.txt");
    write_file_atomically(dir / "link.txt", "new");
    write_file_atomically(dir / "folder-link.txt", "also new");
    EXPECT_FALSE(std::filesystem::is_symlink(dir / "link.txt"));
    EXPECT_EQ(read_file(dir / "link.txt"), "new");
    EXPECT_EQ(read_file(real), "old");
    EXPECT_EQ(read_file(dir / "folder-link.txt"), "also new");
    EXPECT_TRUE(std::filesystem::is_empty(dir / "folder"));
    EXPECT_EQ(directory_entries(dir.path()),
              (std::vector<std::string>{"folder", "folder-link.txt", "link.txt", "real.txt"}));
}

TEST(AtomicWrite, RelativePathInTheCurrentDirectory) {
    const TempDir dir;
    const auto previous = std::filesystem::current_path();
    std::filesystem::current_path(dir.path());
    write_file_atomically("plain.txt", "here");
    std::filesystem::current_path(previous);
    EXPECT_EQ(read_file(dir / "plain.txt"), "here");
    EXPECT_EQ(directory_entries(dir.path()), std::vector<std::string>{"plain.txt"});
}

TEST(AtomicWrite, DirectoryUnderARegularFileFailsWithTheReason) {
    const TempDir dir;
    dir.add_file("file", "content");
    const auto target = dir / "file" / "out.json";
    try {
        write_file_atomically(target, "{}");
        FAIL() << "no error";
    } catch (const FileError& error) {
        EXPECT_EQ(error.file(), target.string());
        EXPECT_EQ(std::string(error.what()), "cannot write: Not a directory");
    }
    EXPECT_EQ(read_file(dir / "file"), "content");
    EXPECT_EQ(directory_entries(dir.path()), std::vector<std::string>{"file"});
}

TEST(AtomicWrite, MissingDirectoryFails) {
    const TempDir dir;
    EXPECT_THROW(write_file_atomically(dir / "missing" / "out.json", "{}"), FileError);
    EXPECT_TRUE(directory_entries(dir.path()).empty());
}

TEST(AtomicWrite, DirectoryAsTargetIsLeftAlone) {
    const TempDir dir;
    std::filesystem::create_directory(dir / "out.json");
    try {
        write_file_atomically(dir / "out.json", "{}");
        FAIL() << "no error";
    } catch (const FileError& error) {
        EXPECT_EQ(std::string(error.what()), "cannot write: Is a directory");
    }
    EXPECT_TRUE(std::filesystem::is_directory(dir / "out.json"));
    EXPECT_EQ(directory_entries(dir.path()), std::vector<std::string>{"out.json"});
}

// In a child process with a file size limit of 8 bytes, so that writing fails halfway through;
// returns the child's exit status: 0 when FileError came with "File too large".
int write_beyond_the_file_size_limit(const std::filesystem::path& target) {
    const pid_t child = ::fork();
    if (child == 0) {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{8, 8};
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) ::_exit(3);
        try {
            write_file_atomically(target, std::string(4096, 'x'));
        } catch (const FileError& error) {
            ::_exit(std::string(error.what()) == "cannot write: File too large" ? 0 : 1);
        }
        ::_exit(2);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 100;
}

TEST(AtomicWrite, FailedWriteLeavesTheTargetUnchanged) {
    const TempDir dir;
    const auto target = dir.add_file("out.json", "{\"good\": true}");
    EXPECT_EQ(write_beyond_the_file_size_limit(target), 0);
    EXPECT_EQ(read_file(target), "{\"good\": true}");
    EXPECT_EQ(directory_entries(dir.path()), std::vector<std::string>{"out.json"});
}

TEST(AtomicWrite, FailedWriteCreatesNothing) {
    const TempDir dir;
    EXPECT_EQ(write_beyond_the_file_size_limit(dir / "out.json"), 0);
    EXPECT_TRUE(directory_entries(dir.path()).empty());
}

TEST(AtomicWrite, DeferredDurabilityWritesTheSameFile) {
    const TempDir dir;
    write_file_atomically(dir / "out.txt", "later on disk", Durability::deferred);
    sync_file_system(dir.path());
    EXPECT_EQ(read_file(dir / "out.txt"), "later on disk");
    EXPECT_EQ(directory_entries(dir.path()), std::vector<std::string>{"out.txt"});
}

// Whether files in `folder` can be created without a name (O_TMPFILE), which a write needs to leave
// nothing behind when it is killed.
bool unnamed_files_supported(const std::filesystem::path& folder) {
    const int fd = ::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) return false;
    ::close(fd);
    return true;
}

TEST(AtomicWrite, ProcessKilledWhileWritingNewFilesLeavesOnlyCompleteFiles) {
    const TempDir dir;
    if (!unnamed_files_supported(dir.path())) GTEST_SKIP() << "the file system has no O_TMPFILE";
    const std::string content(256 * 1024, 'x');
    const pid_t child = ::fork();
    if (child == 0) {
        try {
            for (int n = 0;; ++n) write_file_atomically(dir / ("file-" + std::to_string(n)), content);
        } catch (...) {
        }
        ::_exit(1);
    }
    while (directory_entries(dir.path()).size() < 200) ::usleep(100);
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    const std::vector<std::string> entries = directory_entries(dir.path());
    EXPECT_GE(entries.size(), 200u);
    for (const std::string& name : entries) {
        ASSERT_TRUE(name.starts_with("file-")) << "left behind: " << name;
        EXPECT_EQ(read_file(dir / name).size(), content.size()) << name;
    }
}

// A process id no process has: a child that has exited and been waited for.
pid_t finished_process() {
    const pid_t child = ::fork();
    if (child == 0) ::_exit(0);
    int status = 0;
    ::waitpid(child, &status, 0);
    return child;
}

TEST(AtomicWrite, StaleTemporaryFilesOfEndedProcessesAreRemoved) {
    const TempDir dir;
    const std::string ended = std::to_string(finished_process());
    const std::string running = std::to_string(::getpid());
    dir.add_file(".a.epub.folio-" + ended + "-0", "stale");
    dir.add_file(".a.epub.folio-" + running + "-7", "in progress");
    dir.add_file(".b.pdf.folio-Ab12Cd", "named temporary file: owner unknown");
    dir.add_file("c.folio-" + ended + "-1", "not hidden: not ours");
    dir.add_file("a.epub", "output");
    remove_stale_temporary_files(dir.path());
    EXPECT_EQ(directory_entries(dir.path()),
              (std::vector<std::string>{".a.epub.folio-" + running + "-7", ".b.pdf.folio-Ab12Cd", "a.epub",
                                        "c.folio-" + ended + "-1"}));
}

}  // namespace
}  // namespace folio
