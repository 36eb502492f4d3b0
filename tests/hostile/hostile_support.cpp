// Test helpers for hostile inputs: folio run with its time and memory measured.
#include "tests/hostile/hostile_support.hpp"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace folio::test {

namespace {

void write_all(int fd, const void* data, std::size_t size) {
    const char* bytes = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t done = ::write(fd, bytes, size);
        if (done < 0 && errno == EINTR) continue;
        if (done <= 0) ::_exit(125);
        bytes += done;
        size -= static_cast<std::size_t>(done);
    }
}

void write_text(int fd, const std::string& text) {
    const std::size_t size = text.size();
    write_all(fd, &size, sizeof size);
    write_all(fd, text.data(), size);
}

// Takes one value or string off the front of `bytes` as written above.
template <typename T>
T take(std::string_view& bytes) {
    if (bytes.size() < sizeof(T)) throw std::runtime_error("the helper process died");
    T value;
    std::memcpy(&value, bytes.data(), sizeof(T));
    bytes.remove_prefix(sizeof(T));
    return value;
}

std::string take_text(std::string_view& bytes) {
    const auto size = take<std::size_t>(bytes);
    if (bytes.size() < size) throw std::runtime_error("the helper process died");
    std::string text(bytes.substr(0, size));
    bytes.remove_prefix(size);
    return text;
}

// VmRSS of this process in kilobytes, 0 when /proc cannot tell.
long resident_kilobytes() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
    return 0;
}

}  // namespace

TimedResult run_folio_timed(const std::vector<std::string>& arguments, const ProcessOptions& options) {
    int channel[2];
    if (::pipe2(channel, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
    const auto start = std::chrono::steady_clock::now();
    const pid_t helper = ::fork();
    if (helper < 0) throw std::runtime_error("fork failed");
    if (helper == 0) {
        // folio's peak counts the pages it inherits from this process until exec: take them off.
        const long inherited = resident_kilobytes();
        const ProcessResult result = run_folio(arguments, options);
        rusage usage{};
        ::getrusage(RUSAGE_CHILDREN, &usage);
        const long own_peak = std::max(0L, usage.ru_maxrss - inherited);
        write_all(channel[1], &result.exit_code, sizeof result.exit_code);
        write_all(channel[1], &own_peak, sizeof own_peak);
        write_text(channel[1], result.out);
        write_text(channel[1], result.err);
        ::_exit(0);
    }
    ::close(channel[1]);
    std::string report;
    char buffer[65536];
    while (true) {
        const ssize_t got = ::read(channel[0], buffer, sizeof buffer);
        if (got > 0)
            report.append(buffer, static_cast<std::size_t>(got));
        else if (got == 0 || errno != EINTR)
            break;
    }
    ::close(channel[0]);
    int status = 0;
    while (::waitpid(helper, &status, 0) < 0 && errno == EINTR) {
    }
    TimedResult timed;
    timed.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::string_view bytes = report;
    timed.process.exit_code = take<int>(bytes);
    timed.peak_megabytes = take<long>(bytes) / 1024;
    timed.process.out = take_text(bytes);
    timed.process.err = take_text(bytes);
    return timed;
}

}  // namespace folio::test
