// Tests for the article summary (subtitle, else lead, shortened) and for shortening a line at a word.
#include "output/common/summary.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

Document with_lead(std::string lead) {
    Document doc;
    doc.blocks.push_back(Paragraph{plain("Body before the lead is not the summary."), ""});
    doc.blocks.push_back(Paragraph{plain(std::move(lead)), "lead"});
    return doc;
}

TEST(Summary, SubtitleComesFirst) {
    Document doc = with_lead("The lead.");
    doc.meta.subtitle = "The deck.";
    EXPECT_EQ(article_summary(doc), "The deck.");
}

TEST(Summary, LeadWhenThereIsNoSubtitle) { EXPECT_EQ(article_summary(with_lead("The lead.")), "The lead."); }

TEST(Summary, NothingWithoutSubtitleOrLead) {
    Document doc;
    doc.blocks.push_back(Paragraph{plain("Only body text."), ""});
    EXPECT_EQ(article_summary(doc), "");
}

TEST(Summary, HugeLeadIsShortenedAtAWord) {
    std::string lead;
    for (int i = 0; i < 2000; ++i) lead += "Wörter ";
    const std::string summary = article_summary(with_lead(lead));
    EXPECT_LT(summary.size(), 1100u * 2);
    EXPECT_TRUE(summary.ends_with("Wörter\u2009\u2026")) << summary.substr(summary.size() - 20);
}

TEST(Shortened, ShortTextIsUnchanged) { EXPECT_EQ(shortened("Kurzer Titel", 12), "Kurzer Titel"); }

TEST(Shortened, CutAtTheLastSpaceWithinTheLimit) {
    EXPECT_EQ(shortened("Ein sehr langer Titel über Häfen", 20), "Ein sehr langer\u2009\u2026");
}

TEST(Shortened, OneLongWordIsCutAtTheLimit) {
    EXPECT_EQ(shortened("Donaudampfschiff", 5), "Donau\u2009\u2026");
}

}  // namespace
}  // namespace folio
