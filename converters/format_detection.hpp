// Choosing the input and output formats: what the user asked for, else file extensions, else content.
#pragma once

#include <string_view>

#include "converters/format_table.hpp"

namespace folio {

// Guesses from the bytes alone: a feed for an <rss> root, an Atom <feed> root or a JSON object whose
// "version" is a JSON Feed's; JSON when the first character after a BOM and whitespace is '{',
// HTML for markup that opens with <!DOCTYPE html> or has an <html>, <head> or <body> tag early on,
// plain text otherwise.
const FormatInfo& sniff_format(std::string_view bytes);

// The format of an input named `path` (the extension decides when it is known, except that a feed's
// content wins over .xml and .json), else sniffed.
const FormatInfo& detect_input_format(std::string_view path, std::string_view bytes);

// The output format: `requested` when given, else from the extension of `output_path`;
// nullptr when neither tells (no -t and the output is "-" or has an unknown extension).
const FormatInfo* resolve_output_format(const FormatInfo* requested, std::string_view output_path);

}  // namespace folio
