// Standalone HTML page: head with metadata and embedded CSS, body with the shared article markup.
#include "output/html/html_writer.hpp"

#include "formats/base64.hpp"
#include "output/common/attached_images.hpp"
#include "output/common/image_media_type.hpp"
#include "output/common/labels.hpp"
#include "output/common/summary.hpp"
#include "output/html/article_markup.hpp"
#include "output/html/book_contents.hpp"
#include "output/html/meta_values.hpp"
#include "output/html/stylesheet.hpp"
#include "output/html/table_markup.hpp"
#include "output/html/xhtml_tree.hpp"

namespace folio {

namespace {

void append_meta(pugi::xml_node head, const char* name, const std::string& content) {
    if (content.empty()) return;
    pugi::xml_node meta = head.append_child("meta");
    set_attribute(meta, "name", name);
    set_attribute(meta, "content", content);
}

void append_head(pugi::xml_node html, const Document& doc, std::string_view extra_css = {}) {
    const Meta& meta = doc.meta;
    pugi::xml_node head = html.append_child("head");
    set_attribute(head.append_child("meta"), "charset", "utf-8");
    append_meta(head, "viewport", "width=device-width, initial-scale=1");
    append_element(head, "title", display_title(meta));
    append_meta(head, "author", join_names(meta.lang, author_names(meta)));
    append_meta(head, "description", article_summary(doc));
    std::string keywords;
    for (const std::string& keyword : meta.keywords) keywords += (keywords.empty() ? "" : ", ") + keyword;
    append_meta(head, "keywords", keywords);
    if (is_w3c_date(meta.date)) append_meta(head, "dcterms.date", meta.date);
    append_element(
        head, "style",
        "\n" + std::string(article_stylesheet()) + std::string(page_stylesheet()) + std::string(extra_css));
}

// A data: URI for the figure's image, or "" (with a warning) when its type is not an image.
std::string embedded_image(const Figure& figure, std::size_t number, Diagnostics& diag) {
    if (figure.image.empty()) return {};
    const std::string type = image_media_type(figure.image, figure.media_type);
    if (!type.starts_with("image/")) {
        diag.warn("HTML: the image of figure " + std::to_string(number) +
                  " is not a recognized image format and is left out");
        return {};
    }
    return "data:" + type + ";base64," + base64_encode(figure.image);
}

// <html> in the language `lang` with its <head> (for `doc`'s metadata, plus `extra_css`); returns the <body>.
pugi::xml_node start_page(pugi::xml_document& tree, const Document& doc, std::string_view extra_css = {}) {
    const std::string lang = language_tag(doc.meta.lang);
    pugi::xml_node html = tree.append_child("html");
    set_attribute(html, "xmlns", xhtml_namespace);
    set_attribute(html, "lang", lang);
    set_attribute(html, "xml:lang", lang);
    append_head(html, doc, extra_css);
    return html.append_child("body");
}

// The src of a figure's image in the page: a data: URI.
ImageSource embedded_images(Diagnostics& diag) {
    return [&diag](const Figure& figure, std::size_t number) { return embedded_image(figure, number, diag); };
}

}  // namespace

std::string write_html(const Document& doc, const WriteOptions& options, Diagnostics& diag) {
    const Document article = with_attached_image(doc, options, diag);
    pugi::xml_document tree;
    pugi::xml_node body = start_page(tree, article, has_table(article.blocks) ? table_stylesheet() : "");
    append_article(body, article, embedded_images(diag), diag);
    return serialize_xhtml(tree, XmlOutput{false, true});
}

std::string write_html_collection(const Collection& book, const WriteOptions& /*options*/,
                                  Diagnostics& diag) {
    const std::string lang = language_tag(book.meta.lang);
    pugi::xml_document tree;
    const std::string css =
        std::string(collection_stylesheet()) + std::string(has_table(book) ? table_stylesheet() : "");
    pugi::xml_node body = start_page(tree, Document{book.meta, {}}, css);
    std::vector<std::string> title_ids;
    for (std::size_t i = 0; i < book.articles.size(); ++i)
        title_ids.push_back("#a" + std::to_string(i + 1) + "-title");
    append_book_contents(body, book, title_ids, true);
    for (std::size_t i = 0; i < book.articles.size(); ++i) {
        const Document& article = book.articles[i];
        append_article(body, article, embedded_images(diag), diag, "a" + std::to_string(i + 1) + "-");
        // An article in another language than the book's says so.
        if (!article.meta.lang.empty() && language_tag(article.meta.lang) != lang) {
            set_attribute(body.last_child(), "lang", language_tag(article.meta.lang));
            set_attribute(body.last_child(), "xml:lang", language_tag(article.meta.lang));
        }
    }
    return serialize_xhtml(tree, XmlOutput{false, true});
}

}  // namespace folio
