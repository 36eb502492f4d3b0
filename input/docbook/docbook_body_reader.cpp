// Reading DocBook blocks and sections into the model's flat block sequence.
#include "input/docbook/docbook_body_reader.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <string>

#include "input/docbook/docbook_figure_reader.hpp"
#include "input/docbook/docbook_inline_reader.hpp"
#include "input/docbook/docbook_nodes.hpp"
#include "input/docbook/docbook_table_reader.hpp"

namespace folio {

namespace {

constexpr std::array<std::string_view, 10> section_names = {
    "section", "simplesect", "sect1", "sect2", "sect3", "sect4", "sect5", "chapter", "appendix", "preface"};
constexpr std::array<std::string_view, 5> admonition_names = {"note", "tip", "important", "caution",
                                                              "warning"};
constexpr std::array<std::string_view, 6> metadata_names = {"info",        "title",       "subtitle",
                                                            "titleabbrev", "articleinfo", "sectioninfo"};

template <std::size_t N>
bool among(std::string_view name, const std::array<std::string_view, N>& names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

// "sect3" → 4; 0 when the value is not sect1..sect5.
// The model's headings go down to level 6; deeper sections keep that level.
constexpr int deepest_heading = 6;

int level_from_sect(std::string_view value) {
    if (value.size() == 5 && value.substr(0, 4) == "sect" && value[4] >= '1' && value[4] <= '5')
        return value[4] - '0' + 1;
    return 0;
}

bool is_inline_node(const xmlNode* node) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE || node->type == XML_PI_NODE)
        return true;
    return is_docbook_element(node) && is_inline_name(local_name(node));
}

class BodyReader {
public:
    explicit BodyReader(Diagnostics& diag) : diag_(diag) {}

    std::vector<Block> take() { return std::move(blocks_); }

    // Children of a block container; runs of inline content become paragraphs with `role`.
    void read_children(const xmlNode* parent, int level, const std::string& role = {}) {
        const xmlNode* run = nullptr;
        for (const xmlNode* node = parent->children; node; node = node->next) {
            if (is_inline_node(node)) {
                if (!run) run = node;
                continue;
            }
            flush(run, node, role);
            run = nullptr;
            if (is_docbook_element(node) && !among(local_name(node), metadata_names)) read_block(node, level);
            if (node->type == XML_ELEMENT_NODE && !is_docbook_element(node))
                warn_once(std::string("an element in the namespace ") +
                          reinterpret_cast<const char*>(node->ns->href) + " is left out");
        }
        flush(run, nullptr, role);
    }

private:
    void flush(const xmlNode* first, const xmlNode* end, const std::string& role) {
        if (!first) return;
        Inlines content = read_inline_range(first, end);
        if (content.empty()) return;
        blocks_.push_back(Paragraph{std::move(content), role});
    }

    void warn_once(const std::string& message) {
        if (warned_.insert(message).second) diag_.warn("docbook: " + message);
    }

    // Block-level children joined into one inline run, line breaks between them (list items, quotes, notes).
    static Inlines joined_paragraphs(const xmlNode* container) {
        Inlines out;
        for (const xmlNode* child : element_children(container)) {
            if (among(local_name(child), metadata_names) || local_name(child) == "attribution") continue;
            Inlines text = read_inlines(child);
            if (text.empty()) continue;
            if (!out.empty()) out.push_back(line_break());
            out.insert(out.end(), text.begin(), text.end());
        }
        return out;
    }

    void read_section(const xmlNode* node, int level) {
        int own = level_from_sect(local_name(node));
        if (own == 0) own = level_from_sect(attribute(node, "role"));
        if (own == 0) own = level + 1;
        blocks_.push_back(Heading{std::min(own, deepest_heading), read_inlines(title_of(node))});
        read_children(node, own);
    }

    void read_list(const xmlNode* node) {
        List list;
        list.ordered = local_name(node) == "orderedlist";
        for (const xmlNode* item : element_children(node)) {
            const std::string_view name = local_name(item);
            if (name == "listitem") list.items.push_back(joined_paragraphs(item));
            if (name == "member") list.items.push_back(read_inlines(item));
        }
        blocks_.push_back(std::move(list));
    }

    void read_paragraph(const xmlNode* node, int level) {
        const std::string role = attribute(node, "role");
        if (role == "thematic-break") {
            blocks_.push_back(ThematicBreak{});
            return;
        }
        const std::size_t before = blocks_.size();
        read_children(node, level, role);
        if (blocks_.size() == before) blocks_.push_back(Paragraph{{}, role});
    }

    void read_literal(const xmlNode* node) {
        xmlChar* raw = xmlNodeGetContent(node);
        std::string text = raw ? reinterpret_cast<const char*>(raw) : "";
        xmlFree(raw);
        blocks_.push_back(Paragraph{{code(std::move(text))}, {}});
    }

    void read_block(const xmlNode* node, int level) {
        const std::string_view name = local_name(node);
        if (among(name, section_names) && attribute(node, "role") == "authors") {
            return;  // the closing bios section repeats the <personblurb>s read from <info>
        } else if (among(name, section_names)) {
            read_section(node, level);
        } else if (name == "bridgehead") {
            const int own = level_from_sect(attribute(node, "renderas"));
            blocks_.push_back(Heading{std::min(own ? own : level + 1, deepest_heading), read_inlines(node)});
        } else if (name == "para" || name == "simpara") {
            read_paragraph(node, level);
        } else if (name == "formalpara") {
            Inlines content{strong(read_inlines(title_of(node))), text(" ")};
            const Inlines rest = joined_paragraphs(node);
            content.insert(content.end(), rest.begin(), rest.end());
            blocks_.push_back(Paragraph{std::move(content), attribute(node, "role")});
        } else if (name == "itemizedlist" || name == "orderedlist" || name == "simplelist") {
            read_list(node);
        } else if (name == "blockquote" || name == "epigraph") {
            blocks_.push_back(
                BlockQuote{joined_paragraphs(node), read_plain(first_child(node, "attribution"))});
        } else if (among(name, admonition_names)) {
            blocks_.push_back(Note{joined_paragraphs(node)});
        } else if (name == "figure" || name == "informalfigure" || name == "mediaobject") {
            blocks_.push_back(read_docbook_figure(node, diag_));
        } else if (name == "table" || name == "informaltable") {
            blocks_.push_back(read_docbook_table(node));
        } else if (name == "programlisting" || name == "screen" || name == "literallayout") {
            read_literal(node);
        } else if (name != "anchor" && name != "indexterm" && name != "remark") {
            warn_once("<" + std::string(name) +
                      "> has no block in folio's model; its text is kept as paragraphs");
            read_children(node, level);
        }
    }

    Diagnostics& diag_;
    std::vector<Block> blocks_;
    std::set<std::string> warned_;
};

}  // namespace

std::vector<Block> read_docbook_body(const xmlNode* root, Diagnostics& diag) {
    BodyReader reader(diag);
    reader.read_children(root, 1);
    return reader.take();
}

}  // namespace folio
