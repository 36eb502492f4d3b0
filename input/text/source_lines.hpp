// The article text as trimmed, non-blank lines, each tagged with the blank-line-separated block it belongs
// to.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace folio {

struct SourceLine {
    std::string text;        // trimmed of leading and trailing white space (incl. U+00A0)
    std::size_t group = 0;   // lines with the same group were not separated by a blank line
    bool indented = false;   // began with two spaces or a tab: preformatted text keeps its indentation
    bool cell = false;       // a line of nothing but tabs stands next to it: a table cell in a browser copy
    std::size_t indent = 0;  // the spaces it began with (a column of a space-aligned table may start there)
};

using SourceLines = std::vector<SourceLine>;

// Splits text at "\n", trims each line, drops blank lines and noise lines (language switches,
// reading times). Returns how many noise lines were dropped through noise_dropped.
SourceLines split_source_lines(std::string_view text, std::size_t& noise_dropped);

// True when line i is the only line of its block.
bool stands_alone(const SourceLines& lines, std::size_t i);

}  // namespace folio
