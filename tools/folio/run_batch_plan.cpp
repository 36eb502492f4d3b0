// Running a batch for the command line: progress bar, messages, report file, summary, exit status.
#include "tools/folio/run_batch_plan.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>
#include <utility>

#include "converters/batch_report.hpp"
#include "converters/batch_run.hpp"
#include "converters/file_error.hpp"
#include "converters/file_io.hpp"
#include "tools/folio/exit_codes.hpp"
#include "tools/folio/messages.hpp"
#include "tools/folio/progress_bar.hpp"

namespace folio::cli {

namespace {

// The input's warnings (unless quiet) and errors, each error once (a failed read fails every format).
void print_messages(const InputResult& result, bool quiet) {
    const std::string input = input_display_name(result.input);
    if (!quiet) print_warnings(input, result.read_warnings);
    std::vector<std::pair<std::string, std::string>> printed;
    for (const OutputRecord& output : result.outputs) {
        if (!quiet) print_warnings(input, output.warnings);
        if (output.status != OutputStatus::failed) continue;
        std::pair<std::string, std::string> error{output.error_file, output.error};
        if (std::find(printed.begin(), printed.end(), error) != printed.end()) continue;
        print_error(error.first, error.second);
        printed.push_back(std::move(error));
    }
}

bool has_messages(const InputResult& result, bool quiet) {
    if (result.failed()) return true;
    if (quiet) return false;
    if (!result.read_warnings.empty()) return true;
    for (const OutputRecord& output : result.outputs)
        if (!output.warnings.empty()) return true;
    return false;
}

std::string plural(std::size_t count, const std::string& noun) {
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

std::string summary_line(const BatchSummary& summary, double seconds) {
    char timing[96];
    std::snprintf(timing, sizeof timing, "; %.2f s, %.0f inputs/s", seconds,
                  seconds > 0 ? static_cast<double>(summary.inputs) / seconds : 0.0);
    std::string line = plural(summary.inputs, "input") + ": " + std::to_string(summary.converted) +
                       " written, " + std::to_string(summary.skipped) + " up to date, " +
                       std::to_string(summary.failed) + " failed";
    if (summary.failed_inputs > 0) line += " (" + plural(summary.failed_inputs, "input") + ")";
    return line + timing;
}

}  // namespace

int run_batch_plan(const BatchPlan& plan) {
    std::optional<BatchReportFile> report;
    if (!plan.report.empty()) report.emplace(plan.report);
    std::optional<std::pair<std::string, std::string>> report_error;  // the report's file and reason
    std::vector<std::string> images_read;                             // no report may replace one
    ProgressBar progress(plan.inputs.size(), !plan.quiet && ::isatty(STDERR_FILENO) == 1);

    const auto start = std::chrono::steady_clock::now();
    const BatchSummary summary =
        run_batch(plan.inputs, plan.options, plan.threads, [&](const InputResult& result) {
            // A report that cannot be written (a full disk) stops the report, never the conversions.
            images_read.insert(images_read.end(), result.read_images.begin(), result.read_images.end());
            try {
                if (report && !report_error) report->append(result);
            } catch (const FileError& error) {
                report_error.emplace(error.file(), std::string(error.what()) + "; the report ends before " +
                                                       input_display_name(result.input));
            }
            if (has_messages(result, plan.quiet)) {
                progress.clear();
                print_messages(result, plan.quiet);
            }
            progress.advance(result.failed());
        });
    progress.finish();
    try {
        if (report) report->finish(images_read);
    } catch (const FileError& error) {
        report_error.emplace(error.file(), error.what());
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!plan.quiet) print_message(summary_line(summary, seconds));
    if (report_error) print_error(report_error->first, report_error->second);
    return summary.failed_inputs > 0 || report_error ? exit_conversion_failed : exit_success;
}

}  // namespace folio::cli
