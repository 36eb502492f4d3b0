// Text statistics of the page's elements: text length, link text, and prose found by text density.
#include "input/html/text_measure.hpp"

#include "input/html/html_tags.hpp"

namespace folio::html {

namespace {

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Elements whose text is never prose: headings, captions, list items, table headers, code.
bool is_never_prose(std::string_view tag) {
    return tag == "h1" || tag == "h2" || tag == "h3" || tag == "h4" || tag == "h5" || tag == "h6" ||
           tag == "li" || tag == "dt" || tag == "figcaption" || tag == "caption" || tag == "th" ||
           tag == "pre" || tag == "a" || tag == "legend" || tag == "summary";
}

}  // namespace

std::size_t visible_length(std::string_view text) {
    std::size_t length = 0;
    bool pending_space = false;
    for (const char c : text) {
        if (is_html_space(c)) {
            pending_space = length > 0;
            continue;
        }
        if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;  // UTF-8 continuation byte
        length += pending_space ? 2 : 1;
        pending_space = false;
    }
    return length;
}

TextMeasure::TextMeasure(const Node& root, const std::function<bool(const Node&)>& excluded) {
    measure(root, excluded, false);
}

const TextStats& TextMeasure::operator[](const Node& node) const {
    const auto found = stats_.find(&node);
    return found == stats_.end() ? empty_ : found->second;
}

double TextMeasure::link_density(const Node& node) const {
    const TextStats& s = (*this)[node];
    return s.text == 0 ? 0.0 : static_cast<double>(s.link_text) / static_cast<double>(s.text);
}

TextStats TextMeasure::measure(const Node& node, const std::function<bool(const Node&)>& excluded,
                               bool in_link) {
    TextStats stats;
    if (node.is_text()) {
        stats.text = visible_length(node.text);
        stats.link_text = in_link ? stats.text : 0;
        stats.own_text = stats.text;
        stats.own_link_text = stats.link_text;
        return stats;
    }
    if (is_hidden_tag(node.name)) return stats;
    const bool link = in_link || (node.is("a") && node.has_attribute("href"));
    const bool is_excluded = excluded(node);
    for (const auto& child : node.children) {
        const TextStats c = measure(*child, excluded, link);
        stats.text += c.text;
        stats.link_text += c.link_text;
        if (!is_excluded) {
            stats.prose += c.prose;
            stats.prose_blocks += c.prose_blocks;
        }
        if (child->is_text() || !is_block_tag(child->name)) {
            stats.own_text += c.own_text;
            stats.own_link_text += c.own_link_text;
        }
    }
    const bool prose_block = !is_excluded && !is_never_prose(node.name) && is_block_tag(node.name) &&
                             stats.own_text >= kMinProseBlock && stats.own_link_text * 3 <= stats.own_text;
    if (prose_block) {
        stats.prose += stats.own_text - stats.own_link_text;
        ++stats.prose_blocks;
    }
    stats_[&node] = stats;
    return stats;
}

}  // namespace folio::html
