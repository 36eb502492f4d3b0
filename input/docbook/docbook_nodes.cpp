// libxml2 node helpers for reading DocBook.
#include "input/docbook/docbook_nodes.hpp"

#include <cstring>

#include "input/docbook/safe_xml.hpp"

namespace folio {

bool is_docbook_element(const xmlNode* node) {
    if (!node || node->type != XML_ELEMENT_NODE) return false;
    return !node->ns || !node->ns->href ||
           std::strcmp(reinterpret_cast<const char*>(node->ns->href), docbook_namespace) == 0;
}

std::string_view local_name(const xmlNode* node) {
    return node && node->name ? std::string_view(reinterpret_cast<const char*>(node->name))
                              : std::string_view();
}

bool is_element(const xmlNode* node, std::string_view name) {
    return is_docbook_element(node) && local_name(node) == name;
}

std::string attribute(const xmlNode* node, const char* name) {
    return take_xml_string(xmlGetNoNsProp(node, reinterpret_cast<const xmlChar*>(name)));
}

std::string attribute_ns(const xmlNode* node, const char* name, const char* ns) {
    return take_xml_string(
        xmlGetNsProp(node, reinterpret_cast<const xmlChar*>(name), reinterpret_cast<const xmlChar*>(ns)));
}

std::vector<const xmlNode*> element_children(const xmlNode* node) {
    std::vector<const xmlNode*> out;
    for (const xmlNode* child = node ? node->children : nullptr; child; child = child->next)
        if (is_docbook_element(child)) out.push_back(child);
    return out;
}

const xmlNode* first_child(const xmlNode* node, std::string_view name) {
    for (const xmlNode* child = node ? node->children : nullptr; child; child = child->next)
        if (is_element(child, name)) return child;
    return nullptr;
}

const xmlNode* title_of(const xmlNode* node) {
    if (const xmlNode* title = first_child(node, "title")) return title;
    return first_child(first_child(node, "info"), "title");
}

bool is_blank(std::string_view text) {
    for (char c : text)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
    return true;
}

}  // namespace folio
