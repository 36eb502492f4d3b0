// Choosing the input and output formats: what the user asked for, else file extensions, else content.
#include "converters/format_detection.hpp"

#include "converters/file_io.hpp"

namespace folio {

namespace {

const FormatInfo& format_named(std::string_view name) {
    const FormatInfo* format = find_format(name);
    if (format == nullptr) throw Error("format table has no '" + std::string(name) + "' format");
    return *format;
}

std::string_view without_bom_and_space(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    const auto start = bytes.find_first_not_of(" \t\r\n");
    return start == std::string_view::npos ? std::string_view() : bytes.substr(start);
}

}  // namespace

const FormatInfo& sniff_format(std::string_view bytes) {
    return format_named(without_bom_and_space(bytes).starts_with('{') ? "json" : "text");
}

const FormatInfo& detect_input_format(std::string_view path, std::string_view bytes) {
    if (path != standard_stream)
        if (const FormatInfo* by_extension = format_for_extension(path)) return *by_extension;
    return sniff_format(bytes);
}

const FormatInfo* resolve_output_format(const FormatInfo* requested, std::string_view output_path) {
    if (requested != nullptr) return requested;
    if (output_path.empty() || output_path == standard_stream) return nullptr;
    return format_for_extension(output_path);
}

}  // namespace folio
