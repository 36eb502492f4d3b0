// The header block at the top of the article: kicker, title, subtitle (deck) and date line.
#pragma once

#include <cstddef>
#include <string>

#include "input/text/source_lines.hpp"

namespace folio {

struct Header {
    std::string kicker;
    std::string title;
    std::string subtitle;
    std::string date_text;  // as printed
    std::string date;       // ISO 8601, "" when the printed date could not be read
    std::size_t end = 0;    // index of the first line after the header
};

// Reads the first block of lines: an optional kicker (short topic line above the headline), the
// title, an optional deck and an optional date line, told apart by their shape and position.
Header read_header(const SourceLines& lines);

}  // namespace folio
