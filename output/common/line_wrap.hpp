// Wrapping UTF-8 text to a column width at ICU line-break opportunities, never inside a word.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace folio {

// Columns a terminal gives the text: East Asian wide and fullwidth characters (Hangul, CJK)
// count 2, combining marks, format and control characters 0, everything else 1.
int display_width(std::string_view utf8);

struct WrapPrefixes {
    std::string_view first;  // written before the first line of each paragraph, e.g. "• "
    std::string_view rest;   // written before every further line, e.g. "  " (hanging indent)
};

// Wraps text to lines of at most `columns` display columns, prefixes included. "\n" in the
// text is a hard break; a word wider than the line stays whole on a line of its own. Lines
// break only at white space (and between CJK ideographs): never at a hyphen, inside a URL or
// between Hangul syllables, so Korean wraps at spaces. Lines carry no trailing whitespace. Throws
// folio::Error when ICU's line-break data is unavailable.
std::vector<std::string> wrap_lines(std::string_view text, int columns, WrapPrefixes prefixes = {});

// wrap_lines joined with "\n" (no final newline).
std::string wrap_text(std::string_view text, int columns, WrapPrefixes prefixes = {});

}  // namespace folio
