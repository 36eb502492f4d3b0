// Turning a batch command line (-d DIR) into the converters' batch: inputs, formats, options, threads.
#pragma once

#include <string>
#include <vector>

#include "converters/batch_job.hpp"
#include "tools/folio/command_line.hpp"

namespace folio::cli {

struct BatchPlan {
    std::vector<BatchInput> inputs;  // those of the selected shard, in order
    BatchOptions options;
    unsigned threads = 0;  // 0: one per core
    std::string report;    // --report FILE ("-": standard output); "" for none
    bool quiet = false;    // no progress bar, warnings or summary
};

// Whether the command line asks for a batch: an output folder (-d) is given.
bool is_batch(const CommandLine& command_line);

// The inputs as named, then those listed with --inputs. Throws UsageError for "-" among several inputs or
// none at all, FileError when the list cannot be read.
std::vector<std::string> input_paths(const CommandLine& command_line);

// Throws UsageError when a conversion without -d (one article, or several as one book) is given an option
// only a batch takes.
void reject_batch_options(const CommandLine& command_line);

// Gathers the inputs (named, listed with --inputs, found below folders with -r), lays out their
// outputs in the output folder, which it creates, and selects the --shard. Throws UsageError when
// the command line cannot work (no -t, -o with -d, "-" as an input, an unknown format, outputs that
// would collide or replace a file read, a report that is an input or an output), FileError when an
// input list or folder cannot be read or the output folder cannot be made.
BatchPlan make_batch_plan(const CommandLine& command_line);

}  // namespace folio::cli
