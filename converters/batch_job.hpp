// One input of a batch: read it once, write every requested format, and record how each output went.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "converters/batch_layout.hpp"
#include "converters/convert.hpp"

namespace folio {

struct BatchOptions {
    std::vector<const FormatInfo*> formats;  // written for every input, in this order
    std::filesystem::path output_folder;     // outputs go to output_path(output_folder, input, format)
    ConvertOptions convert;                  // input format, metadata and writer options; `to` is unused
    bool update = false;                     // skip outputs newer than their input
};

enum class OutputStatus { converted, skipped, failed };  // skipped: up to date (--update)

// How one output of one input went.
struct OutputRecord {
    const FormatInfo* format = nullptr;
    std::string output;  // the file's path
    OutputStatus status = OutputStatus::failed;
    std::string error;                  // the reason when failed
    std::string error_file;             // the file the reason is about: the input or this output
    std::vector<std::string> warnings;  // the writer's
    std::uintmax_t bytes = 0;           // the size of the output written or found up to date
    double milliseconds = 0;            // rendering and writing this output
};

// How one input went: the reader's warnings and one record per format, in the order of the formats.
struct InputResult {
    std::size_t index = 0;  // the input's position in the batch
    std::string input;
    std::vector<std::string> read_warnings;
    double read_milliseconds = 0;
    std::vector<OutputRecord> outputs;
    std::vector<std::string> read_images;  // the figure images read (canonical paths)

    bool failed() const;
};

// Converts `input` into every format of `options` as convert_file does (figure images loaded from
// the input's folder and the resource paths): reads it once, and only when some output needs
// writing; writes each output atomically, creating its folder when missing, flushed to disk later
// (Durability::deferred). Never throws: every failure ends up in the result.
InputResult convert_batch_input(const BatchInput& input, const BatchOptions& options);

}  // namespace folio
