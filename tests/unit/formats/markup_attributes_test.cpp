// Tests for counting attributes before parsing, and for the readers refusing an element with too many
// of them in a moment instead of parsing it in quadratic time.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "formats/diagnostics.hpp"
#include "formats/markup_attributes.hpp"
#include "input/docbook/docbook_reader.hpp"
#include "input/html/html_reader.hpp"
#include "output/common/svg_sanitizer.hpp"
#include "tests/support/thread_cpu_time.hpp"

namespace folio {
namespace {

std::string many_attributes(std::size_t count) {
    std::string out;
    for (std::size_t i = 0; i < count; ++i) out += " a" + std::to_string(i) + "=\"x\"";
    return out;
}

TEST(MarkupAttributes, CountsTheAttributesOfTheFullestTag) {
    EXPECT_EQ(most_attributes_on_one_tag("<p>a = b</p>"), 0u);
    EXPECT_EQ(most_attributes_on_one_tag("<a href=\"x?a=1&b=2\" class='c=d'>x</a><img src=a alt=b title=c>"),
              3u);
    EXPECT_EQ(most_attributes_on_one_tag("<!-- a=b c=d --><x y=\"unterminated"), 1u);
    EXPECT_EQ(most_attributes_on_one_tag("<rect" + many_attributes(2000) + "/>"), 2000u);
}

TEST(MarkupAttributes, ReadersRefuseAnElementWithTooManyAttributesAtOnce) {
    const std::string attributes = many_attributes(200000);
    const auto start = test::thread_cpu_time();
    Diagnostics diag;
    EXPECT_THROW(read_html("<html><body><p" + attributes + ">x</p></body></html>", {}, diag), Error);
    EXPECT_THROW(read_docbook("<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\"><para" +
                                  attributes + ">x</para></article>",
                              {}, diag),
                 Error);
    EXPECT_THROW(sanitized_svg("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect" + attributes + "/></svg>"),
                 Error);
    EXPECT_LT(test::thread_cpu_time() - start, std::chrono::seconds(2));
    // A real element's attributes are fine.
    EXPECT_NO_THROW(
        sanitized_svg("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect" + many_attributes(20) + "/></svg>"));
}

}  // namespace
}  // namespace folio
