// Optimum-fit line breaking (Knuth and Plass) over boxes, glue and penalties, a bounded window at a time.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace folio::pdf {

enum class ItemType { Box, Glue, Penalty };

inline constexpr int kPenaltyInfinity = 10000;  // a penalty this high forbids the break, this low forces it
inline constexpr int kMaxFlaggedInRow = 2;      // no more hyphenated lines in a row are ever chosen

struct BreakItem {
    ItemType type = ItemType::Box;
    double width = 0;      // boxes and glue; for a penalty, the width added when breaking there (the hyphen)
    double stretch = 0;    // glue only
    double shrink = 0;     // glue only
    int penalty = 0;       // penalties only
    bool flagged = false;  // a hyphen break: two in a row cost extra
};

// Far more items than any real paragraph has (a few thousand words): only longer ones are broken in windows.
inline constexpr std::size_t kBreakWindow = 16384;

struct BreakParams {
    double line_width = 0;
    double tolerance = 2.0;     // largest adjustment ratio a line may have
    double ragged_stretch = 0;  // > 0: ragged-right; every line may fall short by this much at no cost
    // Demerits as in TeX: \linepenalty, \doublehyphendemerits, \finalhyphendemerits, \adjdemerits.
    int line_penalty = 10;
    int flagged_demerits = 10000;       // two hyphenated lines in a row
    int final_hyphen_demerits = 5000;   // a hyphen at the end of the second-to-last line
    int fitness_demerits = 10000;       // a line two or more fitness classes from the one before
    std::size_t window = kBreakWindow;  // items after the last committed line before more are committed
};

struct LineBreak {
    std::size_t item = 0;  // the glue or penalty the line ends at
    double ratio = 0;      // how far the line's glue stretches (> 0) or shrinks (< 0)
};

// A paragraph's items, made on demand, and the place its final lines go.
class BreakSource {
public:
    virtual ~BreakSource() = default;
    // Item i, nullptr after the last one (a forced break). Never asked for an item before the last break
    // passed to lines().
    virtual const BreakItem* item(std::size_t i) = 0;
    // Lines that are final, in order; called as soon as they are known.
    virtual void lines(std::span<const LineBreak> breaks) = 0;
};

// The breaks of the best set of lines. The items must end with a forced break (a penalty of
// -kPenaltyInfinity). A line before a forced break (a paragraph's last) is never shrunk, and no more than
// kMaxFlaggedInRow lines in a row end at flagged breaks. When no set of lines fits the tolerance, looser
// lines are accepted; when even that fails (a box wider than the line), lines are filled first-fit and may
// overflow.
//
// A paragraph of more than params.window items is never held whole. Once that many items follow the last
// committed line, the lines all candidate ways share are committed, which changes nothing; when they have
// not agreed on a line for half a window, the best way to the current break decides the lines up to half
// a window back instead, and the candidates that disagree are dropped. A fallback then starts again at the
// last committed line rather than at the paragraph's start, and optimum fit takes over again after a
// window of looser or first-fit lines.
void break_lines(BreakSource& source, const BreakParams& params);
std::vector<LineBreak> break_lines(const std::vector<BreakItem>& items, const BreakParams& params);

}  // namespace folio::pdf
