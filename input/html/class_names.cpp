// Words in class and id names that hint at an element's role, in the languages of the articles folio reads.
#include "input/html/class_names.hpp"

#include <set>

namespace folio::html {

namespace {

constexpr std::size_t kMinPrefixWord = 5;     // shorter hint words must match a whole word
constexpr std::size_t kMaxRoleNameWords = 3;  // words of an id that names a role

const std::set<std::string_view>& words_of(NameHint hint) {
    static const std::set<std::string_view> chrome = {
        "nav",        "navbar",      "navigation", "menu",          "menue",
        "breadcrumb", "breadcrumbs", "crumbs",     "rootline",      "cookie",
        "cookies",    "consent",     "gdpr",       "cmp",           "privacy",
        "share",      "sharing",     "shariff",    "social",        "socials",
        "teilen",     "partager",    "related",    "recommended",   "recommendations",
        "weitere",    "newsletter",  "subscribe",  "subscription",  "signup",
        "abo",        "comment",     "comments",   "kommentar",     "kommentare",
        "disqus",     "footer",      "sidebar",    "aside",         "widget",
        "widgets",    "promo",       "advert",     "advertisement", "ads",
        "ad",         "anzeige",     "sponsor",    "sponsored",     "banner",
        "tags",       "tag",         "taglist",    "schlagworte",   "keywords",
        "pagination", "pager",       "toolbar",    "login",         "paywall",
        "popup",      "modal",       "overlay",    "skip",          "sronly",
        "visually",   "offscreen",   "print",      "back",          "zurueck",
        "langnav",    "lang",        "language",   "languages",     "switcher",
        "masthead",   "logo",        "search",     "suche",         "dialog",
        "notice",     "outbrain",    "taboola",    "settings",      "tooltip",
        "controls"};
    static const std::set<std::string_view> content = {"article", "content", "main", "body",    "text",
                                                       "story",   "entry",   "post", "artikel", "beitrag"};
    static const std::set<std::string_view> kicker = {
        "kicker",     "topline",  "overline",  "roofline",   "eyebrow",  "dachzeile",
        "spitzmarke", "surtitre", "overtitle", "supertitle", "pretitle", "rubric",
        "rubrik",     "flag",     "label",     "category",   "section"};
    static const std::set<std::string_view> subtitle = {
        "subtitle",   "subheadline", "subhead",   "deck",    "dek",        "standfirst", "strapline",
        "untertitel", "unterzeile",  "soustitre", "subline", "subheading", "tagline"};
    static const std::set<std::string_view> lead = {
        "lead",    "lede",  "intro",   "introduction", "teaser",     "summary", "abstract",
        "excerpt", "chapo", "chapeau", "vorspann",     "einleitung", "anriss"};
    static const std::set<std::string_view> date = {"date",      "time",    "datum",     "dateline",
                                                    "published", "pubdate", "timestamp", "datetime",
                                                    "zeit",      "updated"};
    static const std::set<std::string_view> byline = {"byline", "author",  "authors", "autor",   "autoren",
                                                      "auteur", "auteurs", "writer",  "reporter"};
    static const std::set<std::string_view> author = {
        "author",  "authors", "autor",     "autoren",     "autorin",      "autorinnen", "auteur",  "auteurs",
        "autrice", "bio",     "biography", "contributor", "contributors", "person",     "profile", "writer"};
    static const std::set<std::string_view> caption = {
        "caption", "legend", "legende", "bildunterschrift", "description", "unterschrift", "figcaption"};
    static const std::set<std::string_view> credit = {
        "credit",   "credits",      "copyright",  "source", "quelle",      "photographer",
        "fotograf", "bildnachweis", "bildquelle", "rights", "attribution", "courtesy"};
    switch (hint) {
        case NameHint::Chrome:
            return chrome;
        case NameHint::Content:
            return content;
        case NameHint::Kicker:
            return kicker;
        case NameHint::Subtitle:
            return subtitle;
        case NameHint::Lead:
            return lead;
        case NameHint::Date:
            return date;
        case NameHint::Byline:
            return byline;
        case NameHint::Author:
            return author;
        case NameHint::Caption:
            return caption;
        case NameHint::Credit:
            return credit;
    }
    return chrome;
}

bool is_ascii_letter_or_digit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

void split_into(std::string_view value, std::vector<std::string>& out) {
    std::string word;
    char previous = 0;
    for (const char c : value) {
        const bool upper_after_lower = c >= 'A' && c <= 'Z' && previous >= 'a' && previous <= 'z';
        if (!is_ascii_letter_or_digit(c) || upper_after_lower) {
            if (!word.empty()) out.push_back(word);
            word.clear();
        }
        if (is_ascii_letter_or_digit(c)) word += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        previous = c;
    }
    if (!word.empty()) out.push_back(word);
}

}  // namespace

std::vector<std::string> name_words(const Node& element) {
    std::vector<std::string> words;
    split_into(element.attribute("class"), words);
    // An id of many words is an anchor made from a heading ("sharing-with-a-single-developer"), no role.
    std::vector<std::string> id_words;
    split_into(element.attribute("id"), id_words);
    if (id_words.size() <= kMaxRoleNameWords) words.insert(words.end(), id_words.begin(), id_words.end());
    return words;
}

bool has_name_hint(const Node& element, NameHint hint) {
    const auto& hint_words = words_of(hint);
    for (const std::string& word : name_words(element)) {
        if (hint_words.count(word) > 0) return true;
        for (const std::string_view hint_word : hint_words)
            if (hint_word.size() >= kMinPrefixWord && word.size() > hint_word.size() &&
                word.starts_with(hint_word))
                return true;
    }
    return false;
}

}  // namespace folio::html
