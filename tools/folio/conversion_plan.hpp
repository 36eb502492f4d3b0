// Turning the parsed command line into conversion jobs: formats, outputs and metadata checked.
#pragma once

#include <string>
#include <vector>

#include "converters/convert.hpp"
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
};

// Throws UsageError when the command line cannot work: no or several inputs, an unknown format or
// metadata key, -M without '=', no way to tell the output format, binary output to a terminal.
// Throws FileError when a --cover or --image file cannot be read.
Plan make_plan(const CommandLine& command_line, bool stdout_is_terminal);

}  // namespace folio::cli
