// Turning the parsed command line into conversion jobs: formats, outputs and metadata checked.
#pragma once

#include <string>
#include <vector>

#include "converters/convert.hpp"
#include "converters/file_clashes.hpp"
#include "tools/folio/command_line.hpp"

namespace folio::cli {

// One input to convert and where its output goes ("-" for standard input / output).
struct Job {
    std::string input;
    std::string output;
};

struct Plan {
    ConvertOptions options;  // shared by every job; options.to is always set
    std::vector<Job> jobs;
    // Several inputs (or --inputs, -r) and one output: the jobs' inputs make one book, written to their
    // common output; a failed input stops the book unless skip_failed.
    bool collection = false;
    bool skip_failed = false;
};

// The input format, metadata, writer options and limits of the command line, shared by a single
// conversion and a batch (`to` left unset). Throws UsageError for an unknown input format or
// metadata key, a date that is not in the calendar, or a --font file that is missing or no regular file;
// FileError when a --cover or --image file cannot be read.
ConvertOptions conversion_options(const CommandLine& command_line);

// The files the options name that a run reads besides its inputs: --cover, --image, the --font files.
std::vector<RunFile> option_files(const CommandLine& command_line);

// check_no_clashes (file_clashes.hpp), its Error turned into a UsageError.
void refuse_clashes(const RunFiles& files);

// The writable format named `name` (-t); nullptr for "". Throws UsageError for an unknown one.
const FormatInfo* requested_output_format(const std::string& name);

// Throws UsageError when the command line cannot work: no input, an unknown format or
// metadata key, -M without '=', no way to tell the output format, binary output to a terminal (standard
// output or a file that opens as one, such as /dev/tty), an output that would replace a file read.
// Throws FileError when a --cover or --image file cannot be read.
Plan make_plan(const CommandLine& command_line, bool stdout_is_terminal);

}  // namespace folio::cli
