// Reading figures (image, alt text, caption, credit) from DocBook.
#include "input/docbook/docbook_figure_reader.hpp"

#include <array>
#include <string>
#include <utility>

#include "input/docbook/docbook_inline_reader.hpp"
#include "input/docbook/docbook_nodes.hpp"

namespace folio {

namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 7> notations = {{{"JPG", "image/jpeg"},
                                                                                     {"JPEG", "image/jpeg"},
                                                                                     {"PNG", "image/png"},
                                                                                     {"GIF", "image/gif"},
                                                                                     {"SVG", "image/svg+xml"},
                                                                                     {"WEBP", "image/webp"},
                                                                                     {"linespecific", ""}}};

std::string media_type_of(const std::string& format) {
    for (const auto& [notation, media_type] : notations)
        if (format == notation) return std::string(media_type);
    return format.find('/') != std::string::npos ? format : std::string();
}

bool is_credit_phrase(const xmlNode* node) {
    return is_element(node, "phrase") && attribute(node, "role") == "credit";
}

const xmlNode* find_credit_phrase(const xmlNode* node) {
    for (const xmlNode* child = node ? node->children : nullptr; child; child = child->next) {
        if (is_credit_phrase(child)) return child;
        if (const xmlNode* found = is_docbook_element(child) ? find_credit_phrase(child) : nullptr)
            return found;
    }
    return nullptr;
}

// The space the writer puts between caption and credit phrase goes.
Inlines without_trailing_space(Inlines out) {
    if (!out.empty() && out.back().kind == Inline::Kind::Text) {
        std::string& tail = out.back().text;
        while (!tail.empty() && tail.back() == ' ') tail.pop_back();
        if (tail.empty()) out.pop_back();
    }
    return out;
}

// The caption element's paragraphs without the credit phrase, joined by line breaks.
Inlines caption_text(const xmlNode* caption) {
    Inlines out;
    for (const xmlNode* para : element_children(caption)) {
        Inlines text = read_inlines(para, is_credit_phrase);
        if (text.empty()) continue;
        if (!out.empty()) out.push_back(line_break());
        out.insert(out.end(), text.begin(), text.end());
    }
    return without_trailing_space(std::move(out));
}

std::string credit_from_othercredits(const xmlNode* info) {
    std::string holder;
    std::string creator;
    for (const xmlNode* credit : element_children(info)) {
        if (local_name(credit) != "othercredit") continue;
        const std::string role = attribute(credit, "otherclass");
        const std::string name = read_plain(credit);
        if (role == "photographer" || role == "creator")
            creator = name;
        else if (holder.empty())
            holder = name;
    }
    if (!holder.empty() && !creator.empty()) return holder + " | " + creator;
    return holder.empty() ? creator : holder;
}

std::string bibliomisc_credit(const xmlNode* info) {
    for (const xmlNode* misc : element_children(info))
        if (local_name(misc) == "bibliomisc" && attribute(misc, "role") == "credit") return read_plain(misc);
    return {};
}

const xmlNode* find_mediaobject(const xmlNode* figure, Diagnostics& diag) {
    if (local_name(figure) == "mediaobject") return figure;
    const xmlNode* found = nullptr;
    for (const xmlNode* child : element_children(figure)) {
        if (local_name(child) != "mediaobject") continue;
        if (found) {
            diag.warn("docbook: a figure holds several media objects; only the first is read");
            break;
        }
        found = child;
    }
    return found;
}

void read_media(const xmlNode* media, Figure& figure) {
    for (const xmlNode* child : element_children(media)) {
        const std::string_view name = local_name(child);
        if (name == "alt" && figure.alt.empty()) {
            figure.alt = read_plain(child);
        } else if (name == "imageobject" && figure.src.empty()) {
            const xmlNode* data = first_child(child, "imagedata");
            figure.src = attribute(data, "fileref");
            figure.media_type = media_type_of(attribute(data, "format"));
        } else if (name == "textobject" && figure.alt.empty() && first_child(child, "phrase")) {
            figure.alt = read_plain(first_child(child, "phrase"));
        } else if (name == "textobject" && figure.alt.empty()) {
            figure.alt = to_plain_text(caption_text(child));
        }
    }
}

}  // namespace

Figure read_docbook_figure(const xmlNode* node, Diagnostics& diag) {
    Figure figure;
    const xmlNode* media = find_mediaobject(node, diag);
    if (media) read_media(media, figure);

    // folio writes the caption and credit as the title; earlier output and other tools also as <caption>.
    const xmlNode* caption = first_child(media, "caption");
    if (!caption) caption = first_child(node, "caption");
    const xmlNode* title = title_of(node);
    if (title) figure.caption = without_trailing_space(read_inlines(title, is_credit_phrase));
    if (figure.caption.empty()) figure.caption = caption_text(caption);

    const xmlNode* info = first_child(media, "info");
    if (const xmlNode* phrase = find_credit_phrase(title))
        figure.credit = read_plain(phrase);
    else if (const xmlNode* in_caption = find_credit_phrase(caption))
        figure.credit = read_plain(in_caption);
    else if (std::string credit = bibliomisc_credit(info); !credit.empty())
        figure.credit = std::move(credit);
    else
        figure.credit = credit_from_othercredits(info);
    return figure;
}

}  // namespace folio
