// Running the conversion jobs and reporting each failure and warning on standard error.
#pragma once

#include "tools/folio/conversion_plan.hpp"

namespace folio::cli {

// Converts every job (a failed one does not stop the others); returns the exit status.
int run_jobs(const Plan& plan);

}  // namespace folio::cli
