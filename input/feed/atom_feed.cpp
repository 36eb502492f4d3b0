// Reading an Atom 1.0 feed and its entries.
#include "input/feed/atom_feed.hpp"

#include "input/feed/feed_content.hpp"
#include "input/feed/feed_limits.hpp"
#include "input/feed/feed_xml.hpp"

namespace folio::feed {

namespace {

const xmlNode* atom_child(const xmlNode* parent, std::string_view name) {
    return child_named(parent, atom_namespace, name);
}

// The <div> an xhtml text construct wraps its markup in, else the element itself.
const xmlNode* xhtml_container(const xmlNode* element) {
    const xmlNode* div = child_named(element, xhtml_namespace, "div");
    return div ? div : element;
}

// A text construct (title, subtitle, summary, content, rights) as HTML or plain text.
Content text_construct(const xmlNode* element) {
    if (!element) return {};
    const std::string type = attribute(element, "type");
    if (type == "xhtml") return Content{inner_markup(xhtml_container(element)), true};
    if (type == "html" || type == "text/html") return Content{text_of(element), true};
    return Content{text_of(element), false};
}

// A title, subtitle or name as plain text.
std::string plain_text_of(const xmlNode* element) {
    const Content content = text_construct(element);
    return content.html ? html_text(content.body) : content.body;
}

std::string alternate_link(const xmlNode* parent) {
    std::string fallback;
    for (const xmlNode* link : child_elements(parent)) {
        if (!is_named(link, atom_namespace, "link")) continue;
        const std::string rel = attribute(link, "rel");
        if (rel.empty() || rel == "alternate") return attribute(link, "href");
        if (fallback.empty() && rel == "related") fallback = attribute(link, "href");
    }
    return fallback;
}

std::vector<std::string> author_names(const xmlNode* parent) {
    std::vector<std::string> names;
    for (const xmlNode* author : child_elements(parent))
        if (is_named(author, atom_namespace, "author"))
            if (std::string name = text_of(atom_child(author, "name")); !name.empty())
                names.push_back(std::move(name));
    return names;
}

// The content, when it is in the entry and something folio reads.
Content entry_content(const xmlNode* content, Diagnostics& diag) {
    if (!content) return {};
    const std::string type = attribute(content, "type");
    if (!attribute(content, "src").empty()) {
        diag.warn("the content is only linked to (src=\"" + attribute(content, "src") +
                  "\"); folio never fetches anything, so the article is the summary");
        return {};
    }
    if (type.empty() || type == "text" || type == "html" || type == "xhtml" || type == "text/html")
        return text_construct(content);
    if (type.starts_with("text/")) return Content{text_of(content), false};
    if (type == "application/xhtml+xml") return Content{inner_markup(content), true};
    diag.warn("the content is of type \"" + type +
              "\", which folio does not read; the article is the summary");
    return {};
}

Entry read_entry(const xmlNode* element, const std::vector<std::string>& feed_authors, Diagnostics& diag) {
    Entry entry;
    entry.title = plain_text_of(atom_child(element, "title"));
    entry.link = alternate_link(element);
    entry.id = text_of(atom_child(element, "id"));
    entry.date = text_of(atom_child(element, "published"));
    if (entry.date.empty()) entry.date = text_of(atom_child(element, "updated"));
    entry.authors = author_names(element);
    if (entry.authors.empty()) entry.authors = author_names(atom_child(element, "source"));
    if (entry.authors.empty()) entry.authors = feed_authors;
    entry.lang = language_of(element);
    for (const xmlNode* category : child_elements(element))
        if (is_named(category, atom_namespace, "category")) {
            std::string label = attribute(category, "label");
            if (label.empty()) label = attribute(category, "term");
            if (!label.empty()) entry.keywords.push_back(std::move(label));
        }
    entry.content = entry_content(atom_child(element, "content"), diag);
    entry.summary = text_construct(atom_child(element, "summary"));
    return entry;
}

}  // namespace

Feed read_atom(const xmlNode* root, const Limits& limits, Diagnostics& diag) {
    Feed feed;
    feed.title = plain_text_of(atom_child(root, "title"));
    feed.description = plain_text_of(atom_child(root, "subtitle"));
    feed.link = alternate_link(root);
    feed.lang = language_of(root);
    feed.date = text_of(atom_child(root, "updated"));
    feed.id = text_of(atom_child(root, "id"));
    feed.rights = plain_text_of(atom_child(root, "rights"));
    feed.authors = author_names(root);

    std::size_t count = 0;
    for (const xmlNode* child = root->children; child; child = child->next)
        if (is_named(child, atom_namespace, "entry")) ++count;
    check_entry_count(count, limits);
    feed.entries.reserve(count);
    for (const xmlNode* child = root->children; child; child = child->next) {
        if (!is_named(child, atom_namespace, "entry")) continue;
        Diagnostics entry_diag;
        feed.entries.push_back(read_entry(child, feed.authors, entry_diag));
        for (std::string& warning : entry_diag.warnings)
            diag.warn("entry " + std::to_string(feed.entries.size()) + ": " + std::move(warning));
    }
    return feed;
}

}  // namespace folio::feed
