// Recognising RSS, Atom and JSON Feed by their content.
#include "input/feed/feed_sniff.hpp"

#include "input/feed/feed_xml.hpp"
#include "input/feed/json_feed.hpp"

namespace folio::feed {

namespace {

constexpr std::size_t kMaxProlog = 1u << 20;  // bytes before the root element that sniffing reads

std::string_view without_bom_and_space(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    const auto start = bytes.find_first_not_of(" \t\r\n");
    return start == std::string_view::npos ? std::string_view() : bytes.substr(start);
}

// The position after a doctype that starts at `at` (its internal subset and quoted strings skipped).
std::size_t after_doctype(std::string_view text, std::size_t at) {
    char quote = 0;
    int brackets = 0;
    for (; at < text.size(); ++at) {
        const char c = text[at];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '[') {
            ++brackets;
        } else if (c == ']') {
            --brackets;
        } else if (c == '>' && brackets <= 0) {
            return at + 1;
        } else if (brackets > 0 && text.compare(at, 4, "<!--") == 0) {
            const std::size_t end = text.find("-->", at + 4);
            if (end == std::string_view::npos) return std::string_view::npos;
            at = end + 2;
        }
    }
    return std::string_view::npos;
}

bool is_name_end(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '>' || c == '/'; }

}  // namespace

std::string xml_root_name(std::string_view bytes, std::string* start_tag) {
    std::string_view text = without_bom_and_space(bytes);
    text = text.substr(0, kMaxProlog);
    std::size_t at = 0;
    while (at < text.size()) {
        at = text.find('<', at);
        if (at == std::string_view::npos || at + 1 >= text.size()) return {};
        std::size_t next = std::string_view::npos;
        if (text.compare(at, 2, "<?") == 0) {
            next = text.find("?>", at);
            if (next != std::string_view::npos) next += 2;
        } else if (text.compare(at, 4, "<!--") == 0) {
            next = text.find("-->", at);
            if (next != std::string_view::npos) next += 3;
        } else if (text.compare(at, 2, "<!") == 0) {
            next = after_doctype(text, at);
        } else {
            std::size_t end = at + 1;
            while (end < text.size() && !is_name_end(text[end])) ++end;
            if (start_tag) {
                const std::size_t close = text.find('>', at);
                *start_tag =
                    std::string(text.substr(at, close == std::string_view::npos ? close : close - at + 1));
            }
            return std::string(text.substr(at + 1, end - at - 1));
        }
        if (next == std::string_view::npos) return {};
        at = next;
    }
    return {};
}

bool looks_like_feed(std::string_view bytes) {
    const std::string_view start = without_bom_and_space(bytes);
    if (start.starts_with('{')) return is_json_feed(start);
    if (!start.starts_with('<')) return false;
    std::string tag;
    const std::string name = xml_root_name(start, &tag);
    const std::string_view local = std::string_view(name).substr(name.find(':') + 1);
    if (name == "rss") return true;
    if (local == "feed") return tag.find(atom_namespace) != std::string::npos;
    if (local == "RDF") return tag.find(rss1_namespace) != std::string::npos;
    return false;
}

}  // namespace folio::feed
