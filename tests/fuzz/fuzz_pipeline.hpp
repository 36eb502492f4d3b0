// What every fuzz target does with one input: read it, then write the document in every format and check the
// output.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace folio::fuzz {

// Inputs up to this size also go through the PDF writer (slow: keeps the executions per second up).
inline constexpr std::size_t pdf_input_limit = 4096;

// Reads `bytes` with the reader of `format` ("text", "json", "docbook", …; "feed" reads a book and writes it
// with every collection writer). A folio::Error from the
// reader is a valid outcome; the document is then written with every writer, and the output checked:
// DocBook, HTML and every XML part of the EPUB well-formed, the JSON read back by the JSON reader.
// Returns "" when all is well, else what went wrong (the fuzz target aborts on it). Anything other
// than folio::Error thrown on the way is not caught.
std::string run_pipeline(std::string_view format, std::string_view bytes);

}  // namespace folio::fuzz
