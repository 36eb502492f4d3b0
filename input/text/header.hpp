// The header block at the top of the article: kicker, title, subtitle (deck), date line and byline.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "input/text/source_lines.hpp"

namespace folio {

struct Header {
    std::string kicker;
    std::string title;
    std::string subtitle;
    std::string date_text;                  // as printed
    std::string date;                       // ISO 8601, "" when the printed date could not be read
    std::vector<std::string> byline_names;  // the people a "By …" / "Von …" line names
    std::size_t end = 0;                    // index of the first line after the header
};

// Reads the first block of lines: an optional kicker (short topic line above the headline), the
// title, an optional deck, an optional date line and an optional byline, told apart by their shape
// and position. A date line or byline standing alone right below the block belongs to the header.
Header read_header(const SourceLines& lines);

}  // namespace folio
