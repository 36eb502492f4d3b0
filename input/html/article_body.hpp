// The article's blocks: paragraphs, headings, lists, quotes, figures, notes and data tables, page chrome left
// out.
#pragma once

#include <set>
#include <vector>

#include "formats/block.hpp"
#include "input/html/html_tree.hpp"
#include "input/html/page_chrome.hpp"
#include "input/html/text_measure.hpp"

namespace folio::html {

struct BodyScope {
    const Node& root;                // where the article lives
    const Node& content;             // the element holding its prose
    const Node* title = nullptr;     // the headline element, already read
    std::set<const Node*> consumed;  // header lines and author boxes, already read
    const ChromeFilter& chrome;      // what counts as page chrome in this reading
};

// Walks `scope.root` in document order and returns the article's blocks. Left out: consumed nodes,
// hidden elements, page chrome (navigation, asides, footers, consent banners, sharing, related
// links, newsletters, comments by markup or class names), link-heavy blocks, teaser articles.
// <p> and loose text become paragraphs (a bold line alone becomes a heading; short loose labels are
// dropped), h2–h6 headings (levels renumbered from 2), ul/ol lists, blockquotes with their
// attribution, figures with caption and credit, "Update: …" lines notes.
std::vector<Block> read_body(const BodyScope& scope, const TextMeasure& measure);

}  // namespace folio::html
