// Whether a short line reads as a heading by its own shape: how it starts and ends, what it holds.
#pragma once

#include <cstddef>
#include <string_view>

namespace folio {

// The line, taken alone, may be a heading: it starts with a capital or a digit, is no date and no
// quotation, holds no code characters, does not end in a word that needs a continuation ("either",
// "the", "und") and is no cross-reference ("Related: …"); it has no final punctuation or is a short
// question.
bool reads_as_heading(std::string_view line, std::size_t max_words);

}  // namespace folio
