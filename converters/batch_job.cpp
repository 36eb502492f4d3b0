// One input of a batch: read it once, write every requested format, and record how each output went.
#include "converters/batch_job.hpp"

#include <algorithm>

#include <sys/stat.h>

#include <chrono>
#include <exception>
#include <optional>
#include <system_error>

#include "converters/atomic_write.hpp"
#include "converters/collection.hpp"
#include "converters/figure_images.hpp"
#include "converters/file_error.hpp"
#include "converters/file_io.hpp"
#include "converters/format_detection.hpp"

namespace fs = std::filesystem;

namespace folio {

namespace {

using Clock = std::chrono::steady_clock;

double milliseconds_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct FileState {
    timespec modified{};
    std::uintmax_t size = 0;
};

std::optional<FileState> regular_file_state(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
    return FileState{info.st_mtim, static_cast<std::uintmax_t>(info.st_size)};
}

bool newer(const timespec& a, const timespec& b) {
    return a.tv_sec != b.tv_sec ? a.tv_sec > b.tv_sec : a.tv_nsec > b.tv_nsec;
}

// Marks the output failed with the reason of the exception being handled.
void record_failure(OutputRecord& record, const std::string& input_name) {
    record.status = OutputStatus::failed;
    try {
        throw;
    } catch (const FileError& error) {
        record.error = error.what();
        record.error_file = error.file();
    } catch (const Error& error) {
        record.error = error.what();
        record.error_file = input_name;
    } catch (const std::exception& error) {
        record.error = std::string("internal error: ") + error.what();
        record.error_file = input_name;
    } catch (...) {
        record.error = "internal error";
        record.error_file = input_name;
    }
}

// What one input read gives: one article, or a book (a feed, a collection's JSON, a DocBook <book>).
struct ReadInput {
    Collection book;  // the article alone when not whole_book
    bool whole_book = false;
};

void write_output_file(const ReadInput& read, const WriteOptions& options, OutputRecord& record,
                       const std::string& input_name) {
    const Clock::time_point start = Clock::now();
    Diagnostics diagnostics;
    try {
        refuse_binary_terminal(record.output, *record.format);
        const std::string bytes =
            read.whole_book
                ? write_collection(read.book, *record.format, options, diagnostics)
                : write_document(read.book.articles.front(), *record.format, options, diagnostics);
        const fs::path output(record.output);
        std::error_code ignored;  // a folder that cannot be made makes the write fail with the reason
        if (output.has_parent_path()) fs::create_directories(output.parent_path(), ignored);
        write_output(record.output, bytes, Durability::deferred);
        record.status = OutputStatus::converted;
        record.bytes = bytes.size();
    } catch (...) {
        record_failure(record, input_name);
    }
    record.warnings = std::move(diagnostics.warnings);
    record.milliseconds = milliseconds_since(start);
}

}  // namespace

bool InputResult::failed() const {
    for (const OutputRecord& record : outputs)
        if (record.status == OutputStatus::failed) return true;
    return false;
}

InputResult convert_batch_input(const BatchInput& input, const BatchOptions& options) {
    InputResult result;
    result.input = input.path;
    const std::string input_name = input_display_name(input.path);
    const std::optional<FileState> input_state =
        options.update ? regular_file_state(input.path) : std::nullopt;

    bool reading_needed = false;
    for (const FormatInfo* format : options.formats) {
        OutputRecord record;
        record.format = format;
        record.output = output_path(options.output_folder, input, *format).string();
        if (input_state) {
            const std::optional<FileState> output_state = regular_file_state(record.output);
            if (output_state && newer(output_state->modified, input_state->modified)) {
                record.status = OutputStatus::skipped;
                record.bytes = output_state->size;
            }
        }
        reading_needed = reading_needed || record.status != OutputStatus::skipped;
        result.outputs.push_back(std::move(record));
    }
    if (!reading_needed) return result;

    const Clock::time_point start = Clock::now();
    Diagnostics read_diagnostics;
    std::optional<ReadInput> read;
    WriteOptions write = options.convert.write;
    try {
        const std::string bytes = read_input(input.path, options.convert.limits.input_bytes);
        if (!write.input_modified) write.input_modified = input_modified_time(input.path);
        if (bytes.empty()) throw Error("the input is empty");
        const FormatInfo& from =
            options.convert.from != nullptr ? *options.convert.from : detect_input_format(input.path, bytes);
        read.emplace();
        if (holds_collection(from, bytes)) {  // one book for each output format
            check_input_size(bytes.size(), options.convert.limits);
            read->book = from.read_collection(bytes, ReadOptions{input.path, options.convert.limits},
                                              read_diagnostics);
            complete_book_meta(read->book, options.convert.metadata);
            read->whole_book = true;
        } else {
            read->book.articles.push_back(read_document(bytes, &from, input.path, options.convert.metadata,
                                                        read_diagnostics, options.convert.limits));
        }
        const auto any_output = [&](bool FormatInfo::*property) {
            return std::any_of(result.outputs.begin(), result.outputs.end(), [&](const OutputRecord& r) {
                return r.status != OutputStatus::skipped && r.format->*property;
            });
        };
        for (Document& doc : read->book.articles) {
            std::vector<std::string> opened = load_figure_images(
                doc,
                {input.path, options.convert.resource_paths, options.convert.limits,
                 !any_output(&FormatInfo::embeds_images), any_output(&FormatInfo::copies_per_figure)},
                read_diagnostics);
            result.read_images.insert(result.read_images.end(), opened.begin(), opened.end());
        }
        std::vector<std::string> outputs;
        for (const OutputRecord& record : result.outputs)
            if (record.status != OutputStatus::skipped) outputs.push_back(record.output);
        check_outputs_spare_images(result.read_images, outputs);
    } catch (...) {
        read.reset();  // nothing is written for an input that failed to read or whose outputs clash
        for (OutputRecord& record : result.outputs)
            if (record.status != OutputStatus::skipped) record_failure(record, input_name);
    }
    result.read_warnings = std::move(read_diagnostics.warnings);
    result.read_milliseconds = milliseconds_since(start);
    if (!read) return result;

    for (OutputRecord& record : result.outputs)
        if (record.status != OutputStatus::skipped) write_output_file(*read, write, record, input_name);
    return result;
}

}  // namespace folio
