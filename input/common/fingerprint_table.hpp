// libexttextcat's language fingerprints (Debian's libexttextcat-data), compiled into folio at build time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace folio::fingerprints {

// An n-gram's place in one language's fingerprint.
struct Posting {
    std::uint16_t category;  // index in fpdb.conf's order
    std::uint16_t rank;      // 0 for the language's most frequent n-gram
};

// The languages ("categories") in fpdb.conf's order, each named by its label there ("de--utf8").
std::size_t category_count();
std::string_view category_name(std::size_t category);

// The fingerprints holding `ngram`, with its rank in each, in category order; empty when none holds it.
std::span<const Posting> postings(std::string_view ngram);

}  // namespace folio::fingerprints
