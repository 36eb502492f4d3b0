// Text statistics of the page's elements: text length, link text, and prose found by text density.
#pragma once

#include <cstddef>
#include <functional>
#include <unordered_map>

#include "input/html/html_tree.hpp"

namespace folio::html {

struct TextStats {
    std::size_t text = 0;       // code points of visible text in the subtree
    std::size_t link_text = 0;  // of which inside links
    std::size_t own_text = 0;   // code points of the element's own running text (not in child blocks)
    std::size_t own_link_text = 0;
    std::size_t prose = 0;  // code points in prose blocks of the subtree outside excluded subtrees
    std::size_t prose_blocks = 0;
};

// Measures every element once. A prose block is an element whose own running text (its text and
// inline children, not its child blocks) is long enough and not mostly links: a paragraph or a
// div with text. `excluded` marks subtrees whose prose does not count (page chrome).
class TextMeasure {
public:
    TextMeasure(const Node& root, const std::function<bool(const Node&)>& excluded);

    const TextStats& operator[](const Node& node) const;

    // Link text / text; 0 for an element without text.
    double link_density(const Node& node) const;

    static constexpr std::size_t kMinProseBlock = 25;  // code points

private:
    TextStats measure(const Node& node, const std::function<bool(const Node&)>& excluded, bool in_link);

    std::unordered_map<const Node*, TextStats> stats_;
    TextStats empty_{};
};

// The length in code points of HTML text with its white space collapsed.
std::size_t visible_length(std::string_view text);

}  // namespace folio::html
