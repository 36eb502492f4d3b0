// The article's header around its headline: kicker, title, subtitle (deck), date line and byline.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "input/html/html_tree.hpp"

namespace folio::html {

struct ArticleHeader {
    std::string title;
    std::string kicker;
    std::string subtitle;
    std::string date_text;  // as printed
    std::string date;       // ISO 8601 from the printed date or a <time datetime>; "" when none
    std::vector<std::string> byline_names;
    std::set<const Node*> consumed;  // nodes (elements and text) that the body must leave out
};

// Reads the header from the lines around the title element inside its header container (the
// title's parent, or the nearest ancestor that holds more than the title): the short line right
// above the title is the kicker (topline/overline); a short line or heading right below it is the
// subtitle; date lines (or <time datetime>) and "By …" lines are taken as date and byline. A date
// line elsewhere in `root` outside running text is also found. `title` may be nullptr.
ArticleHeader read_article_header(const Node& root, const Node* title, const Node& content);

}  // namespace folio::html
