// Reading article metadata from DocBook <info>.
#include "input/docbook/docbook_info_reader.hpp"

#include <string>

#include "input/docbook/docbook_inline_reader.hpp"
#include "input/docbook/docbook_nodes.hpp"

namespace folio {

namespace {

std::string join(const std::string& a, const std::string& b) {
    if (a.empty()) return b;
    if (b.empty()) return a;
    return a + " " + b;
}

// Paragraphs of a block container joined by line breaks (a bio, a legal notice, an abstract).
Inlines read_paragraphs(const xmlNode* container) {
    Inlines out;
    for (const xmlNode* child : element_children(container)) {
        if (local_name(child) == "title" || local_name(child) == "info") continue;
        Inlines paragraph = read_inlines(child);
        if (paragraph.empty()) continue;
        if (!out.empty()) out.push_back(line_break());
        out.insert(out.end(), paragraph.begin(), paragraph.end());
    }
    return out;
}

// Text only: the name as printed. Parts: given and family from <firstname>/<surname>, the printed name from
// <othername role="display"> or else all parts joined by spaces.
Person read_personname(const xmlNode* personname) {
    Person person;
    const std::vector<const xmlNode*> parts = element_children(personname);
    if (parts.empty()) {
        person.name = read_plain(personname);
        return person;
    }
    bool has_display = false;
    std::string joined;
    for (const xmlNode* part : parts) {
        const std::string_view name = local_name(part);
        if (name != "honorific" && name != "firstname" && name != "givenname" && name != "surname" &&
            name != "lineage" && name != "othername")
            continue;
        const std::string text = read_plain(part);
        if (name == "othername" && attribute(part, "role") == "display") {
            person.name = text;
            has_display = true;
            continue;
        }
        if ((name == "firstname" || name == "givenname") && person.given.empty()) person.given = text;
        if (name == "surname" && person.family.empty()) person.family = text;
        joined = join(joined, text);
    }
    if (!has_display) person.name = joined;
    return person;
}

Person read_author(const xmlNode* author) {
    Person person;
    if (const xmlNode* personname = first_child(author, "personname"))
        person = read_personname(personname);
    else if (const xmlNode* orgname = first_child(author, "orgname"))
        person.name = read_plain(orgname);
    else
        person = read_personname(author);  // DocBook 4: <author><firstname/><surname/></author>
    person.bio = read_paragraphs(first_child(author, "personblurb"));
    return person;
}

void read_biblioid(const xmlNode* node, Meta& meta) {
    const std::string role = attribute(node, "role");
    const std::string value = read_plain(node);
    if (role == "source" || (role.empty() && attribute(node, "class") == "uri" && meta.source_url.empty()))
        meta.source_url = value;
    else if (role == "identifier" || meta.identifier.empty())
        meta.identifier = value;
}

void read_subjectset(const xmlNode* node, Meta& meta) {
    const bool kicker = attribute(node, "role") == "kicker";
    for (const xmlNode* subject : element_children(node))
        for (const xmlNode* term : element_children(subject)) {
            if (kicker && meta.kicker.empty())
                meta.kicker = read_plain(term);
            else
                meta.keywords.push_back(read_plain(term));
        }
}

std::string read_copyright(const xmlNode* node) {
    std::string years;
    std::string holders;
    for (const xmlNode* child : element_children(node)) {
        if (local_name(child) == "year") years = join(years, read_plain(child));
        if (local_name(child) == "holder") holders = join(holders, read_plain(child));
    }
    return join("\xC2\xA9 " + years, holders);
}

void read_element(const xmlNode* node, Meta& meta, const xmlNode*& abstract) {
    const std::string_view name = local_name(node);
    if (name == "title") {
        meta.title = read_plain(node);
    } else if (name == "subtitle") {
        meta.subtitle = read_plain(node);
    } else if (name == "subjectset") {
        read_subjectset(node, meta);
    } else if (name == "keywordset") {
        for (const xmlNode* keyword : element_children(node)) meta.keywords.push_back(read_plain(keyword));
    } else if (name == "pubdate") {
        meta.date = read_plain(node);
    } else if (name == "date") {
        meta.date_text = read_plain(node);
    } else if (name == "author") {
        meta.authors.push_back(read_author(node));
    } else if (name == "authorgroup") {
        for (const xmlNode* author : element_children(node))
            if (local_name(author) == "author") meta.authors.push_back(read_author(author));
    } else if (name == "publisher") {
        meta.publisher = read_plain(first_child(node, "publishername"));
    } else if (name == "publishername") {
        meta.publisher = read_plain(node);
    } else if (name == "biblioid") {
        read_biblioid(node, meta);
    } else if (name == "legalnotice") {
        meta.rights = to_plain_text(read_paragraphs(node));
    } else if (name == "copyright") {
        if (meta.rights.empty()) meta.rights = read_copyright(node);
    } else if (name == "abstract") {
        abstract = node;
    }
}

}  // namespace

const xmlNode* read_docbook_info(const xmlNode* root, Meta& meta, Diagnostics& diag) {
    const xmlNode* abstract = nullptr;
    const xmlNode* info = first_child(root, "info");
    if (!info) info = first_child(root, "articleinfo");
    for (const xmlNode* node : element_children(info)) read_element(node, meta, abstract);
    if (meta.title.empty()) meta.title = read_plain(first_child(root, "title"));
    if (meta.subtitle.empty()) meta.subtitle = read_plain(first_child(root, "subtitle"));
    if (meta.title.empty()) diag.warn("docbook: the document has no title");
    return abstract;
}

}  // namespace folio
