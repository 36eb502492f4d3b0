// libxml2 node helpers for reading RSS and Atom.
#include "input/feed/feed_xml.hpp"

#include <algorithm>

#include "input/common/utf8.hpp"
#include "input/docbook/safe_xml.hpp"

namespace folio::feed {

namespace {

void escape_into(std::string& out, std::string_view text, bool attribute_value) {
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                if (attribute_value) {
                    out += "&quot;";
                    break;
                }
                [[fallthrough]];
            default:
                out += c;
        }
    }
}

void write_markup(std::string& out, const xmlNode* node) {
    for (const xmlNode* child = node->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            if (child->content) escape_into(out, reinterpret_cast<const char*>(child->content), false);
        } else if (child->type == XML_ELEMENT_NODE) {
            out += '<';
            out += local_name(child);
            for (const xmlAttr* attr = child->properties; attr; attr = attr->next) {
                out += ' ';
                out += reinterpret_cast<const char*>(attr->name);
                out += "=\"";
                escape_into(out, take_xml_string(xmlNodeGetContent(reinterpret_cast<const xmlNode*>(attr))),
                            true);
                out += '"';
            }
            out += '>';
            write_markup(out, child);
            out += "</";
            out += local_name(child);
            out += '>';
        } else if (child->type == XML_ENTITY_REF_NODE) {
            escape_into(out, take_xml_string(xmlNodeGetContent(child)), false);
        }
    }
}

}  // namespace

std::string_view local_name(const xmlNode* node) {
    return node && node->name ? std::string_view(reinterpret_cast<const char*>(node->name))
                              : std::string_view();
}

std::string_view namespace_of(const xmlNode* node) {
    return node && node->ns && node->ns->href
               ? std::string_view(reinterpret_cast<const char*>(node->ns->href))
               : std::string_view();
}

bool is_named(const xmlNode* node, std::string_view ns, std::string_view name) {
    return node && node->type == XML_ELEMENT_NODE && local_name(node) == name && namespace_of(node) == ns;
}

std::vector<const xmlNode*> child_elements(const xmlNode* node) {
    std::vector<const xmlNode*> out;
    for (const xmlNode* child = node ? node->children : nullptr; child; child = child->next)
        if (child->type == XML_ELEMENT_NODE) out.push_back(child);
    return out;
}

const xmlNode* child_named(const xmlNode* node, std::string_view ns, std::string_view name) {
    for (const xmlNode* child = node ? node->children : nullptr; child; child = child->next)
        if (is_named(child, ns, name)) return child;
    return nullptr;
}

std::string text_of(const xmlNode* node) {
    if (!node) return {};
    return std::string(trim_space(take_xml_string(xmlNodeGetContent(node))));
}

std::string attribute(const xmlNode* node, const char* name) {
    return std::string(
        trim_space(take_xml_string(xmlGetNoNsProp(node, reinterpret_cast<const xmlChar*>(name)))));
}

std::string attribute_in(const xmlNode* node, const char* name, std::string_view ns) {
    const std::string href(ns);
    return std::string(trim_space(take_xml_string(xmlGetNsProp(
        node, reinterpret_cast<const xmlChar*>(name), reinterpret_cast<const xmlChar*>(href.c_str())))));
}

std::string language_of(const xmlNode* node) {
    return std::string(trim_space(take_xml_string(xmlNodeGetLang(node))));
}

std::string inner_markup(const xmlNode* node) {
    std::string out;
    if (node) write_markup(out, node);
    return out;
}

}  // namespace folio::feed
