// Finding the article inside the page by text density, like Readability and trafilatura.
#include "input/html/main_content.hpp"

#include "input/html/html_tables.hpp"

namespace folio::html {

namespace {

constexpr double kNearlyAll = 0.85;          // share of the prose a child must hold to descend into it
constexpr double kClearWinner = 0.65;        // or this share, when the rest lies in feeds after it
constexpr double kFeedLinks = 0.3;           // link density of a teaser feed
constexpr std::size_t kMinWinnerBlocks = 3;  // prose blocks of such a child: an article, not a paragraph
constexpr double kSemanticMost = 0.6;        // share a semantic article element must hold
constexpr int kMaxLevelsToTitle = 3;         // how far above the content the title region may start

bool is_semantic_article(const Node& element) {
    return element.is("article") || element.is("main") || element.attribute("itemprop") == "articleBody" ||
           element.attribute("role") == "main";
}

const Node* heaviest_child(const Node& node, const TextMeasure& measure) {
    const Node* best = nullptr;
    for (const auto& child : node.children)
        if (child->is_element() && (best == nullptr || measure[*child].prose > measure[*best].prose))
            best = child.get();
    return best;
}

// True when no other child holds prose but for link-dense ones after the heaviest: teaser feeds and
// timelines below the article (the article's own parts carry few links).
bool only_feeds_beside(const Node& node, const Node& heaviest, const TextMeasure& measure) {
    bool before = true;
    for (const auto& child : node.children) {
        if (child.get() == &heaviest) {
            before = false;
            continue;
        }
        if (!child->is_element() || measure[*child].prose == 0) continue;
        if (before || measure.link_density(*child) < kFeedLinks) return false;
    }
    return true;
}

const Node* descend(const Node* node, const TextMeasure& measure) {
    while (true) {
        const Node* child = heaviest_child(*node, measure);
        if (child == nullptr) return node;
        const double share = static_cast<double>(measure[*child].prose);
        const double prose = static_cast<double>(measure[*node].prose);
        const bool clear_winner = measure[*child].prose_blocks >= kMinWinnerBlocks &&
                                  share >= kClearWinner * prose && only_feeds_beside(*node, *child, measure);
        if (share < kNearlyAll * prose && !clear_winner) return node;
        if (child->is("table") && is_data_table(*child)) return node;  // prose in its cells: still a table
        node = child;
    }
}

// The deepest semantic article element inside `node` that holds most of its prose.
const Node* semantic_inside(const Node& node, const TextMeasure& measure) {
    const Node* found = nullptr;
    const double prose = static_cast<double>(measure[node].prose);
    for (const Node* element : elements_of(node))
        if (element != &node && is_semantic_article(*element) &&
            static_cast<double>(measure[*element].prose) >= kSemanticMost * prose)
            found = element;  // document order visits ancestors first, so the last one is the deepest
    return found;
}

}  // namespace

const Node* find_main_content(const Node& body, const TextMeasure& measure) {
    if (measure[body].prose == 0) return nullptr;
    const Node* content = descend(&body, measure);
    if (const Node* semantic = semantic_inside(*content, measure)) content = descend(semantic, measure);
    return content;
}

const Node& article_root(const Node& content, const Node* title) {
    if (title == nullptr) return content;
    const Node* common = common_ancestor(content, *title);
    if (common == nullptr || content.depth - common->depth > kMaxLevelsToTitle) return content;
    return *common;
}

}  // namespace folio::html
