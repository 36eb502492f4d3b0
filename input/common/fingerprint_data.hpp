// The arrays tools/codegen/compile_fingerprints.cpp generates from libexttextcat-data; read through
// fingerprint_table.hpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "input/common/fingerprint_table.hpp"

namespace folio::fingerprints::data {

extern const std::size_t kCategoryCount;
extern const char kCategoryNames[];              // the labels, one after the other
extern const std::uint32_t kCategoryNameEnds[];  // where each label ends in kCategoryNames

extern const std::size_t kNgramCount;
extern const char kNgrams[];                // every distinct n-gram, sorted bytewise, one after the other
extern const std::uint32_t kNgramEnds[];    // where each ends in kNgrams
extern const std::uint32_t kPostingEnds[];  // where each one's postings end in kPostings
extern const Posting kPostings[];

// An open-addressing hash table of the n-grams: slot (hash + i) % kSlotCount for the i-th probe holds
// the n-gram's index + 1, or 0 where the probing ends.
extern const std::size_t kSlotCount;  // a power of two
extern const std::uint32_t kSlots[];

// FNV-1a, 32 bits.
constexpr std::uint32_t ngram_hash(std::string_view ngram) {
    std::uint32_t hash = 2166136261u;
    for (const char c : ngram) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    return hash;
}

}  // namespace folio::fingerprints::data
