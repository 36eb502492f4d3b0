// Reading inputs: whole files, and the reasons given when a file cannot be read.
#include "converters/file_io.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <thread>

#include "converters/file_error.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

using test::TempDir;

// The FileError read_input throws for `path`, as "FILE: reason".
std::string read_error(const std::string& path) {
    try {
        read_input(path);
    } catch (const FileError& error) {
        return error.file() + ": " + error.what();
    }
    return "no error";
}

TEST(ReadInput, ReadsTheWholeFileByteForByte) {
    const TempDir dir;
    std::string content(200000, 'a');
    content += std::string("\0\xFF\r\n", 4);
    const auto file = dir.add_file("big.txt", content);
    EXPECT_EQ(read_input(file.string()), content);
}

TEST(ReadInput, EmptyFileIsEmpty) {
    const TempDir dir;
    EXPECT_EQ(read_input(dir.add_file("empty.txt", "").string()), "");
}

TEST(ReadInput, MissingFile) {
    const TempDir dir;
    const std::string path = (dir / "missing.txt").string();
    EXPECT_EQ(read_error(path), path + ": No such file or directory");
}

TEST(ReadInput, Directory) {
    const TempDir dir;
    EXPECT_EQ(read_error(dir.path().string()), dir.path().string() + ": Is a directory");
}

TEST(ReadInput, PathThroughARegularFile) {
    const TempDir dir;
    const std::string path = (dir.add_file("file", "x") / "article.txt").string();
    EXPECT_EQ(read_error(path), path + ": Not a directory");
}

TEST(ReadInput, EmptyName) { EXPECT_EQ(read_error(""), ": empty file name"); }

TEST(DisplayNames, DashNamesTheStandardStreams) {
    EXPECT_EQ(input_display_name("-"), "<stdin>");
    EXPECT_EQ(output_display_name("-"), "<stdout>");
    EXPECT_EQ(input_display_name("a.txt"), "a.txt");
    EXPECT_EQ(output_display_name("dir/a.json"), "dir/a.json");
}

TEST(WriteOutput, FileIsWrittenWhole) {
    const TempDir dir;
    write_output((dir / "out.txt").string(), "all of it");
    EXPECT_EQ(test::read_file(dir / "out.txt"), "all of it");
}

TEST(WriteOutput, ALinkIsReplacedUnlessItLeadsToADeviceOrFifo) {
    const TempDir dir;
    const auto input = dir.add_file("input.txt", "the article");
    std::filesystem::create_symlink(input, dir / "out.json");
    write_output((dir / "out.json").string(), "{}");
    EXPECT_FALSE(std::filesystem::is_symlink(dir / "out.json"));
    EXPECT_EQ(test::read_file(dir / "out.json"), "{}");
    EXPECT_EQ(test::read_file(input), "the article");

    std::filesystem::create_symlink("/dev/null", dir / "null.txt");
    write_output((dir / "null.txt").string(), "gone");
    EXPECT_TRUE(std::filesystem::is_symlink(dir / "null.txt"));

    ASSERT_EQ(::mkfifo((dir / "pipe").c_str(), 0600), 0);
    std::filesystem::create_symlink("pipe", dir / "pipe.txt");
    std::string received;
    std::thread reader([&] { received = test::read_file(dir / "pipe"); });
    write_output((dir / "pipe.txt").string(), "through the pipe");
    reader.join();
    EXPECT_EQ(received, "through the pipe");
    EXPECT_TRUE(std::filesystem::is_symlink(dir / "pipe.txt"));
}

TEST(WriteOutput, AProcessLinkWritesIntoTheFileItStandsFor) {
    // /dev/fd/N names an open file, not a name to replace: the write goes into that file.
    const TempDir dir;
    const auto file = dir.add_file("out.txt", "old content, longer than the new");
    const int fd = ::open(file.c_str(), O_WRONLY | O_CLOEXEC);
    ASSERT_GE(fd, 0);
    write_output("/dev/fd/" + std::to_string(fd), "new");
    write_output("/proc/self/fd/" + std::to_string(fd), "newer");
    ::close(fd);
    EXPECT_EQ(test::read_file(file), "newer");
    EXPECT_EQ(test::directory_entries(dir.path()), std::vector<std::string>{"out.txt"});
}

TEST(OpensAsTerminal, RegularFilesPipesAndNullAreNoTerminals) {
    const TempDir dir;
    EXPECT_FALSE(opens_as_terminal(dir.add_file("a.txt", "x").string()));
    EXPECT_FALSE(opens_as_terminal("/dev/null"));
    EXPECT_FALSE(opens_as_terminal((dir / "missing.txt").string()));
}

}  // namespace
}  // namespace folio
