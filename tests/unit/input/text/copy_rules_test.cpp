// Tests for the text reader on browser copies of articles: reader-view copies without markup and whole
// copied pages.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "input/text/text_reader.hpp"
#include "tests/support/model_queries.hpp"

namespace folio {
namespace {

using test::blocks_of;

Document read(std::string_view text) {
    Diagnostics diag;
    return read_text(text, {}, diag);
}

std::string plain_of(const Block& block) { return block_plain_text(block); }

constexpr std::string_view kProse =
    "The workshop in the old mill has been repairing bicycles for thirty years, and most of its customers "
    "come back every spring before the first long ride of the season.";

// A copied page: the lines above the article, then four paragraphs of prose ("Visit 0: …").
// A site's navigation as the top of a whole-page copy shows it, one item per line.
const std::vector<std::string> kMenu = {"Home", "World", "Sports", "Subscribe", "Log In", "Menu", "Search"};

std::string lines_of(const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& line : lines) text += line + "\n";
    return text;
}

std::string page_copy(const std::vector<std::string>& lines_above) {
    std::string text = lines_of(lines_above);
    for (int i = 0; i < 4; ++i) text += "Visit " + std::to_string(i) + ": " + std::string(kProse) + "\n";
    return text;
}

void expect_sole_author(const Document& doc, std::string_view name) {
    ASSERT_EQ(doc.meta.authors.size(), 1u);
    EXPECT_EQ(doc.meta.authors[0].name, name);
}

void expect_last_block_starts_with(const Document& doc, std::string_view start) {
    ASSERT_FALSE(doc.blocks.empty());
    EXPECT_TRUE(plain_of(doc.blocks.back()).starts_with(start)) << plain_of(doc.blocks.back());
}

void expect_nowhere(const Document& doc, std::string_view text) {
    for (const Block& block : doc.blocks) EXPECT_EQ(plain_of(block).find(text), std::string::npos);
}

// The same, with the site's navigation above the given lines.
std::string page_copy_below_menu(const std::vector<std::string>& lines) {
    std::vector<std::string> all = kMenu;
    all.insert(all.end(), lines.begin(), lines.end());
    return page_copy(all);
}

TEST(TextCopy, ArticleStartingWithALongParagraphHasNoTitle) {
    const std::string first =
        "Under sufficiently dry conditions the clay of the river bank cracks into plates, and the plates "
        "curl "
        "at their edges until the wind lifts them away, which is why the bank loses a hand's width of soil "
        "in every dry summer and the village has asked for a wall to be built.";
    const Document doc = read(first + "\n\n" + std::string(kProse));
    EXPECT_EQ(doc.meta.title, "");
    ASSERT_EQ(blocks_of<Paragraph>(doc).size(), 2u);
    EXPECT_EQ(plain_of(doc.blocks[0]), first);
}

TEST(TextCopy, HeadlineFollowedByProseIsNoPageCopyEvenWithAListBeforeTheLongProse) {
    std::string text =
        "The Tools Behind This Site\n\nAbout the workshop\n\nThis site is written and kept by one "
        "person.\n\n";
    for (const char* tool : {"Desktop Apps", "Editor", "Sketch Pad", "Terminal", "Phone Apps", "Notes",
                             "Camera", "Server Software", "Web Server", "Database"})
        text += std::string(tool) + "\n";
    text += "\n";
    for (int i = 0; i < 4; ++i) text += "Visit " + std::to_string(i) + ": " + std::string(kProse) + "\n\n";
    const Document doc = read(text);
    EXPECT_EQ(doc.meta.title, "The Tools Behind This Site");
    EXPECT_EQ(plain_of(doc.blocks[0]), "About the workshop");
    EXPECT_EQ(plain_of(doc.blocks[1]), "This site is written and kept by one person.");
    ASSERT_EQ(blocks_of<List>(doc).size(), 1u);
    EXPECT_EQ(blocks_of<List>(doc)[0]->items.size(), 10u);
    EXPECT_EQ(blocks_of<Paragraph>(doc).size(), 6u);
}

TEST(TextCopy, ShortLineAboveTheFirstParagraphIsAltTextOnlyWhenBothNameTheSameThing) {
    const std::string caption = "Bicycles waiting for repair in the yard of the old mill.";
    const Document figure = read("Spring at the mill\n\nBicycles stacked against a wall\n\n" + caption +
                                 "\n\n" + std::string(kProse));
    ASSERT_EQ(blocks_of<Figure>(figure).size(), 1u);
    EXPECT_EQ(blocks_of<Figure>(figure)[0]->alt, "Bicycles stacked against a wall");
    const Document label =
        read("Spring at the mill\n\nA visit in April\n\n" + caption + "\n\n" + std::string(kProse));
    EXPECT_TRUE(blocks_of<Figure>(label).empty());
    EXPECT_EQ(plain_of(label.blocks[1]), caption);
}

TEST(TextCopy, NameShapedLabelRepeatingAHeadlineWordIsNoByline) {
    const Document label =
        read("The Miller's Tale: A Reading Guide\n\nGuide Notes\n\n" + std::string(kProse));
    EXPECT_TRUE(label.meta.authors.empty());
    EXPECT_EQ(plain_of(label.blocks[0]), "Guide Notes");
    const Document author = read("Spring at the mill | Maren Holt\n\nMaren Holt\n\n" + std::string(kProse));
    expect_sole_author(author, "Maren Holt");
}

TEST(TextCopy, ListItemsShareABlockAndAShortLineStandingAloneAfterThemIsAHeading) {
    const Document doc =
        read("Spring at the mill\n\n" + std::string(kProse) +
             "\n\nNew brake cables\nWider tyres\nA second pump\n\nRepairs\n\n" + std::string(kProse));
    ASSERT_EQ(blocks_of<List>(doc).size(), 1u);
    EXPECT_EQ(blocks_of<List>(doc)[0]->items.size(), 3u);
    ASSERT_EQ(blocks_of<Heading>(doc).size(), 1u);
    EXPECT_EQ(to_plain_text(blocks_of<Heading>(doc)[0]->content), "Repairs");
}

TEST(TextCopy, ShortLineAnnouncedByAColonOrShapedLikeCodeIsNoHeading) {
    const Document doc =
        read("Spring at the mill\n\n" + std::string(kProse) +
             "\n\nThe sign at the gate says what every customer should know:\n\nClosed on Sundays\n\n" +
             std::string(kProse) + "\n\nSTOCK_LIST( <shelf> )\n\n" + std::string(kProse));
    EXPECT_TRUE(blocks_of<Heading>(doc).empty());
    EXPECT_EQ(plain_of(doc.blocks[2]), "Closed on Sundays");
    EXPECT_EQ(plain_of(doc.blocks[4]), "STOCK_LIST( <shelf> )");
}

TEST(TextCopy, HeadingAboveAListBlockButNotAboveATableCellOrPreformattedText) {
    const std::string intro = "Spring at the mill\n\n" + std::string(kProse) + "\n\n";
    const Document list =
        read(intro + "Spare parts\n\nBrake cables\nInner tubes\nChains\n\n" + std::string(kProse));
    ASSERT_EQ(blocks_of<Heading>(list).size(), 1u);
    EXPECT_EQ(to_plain_text(blocks_of<Heading>(list)[0]->content), "Spare parts");
    EXPECT_EQ(blocks_of<List>(list)[0]->items.size(), 3u);

    const Document table = read(intro + "Flat tyre on the way home\n\n\t\n\n" + std::string(kProse));
    EXPECT_TRUE(blocks_of<Heading>(table).empty());

    const Document pre = read(intro +
                              "3. Storage\n\n    The workshop keeps every bicycle in a numbered rack, and\n"
                              "    the number is written on the repair ticket.\n\n" +
                              std::string(kProse));
    EXPECT_TRUE(blocks_of<Heading>(pre).empty());
}

TEST(TextCopy, LinesThatReadAsNoHeading) {
    for (const char* line :
         {"Traditionally, your options are limited: either", "Related: A new mill opens in town",
          "Learn more about the repair courses", "2012", "Next steps for the mill",
          "Read the full interview with the miller", "Powered by Millworks.com", "2) security", "Photo",
          "Tuesday 15 October 2019 by Maren Holt", "22 Dec, 2016 22 Dec, 2016"}) {
        const Document doc = read("Spring at the mill\n\n" + std::string(kProse) + "\n\n" + line + "\n\n" +
                                  std::string(kProse));
        const bool heading = std::string_view(line) == "Next steps for the mill";
        EXPECT_EQ(blocks_of<Heading>(doc).size(), heading ? 1u : 0u) << line;
    }
}

TEST(TextCopy, PortraitCreditIsAFigure) {
    const Document doc = read("Spring at the mill\n\n" + std::string(kProse) + "\n\nPortrait by Ann Lee\n\n" +
                              std::string(kProse));
    ASSERT_EQ(blocks_of<Figure>(doc).size(), 1u);
    EXPECT_EQ(blocks_of<Figure>(doc)[0]->credit, "Portrait by Ann Lee");
}

TEST(TextCopy, NameLineUnderAnAuthorLabelTakesTheBioBelowIt) {
    const Document doc = read("Spring at the mill\n\n" + std::string(kProse) +
                              "\n\nAbout the author\n\nMaren Holt\n\nSenior Editor of the Valley Courier and "
                              "keeper of its archive.");
    EXPECT_TRUE(blocks_of<Heading>(doc).empty());
    expect_sole_author(doc, "Maren Holt");
    EXPECT_EQ(to_plain_text(doc.meta.authors[0].bio),
              "Senior Editor of the Valley Courier and keeper of its archive.");
}

TEST(TextCopy, HeadingRightAboveASubheading) {
    const Document doc =
        read("Spring at the mill\n\n" + std::string(kProse) +
             "\n\nPart Two: The End of the Winter\n\nThe First Customers\n\n" + std::string(kProse));
    ASSERT_EQ(blocks_of<Heading>(doc).size(), 2u);
    EXPECT_EQ(to_plain_text(blocks_of<Heading>(doc)[0]->content), "Part Two: The End of the Winter");
    EXPECT_EQ(to_plain_text(blocks_of<Heading>(doc)[1]->content), "The First Customers");
    // A caption ending in its photographer's name is no heading above the next one.
    const Document caption = read("Spring at the mill\n\n" + std::string(kProse) +
                                  "\n\nA wheel on the bench (Ann Lee)\n\nStep 2\n\n" + std::string(kProse));
    EXPECT_TRUE(blocks_of<Heading>(caption).empty());
}

TEST(TextCopy, HeadingMayOpenTheBodyBelowAByline) {
    const Document doc = read("Spring at the mill\n\nMaren Holt\n\nHighlights\n\n" + std::string(kProse));
    ASSERT_EQ(blocks_of<Heading>(doc).size(), 1u);
    EXPECT_EQ(to_plain_text(blocks_of<Heading>(doc)[0]->content), "Highlights");
    // Without a byline a short line under the headline is no heading, and in title case it is no alt
    // text either.
    const Document title_case =
        read("Spring at the mill\n\nRepairing Bicycles Since Ninety Two\n\n" + std::string(kProse));
    EXPECT_TRUE(blocks_of<Heading>(title_case).empty());
    EXPECT_TRUE(blocks_of<Figure>(title_case).empty());
}

TEST(TextCopy, PageCopyBylineBelowTheDeckAndPhotoJoinsAHeadlineThatOpensTheProse) {
    std::string text = lines_of(kMenu);
    text +=
        "\nOld Bicycle Workshops Are Coming Back Across the U.S.\n\n"
        "Repair shops that closed a generation ago are opening again in small towns.\n\nImage\n"
        "A mechanic at work in a repair shop that reopened this spring in a small town.\n\nBy Maren Holt\n\n";
    for (int i = 0; i < 4; ++i) text += "Visit " + std::to_string(i) + ": " + std::string(kProse) + "\n\n";
    const Document doc = read(text);
    EXPECT_EQ(doc.meta.title, "Old Bicycle Workshops Are Coming Back Across the U.S.");
    expect_sole_author(doc, "Maren Holt");
}

TEST(TextCopy, PageControlsUnderTheHeadlineAreNoNames) {
    for (const char* line : {"Buy Now", "Search Go", "Do Not Track"}) {
        const Document doc =
            read("Spring at the mill\n\n" + std::string(line) + "\n\n" + std::string(kProse));
        EXPECT_TRUE(doc.meta.authors.empty()) << line;
    }
}

TEST(TextCopy, PageCopyHeadlinePrintedTwiceNearbyBeatsADialogAboveAName) {
    std::string text;
    for (const char* line :
         {"Home", "World", "Sports", "Subscribe", "Log In", "Menu", "Search", "Ready to publish?",
          "Change the title and visibility as needed", "Maren Holt", "Sign in", "Next story",
          "On Behalf of Words", "Share on Twitter", "Share by email", "On Behalf of Words"})
        text += std::string(line) + "\n";
    text += "\n";
    for (int i = 0; i < 4; ++i) text += "Visit " + std::to_string(i) + ": " + std::string(kProse) + "\n\n";
    EXPECT_EQ(read(text).meta.title, "On Behalf of Words");
}

TEST(TextCopy, ArticleStartsAtAHeadlineRepeatedBelowAFewMenuItems) {
    const Document doc = read(
        "Blog\nInsights\nThree findings from our yearly survey\nPublished on: June 25, 2024\n"
        "Three findings from our yearly survey\n\n" +
        std::string(kProse));
    EXPECT_EQ(doc.meta.title, "Three findings from our yearly survey");
    EXPECT_EQ(doc.meta.date, "2024-06-25");
    ASSERT_EQ(doc.blocks.size(), 1u);
    EXPECT_EQ(plain_of(doc.blocks[0]), kProse);
}

TEST(TextCopy, PageCopyLineEndingInAColonIsNoHeadline) {
    std::string text;
    for (const char* line :
         {"Home", "World", "Sports", "Subscribe", "Log In", "Menu", "Search",
          "Subscribe to our weekly letters to receive:", "Maren Holt", "Spring Opening at the Old Mill"})
        text += std::string(line) + "\n";
    text += "\n";
    for (int i = 0; i < 4; ++i) text += "Visit " + std::to_string(i) + ": " + std::string(kProse) + "\n\n";
    EXPECT_EQ(read(text).meta.title, "Spring Opening at the Old Mill");
}

TEST(TextCopy, PageCopyKeepsTheProseAfterARelatedLinksBoxAndEndsAtTheComments) {
    std::string text = lines_of(kMenu);
    text += "\nSpring Opening at the Old Mill\n\nBy Maren Holt\n\n";
    for (int i = 0; i < 4; ++i) text += "Visit " + std::to_string(i) + ": " + std::string(kProse) + "\n\n";
    text +=
        "Related Coverage\nA new bridge for the village JULY 2, 2016\nThe mill pond freezes over JULY 1, "
        "2016\n\n";
    text += "After the box: " + std::string(kProse) + "\n\n12 Comments\n\n";
    text += "Anna wrote: " + std::string(kProse) + "\n";
    const Document doc = read(text);
    EXPECT_EQ(doc.meta.title, "Spring Opening at the Old Mill");
    expect_last_block_starts_with(doc, "After the box: ");
    expect_nowhere(doc, "JULY");
}

TEST(TextCopy, PageCopyKeepsBothHalvesOfAnArticleAroundALongPlayerMenu) {
    std::string text = lines_of(kMenu);
    text += "Spring Opening at the Old Mill\nBy Maren Holt\n";
    for (int i = 0; i < 5; ++i) text += "Before " + std::to_string(i) + ": " + std::string(kProse) + "\n";
    // A video player's controls and caption settings: more short lines than the first half has words.
    for (int i = 0; i < 90; ++i)
        text += (i % 3 == 0 ? "Captions" : i % 3 == 1 ? "Opaque" : "Font Size") + std::string("\n");
    for (int i = 0; i < 6; ++i) text += "After " + std::to_string(i) + ": " + std::string(kProse) + "\n";
    text += "Comments\nPrivacy\nContact\n";
    const Document doc = read(text);
    EXPECT_EQ(doc.meta.title, "Spring Opening at the Old Mill");
    ASSERT_FALSE(doc.blocks.empty());
    EXPECT_TRUE(plain_of(doc.blocks.front()).starts_with("Before 0: ")) << plain_of(doc.blocks.front());
    EXPECT_TRUE(plain_of(doc.blocks.back()).starts_with("After 5: ")) << plain_of(doc.blocks.back());
}

TEST(TextCopy, PageCopyHeadlinesInALinkListAreNoTitle) {
    // A ranked list (a number before and the site after each headline, one of them with a byline), a
    // list with a label after each headline, cut-off headlines, and a related box above the article.
    const std::vector<std::string> lines = {"Home",
                                            "World",
                                            "Sports",
                                            "Subscribe",
                                            "Log In",
                                            "Menu",
                                            "Search",
                                            "Trending",
                                            "1.",
                                            "Ferry fares rise again in the spring timetable",
                                            "on Harbour Times",
                                            "2.",
                                            "The lighthouse keeper who painted every storm",
                                            "on Coast Weekly",
                                            "3.",
                                            "Fishing fleet returns early after record catch",
                                            "on Harbour Times",
                                            "Written by Ola Berg",
                                            "Read on",
                                            "Old boats find new owners at the winter auction",
                                            "Read on",
                                            "Why the tide tables were wrong all week",
                                            "Read on",
                                            "Ten things to see on the island\u2026",
                                            "A museum for the old ferry boats",
                                            "The pier cafe closes after forty\u2026",
                                            "Related",
                                            "Island school gets new roof"};
    const Document doc = read(page_copy(lines));
    for (const std::string& line : lines) EXPECT_NE(doc.meta.title, line);
    EXPECT_TRUE(doc.meta.authors.empty());
}

TEST(TextCopy, NameLineBelowADeckAndAboveADateIsTheByline) {
    const Document doc = read(
        "Spring Opening at the Old Mill\n\nThe workshop returns with new tools and old customers\n\nMaren "
        "Holt\n\nFriday 25 December 2015\n\n" +
        std::string(kProse));
    EXPECT_EQ(doc.meta.title, "Spring Opening at the Old Mill");
    EXPECT_EQ(doc.meta.subtitle, "The workshop returns with new tools and old customers");
    expect_sole_author(doc, "Maren Holt");
    EXPECT_EQ(doc.meta.date, "2015-12-25");
    ASSERT_EQ(doc.blocks.size(), 1u);
}

TEST(TextCopy, PageCopyHeadlineWithANameAndADateBelowBeatsALabelAboveIt) {
    const Document doc = read(page_copy(
        {"Home", "World", "Sports", "Subscribe", "Log In", "Menu", "Explore", "Search this site  Search",
         "Categories: News", "Spring Opening at the Old Mill", "Maren Holt", "December 18, 2020"}));
    EXPECT_EQ(doc.meta.title, "Spring Opening at the Old Mill");
    expect_sole_author(doc, "Maren Holt");
    EXPECT_EQ(doc.meta.date, "2020-12-18");
}

TEST(TextCopy, PageCopyNameShapedLabelGivesWayToAMarkedByline) {
    const Document doc = read(
        page_copy_below_menu({"Today", "Spring Opening at the Old Mill", "Spring Opening at the Old Mill",
                              "The workshop returns with new tools and a larger yard for the bicycles",
                              "Village Life", "by Maren Holt January 18, 2017 11:00 PM"}));
    EXPECT_EQ(doc.meta.title, "Spring Opening at the Old Mill");
    expect_sole_author(doc, "Maren Holt");
}

TEST(TextCopy, PageCopyLongDeckUnderTheHeadlineIsNoTitle) {
    // The deck has more words than the headline (which counts for a headline) but too few for prose.
    const Document doc =
        read(page_copy_below_menu({"Today", "Spring Opening at the Old Mill",
                                   "The workshop that repaired the village's bicycles for thirty years "
                                   "reopens with new tools and a larger yard"}));
    EXPECT_EQ(doc.meta.title, "Spring Opening at the Old Mill");
}

TEST(TextCopy, PageCopyTeasersCutOffWithAnEllipsisAreNoProse) {
    // Cut-off teaser headlines of eight words or more above the article do not start the prose run, so
    // the headline below them, with its deck, date line and name, is found.
    std::vector<std::string> lines = {"Home",   "World", "Sports",  "Culture",     "Travel",
                                      "Food",   "Video", "Quizzes", "Shop",        "Subscribe",
                                      "Log In", "Menu",  "Search",  "Get Our App!"};
    for (int i = 0; i < 8; ++i)
        lines.push_back(std::to_string(20 + i) + " things every cyclist learns in the first rainy\u2026");
    for (const char* line :
         {"TOP POST", "653,817 VIEWS", "Student Mechanics Rebuild the Village Bicycle Fleet",
          "The workshop has taken on twelve apprentices this spring.",
          "posted on April 21, 2015, at 11:29 a.m.", "Maren Holt", "Staff Reporter"})
        lines.emplace_back(line);
    const Document doc = read(page_copy(lines));
    EXPECT_EQ(doc.meta.title, "Student Mechanics Rebuild the Village Bicycle Fleet");
    EXPECT_EQ(doc.meta.date, "2015-04-21");
}

TEST(TextCopy, PageCopyHeadlineBelowNoticesInsideTheProseRunWithItsDateAndBylineBelow) {
    std::string text = lines_of(kMenu);
    text +=
        "We use cookies and similar technologies to improve your browsing experience, personalize content "
        "and offers, and analyze our traffic.\nAccept and continue\nSign in\nLog in with your account to "
        "create or edit your custom homepage and set your newsletter preferences for the coming weeks.\n"
        "Register\nHow does the old mill keep its wheel turning through the winter?\n"
        "Published Thursday 27 July 2017\nBy Maren Holt\n";
    for (int i = 0; i < 4; ++i) text += "Visit " + std::to_string(i) + ": " + std::string(kProse) + "\n";
    const Document doc = read(text);
    EXPECT_EQ(doc.meta.title, "How does the old mill keep its wheel turning through the winter?");
    expect_sole_author(doc, "Maren Holt");
    ASSERT_FALSE(doc.blocks.empty());
    EXPECT_TRUE(plain_of(doc.blocks.front()).starts_with("Visit 0: ")) << plain_of(doc.blocks.front());
}

TEST(TextCopy, PageCopyCaptionEndingInItsCreditIsNoTitle) {
    const Document doc = read(page_copy(
        {"Home", "World", "Sports", "Subscribe", "Log In", "Menu", "Search", "Today",
         "Mill workshop reopens after thirty years", "The village repair shop has new owners and new tools.",
         "Copy link",
         "The new owners stand with their first customers in the yard of the old mill on a cold morning "
         "in March - Maren Holt/Village Press",
         "21.12.2018 14:55", "Listen"}));
    EXPECT_EQ(doc.meta.title, "Mill workshop reopens after thirty years");
}

TEST(TextCopy, PostedByAUserNameInLowerCaseIsABylineNotATitle) {
    const Document doc =
        read(page_copy({"log in sign up", "Home", "Game", "Screenshots", "Videos", "Modding", "Team",
                        "Support", "Help", "FAQ", "Forums", "Contact", "Friday Notes #282 - spring in sight",
                        "Posted by millfan, ropewalker on 2019-02-15, all posts"}));
    EXPECT_EQ(doc.meta.title, "Friday Notes #282 - spring in sight");
}

TEST(TextCopy, PageCopyHeadlineOverAnAgencyDatelineBeatsARelatedBoxWithBylines) {
    const Document doc = read(page_copy_below_menu(
        {"Home", "World", "A third mill reopens in the valley",
         "NTB 30 April 2015 at 07:19 (Updated: 30 April 2015 at 07:38)", "Facebook", "Twitter", "Email",
         "Print", "Reader mode", "The old mill in the morning light, 30 April 2015. (Photo Maren Holt)",
         "Related stories", "Report", "In the valley, a race against the season", "By Ola Berg", "Interview",
         "Millers: the more hours pass, the less we can do", "By Maren Holt"}));
    EXPECT_EQ(doc.meta.title, "A third mill reopens in the valley");
    EXPECT_TRUE(doc.meta.authors.empty());
}

TEST(TextCopy, PageCopyEndsAtALiveTickerLabel) {
    std::string text = page_copy_below_menu({"Spring Opening at the Old Mill", "By Maren Holt"});
    text += "NTB\nGet the newsletter\nLive updates\n14:44 Ferry fares rise again\n14:32\nHarbour.\n";
    text += "Ticker: " + std::string(kProse) + "\n14:10 The lighthouse reopens\n";
    text += "Ticker again: " + std::string(kProse) + "\n";
    const Document doc = read(text);
    ASSERT_FALSE(doc.blocks.empty());
    for (const Block& block : doc.blocks)
        EXPECT_FALSE(plain_of(block).starts_with("Ticker")) << plain_of(block);
}

TEST(TextCopy, PageCopyEndsBeforeTeasersWithASentenceEachBelowTheArticlesFurniture) {
    std::string text = page_copy_below_menu({"Spring Opening at the Old Mill", "By Maren Holt"});
    for (int i = 4; i < 10; ++i) text += "Visit " + std::to_string(i) + ": " + std::string(kProse) + "\n";
    for (const char* line : {"email", "print", "share", "Village Life", "Bicycles", "Tools", "Workshops",
                             "Follow us", "Popular in: Village Life"})
        text += std::string(line) + "\n";
    for (int i = 0; i < 3; ++i)
        text += "Teaser " + std::to_string(i) +
                ": The ferry timetable changes again next month, and the harbour master explains why.\n";
    const Document doc = read(text);
    expect_last_block_starts_with(doc, "Visit 9: ");
}

TEST(TextCopy, PageCopyRelatedBoxOfTeasersWithNamesAndDatesInsideTheArticleIsDropped) {
    std::string text = page_copy_below_menu({"Spring Opening at the Old Mill", "Maren Holt", "1:39 PM ET"});
    text += "Recommended\n";
    for (const char* teaser : {"The Twists and Turns of Repairing a Bicycle", "Ode to the Village Forge",
                               "Remembering the Mill's Last Wheel"})
        text += std::string(teaser) + "\nOla Berg\nJul 17, 2014\n";
    for (int i = 4; i < 8; ++i) text += "Visit " + std::to_string(i) + ": " + std::string(kProse) + "\n";
    const Document doc = read(text);
    EXPECT_EQ(doc.meta.title, "Spring Opening at the Old Mill");
    expect_last_block_starts_with(doc, "Visit 7: ");
    expect_nowhere(doc, "Forge");
}

TEST(TextCopy, PageCopyEndsAtARelatedLabelInOtherLanguages) {
    for (const char* label : {"Související", "Lesen Sie auch", "Leia também", "Czytaj także"}) {
        std::string text = page_copy_below_menu({"Spring Opening at the Old Mill", "By Maren Holt"});
        text += std::string(label) + "\n";
        for (const char* line :
             {"Ferry fares rise again", "29 photos", "The lighthouse keeper", "0:46", "Harbour news",
              "Advertisement", "Now", "1 minute ago", "Ferries", "Weather", "Tides"})
            text += std::string(line) + "\n";
        for (int i = 0; i < 4; ++i)
            text += "Teaser " + std::to_string(i) +
                    ": The ferry timetable changes again next month, and the harbour master explains why.\n";
        const Document doc = read(text);
        ASSERT_FALSE(doc.blocks.empty());
        EXPECT_TRUE(plain_of(doc.blocks.back()).starts_with("Visit 3: ")) << label;
    }
}

TEST(TextCopy, SiteNamePrintedTwiceAboveADatedHeadlineIsNoTitle) {
    const Document doc = read(
        "Mill Notes\nMill Notes\n\n06 DECEMBER 2016\nSaving Water: Reducing the Mill's Use by 65%\n\n"
        "Posted by Maren Holt, Engineer at the Mill\n\n" +
        std::string(kProse));
    EXPECT_EQ(doc.meta.title, "Saving Water: Reducing the Mill's Use by 65%");
    EXPECT_EQ(doc.meta.date, "2016-12-06");
    expect_sole_author(doc, "Maren Holt");
}

TEST(TextCopy, BlogNameAboveTheDateAndHeadlineBecomesTheKicker) {
    const Document doc = read("Mill Notes\n\nSunday, May 8, 2016\nSaving Water at the Old Mill\n" +
                              std::string(kProse) + "\n\n" + std::string(kProse));
    EXPECT_EQ(doc.meta.title, "Saving Water at the Old Mill");
    EXPECT_EQ(doc.meta.kicker, "Mill Notes");
    EXPECT_EQ(doc.meta.date, "2016-05-08");
}

TEST(TextCopy, PageCopyCountersBetweenHeadlineAndNameAreSkipped) {
    const Document doc =
        read(page_copy_below_menu({"How to Keep Your Bicycle Running Through the Winter", "321,046", "36",
                                   "Maren Holt", "Follow", "Filed to: bicycles", "winter", "repair", "tools",
                                   "Edit", "Delete", "Share to Mastodon", "Go to permalink"}));
    EXPECT_EQ(doc.meta.title, "How to Keep Your Bicycle Running Through the Winter");
    expect_sole_author(doc, "Maren Holt");
}

TEST(TextCopy, PageCopyHeadlinePrintedAgainBrokenOverTwoLinesBelow) {
    std::string text;
    for (const char* line :
         {"Ready to publish?", "Change the story's title and visibility as needed", "Maren Holt",
          "11 min read", "Featured Close Publish changes", "Sign in / Sign up", "Next story", "Next story"})
        text += std::string(line) + "\n";
    text +=
        "The author chose to make this story unlisted, which means only people with a link can see it. Are "
        "you "
        "sure you want to share it?\nThe Old Mill Project: Better Village Repairs\nShare on Twitter\nShare "
        "by "
        "email\nOld Mill Project:\n\n\nBetter Village Repairs\n\n";
    for (int i = 0; i < 4; ++i) text += "Visit " + std::to_string(i) + ": " + std::string(kProse) + "\n\n";
    EXPECT_EQ(read(text).meta.title, "The Old Mill Project: Better Village Repairs");
}

// A page copy: menus, the headline and byline, three paragraphs, then `middle`, then three more.
std::string article_around(const std::vector<std::string>& middle) {
    std::string text;
    for (const char* line : {"Home", "World", "Sports", "Subscribe", "Log In", "Menu", "Search", "Today",
                             "Spring Opening at the Old Mill", "By Maren Holt"})
        text += std::string(line) + "\n";
    for (int i = 0; i < 3; ++i) text += "Before " + std::to_string(i) + ": " + std::string(kProse) + "\n";
    for (const std::string& line : middle) text += line + "\n";
    for (int i = 0; i < 3; ++i) text += "After " + std::to_string(i) + ": " + std::string(kProse) + "\n";
    return text;
}

std::string all_text(const Document& doc) {
    std::string out;
    for (const Block& block : doc.blocks) out += plain_of(block) + "\n";
    return out;
}

TEST(TextCopy, PageCopySlideshowInsideTheArticleIsDropped) {
    std::vector<std::string> middle = {"Village news in pictures", "5 show all"};
    for (int i = 1; i <= 5; ++i) {
        middle.push_back(std::to_string(i) + "/5 Slide headline number " + std::to_string(i));
        middle.push_back("Slide caption " + std::to_string(i) +
                         ": the harbour master explains the new ferry timetable to the visitors.");
        middle.emplace_back("Agency Photo");
    }
    const std::string text = all_text(read(article_around(middle)));
    EXPECT_EQ(text.find("Slide"), std::string::npos) << text;
    EXPECT_EQ(text.find("in pictures"), std::string::npos) << text;
    EXPECT_NE(text.find("Before 2: "), std::string::npos);
    EXPECT_NE(text.find("After 0: "), std::string::npos);
}

TEST(TextCopy, PageCopyPlayerMenusInsideTheArticleAreDroppedButAListStays) {
    std::string text;
    for (const char* line : {"Home", "World", "Sports", "Subscribe", "Log In", "Menu", "Search", "Today",
                             "Spring Opening at the Old Mill", "By Maren Holt"})
        text += std::string(line) + "\n";
    for (int i = 0; i < 5; ++i) text += "Before " + std::to_string(i) + ": " + std::string(kProse) + "\n";
    for (int i = 0; i < 36; ++i)
        text += i % 3 == 0 ? "Foreground\n" : i % 3 == 1 ? "Transparent\n" : "Magenta\n";
    for (int i = 0; i < 5; ++i) text += "After " + std::to_string(i) + ": " + std::string(kProse) + "\n";
    const std::string menus = all_text(read(text));
    EXPECT_EQ(menus.find("Magenta"), std::string::npos) << menus;
    EXPECT_NE(menus.find("Before 0: "), std::string::npos) << menus;
    EXPECT_NE(menus.find("After 4: "), std::string::npos) << menus;
    const std::vector<std::string> list = {"Flour", "Sugar", "Butter", "Eggs",
                                           "Milk",  "Salt",  "Yeast",  "Honey"};
    EXPECT_NE(all_text(read(article_around(list))).find("Honey"), std::string::npos);
}

TEST(TextCopy, PageCopyLinkCardsInsideTheArticleAreDropped) {
    const std::string text =
        all_text(read(article_around({"How Mills Grind Grain How Mills Grind Grain How Mills Grind Grain",
                                      "When you walk into almost any mill, you are immediately overwhelmed "
                                      "by the noise of the\u2026 Read more "
                                      "Read more"})));
    EXPECT_EQ(text.find("Grind"), std::string::npos) << text;
    EXPECT_EQ(text.find("Read more"), std::string::npos) << text;
    EXPECT_NE(text.find("After 2: "), std::string::npos);
}

TEST(TextCopy, PageCopyEndsAtTheCopyrightNoticeButNotAtAPhotoCredit) {
    std::string text = article_around({"© Maren Holt"});
    text += "© 2019 Village Media Group. Terms of use and privacy policy apply to every page of this site.\n";
    text += "Footer: " + std::string(kProse) + "\n";
    const std::string all = all_text(read(text));
    EXPECT_NE(all.find("After 2: "), std::string::npos) << all;
    EXPECT_EQ(all.find("Footer: "), std::string::npos) << all;
}

}  // namespace
}  // namespace folio
