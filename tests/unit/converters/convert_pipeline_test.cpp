// The convert pipeline with stand-in formats: detection, metadata, errors naming the right file,
// and no output written unless the whole conversion succeeded.
#include "converters/convert.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

#include "converters/file_error.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

using test::directory_entries;
using test::read_file;
using test::TempDir;

// Reads the first line as the title; "fail" anywhere makes it throw; "odd" makes it warn.
Document read_lines(std::string_view bytes, const ReadOptions& options, Diagnostics& diag) {
    if (bytes.find("fail") != std::string_view::npos) throw Error("cannot make sense of it");
    if (bytes.find("odd") != std::string_view::npos) diag.warn("odd input in " + options.source_name);
    Document doc;
    doc.meta.title = std::string(bytes.substr(0, bytes.find('\n')));
    doc.blocks.push_back(Paragraph{plain(std::string(bytes)), ""});
    return doc;
}

// Writes "title|columns"; a title "unwritable" makes it throw.
std::string write_title(const Document& doc, const WriteOptions& options, Diagnostics&) {
    if (doc.meta.title == "unwritable") throw Error("cannot express that");
    return doc.meta.title + "|" + std::to_string(options.columns);
}

const FormatInfo lines_format{"lines", {".lines"}, "text/x-lines", "test input", read_lines, nullptr, false};
const FormatInfo title_format{"title", {".title"},  "text/x-title", "test output",
                              nullptr, write_title, false};

ConvertOptions options(const FormatInfo* from, const FormatInfo* to, MetadataOverrides metadata = {}) {
    ConvertOptions result;
    result.from = from;
    result.to = to;
    result.metadata = std::move(metadata);
    return result;
}

TEST(ReadDocument, AppliesMetadataAfterReading) {
    Diagnostics diag;
    const Document doc = read_document("Old title\nbody", &lines_format, "a.lines",
                                       {{"title", "New title"}, {"author", "A. Author"}}, diag);
    EXPECT_EQ(doc.meta.title, "New title");
    ASSERT_EQ(doc.meta.authors.size(), 1u);
    EXPECT_EQ(doc.meta.authors[0].name, "A. Author");
}

TEST(ReadDocument, HandsTheSourceNameToTheReader) {
    Diagnostics diag;
    read_document("odd", &lines_format, "in.lines", {}, diag);
    EXPECT_EQ(diag.warnings, std::vector<std::string>{"odd input in in.lines"});
}

TEST(ReadDocument, EmptyInputIsAnError) {
    Diagnostics diag;
    EXPECT_THROW(read_document("", &lines_format, "a.lines", {}, diag), Error);
}

TEST(ReadDocument, FormatThatCannotBeReadIsAnError) {
    Diagnostics diag;
    try {
        read_document("x", &title_format, "a.title", {}, diag);
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_EQ(std::string(error.what()), "folio cannot read title");
    }
}

TEST(WriteDocument, FormatThatCannotBeWrittenIsAnError) {
    Diagnostics diag;
    EXPECT_THROW(write_document(Document{}, lines_format, {}, diag), Error);
}

// Writes the SOURCE_DATE_EPOCH the writer was handed, "unset" when none.
std::string write_epoch(const Document&, const WriteOptions& options, Diagnostics&) {
    return options.source_date_epoch.value_or("unset");
}

TEST(WriteDocument, WritersGetSourceDateEpochFromTheEnvironmentUnlessTheOptionsSetIt) {
    const FormatInfo epoch_format{"epoch", {".epoch"},  "text/x-epoch", "test output",
                                  nullptr, write_epoch, false};
    Diagnostics diag;
    ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    EXPECT_EQ(write_document(Document{}, epoch_format, {}, diag), "1700000000");
    WriteOptions given;
    given.source_date_epoch = "42";
    EXPECT_EQ(write_document(Document{}, epoch_format, given, diag), "42");
    ::unsetenv("SOURCE_DATE_EPOCH");
    EXPECT_EQ(write_document(Document{}, epoch_format, {}, diag), "");
}

TEST(ConvertBytes, UsesTheWriteOptions) {
    Diagnostics diag;
    ConvertOptions narrow = options(&lines_format, &title_format);
    narrow.write.columns = 40;
    EXPECT_EQ(convert_bytes("Title\nbody", "-", narrow, diag), "Title|40");
}

TEST(ConvertBytes, NeedsAnOutputFormat) {
    Diagnostics diag;
    EXPECT_THROW(convert_bytes("Title", "-", options(&lines_format, nullptr), diag), Error);
}

TEST(ConvertFile, WritesTheOutput) {
    const TempDir dir;
    const auto input = dir.add_file("in.lines", "Title\nbody");
    Diagnostics diag;
    convert_file(input.string(), (dir / "out.title").string(), options(&lines_format, &title_format), diag);
    EXPECT_EQ(read_file(dir / "out.title"), "Title|72");
}

// The FileError convert_file throws, as "FILE: reason".
std::string convert_error(const std::string& input, const std::string& output,
                          const ConvertOptions& options) {
    Diagnostics diag;
    try {
        convert_file(input, output, options, diag);
    } catch (const FileError& error) {
        return error.file() + ": " + error.what();
    }
    return "no error";
}

TEST(ConvertFile, ReaderErrorNamesTheInputAndWritesNothing) {
    const TempDir dir;
    const auto input = dir.add_file("in.lines", "fail");
    const auto output = dir.add_file("out.title", "good");
    EXPECT_EQ(convert_error(input.string(), output.string(), options(&lines_format, &title_format)),
              input.string() + ": cannot make sense of it");
    EXPECT_EQ(read_file(output), "good");
    EXPECT_EQ(directory_entries(dir.path()), (std::vector<std::string>{"in.lines", "out.title"}));
}

TEST(ConvertFile, WriterErrorNamesTheInputAndWritesNothing) {
    const TempDir dir;
    const auto input = dir.add_file("in.lines", "unwritable");
    const std::string output = (dir / "out.title").string();
    EXPECT_EQ(convert_error(input.string(), output, options(&lines_format, &title_format)),
              input.string() + ": cannot express that");
    EXPECT_EQ(directory_entries(dir.path()), std::vector<std::string>{"in.lines"});
}

TEST(ConvertFile, UnknownMetadataKeyNamesTheInput) {
    const TempDir dir;
    const auto input = dir.add_file("in.lines", "Title");
    const ConvertOptions with_unknown_key = options(&lines_format, &title_format, {{"colour", "red"}});
    EXPECT_NE(convert_error(input.string(), (dir / "out.title").string(), with_unknown_key).find("colour"),
              std::string::npos);
    EXPECT_EQ(directory_entries(dir.path()), std::vector<std::string>{"in.lines"});
}

TEST(ConvertFile, MissingInputNamesTheInput) {
    const TempDir dir;
    const std::string input = (dir / "missing.lines").string();
    EXPECT_EQ(convert_error(input, (dir / "out.title").string(), options(&lines_format, &title_format)),
              input + ": No such file or directory");
}

TEST(ConvertFile, UnknownOutputFormatNamesTheOutput) {
    const TempDir dir;
    const auto input = dir.add_file("in.lines", "Title");
    const std::string output = (dir / "out.unknown").string();
    EXPECT_EQ(convert_error(input.string(), output, options(&lines_format, nullptr)),
              output + ": cannot tell the output format from the file name");
}

TEST(ConvertFile, OutputFormatFromTheTableByExtension) {
    const TempDir dir;
    const auto input = dir.add_file("in.lines", "fail");
    // Resolution happens before reading: the reader's error shows the json writer was chosen.
    EXPECT_EQ(convert_error(input.string(), (dir / "out.json").string(), options(&lines_format, nullptr)),
              input.string() + ": cannot make sense of it");
}

}  // namespace
}  // namespace folio
