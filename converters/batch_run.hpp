// Running a batch: every input converted by a pool of threads, results handed back in input order.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "converters/batch_job.hpp"

namespace folio {

// Totals over the outputs (one per input and format) and the inputs of a batch.
struct BatchSummary {
    std::size_t inputs = 0;
    std::size_t failed_inputs = 0;  // inputs with at least one failed output
    std::size_t converted = 0;
    std::size_t skipped = 0;  // outputs found up to date
    std::size_t failed = 0;
};

// Called once per input with its result: in input order, never by two threads at once.
using InputFinished = std::function<void(const InputResult&)>;

// The number of threads for `requested` (0: one per core).
unsigned worker_count(unsigned requested);

// Removes stale temporary files (see remove_stale_temporary_files) from the output folders, then
// converts every input with convert_batch_input on `threads` threads (0: one per core), one input
// per thread at a time; heavy resources the readers and writers load are shared. A failed input does
// not stop the others. Only results not yet handed to `finished` are kept, so memory does not grow
// with the batch. Before returning, flushes the written files to disk. When `finished` throws, the
// threads finish the inputs they hold, start no more, and the exception is rethrown.
BatchSummary run_batch(const std::vector<BatchInput>& inputs, const BatchOptions& options, unsigned threads,
                       const InputFinished& finished);

}  // namespace folio
