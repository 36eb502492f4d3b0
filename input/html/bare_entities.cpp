// Character references libxml2 does not resolve (no semicolon, HTML5 names), rewritten the way browsers read
// them.
#include "input/html/bare_entities.hpp"

#include <libxml/HTMLparser.h>

#include <algorithm>
#include <cstdint>
#include <string>

#include "formats/utf8.hpp"
#include "input/common/named_entities.hpp"

namespace folio::html {

namespace {

constexpr std::size_t kLongestEntityName = 8;

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// The code point of a legacy entity name (the HTML 4 Latin-1 entities, amp, lt, gt, quot and the
// upper-case AMP, COPY, GT, LT, QUOT, REG); 0 for any other name.
unsigned legacy_entity_value(const std::string& name) {
    std::string lookup = name;
    if (name == "AMP" || name == "COPY" || name == "GT" || name == "LT" || name == "QUOT" || name == "REG")
        for (char& c : lookup) c = static_cast<char>(c + 32);
    if (lookup == "apos") return 0;
    const htmlEntityDesc* entity = htmlEntityLookup(reinterpret_cast<const xmlChar*>(lookup.c_str()));
    if (entity == nullptr || entity->value > 0xFF) return 0;
    return entity->value;
}

bool starts_with_tag(std::string_view page, std::size_t at, std::string_view tag) {
    if (page.size() < at + tag.size()) return false;
    for (std::size_t i = 0; i < tag.size(); ++i) {
        char c = page[at + i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        if (c != tag[i]) return false;
    }
    return true;
}

// Past the end of a <script> or <style> element starting at `at`; `at` itself otherwise.
std::size_t skip_raw_text_element(std::string_view page, std::size_t at) {
    for (const std::string_view tag : {"<script", "<style"}) {
        if (!starts_with_tag(page, at, tag)) continue;
        std::string closing = "</" + std::string(tag.substr(1));
        for (std::size_t p = page.find("</", at); p != std::string_view::npos; p = page.find("</", p + 2))
            if (starts_with_tag(page, p, closing)) return p;
        return page.size();
    }
    return at;
}

}  // namespace

std::string resolve_bare_entities(std::string_view page) {
    std::string out;
    out.reserve(page.size());
    std::size_t i = 0;
    while (i < page.size()) {
        const char c = page[i];
        if (c == '<') {
            const std::size_t end = skip_raw_text_element(page, i);
            if (end != i) {
                out.append(page.substr(i, end - i));
                i = end;
                continue;
            }
        }
        if (c != '&') {
            out += c;
            ++i;
            continue;
        }
        std::size_t end = i + 1;
        while (end < page.size() && is_alnum(page[end])) ++end;
        const bool terminated = end < page.size() && (page[end] == ';' || page[end] == '=');
        // An HTML5 name libxml2's HTML 4 parser does not know ("&check;"): written as its characters.
        if (end < page.size() && page[end] == ';' && end > i + 1) {
            const std::string name(page.substr(i + 1, end - i - 1));
            if (htmlEntityLookup(reinterpret_cast<const xmlChar*>(name.c_str())) == nullptr)
                if (const auto characters = named_entity(name)) {
                    for (std::size_t at = 0; at < characters->size();)
                        out += "&#" +
                               std::to_string(static_cast<std::uint32_t>(next_code_point(*characters, at))) +
                               ";";
                    i = end + 1;
                    continue;
                }
        }
        // The whole name ("&nbsp ", "&frac12"), or a name followed by digits ("&nbsp7", "&copy2024").
        std::size_t name_end = end;
        unsigned value = 0;
        if (!terminated && end - i - 1 <= kLongestEntityName)
            value = legacy_entity_value(std::string(page.substr(i + 1, end - i - 1)));
        if (!terminated && value == 0) {
            name_end = i + 1;
            while (name_end < end && !(page[name_end] >= '0' && page[name_end] <= '9')) ++name_end;
            if (name_end < end && name_end - i - 1 <= kLongestEntityName)
                value = legacy_entity_value(std::string(page.substr(i + 1, name_end - i - 1)));
        }
        if (value == 0) {
            out += c;
            ++i;
            continue;
        }
        out += "&#" + std::to_string(value) + ";";
        i = name_end;
    }
    return out;
}

}  // namespace folio::html
