// Title page markup.
#include "output/epub/title_page.hpp"

#include "output/common/labels.hpp"
#include "output/epub/content_document.hpp"
#include "output/html/header_markup.hpp"
#include "output/html/inline_markup.hpp"
#include "output/html/meta_values.hpp"
#include "output/html/xhtml_tree.hpp"

namespace folio {

namespace {

void append_line(pugi::xml_node parent, const char* css_class, const std::string& text) {
    if (text.empty()) return;
    set_attribute(append_element(parent, "p", text), "class", css_class);
}

}  // namespace

std::string title_page(const Meta& meta, const std::string& lang) {
    pugi::xml_document tree;
    pugi::xml_node body =
        start_content_document(tree, lang, book_labels(meta.lang).title_page, "frontmatter");
    pugi::xml_node page = body.append_child("section");
    set_attribute(page, "class", "titlepage");
    set_attribute(page, "epub:type", "titlepage");
    append_line(page, "kicker", meta.kicker);
    append_element(page, "h1", display_title(meta));
    append_line(page, "subtitle", meta.subtitle);
    append_line(page, "authors-line", join_names(meta.lang, author_names(meta)));
    append_dateline(page, meta);
    append_line(page, "publisher", meta.publisher);
    if (!meta.source_url.empty()) {
        pugi::xml_node line = page.append_child("p");
        set_attribute(line, "class", "source-address");
        if (is_linkable(meta.source_url))
            set_attribute(append_element(line, "a", meta.source_url), "href", meta.source_url);
        else
            append_text(line, meta.source_url);
    }
    append_line(page, "rights", meta.rights);
    return finish_content_document(tree);
}

}  // namespace folio
