// A text's n-gram fingerprint, built exactly the way libexttextcat 3.4.5 builds it (fp_Create).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace folio {

struct RankedNgram {
    std::string text;  // one to five UTF-8 characters, '_' marking a word's border
    int rank = 0;      // 0 for the most frequent
};

// The at most 400 most frequent n-grams of the first `size` bytes of `text` as libexttextcat's
// textcat_Classify sees them: runs of white space and digits count as one '_' (so, like the library,
// this reads on past `size` while such runs shorten the sample), and the text ends at text.size() or at
// a NUL, where the library stops at the NUL after it. Ties in frequency fall exactly as the library's hash
// table and heap order them. Empty when `size` is 0 (the library answers "SHORT").
std::vector<RankedNgram> ngram_fingerprint(std::string_view text, std::size_t size);

}  // namespace folio
