// The convert pipeline: read an input in one format, apply metadata, write it in another.
#include "converters/convert.hpp"

#include <cstdlib>

#include "converters/collection.hpp"
#include "converters/figure_images.hpp"
#include "converters/file_error.hpp"
#include "converters/file_io.hpp"
#include "converters/format_detection.hpp"

namespace folio {

Document read_document(std::string_view bytes, const FormatInfo* from, std::string_view source_name,
                       const MetadataOverrides& overrides, Diagnostics& diag, const Limits& limits) {
    if (bytes.empty()) throw Error("the input is empty");
    check_input_size(bytes.size(), limits);
    const FormatInfo& format = from != nullptr ? *from : detect_input_format(source_name, bytes);
    if (format.read == nullptr) throw Error("folio cannot read " + std::string(format.name));
    Document doc =
        format.read(bytes, ReadOptions{std::string(source_name), limits, sets_key(overrides, "lang")}, diag);
    apply_metadata(doc.meta, overrides);
    return doc;
}

std::string source_date_epoch_from_environment() {
    const char* value = std::getenv("SOURCE_DATE_EPOCH");
    return value == nullptr ? std::string() : std::string(value);
}

std::string write_document(const Document& doc, const FormatInfo& to, const WriteOptions& options,
                           Diagnostics& diag) {
    if (to.write == nullptr) throw Error("folio cannot write " + std::string(to.name));
    if (options.source_date_epoch) return to.write(doc, options, diag);
    WriteOptions pinned = options;
    pinned.source_date_epoch = source_date_epoch_from_environment();
    return to.write(doc, pinned, diag);
}

std::string convert_bytes(std::string_view bytes, std::string_view source_name, const ConvertOptions& options,
                          Diagnostics& diag) {
    if (options.to == nullptr) throw Error("no output format given");
    const Document doc =
        read_document(bytes, options.from, source_name, options.metadata, diag, options.limits);
    return write_document(doc, *options.to, options.write, diag);
}

void refuse_binary_terminal(const std::string& output, const FormatInfo& format) {
    if (format.binary && output != standard_stream && opens_as_terminal(output))
        throw FileError(output, "refusing to write " + std::string(format.name) + " (binary) to a terminal");
}

void convert_file(const std::string& input, const std::string& output, const ConvertOptions& options,
                  Diagnostics& diag) {
    ConvertOptions resolved = options;
    resolved.to = resolve_output_format(options.to, output);
    if (resolved.to == nullptr)
        throw FileError(output_display_name(output), "cannot tell the output format from the file name");
    refuse_binary_terminal(output, *resolved.to);

    const std::string bytes = read_input(input, options.limits.input_bytes);
    if (!resolved.write.input_modified) resolved.write.input_modified = input_modified_time(input);
    std::string converted;
    try {
        if (bytes.empty()) throw Error("the input is empty");
        const FormatInfo& from =
            resolved.from != nullptr ? *resolved.from : detect_input_format(input, bytes);
        if (holds_collection(from, bytes)) {  // a feed, a collection's JSON, a DocBook book: one book out
            std::vector<std::string> images;
            check_input_size(bytes.size(), resolved.limits);
            Collection book = read_book(bytes, from, input, resolved, images, diag);
            complete_book_meta(book, resolved.metadata);
            if (output != standard_stream) check_outputs_spare_images(images, {output});
            write_output(output, write_collection(book, *resolved.to, resolved.write, diag));
            return;
        }
        Document doc = read_document(bytes, &from, input, resolved.metadata, diag, resolved.limits);
        const std::vector<std::string> images =
            load_figure_images(doc,
                               {input, resolved.resource_paths, resolved.limits, !resolved.to->embeds_images,
                                resolved.to->copies_per_figure},
                               diag);
        if (output != standard_stream) check_outputs_spare_images(images, {output});
        converted = write_document(doc, *resolved.to, resolved.write, diag);
    } catch (const FileError&) {
        throw;
    } catch (const Error& e) {
        throw FileError(input_display_name(input), e.what());
    }
    write_output(output, converted);
}

}  // namespace folio
