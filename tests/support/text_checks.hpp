// Test helpers for wrapped text output: white space folded, and counting where a text occurs.
#pragma once

#include <sstream>
#include <string>

namespace folio::test {

// All white space runs (line breaks, indents) become one space.
inline std::string unwrapped(const std::string& text) {
    std::istringstream in(text);
    std::string out;
    for (std::string word; in >> word;) out += (out.empty() ? "" : " ") + word;
    return out;
}

// How often needle occurs in haystack (overlapping occurrences count).
inline int occurrences(const std::string& haystack, const std::string& needle) {
    int count = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1))
        ++count;
    return count;
}

}  // namespace folio::test
