// Queries over the HTML reader's document tree.
#include "input/html/html_tree.hpp"

#include "input/common/utf8.hpp"
#include "input/html/html_tags.hpp"

namespace folio::html {

namespace {

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

void append_text(const Node& node, std::string& out) {
    if (node.is_text()) {
        out += node.text;
        return;
    }
    if (is_hidden_tag(node.name)) return;
    // Block boundaries and line breaks separate words even without white space in the source.
    const bool block = node.is("br") || is_block_tag(node.name);
    if (block) out += ' ';
    for (const auto& child : node.children) append_text(*child, out);
    if (block) out += ' ';
}

void collect_elements(const Node& node, std::string_view tag, std::vector<const Node*>& out) {
    if (!node.is_element()) return;
    if (tag.empty() || node.name == tag) out.push_back(&node);
    for (const auto& child : node.children) collect_elements(*child, tag, out);
}

}  // namespace

std::string_view Node::attribute(std::string_view attribute_name) const {
    for (const auto& [key, value] : attributes)
        if (key == attribute_name) return value;
    return {};
}

bool Node::has_attribute(std::string_view attribute_name) const {
    for (const auto& attribute : attributes)
        if (attribute.first == attribute_name) return true;
    return false;
}

std::string collapse_white_space(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool in_space = false;
    for (const char c : text) {
        if (is_html_space(c)) {
            in_space = true;
            continue;
        }
        if (in_space && !out.empty()) out += ' ';
        in_space = false;
        out += c;
    }
    return out;
}

std::string raw_text(const Node& node) {
    std::string raw;
    append_text(node, raw);
    return raw;
}

std::string text_content(const Node& node) {
    return std::string(trim_space(collapse_white_space(raw_text(node))));
}

std::string class_and_id(const Node& node) {
    std::string out(node.attribute("class"));
    out += ' ';
    out += node.attribute("id");
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
}

bool contains(const Node& ancestor, const Node& node) {
    for (const Node* n = &node; n != nullptr; n = n->parent)
        if (n == &ancestor) return true;
    return false;
}

const Node* common_ancestor(const Node& a, const Node& b) {
    for (const Node* n = &a; n != nullptr; n = n->parent)
        if (contains(*n, b)) return n;
    return nullptr;
}

std::vector<const Node*> elements_of(const Node& node) {
    std::vector<const Node*> out;
    collect_elements(node, "", out);
    return out;
}

std::vector<const Node*> elements_named(const Node& node, std::string_view tag) {
    std::vector<const Node*> out;
    collect_elements(node, tag, out);
    return out;
}

}  // namespace folio::html
