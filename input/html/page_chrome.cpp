// Recognising page chrome: navigation, consent banners, breadcrumbs, sharing, related teasers, footers.
#include "input/html/page_chrome.hpp"

#include <algorithm>
#include <set>

#include "input/common/utf8.hpp"

#include "input/html/class_names.hpp"
#include "input/html/html_tags.hpp"

namespace folio::html {

namespace {

constexpr double kLinkHeavy = 0.5;
constexpr double kTeaserShare = 0.5;
constexpr std::size_t kMinThreadPosts = 3;    // stamped posts that make a comment thread
constexpr double kLinkedHeading = 0.9;        // link share of a teaser's headline
constexpr std::size_t kMinLinkedTeasers = 3;  // items headed by links that make a teaser list
constexpr std::size_t kMaxTeaserText = 600;   // mean code points of such an item: a summary, no section
// Weak evidence never leaves out an element holding this much of the prose and the headline, or
// nearly all the prose.
constexpr double kMostProse = 0.5;
constexpr double kNearlyAllProse = 0.8;

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

// A control that closes what holds it: "×" links and buttons named or labelled "close".
bool is_close_control(const Node& element) {
    if (!element.is("a") && !element.is("button")) return false;
    const auto words = name_words(element);
    if (std::find(words.begin(), words.end(), "close") != words.end()) return true;
    for (const char* attribute : {"title", "aria-label"}) {
        const std::string label = to_lower(element.attribute(attribute));
        for (const std::string_view word : {"close", "schließen", "fermer", "cerrar", "chiudi", "sluiten"})
            if (label.starts_with(word)) return true;
    }
    return false;
}

// An overlay (a gallery viewer, a dialog): a block whose first element is its close control.
bool is_overlay(const Node& element) {
    for (const auto& child : element.children)
        if (child->is_element()) return is_close_control(*child);
    return false;
}

// A heading that is wholly a link to another page (a teaser's headline), not to a place in this one.
bool is_linked_heading(const Node& heading, const TextMeasure& measure) {
    if (heading_level(heading.name) < 2 || measure[heading].text == 0 ||
        measure.link_density(heading) < kLinkedHeading)
        return false;
    for (const Node* link : elements_named(heading, "a"))
        if (link->has_attribute("href") && !link->attribute("href").starts_with("#")) return true;
    return false;
}

// The first heading inside the element, in document order.
const Node* first_heading(const Node& element) {
    for (const auto& child : element.children) {
        if (!child->is_element()) continue;
        if (is_heading_tag(child->name)) return child.get();
        if (const Node* found = first_heading(*child)) return found;
    }
    return nullptr;
}

bool has_linked_heading(const Node& element, const TextMeasure& measure) {
    const Node* heading = first_heading(element);
    return heading != nullptr && is_linked_heading(*heading, measure);
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A time of day ("20:27") and a year ("2013") in the text: the stamp of a comment or forum post.
bool has_date_and_time(std::string_view text) {
    bool time = false;
    bool year = false;
    for (std::size_t i = 0; i < text.size() && !(time && year); ++i) {
        if (!is_digit(text[i]) || (i > 0 && is_digit(text[i - 1]))) continue;
        std::size_t end = i;
        while (end < text.size() && is_digit(text[end])) ++end;
        const std::string_view number = text.substr(i, end - i);
        year = year || (number.size() == 4 && (number.starts_with("19") || number.starts_with("20")));
        time = time ||
               (number.size() <= 2 && end + 2 < text.size() && text[end] == ':' && is_digit(text[end + 1]) &&
                is_digit(text[end + 2]) && (end + 3 == text.size() || !is_digit(text[end + 3])));
    }
    return time && year;
}

}  // namespace

bool is_chrome_markup(const Node& element) {
    static const std::set<std::string_view> tags = {"nav", "aside", "footer", "menu"};
    return tags.count(element.name) > 0 || has_chrome_role(element) || is_hidden(element) ||
           is_overlay(element);
}

bool has_weak_chrome_evidence(const Node& element) {
    if (element.is("form") || element.is("header")) return true;
    if (element.is("body") || element.is("html") || element.is("main")) return false;
    return has_name_hint(element, NameHint::Chrome) && !has_name_hint(element, NameHint::Content);
}

ChromeFilter::ChromeFilter(const Node& body, Strictness strictness, const Node* headline)
    : strictness_(strictness) {
    if (strictness_ != Strictness::Strict) return;
    const TextMeasure markup(body, [](const Node& node) { return is_chrome_markup(node); });
    const double prose = static_cast<double>(markup[body].prose);
    for (const Node* element : elements_of(body)) {
        const double share = static_cast<double>(markup[*element].prose);
        // Long comments below an article hold most of the prose too, but not its headline.
        const bool holds_article =
            (share >= kMostProse * prose && headline != nullptr && contains(*element, *headline)) ||
            share >= kNearlyAllProse * prose;
        if (share > 0 && holds_article && has_weak_chrome_evidence(*element)) overruled_.insert(element);
    }
    // A formula is never chrome, whatever its container's class names say ("CtxtMenu_Attached").
    std::unordered_set<const Node*> formula_holders;
    for (const Node* math : elements_named(body, "math"))
        for (const Node* up = math; up != nullptr && formula_holders.insert(up).second; up = up->parent) {
        }
    overruled_.insert(formula_holders.begin(), formula_holders.end());
}

bool ChromeFilter::operator()(const Node& element) const {
    switch (strictness_) {
        case Strictness::Strict:
            return is_chrome_markup(element) ||
                   (has_weak_chrome_evidence(element) && overruled_.count(&element) == 0);
        case Strictness::Markup:
            return is_chrome_markup(element);
        case Strictness::None:
            return false;
    }
    return false;
}

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
    const double text = static_cast<double>(measure[element].text);
    if (articles >= 2 && static_cast<double>(article_text) >= kTeaserShare * text) return true;
    // Teasers without <article>: items each headed by a link to another page, with a short summary.
    std::size_t items = 0;
    std::size_t item_text = 0;
    for (const auto& child : element.children) {
        if (!child->is_element() || !has_linked_heading(*child, measure)) continue;
        ++items;
        item_text += measure[*child].text;
    }
    return items >= kMinLinkedTeasers && static_cast<double>(item_text) >= kTeaserShare * text &&
           item_text <= items * kMaxTeaserText;
}

bool is_post_thread(const Node& element, const TextMeasure& measure) {
    if (element.is("pre")) return false;  // lines of a log or a table printed as code
    std::size_t posts = 0;
    std::size_t post_text = 0;
    for (const auto& child : element.children) {
        if (!child->is_element() || !is_block_tag(child->name) || measure[*child].text == 0 ||
            !has_date_and_time(text_content(*child)))
            continue;
        ++posts;
        post_text += measure[*child].text;
    }
    return posts >= kMinThreadPosts &&
           static_cast<double>(post_text) >= kTeaserShare * static_cast<double>(measure[element].text);
}

}  // namespace folio::html
