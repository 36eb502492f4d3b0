// Optional front matter: "key: value" lines between two "---" lines at the very top of the text.
#include "input/text/front_matter.hpp"

#include <algorithm>
#include <string>

#include "input/common/utf8.hpp"

namespace folio {

namespace {

// Splits the next line off text.
std::string_view take_line(std::string_view& text) {
    const std::size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    return line;
}

bool is_fence(std::string_view line) { return trim_space(line) == "---"; }

// "'Title'" or "\"Title\"" -> "Title".
std::string_view unquote(std::string_view value) {
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
        value.back() == value.front()) {
        return value.substr(1, value.size() - 2);
    }
    return value;
}

bool is_known_key(std::string_view key) {
    const auto& keys = metadata_keys();
    return key == "url" || std::find(keys.begin(), keys.end(), key) != keys.end();
}

}  // namespace

FrontMatter split_front_matter(std::string_view text, Diagnostics& diag) {
    std::string_view rest = text;
    while (!rest.empty() && trim_space(rest.substr(0, rest.find('\n'))).empty()) take_line(rest);
    if (rest.empty() || !is_fence(take_line(rest))) return {{}, text};

    FrontMatter front;
    std::string_view scan = rest;
    while (!scan.empty()) {
        const std::string_view line = trim_space(take_line(scan));
        if (is_fence(line)) {
            front.body = scan;
            return front;
        }
        if (line.empty() || line.starts_with('#')) continue;
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos) {
            diag.warn("front matter: skipped line without 'key: value': " + std::string(line));
            continue;
        }
        const std::string key = to_lower(trim_space(line.substr(0, colon)));
        if (!is_known_key(key)) {
            diag.warn("front matter: skipped unknown key '" + key + "'");
            continue;
        }
        front.overrides.emplace_back(key, std::string(unquote(trim_space(line.substr(colon + 1)))));
    }
    diag.warn("front matter: no closing '---' line; the text is read as article text");
    return {{}, text};
}

}  // namespace folio
