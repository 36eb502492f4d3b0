// The report of a batch as JSON Lines: one record per input and format, appended as inputs finish.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

#include "converters/batch_job.hpp"

namespace folio {

// "converted", "skipped" or "failed".
const char* status_name(OutputStatus status);

// One line per output of `result`, each a complete JSON object followed by "\n":
// {"input", "format", "output", "status", "error" (null unless failed), "warnings" (the reader's,
// then the writer's), "bytes", "milliseconds" (rendering and writing), "read_milliseconds"}.
std::string report_lines(const InputResult& result);

// A report file ("-": standard output). A FIFO or device is written as the records come; a regular
// file is written into a new file beside it (links followed) that finish() renames over it, so a file
// the run still reads (a figure image found while reading an input) is never cut short by the report.
// Each input's lines are appended with one write, so a reader only ever sees complete lines.
class BatchReportFile {
public:
    // Throws FileError naming the file when it cannot be created.
    explicit BatchReportFile(const std::string& path);
    BatchReportFile(const BatchReportFile&) = delete;
    BatchReportFile& operator=(const BatchReportFile&) = delete;
    ~BatchReportFile();

    // Throws FileError when writing fails; a regular file is then cut back to the records written whole.
    void append(const InputResult& result);

    // Puts the report in its place, unless it is one of `read_files` (then it is dropped and FileError
    // names both). Without finish(), a report that is written beside its place is removed.
    void finish(const std::vector<std::string>& read_files);

private:
    std::string path_;       // for messages
    std::string target_;     // where the report goes, links resolved; "" when written in place
    std::string temporary_;  // the new file beside the target, until finish()
    int fd_ = -1;
    off_t complete_bytes_ = 0;  // the size of the records written whole
};

}  // namespace folio
