// Clashes between the files a run reads and writes: real files compared, whatever names and links lead there.
#include "converters/file_clashes.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "formats/diagnostics.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

namespace fs = std::filesystem;

// The reason check_no_clashes gives, or "" when the files do not clash.
std::string clash(const RunFiles& files) {
    try {
        check_no_clashes(files);
    } catch (const Error& error) {
        return error.what();
    }
    return "";
}

RunFile input(const fs::path& path) { return {path.string(), "the input " + path.string()}; }
RunFile output(const fs::path& path) { return {path.string(), "the output " + path.string()}; }
RunFile report(const fs::path& path) { return {path.string(), "the report " + path.string()}; }

TEST(FileClashes, AnOutputThatIsTheInputUnderAnyNameIsRefused) {
    const test::TempDir dir;
    const fs::path real = dir.add_file("a.txt", "article");
    fs::create_symlink("a.txt", dir / "link.txt");
    fs::create_hard_link(real, dir / "hard.txt");
    fs::create_directory(dir / "sub");
    const fs::path dotted = dir / "sub" / ".." / "a.txt";
    for (const fs::path& name : {real, dir / "link.txt", dir / "hard.txt", dotted})
        EXPECT_EQ(clash({{input(real)}, {output(name)}, {}}),
                  "the output " + name.string() + " would replace the input " + real.string());
    // Read through a link, written under the real name.
    EXPECT_EQ(clash({{input(dir / "link.txt")}, {output(real)}, {}}),
              "the output " + real.string() + " would replace the input " + (dir / "link.txt").string());
}

TEST(FileClashes, AReportThatIsAnInputIsRefused) {
    const test::TempDir dir;
    const fs::path list = dir.add_file("list.txt", "a.txt\n");
    fs::create_symlink(list, dir / "report.jsonl");
    EXPECT_EQ(
        clash({{input(list)}, {}, {report(dir / "report.jsonl")}}),
        "the report " + (dir / "report.jsonl").string() + " would overwrite the input " + list.string());
}

TEST(FileClashes, AReportThatIsAnOutputIsRefusedEvenThroughALinkToAFileNotMadeYet) {
    const test::TempDir dir;
    fs::create_directory(dir / "out");
    const fs::path out = dir / "out" / "b.json";
    EXPECT_EQ(clash({{}, {output(out)}, {report(out)}}), "the output " + out.string() + " and the report " +
                                                             out.string() + " are one file: " + out.string());
    fs::create_symlink("out/b.json", dir / "report.jsonl");
    EXPECT_NE(
        clash({{}, {output(out)}, {report(dir / "report.jsonl")}}).find(" are one file: " + out.string()),
        std::string::npos);
}

TEST(FileClashes, OutputsInALinkedFolderAreTheOutputsOfItsTarget) {
    const test::TempDir dir;
    fs::create_directory(dir / "out");
    fs::create_directory_symlink("out", dir / "alias");
    EXPECT_NE(clash({{}, {output(dir / "out" / "x.json"), output(dir / "alias" / "x.json")}, {}})
                  .find("are one file"),
              std::string::npos);
}

TEST(FileClashes, AnOutputThatIsALinkIsItsOwnPlace) {
    // An output that is a link is replaced as a link: two links to one file are two outputs.
    const test::TempDir dir;
    const fs::path target = dir.add_file("target.json", "{}");
    fs::create_symlink(target, dir / "one.json");
    fs::create_symlink(target, dir / "two.json");
    EXPECT_EQ(clash({{}, {output(dir / "one.json"), output(dir / "two.json")}, {}}), "");
}

TEST(FileClashes, DistinctFilesStandardStreamsAndCharacterDevicesDoNotClash) {
    const test::TempDir dir;
    const fs::path a = dir.add_file("a.txt", "article");
    EXPECT_EQ(
        clash({{input(a), input("-")}, {output(dir / "a.json"), output("-")}, {report(dir / "r.jsonl")}}),
        "");
    EXPECT_EQ(clash({{input("/dev/null")}, {output("/dev/null")}, {report("/dev/null")}}), "");
    EXPECT_EQ(clash({{input(a)}, {output("-")}, {report("-")}}), "");
}

}  // namespace
}  // namespace folio
