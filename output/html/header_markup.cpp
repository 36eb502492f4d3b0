// Header markup of an article: the kicker above the h1, subtitle, byline, time.
#include "output/html/header_markup.hpp"

#include "output/common/labels.hpp"
#include "output/html/meta_values.hpp"
#include "output/html/xhtml_tree.hpp"

namespace folio {

void append_dateline(pugi::xml_node parent, const Meta& meta) {
    const std::string& shown = meta.date_text.empty() ? meta.date : meta.date_text;
    if (shown.empty()) return;
    pugi::xml_node line = parent.append_child("p");
    set_attribute(line, "class", "dateline");
    if (is_w3c_date(meta.date)) {
        pugi::xml_node time = append_element(line, "time", shown);
        set_attribute(time, "datetime", meta.date);
    } else {
        append_text(line, shown);
    }
}

void append_article_header(pugi::xml_node parent, const Meta& meta) {
    pugi::xml_node header = parent.append_child("header");
    set_attribute(header, "class", "article-header");
    if (!meta.kicker.empty()) set_attribute(append_element(header, "p", meta.kicker), "class", "kicker");
    pugi::xml_node title = append_element(header, "h1", display_title(meta));
    set_attribute(title, "id", "title");
    if (!meta.subtitle.empty())
        set_attribute(append_element(header, "p", meta.subtitle), "class", "subtitle");
    const std::string names = byline(meta.lang, author_names(meta));
    if (!names.empty()) set_attribute(append_element(header, "p", names), "class", "byline");
    append_dateline(header, meta);
}

}  // namespace folio
