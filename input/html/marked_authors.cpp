// Authors the page marks in its markup: microdata, rel="author", author-page links, byline elements.
#include "input/html/marked_authors.hpp"

#include <algorithm>
#include <set>

#include "input/common/byline.hpp"
#include "input/common/person_names.hpp"
#include "input/common/utf8.hpp"
#include "input/html/class_names.hpp"
#include "input/html/html_tags.hpp"
#include "input/html/page_chrome.hpp"

namespace folio::html {

namespace {

constexpr std::size_t kMaxBylineText = 160;  // code points of a byline element's text

bool has_token(std::string_view list, std::string_view token) {
    std::size_t start = 0;
    while (start < list.size()) {
        const std::size_t end = std::min(list.find(' ', start), list.size());
        std::string lower = to_lower(list.substr(start, end - start));
        if (lower == token) return true;
        start = end + 1;
    }
    return false;
}

// A link to a page about one author: a path segment such as "author" followed by the author's slug.
bool links_to_author_page(const Node& link) {
    static const std::set<std::string_view> segments = {
        "author",       "authors",   "autor",   "autoren",  "auteur",  "auteurs",
        "autore",       "autori",    "by",      "writer",   "writers", "journalist",
        "journalisten", "redakteur", "profile", "profiles", "people",  "bio"};
    std::string_view href = link.attribute("href");
    if (const std::size_t scheme = href.find("://"); scheme != std::string_view::npos) {
        href.remove_prefix(scheme + 3);
        href.remove_prefix(std::min(href.find('/'), href.size()));
    }
    href = href.substr(0, std::min(href.find_first_of("?#"), href.size()));
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= href.size()) {
        const std::size_t end = std::min(href.find('/', start), href.size());
        if (end > start) parts.push_back(to_lower(href.substr(start, end - start)));
        start = end + 1;
    }
    for (std::size_t i = 0; i + 1 < parts.size(); ++i)
        if (segments.count(parts[i]) > 0) return true;
    return false;
}

// Inside navigation or a footer of the page (an aside may be the article's own margin).
bool in_page_chrome(const Node& node, const Node& root) {
    for (const Node* n = node.parent; n != nullptr; n = n->parent) {
        if (n == &root) return false;
        if (is_chrome_markup(*n) && !n->is("aside")) return true;
    }
    return false;
}

// The itemprop="name" inside a marked author: what the page itself calls the author's name.
std::string declared_name(const Node& element) {
    for (const Node* inner : elements_of(element))
        if (inner != &element && has_token(inner->attribute("itemprop"), "name"))
            if (std::string name = text_content(*inner); !name.empty()) return name;
    if (element.is("meta")) return std::string(trim_space(element.attribute("content")));
    return {};
}

class Collector {
public:
    void add_text(const std::string& text) {
        if (text.empty() || code_point_count(text) > kMaxBylineText) return;
        for (std::string& name : byline_names(text)) add_name(std::move(name));
    }

    // A name the markup declares as one ("AFP" too), unless it is a role or too long for a name.
    void add_declared(std::string name) {
        if (!name.empty() && split_words(name).size() <= kMaxNameTokens + 1 && !has_role_word(name))
            add_name(std::move(name));
    }

    std::vector<std::string> take() { return std::move(names_); }

private:
    void add_name(std::string name) {
        const std::string key = to_lower(name);
        if (seen_.insert(key).second) names_.push_back(std::move(name));
    }

    std::vector<std::string> names_;
    std::set<std::string> seen_;
};

// A link inside running text (a paragraph that mentions a colleague) is no byline.
bool in_running_text(const Node& link) {
    for (const Node* n = link.parent; n != nullptr; n = n->parent)
        if (is_block_tag(n->name)) return code_point_count(text_content(*n)) > kMaxBylineText;
    return false;
}

}  // namespace

std::vector<std::string> marked_authors(const Node& root, std::size_t before) {
    Collector microdata;
    Collector links;
    Collector bylines;
    for (const Node* element : elements_of(root)) {
        if (element->order >= before) break;
        if (in_page_chrome(*element, root)) continue;
        if (has_token(element->attribute("itemprop"), "author") ||
            has_token(element->attribute("itemprop"), "creator")) {
            if (std::string name = declared_name(*element); !name.empty())
                microdata.add_declared(std::move(name));
            else
                microdata.add_text(text_content(*element));
        } else if (element->is("a") &&
                   (has_token(element->attribute("rel"), "author") || links_to_author_page(*element)) &&
                   !in_running_text(*element)) {
            links.add_text(text_content(*element));
        } else if (has_name_hint(*element, NameHint::Byline)) {
            bylines.add_text(text_content(*element));
        }
    }
    for (Collector* source : {&microdata, &links, &bylines})
        if (std::vector<std::string> names = source->take(); !names.empty()) return names;
    return {};
}

}  // namespace folio::html
