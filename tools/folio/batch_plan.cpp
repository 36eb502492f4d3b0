// Turning a batch command line (-d DIR) into the converters' batch: inputs, formats, options, threads.
#include "tools/folio/batch_plan.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "converters/batch_inputs.hpp"
#include "converters/file_error.hpp"
#include "converters/file_io.hpp"
#include "converters/shard.hpp"
#include "tools/folio/conversion_plan.hpp"
#include "tools/folio/usage_error.hpp"

namespace folio::cli {

namespace {

std::vector<std::string> comma_separated(const std::string& text) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(',', start);
        if (end == std::string::npos) end = text.size();
        items.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return items;
}

// The formats of -t a,b,c in order, each once.
std::vector<const FormatInfo*> output_formats(const std::string& names) {
    if (names.empty()) throw UsageError("give the output formats with -t, e.g. -t epub,pdf,docbook,text");
    std::vector<const FormatInfo*> formats;
    for (const std::string& name : comma_separated(names)) {
        const FormatInfo* format = requested_output_format(name);
        if (format == nullptr) throw UsageError("empty format name in -t '" + names + "'");
        if (std::find(formats.begin(), formats.end(), format) == formats.end()) formats.push_back(format);
    }
    return formats;
}

Shard shard_of(const std::string& text) {
    if (text.empty()) return {};
    try {
        return parse_shard(text);
    } catch (const Error& error) {
        throw UsageError(std::string("--shard: ") + error.what());
    }
}

// Every file the batch reads and writes, for check_no_clashes: the report must not be an input or an
// output, and no output an input.
RunFiles files_of(const std::vector<BatchInput>& inputs, const BatchPlan& plan,
                  const CommandLine& command_line) {
    RunFiles files{option_files(command_line), {}, {}};
    if (!command_line.input_list.empty())
        files.read.push_back({command_line.input_list, "the input list " + command_line.input_list});
    for (const BatchInput& input : inputs) {
        files.read.push_back({input.path, "the input " + input.path});
        for (const FormatInfo* format : plan.options.formats)
            files.replaced.push_back({output_path(plan.options.output_folder, input, *format).string(),
                                      "the " + std::string(format->name) + " output of " + input.path});
    }
    if (!plan.report.empty()) files.written_through.push_back({plan.report, "the report " + plan.report});
    return files;
}

void make_folder(const std::string& folder) {
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec || !std::filesystem::is_directory(folder, ec))
        throw FileError(folder, "cannot make the output folder: " + (ec ? ec.message() : "Not a directory"));
}

}  // namespace

std::vector<std::string> input_paths(const CommandLine& command_line) {
    std::vector<std::string> paths = command_line.inputs;
    if (std::find(paths.begin(), paths.end(), std::string(standard_stream)) != paths.end())
        throw UsageError(
            "- (standard input) cannot be one of several inputs; --inputs - reads a list of inputs");
    if (!command_line.input_list.empty()) {
        std::vector<std::string> listed = read_input_list(command_line.input_list);
        paths.insert(paths.end(), std::make_move_iterator(listed.begin()),
                     std::make_move_iterator(listed.end()));
    }
    if (paths.empty() && command_line.input_list.empty())
        throw UsageError("no INPUT given: name files or folders (with -r), or give --inputs FILE");
    return paths;
}

bool is_batch(const CommandLine& command_line) { return !command_line.output_dir.empty(); }

void reject_batch_options(const CommandLine& command_line) {
    const auto needs_folder = [](const std::string& option) {
        return UsageError(option + " needs an output folder: give -d DIR");
    };
    if (command_line.to.find(',') != std::string::npos)
        throw UsageError("several formats (-t " + command_line.to + ") need an output folder: give -d DIR");
    if (!command_line.report.empty()) throw needs_folder("--report");
    if (command_line.update) throw needs_folder("--update");
    if (!command_line.shard.empty()) throw needs_folder("--shard");
}

BatchPlan make_batch_plan(const CommandLine& command_line) {
    if (!command_line.output.empty())
        throw UsageError("-o names one output; with -d DIR each output is named after its input");
    BatchPlan plan;
    plan.options.formats = output_formats(command_line.to);
    plan.options.convert = conversion_options(command_line);
    plan.options.output_folder = command_line.output_dir;
    plan.options.update = command_line.update;
    plan.threads = command_line.jobs;
    plan.report = command_line.report;
    plan.quiet = command_line.quiet;
    const Shard shard = shard_of(command_line.shard);

    const std::vector<NamedInput> inputs = gather_inputs(input_paths(command_line), command_line.recursive);
    std::vector<BatchInput> laid_out;
    try {
        laid_out = lay_out_outputs(inputs, plan.options.output_folder, plan.options.formats);
    } catch (const Error& collision) {
        throw UsageError(collision.what());
    }
    refuse_clashes(files_of(laid_out, plan, command_line));  // all shards: they run at the same time
    plan.inputs = select_shard(std::move(laid_out), shard);
    make_folder(command_line.output_dir);
    return plan;
}

}  // namespace folio::cli
