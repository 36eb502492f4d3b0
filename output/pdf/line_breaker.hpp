// Optimum-fit line breaking (Knuth and Plass) over boxes, glue and penalties.
#pragma once

#include <cstddef>
#include <vector>

namespace folio::pdf {

enum class ItemType { Box, Glue, Penalty };

inline constexpr int kPenaltyInfinity = 10000;  // a penalty this high forbids the break, this low forces it

struct BreakItem {
    ItemType type = ItemType::Box;
    double width = 0;      // boxes and glue; for a penalty, the width added when breaking there (the hyphen)
    double stretch = 0;    // glue only
    double shrink = 0;     // glue only
    int penalty = 0;       // penalties only
    bool flagged = false;  // a hyphen break: two in a row cost extra
};

struct BreakParams {
    double line_width = 0;
    double tolerance = 2.0;     // largest adjustment ratio a line may have
    double ragged_stretch = 0;  // > 0: ragged-right; every line may fall short by this much at no cost
    int line_penalty = 10;
    int flagged_demerits = 3000;
    int fitness_demerits = 100;
};

struct LineBreak {
    std::size_t item = 0;  // the glue or penalty the line ends at
    double ratio = 0;      // how far the line's glue stretches (> 0) or shrinks (< 0)
};

// The breaks of the best set of lines. The items must end with a forced break (a penalty of
// -kPenaltyInfinity). When no set of lines fits the tolerance, looser lines are accepted; when even that
// fails (a box wider than the line), lines are filled first-fit and may overflow.
std::vector<LineBreak> break_lines(const std::vector<BreakItem>& items, const BreakParams& params);

}  // namespace folio::pdf
