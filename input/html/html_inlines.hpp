// Turning HTML running text into the model's inlines: text, emphasis, strong, links, line breaks, code.
#pragma once

#include <functional>
#include <vector>

#include "formats/inline.hpp"
#include "input/html/html_tree.hpp"

namespace folio::html {

using SkipNode = std::function<bool(const Node&)>;

// The inline content of the nodes (an element's children, or a run of loose siblings): white space
// collapsed as a browser shows it, trimmed at the ends and around line breaks; empty markup dropped.
// Block elements met on the way contribute their text with a space around it. Nodes for which
// `skip` returns true contribute nothing.
Inlines inline_content(const std::vector<const Node*>& nodes, const SkipNode& skip = {});
Inlines inline_content(const Node& element, const SkipNode& skip = {});

// True when the content is one line of strong text (a paragraph that is only a bold line).
bool is_all_strong(const Inlines& content);

}  // namespace folio::html
