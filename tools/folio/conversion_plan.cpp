// Turning the parsed command line into conversion jobs: formats, outputs and metadata checked.
#include "tools/folio/conversion_plan.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <system_error>

#include "converters/batch_inputs.hpp"
#include "converters/file_error.hpp"
#include "converters/file_io.hpp"
#include "converters/format_detection.hpp"
#include "formats/image_limits.hpp"
#include "formats/metadata.hpp"
#include "tools/folio/batch_plan.hpp"
#include "tools/folio/usage_error.hpp"

namespace folio::cli {

namespace {

std::string known_formats(bool (*usable)(const FormatInfo&)) {
    std::string names;
    for (const FormatInfo& format : format_table())
        if (usable(format)) names += (names.empty() ? "" : ", ") + std::string(format.name);
    return names;
}

bool readable(const FormatInfo& format) { return format.read != nullptr; }
bool writable(const FormatInfo& format) { return format.write != nullptr; }

const FormatInfo* input_format(const std::string& name) {
    if (name.empty()) return nullptr;
    const FormatInfo* format = find_format(name);
    if (format == nullptr || !readable(*format))
        throw UsageError("unknown input format '" + name + "' (folio reads: " + known_formats(readable) +
                         ")");
    return format;
}

const FormatInfo* requested_format(const std::string& name) {
    if (name.empty()) return nullptr;
    const FormatInfo* format = find_format(name);
    if (format == nullptr || !writable(*format))
        throw UsageError("unknown output format '" + name + "' (folio writes: " + known_formats(writable) +
                         ")");
    return format;
}

// Whether the text holds a two-digit number at `at` no larger than `largest`.
bool two_digits_up_to(std::string_view text, std::size_t at, int largest) {
    if (at + 2 > text.size() || text[at] < '0' || text[at] > '9' || text[at + 1] < '0' || text[at + 1] > '9')
        return false;
    return (text[at] - '0') * 10 + (text[at + 1] - '0') <= largest;
}

// A time of day as ISO 8601 writes it after a date: hh:mm[:ss[.fff]], then Z or ±hh[:mm] or nothing.
bool is_time_of_day(std::string_view time) {
    if (!two_digits_up_to(time, 0, 23) || time.size() < 5 || time[2] != ':' || !two_digits_up_to(time, 3, 59))
        return false;
    std::size_t at = 5;
    if (at < time.size() && time[at] == ':') {
        if (!two_digits_up_to(time, at + 1, 60)) return false;
        at += 3;
        if (at < time.size() && time[at] == '.') {
            const std::size_t digits = time.find_first_not_of("0123456789", at + 1);
            at = digits == std::string_view::npos ? time.size() : digits;
        }
    }
    const std::string_view zone = time.substr(at);
    if (zone.empty() || zone == "Z") return true;
    if (zone[0] != '+' && zone[0] != '-') return false;
    if (!two_digits_up_to(zone, 1, 14)) return false;
    return zone.size() == 3 || (zone.size() == 6 && zone[3] == ':' && two_digits_up_to(zone, 4, 59)) ||
           (zone.size() == 5 && two_digits_up_to(zone, 3, 59));
}

// A date meant as ISO 8601 must exist in the calendar, and its time on the clock: -M date=2023-02-30 or
// 2023-12-31T25:00Z is a typing error.
void check_date(const std::string& key, const std::string& value) {
    if (key != "date") return;
    const auto start = value.find_first_not_of(" \t");
    const std::string date = start == std::string::npos ? "" : value.substr(start);
    if (!looks_like_iso_date(date)) return;
    const std::size_t end = date.find_first_of("T \t");
    const std::string day = date.substr(0, end);
    if (!is_calendar_date(day) || day.starts_with("0000"))
        throw UsageError("-M date: '" + day + "' is not a date in the calendar (give YYYY-MM-DD)");
    if (end == std::string::npos || date[end] != 'T') return;
    const std::string time = date.substr(end + 1, date.find_first_of(" \t", end) - end - 1);
    if (!is_time_of_day(time))
        throw UsageError("-M date: '" + time + "' is not a time of day (give hh:mm[:ss] and Z or ±hh:mm)");
}

MetadataOverrides metadata_overrides(const std::vector<std::string>& assignments) {
    MetadataOverrides overrides;
    for (const std::string& assignment : assignments) {
        const auto equals = assignment.find('=');
        if (equals == std::string::npos || equals == 0)
            throw UsageError("-M expects KEY=VALUE, got '" + assignment + "'");
        overrides.emplace_back(assignment.substr(0, equals), assignment.substr(equals + 1));
        check_date(overrides.back().first, overrides.back().second);
    }
    Meta scratch;
    try {
        apply_metadata(scratch, overrides);
    } catch (const Error& unknown_key) {
        throw UsageError(std::string("-M: ") + unknown_key.what());
    }
    return overrides;
}

const FormatInfo& output_format(const FormatInfo* requested, const std::string& output) {
    if (requested == nullptr && output.empty())
        throw UsageError("no output format: give -t FORMAT or -o FILE");
    const FormatInfo* format = resolve_output_format(requested, output);
    if (format == nullptr && output == standard_stream)
        throw UsageError("give -t FORMAT to write to standard output");
    if (format == nullptr)
        throw UsageError("cannot tell the output format from '" + output + "': give -t FORMAT");
    if (!writable(*format)) throw UsageError("folio cannot write " + std::string(format->name));
    return *format;
}

std::vector<std::uint8_t> image_bytes(const std::string& path) {
    if (path.empty()) return {};
    const Limits limits;
    std::string bytes;
    try {
        bytes = read_input(path, limits.image_bytes);
    } catch (const FileError& e) {
        if (!std::string_view(e.what()).starts_with("the input is too large")) throw;
        throw FileError(path,
                        "the image is too large: more than " + std::to_string(limits.image_bytes) + " bytes");
    }
    if (bytes.empty()) throw FileError(path, "empty image file");
    std::vector<std::uint8_t> image(bytes.begin(), bytes.end());
    const std::string too_large = image_limit_problem(image, limits);
    if (!too_large.empty()) throw FileError(path, too_large);
    return image;
}

// A --font file must be a regular file: the PDF library reads it by name, and a device such as
// /dev/zero or a FIFO would never end.
void check_font_file(const std::string& option, const std::string& path) {
    if (path.empty()) return;
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0)
        throw UsageError(option + " " + path + ": " + std::generic_category().message(errno));
    if (!S_ISREG(info.st_mode))
        throw UsageError(option + " " + path + ": not a regular file (give a TrueType font file)");
}

WriteOptions write_options(const CommandLine& command_line) {
    check_font_file("--font", command_line.font);
    check_font_file("--font-bold", command_line.font_bold);
    check_font_file("--font-italic", command_line.font_italic);
    check_font_file("--font-bold-italic", command_line.font_bold_italic);
    WriteOptions options;
    options.columns = command_line.columns;
    options.pdf_paper = command_line.paper;
    options.pdf_ragged_right = command_line.ragged_right;
    options.pdf_tags = !command_line.no_pdf_tags;
    options.pdf_font = command_line.font;
    options.pdf_font_bold = command_line.font_bold;
    options.pdf_font_italic = command_line.font_italic;
    options.pdf_font_bold_italic = command_line.font_bold_italic;
    options.cover_image = image_bytes(command_line.cover);
    options.figure_image = image_bytes(command_line.image);
    return options;
}

}  // namespace

const FormatInfo* requested_output_format(const std::string& name) { return requested_format(name); }

std::vector<RunFile> option_files(const CommandLine& command_line) {
    std::vector<RunFile> files;
    for (const auto& [option, path] :
         {std::pair<std::string, const std::string&>{"--cover", command_line.cover},
          {"--image", command_line.image},
          {"--font", command_line.font},
          {"--font-bold", command_line.font_bold},
          {"--font-italic", command_line.font_italic},
          {"--font-bold-italic", command_line.font_bold_italic}})
        if (!path.empty()) files.push_back({path, "the " + option + " file " + path});
    return files;
}

void refuse_clashes(const RunFiles& files) {
    try {
        check_no_clashes(files);
    } catch (const Error& clash) {
        throw UsageError(clash.what());
    }
}

ConvertOptions conversion_options(const CommandLine& command_line) {
    ConvertOptions options;
    options.from = input_format(command_line.from);
    options.metadata = metadata_overrides(command_line.metadata);
    options.write = write_options(command_line);
    options.write.source_date_epoch = source_date_epoch_from_environment();  // read once for a whole batch
    options.limits = command_line.limits;
    options.resource_paths = command_line.resource_paths;
    return options;
}

Plan make_plan(const CommandLine& command_line, bool stdout_is_terminal) {
    Plan plan;
    plan.collection =
        command_line.inputs.size() > 1 || !command_line.input_list.empty() || command_line.recursive;
    plan.skip_failed = command_line.skip_failed;
    if (command_line.skip_failed && !plan.collection)
        throw UsageError("--skip-failed is for several inputs made into one book");
    std::vector<std::string> inputs = command_line.inputs;
    if (plan.collection) {
        inputs.clear();
        for (const NamedInput& input : gather_inputs(input_paths(command_line), command_line.recursive))
            inputs.push_back(input.path);
    }
    if (inputs.empty()) throw UsageError("no INPUT given (- reads standard input)");

    plan.options = conversion_options(command_line);
    const FormatInfo& to = output_format(requested_format(command_line.to), command_line.output);
    plan.options.to = &to;

    const std::string output =
        command_line.output.empty() ? std::string(standard_stream) : command_line.output;
    // Told by the file the output opens, not by its name: /dev/tty, /dev/stdout, a link to either.
    const bool named = output != standard_stream;
    if (to.binary && (named ? opens_as_terminal(output) : stdout_is_terminal))
        throw UsageError("refusing to write " + std::string(to.name) + " (binary) to a terminal" +
                         (named ? " (" + output + ")" : std::string()) +
                         ": give -o FILE or redirect standard output");

    RunFiles files{option_files(command_line), {{output, "the output " + output}}, {}};
    for (const std::string& input : inputs) {
        files.read.push_back({input, "the input " + input});
        plan.jobs.push_back({input, output});
    }
    refuse_clashes(files);
    return plan;
}

}  // namespace folio::cli
