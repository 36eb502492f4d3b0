// Writing the block sequence as DocBook 5 body content with nested sections.
#include "output/docbook/docbook_body.hpp"

#include <string>
#include <variant>

#include "output/docbook/docbook_figure.hpp"
#include "output/docbook/docbook_inlines.hpp"
#include "output/docbook/docbook_table.hpp"

namespace folio {

namespace {

constexpr int min_level = 2;
constexpr int max_level = 6;

std::string sect_name(int level) { return "sect" + std::to_string(level - 1); }

class BodyWriter {
public:
    BodyWriter(XmlWriter& xml, Diagnostics& diag) : xml_(xml), diag_(diag) {}

    void write(const std::vector<const Block*>& blocks) {
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            const Block& block = *blocks[i];
            if (const auto* heading = std::get_if<Heading>(&block)) {
                write_heading(*heading, i + 1 < blocks.size() ? blocks[i + 1] : nullptr);
            } else if (const auto* figure = std::get_if<Figure>(&block)) {
                write_docbook_figure(*figure, ++figures_, xml_, diag_);
            } else {
                std::visit([this](const auto& b) { write_block(b); }, block);
            }
        }
        while (!open_levels_.empty()) {
            xml_.close();
            open_levels_.pop_back();
        }
    }

private:
    static int clamp_level(int level) {
        return level < min_level ? min_level : level > max_level ? max_level : level;
    }

    int clamped_level(const Heading& heading) {
        const int level = clamp_level(heading.level);
        if (level == heading.level) return level;
        diag_.warn("docbook: heading level " + std::to_string(heading.level) + " written as level " +
                   std::to_string(level) + " (DocBook sections hold levels 2 to 6)");
        return level;
    }

    void write_heading(const Heading& heading, const Block* next) {
        const int level = clamped_level(heading);
        const auto* next_heading = next ? std::get_if<Heading>(next) : nullptr;
        const bool has_content = next && !(next_heading && clamp_level(next_heading->level) <= level);
        const std::string title = docbook_inline_markup(heading.content, xml_);
        if (!has_content) {
            xml_.line("bridgehead", {{"renderas", sect_name(level)}}, title);
            return;
        }
        while (!open_levels_.empty() && open_levels_.back() >= level) {
            xml_.close();
            open_levels_.pop_back();
        }
        const int natural = (open_levels_.empty() ? 1 : open_levels_.back()) + 1;
        XmlAttributes attributes;
        if (level != natural) attributes.emplace_back("role", sect_name(level));
        xml_.open("section", attributes);
        xml_.line("title", {}, title);
        open_levels_.push_back(level);
    }

    void write_block(const Paragraph& paragraph) {
        XmlAttributes attributes;
        if (!paragraph.role.empty()) attributes.emplace_back("role", paragraph.role);
        xml_.line("para", attributes, docbook_inline_markup(paragraph.content, xml_));
    }

    void write_block(const List& list) {
        xml_.open(list.ordered ? "orderedlist" : "itemizedlist");
        for (const Inlines& item : list.items) {
            xml_.open("listitem");
            xml_.line("para", {}, docbook_inline_markup(item, xml_));
            xml_.close();
        }
        xml_.close();
    }

    void write_block(const BlockQuote& quote) {
        xml_.open("blockquote");
        if (!quote.attribution.empty()) xml_.line("attribution", {}, xml_.escape(quote.attribution));
        xml_.line("para", {}, docbook_inline_markup(quote.content, xml_));
        xml_.close();
    }

    void write_block(const Note& note) {
        xml_.open("note");
        xml_.line("para", {}, docbook_inline_markup(note.content, xml_));
        xml_.close();
    }

    void write_block(const ThematicBreak&) { xml_.line("simpara", {{"role", "thematic-break"}}, "* * *"); }

    void write_block(const Table& table) { write_docbook_table(table, xml_, diag_); }

    // Headings and figures are handled in write(); these overloads only complete the visitor.
    void write_block(const Heading&) {}
    void write_block(const Figure&) {}

    XmlWriter& xml_;
    Diagnostics& diag_;
    std::vector<int> open_levels_;
    std::size_t figures_ = 0;
};

}  // namespace

void write_docbook_body(const std::vector<Block>& all_blocks, XmlWriter& xml, Diagnostics& diag) {
    std::vector<const Block*> blocks;
    for (const Block& block : all_blocks) {
        const auto* list = std::get_if<List>(&block);
        const auto* table = std::get_if<Table>(&block);
        if (list && list->items.empty())
            diag.warn("docbook: an empty list is left out (DocBook lists need at least one item)");
        else if (table && table_is_empty(*table))
            diag.warn("docbook: a table without any text is left out");
        else
            blocks.push_back(&block);
    }
    if (blocks.empty()) {
        diag.warn("docbook: the article has no body; an empty <para> stands in (DocBook requires content)");
        xml.empty("para");
        return;
    }
    BodyWriter(xml, diag).write(blocks);
}

}  // namespace folio
