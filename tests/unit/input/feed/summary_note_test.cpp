// The summary-only note: its wording by the article's language and its link.
#include "input/feed/summary_note.hpp"

#include <gtest/gtest.h>

namespace folio::feed {
namespace {

TEST(SummaryNote, WordingByLanguage) {
    EXPECT_TRUE(to_plain_text(summary_note("de-AT", "").content).starts_with("Der Feed enthält nur"));
    EXPECT_TRUE(to_plain_text(summary_note("DE", "").content).starts_with("Der Feed enthält nur"));
    EXPECT_TRUE(to_plain_text(summary_note("fr_CA", "").content).starts_with("Le flux ne contient"));
    EXPECT_TRUE(to_plain_text(summary_note("en-US", "").content).starts_with("The feed holds only"));
    EXPECT_TRUE(to_plain_text(summary_note("es", "").content).starts_with("The feed holds only"));
    EXPECT_TRUE(to_plain_text(summary_note("", "").content).starts_with("The feed holds only"));
}

TEST(SummaryNote, LinkWhenThereIsOne) {
    EXPECT_EQ(to_plain_text(summary_note("en", "").content),
              "The feed holds only a summary of this article.");
    const Note note = summary_note("en", "https://example.org/a");
    ASSERT_EQ(note.content.size(), 3u);
    EXPECT_EQ(note.content[2].kind, Inline::Kind::Link);
    EXPECT_EQ(note.content[2].href, "https://example.org/a");
}

}  // namespace
}  // namespace folio::feed
