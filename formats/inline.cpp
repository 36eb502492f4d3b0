// Builders and flattening for inline content.
#include "formats/inline.hpp"

#include <utility>

namespace folio {

Inline text(std::string s) { return Inline{Inline::Kind::Text, std::move(s), {}, {}}; }
Inline emphasis(Inlines children) { return Inline{Inline::Kind::Emphasis, {}, {}, std::move(children)}; }
Inline strong(Inlines children) { return Inline{Inline::Kind::Strong, {}, {}, std::move(children)}; }
Inline link(std::string href, Inlines children) {
    return Inline{Inline::Kind::Link, {}, std::move(href), std::move(children)};
}
Inline line_break() { return Inline{Inline::Kind::LineBreak, {}, {}, {}}; }
Inline code(std::string s) { return Inline{Inline::Kind::Code, std::move(s), {}, {}}; }

Inlines plain(std::string s) {
    Inlines out;
    if (!s.empty()) out.push_back(text(std::move(s)));
    return out;
}

namespace {
void flatten(const Inlines& content, std::string& out) {
    for (const Inline& in : content) {
        switch (in.kind) {
            case Inline::Kind::Text:
            case Inline::Kind::Code:
                out += in.text;
                break;
            case Inline::Kind::LineBreak:
                out += '\n';
                break;
            default:
                flatten(in.children, out);
                break;
        }
    }
}
}  // namespace

std::string to_plain_text(const Inlines& content) {
    std::string out;
    flatten(content, out);
    return out;
}

bool is_plain(const Inlines& content) {
    for (const Inline& in : content)
        if (in.kind != Inline::Kind::Text) return false;
    return true;
}

}  // namespace folio
