// Optimum-fit line breaking (Knuth and Plass) over boxes, glue and penalties, a bounded window at a time.
#include "output/pdf/line_breaker.hpp"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <memory>

namespace folio::pdf {

namespace {

struct Totals {
    double width = 0, stretch = 0, shrink = 0;
};

struct Node {
    std::size_t position = 0;  // item index of the break (0 for the paragraph start)
    std::size_t line = 0;      // lines from the paragraph start to this break
    int fitness = 1;
    Totals totals;  // sums up to the first item of the next line
    double demerits = 0;
    double ratio = 0;
    bool flagged = false;
    int flagged_in_row = 0;          // lines ending at flagged breaks up to and including this one
    std::shared_ptr<Node> previous;  // nullptr for the paragraph start and the last committed break
};
using NodePtr = std::shared_ptr<Node>;

bool is_forced(const BreakItem& item) {
    return item.type == ItemType::Penalty && item.penalty <= -kPenaltyInfinity;
}

int fitness_class(double ratio) {
    if (ratio < -0.5) return 0;
    if (ratio <= 0.5) return 1;
    if (ratio <= 1.0) return 2;
    return 3;
}

enum class Outcome { Done, Failed, Committed };

class Breaker {
public:
    Breaker(BreakSource& source, const BreakParams& params)
        : source_(source), params_(params), root_(std::make_shared<Node>()) {}

    // Optimum fit within the tolerance, else with any stretch, else first fit; back to the first after a
    // fallback commits lines.
    void run() {
        int level = 0;
        for (;;) {
            const Outcome outcome = level == 0   ? optimum_fit(params_.tolerance, false)
                                    : level == 1 ? optimum_fit(1e6, true)
                                                 : first_fit();
            if (outcome == Outcome::Done) return;
            level = outcome == Outcome::Failed ? level + 1 : 0;
        }
    }

private:
    const BreakItem& at(std::size_t i) { return *source_.item(i); }

    bool is_breakpoint(std::size_t i) {
        const BreakItem& item = at(i);
        if (item.type == ItemType::Penalty) return item.penalty < kPenaltyInfinity;
        if (item.type == ItemType::Glue) return i > 0 && at(i - 1).type == ItemType::Box;
        return false;
    }

    // The totals of the items before i (penalties count nothing).
    Totals sum(std::size_t i) {
        while (sums_base_ + sums_.size() <= i) {
            const std::size_t last = sums_base_ + sums_.size() - 1;
            Totals next = sums_.back();
            const BreakItem& item = at(last);
            if (item.type != ItemType::Penalty) {
                next.width += item.width;
                if (item.type == ItemType::Glue) {
                    next.stretch += item.stretch;
                    next.shrink += item.shrink;
                }
            }
            sums_.push_back(next);
        }
        return sums_[i - sums_base_];
    }

    // The sums after breaking at i: glue and penalties that follow the break are discarded.
    Totals totals_after(std::size_t i) {
        Totals t = sum(i);
        for (std::size_t j = i;; ++j) {
            const BreakItem* item = source_.item(j);
            if (item == nullptr || item->type == ItemType::Box) break;
            if (is_forced(*item) && j > i) break;
            if (item->type == ItemType::Glue) {
                t.width += item->width;
                t.stretch += item->stretch;
                t.shrink += item->shrink;
            }
        }
        return t;
    }

    // The breaks from the root (exclusive) to node (inclusive).
    std::vector<LineBreak> path_to(const Node* node) const {
        std::vector<LineBreak> breaks;
        for (const Node* n = node; n != root_.get(); n = n->previous.get())
            breaks.push_back(LineBreak{n->position, n->ratio});
        std::reverse(breaks.begin(), breaks.end());
        return breaks;
    }

    // Hands final lines to the source; the next line starts after next_root, and nothing before it is kept.
    void commit(const std::vector<LineBreak>& breaks, NodePtr next_root) {
        root_ = std::move(next_root);
        root_->previous.reset();
        start_ = root_->position + 1;
        while (sums_base_ < root_->position && sums_.size() > 1) {
            sums_.pop_front();
            ++sums_base_;
        }
        if (!breaks.empty()) source_.lines(breaks);
    }

    static bool descends_from(const Node* node, const Node* ancestor) {
        while (node != nullptr && node->line > ancestor->line) node = node->previous.get();
        return node == ancestor;
    }

    // The latest break every active node's lines pass through.
    static NodePtr common_ancestor(const std::vector<NodePtr>& active) {
        const Node* shared = active.front().get();
        for (const NodePtr& a : active) {
            const Node* n = a.get();
            while (n->line > shared->line) n = n->previous.get();
            while (shared->line > n->line) shared = shared->previous.get();
            while (n != shared) {
                n = n->previous.get();
                shared = shared->previous.get();
            }
        }
        NodePtr found = active.front();
        while (found.get() != shared) found = found->previous;
        return found;
    }

    // The last break before horizon on the way to node; its first break when even that one is later.
    NodePtr break_before(NodePtr node, std::size_t horizon) const {
        NodePtr later = node;
        while (node != root_ && node->position >= horizon) {
            later = node;
            node = node->previous;
        }
        return node == root_ ? later : node;
    }

    // With the window full: commits the lines all candidates share. When they have not agreed on any for
    // half a window, commits instead the lines of the best way to this break up to half a window back, and
    // drops the candidates that disagree with them. False when there is nothing to commit yet.
    bool commit_window(std::vector<NodePtr>& active, std::size_t position) {
        const std::size_t horizon = position - params_.window / 2;
        NodePtr chosen = common_ancestor(active);
        if (chosen->position < horizon) {
            NodePtr best;
            for (const NodePtr& a : active)
                if (a->position == position && (!best || a->demerits < best->demerits)) best = a;
            if (best) {
                chosen = break_before(best, horizon);
                std::erase_if(active,
                              [&](const NodePtr& a) { return !descends_from(a.get(), chosen.get()); });
            }
        }
        if (chosen == root_) return false;
        commit(path_to(chosen.get()), chosen);
        return true;
    }

    struct Candidate {
        NodePtr from;
        double demerits = 0;
        double ratio = 0;
    };

    Outcome optimum_fit(double tolerance, bool return_on_commit) {
        std::vector<NodePtr> active{root_};
        std::size_t i = start_;
        for (const BreakItem* next = source_.item(i); next != nullptr; next = source_.item(++i)) {
            const BreakItem item = *next;
            if (!is_breakpoint(i)) continue;
            const bool forced = is_forced(item);
            const Totals here = sum(i);
            Candidate best[4][kMaxFlaggedInRow + 1];  // by fitness class and flagged lines in a row
            std::size_t kept = 0;
            for (std::size_t k = 0; k < active.size(); ++k) {
                const Node& a = *active[k];
                double natural = here.width - a.totals.width;
                if (item.type == ItemType::Penalty) natural += item.width;
                const double stretch = here.stretch - a.totals.stretch + params_.ragged_stretch;
                const double shrink =
                    params_.ragged_stretch > 0 || forced ? 0.0 : here.shrink - a.totals.shrink;
                double ratio = 0;
                if (natural < params_.line_width)
                    ratio = stretch > 0 ? (params_.line_width - natural) / stretch
                                        : std::numeric_limits<double>::infinity();
                else if (natural > params_.line_width)
                    ratio = shrink > 0 ? (params_.line_width - natural) / shrink
                                       : -std::numeric_limits<double>::infinity();
                const bool keep = ratio >= -1 && !forced;
                const int in_row = item.flagged ? a.flagged_in_row + 1 : 0;
                if (ratio >= -1 && ratio <= tolerance && in_row <= kMaxFlaggedInRow) {
                    const double badness = std::min(100.0 * std::pow(std::fabs(ratio), 3), 10000.0);
                    double demerits = std::pow(params_.line_penalty + badness, 2);
                    if (item.type == ItemType::Penalty) {
                        if (item.penalty >= 0)
                            demerits += static_cast<double>(item.penalty) * item.penalty;
                        else if (!forced)
                            demerits -= static_cast<double>(item.penalty) * item.penalty;
                    }
                    if (item.flagged && a.flagged) demerits += params_.flagged_demerits;
                    if (forced && a.flagged) demerits += params_.final_hyphen_demerits;
                    const int fitness = fitness_class(ratio);
                    if (std::abs(fitness - a.fitness) > 1) demerits += params_.fitness_demerits;
                    demerits += a.demerits;
                    Candidate& slot = best[fitness][in_row];
                    if (!slot.from || demerits < slot.demerits) slot = Candidate{active[k], demerits, ratio};
                }
                if (keep) active[kept++] = std::move(active[k]);
            }
            active.resize(kept);
            bool any = false;
            for (const auto& by_fitness : best)
                for (const Candidate& candidate : by_fitness) any = any || candidate.from;
            if (any) {
                const Totals after = totals_after(i);
                for (int fitness = 0; fitness < 4; ++fitness) {
                    for (int in_row = 0; in_row <= kMaxFlaggedInRow; ++in_row) {
                        Candidate& candidate = best[fitness][in_row];
                        if (!candidate.from) continue;
                        auto node = std::make_shared<Node>();
                        node->position = i;
                        node->line = candidate.from->line + 1;
                        node->fitness = fitness;
                        node->totals = after;
                        node->demerits = candidate.demerits;
                        node->ratio = candidate.ratio;
                        node->flagged = item.flagged;
                        node->flagged_in_row = in_row;
                        node->previous = std::move(candidate.from);
                        active.push_back(std::move(node));
                    }
                }
            }
            if (active.empty()) return Outcome::Failed;
            if (i - root_->position > params_.window && commit_window(active, i) && return_on_commit)
                return Outcome::Committed;
        }
        if (i == start_) return Outcome::Done;  // nothing after the last committed line
        NodePtr chosen;
        for (const NodePtr& a : active)
            if (a->position == i - 1 && (!chosen || a->demerits < chosen->demerits)) chosen = a;
        if (!chosen) return Outcome::Failed;
        commit(path_to(chosen.get()), chosen);
        return Outcome::Done;
    }

    // Lines filled as far as they go, breaking at the last breakpoint that fits (or overflowing).
    Outcome first_fit() {
        std::vector<LineBreak> breaks;
        double width = 0;
        std::size_t last_break = 0;
        bool have_break = false;
        bool line_has_box = false;
        std::size_t i = start_;
        for (const BreakItem* next = source_.item(i); next != nullptr; next = source_.item(++i)) {
            const BreakItem item = *next;
            if (is_forced(item)) {
                breaks.push_back(LineBreak{i, 0});
                width = 0;
                line_has_box = false;
                have_break = false;
                if (i - root_->position > params_.window) return hand_back(breaks);
                continue;
            }
            if (is_breakpoint(i) && line_has_box) {
                last_break = i;
                have_break = true;
            }
            if (item.type == ItemType::Penalty) continue;
            if (!line_has_box && item.type == ItemType::Glue) continue;
            if (item.type == ItemType::Box && line_has_box && width + item.width > params_.line_width &&
                have_break) {
                breaks.push_back(LineBreak{last_break, 0});
                if (i - root_->position > params_.window) return hand_back(breaks);
                width = 0;
                for (std::size_t j = last_break + 1; j < i; ++j)
                    if (at(j).type == ItemType::Box) width += at(j).width;
                have_break = false;
            }
            width += item.width;
            if (item.type == ItemType::Box) line_has_box = true;
        }
        if (!breaks.empty()) source_.lines(breaks);
        return Outcome::Done;
    }

    // Commits first-fit lines; optimum fit takes over after the last of them.
    Outcome hand_back(const std::vector<LineBreak>& breaks) {
        auto next_root = std::make_shared<Node>();
        next_root->position = breaks.back().item;
        next_root->line = root_->line + breaks.size();
        next_root->totals = totals_after(next_root->position);
        next_root->flagged = at(next_root->position).flagged;
        next_root->flagged_in_row = next_root->flagged ? 1 : 0;
        commit(breaks, std::move(next_root));
        return Outcome::Committed;
    }

    BreakSource& source_;
    const BreakParams& params_;
    NodePtr root_;           // the paragraph start or the last committed break
    std::size_t start_ = 0;  // the first item after the root
    std::deque<Totals> sums_{Totals{}};
    std::size_t sums_base_ = 0;  // the item index of sums_.front()
};

// The items of a whole paragraph in memory.
class VectorSource final : public BreakSource {
public:
    explicit VectorSource(const std::vector<BreakItem>& items) : items_(items) {}
    const BreakItem* item(std::size_t i) override { return i < items_.size() ? &items_[i] : nullptr; }
    void lines(std::span<const LineBreak> breaks) override {
        breaks_.insert(breaks_.end(), breaks.begin(), breaks.end());
    }
    std::vector<LineBreak> breaks_;

private:
    const std::vector<BreakItem>& items_;
};

}  // namespace

void break_lines(BreakSource& source, const BreakParams& params) { Breaker(source, params).run(); }

std::vector<LineBreak> break_lines(const std::vector<BreakItem>& items, const BreakParams& params) {
    VectorSource source(items);
    break_lines(source, params);
    return std::move(source.breaks_);
}

}  // namespace folio::pdf
