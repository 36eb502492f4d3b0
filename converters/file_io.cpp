// Reading a whole input (a file or standard input) and writing a whole output (a file or standard output).
#include "converters/file_io.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <filesystem>
#include <string>
#include <system_error>

#include "converters/atomic_write.hpp"
#include "converters/file_error.hpp"

namespace folio {

namespace {

std::string errno_text(int error) { return std::generic_category().message(error); }

// Closes the descriptor it owns, unless it is one of the standard streams.
class Descriptor {
public:
    explicit Descriptor(int fd) : fd_(fd) {}
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    ~Descriptor() {
        if (fd_ > STDERR_FILENO) ::close(fd_);
    }
    int get() const { return fd_; }

private:
    int fd_;
};

std::string too_large(std::size_t max_bytes) {
    return "the input is too large: more than " + std::to_string(max_bytes) + " bytes (--max-input-size)";
}

// Reads to the end; `expected` (a regular file's size) is reserved up front so the buffer never grows.
std::string read_all(int fd, const std::string& name, std::size_t max_bytes, std::size_t expected = 0) {
    std::string content;
    content.reserve(expected);
    char buffer[65536];
    while (true) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got == 0) return content;
        if (got < 0) {
            if (errno == EINTR) continue;
            throw FileError(name, errno_text(errno));
        }
        if (static_cast<std::size_t>(got) > max_bytes - content.size())
            throw FileError(name, too_large(max_bytes));
        content.append(buffer, static_cast<std::size_t>(got));
    }
}

void write_stream(int fd, const std::string& name, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t done = ::write(fd, bytes.data(), bytes.size());
        if (done < 0) {
            if (errno == EINTR) continue;
            throw FileError(name, "cannot write: " + errno_text(errno));
        }
        bytes.remove_prefix(static_cast<std::size_t>(done));
    }
}

// Whether `path` reaches its file through a link of the process file system (/dev/stdout leads to
// /proc/self/fd/1, /dev/fd/1 lies in it), which stands for an open file, not for a name.
bool is_process_link(const std::filesystem::path& path) {
    std::error_code ec;
    std::filesystem::path hop = path;
    for (int hops = 0; hops < 40 && std::filesystem::is_symlink(std::filesystem::symlink_status(hop, ec));
         ++hops) {
        const std::filesystem::path folder =
            std::filesystem::weakly_canonical(std::filesystem::absolute(hop, ec).parent_path(), ec);
        if (!ec && (folder == "/proc" || folder.string().starts_with("/proc/"))) return true;
        const std::filesystem::path target = std::filesystem::read_symlink(hop, ec);
        if (ec) return false;
        hop = target.is_absolute() ? target : hop.parent_path() / target;
    }
    return false;
}

}  // namespace

std::string input_display_name(std::string_view path) {
    return path == standard_stream ? "<stdin>" : std::string(path);
}

std::string output_display_name(std::string_view path) {
    return path == standard_stream ? "<stdout>" : std::string(path);
}

std::string read_input(const std::string& path, std::size_t max_bytes) {
    const std::string name = input_display_name(path);
    if (path == standard_stream) return read_all(STDIN_FILENO, name, max_bytes);
    if (path.empty()) throw FileError(name, "empty file name");

    const Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) throw FileError(name, errno_text(errno));
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0) throw FileError(name, errno_text(errno));
    if (S_ISDIR(info.st_mode)) throw FileError(name, errno_text(EISDIR));
    if (S_ISREG(info.st_mode) && static_cast<std::uintmax_t>(info.st_size) > max_bytes)
        throw FileError(name, too_large(max_bytes));
    const std::size_t size = S_ISREG(info.st_mode) ? static_cast<std::size_t>(info.st_size) : 0;
    return read_all(fd.get(), name, max_bytes, size);
}

std::optional<std::int64_t> input_modified_time(const std::string& path) {
    struct stat info {};
    const int status = path == standard_stream ? ::fstat(STDIN_FILENO, &info) : ::stat(path.c_str(), &info);
    if (status != 0) return std::nullopt;
    return static_cast<std::int64_t>(info.st_mtim.tv_sec);
}

bool opens_as_terminal(const std::string& path) {
    if (path == standard_stream) return ::isatty(STDOUT_FILENO) == 1;
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0 || !S_ISCHR(info.st_mode)) return false;
    const Descriptor fd(::open(path.c_str(), O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC));
    return fd.get() >= 0 && ::isatty(fd.get()) == 1;
}

void write_output(const std::string& path, std::string_view bytes, Durability durability) {
    if (path == standard_stream) {
        write_stream(STDOUT_FILENO, output_display_name(path), bytes);
        return;
    }
    // A device or a pipe (/dev/null, a FIFO) is written to; replacing it with a regular file would break
    // it. So is a file a process link stands for (/dev/stdout, /proc/self/fd/1): that link is no file of
    // the user's to replace.
    struct stat info {};
    const bool exists = ::stat(path.c_str(), &info) == 0;
    if (exists && (S_ISCHR(info.st_mode) || S_ISFIFO(info.st_mode) || S_ISSOCK(info.st_mode) ||
                   (S_ISREG(info.st_mode) && is_process_link(path)))) {
        const int truncate = S_ISREG(info.st_mode) ? O_TRUNC : 0;
        const Descriptor fd(::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY | truncate));
        if (fd.get() < 0) throw FileError(path, "cannot write: " + errno_text(errno));
        write_stream(fd.get(), path, bytes);
        return;
    }
    write_file_atomically(path, bytes, durability);
}

}  // namespace folio
