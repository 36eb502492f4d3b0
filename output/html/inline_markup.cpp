// Inline content to XHTML elements.
#include "output/html/inline_markup.hpp"

#include <array>

#include "output/html/xhtml_tree.hpp"

namespace folio {

bool is_linkable(std::string_view href) {
    constexpr std::array<std::string_view, 4> schemes = {"http://", "https://", "mailto:", "ftp://"};
    bool known_scheme = false;
    for (std::string_view scheme : schemes) {
        if (href.size() <= scheme.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < scheme.size(); ++i) {
            const char c = href[i];
            if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c) != scheme[i]) same = false;
        }
        known_scheme = known_scheme || same;
    }
    if (!known_scheme) return false;
    for (char c : href) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte == 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' ||
            c == '`' || c == '{' || c == '|' || c == '}')
            return false;
    }
    return true;
}

void append_inlines(pugi::xml_node parent, const Inlines& content, Diagnostics& diag) {
    for (const Inline& item : content) {
        switch (item.kind) {
            case Inline::Kind::Text:
                append_text(parent, item.text);
                break;
            case Inline::Kind::Emphasis:
                append_inlines(parent.append_child("em"), item.children, diag);
                break;
            case Inline::Kind::Strong:
                append_inlines(parent.append_child("strong"), item.children, diag);
                break;
            case Inline::Kind::Link:
                if (is_linkable(item.href)) {
                    pugi::xml_node anchor = parent.append_child("a");
                    set_attribute(anchor, "href", item.href);
                    append_inlines(anchor, item.children, diag);
                } else {
                    diag.warn("HTML: the link target \"" + item.href +
                              "\" is not an absolute web address; its text is kept without the link");
                    append_inlines(parent, item.children, diag);
                }
                break;
            case Inline::Kind::LineBreak:
                parent.append_child("br");
                break;
            case Inline::Kind::Code:
                append_element(parent, "code", item.text);
                break;
        }
    }
}

}  // namespace folio
