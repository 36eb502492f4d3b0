// Many articles as one book: inputs read into a Collection, the book's metadata completed, the book written.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "converters/convert.hpp"
#include "formats/collection.hpp"

namespace folio {

// Whether an input in `format` holds a book rather than one article: a format read only as a collection (a
// feed), folio's collection JSON, a DocBook <book>.
bool holds_collection(const FormatInfo& format, std::string_view bytes);

// The articles of one input (`input` names it: the folder its images are read from) as a book: a collection
// format gives all it holds, any other its one article; each with its figure images as convert_file loads
// them for options.to (which must be set). The image files it opened are added to `images`.
Collection read_book(std::string_view bytes, const FormatInfo& format, const std::string& input,
                     const ConvertOptions& options, std::vector<std::string>& images, Diagnostics& diag);

// Reads every input in order into one book: read_book's articles of each. Throws FileError naming the input
// at fault, unless skip_failed: then that input is left out with a warning naming it and the reason, and the
// others go on (an Error when none is left). options.to must be set.
Collection read_collection_files(const std::vector<std::string>& inputs, const ConvertOptions& options,
                                 bool skip_failed, std::vector<std::string>& images, Diagnostics& diag);

// The book's metadata where neither the inputs nor `overrides` (-M, applied first) give it: the title from
// the first article's ("A and 3 more", in the book's language), the date of the newest article, the language
// all articles share (else the first article's), the distinct authors of the articles (names only) in order.
void complete_book_meta(Collection& book, const MetadataOverrides& overrides);

// Renders the book with `to`, SOURCE_DATE_EPOCH from the environment as write_document does. Throws Error
// when the format cannot hold a collection.
std::string write_collection(const Collection& book, const FormatInfo& to, const WriteOptions& options,
                             Diagnostics& diag);

// read_collection_files, complete_book_meta, write_collection, and the output written atomically: nothing is
// written unless the whole book is.
void convert_collection(const std::vector<std::string>& inputs, const std::string& output,
                        const ConvertOptions& options, bool skip_failed, Diagnostics& diag);

}  // namespace folio
