// Classes of HTML tag names: block containers, inline markup, and elements that never hold article text.
#include "input/html/html_tags.hpp"

#include <set>

namespace folio::html {

bool is_block_tag(std::string_view tag) {
    static const std::set<std::string_view> blocks = {
        "address", "article", "aside", "blockquote", "body",    "center",   "dd",         "details",
        "dialog",  "dir",     "div",   "dl",         "dt",      "fieldset", "figcaption", "figure",
        "footer",  "form",    "h1",    "h2",         "h3",      "h4",       "h5",         "h6",
        "header",  "hgroup",  "hr",    "html",       "legend",  "li",       "main",       "menu",
        "nav",     "ol",      "p",     "pre",        "section", "summary",  "table",      "tbody",
        "td",      "tfoot",   "th",    "thead",      "tr",      "ul",       "caption",    "picture"};
    return blocks.count(tag) > 0;
}

bool is_hidden_tag(std::string_view tag) {
    static const std::set<std::string_view> hidden = {
        "script", "style",    "noscript", "template", "svg",    "canvas",   "iframe", "object", "embed",
        "button", "input",    "select",   "textarea", "option", "label",    "head",   "title",  "meta",
        "link",   "base",     "audio",    "video",    "source", "track",    "map",    "area",   "dialog",
        "frame",  "frameset", "applet",   "datalist", "output", "progress", "meter"};
    return hidden.count(tag) > 0;
}

bool is_heading_tag(std::string_view tag) { return heading_level(tag) > 0; }

int heading_level(std::string_view tag) {
    if (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') return tag[1] - '0';
    return 0;
}

}  // namespace folio::html
