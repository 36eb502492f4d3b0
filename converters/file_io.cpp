// Reading a whole input (a file or standard input) and writing a whole output (a file or standard output).
#include "converters/file_io.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

#include "converters/atomic_write.hpp"
#include "converters/file_error.hpp"

namespace folio {

namespace {

std::string errno_text(int error) { return std::generic_category().message(error); }

// Closes the descriptor it owns, unless it is one of the standard streams.
class InputDescriptor {
public:
    explicit InputDescriptor(int fd) : fd_(fd) {}
    InputDescriptor(const InputDescriptor&) = delete;
    InputDescriptor& operator=(const InputDescriptor&) = delete;
    ~InputDescriptor() {
        if (fd_ > STDERR_FILENO) ::close(fd_);
    }
    int get() const { return fd_; }

private:
    int fd_;
};

std::string read_all(int fd, const std::string& name) {
    std::string content;
    char buffer[65536];
    while (true) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got == 0) return content;
        if (got < 0) {
            if (errno == EINTR) continue;
            throw FileError(name, errno_text(errno));
        }
        content.append(buffer, static_cast<std::size_t>(got));
    }
}

}  // namespace

std::string input_display_name(std::string_view path) {
    return path == standard_stream ? "<stdin>" : std::string(path);
}

std::string output_display_name(std::string_view path) {
    return path == standard_stream ? "<stdout>" : std::string(path);
}

std::string read_input(const std::string& path) {
    const std::string name = input_display_name(path);
    if (path == standard_stream) return read_all(STDIN_FILENO, name);
    if (path.empty()) throw FileError(name, "empty file name");

    const InputDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) throw FileError(name, errno_text(errno));
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0) throw FileError(name, errno_text(errno));
    if (S_ISDIR(info.st_mode)) throw FileError(name, errno_text(EISDIR));
    return read_all(fd.get(), name);
}

void write_output(const std::string& path, std::string_view bytes) {
    if (path != standard_stream) {
        write_file_atomically(path, bytes);
        return;
    }
    while (!bytes.empty()) {
        const ssize_t done = ::write(STDOUT_FILENO, bytes.data(), bytes.size());
        if (done < 0) {
            if (errno == EINTR) continue;
            throw FileError(output_display_name(path), "cannot write: " + errno_text(errno));
        }
        bytes.remove_prefix(static_cast<std::size_t>(done));
    }
}

}  // namespace folio
