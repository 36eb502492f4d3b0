// The readers' limits in-process: nesting depth and block count from ReadOptions, exact messages, and
// nothing counted that does not nest (brackets inside JSON strings, text inside one element).
#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "converters/convert.hpp"
#include "formats/limits.hpp"
#include "input/docbook/docbook_reader.hpp"
#include "input/json/json_reader.hpp"
#include "input/text/text_reader.hpp"
#include "tests/hostile/hostile_support.hpp"

namespace folio::test {
namespace {

std::string error_of(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

TEST(HostileLimits, MessagesNameTheValueTheLimitAndTheOption) {
    Limits limits;
    limits.input_bytes = 10;
    limits.blocks = 3;
    limits.nesting_depth = 5;
    EXPECT_EQ(error_of([&] { check_input_size(11, limits); }),
              "the input is too large: 11 bytes, the limit is 10 (--max-input-size)");
    EXPECT_EQ(error_of([&] { check_block_count(4, limits); }),
              "too many blocks: more than 3 paragraphs, headings, figures and the like (--max-blocks)");
    EXPECT_EQ(error_of([&] { check_nesting_depth(6, "XML elements", limits); }),
              "nested too deeply: XML elements more than 5 levels deep (--max-depth)");
    EXPECT_EQ(error_of([&] {
                  check_input_size(10, limits);
                  check_block_count(3, limits);
                  check_nesting_depth(5, "x", limits);
              }),
              "");
}

TEST(HostileLimits, BracketsInsideJsonStringsDoNotCountAsNesting) {
    const std::string brackets(500, '[');
    const std::string json = R"({"format":"folio","version":1,"meta":{"title":"\"[{)" + brackets +
                             R"("},"blocks":[{"type":"paragraph","text":")" + brackets + R"(\\"}]})";
    Diagnostics diag;
    const Document doc = read_json(json, ReadOptions{"brackets.json"}, diag);
    EXPECT_EQ(doc.meta.title, "\"[{" + brackets);
    EXPECT_EQ(doc.blocks.size(), 1u);
}

TEST(HostileLimits, ReadersTakeTheirLimitsFromReadOptions) {
    ReadOptions options{"limited"};
    options.limits.blocks = 2;
    options.limits.nesting_depth = 3;
    Diagnostics diag;
    const std::string text =
        "Headline\n\nOne paragraph of text.\n\nTwo paragraphs of text.\n\nThree paragraphs.\n";
    EXPECT_EQ(error_of([&] { read_text(text, options, diag); }),
              "too many blocks: more than 2 paragraphs, headings, figures and the like (--max-blocks)");
    const std::string json =
        R"({"format":"folio","version":1,"blocks":[{"type":"break"},{"type":"break"},{"type":"break"}]})";
    EXPECT_TRUE(contains(error_of([&] { read_json(json, options, diag); }), "too many blocks"));
    EXPECT_TRUE(contains(error_of([&] { read_json(R"({"a":[[[[[[[[1]]]]]]]]})", options, diag); }),
                         "nested too deeply: JSON objects in arrays more than 3"));
    const std::string xml =
        "<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\"><section><para>"
        "<emphasis>x</emphasis></para></section></article>";
    EXPECT_EQ(error_of([&] { read_docbook(xml, options, diag); }),
              "docbook: nested too deeply: XML elements more than 3 levels deep (--max-depth)");
    options.limits.nesting_depth = 4;  // article, section, para, emphasis: the text inside does not count
    EXPECT_EQ(error_of([&] { read_docbook(xml, options, diag); }), "");
}

TEST(HostileLimits, ConverterChecksTheInputSizeBeforeReading) {
    Limits limits;
    limits.input_bytes = 16;
    Diagnostics diag;
    EXPECT_EQ(error_of([&] {
                  read_document("Headline\n\nA paragraph of text.\n", find_format("text"), "x.txt", {}, diag,
                                limits);
              }),
              "the input is too large: 31 bytes, the limit is 16 (--max-input-size)");
}

}  // namespace
}  // namespace folio::test
