// Replacing a file so that it holds either its old content or all of the new one, never a part.
#include "converters/atomic_write.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>
#include <system_error>
#include <vector>

#include "converters/file_error.hpp"

namespace fs = std::filesystem;

namespace folio {

namespace {

std::string errno_text(int error) { return std::generic_category().message(error); }

// The process's umask, read once (reading it means setting it, so never twice).
mode_t process_umask() {
    static const mode_t mask = [] {
        const mode_t current = ::umask(022);
        ::umask(current);
        return current;
    }();
    return mask;
}

// The file a write to `target` should replace: the end of a symbolic link chain, else target itself.
fs::path replaced_file(const fs::path& target) {
    std::error_code ec;
    if (!fs::is_symlink(target, ec)) return target;
    fs::path resolved = fs::weakly_canonical(target, ec);
    return ec ? target : resolved;
}

// A temporary file beside the target; removed on destruction unless it was renamed into place.
class TemporaryFile {
public:
    explicit TemporaryFile(const fs::path& target) {
        const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
        const std::string pattern =
            (directory / ("." + target.filename().string() + ".folio-XXXXXX")).string();
        std::vector<char> name(pattern.begin(), pattern.end());
        name.push_back('\0');
        fd_ = ::mkostemp(name.data(), O_CLOEXEC);
        if (fd_ < 0) throw std::system_error(errno, std::generic_category());
        path_ = name.data();
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    ~TemporaryFile() {
        if (fd_ >= 0) ::close(fd_);
        if (!path_.empty()) ::unlink(path_.c_str());
    }

    void write_all(std::string_view bytes) {
        while (!bytes.empty()) {
            const ssize_t done = ::write(fd_, bytes.data(), bytes.size());
            if (done < 0 && errno == EINTR) continue;
            check(done >= 0);
            bytes.remove_prefix(static_cast<std::size_t>(done));
        }
    }

    void set_mode(mode_t mode) { check(::fchmod(fd_, mode) == 0); }

    void sync_and_close() {
        check(::fsync(fd_) == 0);
        const int fd = fd_;
        fd_ = -1;
        check(::close(fd) == 0);
    }

    void rename_to(const fs::path& target) {
        check(::rename(path_.c_str(), target.c_str()) == 0);
        path_.clear();
    }

private:
    static void check(bool ok) {
        if (!ok) throw std::system_error(errno, std::generic_category());
    }

    int fd_ = -1;
    std::string path_;
};

// The permissions the written file gets: those of the file it replaces, else 0666 minus the umask.
mode_t mode_for(const fs::path& target) {
    struct stat info {};
    if (::stat(target.c_str(), &info) == 0 && S_ISREG(info.st_mode)) return info.st_mode & 07777;
    return 0666 & ~process_umask();
}

// Makes the rename itself durable; the new content is in place already, so failures do not matter.
void sync_directory(const fs::path& target) {
    const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

void write_file_atomically(const fs::path& target, std::string_view bytes) {
    const fs::path destination = replaced_file(target);
    std::error_code ec;
    if (fs::is_directory(destination, ec))
        throw FileError(target.string(), "cannot write: " + errno_text(EISDIR));
    try {
        TemporaryFile temporary(destination);
        temporary.write_all(bytes);
        temporary.set_mode(mode_for(destination));
        temporary.sync_and_close();
        temporary.rename_to(destination);
    } catch (const std::system_error& e) {
        throw FileError(target.string(), "cannot write: " + errno_text(e.code().value()));
    }
    sync_directory(destination);
}

}  // namespace folio
