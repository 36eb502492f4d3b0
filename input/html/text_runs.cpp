// The runs of inline content (text and inline elements between blocks) inside an element, in order.
#include "input/html/text_runs.hpp"

#include "input/common/utf8.hpp"
#include "input/html/html_tags.hpp"

namespace folio::html {

namespace {

void collect(const Node& element, const SkipNode& skip, std::vector<TextRun>& out) {
    std::vector<const Node*> run;
    const auto flush = [&] {
        std::string text = run_text(run);
        if (!text.empty()) out.push_back({&element, run, std::move(text)});
        run.clear();
    };
    for (const auto& child : element.children) {
        if (child->is_element() && (is_hidden_tag(child->name) || (skip && skip(*child)))) continue;
        if (child->is_text() || !is_block_tag(child->name)) {
            run.push_back(child.get());
            continue;
        }
        flush();
        collect(*child, skip, out);
    }
    flush();
}

}  // namespace

std::vector<TextRun> text_runs(const Node& element, const SkipNode& skip) {
    std::vector<TextRun> runs;
    collect(element, skip, runs);
    return runs;
}

std::string run_text(const std::vector<const Node*>& nodes) {
    std::string raw;
    for (const Node* node : nodes) raw += raw_text(*node);
    return std::string(trim_space(collapse_white_space(raw)));
}

}  // namespace folio::html
