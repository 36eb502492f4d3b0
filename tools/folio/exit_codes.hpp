// The exit statuses of the folio program (stable: scripts test them).
#pragma once

namespace folio::cli {

inline constexpr int exit_success = 0;            // every input converted
inline constexpr int exit_conversion_failed = 1;  // some input could not be read, converted or written
inline constexpr int exit_usage_error = 2;        // the command line itself is wrong

}  // namespace folio::cli
