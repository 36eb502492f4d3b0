// Reading inputs: whole files, and the reasons given when a file cannot be read.
#include "converters/file_io.hpp"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace folio
