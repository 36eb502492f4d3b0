// Replacing a file so that it holds either its old content or all of the new one, never a part.
#include "converters/atomic_write.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <charconv>
#include <csignal>
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

// Whether a file opened with O_TMPFILE can be given a name later (linkat through /proc/self/fd).
bool unnamed_files_can_be_linked() {
    static const bool available = ::access("/proc/self/fd", X_OK) == 0;
    return available;
}

constexpr std::string_view temporary_marker = ".folio-";

// A name for the temporary file that no other write of this process uses at the same time:
// ".NAME.folio-PID-COUNTER".
std::string temporary_name(const std::string& prefix) {
    static std::atomic<unsigned long> counter{0};
    return prefix + std::to_string(::getpid()) + "-" + std::to_string(counter.fetch_add(1));
}

// A temporary file beside the target: without a name while it is written where the file system
// allows (O_TMPFILE), so that a killed process leaves nothing; removed on destruction unless it
// was renamed into place.
class TemporaryFile {
public:
    explicit TemporaryFile(const fs::path& target)
        : directory_(target.has_parent_path() ? target.parent_path() : fs::path(".")),
          prefix_(
              (directory_ / ("." + target.filename().string() + std::string(temporary_marker))).string()) {
        if (unnamed_files_can_be_linked()) {
            fd_ = ::open(directory_.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
            if (fd_ >= 0) return;
            if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
                throw std::system_error(errno, std::generic_category());
        }
        open_named();
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

    // Flushes the content when asked to and puts the file at `target`: an unnamed file meant for a
    // new target is linked there directly, so no name but the final one ever exists; otherwise the
    // file gets a temporary name (if it has none) and is renamed over `target`.
    void move_into_place(const fs::path& target, Durability durability) {
        if (durability == Durability::synced) check(::fsync(fd_) == 0);
        if (path_.empty() && link_as(target.string())) {
            close_file();
            return;
        }
        if (path_.empty()) link_to_a_name();
        close_file();
        check(::rename(path_.c_str(), target.c_str()) == 0);
        path_.clear();
    }

private:
    static void check(bool ok) {
        if (!ok) throw std::system_error(errno, std::generic_category());
    }

    void open_named() {
        const std::string pattern = prefix_ + "XXXXXX";
        std::vector<char> name(pattern.begin(), pattern.end());
        name.push_back('\0');
        fd_ = ::mkostemp(name.data(), O_CLOEXEC);
        check(fd_ >= 0);
        path_ = name.data();
    }

    void close_file() {
        const int fd = fd_;
        fd_ = -1;
        check(::close(fd) == 0);
    }

    // Gives the unnamed file the name `name`; false when a file of that name exists already.
    bool link_as(const std::string& name) {
        const std::string open_file = "/proc/self/fd/" + std::to_string(fd_);
        if (::linkat(AT_FDCWD, open_file.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0)
            return true;
        check(errno == EEXIST);
        return false;
    }

    void link_to_a_name() {
        for (int attempt = 0; attempt < 100; ++attempt) {
            std::string name = temporary_name(prefix_);
            if (link_as(name)) {
                path_ = std::move(name);
                return;
            }
        }
        throw std::system_error(EEXIST, std::generic_category());
    }

    fs::path directory_;
    std::string prefix_;
    int fd_ = -1;
    std::string path_;  // empty while the file has no name
};

// The permissions the written file gets: those of the regular file it replaces, else (a new file, a
// symbolic link) 0666 minus the umask.
mode_t mode_for(const fs::path& target) {
    struct stat info {};
    if (::lstat(target.c_str(), &info) == 0 && S_ISREG(info.st_mode)) return info.st_mode & 07777;
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

void write_file_atomically(const fs::path& target, std::string_view bytes, Durability durability) {
    std::error_code ec;
    if (fs::is_directory(fs::symlink_status(target, ec)))
        throw FileError(target.string(), "cannot write: " + errno_text(EISDIR));
    try {
        TemporaryFile temporary(target);
        temporary.write_all(bytes);
        temporary.set_mode(mode_for(target));
        temporary.move_into_place(target, durability);
    } catch (const std::system_error& e) {
        throw FileError(target.string(), "cannot write: " + errno_text(e.code().value()));
    }
    if (durability == Durability::synced) sync_directory(target);
}

void remove_stale_temporary_files(const fs::path& folder) {
    std::error_code ec;
    for (fs::directory_iterator entry(folder, ec), end; !ec && entry != end; entry.increment(ec)) {
        const std::string name = entry->path().filename().string();
        const std::size_t marker = name.rfind(temporary_marker);
        if (!name.starts_with('.') || marker == std::string::npos) continue;
        const std::string_view owner = std::string_view(name).substr(marker + temporary_marker.size());
        const std::size_t dash = owner.find('-');
        if (dash == std::string_view::npos) continue;
        pid_t pid = 0;
        const auto [end_of_pid, error] = std::from_chars(owner.data(), owner.data() + dash, pid);
        if (error != std::errc() || end_of_pid != owner.data() + dash || pid <= 0) continue;
        if (::kill(pid, 0) != 0 && errno == ESRCH) ::unlink(entry->path().c_str());
    }
}

void sync_file_system(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    ::syncfs(fd);
    ::close(fd);
}

}  // namespace folio
