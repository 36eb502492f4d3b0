// Recognising page chrome: navigation, consent banners, breadcrumbs, sharing, related teasers, footers.
#pragma once

#include "input/html/html_tree.hpp"
#include "input/html/text_measure.hpp"

namespace folio::html {

// Chrome by markup alone: nav, aside, footer, header, form and hidden elements, and the landmark
// roles navigation, banner, contentinfo, complementary, search and dialog.
bool is_chrome_markup(const Node& element);

// Chrome by class or id names (a weak signal): a chrome word without a content word.
bool has_chrome_name(const Node& element);

// Either of the above; what the search for the main content leaves out.
bool is_chrome(const Node& element);

// A block that is mostly link text (menus, breadcrumbs, teaser lists, share buttons, "back" links).
bool is_link_heavy(const Node& element, const TextMeasure& measure);

// A list of teasers: an element with two or more <article> descendants that hold most of its text.
bool is_teaser_list(const Node& element, const TextMeasure& measure);

}  // namespace folio::html
