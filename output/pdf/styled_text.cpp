// Inline content flattened to code points with a style per character, whitespace collapsed as HTML does.
#include "output/pdf/styled_text.hpp"

#include "formats/utf8.hpp"

namespace folio::pdf {

namespace {

bool is_collapsible_space(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v';
}

bool is_invisible(char32_t c) {
    return c == U'\u00AD' || c == U'\u200B' || c == U'\u200C' || c == U'\u200D' || c == U'\u2060' ||
           c == U'\uFEFF' || (c < 0x20 && !is_collapsible_space(c));
}

// About how many code points the content has (malformed bytes may count less).
std::size_t code_points(const Inlines& content) {
    std::size_t count = 0;
    for (const Inline& item : content) {
        for (const char byte : item.text) count += (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
        count += code_points(item.children) + (item.kind == Inline::Kind::LineBreak);
    }
    return count;
}

class Flattener {
public:
    StyledText result;

    void walk(const Inlines& content, const Markup& markup) {
        for (const Inline& item : content) {
            Markup inner = markup;
            switch (item.kind) {
                case Inline::Kind::Text:
                    append(item.text, markup);
                    break;
                case Inline::Kind::Code:
                    inner.code = true;
                    append(item.text, inner);
                    break;
                case Inline::Kind::Emphasis:
                    inner.italic = !markup.italic;
                    walk(item.children, inner);
                    break;
                case Inline::Kind::Strong:
                    inner.bold = true;
                    walk(item.children, inner);
                    break;
                case Inline::Kind::Link:
                    inner.href = item.href;
                    walk(item.children, inner);
                    break;
                case Inline::Kind::LineBreak:
                    trim_trailing_space();
                    push(kForcedBreak, markup);
                    break;
            }
        }
    }

    void append(const std::string& utf8, const Markup& markup) {
        for (std::size_t pos = 0; pos < utf8.size();) {
            const char32_t c = next_code_point(utf8, pos);
            if (is_invisible(c)) continue;
            if (is_collapsible_space(c)) {
                if (result.text.empty() || result.text.back() == U' ' || result.text.back() == kForcedBreak)
                    continue;
                push(U' ', markup);
            } else {
                push(c, markup);
            }
        }
    }

    void trim_trailing_space() {
        while (!result.text.empty() && result.text.back() == U' ') {
            result.text.pop_back();
            result.markup.pop_back();
        }
    }

private:
    void push(char32_t c, const Markup& markup) {
        std::uint16_t index = 0;
        while (index < result.markups.size() && !(result.markups[index] == markup)) ++index;
        if (index == result.markups.size()) result.markups.push_back(markup);
        result.text.push_back(c);
        result.markup.push_back(index);
    }
};

}  // namespace

StyledText flatten(const Inlines& content, const Markup& base) {
    Flattener flattener;
    const std::size_t estimate = code_points(content);  // a long paragraph is not grown step by step
    flattener.result.text.reserve(estimate);
    flattener.result.markup.reserve(estimate);
    flattener.walk(content, base);
    flattener.trim_trailing_space();
    return std::move(flattener.result);
}

StyledText flatten_plain(const std::string& text, const Markup& base) { return flatten(plain(text), base); }

}  // namespace folio::pdf
