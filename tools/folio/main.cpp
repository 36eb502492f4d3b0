// The folio program: parse the command line, plan the conversions, run them, return the exit status.
#include <unistd.h>

#include <cstdio>

#include "converters/file_error.hpp"
#include "tools/folio/allocator_tuning.hpp"
#include "tools/folio/batch_plan.hpp"
#include "tools/folio/command_line.hpp"
#include "tools/folio/conversion_plan.hpp"
#include "tools/folio/exit_codes.hpp"
#include "tools/folio/format_list.hpp"
#include "tools/folio/messages.hpp"
#include "tools/folio/run_batch_plan.hpp"
#include "tools/folio/run_jobs.hpp"
#include "tools/folio/usage_error.hpp"

int main(int argc, char** argv) {
    using namespace folio::cli;
    keep_freed_memory_for_reuse();
    CommandLine command_line;
    if (const auto done = parse_command_line(argc, argv, command_line)) return *done;

    if (command_line.list_formats) {
        std::fputs(format_list().c_str(), stdout);
        return exit_success;
    }
    try {
        if (is_batch(command_line)) {
            const BatchPlan plan = make_batch_plan(command_line);
            release_freed_memory();
            return run_batch_plan(plan);
        }
        reject_batch_options(command_line);
        return run_jobs(make_plan(command_line, ::isatty(STDOUT_FILENO) == 1));
    } catch (const UsageError& error) {
        print_usage_error(error.what());
        return exit_usage_error;
    } catch (const folio::FileError& error) {
        print_error(error.file(), error.what());
        return exit_conversion_failed;
    }
}
