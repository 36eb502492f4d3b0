// Batch inputs: list files, folders searched recursively (sorted, hidden and foreign files left out),
// duplicates.
#include "converters/batch_inputs.hpp"

#include <gtest/gtest.h>

#include "converters/file_error.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

using test::TempDir;

TEST(BatchInputs, ListFileHasOnePathALine) {
    const TempDir dir;
    const auto list = dir.add_file("list", "a.txt\r\n\nsub dir/b.txt\n  c.txt");
    EXPECT_EQ(read_input_list(list.string()),
              (std::vector<std::string>{"a.txt", "sub dir/b.txt", "  c.txt"}));
}

TEST(BatchInputs, MissingListFileFails) {
    const TempDir dir;
    EXPECT_THROW(read_input_list((dir / "missing").string()), FileError);
}

TEST(BatchInputs, RecursiveSearchFindsWhatFolioReadsSorted) {
    const TempDir dir;
    std::filesystem::create_directories(dir / "t" / "b");
    std::filesystem::create_directories(dir / "t" / ".git");
    dir.add_file("t/b/z.txt", "x");
    dir.add_file("t/a.json", "x");
    dir.add_file("t/b/y.xml", "x");
    dir.add_file("t/c.md", "x");
    dir.add_file("t/.d.txt", "x");
    dir.add_file("t/.git/e.txt", "x");
    const std::string t = (dir / "t").string();
    const auto inputs = gather_inputs({t}, true);
    std::vector<std::string> paths;
    for (const NamedInput& input : inputs) {
        paths.push_back(input.path);
        EXPECT_EQ(input.folder, t);
    }
    EXPECT_EQ(paths, (std::vector<std::string>{t + "/a.json", t + "/b/y.xml", t + "/b/z.txt"}));
}

TEST(BatchInputs, WithoutRecursiveAFolderIsAnInputAndDuplicatesCountOnce) {
    const TempDir dir;
    const auto inputs = gather_inputs({dir.path().string(), "x.txt", "./x.txt"}, false);
    ASSERT_EQ(inputs.size(), 2u);
    EXPECT_EQ(inputs[0].path, dir.path().string());
    EXPECT_EQ(inputs[0].folder, "");
    EXPECT_EQ(inputs[1].path, "x.txt");
}

}  // namespace
}  // namespace folio
