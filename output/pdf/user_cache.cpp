// Files folio keeps for later processes in the user's cache folder: where it is, mapping and storing them.
#include "output/pdf/user_cache.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

namespace folio::pdf {

namespace {

// Writes all of `bytes` to `fd`; false on any error.
bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t done = ::write(fd, bytes.data(), bytes.size());
        if (done < 0 && errno == EINTR) continue;
        if (done <= 0) return false;
        bytes.remove_prefix(static_cast<std::size_t>(done));
    }
    return true;
}

}  // namespace

std::shared_ptr<const std::string_view> map_file(const std::filesystem::path& path, Links links) {
    const int flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | (links == Links::refuse ? O_NOFOLLOW : 0);
    const int fd = ::open(path.c_str(), flags);
    if (fd < 0) return nullptr;
    struct stat info {};
    void* data = MAP_FAILED;
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0)
        data = ::mmap(nullptr, static_cast<std::size_t>(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (data == MAP_FAILED) return nullptr;
    const std::size_t size = static_cast<std::size_t>(info.st_size);
    return {new std::string_view(static_cast<const char*>(data), size), [size](const std::string_view* view) {
                ::munmap(const_cast<char*>(view->data()), size);
                delete view;
            }};
}

std::filesystem::path user_cache_directory() {
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    if (xdg != nullptr && xdg[0] == '/') return std::filesystem::path(xdg) / "folio";
    const char* home = std::getenv("HOME");
    if (home != nullptr && home[0] == '/') return std::filesystem::path(home) / ".cache" / "folio";
    return {};
}

void store_cache_file(const std::filesystem::path& target, std::string_view bytes) {
    std::error_code ignored;
    std::filesystem::create_directories(target.parent_path(), ignored);
    std::filesystem::path temporary = target;
    temporary += ".tmp" + std::to_string(::getpid());
    ::unlink(temporary.c_str());  // left by an earlier process of this number that died
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) return;
    const bool written = write_all(fd, bytes);
    if (::close(fd) != 0 || !written || ::rename(temporary.c_str(), target.c_str()) != 0)
        ::unlink(temporary.c_str());
}

}  // namespace folio::pdf
