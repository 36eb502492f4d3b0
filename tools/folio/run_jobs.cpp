// Running the conversion jobs (or the one book several inputs make) and reporting each failure and warning on
// standard error.
#include "tools/folio/run_jobs.hpp"

#include <exception>

#include "converters/collection.hpp"
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

// Converts the jobs' inputs into one book at their common output; prints warnings and the error.
bool run_collection(const Plan& plan) {
    const std::string output_name = output_display_name(plan.jobs.front().output);
    std::vector<std::string> inputs;
    for (const Job& job : plan.jobs) inputs.push_back(job.input);
    Diagnostics diag;
    try {
        convert_collection(inputs, plan.jobs.front().output, plan.options, plan.skip_failed, diag);
        print_warnings(output_name, diag.warnings);
        return true;
    } catch (const FileError& error) {
        print_warnings(output_name, diag.warnings);
        print_error(error.file(), error.what());
    } catch (const std::exception& error) {
        print_warnings(output_name, diag.warnings);
        print_error(output_name, error.what());
    }
    return false;
}

}  // namespace

int run_jobs(const Plan& plan) {
    if (plan.collection) return run_collection(plan) ? exit_success : exit_conversion_failed;
    bool all_converted = true;
    for (const Job& job : plan.jobs) all_converted = run_job(job, plan.options) && all_converted;
    return all_converted ? exit_success : exit_conversion_failed;
}

}  // namespace folio::cli
