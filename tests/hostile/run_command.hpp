// Test helper: runs any program (not only folio) with its standard output and error captured together.
#pragma once

#include <string>
#include <vector>

namespace folio::test {

struct CommandResult {
    int exit_code = -1;  // 128 + signal number when the program was killed
    std::string output;  // standard output and standard error, interleaved
};

// Runs argv[0] (searched in PATH) with standard input from /dev/null.
CommandResult run_command(const std::vector<std::string>& argv);

}  // namespace folio::test
