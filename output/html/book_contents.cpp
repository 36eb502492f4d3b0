// A collection's front matter in XHTML: the book's header and its contents list, shared by the HTML page and
// the EPUB's contents page.
#include "output/html/book_contents.hpp"

#include "output/common/labels.hpp"
#include "output/html/meta_values.hpp"
#include "output/html/xhtml_tree.hpp"

namespace folio {

void append_book_contents(pugi::xml_node body, const Collection& book, const std::vector<std::string>& hrefs,
                          bool with_header) {
    const Meta& meta = book.meta;
    if (with_header) {
        pugi::xml_node header = body.append_child("header");
        set_attribute(header, "class", "book");
        append_element(header, "h1", display_title(meta));
        if (!meta.subtitle.empty())
            set_attribute(append_element(header, "p", meta.subtitle), "class", "subtitle");
        if (const std::string names = byline(meta.lang, author_names(meta)); !names.empty())
            set_attribute(append_element(header, "p", names), "class", "byline");
    }
    pugi::xml_node nav = body.append_child("nav");
    set_attribute(nav, "class", "contents");
    set_attribute(nav, "aria-labelledby", "contents");
    set_attribute(append_element(nav, "h2", book_labels(meta.lang).contents), "id", "contents");
    pugi::xml_node list = nav.append_child("ol");
    for (std::size_t i = 0; i < book.articles.size(); ++i) {
        const Meta& article = book.articles[i].meta;
        pugi::xml_node item = list.append_child("li");
        set_attribute(append_element(item, "a", display_title(article)), "href", hrefs[i]);
        if (const std::string names = join_names(article.lang, author_names(article)); !names.empty()) {
            append_text(item, " \u2014 ");
            set_attribute(append_element(item, "span", names), "class", "toc-authors");
        }
    }
}

}  // namespace folio
