// Reading DocBook inline markup into the model's inlines.
#include "input/docbook/docbook_inline_reader.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "input/docbook/docbook_nodes.hpp"

namespace folio {

namespace {

// Stands for a layout whitespace run until the ends of the content are known (XML text cannot hold it).
constexpr char layout_space = '\x01';

constexpr std::array<std::string_view, 24> code_names = {
    "code",      "literal",        "command",    "filename",      "function",      "varname",
    "userinput", "computeroutput", "systemitem", "option",        "tag",           "classname",
    "constant",  "envar",          "parameter",  "property",      "prompt",        "markup",
    "token",     "type",           "methodname", "exceptionname", "interfacename", "keycap"};

constexpr std::array<std::string_view, 5> invisible_names = {"indexterm", "remark", "anchor", "footnote",
                                                             "footnoteref"};

constexpr std::array<std::string_view, 18> wrapper_names = {
    "emphasis", "link",      "ulink",     "xref",        "olink",         "phrase",
    "quote",    "citetitle", "firstterm", "glossterm",   "foreignphrase", "wordasword",
    "abbrev",   "acronym",   "trademark", "superscript", "subscript",     "citation"};

constexpr std::array<std::string_view, 18> named_thing_names = {
    "personname",        "orgname",   "email",     "uri",          "application", "productname",
    "guilabel",          "guimenu",   "guibutton", "guimenuitem",  "keycombo",    "replaceable",
    "inlinemediaobject", "biblioref", "termdef",   "citerefentry", "jobtitle",    "date"};

template <std::size_t N>
bool among(std::string_view name, const std::array<std::string_view, N>& names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

void append_text(Inlines& out, std::string text) {
    if (text.empty()) return;
    if (!out.empty() && out.back().kind == Inline::Kind::Text)
        out.back().text += text;
    else
        out.push_back(folio::text(std::move(text)));
}

// Text with every whitespace run that contains a line feed replaced by one layout_space.
std::string mark_layout(std::string_view raw) {
    std::string out;
    std::size_t i = 0;
    while (i < raw.size()) {
        if (!is_blank(raw.substr(i, 1))) {
            out += raw[i++];
            continue;
        }
        std::size_t end = i;
        while (end < raw.size() && is_blank(raw.substr(end, 1))) ++end;
        const std::string_view run = raw.substr(i, end - i);
        if (run.find('\n') != std::string_view::npos)
            out += layout_space;
        else
            out += run;
        i = end;
    }
    return out;
}

std::string raw_text(const xmlNode* node) {
    xmlChar* content = xmlNodeGetContent(node);
    std::string out = content ? reinterpret_cast<const char*>(content) : "";
    xmlFree(content);
    return out;
}

void read_range(const xmlNode* first, const xmlNode* end, const SkipNode& skip, Inlines& out);

void read_element(const xmlNode* node, const SkipNode& skip, Inlines& out) {
    const std::string_view name = local_name(node);
    if (among(name, invisible_names)) return;
    if (among(name, code_names)) {
        out.push_back(code(raw_text(node)));
        return;
    }
    Inlines children;
    read_range(node->children, nullptr, skip, children);
    if (name == "emphasis") {
        const std::string role = attribute(node, "role");
        out.push_back(role == "strong" || role == "bold" ? strong(std::move(children))
                                                         : emphasis(std::move(children)));
    } else if (name == "link" || name == "ulink") {
        std::string href = name == "ulink" ? attribute(node, "url")
                                           : attribute_ns(node, "href", "http://www.w3.org/1999/xlink");
        if (href.empty() && !attribute(node, "linkend").empty()) href = "#" + attribute(node, "linkend");
        out.push_back(link(std::move(href), std::move(children)));
    } else {
        for (Inline& child : children) {
            if (child.kind == Inline::Kind::Text)
                append_text(out, std::move(child.text));
            else
                out.push_back(std::move(child));
        }
    }
}

void read_range(const xmlNode* first, const xmlNode* end, const SkipNode& skip, Inlines& out) {
    for (const xmlNode* node = first; node && node != end; node = node->next) {
        if (skip && skip(node)) continue;
        switch (node->type) {
            case XML_TEXT_NODE:
            case XML_CDATA_SECTION_NODE:
                append_text(out, mark_layout(reinterpret_cast<const char*>(node->content ? node->content
                                                                                         : BAD_CAST "")));
                break;
            case XML_PI_NODE:
                if (local_name(node) == "linebreak") out.push_back(line_break());
                break;
            case XML_ELEMENT_NODE:
                if (is_docbook_element(node)) read_element(node, skip, out);
                break;
            default:
                break;
        }
    }
}

// The first (or last) Text leaf reached before any other leaf, or nullptr.
Inline* edge_text(Inlines& content, bool front) {
    if (content.empty()) return nullptr;
    Inline& edge = front ? content.front() : content.back();
    if (edge.kind == Inline::Kind::Text) return &edge;
    if (edge.kind == Inline::Kind::Emphasis || edge.kind == Inline::Kind::Strong ||
        edge.kind == Inline::Kind::Link)
        return edge_text(edge.children, front);
    return nullptr;
}

void erase_empty_texts(Inlines& content) {
    std::erase_if(content, [](const Inline& in) { return in.kind == Inline::Kind::Text && in.text.empty(); });
    for (Inline& in : content) erase_empty_texts(in.children);
}

void settle_layout(Inlines& content) {
    for (Inline& in : content) {
        if (in.kind == Inline::Kind::Text) std::replace(in.text.begin(), in.text.end(), layout_space, ' ');
        settle_layout(in.children);
    }
}

}  // namespace

bool is_inline_name(std::string_view name) {
    return among(name, code_names) || among(name, invisible_names) || among(name, wrapper_names) ||
           among(name, named_thing_names);
}

Inlines read_inline_range(const xmlNode* first, const xmlNode* end, const SkipNode& skip) {
    Inlines out;
    read_range(first, end, skip, out);
    // Layout whitespace at either end of the content goes; elsewhere it is one space.
    for (bool front : {true, false}) {
        while (Inline* edge = edge_text(out, front)) {
            std::string& text = edge->text;
            if (front)
                text.erase(0, std::min(text.find_first_not_of(layout_space), text.size()));
            else
                text.erase(text.find_last_not_of(layout_space) + 1);
            if (!text.empty()) break;
            erase_empty_texts(out);
        }
    }
    settle_layout(out);
    erase_empty_texts(out);
    return out;
}

Inlines read_inlines(const xmlNode* node, const SkipNode& skip) {
    return node ? read_inline_range(node->children, nullptr, skip) : Inlines{};
}

std::string read_plain(const xmlNode* node) { return to_plain_text(read_inlines(node)); }

}  // namespace folio
