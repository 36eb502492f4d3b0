// Finding a slideshow in a copied page: slides numbered "1/50 Title", "2/50 Title", … with a caption and
// a credit each, a gallery that the page embeds in the article but that is not its text.
#include "input/text/slideshow.hpp"

#include <algorithm>
#include <optional>

#include "input/common/line_shape.hpp"
#include "input/common/utf8.hpp"

namespace folio {

namespace {

constexpr int kMinSlides = 3;
constexpr std::size_t kMaxHeaderLines = 3;  // the gallery's title and controls above the first slide
constexpr std::size_t kMaxHeaderWords = 4;

struct Counter {
    int number = 0;
    int total = 0;
};

// "7/50 Title" or "7/50": the slide's number and the slideshow's total.
std::optional<Counter> slide_counter(std::string_view line) {
    const std::string_view first = line.substr(0, line.find(' '));
    const std::size_t slash = first.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash + 1 == first.size() || first.size() > 9)
        return std::nullopt;
    Counter counter;
    for (std::size_t i = 0; i < first.size(); ++i) {
        if (i == slash) continue;
        if (first[i] < '0' || first[i] > '9') return std::nullopt;
        int& value = i < slash ? counter.number : counter.total;
        value = value * 10 + (first[i] - '0');
    }
    if (counter.number < 1 || counter.number > counter.total) return std::nullopt;
    return counter;
}

}  // namespace

void mark_slideshows(const SourceLines& lines, std::vector<bool>& dropped) {
    std::size_t i = 0;
    while (i < lines.size()) {
        const auto first = slide_counter(lines[i].text);
        if (!first || first->number != 1 || first->total < kMinSlides) {
            ++i;
            continue;
        }
        // The slides in order: each the next number of the same total.
        std::vector<std::size_t> starts = {i};
        int expected = 2;
        for (std::size_t j = i + 1; j < lines.size() && expected <= first->total; ++j) {
            const auto counter = slide_counter(lines[j].text);
            if (!counter || counter->total != first->total) continue;
            if (counter->number != expected) break;
            starts.push_back(j);
            ++expected;
        }
        if (static_cast<int>(starts.size()) < kMinSlides) {
            ++i;
            continue;
        }
        std::vector<std::size_t> lengths;
        for (std::size_t k = 1; k < starts.size(); ++k) lengths.push_back(starts[k] - starts[k - 1]);
        std::nth_element(lengths.begin(), lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2),
                         lengths.end());
        const std::size_t end = std::min(lines.size(), starts.back() + lengths[lengths.size() / 2]);
        std::size_t begin = i;
        while (begin > 0 && i - begin < kMaxHeaderLines &&
               word_count(lines[begin - 1].text) <= kMaxHeaderWords &&
               !ends_like_sentence(lines[begin - 1].text))
            --begin;
        for (std::size_t k = begin; k < end; ++k) dropped[k] = true;
        i = end;
    }
}

}  // namespace folio
