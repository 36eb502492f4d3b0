// libexttextcat's language fingerprints, compiled into folio at build time: looking n-grams up.
#include "input/common/fingerprint_table.hpp"

#include "input/common/fingerprint_data.hpp"

namespace folio::fingerprints {

namespace {

std::uint32_t start_of(const std::uint32_t* ends, std::size_t i) { return i == 0 ? 0 : ends[i - 1]; }

std::string_view ngram(std::size_t i) {
    const std::uint32_t start = start_of(data::kNgramEnds, i);
    return {data::kNgrams + start, data::kNgramEnds[i] - start};
}

}  // namespace

std::size_t category_count() { return data::kCategoryCount; }

std::string_view category_name(std::size_t category) {
    const std::uint32_t start = start_of(data::kCategoryNameEnds, category);
    return {data::kCategoryNames + start, data::kCategoryNameEnds[category] - start};
}

std::span<const Posting> postings(std::string_view text) {
    const std::size_t mask = data::kSlotCount - 1;
    for (std::size_t slot = data::ngram_hash(text) & mask;; slot = (slot + 1) & mask) {
        if (data::kSlots[slot] == 0) return {};
        const std::size_t i = data::kSlots[slot] - 1;
        if (ngram(i) != text) continue;
        const std::uint32_t start = start_of(data::kPostingEnds, i);
        return {data::kPostings + start, data::kPostingEnds[i] - start};
    }
}

}  // namespace folio::fingerprints
