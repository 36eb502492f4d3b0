// Tests for inline builders, flattening and block type names.
#include <gtest/gtest.h>

#include "formats/block.hpp"
#include "formats/inline.hpp"

namespace folio {

TEST(Inline, FlattensNestedMarkupToPlainText) {
    const Inlines content = {text("Kim "), emphasis({text("Jong "), strong({text("Un")})}), line_break(),
                             link("https://example.org", {text("mehr")}), code("x")};
    EXPECT_EQ(to_plain_text(content), "Kim Jong Un\nmehrx");
    EXPECT_FALSE(is_plain(content));
    EXPECT_TRUE(is_plain(plain("nur Text")));
}

TEST(Inline, PlainOfEmptyStringIsEmpty) {
    EXPECT_TRUE(plain("").empty());
    ASSERT_EQ(plain("a").size(), 1u);
    EXPECT_EQ(plain("a")[0].text, "a");
}

TEST(Block, TypeNamesFollowTheJsonContract) {
    EXPECT_STREQ(block_type_name(Block{Paragraph{}}), "paragraph");
    EXPECT_STREQ(block_type_name(Block{Heading{}}), "heading");
    EXPECT_STREQ(block_type_name(Block{Figure{}}), "figure");
    EXPECT_STREQ(block_type_name(Block{List{}}), "list");
    EXPECT_STREQ(block_type_name(Block{BlockQuote{}}), "blockquote");
    EXPECT_STREQ(block_type_name(Block{Note{}}), "note");
}

TEST(Block, PlainTextJoinsListItems) {
    List list;
    list.items = {plain("eins"), plain("zwei")};
    EXPECT_EQ(block_plain_text(Block{list}), "eins\nzwei");
    Figure fig;
    fig.caption = plain("Bildunterschrift");
    EXPECT_EQ(block_plain_text(Block{fig}), "Bildunterschrift");
}

}  // namespace folio
