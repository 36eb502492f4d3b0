// Test helper: runs a shell command and returns its exit code and standard output.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace folio::test {

struct CommandResult {
    int exit_code = -1;
    std::string output;  // standard output only
};

inline CommandResult run_command(const std::string& command) {
    CommandResult result;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        std::array<char, 4096> buffer{};
        while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe))
            result.output.append(buffer.data(), n);
        const int status = ::pclose(pipe);
        result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    return result;
}

}  // namespace folio::test
