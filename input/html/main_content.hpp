// Finding the article inside the page: the element that holds its prose, and the region with its title.
#pragma once

#include "input/html/html_tree.hpp"
#include "input/html/text_measure.hpp"

namespace folio::html {

// The tightest element that holds most of the page's prose (measured without page chrome), found
// by descending from <body> while one child holds nearly all of it, and preferring a semantic
// <article>, <main> or articleBody element that holds most of it. nullptr when the page has no prose.
const Node* find_main_content(const Node& body, const TextMeasure& measure);

// The element the reader walks: the nearest common ancestor of the content and the title when it
// is close to the content (so the header with kicker, title and lead photo is included), else
// the content itself.
const Node& article_root(const Node& content, const Node* title);

}  // namespace folio::html
