// The SVG 1.1 vocabulary an EPUB 3 image may use, read from the generated table once per process.
#include "output/common/svg_vocabulary.hpp"

#include <map>
#include <regex>
#include <unordered_map>
#include <utility>

namespace folio {

namespace {

struct ElementRow {
    std::string_view name, children, attributes, required;
    bool holds_text;
};

struct ValueRow {
    std::string_view element, attribute, values;
};

constexpr ElementRow kElements[] = {
#define FOLIO_SVG_ELEMENTS
#include "output/common/svg_vocabulary_table.inc"
#undef FOLIO_SVG_ELEMENTS
};

constexpr ValueRow kValues[] = {
#define FOLIO_SVG_VALUES
#include "output/common/svg_vocabulary_table.inc"
#undef FOLIO_SVG_VALUES
};

std::unordered_set<std::string_view> split(std::string_view list, char separator) {
    std::unordered_set<std::string_view> words;
    while (!list.empty()) {
        const std::size_t end = list.find(separator);
        words.insert(list.substr(0, end));
        if (end == std::string_view::npos) break;
        list.remove_prefix(end + 1);
    }
    return words;
}

const std::unordered_map<std::string_view, SvgElementVocabulary>& elements() {
    static const auto table = [] {
        std::unordered_map<std::string_view, SvgElementVocabulary> map;
        for (const ElementRow& row : kElements)
            map.emplace(row.name, SvgElementVocabulary{split(row.children, ' '), split(row.attributes, ' '),
                                                       split(row.required, ' '), row.holds_text});
        return map;
    }();
    return table;
}

const std::map<std::pair<std::string_view, std::string_view>, std::unordered_set<std::string_view>>&
values() {
    static const auto table = [] {
        std::map<std::pair<std::string_view, std::string_view>, std::unordered_set<std::string_view>> map;
        for (const ValueRow& row : kValues)
            map.emplace(std::pair(row.element, row.attribute), split(row.values, '|'));
        return map;
    }();
    return table;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The value as RELAX NG compares tokens: leading and trailing white space dropped, inner runs as one space.
std::string token(std::string_view value) {
    std::string out;
    for (const char c : value) {
        if (!is_space(c))
            out += c;
        else if (!out.empty() && out.back() != ' ')
            out += ' ';
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// An XML name without colons (xsd:NCName), as an id must be; ASCII names only, which every real image uses.
bool is_ncname(std::string_view name) {
    if (name.empty()) return false;
    const auto name_start = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    };
    if (!name_start(name.front())) return false;
    for (const char c : name)
        if (!name_start(c) && !(c >= '0' && c <= '9') && c != '-' && c != '.') return false;
    return true;
}

// Values longer than any real one are refused before a regular expression sees them (std::regex recurses
// per character).
constexpr std::size_t kLongestPatternValue = 64;

bool is_language_tag(std::string_view value) {
    static const std::regex pattern("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    const std::string tag = token(value);
    return value.empty() || (tag.size() <= kLongestPatternValue && std::regex_match(tag, pattern));
}

bool is_aspect_ratio(std::string_view value) {
    static const std::regex pattern(
        "[ \t\r\n]*(defer[ \t\r\n]+)?(none|x(Min|Mid|Max)Y(Min|Mid|Max))([ \t\r\n]+(meet|slice))?[ \t\r\n]*");
    return value.size() <= kLongestPatternValue && std::regex_match(std::string(value), pattern);
}

}  // namespace

const SvgElementVocabulary* svg_element_vocabulary(std::string_view name) {
    const auto found = elements().find(name);
    return found != elements().end() ? &found->second : nullptr;
}

bool svg_attribute_value_allowed(std::string_view element, std::string_view attribute,
                                 std::string_view value) {
    if (attribute == "id") return is_ncname(token(value));
    if (attribute == "lang" || attribute == "xml:lang") return is_language_tag(value);
    if (attribute == "preserveAspectRatio") return is_aspect_ratio(value);
    const auto allowed = values().find(std::pair(element, attribute));
    return allowed == values().end() || allowed->second.contains(token(value));
}

}  // namespace folio
