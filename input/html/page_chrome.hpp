// Recognising page chrome: navigation, consent banners, breadcrumbs, sharing, related teasers, footers.
#pragma once

#include <unordered_set>

#include "input/html/html_tree.hpp"
#include "input/html/text_measure.hpp"

namespace folio::html {

// How much evidence the reader takes to leave an element out of the article. It reads the page with
// the strict rules first and with weaker ones only when they leave no article (like Readability's
// flags): a saved page may wrap everything in a hidden element, a "widget" or a <form>.
enum class Strictness {
    Strict,  // markup, landmark roles, hidden elements, and weak evidence (class and id names, <form>,
             // <header>) unless the element holds most of the page's prose and its headline
    Markup,  // markup, landmark roles and hidden elements only
    None,    // nothing is chrome
};

// Chrome by markup alone: nav, aside, footer, menu and hidden elements, overlays (a gallery viewer or
// dialog whose first element is its "close" control), and the landmark roles navigation, banner,
// contentinfo, complementary, search and dialog.
bool is_chrome_markup(const Node& element);

// Weak evidence of chrome: a chrome word without a content word in the class or id names; a <form>
// or <header> element (some systems wrap the whole page in one form).
bool has_weak_chrome_evidence(const Node& element);

// Decides, for one reading of the page, which elements are chrome.
class ChromeFilter {
public:
    // `headline`: the element showing the article's headline, when one is known.
    ChromeFilter(const Node& body, Strictness strictness, const Node* headline);

    // True for an element left out of the search for the content and of the article.
    bool operator()(const Node& element) const;

    Strictness strictness() const { return strictness_; }

private:
    Strictness strictness_;
    std::unordered_set<const Node*> overruled_;  // weak evidence outweighed by the prose or formula they hold
};

// A block that is mostly link text (menus, breadcrumbs, teaser lists, share buttons, "back" links).
bool is_link_heavy(const Node& element, const TextMeasure& measure);

// A list of teasers: an element with two or more <article> descendants that hold most of its text, or
// with three or more children each headed by a link to another page (a headline and a short summary)
// that hold most of its text.
bool is_teaser_list(const Node& element, const TextMeasure& measure);

// A comment or forum thread: three or more block children each stamped with a date and a time of day
// ("28 Dec 2013 10:28", "2013/12/28 10:28") that hold most of its text.
bool is_post_thread(const Node& element, const TextMeasure& measure);

}  // namespace folio::html
