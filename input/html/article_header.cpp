// The article's header around its headline: kicker, title, subtitle (deck), date line and byline.
#include "input/html/article_header.hpp"

#include <algorithm>

#include "input/common/byline.hpp"
#include "input/common/dates.hpp"
#include "input/common/line_shape.hpp"
#include "input/common/utf8.hpp"
#include "input/html/class_names.hpp"
#include "input/html/html_tags.hpp"
#include "input/html/text_runs.hpp"

namespace folio::html {

namespace {

constexpr std::size_t kMaxKickerWords = 8;
constexpr std::size_t kMaxSubtitle = 250;    // code points
constexpr std::size_t kMaxHeaderLine = 120;  // a date or byline line
constexpr std::size_t kMaxHeaderNoise = 80;  // "Lesezeit: 4 Min.", "Teilen"
constexpr std::size_t kMaxRunsAfterTitle = 6;

bool has_hint_up_to(const Node& block, const Node& limit, NameHint hint) {
    for (const Node* n = &block; n != nullptr; n = n->parent) {
        if (has_name_hint(*n, hint)) return true;
        if (n == &limit) break;
    }
    return false;
}

bool inside(const Node& node, std::string_view tag, const Node& limit) {
    for (const Node* n = &node; n != nullptr && n != &limit; n = n->parent)
        if (n->is(tag)) return true;
    return false;
}

// A <time> element in the run, or nullptr.
const Node* time_element(const TextRun& run) {
    for (const Node* node : run.nodes) {
        if (node->is("time")) return node;
        if (node->is_element())
            if (const auto times = elements_named(*node, "time"); !times.empty()) return times.front();
    }
    return nullptr;
}

// The number of links in a run that is nothing but links (menus, breadcrumbs); 0 for any other run.
std::size_t links_only(const TextRun& run) {
    std::size_t linked = 0;
    std::size_t links = 0;
    for (const Node* node : run.nodes)
        if (node->is("a")) {
            linked += text_content(*node).size();
            ++links;
        }
    return linked > 0 && linked + 2 >= run.text.size() ? links : 0;
}

const Node* header_container(const Node& title, const Node& root) {
    const Node* container = title.parent;
    const std::string title_text = text_content(title);
    while (container != nullptr && container != &root && text_content(*container) == title_text)
        container = container->parent;
    return container != nullptr ? container : &root;
}

class HeaderReader {
public:
    HeaderReader(const Node& root, const Node* title, const Node& content)
        : root_(root), title_(title), content_(content) {}

    ArticleHeader read() {
        if (title_ != nullptr) {
            read_title();
            const Node& container = *header_container(*title_, root_);
            const bool dedicated = &container != &root_ && !contains(container, content_);
            const auto runs = text_runs(container);
            std::vector<const TextRun*> before;
            std::vector<const TextRun*> after;
            for (const TextRun& run : runs) {
                if (contains(*title_, *run.block)) continue;
                (run.nodes.front()->order < title_->order ? before : after).push_back(&run);
            }
            read_before_title(before, container);
            read_after_title(after, container, dedicated);
        }
        if (header_.date_text.empty()) find_date_line();
        return std::move(header_);
    }

private:
    // Leaves the run out of the body, and its block too when the run is all the block holds.
    void consume(const TextRun& run) {
        for (const Node* node : run.nodes) header_.consumed.insert(node);
        if (run.block != &root_ && text_content(*run.block) == run.text) header_.consumed.insert(run.block);
    }

    void read_title() {
        header_.consumed.insert(title_);
        std::vector<const Node*> parts;
        for (const auto& child : title_->children) {
            if (child->is_element() && has_name_hint(*child, NameHint::Kicker) && header_.kicker.empty() &&
                child.get() != title_->children.back().get()) {
                header_.kicker = text_content(*child);
                continue;
            }
            parts.push_back(child.get());
        }
        header_.title = run_text(parts);
        if (header_.title.empty()) {
            header_.title = header_.kicker;
            header_.kicker.clear();
        }
    }

    bool take_date(const TextRun& run) {
        if (run.text.size() > kMaxHeaderLine * 2) return false;
        if (const auto iso = recognize_date(run.text)) {
            set_date(run.text, *iso);
            consume(run);
            return true;
        }
        if (const Node* time = time_element(run)) {
            const std::string printed = text_content(*time);
            std::string iso = recognize_date(printed).value_or("");
            if (iso.empty()) iso = std::string(time->attribute("datetime")).substr(0, 10);
            if (printed.empty() && iso.empty()) return false;
            set_date(printed.empty() ? iso : printed, iso);
            if (starts_like_byline(run.text)) take_byline_names(run.text);
            consume(run);
            return true;
        }
        return false;
    }

    void set_date(const std::string& printed, const std::string& iso) {
        if (!header_.date_text.empty()) return;
        header_.date_text = printed;
        header_.date = recognize_date(printed).value_or(iso);
    }

    bool take_byline(const TextRun& run, const Node& container) {
        const bool hinted = has_hint_up_to(*run.block, container, NameHint::Byline);
        if (run.text.size() > kMaxHeaderLine * 2 || (!starts_like_byline(run.text) && !hinted)) return false;
        if (!starts_like_byline(run.text) && ends_like_sentence(run.text)) return false;
        take_byline_names(run.text);
        // A byline often carries the date: "Von Name | 05.03.2024".
        if (const std::string date = byline_date_text(run.text); !date.empty())
            set_date(date, recognize_date(date).value_or(""));
        consume(run);
        return true;
    }

    void take_byline_names(const std::string& line) {
        for (std::string& name : byline_names(line)) header_.byline_names.push_back(std::move(name));
    }

    bool is_kicker(const TextRun& run, const Node& container) const {
        if (is_update_note(run.text) || recognize_date(run.text) || starts_like_byline(run.text))
            return false;
        if (inside(*run.block, "li", container) || inside(*run.block, "nav", container)) return false;
        const bool hinted = has_hint_up_to(*run.block, container, NameHint::Kicker);
        if (links_only(run) > 1 && !hinted) return false;  // a breadcrumb or menu; one link is a category
        return word_count(run.text) <= kMaxKickerWords &&
               code_point_count(run.text) <= 10 * kMaxKickerWords &&
               (!ends_like_sentence(run.text) || hinted);
    }

    void read_before_title(const std::vector<const TextRun*>& before, const Node& container) {
        for (auto it = before.rbegin(); it != before.rend(); ++it) {
            const TextRun& run = **it;
            if (take_date(run) || take_byline(run, container)) continue;
            if (header_.kicker.empty() && is_kicker(run, container)) {
                header_.kicker = run.text;
                consume(run);
            }
            break;
        }
    }

    bool may_be_subtitle(const TextRun& run, const Node& container, bool dedicated) const {
        if (!header_.subtitle.empty() || code_point_count(run.text) > kMaxSubtitle) return false;
        if (is_update_note(run.text) || has_hint_up_to(*run.block, container, NameHint::Lead)) return false;
        if (has_hint_up_to(*run.block, container, NameHint::Credit) ||
            has_hint_up_to(*run.block, container, NameHint::Caption))
            return false;
        return heading_level(run.block->name) >= 2 ||
               has_hint_up_to(*run.block, container, NameHint::Subtitle) ||
               (dedicated && !inside(*run.block, "figure", container));
    }

    void read_after_title(const std::vector<const TextRun*>& after, const Node& container, bool dedicated) {
        std::size_t seen = 0;
        for (const TextRun* run : after) {
            if (++seen > kMaxRunsAfterTitle) break;
            if (take_date(*run) || take_byline(*run, container)) continue;
            if (may_be_subtitle(*run, container, dedicated) && seen <= 2) {
                header_.subtitle = run->text;
                consume(*run);
                continue;
            }
            const bool noise = dedicated && code_point_count(run->text) <= kMaxHeaderNoise &&
                               !ends_like_sentence(run->text) && !is_update_note(run->text) &&
                               !inside(*run->block, "figure", container) &&
                               !has_hint_up_to(*run->block, container, NameHint::Caption) &&
                               !has_hint_up_to(*run->block, container, NameHint::Credit);
            if (!noise) break;
            consume(*run);
        }
    }

    // A line that is nothing but a date, anywhere in the article outside its running text.
    void find_date_line() {
        for (const TextRun& run : text_runs(root_)) {
            if (header_.consumed.count(run.nodes.front()) > 0 || code_point_count(run.text) > kMaxHeaderNoise)
                continue;
            if (inside(*run.block, "figure", root_) || inside(*run.block, "blockquote", root_)) continue;
            if (recognize_date(run.text) ||
                (time_element(run) != nullptr && code_point_count(run.text) <= 40)) {
                if (take_date(run)) return;
            }
        }
    }

    const Node& root_;
    const Node* title_;
    const Node& content_;
    ArticleHeader header_;
};

}  // namespace

ArticleHeader read_article_header(const Node& root, const Node* title, const Node& content) {
    return HeaderReader(root, title, content).read();
}

}  // namespace folio::html
