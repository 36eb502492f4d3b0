// Converting inline content to the native JSON inline tree.
#include "output/json/inline_json.hpp"

namespace folio {

namespace {

const char* inline_type_name(Inline::Kind kind) {
    switch (kind) {
        case Inline::Kind::Text:
            return "text";
        case Inline::Kind::Emphasis:
            return "emphasis";
        case Inline::Kind::Strong:
            return "strong";
        case Inline::Kind::Link:
            return "link";
        case Inline::Kind::LineBreak:
            return "linebreak";
        case Inline::Kind::Code:
            return "code";
    }
    return "text";
}

nlohmann::ordered_json inline_to_json(const Inline& in) {
    nlohmann::ordered_json node = nlohmann::ordered_json::object();
    node["type"] = inline_type_name(in.kind);
    switch (in.kind) {
        case Inline::Kind::Text:
        case Inline::Kind::Code:
            node["text"] = in.text;
            break;
        case Inline::Kind::Link:
            node["href"] = in.href;
            node["children"] = inlines_to_json(in.children);
            break;
        case Inline::Kind::Emphasis:
        case Inline::Kind::Strong:
            node["children"] = inlines_to_json(in.children);
            break;
        case Inline::Kind::LineBreak:
            break;
    }
    return node;
}

}  // namespace

nlohmann::ordered_json inlines_to_json(const Inlines& content) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const Inline& in : content) out.push_back(inline_to_json(in));
    return out;
}

bool text_is_enough(const Inlines& content) { return content == plain(to_plain_text(content)); }

}  // namespace folio
