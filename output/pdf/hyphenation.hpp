// Hyphenation by language: Debian's libhyphen dictionaries, loaded on first use and shared by all threads.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "output/pdf/hyphenation_patterns.hpp"

namespace folio::pdf {

// The dictionary for a BCP 47 language ("de", "en-GB", "fr-CH"), loaded once per process on first
// use; nullptr when no dictionary is installed for it. The first process to load a dictionary leaves
// its compiled form in $XDG_CACHE_HOME/folio (else ~/.cache/folio), which later processes load instead.
const PatternDictionary* hyphenation_dictionary(std::string_view lang);

// The dictionary in a libhyphen .dic file. Its compiled form in `cache_directory` is mapped when it was
// made from this very file (same size and modification time); otherwise the file is parsed and its
// compiled form left there for the next process ("" for no cache). nullptr when the file is unreadable.
std::unique_ptr<PatternDictionary> load_pattern_file(const std::string& path,
                                                     const std::filesystem::path& cache_directory);

// Where hyphens may go in a word as printed (any case): result[i] is true when a hyphen may follow
// code point i. Only letter runs of 5 to 64 letters are hyphenated (longer runs are no words, and
// the patterns take time growing with the square of the length); at least three letters stay before a
// hyphen and three after it.
std::vector<bool> hyphenation_points(const PatternDictionary& dict, std::u32string_view word);

}  // namespace folio::pdf
