// Hyphenation by language: Debian's libhyphen dictionaries, loaded on first use and shared by all threads.
#pragma once

#include <string_view>
#include <vector>

#include "output/pdf/hyphenation_patterns.hpp"

namespace folio::pdf {

// The dictionary for a BCP 47 language ("de", "en-GB", "fr-CH"), loaded once per process on first
// use; nullptr when no dictionary is installed for it.
const PatternDictionary* hyphenation_dictionary(std::string_view lang);

// Where hyphens may go in a word as printed (any case): result[i] is true when a hyphen may follow
// code point i. Only letter runs of five or more are hyphenated; at least two letters stay before a
// hyphen and three after it.
std::vector<bool> hyphenation_points(const PatternDictionary& dict, std::u32string_view word);

}  // namespace folio::pdf
