// Recognising page chrome: navigation, consent banners, breadcrumbs, sharing, related teasers, footers.
#include "input/html/page_chrome.hpp"

#include <set>

#include "input/html/class_names.hpp"

namespace folio::html {

namespace {

constexpr double kLinkHeavy = 0.5;
constexpr double kTeaserShare = 0.5;

bool has_chrome_role(const Node& element) {
    static const std::set<std::string_view> roles = {"navigation", "banner",  "contentinfo", "complementary",
                                                     "search",     "dialog",  "alertdialog", "menu",
                                                     "menubar",    "toolbar", "tablist"};
    return roles.count(element.attribute("role")) > 0;
}

bool is_hidden(const Node& element) {
    if (element.has_attribute("hidden") || element.attribute("aria-hidden") == "true") return true;
    std::string style(element.attribute("style"));
    std::erase(style, ' ');
    return style.find("display:none") != std::string::npos ||
           style.find("visibility:hidden") != std::string::npos;
}

}  // namespace

bool is_chrome_markup(const Node& element) {
    static const std::set<std::string_view> tags = {"nav", "aside", "footer", "header", "form", "menu"};
    return tags.count(element.name) > 0 || has_chrome_role(element) || is_hidden(element);
}

bool has_chrome_name(const Node& element) {
    if (element.is("body") || element.is("html") || element.is("main")) return false;
    return has_name_hint(element, NameHint::Chrome) && !has_name_hint(element, NameHint::Content);
}

bool is_chrome(const Node& element) { return is_chrome_markup(element) || has_chrome_name(element); }

bool is_link_heavy(const Node& element, const TextMeasure& measure) {
    return measure[element].text > 0 && measure.link_density(element) > kLinkHeavy;
}

bool is_teaser_list(const Node& element, const TextMeasure& measure) {
    std::size_t articles = 0;
    std::size_t article_text = 0;
    for (const Node* article : elements_named(element, "article")) {
        if (article == &element) continue;
        bool nested = false;
        for (const Node* p = article->parent; p != nullptr && p != &element; p = p->parent)
            nested = nested || p->is("article");
        if (nested) continue;
        ++articles;
        article_text += measure[*article].text;
    }
    return articles >= 2 &&
           static_cast<double>(article_text) >= kTeaserShare * static_cast<double>(measure[element].text);
}

}  // namespace folio::html
