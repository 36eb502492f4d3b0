// Turning HTML running text into the model's inlines: text, emphasis, strong, links, line breaks, code.
#include "input/html/html_inlines.hpp"

#include "input/common/utf8.hpp"
#include "input/html/html_tags.hpp"
#include "input/html/math_text.hpp"

namespace folio::html {

namespace {

bool is_emphasis_tag(std::string_view tag) {
    return tag == "i" || tag == "em" || tag == "cite" || tag == "dfn" || tag == "var";
}

bool is_code_tag(std::string_view tag) {
    return tag == "code" || tag == "kbd" || tag == "samp" || tag == "tt";
}

bool is_followable_link(std::string_view href) {
    href = trim_space(href);
    return !href.empty() && !href.starts_with("#") && !href.starts_with("javascript:");
}

class Builder {
public:
    explicit Builder(const SkipNode& skip) : skip_(skip) {}

    void add(const Node& node, Inlines& out) const {
        if (skip_ && skip_(node)) return;
        if (node.is_text()) {
            std::string text = collapse_white_space_keeping_ends(node.text);
            if (!text.empty()) out.push_back(folio::text(std::move(text)));
            return;
        }
        if (is_hidden_tag(node.name) || node.is("img")) return;
        if (node.is("br")) {
            out.push_back(line_break());
            return;
        }
        if (node.is("math")) {
            if (std::string formula = math_text(node); !formula.empty())
                out.push_back(folio::text(std::move(formula)));
            return;
        }
        if (is_code_tag(node.name)) {
            out.push_back(code(text_content(node)));
            return;
        }
        Inlines children;
        const bool block = is_block_tag(node.name);
        if (block) children.push_back(folio::text(" "));
        for (const auto& child : node.children) add(*child, children);
        if (block) children.push_back(folio::text(" "));
        if (node.is("b") || node.is("strong")) {
            out.push_back(strong(std::move(children)));
        } else if (is_emphasis_tag(node.name)) {
            out.push_back(emphasis(std::move(children)));
        } else if (node.is("a") && is_followable_link(node.attribute("href"))) {
            out.push_back(link(std::string(trim_space(node.attribute("href"))), std::move(children)));
        } else {
            for (Inline& child : children) out.push_back(std::move(child));
        }
    }

private:
    // Runs of HTML white space become one space; a leading or trailing run stays as one space.
    static std::string collapse_white_space_keeping_ends(std::string_view text) {
        std::string out;
        bool in_space = false;
        for (const char c : text) {
            const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
            if (space) {
                if (!in_space) out += ' ';
                in_space = true;
            } else {
                out += c;
                in_space = false;
            }
        }
        return out;
    }

    const SkipNode& skip_;
};

// Every Text and LineBreak inline in reading order.
void flatten(Inlines& content, std::vector<Inline*>& out) {
    for (Inline& item : content) {
        if (item.kind == Inline::Kind::Text || item.kind == Inline::Kind::LineBreak)
            out.push_back(&item);
        else if (item.kind != Inline::Kind::Code)
            flatten(item.children, out);
        else
            out.push_back(&item);
    }
}

// Drops the spaces a browser would not show: at the start and end, around line breaks, and a second
// space where two runs meet.
void trim_spaces(Inlines& content) {
    std::vector<Inline*> runs;
    flatten(content, runs);
    bool after_space = true;  // at the start, a leading space is dropped
    for (std::size_t i = 0; i < runs.size(); ++i) {
        Inline& run = *runs[i];
        if (run.kind == Inline::Kind::LineBreak) {
            after_space = true;
            continue;
        }
        if (run.kind == Inline::Kind::Code) {
            after_space = false;
            continue;
        }
        if (after_space && run.text.starts_with(' ')) run.text.erase(0, 1);
        if (!run.text.empty()) after_space = run.text.ends_with(' ');
    }
    bool before_break = true;  // at the end, a trailing space is dropped
    for (std::size_t i = runs.size(); i-- > 0;) {
        Inline& run = *runs[i];
        if (run.kind == Inline::Kind::LineBreak) {
            before_break = true;
            continue;
        }
        if (run.kind == Inline::Kind::Code) {
            before_break = false;
            continue;
        }
        if (before_break && run.text.ends_with(' ')) run.text.pop_back();
        if (!run.text.empty()) before_break = false;
    }
}

bool is_empty(const Inline& item) {
    switch (item.kind) {
        case Inline::Kind::Text:
        case Inline::Kind::Code:
            return item.text.empty();
        case Inline::Kind::LineBreak:
            return false;
        default:
            return item.children.empty();
    }
}

// Removes empty runs and empty markup, merges neighbouring text runs.
void drop_empty(Inlines& content) {
    Inlines kept;
    for (Inline& item : content) {
        if (item.kind != Inline::Kind::Text && item.kind != Inline::Kind::Code) drop_empty(item.children);
        if (is_empty(item)) continue;
        if (item.kind == Inline::Kind::Text && !kept.empty() && kept.back().kind == Inline::Kind::Text) {
            kept.back().text += item.text;
            continue;
        }
        kept.push_back(std::move(item));
    }
    content = std::move(kept);
}

// Line breaks at the start or end of the content, and repeated ones, carry nothing.
void drop_outer_breaks(Inlines& content) {
    Inlines kept;
    for (Inline& item : content) {
        const bool is_break = item.kind == Inline::Kind::LineBreak;
        if (is_break && (kept.empty() || kept.back().kind == Inline::Kind::LineBreak)) continue;
        kept.push_back(std::move(item));
    }
    while (!kept.empty() && kept.back().kind == Inline::Kind::LineBreak) kept.pop_back();
    content = std::move(kept);
}

bool only_space(const Inline& item) {
    return item.kind == Inline::Kind::Text && trim_space(item.text).empty();
}

}  // namespace

Inlines inline_content(const std::vector<const Node*>& nodes, const SkipNode& skip) {
    Inlines content;
    const Builder builder(skip);
    for (const Node* node : nodes) builder.add(*node, content);
    trim_spaces(content);
    drop_empty(content);
    drop_outer_breaks(content);
    trim_spaces(content);
    drop_empty(content);
    return content;
}

Inlines inline_content(const Node& element, const SkipNode& skip) {
    std::vector<const Node*> children;
    for (const auto& child : element.children) children.push_back(child.get());
    return inline_content(children, skip);
}

bool is_all_strong(const Inlines& content) {
    std::size_t strong_runs = 0;
    for (const Inline& item : content) {
        if (only_space(item)) continue;
        if (item.kind != Inline::Kind::Strong) return false;
        ++strong_runs;
    }
    return strong_runs > 0;
}

}  // namespace folio::html
