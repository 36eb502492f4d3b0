// Runs that would write over a file they read, or write two things to one file, refused before anything is
// opened (exit status 2), whatever names and symbolic links lead to the files; outputs that are links
// replaced as links.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "tests/cli/batch_fixtures.hpp"
#include "tests/cli/cli_expectations.hpp"
#include "tests/cli/folio_process.hpp"

namespace folio::test {
namespace {

namespace fs = std::filesystem;

struct Batch {
    TempDir dir;
    std::vector<std::string> inputs = write_variations(dir / "in", 2);
    std::vector<std::string> originals = {read_file(inputs[0]), read_file(inputs[1])};

    // The two inputs as JSON into out/, with `more` arguments.
    ProcessResult run(const std::vector<std::string>& more) const {
        std::vector<std::string> arguments = {inputs[0], inputs[1], "-t",
                                              "json",    "-d",      (dir / "out").string()};
        arguments.insert(arguments.end(), more.begin(), more.end());
        return run_folio(arguments);
    }
    void expect_inputs_kept() const {
        EXPECT_EQ(read_file(inputs[0]), originals[0]);
        EXPECT_EQ(read_file(inputs[1]), originals[1]);
    }
};

TEST(CliFileClashes, AReportNamingAnInputIsRefusedBeforeTheInputIsTouched) {
    const Batch batch;
    expect_usage_error(batch.run({"--report", batch.inputs[0]}),
                       "the report " + batch.inputs[0] + " would overwrite the input " + batch.inputs[0]);
    // The same file under another name, and through a link.
    const std::string dotted = (batch.dir / "in" / "." / "article-001.txt").string();
    expect_usage_error(batch.run({"--report", dotted}), "would overwrite the input " + batch.inputs[1]);
    fs::create_symlink(batch.inputs[1], batch.dir / "report.jsonl");
    expect_usage_error(batch.run({"--report", (batch.dir / "report.jsonl").string()}),
                       "would overwrite the input " + batch.inputs[1]);
    batch.expect_inputs_kept();
    EXPECT_FALSE(fs::exists(batch.dir / "out"));
}

TEST(CliFileClashes, AReportNamingTheInputListIsRefused) {
    const Batch batch;
    const fs::path list = batch.dir.add_file("list.txt", batch.inputs[0] + "\n");
    const ProcessResult result = run_folio({"--inputs", list.string(), "-t", "json", "-d",
                                            (batch.dir / "out").string(), "--report", list.string()});
    expect_usage_error(result,
                       "the report " + list.string() + " would overwrite the input list " + list.string());
    EXPECT_EQ(read_file(list), batch.inputs[0] + "\n");
}

TEST(CliFileClashes, AReportNamingAnOutputIsRefusedInsteadOfLost) {
    const Batch batch;
    const std::string output = (batch.dir / "out" / "article-001.json").string();
    expect_usage_error(batch.run({"--report", output}), "the json output of " + batch.inputs[1] +
                                                            " and the report " + output + " are one file");
    // Through a link to the output, which does not exist yet.
    fs::create_symlink(output, batch.dir / "report.jsonl");
    expect_usage_error(batch.run({"--report", (batch.dir / "report.jsonl").string()}), "are one file");
    EXPECT_FALSE(fs::exists(batch.dir / "out"));
}

TEST(CliFileClashes, AnOutputLinkedToAnInputIsRefused) {
    const Batch batch;
    fs::create_directories(batch.dir / "out");
    fs::create_symlink(batch.inputs[0], batch.dir / "out" / "article-000.json");
    expect_usage_error(batch.run({}), "the json output of " + batch.inputs[0] + " would replace the input " +
                                          batch.inputs[0]);
    batch.expect_inputs_kept();
}

TEST(CliFileClashes, AnOutputThatIsALinkElsewhereIsReplacedAsALink) {
    const Batch batch;
    const fs::path elsewhere = batch.dir.add_file("keep.json", "kept");
    fs::create_directories(batch.dir / "out");
    fs::create_symlink(elsewhere, batch.dir / "out" / "article-000.json");
    const ProcessResult result = batch.run({});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(read_file(elsewhere), "kept");
    EXPECT_FALSE(fs::is_symlink(batch.dir / "out" / "article-000.json"));
    EXPECT_TRUE(read_file(batch.dir / "out" / "article-000.json").starts_with("{"));
}

TEST(CliFileClashes, AReportThatIsALinkElsewhereIsReplacedAsALink) {
    const Batch batch;
    const fs::path elsewhere = batch.dir.add_file("keep.txt", "kept");
    fs::create_symlink(elsewhere, batch.dir / "report.jsonl");
    const ProcessResult result = batch.run({"--report", (batch.dir / "report.jsonl").string()});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(read_file(elsewhere), "kept");
    EXPECT_FALSE(fs::is_symlink(batch.dir / "report.jsonl"));
    EXPECT_TRUE(read_file(batch.dir / "report.jsonl").starts_with("{\"input\":"));
}

TEST(CliFileClashes, OutputsMeetingInALinkedFolderAreRefused) {
    const TempDir dir;
    const auto first = write_variations(dir / "a", 1);
    const auto second = write_variations(dir / "b", 1);
    fs::create_directories(dir / "out" / "a");
    fs::create_directory_symlink("a", dir / "out" / "b");
    expect_usage_error(run_folio({first[0], second[0], "-t", "json", "-d", (dir / "out").string()}),
                       "are one file");
}

TEST(CliFileClashes, SingleOutputNamingTheInputIsRefused) {
    const TempDir dir;
    const fs::path input =
        dir.add_file("article.txt", read_file(data_path("corpus/de_nordkorea_waffen.txt")));
    const std::string original = read_file(input);
    fs::create_symlink("article.txt", dir / "link.txt");
    fs::create_hard_link(input, dir / "hard.txt");
    for (const fs::path& output : {input, dir / "." / "article.txt", dir / "link.txt", dir / "hard.txt"})
        expect_usage_error(run_folio({input.string(), "-t", "text", "-o", output.string()}),
                           "the output " + output.string() + " would replace the input " + input.string());
    // Read through a link, written under the real name.
    expect_usage_error(run_folio({(dir / "link.txt").string(), "-t", "text", "-o", input.string()}),
                       "would replace the input " + (dir / "link.txt").string());
    EXPECT_EQ(read_file(input), original);
    EXPECT_TRUE(fs::is_symlink(dir / "link.txt"));
}

TEST(CliFileClashes, SingleOutputNamingAnOptionFileIsRefused) {
    const TempDir dir;
    const fs::path font = dir.add_file("font.ttf", "not really a font");
    const std::string article = data_path("corpus/de_nordkorea_waffen.txt");
    expect_usage_error(run_folio({article, "-t", "pdf", "-o", font.string(), "--font", font.string()}),
                       "the output " + font.string() + " would replace the --font file " + font.string());
    EXPECT_EQ(read_file(font), "not really a font");
}

TEST(CliFileClashes, SingleOutputThatIsALinkElsewhereIsReplacedAsALink) {
    const TempDir dir;
    const fs::path elsewhere = dir.add_file("keep.txt", "kept");
    fs::create_symlink(elsewhere, dir / "out.txt");
    const ProcessResult result =
        run_folio({data_path("corpus/de_nordkorea_waffen.txt"), "-o", (dir / "out.txt").string()});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(read_file(elsewhere), "kept");
    EXPECT_FALSE(fs::is_symlink(dir / "out.txt"));
    EXPECT_NE(read_file(dir / "out.txt").find("Nordkorea"), std::string::npos);
}

// A saved page with its photo beside it: the photo is a file the run reads only once it reads the page.
struct PageWithPhoto {
    TempDir dir;
    fs::path page = dir / "page.html";
    fs::path photo = dir / "images" / "harbour-ferry.jpg";
    std::string photo_bytes = read_file(FOLIO_TEST_DATA "/html/images/harbour-ferry.jpg");
    PageWithPhoto() {
        fs::create_directories(photo.parent_path());
        fs::copy_file(FOLIO_TEST_DATA "/html/en_harbour_ferries.html", page);
        write_file(photo, photo_bytes);
    }
};

TEST(CliFileClashes, AnOutputNamingAFigureImageIsRefusedAndTheImageKept) {
    const PageWithPhoto run;
    const ProcessResult single = run_folio({run.page.string(), "-t", "epub", "-o", run.photo.string()});
    EXPECT_EQ(single.exit_code, 1) << single.err;
    EXPECT_NE(single.err.find("would replace the figure image"), std::string::npos) << single.err;
    EXPECT_EQ(read_file(run.photo), run.photo_bytes);

    // A batch output that is the page's image under another name: that input fails, nothing is replaced.
    fs::create_symlink(run.photo, run.dir / "out.epub");
    const fs::path page2 = run.dir / "out.html";
    fs::copy_file(run.page, page2);
    const ProcessResult batch = run_folio({page2.string(), "-t", "epub", "-d", run.dir.path().string()});
    EXPECT_EQ(batch.exit_code, 1) << batch.err;
    EXPECT_NE(batch.err.find("would replace the figure image"), std::string::npos) << batch.err;
    EXPECT_EQ(read_file(run.photo), run.photo_bytes);
}

TEST(CliFileClashes, AReportNamingAFigureImageIsNotWrittenAndTheImageKept) {
    const PageWithPhoto run;
    const ProcessResult result = run_folio(
        {run.page.string(), "-t", "epub", "-d", (run.dir / "out").string(), "--report", run.photo.string()});
    EXPECT_EQ(result.exit_code, 1) << result.err;
    EXPECT_NE(result.err.find("would replace the figure image"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("the report is not written"), std::string::npos) << result.err;
    EXPECT_EQ(read_file(run.photo), run.photo_bytes);
    EXPECT_TRUE(fs::exists(run.dir / "out" / "page.epub"));  // the conversion itself went on
    // No partial report is left beside the image.
    EXPECT_EQ(std::distance(fs::directory_iterator(run.photo.parent_path()), fs::directory_iterator{}), 1);
}

}  // namespace
}  // namespace folio::test
