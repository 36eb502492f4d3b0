// Choosing the input and output formats: what the user asked for, else file extensions, else content.
#include "converters/format_detection.hpp"

#include <string>

#include "converters/file_io.hpp"
#include "input/feed/feed_sniff.hpp"

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

// A web page: markup that opens with a doctype or names an <html>, <head> or <body> element early on.
bool looks_like_html(std::string_view start) {
    if (!start.starts_with('<')) return false;
    std::string head(start.substr(0, 4096));
    for (char& c : head)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return head.starts_with("<!doctype html") || head.find("<html") != std::string::npos ||
           head.find("<head") != std::string::npos || head.find("<body") != std::string::npos;
}

}  // namespace

const FormatInfo& sniff_format(std::string_view bytes) {
    const std::string_view start = without_bom_and_space(bytes);
    if (feed::looks_like_feed(start)) return format_named("feed");
    if (start.starts_with('{')) return format_named("json");
    return format_named(looks_like_html(start) ? "html" : "text");
}

const FormatInfo& detect_input_format(std::string_view path, std::string_view bytes) {
    if (path != standard_stream)
        if (const FormatInfo* by_extension = format_for_extension(path)) {
            // A feed saved as .xml or .json is still a feed; DocBook and folio's JSON stay what they were.
            const bool generic = by_extension->name == "docbook" || by_extension->name == "json";
            if (generic && feed::looks_like_feed(bytes)) return format_named("feed");
            return *by_extension;
        }
    return sniff_format(bytes);
}

const FormatInfo* resolve_output_format(const FormatInfo* requested, std::string_view output_path) {
    if (requested != nullptr) return requested;
    if (output_path.empty() || output_path == standard_stream) return nullptr;
    return format_for_extension(output_path);
}

}  // namespace folio
