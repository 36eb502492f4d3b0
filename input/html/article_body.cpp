// The article's blocks: paragraphs, headings, lists, quotes, figures, notes and data tables, page chrome left
// out.
#include "input/html/article_body.hpp"

#include <algorithm>
#include <map>

#include "input/common/line_shape.hpp"
#include "input/common/utf8.hpp"
#include "input/html/html_figures.hpp"
#include "input/html/html_inlines.hpp"
#include "input/html/html_tables.hpp"
#include "input/html/html_tags.hpp"
#include "input/html/page_chrome.hpp"
#include "input/html/text_runs.hpp"

namespace folio::html {

namespace {

constexpr std::size_t kMaxBoldHeading = 120;  // code points
constexpr std::size_t kMaxBoldHeadingWords = 15;
constexpr std::size_t kMaxHeading = 300;
constexpr std::size_t kLooseParagraph =
    80;  // loose text this long is a paragraph even without final punctuation
constexpr std::size_t kMinLooseWords = 4;
constexpr std::size_t kMaxCopyrightNotice = 150;
constexpr std::size_t kMaxLinkParagraph = 150;
constexpr double kLinkParagraph = 0.8;
constexpr double kTeaserProse = 0.3;  // a nested <article> with less of the prose than this is a teaser
constexpr int kBoldHeading = 0;       // level of a bold-line heading until the levels are renumbered

bool is_space_text(const Node& node) {
    return node.is_text() && trim_space(collapse_white_space(node.text)).empty();
}

bool is_bold_heading(const Inlines& content, const std::string& text) {
    if (!is_all_strong(content)) return false;
    if (code_point_count(text) > kMaxBoldHeading || word_count(text) > kMaxBoldHeadingWords) return false;
    if (text.find('\n') != std::string::npos) return false;
    const char32_t last = last_code_point(text);
    return last != U'.' && last != U':' && last != U';' && last != U',';
}

// A copyright notice of the page ("© Lindenauer Bote 2024 · Impressum"): no article text.
bool is_copyright_notice(const std::string& text) {
    const std::string lower = to_lower(text.substr(0, 12));
    return code_point_count(text) <= kMaxCopyrightNotice &&
           (lower.starts_with("©") || lower.starts_with("(c)") || lower.starts_with("copyright"));
}

bool is_loose_paragraph(const std::string& text) {
    return code_point_count(text) >= kLooseParagraph ||
           (ends_like_sentence(text) && word_count(text) >= kMinLooseWords);
}

// The nodes split where two or more <br> follow each other (a blank line in div-based text).
std::vector<std::vector<const Node*>> split_at_blank_lines(const std::vector<const Node*>& nodes) {
    std::vector<std::vector<const Node*>> parts(1);
    std::size_t i = 0;
    while (i < nodes.size()) {
        if (nodes[i]->is("br")) {
            std::size_t j = i + 1;
            std::size_t breaks = 1;
            while (j < nodes.size() && (nodes[j]->is("br") || is_space_text(*nodes[j]))) {
                breaks += nodes[j]->is("br") ? 1 : 0;
                ++j;
            }
            if (breaks >= 2) {
                parts.emplace_back();
                i = j;
                continue;
            }
        }
        parts.back().push_back(nodes[i]);
        ++i;
    }
    return parts;
}

// Loose text with a formula is a paragraph, however short: a displayed equation stands alone.
bool holds_math(const std::vector<const Node*>& nodes) {
    return std::any_of(nodes.begin(), nodes.end(), [](const Node* node) {
        return node->is_element() && !elements_named(*node, "math").empty();
    });
}

const Node* next_element_sibling(const Node& node) {
    if (node.parent == nullptr) return nullptr;
    const auto& siblings = node.parent->children;
    bool after = false;
    for (const auto& sibling : siblings) {
        if (after && sibling->is_element()) return sibling.get();
        if (after && !is_space_text(*sibling)) return nullptr;
        after = after || sibling.get() == &node;
    }
    return nullptr;
}

class BodyWalker {
public:
    BodyWalker(const BodyScope& scope, const TextMeasure& measure)
        : scope_(scope), measure_(measure), consumed_(scope.consumed) {
        if (scope.title != nullptr) title_text_ = text_content(*scope.title);
        find_running_text(scope.content);
        content_end_ = last_order_in(scope.content);
    }

    std::vector<Block> read() {
        walk(scope_.root);
        renumber_headings();
        drop_empty_sections();
        drop_outer_breaks();
        return std::move(blocks_);
    }

private:
    bool holds_article(const Node& node) const {
        return (scope_.title != nullptr && contains(node, *scope_.title)) || contains(node, scope_.content);
    }

    bool skip(const Node& node) const {
        if (consumed_.count(&node) > 0) return true;
        if (node.is_text()) return false;
        if (is_hidden_tag(node.name)) return true;
        if (holds_article(node)) return false;
        if (scope_.chrome(node)) return true;
        const Strictness strictness = scope_.chrome.strictness();
        if (strictness == Strictness::Strict && node.order > content_end_) return true;
        if (strictness == Strictness::None) return false;
        if (node.is("table") && is_data_table(node)) return false;  // rows of links are still data
        if (strictness == Strictness::Strict &&
            (is_teaser_list(node, measure_) || is_post_thread(node, measure_)))
            return true;
        if (node.is("article") && static_cast<double>(measure_[node].prose) <
                                      kTeaserProse * static_cast<double>(measure_[scope_.content].prose))
            return true;
        if (node.is("p"))
            return measure_.link_density(node) > kLinkParagraph && measure_[node].text <= kMaxLinkParagraph;
        return is_block_tag(node.name) && is_link_heavy(node, measure_) && !is_list_inside_text(node);
    }

    // Where the article's running text starts and ends: the first and last text block of the content
    // (outside chrome) that is long enough and mostly not links. List items count here.
    void find_running_text(const Node& node) {
        for (const auto& child : node.children) {
            if (!child->is_element() || is_hidden_tag(child->name) || scope_.chrome(*child)) continue;
            const TextStats& stats = measure_[*child];
            if (is_block_tag(child->name) && stats.own_text >= TextMeasure::kMinProseBlock &&
                stats.own_link_text * 2 < stats.own_text) {
                if (first_text_ == 0) first_text_ = child->order;
                last_text_ = child->order;
            }
            find_running_text(*child);
        }
    }

    static std::size_t last_order_in(const Node& node) {
        const Node* last = &node;
        while (!last->children.empty()) last = last->children.back().get();
        return last->order;
    }

    // A list of links with running text of the article before and after it is the article's (a list
    // of changes, of sources), as in Readability; link lists at the edges are menus and related links.
    bool is_list_inside_text(const Node& node) const {
        return (node.is("ul") || node.is("ol") || node.is("li")) && node.order > first_text_ &&
               last_order_in(node) < last_text_;
    }

    SkipNode skipper() const {
        return [this](const Node& node) {
            return consumed_.count(&node) > 0 || (node.is_element() && skip(node));
        };
    }

    void walk(const Node& node) {
        std::vector<const Node*> run;
        for (const auto& child : node.children) {
            if (skip(*child)) continue;
            if (child->is_text() || !is_block_tag(child->name)) {
                if (child->is("img") && is_figure_container(*child, measure_)) {
                    flush(run);
                    figure(*child);
                    continue;
                }
                run.push_back(child.get());
                continue;
            }
            flush(run);
            block(*child);
        }
        flush(run);
    }

    void block(const Node& element) {
        if (is_figure_container(element, measure_)) {
            figure(element);
            return;
        }
        const int level = heading_level(element.name);
        if (level > 0) {
            heading(element, level);
        } else if (element.is("p")) {
            text_block(inline_content(element, skipper()), true);
        } else if (element.is("ul") || element.is("ol")) {
            list(element);
        } else if (element.is("blockquote") && holds_data_table(element)) {
            walk(element);  // a table set in by a blockquote is a table, not a quotation
        } else if (element.is("blockquote")) {
            quote(element);
        } else if (element.is("hr")) {
            blocks_.push_back(ThematicBreak{});
        } else if (element.is("table") && is_data_table(element)) {
            table(element);
        } else if (element.is("pre")) {
            if (std::string text = text_content(element); !text.empty())
                blocks_.push_back(Paragraph{{code(std::move(text))}, ""});
        } else {
            walk(element);
        }
    }

    void flush(std::vector<const Node*>& run) {
        if (run.empty()) return;
        for (const auto& part : split_at_blank_lines(run))
            text_block(inline_content(part, skipper()), holds_math(part));
        run.clear();
    }

    void text_block(Inlines content, bool paragraph_element) {
        const std::string text(trim_space(to_plain_text(content)));
        if (text.empty() || is_copyright_notice(text)) return;
        if (is_update_note(text)) {
            blocks_.push_back(Note{std::move(content)});
        } else if (is_bold_heading(content, text)) {
            if (text != title_text_) blocks_.push_back(Heading{kBoldHeading, std::move(content)});
        } else if (paragraph_element || is_loose_paragraph(text)) {
            blocks_.push_back(Paragraph{std::move(content), ""});
        }
    }

    void heading(const Node& element, int level) {
        Inlines content = inline_content(element, skipper());
        const std::string text = to_plain_text(content);
        if (text.empty() || text == title_text_) return;
        if (code_point_count(text) > kMaxHeading) {
            blocks_.push_back(Paragraph{std::move(content), ""});
            return;
        }
        blocks_.push_back(Heading{level, std::move(content)});
    }

    void figure(const Node& element) {
        Figure figure = read_figure(element);
        if (figure.caption.empty() || figure.credit.empty()) {
            const Node* next = element.is("img") ? nullptr : next_element_sibling(element);
            if (next != nullptr && consumed_.count(next) == 0 && is_caption_block(*next, measure_)) {
                add_caption_block(figure, *next);
                consumed_.insert(next);
            }
        }
        blocks_.push_back(std::move(figure));
    }

    static bool holds_data_table(const Node& element) {
        const auto tables = elements_named(element, "table");
        return std::any_of(tables.begin(), tables.end(),
                           [](const Node* table) { return is_data_table(*table); });
    }

    // Inside a data table only hidden elements are left out: a cell that is one link is data.
    void table(const Node& element) {
        const SkipNode hidden = [this](const Node& node) {
            return consumed_.count(&node) > 0 || (node.is_element() && is_hidden_tag(node.name));
        };
        Table table = read_html_table(element, hidden);
        if (!table_is_empty(table)) blocks_.push_back(std::move(table));
    }

    void list_items(const Node& list, std::vector<Inlines>& items) const {
        const SkipNode skip_nested = [this](const Node& node) {
            return node.is("ul") || node.is("ol") || consumed_.count(&node) > 0 ||
                   (node.is_element() && skip(node));
        };
        for (const auto& child : list.children) {
            if (!child->is_element() || skip(*child)) continue;
            if (!child->is("li")) {
                list_items(*child, items);  // items inside a wrapper element
                continue;
            }
            Inlines item = inline_content(*child, skip_nested);
            if (!item.empty()) items.push_back(std::move(item));
            for (const auto& inner : child->children)
                if (inner->is("ul") || inner->is("ol")) list_items(*inner, items);
        }
    }

    void list(const Node& element) {
        List list;
        list.ordered = element.is("ol");
        list_items(element, list.items);
        if (!list.items.empty()) blocks_.push_back(std::move(list));
    }

    // The element naming the speaker: footer, cite at the end, or a figcaption after the quote.
    const Node* attribution_of(const Node& quote) const {
        const Node* found = nullptr;
        for (const Node* element : elements_of(quote))
            if (element->is("footer") || element->is("figcaption") ||
                (element->is("cite") && found == nullptr))
                found = element;
        if (found != nullptr && found->is("cite")) {
            // A <cite> only names the speaker when nothing follows it.
            const auto runs = text_runs(quote);
            if (runs.empty() || runs.back().text.find(text_content(*found)) == std::string::npos)
                found = nullptr;
        }
        if (found == nullptr && quote.parent != nullptr && quote.parent->is("figure")) {
            const Node* next = next_element_sibling(quote);
            if (next != nullptr && (next->is("figcaption") || next->is("cite") || next->is("footer")))
                found = next;
        }
        return found;
    }

    void quote(const Node& element) {
        BlockQuote quote;
        const Node* attribution = attribution_of(element);
        if (attribution != nullptr) {
            const std::string text = text_content(*attribution);
            quote.attribution = std::string(after_leading_dash(text).value_or(text));
            consumed_.insert(attribution);
        }
        const SkipNode skip_attribution = [this, attribution](const Node& node) {
            return &node == attribution || consumed_.count(&node) > 0;
        };
        for (const TextRun& run : text_runs(element, skip_attribution)) {
            Inlines line = inline_content(run.nodes, skip_attribution);
            if (line.empty()) continue;
            if (!quote.content.empty()) quote.content.push_back(line_break());
            for (Inline& item : line) quote.content.push_back(std::move(item));
        }
        if (quote.attribution.empty()) take_dash_attribution(quote);
        if (!quote.content.empty()) blocks_.push_back(std::move(quote));
    }

    // "— Name" as the quote's last line.
    static void take_dash_attribution(BlockQuote& quote) {
        for (std::size_t i = quote.content.size(); i-- > 0;) {
            if (quote.content[i].kind != Inline::Kind::LineBreak) continue;
            const Inlines last(quote.content.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                               quote.content.end());
            const std::string line(trim_space(to_plain_text(last)));
            if (const auto name = after_leading_dash(line)) {
                quote.attribution = std::string(trim_space(*name));
                quote.content.erase(quote.content.begin() + static_cast<std::ptrdiff_t>(i),
                                    quote.content.end());
            }
            return;
        }
    }

    void renumber_headings() {
        std::map<int, int> levels;
        for (const Block& block : blocks_)
            if (const auto* heading = std::get_if<Heading>(&block); heading && heading->level != kBoldHeading)
                levels[heading->level] = 0;
        int next = 2;
        for (auto& [source, target] : levels) target = std::min(next++, 6);
        for (Block& block : blocks_)
            if (auto* heading = std::get_if<Heading>(&block))
                heading->level = heading->level == kBoldHeading ? 2 : levels[heading->level];
    }

    // A heading followed by nothing or by a heading of the same or a higher rank heads nothing (the
    // label of a box that was left out).
    void drop_empty_sections() {
        std::vector<Block> kept;
        for (std::size_t i = blocks_.size(); i-- > 0;) {
            if (const auto* heading = std::get_if<Heading>(&blocks_[i])) {
                const auto* next = kept.empty() ? nullptr : std::get_if<Heading>(&kept.back());
                if (kept.empty() || (next != nullptr && next->level <= heading->level)) continue;
            }
            kept.push_back(std::move(blocks_[i]));
        }
        std::reverse(kept.begin(), kept.end());
        blocks_ = std::move(kept);
    }

    void drop_outer_breaks() {
        std::vector<Block> kept;
        for (Block& block : blocks_) {
            const bool is_break = std::holds_alternative<ThematicBreak>(block);
            if (is_break && (kept.empty() || std::holds_alternative<ThematicBreak>(kept.back()))) continue;
            kept.push_back(std::move(block));
        }
        while (!kept.empty() && std::holds_alternative<ThematicBreak>(kept.back())) kept.pop_back();
        blocks_ = std::move(kept);
    }

    const BodyScope& scope_;
    const TextMeasure& measure_;
    std::set<const Node*> consumed_;
    std::string title_text_;
    std::vector<Block> blocks_;
    std::size_t content_end_ =
        0;  // document order of the content's last node: what follows is not the article
    std::size_t first_text_ = 0;  // document order of the content's first and last running text
    std::size_t last_text_ = 0;
};

}  // namespace

std::vector<Block> read_body(const BodyScope& scope, const TextMeasure& measure) {
    return BodyWalker(scope, measure).read();
}

}  // namespace folio::html
