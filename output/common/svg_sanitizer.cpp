// Making an SVG image safe and valid to put in a book: parsed without a DTD, reduced to what epubcheck
// allows.
#include "output/common/svg_sanitizer.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <climits>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "formats/diagnostics.hpp"
#include "formats/markup_attributes.hpp"
#include "output/common/svg_vocabulary.hpp"

namespace folio {

namespace {

constexpr std::string_view kSvgNamespace = "http://www.w3.org/2000/svg";
constexpr std::string_view kXlinkNamespace = "http://www.w3.org/1999/xlink";

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

// A value that loads nothing from outside the image: a link to a fragment or a raster data: URI, and CSS
// (in style and in presentation attributes such as fill) whose url()s name fragments.
bool is_self_contained_value(std::string_view attribute, std::string_view value) {
    if (attribute == "href" || attribute == "xlink:href") return is_internal_reference(value);
    return is_self_contained_css(value);
}

// The attribute's name as the vocabulary spells it ("xlink:href", "xml:lang", or a name in no namespace);
// empty for an attribute in any other namespace, which a book's image does not keep.
std::string vocabulary_name(const xmlAttr* attribute) {
    const std::string local(text_of(attribute->name));
    if (attribute->ns == nullptr) return local;
    const std::string_view space = text_of(attribute->ns->href);
    if (space == kXlinkNamespace) return "xlink:" + local;
    if (space == text_of(XML_XML_NAMESPACE)) return "xml:" + local;
    return "";
}

std::string value_of(const xmlAttr* attribute) {
    xmlChar* raw = xmlNodeListGetString(attribute->doc, attribute->children, 1);
    std::string value = raw != nullptr ? reinterpret_cast<const char*>(raw) : "";
    xmlFree(raw);
    return value;
}

// Removes the element's declarations of namespaces other than SVG's and XLink's: nothing kept uses them.
void drop_foreign_namespaces(xmlNode* node) {
    xmlNs** link = &node->nsDef;
    while (*link != nullptr) {
        xmlNs* ns = *link;
        const std::string_view space = text_of(ns->href);
        if (space == kSvgNamespace || space == kXlinkNamespace) {
            link = &ns->next;
        } else {
            *link = ns->next;
            ns->next = nullptr;
            xmlFreeNs(ns);
        }
    }
}

// Removes the attributes the element's vocabulary does not allow, with a value outside their datatype or
// loading something from outside; says whether every required attribute is left.
bool clean_attributes(xmlNode* node, const SvgElementVocabulary& vocabulary) {
    std::unordered_set<std::string> kept;
    for (xmlAttr* attribute = node->properties; attribute != nullptr;) {
        xmlAttr* next = attribute->next;
        const std::string name = vocabulary_name(attribute);
        const std::string value = value_of(attribute);
        const bool keep = vocabulary.attributes.contains(name) &&
                          svg_attribute_value_allowed(text_of(node->name), name, value) &&
                          is_self_contained_value(name, value);
        if (keep)
            kept.insert(name);
        else
            xmlRemoveProp(attribute);
        attribute = next;
    }
    drop_foreign_namespaces(node);
    for (const std::string_view required : vocabulary.required)
        if (!kept.contains(std::string(required))) return false;
    return true;
}

bool is_svg_element(const xmlNode* node) {
    return node->type == XML_ELEMENT_NODE && node->ns != nullptr && text_of(node->ns->href) == kSvgNamespace;
}

bool is_blank(const xmlNode* text) {
    for (const char c : text_of(text->content))
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
    return true;
}

bool has_unsafe_css(xmlNode* style) {
    xmlChar* css = xmlNodeGetContent(style);
    const bool safe = is_self_contained_css(text_of(css));
    xmlFree(css);
    return !safe;
}

void remove_node(xmlNode* node) {
    xmlUnlinkNode(node);
    xmlFreeNode(node);
}

// A link cannot be followed in a still image: it becomes a group where its parent allows one, else its
// children take its place. Returns the node to go on with.
xmlNode* drop_link(xmlNode* link, const SvgElementVocabulary& parent) {
    if (parent.children.contains("g")) {
        xmlNodeSetName(link, reinterpret_cast<const xmlChar*>("g"));
        return link;
    }
    xmlNode* before = link->prev;
    xmlNode* parent_node = link->parent;
    while (link->children != nullptr) {
        xmlNode* child = link->children;
        xmlUnlinkNode(child);
        xmlAddPrevSibling(link, child);  // may merge a text child into the text before it
    }
    remove_node(link);
    if (before == nullptr) return parent_node->children;
    return before->type == XML_TEXT_NODE ? before : before->next;
}

// Keeps what epubcheck's SVG schema allows: SVG elements where their parent may hold them, with their
// allowed attributes and values, text only where text may stand; everything else is removed.
void sanitize(xmlNode* root) {
    const SvgElementVocabulary& svg = *svg_element_vocabulary("svg");
    clean_attributes(root, svg);
    std::vector<std::pair<xmlNode*, const SvgElementVocabulary*>> pending{{root, &svg}};
    while (!pending.empty()) {
        auto [node, vocabulary] = pending.back();
        pending.pop_back();
        for (xmlNode* child = node->children; child != nullptr;) {
            if (is_svg_element(child) && text_of(child->name) == "a") {
                child = drop_link(child, *vocabulary);
                continue;
            }
            xmlNode* next = child->next;
            bool keep = child->type == XML_COMMENT_NODE;
            if (is_svg_element(child)) {
                const SvgElementVocabulary* inner = svg_element_vocabulary(text_of(child->name));
                keep = inner != nullptr && vocabulary->children.contains(text_of(child->name)) &&
                       !(text_of(child->name) == "style" && has_unsafe_css(child)) &&
                       clean_attributes(child, *inner);
                if (keep) pending.emplace_back(child, inner);
            } else if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
                keep = vocabulary->holds_text || is_blank(child);
            }
            if (!keep) remove_node(child);
            child = next;
        }
    }
}

// The fragment ids an attribute's value refers to: "#id" in a link, url(#id) in a paint or CSS value.
std::vector<std::string> fragment_references(std::string_view attribute, std::string_view value) {
    std::vector<std::string> ids;
    if (attribute == "href" || attribute == "xlink:href") {
        const std::size_t hash = value.find('#');
        if (hash != std::string_view::npos && value.find_first_not_of(" \t\n\r") == hash)
            ids.emplace_back(value.substr(hash + 1, value.find_last_not_of(" \t\n\r") - hash));
        return ids;
    }
    for (std::size_t at = value.find("url("); at != std::string_view::npos; at = value.find("url(", at + 4)) {
        std::string_view rest = value.substr(at + 4);
        while (!rest.empty() && (rest.front() == ' ' || rest.front() == '"' || rest.front() == '\''))
            rest.remove_prefix(1);
        if (!rest.starts_with('#')) continue;
        rest.remove_prefix(1);
        ids.emplace_back(rest.substr(0, rest.find_first_of(")\"' ")));
    }
    return ids;
}

bool is_paint_server(std::string_view element) {
    return element == "linearGradient" || element == "radialGradient" || element == "pattern";
}

// Whether the element named `target` may be what `attribute` of `element` refers to, as epubcheck checks
// it: fill and stroke name a paint server, a use names no paint server and no clipPath.
bool is_compatible_target(std::string_view element, std::string_view attribute, std::string_view target) {
    if (attribute == "fill" || attribute == "stroke") return is_paint_server(target);
    if (element == "use") return !is_paint_server(target) && target != "clipPath";
    return true;
}

// Each id in the image with the name of its element; an id seen before in document order is removed.
std::unordered_map<std::string, std::string> unique_ids(xmlNode* root) {
    std::unordered_map<std::string, std::string> ids;
    std::vector<xmlNode*> pending{root};
    while (!pending.empty()) {
        xmlNode* node = pending.back();
        pending.pop_back();
        if (xmlAttr* id = xmlHasNsProp(node, reinterpret_cast<const xmlChar*>("id"), nullptr)) {
            if (!ids.emplace(value_of(id), text_of(node->name)).second) xmlRemoveProp(id);
        }
        for (xmlNode* child = node->last; child != nullptr; child = child->prev)
            if (child->type == XML_ELEMENT_NODE) pending.push_back(child);
    }
    return ids;
}

// Makes ids unique, then removes references to fragments the image does not hold, or to elements of the
// wrong kind (no reference attribute is required, so the element stays: a use without a link draws nothing).
void resolve_references(xmlNode* root) {
    const std::unordered_map<std::string, std::string> ids = unique_ids(root);
    std::vector<xmlNode*> pending{root};
    while (!pending.empty()) {
        xmlNode* node = pending.back();
        pending.pop_back();
        for (xmlAttr* attribute = node->properties; attribute != nullptr;) {
            xmlAttr* next = attribute->next;
            const std::string name = vocabulary_name(attribute);
            for (const std::string& id : fragment_references(name, value_of(attribute))) {
                const auto target = ids.find(id);
                if (target == ids.end() || !is_compatible_target(text_of(node->name), name, target->second)) {
                    xmlRemoveProp(attribute);
                    break;
                }
            }
            attribute = next;
        }
        for (xmlNode* child = node->children; child != nullptr; child = child->next)
            if (child->type == XML_ELEMENT_NODE) pending.push_back(child);
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
    if (svg.find("<!ENTITY") != std::string_view::npos)
        throw Error("the SVG declares entities, which a book must not carry");
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
    // A document type declaration only naming SVG's DTD (which is never loaded) is left out; one with
    // declarations of its own would change what the image means.
    if (doc->intSubset != nullptr && doc->intSubset->children != nullptr)
        throw Error("the SVG declares a DTD of its own, which a book must not carry");
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
    resolve_references(root);
    xmlChar* out = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(doc.get(), &out, &size, "UTF-8");
    std::string result(reinterpret_cast<const char*>(out), static_cast<std::size_t>(size));
    xmlFree(out);
    return result;
}

}  // namespace folio
