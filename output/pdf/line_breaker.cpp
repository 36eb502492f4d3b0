// Optimum-fit line breaking (Knuth and Plass) over boxes, glue and penalties.
#include "output/pdf/line_breaker.hpp"

#include <cmath>
#include <limits>
#include <memory>
#include <optional>

namespace folio::pdf {

namespace {

struct Totals {
    double width = 0, stretch = 0, shrink = 0;
};

struct Node {
    std::size_t position = 0;  // item index of the break (0 for the paragraph start)
    int fitness = 1;
    Totals totals;  // sums up to the first item of the next line
    double demerits = 0;
    double ratio = 0;
    bool flagged = false;
    std::shared_ptr<const Node> previous;
};

bool is_breakpoint(const std::vector<BreakItem>& items, std::size_t i) {
    const BreakItem& item = items[i];
    if (item.type == ItemType::Penalty) return item.penalty < kPenaltyInfinity;
    if (item.type == ItemType::Glue) return i > 0 && items[i - 1].type == ItemType::Box;
    return false;
}

int fitness_class(double ratio) {
    if (ratio < -0.5) return 0;
    if (ratio <= 0.5) return 1;
    if (ratio <= 1.0) return 2;
    return 3;
}

// The sums after breaking at i: glue and penalties that follow the break are discarded.
Totals totals_after(const std::vector<BreakItem>& items, const std::vector<Totals>& sums, std::size_t i) {
    Totals t = sums[i];
    for (std::size_t j = i; j < items.size(); ++j) {
        const BreakItem& item = items[j];
        if (item.type == ItemType::Box) break;
        if (item.type == ItemType::Penalty && item.penalty <= -kPenaltyInfinity && j > i) break;
        if (item.type == ItemType::Glue) {
            t.width += item.width;
            t.stretch += item.stretch;
            t.shrink += item.shrink;
        }
    }
    return t;
}

std::optional<std::vector<LineBreak>> optimum_fit(const std::vector<BreakItem>& items,
                                                  const BreakParams& params, double tolerance) {
    std::vector<Totals> sums(items.size() + 1);
    for (std::size_t i = 0; i < items.size(); ++i) {
        sums[i + 1] = sums[i];
        if (items[i].type == ItemType::Penalty) continue;
        sums[i + 1].width += items[i].width;
        if (items[i].type == ItemType::Glue) {
            sums[i + 1].stretch += items[i].stretch;
            sums[i + 1].shrink += items[i].shrink;
        }
    }
    std::vector<std::shared_ptr<const Node>> active{std::make_shared<const Node>()};
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!is_breakpoint(items, i)) continue;
        const BreakItem& item = items[i];
        const bool forced = item.type == ItemType::Penalty && item.penalty <= -kPenaltyInfinity;
        std::shared_ptr<const Node> best[4];
        std::vector<std::shared_ptr<const Node>> still_active;
        for (const auto& a : active) {
            double natural = sums[i].width - a->totals.width;
            if (item.type == ItemType::Penalty) natural += item.width;
            const double stretch = sums[i].stretch - a->totals.stretch + params.ragged_stretch;
            const double shrink = params.ragged_stretch > 0 ? 0.0 : sums[i].shrink - a->totals.shrink;
            double ratio = 0;
            if (natural < params.line_width)
                ratio = stretch > 0 ? (params.line_width - natural) / stretch
                                    : std::numeric_limits<double>::infinity();
            else if (natural > params.line_width)
                ratio = shrink > 0 ? (params.line_width - natural) / shrink
                                   : -std::numeric_limits<double>::infinity();
            if (ratio >= -1 && !forced) still_active.push_back(a);
            if (ratio < -1 || ratio > tolerance) continue;
            const double badness = std::min(100.0 * std::pow(std::fabs(ratio), 3), 10000.0);
            double demerits = std::pow(params.line_penalty + badness, 2);
            if (item.type == ItemType::Penalty) {
                if (item.penalty >= 0)
                    demerits += static_cast<double>(item.penalty) * item.penalty;
                else if (!forced)
                    demerits -= static_cast<double>(item.penalty) * item.penalty;
            }
            if (item.flagged && a->flagged) demerits += params.flagged_demerits;
            const int fitness = fitness_class(ratio);
            if (std::abs(fitness - a->fitness) > 1) demerits += params.fitness_demerits;
            demerits += a->demerits;
            if (!best[fitness] || demerits < best[fitness]->demerits) {
                auto node = std::make_shared<Node>();
                node->position = i;
                node->fitness = fitness;
                node->demerits = demerits;
                node->ratio = ratio;
                node->flagged = item.flagged;
                node->previous = a;
                best[fitness] = node;
            }
        }
        active = std::move(still_active);
        const Totals after = totals_after(items, sums, i);
        for (auto& candidate : best) {
            if (!candidate) continue;
            auto node = std::make_shared<Node>(*candidate);
            node->totals = after;
            active.push_back(std::move(node));
        }
        if (active.empty()) return std::nullopt;
    }
    std::shared_ptr<const Node> chosen;
    for (const auto& a : active)
        if (a->position == items.size() - 1 && (!chosen || a->demerits < chosen->demerits)) chosen = a;
    if (!chosen) return std::nullopt;
    std::vector<LineBreak> breaks;
    for (const Node* n = chosen.get(); n != nullptr && n->previous; n = n->previous.get())
        breaks.push_back(LineBreak{n->position, n->ratio});
    return std::vector<LineBreak>(breaks.rbegin(), breaks.rend());
}

// Lines filled as far as they go, breaking at the last breakpoint that fits (or overflowing).
std::vector<LineBreak> first_fit(const std::vector<BreakItem>& items, const BreakParams& params) {
    std::vector<LineBreak> breaks;
    double width = 0;
    std::size_t last_break = 0;
    bool have_break = false;
    bool line_has_box = false;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const BreakItem& item = items[i];
        const bool forced = item.type == ItemType::Penalty && item.penalty <= -kPenaltyInfinity;
        if (forced) {
            breaks.push_back(LineBreak{i, 0});
            width = 0;
            line_has_box = false;
            have_break = false;
            continue;
        }
        if (is_breakpoint(items, i) && line_has_box) {
            last_break = i;
            have_break = true;
        }
        if (item.type == ItemType::Penalty) continue;
        if (!line_has_box && item.type == ItemType::Glue) continue;
        if (item.type == ItemType::Box && line_has_box && width + item.width > params.line_width &&
            have_break) {
            breaks.push_back(LineBreak{last_break, 0});
            width = 0;
            for (std::size_t j = last_break + 1; j < i; ++j)
                if (items[j].type == ItemType::Box) width += items[j].width;
            have_break = false;
        }
        width += item.width;
        if (item.type == ItemType::Box) line_has_box = true;
    }
    return breaks;
}

}  // namespace

std::vector<LineBreak> break_lines(const std::vector<BreakItem>& items, const BreakParams& params) {
    if (items.empty()) return {};
    if (auto breaks = optimum_fit(items, params, params.tolerance)) return *breaks;
    if (auto breaks = optimum_fit(items, params, 1e6)) return *breaks;
    return first_fit(items, params);
}

}  // namespace folio::pdf
