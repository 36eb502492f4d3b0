// Runs the built folio program (FOLIO_BINARY) as a child process and captures what it did.
#include "tests/cli/folio_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <stdexcept>

namespace folio::test {

namespace {

// The words of $FOLIO_TEST_LAUNCHER (split at spaces), which run_folio puts before the program, e.g.
// "valgrind --error-exitcode=99" to run every test's folio under valgrind; none when unset.
std::vector<std::string> launcher() {
    std::vector<std::string> words;
    const char* value = std::getenv("FOLIO_TEST_LAUNCHER");
    std::istringstream stream(value == nullptr ? "" : value);
    for (std::string word; stream >> word;) words.push_back(word);
    return words;
}

// In the child: wires up the standard streams and limits, then becomes folio. Never returns.
[[noreturn]] void exec_folio(const std::vector<std::string>& arguments, const ProcessOptions& options,
                             int out_fd, int err_fd) {
    const char* stdin_path = options.stdin_file.empty() ? "/dev/null" : options.stdin_file.c_str();
    const int in_fd = ::open(stdin_path, O_RDONLY | O_CLOEXEC);
    if (in_fd < 0 || ::dup2(in_fd, STDIN_FILENO) < 0 || ::dup2(out_fd, STDOUT_FILENO) < 0 ||
        ::dup2(err_fd, STDERR_FILENO) < 0)
        ::_exit(126);
    if (!options.working_directory.empty() && ::chdir(options.working_directory.c_str()) != 0) ::_exit(126);
    if (options.file_size_limit != RLIM_INFINITY) {
        std::signal(SIGXFSZ, SIG_IGN);  // a write past the limit then fails with EFBIG instead of killing
        const rlimit limit{options.file_size_limit, options.file_size_limit};
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) ::_exit(126);
    }
    std::vector<std::string> command = launcher();
    command.push_back(FOLIO_BINARY);
    command.insert(command.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (std::string& word : command) argv.push_back(word.data());
    argv.push_back(nullptr);
    ::execvp(argv[0], argv.data());
    ::_exit(127);
}

// Reads both pipes until both are closed.
void drain(int out_fd, int err_fd, ProcessResult& result) {
    std::array<pollfd, 2> fds{pollfd{out_fd, POLLIN, 0}, pollfd{err_fd, POLLIN, 0}};
    std::array<std::string*, 2> sinks{&result.out, &result.err};
    int open_count = 2;
    char buffer[65536];
    while (open_count > 0) {
        if (::poll(fds.data(), fds.size(), -1) < 0) {
            if (errno == EINTR) continue;
            throw std::runtime_error("poll failed");
        }
        for (std::size_t i = 0; i < fds.size(); ++i) {
            if (fds[i].fd < 0 || fds[i].revents == 0) continue;
            const ssize_t got = ::read(fds[i].fd, buffer, sizeof buffer);
            if (got > 0) {
                sinks[i]->append(buffer, static_cast<std::size_t>(got));
            } else if (got == 0 || errno != EINTR) {  // a pseudo-terminal ends with EIO
                ::close(fds[i].fd);
                fds[i].fd = -1;
                --open_count;
            }
        }
    }
}

// An output stream as a pipe, or as a pseudo-terminal ([0] the side folio's output is read from).
void open_output_channel(int channel[2], bool terminal) {
    if (!terminal) {
        if (::pipe2(channel, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
        return;
    }
    if (::openpty(&channel[0], &channel[1], nullptr, nullptr, nullptr) != 0)
        throw std::runtime_error("openpty failed");
    ::fcntl(channel[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(channel[1], F_SETFD, FD_CLOEXEC);
}

}  // namespace

ProcessResult run_folio(const std::vector<std::string>& arguments, const ProcessOptions& options) {
    int out_pipe[2];
    int err_pipe[2];
    open_output_channel(out_pipe, options.stdout_is_terminal);
    open_output_channel(err_pipe, options.stderr_is_terminal);
    const pid_t child = ::fork();
    if (child < 0) throw std::runtime_error("fork failed");
    if (child == 0) exec_folio(arguments, options, out_pipe[1], err_pipe[1]);

    ::close(out_pipe[1]);
    ::close(err_pipe[1]);
    ProcessResult result;
    drain(out_pipe[0], err_pipe[0], result);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0)
        if (errno != EINTR) throw std::runtime_error("waitpid failed");
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

std::string shell_output(const std::string& command) {
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) return out;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    ::pclose(pipe);
    return out;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        if (end == std::string::npos) {
            lines.push_back(text.substr(start));
            break;
        }
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

}  // namespace folio::test
