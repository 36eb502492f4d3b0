// The convert pipeline: read an input in one format, apply metadata, write it in another.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "converters/format_table.hpp"
#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/metadata.hpp"
#include "formats/options.hpp"

namespace folio {

struct ConvertOptions {
    const FormatInfo* from = nullptr;  // nullptr: by the input's extension, else by its content
    const FormatInfo* to = nullptr;    // nullptr: by the output's extension
    MetadataOverrides metadata;        // applied in order after reading (-M KEY=VALUE)
    WriteOptions write;
    Limits limits;  // input size (checked before reading), nesting depth, blocks, images
    std::vector<std::string> resource_paths;  // more folders figure images may come from
};

// Parses `bytes` with `from` (nullptr: detect from `source_name` and the bytes), then applies the
// overrides. Throws folio::Error with the reason: empty input, input over limits.input_bytes,
// unreadable format, reader errors (including the reader's own limits).
Document read_document(std::string_view bytes, const FormatInfo* from, std::string_view source_name,
                       const MetadataOverrides& overrides, Diagnostics& diag, const Limits& limits = {});

// SOURCE_DATE_EPOCH as the environment gives it; "" when it is not set.
std::string source_date_epoch_from_environment();

// Renders the document with `to`, with options.source_date_epoch taken from the environment when the
// options leave it unset. Throws folio::Error when folio cannot write that format.
std::string write_document(const Document& doc, const FormatInfo& to, const WriteOptions& options,
                           Diagnostics& diag);

// read_document then write_document with options.to, which must be set (else folio::Error).
std::string convert_bytes(std::string_view bytes, std::string_view source_name, const ConvertOptions& options,
                          Diagnostics& diag);

// Throws FileError(output, reason) when `format` is binary and the file `output` opens as a terminal
// (/dev/tty, or a link to it such as /dev/stdout on a terminal); "-" is the caller's to check.
void refuse_binary_terminal(const std::string& output, const FormatInfo& format);

// Converts the file `input` into the file `output` ("-" for standard input / output). The output
// is written only once the whole conversion succeeded, atomically (see atomic_write.hpp).
// Figure images are loaded from the input's folder and options.resource_paths (figure_images.hpp).
// Throws FileError naming the file at fault: the output when no format is known for it, it is a
// terminal for a binary format (refuse_binary_terminal) or writing fails, the input otherwise.
void convert_file(const std::string& input, const std::string& output, const ConvertOptions& options,
                  Diagnostics& diag);

}  // namespace folio
