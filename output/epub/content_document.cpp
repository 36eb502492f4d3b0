// XHTML content document frame shared by the cover, title page, navigation and article.
#include "output/epub/content_document.hpp"

#include "output/html/xhtml_tree.hpp"

namespace folio {

pugi::xml_node start_content_document(pugi::xml_document& tree, std::string_view lang, std::string_view title,
                                      std::string_view body_type) {
    pugi::xml_node html = tree.append_child("html");
    set_attribute(html, "xmlns", xhtml_namespace);
    set_attribute(html, "xmlns:epub", epub_namespace);
    set_attribute(html, "lang", lang);
    set_attribute(html, "xml:lang", lang);
    pugi::xml_node head = html.append_child("head");
    set_attribute(head.append_child("meta"), "charset", "utf-8");
    append_element(head, "title", title);
    pugi::xml_node link = head.append_child("link");
    set_attribute(link, "rel", "stylesheet");
    set_attribute(link, "type", "text/css");
    set_attribute(link, "href", stylesheet_path);
    pugi::xml_node body = html.append_child("body");
    if (!body_type.empty()) set_attribute(body, "epub:type", body_type);
    return body;
}

std::string finish_content_document(pugi::xml_document& tree) {
    return serialize_xhtml(tree, XmlOutput{true, true});
}

}  // namespace folio
