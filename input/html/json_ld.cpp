// Reading schema.org article metadata from the page's JSON-LD scripts.
#include "input/html/json_ld.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

#include "input/common/person_names.hpp"
#include "input/common/utf8.hpp"

namespace folio::html {

namespace {

using nlohmann::json;

constexpr int kMaxSearchDepth = 8;

bool is_article_type(const std::string& type) {
    static const std::set<std::string_view> others = {"BlogPosting", "LiveBlogPosting", "Report",
                                                      "OpinionNewsArticle", "SocialMediaPosting"};
    return type.ends_with("Article") || others.count(type) > 0;
}

bool has_article_type(const json& object) {
    const auto type = object.find("@type");
    if (type == object.end()) return false;
    if (type->is_string()) return is_article_type(type->get<std::string>());
    if (type->is_array())
        return std::any_of(type->begin(), type->end(), [](const json& t) {
            return t.is_string() && is_article_type(t.get<std::string>());
        });
    return false;
}

const json* find_article(const json& value, int depth) {
    if (depth > kMaxSearchDepth) return nullptr;
    if (value.is_array()) {
        for (const json& item : value)
            if (const json* found = find_article(item, depth + 1)) return found;
        return nullptr;
    }
    if (!value.is_object()) return nullptr;
    if (has_article_type(value)) return &value;
    for (const char* key : {"@graph", "mainEntity", "mainEntityOfPage"})
        if (const auto inner = value.find(key); inner != value.end())
            if (const json* found = find_article(*inner, depth + 1)) return found;
    return nullptr;
}

std::string trimmed(const std::string& s) { return std::string(trim_space(s)); }

// A string, or the "name" / "url" / "@id" of an object, or the first of an array.
std::string text_of(const json& value, const char* object_key = "name") {
    if (value.is_string()) return trimmed(value.get<std::string>());
    if (value.is_array() && !value.empty()) return text_of(value.front(), object_key);
    if (value.is_object())
        for (const char* key : {object_key, "name", "url", "@id"})
            if (const auto inner = value.find(key); inner != value.end() && inner->is_string())
                return trimmed(inner->get<std::string>());
    return {};
}

std::string field(const json& article, const char* key, const char* object_key = "name") {
    const auto value = article.find(key);
    return value == article.end() ? std::string() : text_of(*value, object_key);
}

std::vector<std::string> author_names(const json& article) {
    std::vector<std::string> names;
    const auto authors = article.find("author");
    if (authors == article.end()) return names;
    const json list = authors->is_array() ? *authors : json::array({*authors});
    for (const json& author : list) {
        std::string name = text_of(author);
        const bool has_letter = std::any_of(name.begin(), name.end(), [](char c) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
        });
        if (has_letter && !name.starts_with("http") && !has_role_word(name) &&
            std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(std::move(name));
    }
    return names;
}

std::vector<std::string> keyword_list(const json& article) {
    std::vector<std::string> keywords;
    const auto value = article.find("keywords");
    if (value == article.end()) return keywords;
    if (value->is_array()) {
        for (const json& k : *value)
            if (k.is_string() && !trimmed(k.get<std::string>()).empty())
                keywords.push_back(trimmed(k.get<std::string>()));
        return keywords;
    }
    if (!value->is_string()) return keywords;
    const std::string all = value->get<std::string>();
    std::size_t start = 0;
    while (start <= all.size()) {
        const std::size_t comma = std::min(all.find(',', start), all.size());
        std::string keyword = trimmed(all.substr(start, comma - start));
        if (!keyword.empty()) keywords.push_back(std::move(keyword));
        start = comma + 1;
    }
    return keywords;
}

// s without leading and trailing white space, line breaks included.
std::string_view trim_lines(std::string_view s) {
    for (std::string_view before; before != s;) {
        before = s;
        s = trim_space(s);
        while (!s.empty() && (s.front() == '\n' || s.front() == '\r')) s.remove_prefix(1);
        while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
    }
    return s;
}

// The script's text without the CDATA or comment wrapper some pages put around it.
std::string script_text(const Node& script) {
    std::string text;
    for (const auto& child : script.children)
        if (child->is_text()) text += child->text;
    std::string_view json = trim_lines(text);
    for (const std::string_view opening : {"//<![CDATA[", "<![CDATA[", "<!--"})
        if (json.starts_with(opening)) json = trim_lines(json.substr(opening.size()));
    for (const std::string_view closing : {"//]]>", "]]>", "//-->", "-->"})
        if (json.ends_with(closing)) json = trim_lines(json.substr(0, json.size() - closing.size()));
    return std::string(json);
}

void fill(std::string& target, std::string value) {
    if (target.empty()) target = std::move(value);
}

}  // namespace

void read_json_ld(const Tree& tree, PageMetadata& metadata) {
    for (const Node* script : elements_named(*tree.root, "script")) {
        if (script->attribute("type").find("ld+json") == std::string_view::npos) continue;
        const json parsed = json::parse(script_text(*script), nullptr, false);
        if (parsed.is_discarded()) continue;
        const json* article = find_article(parsed, 0);
        if (article == nullptr) continue;
        if (std::string headline = field(*article, "headline"); !headline.empty())
            metadata.headlines.insert(metadata.headlines.begin(), headline);
        if (metadata.authors.empty()) metadata.authors = author_names(*article);
        fill(metadata.date, field(*article, "datePublished"));
        fill(metadata.description, field(*article, "description"));
        fill(metadata.image, field(*article, "image", "url"));
        fill(metadata.lang, field(*article, "inLanguage", "alternateName"));
        fill(metadata.site_name, field(*article, "publisher"));
        fill(metadata.url, field(*article, "url"));
        if (metadata.keywords.empty()) metadata.keywords = keyword_list(*article);
        return;
    }
}

}  // namespace folio::html
