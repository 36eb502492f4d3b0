// Choosing the element that shows the article's headline.
#include "input/html/article_title.hpp"

#include <algorithm>
#include <set>

#include "input/common/utf8.hpp"
#include "input/html/html_tags.hpp"

namespace folio::html {

namespace {

constexpr double kMatching = 0.6;
constexpr double kMatchingOtherHeading = 0.8;
constexpr int kNearContent = 3;
constexpr std::size_t kMinPartialHeadline = 3;  // words of a heading that is part of the title  // levels
                                                // between the content and its common ancestor with the title

std::vector<std::string> headline_words(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    const std::string lower = to_lower(text);
    std::size_t pos = 0;
    while (pos <= lower.size()) {
        const std::size_t start = pos;
        const char32_t c = pos < lower.size() ? next_code_point(lower, pos) : U' ';
        if (pos == start) ++pos;
        if (is_letter(c) || (c >= U'0' && c <= U'9')) {
            word += lower.substr(start, pos - start);
        } else if (!word.empty()) {
            words.push_back(word);
            word.clear();
        }
    }
    return words;
}

bool in_page_chrome(const Node& node) {
    for (const Node* p = node.parent; p != nullptr; p = p->parent)
        if (p->is("nav") || p->is("aside") || p->is("footer") || is_hidden_tag(p->name)) return true;
    return false;
}

// True when every word of `part` is a word of `whole`.
bool words_within(const std::string& part, const std::string& whole) {
    const auto words = headline_words(whole);
    const std::set<std::string> all(words.begin(), words.end());
    const auto part_words = headline_words(part);
    return std::all_of(part_words.begin(), part_words.end(),
                       [&](const std::string& w) { return all.count(w) > 0; });
}

double best_similarity(const Node& heading, const std::vector<std::string>& titles) {
    const std::string text = text_content(heading);
    double best = 0.0;
    for (const std::string& title : titles) best = std::max(best, headline_similarity(text, title));
    return best;
}

std::vector<const Node*> candidates(const Node& body, std::string_view tag) {
    std::vector<const Node*> found;
    for (const Node* heading : elements_named(body, tag))
        if (!in_page_chrome(*heading) && !text_content(*heading).empty()) found.push_back(heading);
    return found;
}

// The h2 or h3 whose words are the headline's, or all among them (a title that adds a chapter or
// the author); nullptr when none is.
const Node* best_lower_heading(const Node& body, const std::vector<std::string>& titles) {
    const Node* best = nullptr;
    double best_score = 0.0;
    for (const std::string_view tag : {"h2", "h3"})
        for (const Node* heading : candidates(body, tag)) {
            const std::string text = text_content(*heading);
            double score = best_similarity(*heading, titles);
            if (headline_words(text).size() >= kMinPartialHeadline)
                for (const std::string& title : titles)
                    if (words_within(text, title)) score = std::max(score, kMatching);
            if (score > best_score) {
                best = heading;
                best_score = score;
            }
        }
    return best_score >= kMatching ? best : nullptr;
}

}  // namespace

double headline_similarity(const std::string& a, const std::string& b) {
    const auto wa = headline_words(a);
    const auto wb = headline_words(b);
    if (wa.empty() || wb.empty()) return 0.0;
    if (wa == wb) return 1.0;
    const std::set<std::string> sa(wa.begin(), wa.end());
    const std::set<std::string> sb(wb.begin(), wb.end());
    std::size_t shared = 0;
    for (const std::string& w : sa) shared += sb.count(w);
    return static_cast<double>(shared) / static_cast<double>(sa.size() + sb.size() - shared);
}

const Node* find_title_heading(const Node& body, const Node* content,
                               const std::vector<std::string>& metadata_titles) {
    // Microdata's headline; when teasers mark theirs too, the one next to the content.
    std::vector<const Node*> marked;
    for (const Node* element : elements_of(body))
        if (element->attribute("itemprop") == "headline" && !element->is("meta") &&
            !in_page_chrome(*element) && !text_content(*element).empty())
            marked.push_back(element);
    if (marked.size() == 1) return marked.front();
    for (const Node* element : marked)
        if (content != nullptr && common_ancestor(*element, *content)->depth + kNearContent >= content->depth)
            return element;

    const auto h1s = candidates(body, "h1");
    const Node* best = nullptr;
    double best_score = 0.0;
    for (const Node* h1 : h1s) {
        const double score = best_similarity(*h1, metadata_titles);
        if (score > best_score) {
            best = h1;
            best_score = score;
        }
    }
    if (best != nullptr && best_score >= kMatching) return best;
    // No h1 shows the headline (it names the site, blog or section): a lower heading that does.
    if (const Node* lower = best_lower_heading(body, metadata_titles)) return lower;

    if (content != nullptr) {
        const Node* before = nullptr;
        for (const Node* h1 : h1s) {
            if (contains(*content, *h1)) return h1;
            if (h1->order < content->order) before = h1;
        }
        if (before != nullptr) return before;
    }
    if (!h1s.empty()) return h1s.front();

    for (const Node* h2 : candidates(body, "h2"))
        if (best_similarity(*h2, metadata_titles) >= kMatchingOtherHeading) return h2;
    return nullptr;
}

}  // namespace folio::html
