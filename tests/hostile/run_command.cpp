// Test helper: runs any program (not only folio) with its standard output and error captured together.
#include "tests/hostile/run_command.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>

namespace folio::test {

CommandResult run_command(const std::vector<std::string>& argv) {
    int channel[2];
    if (::pipe2(channel, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
    const pid_t child = ::fork();
    if (child < 0) throw std::runtime_error("fork failed");
    if (child == 0) {
        const int in_fd = ::open("/dev/null", O_RDONLY);
        if (in_fd < 0 || ::dup2(in_fd, STDIN_FILENO) < 0 || ::dup2(channel[1], STDOUT_FILENO) < 0 ||
            ::dup2(channel[1], STDERR_FILENO) < 0)
            ::_exit(126);
        std::vector<std::string> copies = argv;
        std::vector<char*> pointers;
        for (std::string& argument : copies) pointers.push_back(argument.data());
        pointers.push_back(nullptr);
        ::execvp(pointers[0], pointers.data());
        ::_exit(127);
    }
    ::close(channel[1]);
    CommandResult result;
    char buffer[65536];
    while (true) {
        const ssize_t got = ::read(channel[0], buffer, sizeof buffer);
        if (got > 0) {
            result.output.append(buffer, static_cast<std::size_t>(got));
        } else if (got == 0 || errno != EINTR) {
            break;
        }
    }
    ::close(channel[0]);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

}  // namespace folio::test
