// Page furniture inside and below the article in a copied web page: boxes of related links, a player's
// menus, cards linking to other articles, and what the page prints below the article.
#include "input/text/page_furniture.hpp"

#include "input/common/line_shape.hpp"
#include "input/common/utf8.hpp"
#include "input/text/page_lines.hpp"

namespace folio {

namespace {

constexpr std::size_t kMinControlBlock = 30;  // short lines in a row: a player's menus, not a list
constexpr std::size_t kMinTailGap = 8;  // lines of page furniture between the article and the page's tail
constexpr std::size_t kTailShare = 3;   // the tail has less than a third of the words before it

// The line is one phrase of a few words printed several times over ("Title Title Title"): the headline
// of a card linking to another article, rendered once per screen size.
bool is_repeated_phrase(std::string_view line) {
    const auto words = split_words(line);
    for (std::size_t size = kMinTitleWords; size * 2 <= words.size(); ++size) {
        if (words.size() % size != 0) continue;
        bool repeats = true;
        for (std::size_t i = size; i < words.size() && repeats; ++i) repeats = words[i] == words[i % size];
        if (repeats) return true;
    }
    return false;
}

// The line is cut off with an ellipsis, perhaps followed by a link's label ("… Read more").
bool cut_off(std::string_view line) {
    const auto words = split_words(line);
    for (std::size_t i = words.size(); i-- > 0 && i + kMaxMenuWords + 1 >= words.size();)
        if (ends_with_ellipsis(words[i])) return true;
    return false;
}

}  // namespace

std::size_t prose_after_links(const SourceLines& lines, std::size_t label, std::size_t end) {
    for (std::size_t j = label + 1; j < end && j <= label + kMaxRelatedLinks; ++j)
        if (is_prose(lines[j].text)) return j;
    return end;
}

void mark_control_blocks(const SourceLines& lines, const LineRange& run, std::vector<bool>& dropped) {
    std::size_t first = run.start;
    for (std::size_t i = run.start; i <= run.end; ++i) {
        if (i < run.end && !is_prose(lines[i].text)) continue;
        if (i - first >= kMinControlBlock)
            for (std::size_t k = first; k < i; ++k) dropped[k] = true;
        first = i + 1;
    }
}

void mark_link_cards(const SourceLines& lines, const LineRange& run, std::vector<bool>& dropped) {
    for (std::size_t i = run.start; i < run.end; ++i) {
        if (!is_repeated_phrase(lines[i].text)) continue;
        dropped[i] = true;
        if (i + 1 < run.end && cut_off(lines[i + 1].text)) dropped[++i] = true;
    }
}

void cut_page_tail(const SourceLines& lines, LineRange& run) {
    std::size_t total = 0;
    for (std::size_t i = run.start; i < run.end; ++i) total += word_count(lines[i].text);
    std::size_t before = 0, gap = 0, gap_words = 0;
    for (std::size_t i = run.start; i < run.end; ++i) {
        const std::size_t words = word_count(lines[i].text);
        if (!is_prose(lines[i].text)) {
            ++gap;
            gap_words += words;
            continue;
        }
        if (gap >= kMinTailGap && (total - before - gap_words) * kTailShare < before) {
            run.end = i - gap;
            return;
        }
        before += gap_words + words;
        gap = gap_words = 0;
    }
}

}  // namespace folio
