// Hostile sizes through the folio program: empty and blank input, page noise only, endless and oversized
// input, a 10 MB line, 100,000 paragraphs, deep nesting. One-line error or success, bounded time and memory.
#include <gtest/gtest.h>

#include <string>

#include "tests/cli/cli_expectations.hpp"
#include "tests/hostile/hostile_support.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio::test {
namespace {

// Far above what these inputs need, far below what a quadratic algorithm or a leak would take.
constexpr double seconds_budget = 120;
constexpr long megabytes_budget = 1500;

std::string paragraphs(std::size_t count) {
    std::string text = "A headline over many paragraphs\n\n";
    for (std::size_t i = 0; i < count; ++i)
        text += "Paragraph " + std::to_string(i) + " tells the story of the harbour once more.\n\n";
    return text;
}

TEST(HostileSize, EmptyFileIsAnErrorNamingIt) {
    const TempDir dir;
    const std::string input = dir.add_file("empty.txt", "").string();
    expect_conversion_failure(run_folio({input, "-t", "json"}), input, "the input is empty");
}

TEST(HostileSize, WhitespaceOnlyIsAnError) {
    const TempDir dir;
    const std::string input = dir.add_file("blank.txt", " \t\r\n\n \f\n\xC2\xA0\n").string();
    expect_conversion_failure(run_folio({input, "-t", "json"}), input, "no article text");
}

TEST(HostileSize, OnlyPageNoiseIsAnError) {
    const TempDir dir;
    const std::string input =
        dir.add_file("noise.txt", "DE | EN | FR\n\nLesezeit: 5 Minuten\n\n4 min read\n").string();
    expect_conversion_failure(run_folio({input, "-t", "text"}), input, "no article text");
}

TEST(HostileSize, BlankJsonAndDocBookAreErrors) {
    const TempDir dir;
    const std::string json = dir.add_file("blank.json", "  \n").string();
    expect_conversion_failure(run_folio({json, "-t", "text"}), json, "invalid JSON");
    const std::string xml = dir.add_file("blank.xml", "\n").string();
    expect_conversion_failure(run_folio({xml, "-t", "text"}), xml, "not well-formed");
}

TEST(HostileSize, EndlessInputStopsAtTheLimit) {
    const TimedResult run =
        run_folio_timed({"/dev/zero", "-f", "text", "-t", "json", "--max-input-size", "1M"});
    expect_conversion_failure(run.process, "/dev/zero", "the input is too large: more than 1048576 bytes");
    expect_bounded(run, 30, 500);
}

TEST(HostileSize, EndlessStandardInputStopsAtTheDefaultLimit) {
    const TimedResult run = run_folio_timed({"-", "-f", "text", "-t", "json"}, stdin_from("/dev/zero"));
    expect_conversion_failure(run.process, "<stdin>", "(--max-input-size)");
    expect_bounded(run, 60, 1000);
}

TEST(HostileSize, FileOverTheInputLimitIsRefusedBeforeReading) {
    const TempDir dir;
    const std::string input = dir.add_file("big.txt", paragraphs(100)).string();
    expect_conversion_failure(run_folio({input, "-t", "json", "--max-input-size", "2k"}), input,
                              "the input is too large: more than 2048 bytes (--max-input-size)");
    EXPECT_EQ(run_folio({input, "-t", "json", "--max-input-size", "1M"}).exit_code, 0);
}

TEST(HostileSize, MalformedLimitIsAUsageError) {
    expect_usage_error(run_folio({"a.txt", "-t", "json", "--max-input-size", "lots"}), "--max-input-size");
    expect_usage_error(run_folio({"a.txt", "-t", "json", "--max-depth", "0"}), "--max-depth");
}

TEST(HostileSize, TenMegabyteSingleLineConvertsInBoundedTimeAndMemory) {
    const TempDir dir;
    std::string line = "A headline for one very long line\n\n";
    while (line.size() < 10'000'000) line += "the harbour cranes stood still all night long ";
    line += "\n";
    const std::string input = dir.add_file("line.txt", line).string();
    for (const char* format : {"json", "docbook", "epub", "text"}) {
        const std::string output = (dir / (std::string("out.") + format)).string();
        const TimedResult run = run_folio_timed({input, "-t", format, "-o", output});
        expect_success_with_warnings_only(run.process, input);
        expect_bounded(run, seconds_budget, megabytes_budget);
        std::size_t written = 0;
        if (std::string(format) == "epub")
            for (const ZipEntry& entry : zip_entries(read_file(output))) written += entry.bytes.size();
        else
            written = std::filesystem::file_size(output);
        EXPECT_GT(written, 10'000'000u) << format;
    }
    EXPECT_EQ(xml_error(read_file(dir / "out.docbook")), "");
    EXPECT_EQ(epub_xml_error(read_file(dir / "out.epub")), "");
}

TEST(HostileSize, HundredThousandParagraphsConvertInBoundedTimeAndMemory) {
    const TempDir dir;
    const std::string input = dir.add_file("many.txt", paragraphs(100'000)).string();
    for (const char* format : {"json", "docbook"}) {
        const std::string output = (dir / (std::string("out.") + format)).string();
        const TimedResult run = run_folio_timed({input, "-t", format, "-o", output});
        expect_success_with_warnings_only(run.process, input);
        expect_bounded(run, seconds_budget, megabytes_budget);
    }
    EXPECT_EQ(xml_error(read_file(dir / "out.docbook")), "");
    EXPECT_TRUE(contains(read_file(dir / "out.json"), "Paragraph 99999 tells"));
}

TEST(HostileSize, MoreBlocksThanTheLimitIsAnErrorNamingTheOption) {
    const TempDir dir;
    const std::string input = dir.add_file("many.txt", paragraphs(1'001)).string();
    expect_conversion_failure(run_folio({input, "-t", "json", "--max-blocks", "1000"}), input,
                              "too many blocks: more than 1000");
}

TEST(HostileSize, DeeplyNestedJsonIsRefused) {
    const TempDir dir;
    const std::string deep = std::string(100'000, '[') + std::string(100'000, ']');
    const std::string input = dir.add_file("deep.json", deep).string();
    const TimedResult run = run_folio_timed({input, "-t", "text"});
    expect_conversion_failure(run.process, input, "nested too deeply: JSON objects in arrays more than 200");
    expect_bounded(run, 30, 500);
}

// JSON with `levels` emphasis inlines one inside the other.
std::string nested_inlines(int levels) {
    std::string inlines = R"({"type":"text","text":"x"})";
    for (int i = 0; i < levels; ++i) inlines = R"({"type":"emphasis","children":[)" + inlines + "]}";
    return R"({"format":"folio","version":1,"blocks":[{"type":"paragraph","inlines":[)" + inlines + "]}]}";
}

TEST(HostileSize, DeeplyNestedInlinesInJsonAreRefusedBeyondTheLimit) {
    const TempDir dir;
    const std::string deep = dir.add_file("deep.json", nested_inlines(250)).string();
    expect_conversion_failure(run_folio({deep, "-t", "docbook"}), deep,
                              "nested too deeply: JSON objects in arrays more than 200 levels deep");
    const std::string within = dir.add_file("within.json", nested_inlines(150)).string();
    const TimedResult run = run_folio_timed({within, "-t", "docbook"});
    EXPECT_EQ(run.process.exit_code, 0) << run.process.err;
    EXPECT_EQ(xml_error(run.process.out), "");
    expect_bounded(run, 30, 500);
}

TEST(HostileSize, RaisingTheDepthLimitLetsDeeperInputThrough) {
    const TempDir dir;
    const std::string json = R"({"format":"folio","version":1,"meta":{"keywords":)" + std::string(500, '[') +
                             std::string(500, ']') + "}}";
    const std::string input = dir.add_file("deep.json", json).string();
    expect_conversion_failure(run_folio({input, "-t", "text"}), input, "nested too deeply");
    expect_conversion_failure(run_folio({input, "-t", "text", "--max-depth", "400"}), input,
                              "meta.keywords[0]: expected a string");
}

TEST(HostileSize, DeeplyNestedXmlIsRefused) {
    const TempDir dir;
    std::string deep = "<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\">";
    for (int i = 0; i < 100'000; ++i) deep += "<section>";
    const std::string input = dir.add_file("deep.xml", deep).string();
    const TimedResult run = run_folio_timed({input, "-t", "text"});
    expect_conversion_failure(run.process, input, "docbook:");
    expect_bounded(run, 30, 500);

    std::string nested = "<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\"><para>";
    for (int i = 0; i < 210; ++i) nested += "<emphasis>";
    nested += "x";
    for (int i = 0; i < 210; ++i) nested += "</emphasis>";
    nested += "</para></article>";
    const std::string within_parser = dir.add_file("nested.xml", nested).string();
    expect_conversion_failure(run_folio({within_parser, "-t", "text"}), within_parser,
                              "nested too deeply: XML elements more than 200 levels deep (--max-depth)");
}

}  // namespace
}  // namespace folio::test
