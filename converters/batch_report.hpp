// The report of a batch as JSON Lines: one record per input and format, appended as inputs finish.
#pragma once

#include <sys/types.h>

#include <string>

#include "converters/batch_job.hpp"

namespace folio {

// "converted", "skipped" or "failed".
const char* status_name(OutputStatus status);

// One line per output of `result`, each a complete JSON object followed by "\n":
// {"input", "format", "output", "status", "error" (null unless failed), "warnings" (the reader's,
// then the writer's), "bytes", "milliseconds" (rendering and writing), "read_milliseconds"}.
std::string report_lines(const InputResult& result);

// A report file ("-": standard output), created or truncated when opened. Each input's lines are
// appended with one write, so a reader (or a run killed midway) only ever sees complete lines.
class BatchReportFile {
public:
    // Throws FileError naming the file when it cannot be created.
    explicit BatchReportFile(const std::string& path);
    BatchReportFile(const BatchReportFile&) = delete;
    BatchReportFile& operator=(const BatchReportFile&) = delete;
    ~BatchReportFile();

    // Throws FileError when writing fails; a regular file is then cut back to the records written whole.
    void append(const InputResult& result);

private:
    std::string path_;
    int fd_ = -1;
    off_t complete_bytes_ = 0;  // the size of the records written whole
};

}  // namespace folio
