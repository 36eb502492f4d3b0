// Guessing the language of a text (libexttextcat's fingerprints, with a stop-word count for
// German/English/French as fallback).
#pragma once

#include <string>
#include <string_view>

namespace folio {

// The BCP 47 language tag of the text (e.g. "de"), or "" when it cannot be told.
// Thread-safe; the language fingerprints are compiled into the program (textcat.hpp).
std::string guess_language(std::string_view utf8_text);

// The fallback on its own: "de", "en" or "fr" by counting common function words, "" when none stands out.
std::string guess_language_by_stop_words(std::string_view utf8_text);

}  // namespace folio
