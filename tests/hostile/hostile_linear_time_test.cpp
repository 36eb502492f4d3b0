// A complexity guard, not a benchmark: reading (and writing JSON and DocBook, or PDF) ten times the input
// grows about linearly, never quadratically. The CPU time of the test's own thread, best of several runs,
// with a generous factor, so that other processes on a busy machine do not count and a quadratic algorithm
// (100× for 10× the input) still fails. The smaller input is already too large for the CPU caches, so that
// both sizes pay the same price per byte for memory.
#include <gtest/gtest.h>

#include <algorithm>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

#include "converters/format_table.hpp"
#include "tests/hostile/hostile_support.hpp"
#include "tests/support/thread_cpu_time.hpp"

namespace folio::test {
namespace {

// Ten times the data measured 11 to 16 times the CPU time on a 2-core virtual machine alone, and up to 24
// times while CI ran other tests beside it (the larger input's fresh memory pays page faults and cache
// misses the smaller one's does not); 35 leaves room for that, while a quadratic algorithm costs a hundred
// times.
constexpr double allowed_factor = 35;

// The CPU time this thread has used, in seconds.
double thread_seconds() { return thread_cpu_time().count(); }

using Writers = std::vector<std::string>;
const Writers json_and_docbook = {"json", "docbook"};

// The shortest of `runs` timings of the whole pipeline on `input`, in CPU seconds.
double best_time(const std::string& format, const std::string& input, const Writers& writers, int runs) {
    const FormatInfo& from = *find_format(format);
    double best = 1e9;
    for (int i = 0; i < runs; ++i) {
        const double start = thread_seconds();
        Diagnostics diag;
        const Document doc = from.read(input, ReadOptions{"timed"}, diag);
        for (const std::string& writer : writers)
            EXPECT_FALSE(find_format(writer)->write(doc, WriteOptions{}, diag).empty());
        best = std::min(best, thread_seconds() - start);
    }
    return best;
}

void expect_linear(const std::string& format, const std::function<std::string(std::size_t)>& make,
                   std::size_t units, const Writers& writers = json_and_docbook) {
    const std::string small = make(units);
    const std::string large = make(units * 10);
    best_time(format, small, writers, 1);  // warm up: languages, schemas and caches loaded once per process
    // A busy machine can slow one measurement down; a superlinear algorithm fails every attempt.
    double small_time = 0, large_time = 0;
    for (int attempt = 0; attempt < 3; ++attempt) {
        small_time = best_time(format, small, writers, 3);
        large_time = best_time(format, large, writers, 3);
        if (large_time < allowed_factor * small_time) break;
    }
    EXPECT_LT(large_time, allowed_factor * small_time)
        << format << ": " << small.size() << " bytes took " << small_time << " s, " << large.size()
        << " bytes took " << large_time << " s";
}

std::string text_paragraphs(std::size_t count) {
    std::string text = "A headline over many paragraphs\n\nPublished March 3rd, 2024\n\n";
    for (std::size_t i = 0; i < count; ++i)
        text += "Paragraph " + std::to_string(i) + " tells the story of the harbour cranes once more.\n\n";
    return text;
}

std::string text_single_line(std::size_t words) {
    std::string text = "A headline over one long line\n\n";
    for (std::size_t i = 0; i < words; ++i) text += "harbour ";
    return text + "\n";
}

// Photos with caption and credit lines between paragraphs: every line is looked up among the figures.
std::string text_figures(std::size_t count) {
    std::string text = "A headline over many photos\n\nPublished March 3rd, 2024\n\n";
    for (std::size_t i = 0; i < count; ++i)
        text += "Paragraph " + std::to_string(i) + " tells the story of the harbour cranes once more.\n\n" +
                "The crane number " + std::to_string(i) +
                " at dawn over the harbour.\nFoto: Erika Muster\n\n";
    return text;
}

// One German paragraph holding a single word of `letters` letters, for the PDF writer's hyphenation.
std::string json_long_word(std::size_t letters) {
    const std::string syllables = "donaudampfschifffahrtsgesellschaft";
    std::string word;
    while (word.size() < letters) word += syllables;
    word.resize(letters);
    return R"({"format":"folio","version":1,"meta":{"title":"T","lang":"de"},"blocks":[)"
           R"({"type":"paragraph","text":"Ein )" +
           word + R"( am Ende."}]})";
}

std::string json_paragraphs(std::size_t count) {
    std::string json = R"({"format":"folio","version":1,"meta":{"title":"T"},"blocks":[)";
    for (std::size_t i = 0; i < count; ++i)
        json += std::string(i ? "," : "") +
                R"({"type":"paragraph","inlines":[{"type":"text","text":"Paragraph )" + std::to_string(i) +
                R"( "},{"type":"emphasis","children":[{"type":"text","text":"cranes"}]}]})";
    return json + "]}";
}

std::string docbook_paragraphs(std::size_t count) {
    std::string xml = "<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\"><title>T</title>";
    for (std::size_t i = 0; i < count; ++i)
        xml += "<section><title>S" + std::to_string(i) + "</title><para>Paragraph <emphasis>" +
               std::to_string(i) + "</emphasis> of the harbour.</para></section>";
    return xml + "</article>";
}

// Deep nesting closed by end tags that match nothing: the HTML parser searches its open elements for each.
std::string html_deep_stray_end_tags(std::size_t depth) {
    std::string html = "<html><body><h1>Deep</h1><p>An introduction to the page.</p>";
    for (std::size_t i = 0; i < depth; ++i) html += "<span>";
    html += "deep text";
    for (std::size_t i = 0; i < depth; ++i) html += "</b>";
    return html + "<p>The end.</p></body></html>";
}

TEST(HostileLinearTime, TextParagraphs) { expect_linear("text", text_paragraphs, 3'000); }
TEST(HostileLinearTime, TextSingleLine) { expect_linear("text", text_single_line, 50'000); }
TEST(HostileLinearTime, TextFigures) { expect_linear("text", text_figures, 2'000); }
TEST(HostileLinearTime, PdfLongWord) { expect_linear("json", json_long_word, 16'000, {"pdf"}); }
TEST(HostileLinearTime, JsonParagraphs) { expect_linear("json", json_paragraphs, 3'000); }
TEST(HostileLinearTime, DocBookSections) { expect_linear("docbook", docbook_paragraphs, 3'000); }
TEST(HostileLinearTime, HtmlDeepNestingWithStrayEndTags) {
    expect_linear("html", html_deep_stray_end_tags, 5'000);
}

}  // namespace
}  // namespace folio::test
