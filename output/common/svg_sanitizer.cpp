// Making an SVG image safe to put in a book: parsed without a DTD, scripts and external references removed.
#include "output/common/svg_sanitizer.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <climits>
#include <memory>
#include <vector>

#include "formats/diagnostics.hpp"
#include "formats/markup_attributes.hpp"

namespace folio {

namespace {

constexpr std::string_view kSvgNamespace = "http://www.w3.org/2000/svg";

struct DocFree {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

std::string_view text_of(const xmlChar* s) {
    return s != nullptr ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
}

// A reference that stays inside the image: a fragment, or a raster image written into it.
bool is_internal_reference(std::string_view value) {
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t' || value.front() == '\n'))
        value.remove_prefix(1);
    const std::string start = lower(value.substr(0, 16));
    return value.starts_with('#') || start.starts_with("data:image/png") ||
           start.starts_with("data:image/jpeg") || start.starts_with("data:image/gif");
}

// CSS that loads nothing from outside: every url(…) names a fragment, and there is no @import.
bool is_self_contained_css(std::string_view css) {
    const std::string lowered = lower(css);
    if (lowered.find("@import") != std::string::npos || lowered.find("expression(") != std::string::npos)
        return false;
    for (std::size_t at = lowered.find("url("); at != std::string::npos; at = lowered.find("url(", at + 4)) {
        std::string_view rest = std::string_view(lowered).substr(at + 4);
        while (!rest.empty() && (rest.front() == ' ' || rest.front() == '"' || rest.front() == '\''))
            rest.remove_prefix(1);
        if (!rest.starts_with('#')) return false;
    }
    return true;
}

// Scripts, embedded documents, and animation, which can set any attribute (an event handler, a link to
// javascript:) after the image is checked; a book's image is still.
bool is_removed_element(const xmlNode* node) {
    const std::string name = lower(text_of(node->name));
    return name == "script" || name == "foreignobject" || name == "iframe" || name == "object" ||
           name == "embed" || name == "handler" || name == "listener" || name == "set" || name == "animate" ||
           name == "animatetransform" || name == "animatemotion" || name == "animatecolor";
}

bool is_unsafe_attribute(const xmlAttr* attribute) {
    const std::string name = lower(text_of(attribute->name));
    xmlChar* raw = xmlNodeListGetString(attribute->doc, attribute->children, 1);
    const std::string value = raw != nullptr ? reinterpret_cast<const char*>(raw) : "";
    xmlFree(raw);
    if (name.starts_with("on")) return true;
    if (name == "href" || name == "src") return !is_internal_reference(value);
    return !is_self_contained_css(value);
}

void sanitize(xmlNode* root) {
    std::vector<xmlNode*> pending{root};
    while (!pending.empty()) {
        xmlNode* node = pending.back();
        pending.pop_back();
        for (xmlAttr* attribute = node->properties; attribute != nullptr;) {
            xmlAttr* next = attribute->next;
            if (is_unsafe_attribute(attribute)) xmlRemoveProp(attribute);
            attribute = next;
        }
        for (xmlNode* child = node->children; child != nullptr;) {
            xmlNode* next = child->next;
            const bool unsafe_style =
                child->type == XML_ELEMENT_NODE && lower(text_of(child->name)) == "style" && [&] {
                    xmlChar* css = xmlNodeGetContent(child);
                    const bool safe = is_self_contained_css(text_of(css));
                    xmlFree(css);
                    return !safe;
                }();
            const bool removed =
                child->type == XML_PI_NODE || child->type == XML_ENTITY_REF_NODE ||
                (child->type == XML_ELEMENT_NODE && (is_removed_element(child) || unsafe_style));
            if (removed) {
                xmlUnlinkNode(child);
                xmlFreeNode(child);
            } else if (child->type == XML_ELEMENT_NODE) {
                pending.push_back(child);
            }
            child = next;
        }
    }
}

void ignore_errors(void*, xmlErrorPtr) {}

}  // namespace

std::string sanitized_svg(std::string_view svg) {
    if (svg.size() > static_cast<std::size_t>(INT_MAX)) throw Error("the SVG is too large");
    if (most_attributes_on_one_tag(svg) > kMaxAttributesPerElement)
        throw Error(
            "in the SVG, an element has more than " + std::to_string(kMaxAttributesPerElement) +
            " attributes; refused (no real document has that many, and they would take quadratic time)");
    if (svg.find("<!DOCTYPE") != std::string_view::npos || svg.find("<!ENTITY") != std::string_view::npos)
        throw Error("the SVG declares a DTD or entities, which a book must not carry");
    const xmlStructuredErrorFunc previous_handler = xmlStructuredError;
    void* const previous_context = xmlStructuredErrorContext;
    xmlSetStructuredErrorFunc(nullptr, ignore_errors);
    const std::unique_ptr<xmlDoc, DocFree> doc(
        xmlReadMemory(svg.data(), static_cast<int>(svg.size()), nullptr, nullptr,
                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
    const xmlError* error = xmlGetLastError();
    const std::string reason = error != nullptr && error->message != nullptr ? error->message : "";
    xmlSetStructuredErrorFunc(previous_context, previous_handler);
    if (!doc)
        throw Error("the SVG is not well-formed XML" +
                    (reason.empty() ? "" : " (" + reason.substr(0, reason.find('\n')) + ")"));
    if (doc->intSubset != nullptr || doc->extSubset != nullptr)
        throw Error("the SVG declares a DTD, which a book must not carry");
    xmlNode* root = xmlDocGetRootElement(doc.get());
    if (root == nullptr || text_of(root->name) != "svg" || root->ns == nullptr ||
        text_of(root->ns->href) != kSvgNamespace)
        throw Error("the root element is not an <svg> in the SVG namespace");
    for (xmlNode* child = doc->children; child != nullptr;) {
        xmlNode* next = child->next;
        if (child != root) {
            xmlUnlinkNode(child);
            xmlFreeNode(child);
        }
        child = next;
    }
    sanitize(root);
    xmlChar* out = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(doc.get(), &out, &size, "UTF-8");
    std::string result(reinterpret_cast<const char*>(out), static_cast<std::size_t>(size));
    xmlFree(out);
    return result;
}

}  // namespace folio
