// Rendering inline content as DocBook 5 inline markup.
#include "output/docbook/docbook_inlines.hpp"

namespace folio {

std::string docbook_inline_markup(const Inlines& content, XmlWriter& xml) {
    std::string out;
    for (const Inline& in : content) {
        switch (in.kind) {
            case Inline::Kind::Text:
                out += xml.escape(in.text);
                break;
            case Inline::Kind::Code:
                out += "<code>" + xml.escape(in.text) + "</code>";
                break;
            case Inline::Kind::LineBreak:
                out += "<?linebreak?>";
                break;
            case Inline::Kind::Emphasis:
                out += "<emphasis>" + docbook_inline_markup(in.children, xml) + "</emphasis>";
                break;
            case Inline::Kind::Strong:
                out += "<emphasis role=\"strong\">" + docbook_inline_markup(in.children, xml) + "</emphasis>";
                break;
            case Inline::Kind::Link:
                out += xml.start_tag("link", {{"xlink:href", in.href}});
                out += docbook_inline_markup(in.children, xml) + "</link>";
                break;
        }
    }
    return out;
}

}  // namespace folio
