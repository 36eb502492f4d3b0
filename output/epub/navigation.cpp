// Table of contents as nested lists (nav) and nested navPoints (NCX), plus landmarks.
#include "output/epub/navigation.hpp"

#include "output/common/labels.hpp"
#include "output/epub/content_document.hpp"
#include "output/html/meta_values.hpp"
#include "output/html/xhtml_tree.hpp"

namespace folio {

namespace {

std::string entry_href(const TocEntry& entry) {
    const std::string page = entry.page.empty() ? std::string(article_page_path) : entry.page;
    return entry.level == 1 ? page : page + "#" + entry.id;
}

// Nests the entries by level: each one goes under the last entry of a lower level. `add` creates
// an entry's node under its parent's node (the root for top-level entries) and returns it.
template <typename AddEntry>
void nest_entries(const std::vector<TocEntry>& toc, pugi::xml_node root, AddEntry add) {
    struct Open {
        int level;
        pugi::xml_node node;
    };
    std::vector<Open> open;
    for (const TocEntry& entry : toc) {
        while (!open.empty() && open.back().level >= entry.level) open.pop_back();
        pugi::xml_node node = add(open.empty() ? root : open.back().node, entry, !open.empty());
        open.push_back({entry.level, node});
    }
}

void append_link_item(pugi::xml_node list, const std::string& href, const std::string& label,
                      const char* type) {
    pugi::xml_node link = append_element(list.append_child("li"), "a", label);
    if (type != nullptr) set_attribute(link, "epub:type", type);
    set_attribute(link, "href", href);
}

}  // namespace

std::string navigation_document(const Meta& meta, const std::string& lang, const std::vector<TocEntry>& toc) {
    const BookLabels& labels = book_labels(meta.lang);
    pugi::xml_document tree;
    pugi::xml_node body = start_content_document(tree, lang, labels.contents, "");

    pugi::xml_node contents = body.append_child("nav");
    set_attribute(contents, "epub:type", "toc");
    set_attribute(contents, "id", "toc");
    set_attribute(contents, "role", "doc-toc");
    append_element(contents, "h1", labels.contents);
    pugi::xml_node top = contents.append_child("ol");
    nest_entries(toc, top, [](pugi::xml_node parent, const TocEntry& entry, bool nested) {
        pugi::xml_node list = parent;
        if (nested) {
            list = parent.child("ol");
            if (!list) list = parent.append_child("ol");
        }
        pugi::xml_node item = list.append_child("li");
        set_attribute(append_element(item, "a", entry.label), "href", entry_href(entry));
        return item;
    });

    pugi::xml_node landmarks = body.append_child("nav");
    set_attribute(landmarks, "epub:type", "landmarks");
    set_attribute(landmarks, "id", "landmarks");
    set_attribute(landmarks, "hidden", "hidden");
    append_element(landmarks, "h2", labels.landmarks);
    pugi::xml_node list = landmarks.append_child("ol");
    append_link_item(list, cover_page_path, std::string(labels.cover), "cover");
    append_link_item(list, title_page_path, std::string(labels.title_page), "titlepage");
    const std::string first_page =
        toc.empty() || toc.front().page.empty() ? article_page_path : toc.front().page;
    append_link_item(list, first_page, display_title(meta), "bodymatter");
    return finish_content_document(tree);
}

std::string ncx_document(const Meta& meta, const std::string& lang, const std::string& identifier,
                         const std::vector<TocEntry>& toc) {
    pugi::xml_document tree;
    pugi::xml_node ncx = tree.append_child("ncx");
    set_attribute(ncx, "xmlns", "http://www.daisy.org/z3986/2005/ncx/");
    set_attribute(ncx, "version", "2005-1");
    set_attribute(ncx, "xml:lang", lang);

    int depth = 0;
    for (const TocEntry& entry : toc) depth = std::max(depth, entry.level);
    pugi::xml_node head = ncx.append_child("head");
    const auto add_meta = [&head](const char* name, const std::string& content) {
        pugi::xml_node meta_element = head.append_child("meta");
        set_attribute(meta_element, "name", name);
        set_attribute(meta_element, "content", content);
    };
    add_meta("dtb:uid", identifier);
    add_meta("dtb:depth", std::to_string(std::max(depth, 1)));
    add_meta("dtb:totalPageCount", "0");
    add_meta("dtb:maxPageNumber", "0");
    append_element(ncx.append_child("docTitle"), "text", display_title(meta));
    for (const std::string& name : author_names(meta))
        append_element(ncx.append_child("docAuthor"), "text", name);

    pugi::xml_node map = ncx.append_child("navMap");
    int order = 0;
    nest_entries(toc, map, [&order](pugi::xml_node parent, const TocEntry& entry, bool) {
        ++order;
        pugi::xml_node point = parent.append_child("navPoint");
        set_attribute(point, "id", "navpoint-" + std::to_string(order));
        set_attribute(point, "playOrder", std::to_string(order));
        append_element(point.append_child("navLabel"), "text", entry.label);
        set_attribute(point.append_child("content"), "src", entry_href(entry));
        return point;
    });
    return serialize_xml(tree);
}

}  // namespace folio
