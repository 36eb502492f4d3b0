// Outputs that cannot be written: a read-only folder, a full disk (tmpfs, /dev/full, ulimit -f), and
// special files (a FIFO) that must be written to, never replaced. One-line error, good outputs untouched.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

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

// The sanitizer options for a child run as nobody: the leak suppressions it names are copied into the
// shared folder, since nobody may not reach the source tree (a clone in a private temporary folder), and
// no outside symbolizer is started (clang's would fail to read the binary there and say so on standard
// error; the suppressions name libraries, which need no symbols).
std::string sanitizer_options_for_nobody(const SharedFolder& shared) {
    const char* options = std::getenv("LSAN_OPTIONS");
    if (options == nullptr) return {};
    std::string value = std::string(options) + ":symbolize=0";
    const std::size_t start = value.find("suppressions=");
    if (start == std::string::npos) return value;
    const std::size_t path_start = start + std::string_view("suppressions=").size();
    const std::size_t path_end = std::min(value.find(':', path_start), value.size());
    const fs::path copy = shared.dir / "lsan.supp";
    fs::copy_file(value.substr(path_start, path_end - path_start), copy,
                  fs::copy_options::overwrite_existing);
    fs::permissions(copy, fs::perms(0644));
    return value.replace(path_start, path_end - path_start, copy.string());
}

// A copy of the program and of its modules (next to it) in the shared folder: nobody may not reach the
// build tree when it lies in a private temporary folder, and the program loads the modules from there.
std::string program_for_nobody(const SharedFolder& shared) {
    const fs::path folder = shared.dir / "program";
    fs::create_directory(folder);
    fs::permissions(folder, fs::perms(0755));
    const fs::path program = fs::path(FOLIO_BINARY);
    for (const fs::path& file :
         {program, program.parent_path() / "folio-pdf.so", program.parent_path() / "folio-zip.so"}) {
        fs::copy_file(file, folder / file.filename(), fs::copy_options::overwrite_existing);
        fs::permissions(folder / file.filename(), fs::perms(0755));
    }
    return (folder / program.filename()).string();
}

// folio with `arguments`, as the unprivileged user nobody when the tests run as root (root may write
// anywhere). The child takes its environment from this process.
CommandResult run_folio_unprivileged(const SharedFolder& shared, const std::vector<std::string>& arguments) {
    std::vector<std::string> argv;
    const char* options = std::getenv("LSAN_OPTIONS");
    const std::string saved = options != nullptr ? options : "";
    if (::geteuid() == 0) {
        argv = {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", program_for_nobody(shared)};
        if (options != nullptr) ::setenv("LSAN_OPTIONS", sanitizer_options_for_nobody(shared).c_str(), 1);
    } else {
        argv.push_back(FOLIO_BINARY);
    }
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    const CommandResult result = run_command(argv);
    if (options != nullptr) ::setenv("LSAN_OPTIONS", saved.c_str(), 1);
    return result;
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
        const CommandResult result = run_folio_unprivileged(shared, {shared.input, "-o", output});
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

// A batch of `count` copies of the article as text into `folder`/out; the copies' paths.
std::vector<std::string> article_copies(const fs::path& folder, int count) {
    fs::create_directories(folder);
    const std::string text = read_file(article);
    std::vector<std::string> inputs;
    for (int i = 0; i < count; ++i)
        inputs.push_back((folder / ("article-" + std::to_string(i) + ".txt")).string());
    for (const std::string& input : inputs) write_file(input, text);
    return inputs;
}

TEST(HostileOutput, AReportThatCannotBeWrittenStopsNoConversion) {
    const TempDir dir;
    std::vector<std::string> arguments = article_copies(dir / "in", 3);
    for (const std::string& argument :
         {std::string("-t"), std::string("text,json"), std::string("-d"), (dir / "out").string(),
          std::string("--report"), std::string("/dev/full")})
        arguments.push_back(argument);
    const ProcessResult result = run_folio(arguments);
    EXPECT_EQ(result.exit_code, 1) << result.err;
    EXPECT_EQ(directory_entries(dir / "out").size(), 6u);
    const std::vector<std::string> lines = lines_of(result.err);
    ASSERT_EQ(lines.size(), 2u) << result.err;
    EXPECT_TRUE(lines[0].starts_with("folio: 3 inputs: 6 written, 0 up to date, 0 failed")) << lines[0];
    EXPECT_EQ(lines[1],
              "folio: /dev/full: cannot write the report: No space left on device; the report ends "
              "before " +
                  (dir / "in" / "article-0.txt").string());
}

TEST(HostileOutput, AReportOnAFullDiskEndsWithAWholeRecordAndTheBatchGoesOn) {
    if (run_command({"unshare", "-m", "true"}).exit_code != 0)
        GTEST_SKIP() << "no private mount namespace here (needs root); /dev/full covers this";
    const TempDir dir;
    const std::vector<std::string> inputs = article_copies(dir / "in", 40);
    fs::create_directory(dir / "small");
    // In a private mount namespace: an 8 KiB tmpfs holds the report, which needs about 16 KiB.
    std::vector<std::string> command = {"unshare",
                                        "-m",
                                        "sh",
                                        "-c",
                                        R"sh(
        mount -t tmpfs -o size=8k tmpfs "$1" || exit 99
        shift; small="$1"; shift; copy="$1"; shift
        "$@" --report "$small/report.jsonl"; echo "status=$?"
        cp "$small/report.jsonl" "$copy")sh",
                                        "sh",
                                        (dir / "small").string(),
                                        (dir / "small").string(),
                                        (dir / "report-copy.jsonl").string(),
                                        FOLIO_BINARY};
    command.insert(command.end(), inputs.begin(), inputs.end());
    for (const std::string& argument :
         {std::string("-t"), std::string("text"), std::string("-d"), (dir / "out").string()})
        command.push_back(argument);
    const CommandResult result = run_command(command);
    ASSERT_NE(result.exit_code, 99) << result.output;
    EXPECT_TRUE(contains(result.output, "folio: 40 inputs: 40 written, 0 up to date, 0 failed"))
        << result.output;
    EXPECT_TRUE(contains(result.output,
                         "/report.jsonl: cannot write the report: No space left on device; the "
                         "report ends before "))
        << result.output;
    EXPECT_TRUE(contains(result.output, "status=1\n")) << result.output;
    EXPECT_EQ(directory_entries(dir / "out").size(), 40u);
    // The report holds whole records only, in input order.
    const std::string report = read_file(dir / "report-copy.jsonl");
    ASSERT_FALSE(report.empty());
    EXPECT_TRUE(report.ends_with("\n"));
    const std::vector<std::string> records = lines_of(report);
    EXPECT_LT(records.size(), 40u);
    for (std::size_t i = 0; i < records.size(); ++i)
        EXPECT_TRUE(contains(records[i], "\"input\":\"" + inputs[i] + "\"")) << records[i];
}

}  // namespace
}  // namespace folio::test
