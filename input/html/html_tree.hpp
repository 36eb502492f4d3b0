// The HTML reader's own document tree: elements and text in document order, with parent links.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace folio::html {

struct Node {
    enum class Kind { Element, Text };

    Kind kind = Kind::Element;
    std::string name;  // lower-case tag name of an element; "" for text
    std::string text;  // the characters of a text node (entities resolved, white space as in the source)
    std::vector<std::pair<std::string, std::string>> attributes;  // lower-case names, in source order
    std::vector<std::unique_ptr<Node>> children;
    Node* parent = nullptr;
    std::size_t order = 0;  // position in document order (ancestors come first)
    int depth = 0;          // 0 for the root element

    bool is_element() const { return kind == Kind::Element; }
    bool is_text() const { return kind == Kind::Text; }
    // True for an element with this tag name.
    bool is(std::string_view tag) const { return kind == Kind::Element && name == tag; }
    // The attribute's value; "" when absent.
    std::string_view attribute(std::string_view attribute_name) const;
    bool has_attribute(std::string_view attribute_name) const;
};

struct Tree {
    std::unique_ptr<Node> root;  // the <html> element
    const Node* head = nullptr;
    const Node* body = nullptr;
};

// Every text of the subtree joined, white space collapsed to single spaces and trimmed.
std::string text_content(const Node& node);

// Every text of the subtree joined as in the source, with a space around blocks and line breaks.
std::string raw_text(const Node& node);

// The element's "class" and "id" values, lower-cased and joined with spaces.
std::string class_and_id(const Node& node);

// True when `ancestor` is `node` or one of its ancestors.
bool contains(const Node& ancestor, const Node& node);

// The nearest element that holds both nodes.
const Node* common_ancestor(const Node& a, const Node& b);

// Every element of the subtree (the node itself first) in document order.
std::vector<const Node*> elements_of(const Node& node);

// The elements of the subtree with this tag name, in document order.
std::vector<const Node*> elements_named(const Node& node, std::string_view tag);

// HTML white space (space, tab, line feed, form feed, carriage return) runs collapsed to one space.
std::string collapse_white_space(std::string_view text);

}  // namespace folio::html
