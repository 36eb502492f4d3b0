// Running the conversion jobs and reporting each failure and warning on standard error.
#include "tools/folio/run_jobs.hpp"

#include <exception>

#include "converters/file_error.hpp"
#include "converters/file_io.hpp"
#include "tools/folio/exit_codes.hpp"
#include "tools/folio/messages.hpp"

namespace folio::cli {

namespace {

// Converts one job, prints its warnings and its error; true when it succeeded.
bool run_job(const Job& job, const ConvertOptions& options) {
    const std::string input_name = input_display_name(job.input);
    Diagnostics diag;
    try {
        convert_file(job.input, job.output, options, diag);
        print_warnings(input_name, diag.warnings);
        return true;
    } catch (const FileError& error) {
        print_warnings(input_name, diag.warnings);
        print_error(error.file(), error.what());
    } catch (const std::exception& error) {
        print_warnings(input_name, diag.warnings);
        print_error(input_name, std::string("internal error: ") + error.what());
    }
    return false;
}

}  // namespace

int run_jobs(const Plan& plan) {
    bool all_converted = true;
    for (const Job& job : plan.jobs) all_converted = run_job(job, plan.options) && all_converted;
    return all_converted ? exit_success : exit_conversion_failed;
}

}  // namespace folio::cli
