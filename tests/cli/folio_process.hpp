// Runs the built folio program (FOLIO_BINARY) as a child process and captures what it did.
#pragma once

#include <sys/resource.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace folio::test {

struct ProcessResult {
    int exit_code = -1;  // 128 + signal number when the program was killed
    std::string out;     // everything written to standard output
    std::string err;     // everything written to standard error
};

struct ProcessOptions {
    std::filesystem::path stdin_file;         // standard input; /dev/null when empty
    std::filesystem::path working_directory;  // the current directory when empty
    rlim_t file_size_limit = RLIM_INFINITY;   // RLIMIT_FSIZE, to make file writes fail
    bool stdout_is_terminal = false;          // standard output a pseudo-terminal instead of a pipe
    bool stderr_is_terminal = false;          // standard error a pseudo-terminal instead of a pipe
};

// Options with one field set.
inline ProcessOptions stdin_from(std::filesystem::path file) {
    ProcessOptions options;
    options.stdin_file = std::move(file);
    return options;
}
inline ProcessOptions in_directory(std::filesystem::path directory) {
    ProcessOptions options;
    options.working_directory = std::move(directory);
    return options;
}
inline ProcessOptions file_size_limited(rlim_t bytes) {
    ProcessOptions options;
    options.file_size_limit = bytes;
    return options;
}

inline ProcessOptions terminal_output() {
    ProcessOptions options;
    options.stdout_is_terminal = true;
    return options;
}

inline ProcessOptions terminal_errors() {
    ProcessOptions options;
    options.stderr_is_terminal = true;
    return options;
}

// Runs folio with `arguments`, behind the launcher named by $FOLIO_TEST_LAUNCHER if that is set.
ProcessResult run_folio(const std::vector<std::string>& arguments, const ProcessOptions& options = {});

// Standard output of a shell command (validators' reports, man, a completion run in bash).
std::string shell_output(const std::string& command);

// The text split into lines (without their "\n"; no empty last line for a final "\n").
std::vector<std::string> lines_of(const std::string& text);

}  // namespace folio::test
