// Running a batch for the command line: progress bar, messages, report file, summary, exit status.
#pragma once

#include "tools/folio/batch_plan.hpp"

namespace folio::cli {

// Converts every input of the plan (a failed one does not stop the others), printing each error
// (and, unless quiet, each warning, a progress bar on a terminal and a final summary line) on
// standard error. Returns the exit status: 1 when any output failed. Throws FileError when the
// report cannot be written.
int run_batch_plan(const BatchPlan& plan);

}  // namespace folio::cli
