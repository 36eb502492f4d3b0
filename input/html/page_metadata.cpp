// The article's metadata as the page declares it: JSON-LD, OpenGraph and article:* tags, <title>, lang.
#include "input/html/page_metadata.hpp"

#include <algorithm>

#include "input/common/byline.hpp"
#include "input/common/dates.hpp"
#include "input/common/person_names.hpp"
#include "input/common/utf8.hpp"
#include "input/html/json_ld.hpp"

namespace folio::html {

namespace {

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// name/property/itemprop/http-equiv → content of every <meta>, lower-case keys, in document order.
std::vector<std::pair<std::string, std::string>> meta_tags(const Tree& tree) {
    std::vector<std::pair<std::string, std::string>> tags;
    for (const Node* meta : elements_named(*tree.root, "meta")) {
        const std::string content(trim_space(collapse_white_space(meta->attribute("content"))));
        if (content.empty()) continue;
        for (const char* key : {"property", "name", "itemprop", "http-equiv"})
            if (meta->has_attribute(key)) tags.emplace_back(ascii_lower(meta->attribute(key)), content);
    }
    return tags;
}

std::vector<std::string> values_of(const std::vector<std::pair<std::string, std::string>>& tags,
                                   std::initializer_list<std::string_view> keys) {
    std::vector<std::string> values;
    for (const std::string_view key : keys)
        for (const auto& [name, content] : tags)
            if (name == key) values.push_back(content);
    return values;
}

std::string first_of(const std::vector<std::pair<std::string, std::string>>& tags,
                     std::initializer_list<std::string_view> keys) {
    const auto values = values_of(tags, keys);
    return values.empty() ? std::string() : values.front();
}

void add_unique(std::vector<std::string>& list, std::string value) {
    if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(std::move(value));
}

std::string iso_date(const std::string& value) {
    const std::string_view v = trim_space(value);
    const bool iso_prefix =
        v.size() >= 10 && v[4] == '-' && v[7] == '-' &&
        std::all_of(v.begin(), v.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
    if (iso_prefix) return std::string(v.substr(0, 10));
    return recognize_date(v).value_or("");
}

// "Jong, Michiel de" as "Michiel de Jong": a family name alone before the only comma; "" otherwise.
std::string uninverted_name(std::string_view value) {
    const std::size_t comma = value.find(',');
    if (comma == std::string_view::npos || value.find(',', comma + 1) != std::string_view::npos) return {};
    const std::string_view family = trim_space(value.substr(0, comma));
    const std::string_view given = trim_space(value.substr(comma + 1));
    if (split_words(family).size() != 1 || given.empty()) return {};
    std::string name = std::string(given) + " " + std::string(family);
    return looks_like_name(name) ? name : std::string();
}

void read_authors(const std::vector<std::pair<std::string, std::string>>& tags, PageMetadata& metadata) {
    if (!metadata.authors.empty()) return;
    for (const std::string& value : values_of(tags, {"article:author", "og:article:author"}))
        if (!value.starts_with("http")) add_unique(metadata.authors, value);
    if (!metadata.authors.empty()) return;
    for (const std::string& value : values_of(
             tags, {"author", "byl", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author"})) {
        // "By Corey Kilgannon" in a byline tag; "Jane Doe, John Roe" in an author tag; "Doe, Jane" in a
        // library's creator tag.
        if (std::string name = uninverted_name(value); !name.empty()) {
            add_unique(metadata.authors, std::move(name));
            continue;
        }
        for (std::string& name : starts_like_byline(value) ? byline_names(value) : split_names(value))
            if (!has_role_word(name)) add_unique(metadata.authors, std::move(name));
    }
}

void read_keywords(const std::vector<std::pair<std::string, std::string>>& tags, PageMetadata& metadata) {
    if (!metadata.keywords.empty()) return;
    for (const std::string& value : values_of(tags, {"news_keywords", "keywords"})) {
        for (std::string& keyword : split_names(value)) add_unique(metadata.keywords, std::move(keyword));
        if (!metadata.keywords.empty()) return;
    }
    for (const std::string& value : values_of(tags, {"article:tag"})) add_unique(metadata.keywords, value);
}

std::string canonical_link(const Tree& tree) {
    for (const Node* link : elements_named(*tree.root, "link"))
        if (ascii_lower(link->attribute("rel")) == "canonical") return std::string(link->attribute("href"));
    return {};
}

std::string base_href(const Tree& tree) {
    const auto bases = elements_named(*tree.root, "base");
    return bases.empty() ? std::string() : std::string(trim_space(bases.front()->attribute("href")));
}

std::string time_published(const Tree& tree) {
    for (const Node* time : elements_named(*tree.root, "time"))
        if (time->attribute("itemprop") == "datePublished" && time->has_attribute("datetime"))
            return std::string(time->attribute("datetime"));
    return {};
}

}  // namespace

std::string language_of_tag(std::string_view tag) {
    tag = trim_space(tag);
    std::vector<std::string> parts;
    std::string part;
    for (const char c : tag) {
        if (c == '-' || c == '_') {
            parts.push_back(part);
            part.clear();
        } else {
            part += c;
        }
    }
    parts.push_back(part);
    const std::string& language = parts.front();
    if (language.size() < 2 || language.size() > 3 ||
        !std::all_of(language.begin(), language.end(), is_ascii_letter))
        return {};
    std::string out = ascii_lower(language);
    if (parts.size() > 1 && parts[1].size() == 4 &&
        std::all_of(parts[1].begin(), parts[1].end(), is_ascii_letter)) {
        std::string script = ascii_lower(parts[1]);
        script[0] = static_cast<char>(script[0] - 32);
        out += "-" + script;
    }
    return out;
}

std::string title_without_site(const std::string& title, std::string* site) {
    std::size_t best = std::string::npos;
    std::size_t separator_size = 0;
    for (const std::string_view separator :
         {" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » "}) {
        const std::size_t at = title.rfind(separator);
        if (at != std::string::npos && at > 0 && (best == std::string::npos || at > best)) {
            best = at;
            separator_size = separator.size();
        }
    }
    if (best == std::string::npos) return title;
    const std::string head = title.substr(0, best);
    const std::string tail = title.substr(best + separator_size);
    // The site name is the shorter part; a long tail is part of the headline.
    if (code_point_count(tail) > code_point_count(head)) return title;
    if (site != nullptr) *site = std::string(trim_space(tail));
    return std::string(trim_space(head));
}

PageMetadata read_page_metadata(const Tree& tree) {
    PageMetadata metadata;
    read_json_ld(tree, metadata);
    const auto tags = meta_tags(tree);

    for (const std::string& headline : values_of(tags, {"og:title", "twitter:title"}))
        add_unique(metadata.headlines, headline);
    std::string title_site;
    for (const Node* title : elements_named(*tree.root, "title")) {
        std::string text;
        for (const auto& child : title->children)
            if (child->is_text()) text += child->text;
        add_unique(metadata.headlines,
                   title_without_site(std::string(trim_space(collapse_white_space(text))), &title_site));
        break;
    }
    read_authors(tags, metadata);

    if (metadata.date.empty()) metadata.date = time_published(tree);
    if (metadata.date.empty())
        metadata.date =
            first_of(tags, {"article:published_time", "og:article:published_time", "datepublished", "date",
                            "pubdate", "publishdate", "publish-date", "dc.date.issued", "dc.date",
                            "dcterms.date", "parsely-pub-date", "sailthru.date"});
    metadata.date = iso_date(metadata.date);

    if (metadata.description.empty())
        metadata.description = first_of(tags, {"description", "og:description", "twitter:description"});
    if (metadata.image.empty())
        metadata.image = first_of(tags, {"og:image", "og:image:url", "twitter:image"});

    if (metadata.lang.empty()) metadata.lang = std::string(tree.root->attribute("lang"));
    if (metadata.lang.empty()) metadata.lang = std::string(tree.root->attribute("xml:lang"));
    if (metadata.lang.empty())
        metadata.lang = first_of(tags, {"og:locale", "content-language", "dc.language", "language"});
    metadata.lang = language_of_tag(metadata.lang);

    if (metadata.site_name.empty()) metadata.site_name = first_of(tags, {"og:site_name", "application-name"});
    if (metadata.site_name.empty()) metadata.site_name = title_site;
    if (metadata.url.empty()) metadata.url = first_of(tags, {"og:url"});
    if (metadata.url.empty()) metadata.url = canonical_link(tree);
    metadata.base_url = base_href(tree);
    read_keywords(tags, metadata);
    return metadata;
}

}  // namespace folio::html
