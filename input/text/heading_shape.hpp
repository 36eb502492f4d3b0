// Whether a short line reads as a heading by its own shape: how it starts and ends, what it holds.
#pragma once

#include <cstddef>
#include <string_view>

namespace folio {

// The line, taken alone, may be a heading: it starts with a capital or a digit, is no date and no
// quotation, holds no code characters, does not end in a word that needs a continuation ("either",
// "the", "und"), is no cross-reference ("Related: …"), sponsor line ("Powered by …") or dated byline
// ("4 May 2019 by Anna Berg"), and its words after a section number start with a capital; it has no
// final punctuation or is a short question.
bool reads_as_heading(std::string_view line, std::size_t max_words);

// Every word of four letters or more starts with a capital ("Part Two: The End of the Renaissance").
bool is_title_case(std::string_view line);

// The line ends in a person's name in parentheses, as a caption ends in its credit ("Moss (Ann Lee)").
bool ends_in_parenthesised_name(std::string_view line);

}  // namespace folio
