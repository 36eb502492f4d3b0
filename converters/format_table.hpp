// The one table that names every format folio reads or writes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "formats/collection.hpp"
#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/options.hpp"

namespace folio {

using Reader = Document (*)(std::string_view bytes, const ReadOptions&, Diagnostics&);
using Writer = std::string (*)(const Document&, const WriteOptions&, Diagnostics&);
using CollectionReader = Collection (*)(std::string_view bytes, const ReadOptions&, Diagnostics&);
using CollectionWriter = std::string (*)(const Collection&, const WriteOptions&, Diagnostics&);

struct FormatInfo {
    std::string_view name;                     // as given to -f / -t
    std::vector<std::string_view> extensions;  // lower case, with the dot; the first is the default
    std::string_view media_type;
    std::string_view description;
    Reader read = nullptr;       // nullptr when folio cannot read the format
    Writer write = nullptr;      // nullptr when folio cannot write the format
    bool binary = false;         // true when the output is not text (never written to a terminal)
    bool embeds_images = false;  // true when the writer puts figure image bytes into its output
    // true when it writes them once for every figure (HTML's data: URIs) rather than once for every file
    bool copies_per_figure = false;
    // Many articles as one book: nullptr when the format holds one article only. A collection reader
    // reads a whole book (a feed, a DocBook <book>, folio's collection JSON); read_collection_file
    // (converters/collection.hpp) turns a single article into a book of one.
    CollectionReader read_collection = nullptr;
    CollectionWriter write_collection = nullptr;
};

const std::vector<FormatInfo>& format_table();

// nullptr when unknown.
const FormatInfo* find_format(std::string_view name);
const FormatInfo* format_for_extension(std::string_view path);

}  // namespace folio
