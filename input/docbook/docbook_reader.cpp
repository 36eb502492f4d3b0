// DocBook reader: safe parsing, then <info> and body mapped to the document model.
#include "input/docbook/docbook_reader.hpp"

#include <algorithm>
#include <string>

#include "input/docbook/docbook_body_reader.hpp"
#include "input/docbook/docbook_info_reader.hpp"
#include "input/docbook/docbook_inline_reader.hpp"
#include "input/docbook/docbook_nodes.hpp"
#include "input/docbook/safe_xml.hpp"

namespace folio {

namespace {

std::string language_of(const xmlNode* root) {
    xmlChar* lang = xmlNodeGetLang(root);
    std::string out = lang ? reinterpret_cast<const char*>(lang) : "";
    xmlFree(lang);
    return out;
}

bool has_lead(const std::vector<Block>& blocks) {
    return std::any_of(blocks.begin(), blocks.end(), [](const Block& block) {
        const auto* paragraph = std::get_if<Paragraph>(&block);
        return paragraph && paragraph->role == "lead";
    });
}

Inlines abstract_text(const xmlNode* abstract) {
    Inlines out;
    for (const xmlNode* child : element_children(abstract)) {
        if (local_name(child) == "title" || local_name(child) == "info") continue;
        Inlines text = read_inlines(child);
        if (text.empty()) continue;
        if (!out.empty()) out.push_back(line_break());
        out.insert(out.end(), text.begin(), text.end());
    }
    return out;
}

// folio prints the kicker as the body's first paragraph, <para role="kicker">, besides <info>'s subject.
void take_kicker(Document& doc) {
    if (doc.blocks.empty()) return;
    const auto* first = std::get_if<Paragraph>(&doc.blocks.front());
    if (!first || first->role != "kicker") return;
    const std::string printed = to_plain_text(first->content);
    if (doc.meta.kicker.empty()) doc.meta.kicker = printed;
    if (printed == doc.meta.kicker) doc.blocks.erase(doc.blocks.begin());
}

// The parsed document's root element, checked: DocBook's namespace, nesting within the limits.
const xmlNode* checked_root(const XmlDocPtr& xml, const ReadOptions& options) {
    const xmlNode* root = xmlDocGetRootElement(xml.get());
    if (!root) throw Error("docbook: the document has no root element");
    try {
        check_nesting_depth(element_depth(root), "XML elements", options.limits);
    } catch (const Error& e) {
        throw Error(std::string("docbook: ") + e.what());
    }
    if (!is_docbook_element(root))
        throw Error("docbook: the root element <" + std::string(local_name(root)) + "> is in the namespace " +
                    reinterpret_cast<const char*>(root->ns->href) + ", not DocBook's " + docbook_namespace);
    return root;
}

Document read_article(const xmlNode* root, const ReadOptions& options, Diagnostics& diag) {
    Document doc;
    doc.meta.lang = language_of(root);
    const xmlNode* abstract = read_docbook_info(root, doc.meta, diag);
    doc.blocks = read_docbook_body(root, diag);
    take_kicker(doc);
    check_block_count(doc.blocks.size(), options.limits);
    if (abstract && !has_lead(doc.blocks)) {
        Inlines lead = abstract_text(abstract);
        if (!lead.empty()) doc.blocks.insert(doc.blocks.begin(), Paragraph{std::move(lead), "lead"});
    }
    return doc;
}

}  // namespace

Document read_docbook(std::string_view bytes, const ReadOptions& options, Diagnostics& diag) {
    const XmlDocPtr xml = parse_xml_safely(bytes, "docbook", diag);
    const xmlNode* root = checked_root(xml, options);
    if (local_name(root) != "article")
        diag.warn("docbook: the root element is <" + std::string(local_name(root)) +
                  ">; it is read as an article");
    return read_article(root, options, diag);
}

Collection read_docbook_collection(std::string_view bytes, const ReadOptions& options, Diagnostics& diag) {
    const XmlDocPtr xml = parse_xml_safely(bytes, "docbook", diag);
    const xmlNode* root = checked_root(xml, options);
    Collection book;
    if (local_name(root) != "book") {
        book.articles.push_back(read_article(root, options, diag));
        return book;
    }
    book.meta.lang = language_of(root);
    read_docbook_info(root, book.meta, diag);
    std::size_t count = 0;
    for (const xmlNode* child = root->children; child != nullptr; child = child->next)
        if (child->type == XML_ELEMENT_NODE && is_docbook_element(child) && local_name(child) == "article") {
            check_block_count(++count, options.limits);
            book.articles.push_back(read_article(child, options, diag));
            if (book.articles.back().meta.lang.empty()) book.articles.back().meta.lang = book.meta.lang;
        }
    return book;
}

}  // namespace folio
