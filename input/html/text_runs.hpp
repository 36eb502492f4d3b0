// The runs of inline content (text and inline elements between blocks) inside an element, in order.
#pragma once

#include <string>
#include <vector>

#include "input/html/html_inlines.hpp"
#include "input/html/html_tree.hpp"

namespace folio::html {

struct TextRun {
    const Node* block = nullptr;     // the block element the run sits in
    std::vector<const Node*> nodes;  // consecutive children of `block`: text and inline elements
    std::string text;                // the run's visible text, white space collapsed and trimmed
};

// Every run with visible text inside `element`, in document order. Hidden elements and elements
// for which `skip` returns true are left out.
std::vector<TextRun> text_runs(const Node& element, const SkipNode& skip = {});

// The visible text of a run of sibling nodes.
std::string run_text(const std::vector<const Node*>& nodes);

}  // namespace folio::html
