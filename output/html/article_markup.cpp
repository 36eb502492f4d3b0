// Article markup: header, sectioned body, figures, lists, quotes, notes, tables, authors and source.
#include "output/html/article_markup.hpp"

#include <algorithm>
#include <variant>

#include "output/common/author_bios.hpp"
#include "output/common/labels.hpp"
#include "output/html/figure_markup.hpp"
#include "output/html/foreign_script.hpp"
#include "output/html/header_markup.hpp"
#include "output/html/inline_markup.hpp"
#include "output/html/meta_values.hpp"
#include "output/html/table_markup.hpp"
#include "output/html/xhtml_tree.hpp"

namespace folio {

namespace {

// Where blocks go: the innermost open section, with sections closed by headings of the same or
// a higher rank.
class SectionStack {
public:
    explicit SectionStack(pugi::xml_node article) { open_.push_back({1, article}); }

    pugi::xml_node current() const { return open_.back().node; }

    pugi::xml_node open(int level) {
        while (open_.back().level >= level) open_.pop_back();
        pugi::xml_node section = current().append_child("section");
        open_.push_back({level, section});
        return section;
    }

private:
    struct Open {
        int level;
        pugi::xml_node node;
    };
    std::vector<Open> open_;
};

struct BodyWriter {
    const ImageSource& image_src;
    Diagnostics& diag;
    SectionStack sections;
    std::vector<TocEntry> toc;
    std::size_t figures = 0;

    void heading(const Heading& heading) {
        const std::string label = to_plain_text(heading.content);
        if (label.empty()) {
            diag.warn("HTML: an empty heading is left out");
            return;
        }
        const int level = std::clamp(heading.level, 2, 6);
        const std::string id = "section-" + std::to_string(toc.size());
        pugi::xml_node section = sections.open(level);
        set_attribute(section, "id", id);
        append_inlines(section.append_child(("h" + std::to_string(level)).c_str()), heading.content, diag);
        toc.push_back({level, id, label, {}});
    }

    void paragraph(const Paragraph& paragraph) {
        if (paragraph.content.empty()) return;
        pugi::xml_node element = sections.current().append_child("p");
        const bool simple_role = std::all_of(paragraph.role.begin(), paragraph.role.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        });
        if (!paragraph.role.empty() && simple_role) set_attribute(element, "class", paragraph.role);
        append_inlines(element, paragraph.content, diag);
    }

    void list(const List& list) {
        if (list.items.empty()) return;
        pugi::xml_node element = sections.current().append_child(list.ordered ? "ol" : "ul");
        for (const Inlines& item : list.items) append_inlines(element.append_child("li"), item, diag);
    }

    void quote(const BlockQuote& quote) {
        pugi::xml_node figure = sections.current().append_child("figure");
        set_attribute(figure, "class", "quote");
        append_inlines(figure.append_child("blockquote").append_child("p"), quote.content, diag);
        if (!quote.attribution.empty())
            set_attribute(append_element(figure, "figcaption", "— " + quote.attribution), "class",
                          "attribution");
    }

    void note(const Note& note) {
        pugi::xml_node box = sections.current().append_child("div");
        set_attribute(box, "class", "note");
        set_attribute(box, "role", "note");
        append_inlines(box.append_child("p"), note.content, diag);
    }

    void figure(const Figure& figure) {
        ++figures;
        append_figure(sections.current(), figure, figures, image_src ? image_src(figure, figures) : "", diag);
    }

    void block(const Block& block) {
        if (const auto* p = std::get_if<Paragraph>(&block)) {
            paragraph(*p);
        } else if (const auto* h = std::get_if<Heading>(&block)) {
            heading(*h);
        } else if (const auto* f = std::get_if<Figure>(&block)) {
            figure(*f);
        } else if (const auto* l = std::get_if<List>(&block)) {
            list(*l);
        } else if (const auto* q = std::get_if<BlockQuote>(&block)) {
            quote(*q);
        } else if (const auto* n = std::get_if<Note>(&block)) {
            note(*n);
        } else if (const auto* t = std::get_if<Table>(&block)) {
            append_table(sections.current(), *t, diag);
        } else {
            sections.current().append_child("hr");
        }
    }
};

// The closing section, written when at least one author has a bio: one entry per author, the
// name as its own line when the bio does not already say it.
void append_authors(pugi::xml_node article, const Meta& meta, std::vector<TocEntry>& toc, Diagnostics& diag) {
    const bool any_bio = std::any_of(meta.authors.begin(), meta.authors.end(),
                                     [](const Person& person) { return !person.bio.empty(); });
    if (!any_bio) return;
    const std::string label(about_authors_label(meta.lang, meta.authors.size()));
    pugi::xml_node section = article.append_child("section");
    set_attribute(section, "class", "authors");
    set_attribute(section, "id", "authors");
    append_element(section, "h2", label);
    toc.push_back({2, "authors", label, {}});
    for (std::size_t i = 0; i < meta.authors.size(); ++i) {
        const Person& person = meta.authors[i];
        pugi::xml_node entry = section.append_child("div");
        set_attribute(entry, "class", "author");
        set_attribute(entry, "id", "author-" + std::to_string(i + 1));
        if (!person.name.empty() && !bio_names_author(person))
            set_attribute(append_element(entry, "p", person.name), "class", "author-name");
        if (!person.bio.empty()) {
            pugi::xml_node bio = entry.append_child("p");
            set_attribute(bio, "class", "bio");
            append_inlines(bio, person.bio, diag);
        }
    }
}

// The footer with the source (publisher, address) and the rights statement.
void append_source(pugi::xml_node article, const Meta& meta) {
    if (meta.publisher.empty() && meta.source_url.empty() && meta.rights.empty()) return;
    pugi::xml_node footer = article.append_child("footer");
    set_attribute(footer, "class", "source");
    if (!meta.publisher.empty() || !meta.source_url.empty()) {
        pugi::xml_node line = append_element(footer, "p", std::string(source_label(meta.lang)) + ": ");
        append_text(line, meta.publisher);
        if (!meta.source_url.empty()) {
            if (!meta.publisher.empty()) append_text(line, ", ");
            if (is_linkable(meta.source_url))
                set_attribute(append_element(line, "a", meta.source_url), "href", meta.source_url);
            else
                append_text(line, meta.source_url);
        }
    }
    if (!meta.rights.empty()) set_attribute(append_element(footer, "p", meta.rights), "class", "rights");
}

// Prefixes every id below `root` and in the contents.
void prefix_ids(pugi::xml_node root, std::vector<TocEntry>& toc, std::string_view prefix) {
    struct Walker : pugi::xml_tree_walker {
        std::string prefix;
        bool for_each(pugi::xml_node& node) override {
            if (pugi::xml_attribute id = node.attribute("id")) id.set_value((prefix + id.value()).c_str());
            return true;
        }
    } walker;
    walker.prefix = prefix;
    root.traverse(walker);
    if (pugi::xml_attribute id = root.attribute("id")) id.set_value((walker.prefix + id.value()).c_str());
    for (TocEntry& entry : toc) entry.id = walker.prefix + entry.id;
}

}  // namespace

std::vector<TocEntry> append_article(pugi::xml_node parent, const Document& doc, const ImageSource& image_src,
                                     Diagnostics& diag, std::string_view id_prefix) {
    pugi::xml_node article = parent.append_child("article");
    set_attribute(article, "class", "article");
    append_article_header(article, doc.meta);

    BodyWriter body{image_src, diag, SectionStack(article), {}, 0};
    body.toc.push_back({1, "title", display_title(doc.meta), {}});
    for (const Block& block : doc.blocks) body.block(block);
    append_authors(article, doc.meta, body.toc, diag);
    append_source(article, doc.meta);
    mark_foreign_script_runs(article, doc.meta.lang);
    if (!id_prefix.empty()) prefix_ids(article, body.toc, id_prefix);
    return std::move(body.toc);
}

}  // namespace folio
