// Parsing an HTML page with libxml2's tolerant HTML parser into the reader's own tree.
#include "input/html/html_parser.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/globals.h>
#include <libxml/xmlerror.h>

#include <climits>
#include <memory>
#include <string>
#include <vector>

#include "formats/markup_attributes.hpp"
#include "input/html/tag_nesting.hpp"

namespace folio::html {

namespace {

struct ParseErrors {
    std::size_t count = 0;
    std::string first;
    bool too_deep = false;  // libxml2 stopped at its own nesting limit and dropped the rest
};

// HTML5 elements (article, figure, main, …) are unknown to libxml2's HTML 4 parser; that is no error.
bool is_unknown_tag_complaint(std::string_view message) {
    return message.starts_with("Tag ") && message.find(" invalid") != std::string_view::npos;
}

void collect(void* user, xmlErrorPtr error) {
    if (error == nullptr || error->level == XML_ERR_WARNING) return;
    std::string message = error->message != nullptr ? error->message : "unknown error";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    if (is_unknown_tag_complaint(message)) return;
    auto* errors = static_cast<ParseErrors*>(user);
    if (message.starts_with("Excessive depth")) errors->too_deep = true;
    if (errors->count++ == 0) errors->first = "line " + std::to_string(error->line) + ": " + message;
}

struct XmlDocFree {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

std::string xml_string(const xmlChar* s) { return s != nullptr ? reinterpret_cast<const char*>(s) : ""; }

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return s;
}

class TreeBuilder {
public:
    explicit TreeBuilder(const xmlDoc* doc) : doc_(doc) {}

    std::unique_ptr<Node> element(const xmlNode* source) {
        auto node = element_without_children(source);
        add_children(*node, source, 0);
        return node;
    }

private:
    std::unique_ptr<Node> element_without_children(const xmlNode* source) const {
        auto node = std::make_unique<Node>();
        node->name = lower(xml_string(source->name));
        for (const xmlAttr* a = source->properties; a != nullptr; a = a->next) {
            xmlChar* value = xmlNodeListGetString(const_cast<xmlDoc*>(doc_), a->children, 1);
            node->attributes.emplace_back(lower(xml_string(a->name)), xml_string(value));
            xmlFree(value);
        }
        return node;
    }

    // Children of `source` go into `target`; below kMaxTreeDepth an element's children go straight
    // into `target` in place of the element.
    void add_children(Node& target, const xmlNode* source, int depth) {
        for (const xmlNode* child = source->children; child != nullptr; child = child->next) {
            if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
                auto text = std::make_unique<Node>();
                text->kind = Node::Kind::Text;
                text->text = xml_string(child->content);
                append(target, std::move(text));
            } else if (child->type == XML_ELEMENT_NODE) {
                if (depth + 1 >= kMaxTreeDepth) {
                    add_children(target, child, depth + 1);
                    continue;
                }
                auto node = element_without_children(child);
                add_children(*node, child, depth + 1);
                append(target, std::move(node));
            }
        }
    }

    static void append(Node& parent, std::unique_ptr<Node> child) {
        // Adjacent text nodes (left by dropped comments) become one.
        if (child->is_text() && !parent.children.empty() && parent.children.back()->is_text()) {
            parent.children.back()->text += child->text;
            return;
        }
        child->parent = &parent;
        parent.children.push_back(std::move(child));
    }

    const xmlDoc* doc_;
};

void number(Node& node, std::size_t& next, int depth) {
    node.order = next++;
    node.depth = depth;
    for (auto& child : node.children) number(*child, next, depth + 1);
}

}  // namespace

Tree parse_html(std::string_view utf8, Diagnostics& diag) {
    const BoundedMarkup page = bound_nesting(utf8, kMaxTreeDepth);
    if (page.dropped_tags > 0)
        diag.warn("the page nests elements deeper than " + std::to_string(kMaxTreeDepth) +
                  " levels; left out " + std::to_string(page.dropped_tags) +
                  " tags below that depth (their text is kept)");
    if (page.html.size() > static_cast<std::size_t>(INT_MAX)) throw Error("the page is too large");
    if (most_attributes_on_one_tag(page.html) > kMaxAttributesPerElement)
        throw Error(
            "an element has more than " + std::to_string(kMaxAttributesPerElement) +
            " attributes; refused (no real document has that many, and they would take quadratic time)");
    ParseErrors errors;
    const xmlStructuredErrorFunc previous_handler = xmlStructuredError;
    void* const previous_context = xmlStructuredErrorContext;
    xmlSetStructuredErrorFunc(&errors, collect);
    const std::unique_ptr<xmlDoc, XmlDocFree> doc(
        htmlReadMemory(page.html.data(), static_cast<int>(page.html.size()), nullptr, "UTF-8",
                       HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                           HTML_PARSE_IGNORE_ENC));
    xmlSetStructuredErrorFunc(previous_context, previous_handler);

    const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
    if (root == nullptr) throw Error("no HTML content");
    if (errors.too_deep)
        diag.warn(
            "the page nests elements deeper than the HTML parser's limit of 256 levels; the content "
            "after that point was cut");
    if (errors.count > 0)
        diag.warn("repaired " + std::to_string(errors.count) + " HTML markup error" +
                  (errors.count == 1 ? "" : "s") + " (the first at " + errors.first + ")");

    Tree tree;
    tree.root = TreeBuilder(doc.get()).element(root);
    std::size_t order = 0;
    number(*tree.root, order, 0);
    for (const auto& child : tree.root->children) {
        if (child->is("head") && tree.head == nullptr) tree.head = child.get();
        if (child->is("body") && tree.body == nullptr) tree.body = child.get();
    }
    if (tree.body == nullptr) tree.body = tree.root.get();
    return tree;
}

}  // namespace folio::html
