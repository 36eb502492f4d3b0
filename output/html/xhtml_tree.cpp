// XHTML tree helpers: XML-safe text and attributes, and polyglot serialization.
#include "output/html/xhtml_tree.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <sstream>

#include "output/html/xml_text.hpp"

namespace folio {

namespace {

// Elements HTML writes without an end tag.
constexpr std::array<std::string_view, 6> void_elements = {"br", "hr", "img", "meta", "link", "col"};

// Elements that hold only other blocks, so white space between their children is insignificant.
constexpr std::array<std::string_view, 24> block_containers = {
    "html",   "head",       "body", "article", "header", "footer",     "section", "nav",
    "figure", "figcaption", "ul",   "ol",      "li",     "blockquote", "div",     "aside",
    "main",   "svg",        "g",    "hgroup",  "table",  "thead",      "tbody",   "tr"};

bool is_one_of(std::string_view name, auto const& names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool has_text_child(pugi::xml_node node) {
    for (pugi::xml_node child : node.children())
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) return true;
    return false;
}

// Gives every empty non-void element an empty text child, so pugixml writes `<p></p>`.
void close_empty_elements(pugi::xml_node node) {
    for (pugi::xml_node child : node.children()) {
        if (child.type() != pugi::node_element) continue;
        if (!child.first_child() && !is_one_of(child.name(), void_elements))
            child.append_child(pugi::node_pcdata);
        close_empty_elements(child);
    }
}

// Puts each child of a block container on its own line, indented by depth.
void indent_blocks(pugi::xml_node node, int depth) {
    for (pugi::xml_node child : node.children())
        if (child.type() == pugi::node_element) indent_blocks(child, depth + 1);
    if (!is_one_of(node.name(), block_containers) || has_text_child(node) || !node.first_child()) return;
    const std::string inner = "\n" + std::string(static_cast<std::size_t>(depth + 1) * 2, ' ');
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling())
        node.insert_child_before(pugi::node_pcdata, child).set_value(inner.c_str());
    node.append_child(pugi::node_pcdata)
        .set_value(("\n" + std::string(static_cast<std::size_t>(depth) * 2, ' ')).c_str());
}

}  // namespace

pugi::xml_node append_element(pugi::xml_node parent, const char* name, std::string_view text) {
    pugi::xml_node element = parent.append_child(name);
    if (!text.empty()) append_text(element, text);
    return element;
}

void append_text(pugi::xml_node parent, std::string_view text) {
    const std::string safe = xml_safe_text(text);
    if (safe.empty()) return;
    pugi::xml_node last = parent.last_child();
    if (last.type() == pugi::node_pcdata) {
        last.set_value((std::string(last.value()) + safe).c_str());
        return;
    }
    parent.append_child(pugi::node_pcdata).set_value(safe.c_str());
}

void set_attribute(pugi::xml_node node, const char* name, std::string_view value) {
    pugi::xml_attribute attribute = node.attribute(name);
    if (!attribute) attribute = node.append_attribute(name);
    attribute.set_value(xml_safe_text(value).c_str());
}

std::string serialize_xhtml(pugi::xml_document& doc, XmlOutput output) {
    pugi::xml_node root = doc.document_element();
    close_empty_elements(doc);
    indent_blocks(root, 0);
    std::ostringstream out;
    if (output.declaration) out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    if (output.html_doctype) out << "<!DOCTYPE html>\n";
    root.print(out, "", pugi::format_raw, pugi::encoding_utf8);
    out << '\n';
    return out.str();
}

std::string serialize_xml(const pugi::xml_document& doc) {
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    doc.document_element().print(out, "  ", pugi::format_indent, pugi::encoding_utf8);
    return out.str();
}

}  // namespace folio
