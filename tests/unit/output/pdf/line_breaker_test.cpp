// Tests for the optimum-fit line breaker and the pagination keep rules.
#include <gtest/gtest.h>

#include "output/pdf/line_breaker.hpp"
#include "output/pdf/pagination.hpp"

namespace folio::pdf {
namespace {

// Words of the given widths separated by spaces of width 3 (stretch 1.5, shrink 1), ending the paragraph.
std::vector<BreakItem> words(const std::vector<double>& widths) {
    std::vector<BreakItem> items;
    for (std::size_t i = 0; i < widths.size(); ++i) {
        if (i > 0) items.push_back(BreakItem{ItemType::Glue, 3, 1.5, 1, 0, false});
        items.push_back(BreakItem{ItemType::Box, widths[i], 0, 0, 0, false});
    }
    items.push_back(BreakItem{ItemType::Glue, 0, 1e6, 0, 0, false});
    items.push_back(BreakItem{ItemType::Penalty, 0, 0, 0, -kPenaltyInfinity, false});
    return items;
}

double natural_width(const std::vector<BreakItem>& items, std::size_t from, std::size_t to) {
    while (from < to && items[from].type != ItemType::Box) ++from;
    double width = 0;
    for (std::size_t i = from; i < to; ++i)
        if (items[i].type != ItemType::Penalty) width += items[i].width;
    return width;
}

TEST(PdfLineBreaker, EveryLineFitsWithinTheTolerance) {
    std::vector<double> widths;
    for (int i = 0; i < 60; ++i) widths.push_back(12 + (i * 7) % 23);
    const std::vector<BreakItem> items = words(widths);
    BreakParams params;
    params.line_width = 150;
    const std::vector<LineBreak> breaks = break_lines(items, params);
    ASSERT_GE(breaks.size(), 5u);
    EXPECT_EQ(breaks.back().item, items.size() - 1);
    std::size_t start = 0;
    for (std::size_t k = 0; k + 1 < breaks.size(); ++k) {
        EXPECT_EQ(items[breaks[k].item].type, ItemType::Glue);
        EXPECT_LE(breaks[k].ratio, params.tolerance);
        EXPECT_GE(breaks[k].ratio, -1.0);
        const double width = natural_width(items, start, breaks[k].item);
        EXPECT_LE(width - params.line_width, width * 0.2);  // at most what the glue can shrink
        start = breaks[k].item + 1;
    }
}

TEST(PdfLineBreaker, BreaksAShortParagraphIntoTwoFittingLines) {
    const std::vector<BreakItem> items = words({40, 40, 40, 10, 50, 50});
    BreakParams params;
    params.line_width = 128;
    const std::vector<LineBreak> breaks = break_lines(items, params);
    ASSERT_EQ(breaks.size(), 2u);
    EXPECT_LE(std::abs(breaks[0].ratio), params.tolerance);
}

TEST(PdfLineBreaker, ForcedBreaksAreHonoured) {
    std::vector<BreakItem> items = words({20, 20});
    std::vector<BreakItem> tail = words({20});
    items.insert(items.end(), tail.begin(), tail.end());
    BreakParams params;
    params.line_width = 200;
    const std::vector<LineBreak> breaks = break_lines(items, params);
    ASSERT_EQ(breaks.size(), 2u);
    EXPECT_EQ(items[breaks[0].item].penalty, -kPenaltyInfinity);
}

TEST(PdfLineBreaker, AWordWiderThanTheLineOverflowsInsteadOfFailing) {
    const std::vector<BreakItem> items = words({30, 400, 30});
    BreakParams params;
    params.line_width = 100;
    const std::vector<LineBreak> breaks = break_lines(items, params);
    ASSERT_GE(breaks.size(), 2u);
    EXPECT_EQ(breaks.back().item, items.size() - 1);
}

TEST(PdfLineBreaker, RaggedRightNeverStretchesTheGlue) {
    std::vector<double> widths(30, 25);
    std::vector<BreakItem> items = words(widths);
    for (BreakItem& item : items)
        if (item.type == ItemType::Glue && item.stretch < 1e5) item.stretch = item.shrink = 0;
    BreakParams params;
    params.line_width = 170;
    params.ragged_stretch = 30;
    const std::vector<LineBreak> breaks = break_lines(items, params);
    ASSERT_GE(breaks.size(), 4u);
    std::size_t start = 0;
    for (const LineBreak& brk : breaks) {
        EXPECT_LE(natural_width(items, start, brk.item), params.line_width);
        start = brk.item + 1;
    }
}

void expect_complete(const std::vector<BreakItem>& items, const std::vector<LineBreak>& breaks);

TEST(PdfLineBreaker, TheLastLineIsNeverShrunk) {
    // Shrinking the spaces would fit all five words on one line; the last line may not shrink, so it breaks.
    const std::vector<BreakItem> items = words({40, 40, 40, 40, 40});
    BreakParams params;
    params.line_width = 208;  // the natural width is 212
    const std::vector<LineBreak> breaks = break_lines(items, params);
    ASSERT_EQ(breaks.size(), 2u);
    EXPECT_LE(natural_width(items, breaks[0].item + 1, breaks[1].item), params.line_width);
}

// Words of width 30 with a hyphen break (width 4) inside each that is rewarded rather than penalised.
std::vector<BreakItem> words_inviting_hyphens(std::size_t count) {
    std::vector<BreakItem> items;
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0) items.push_back(BreakItem{ItemType::Glue, 3, 1.5, 1, 0, false});
        items.push_back(BreakItem{ItemType::Box, 15, 0, 0, 0, false});
        items.push_back(BreakItem{ItemType::Penalty, 4, 0, 0, -1000, true});
        items.push_back(BreakItem{ItemType::Box, 15, 0, 0, 0, false});
    }
    items.push_back(BreakItem{ItemType::Glue, 0, 1e6, 0, 0, false});
    items.push_back(BreakItem{ItemType::Penalty, 0, 0, 0, -kPenaltyInfinity, false});
    return items;
}

TEST(PdfLineBreaker, NeverMoreThanTwoHyphenatedLinesInARow) {
    const std::vector<BreakItem> items = words_inviting_hyphens(60);
    BreakParams params;
    params.line_width = 150;
    params.flagged_demerits = 0;  // only the limit keeps the hyphens apart
    const std::vector<LineBreak> breaks = break_lines(items, params);
    expect_complete(items, breaks);
    ASSERT_GE(breaks.size(), 8u);
    int in_row = 0;
    int hyphenated = 0;
    for (const LineBreak& brk : breaks) {
        in_row = items[brk.item].flagged ? in_row + 1 : 0;
        hyphenated += items[brk.item].flagged;
        EXPECT_LE(in_row, kMaxFlaggedInRow);
    }
    EXPECT_GE(hyphenated, static_cast<int>(breaks.size()) / 2);
}

// Checks that the breaks are legal breakpoints in increasing order and that the last ends the paragraph.
void expect_complete(const std::vector<BreakItem>& items, const std::vector<LineBreak>& breaks) {
    ASSERT_FALSE(breaks.empty());
    EXPECT_EQ(breaks.back().item, items.size() - 1);
    for (std::size_t k = 0; k < breaks.size(); ++k) {
        const std::size_t at = breaks[k].item;
        ASSERT_LT(at, items.size());
        if (k > 0) {
            EXPECT_GT(at, breaks[k - 1].item);
        }
        const BreakItem& item = items[at];
        const bool legal = item.type == ItemType::Penalty
                               ? item.penalty < kPenaltyInfinity
                               : item.type == ItemType::Glue && at > 0 && items[at - 1].type == ItemType::Box;
        EXPECT_TRUE(legal) << "line " << k << " ends at item " << at;
    }
}

std::vector<double> periodic_widths(std::size_t count) {
    std::vector<double> widths;
    for (std::size_t i = 0; i < count; ++i) widths.push_back(12 + static_cast<double>((i * 7) % 23));
    return widths;
}

TEST(PdfLineBreaker, AParagraphLongerThanTheWindowGetsTheSameLinesWhenTheCandidatesAgree) {
    const std::vector<BreakItem> items = words(periodic_widths(3000));
    BreakParams whole;
    whole.line_width = 150;
    ASSERT_GT(whole.window, items.size());
    BreakParams windowed = whole;
    windowed.window = 300;
    const std::vector<LineBreak> expected = break_lines(items, whole);
    const std::vector<LineBreak> breaks = break_lines(items, windowed);
    expect_complete(items, breaks);
    ASSERT_EQ(breaks.size(), expected.size());
    for (std::size_t k = 0; k < breaks.size(); ++k) {
        EXPECT_EQ(breaks[k].item, expected[k].item) << "line " << k;
        EXPECT_EQ(breaks[k].ratio, expected[k].ratio) << "line " << k;
    }
}

TEST(PdfLineBreaker, AWindowTooSmallForTheCandidatesToAgreeStillSetsEveryLineWithinTheTolerance) {
    const std::vector<BreakItem> items = words(periodic_widths(3000));
    BreakParams params;
    params.line_width = 150;
    params.tolerance = 5;  // many candidates stay feasible ...
    params.window = 40;    // ... and do not agree within a few lines: the best way so far decides
    const std::vector<LineBreak> breaks = break_lines(items, params);
    expect_complete(items, breaks);
    for (std::size_t k = 0; k + 1 < breaks.size(); ++k) {
        EXPECT_LE(breaks[k].ratio, params.tolerance) << "line " << k;
        EXPECT_GE(breaks[k].ratio, -1.0) << "line " << k;
    }
}

TEST(PdfLineBreaker, InALongParagraphAWordWiderThanTheLineFallsBackToFirstFitOnlyAroundIt) {
    std::vector<double> widths = periodic_widths(3000);
    for (std::size_t i = 250; i < widths.size(); i += 1000) widths[i] = 400;
    const std::vector<BreakItem> items = words(widths);
    BreakParams params;
    params.line_width = 150;
    const std::vector<LineBreak> whole = break_lines(items, params);
    expect_complete(items, whole);
    for (const LineBreak& brk : whole) EXPECT_EQ(brk.ratio, 0.0) << "first fit throughout";
    params.window = 300;
    const std::vector<LineBreak> windowed = break_lines(items, params);
    expect_complete(items, windowed);
    std::size_t justified = 0;
    for (const LineBreak& brk : windowed) justified += brk.ratio != 0.0;
    EXPECT_GT(justified, windowed.size() / 2);
}

Row line_row(bool keep) {
    Row row;
    row.height = 10;
    row.keep_with_next = keep;
    return row;
}

TEST(PdfPagination, KeepsRowsTogetherAcrossThePageBreak) {
    // 9 free rows, then a heading that keeps with the next two rows: the heading moves to page two.
    std::vector<Row> rows;
    for (int i = 0; i < 9; ++i) rows.push_back(line_row(false));
    rows.push_back(line_row(true));  // heading
    rows.push_back(line_row(true));  // first line of a paragraph (no orphan)
    rows.push_back(line_row(false));
    const std::vector<PageRows> pages = paginate(rows, 105);
    ASSERT_EQ(pages.size(), 2u);
    EXPECT_EQ(pages[0].rows.size(), 9u);
    EXPECT_EQ(pages[1].rows.front().row, &rows[9]);
    EXPECT_TRUE(pages[1].rows.front().first_on_page);
    EXPECT_DOUBLE_EQ(pages[1].rows.front().top, 0.0);
}

TEST(PdfPagination, SpaceBeforeIsDroppedAtThePageTopAndKeepsYieldWhenAPageWouldBeEmpty) {
    std::vector<Row> rows(30, line_row(true));
    rows.back().keep_with_next = false;
    for (Row& row : rows) row.space_before = 4;
    const std::vector<PageRows> pages = paginate(rows, 100);
    ASSERT_GE(pages.size(), 2u);
    std::size_t placed = 0;
    for (const PageRows& page : pages) {
        EXPECT_DOUBLE_EQ(page.rows.front().top, 0.0);
        placed += page.rows.size();
    }
    EXPECT_EQ(placed, rows.size());
}

}  // namespace
}  // namespace folio::pdf
