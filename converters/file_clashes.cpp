// Refusing a run that would write over a file it reads, or write two things to one file.
#include "converters/file_clashes.hpp"

#include <sys/stat.h>

#include <compare>
#include <filesystem>
#include <map>
#include <optional>
#include <system_error>
#include <unordered_map>

#include "converters/file_io.hpp"
#include "formats/diagnostics.hpp"

namespace fs = std::filesystem;

namespace folio {

namespace {

struct Identity {
    dev_t device = 0;
    ino_t inode = 0;
    auto operator<=>(const Identity&) const = default;
};

std::optional<struct stat> status_of(const std::string& path) {
    struct stat info {};
    if (path == standard_stream || ::stat(path.c_str(), &info) != 0) return std::nullopt;
    return info;
}

// The file `path` leads to, links followed; nullopt when there is none yet, or it is a character device
// (/dev/null may be read and written by one run).
std::optional<Identity> identity_of(const std::string& path) {
    const std::optional<struct stat> info = status_of(path);
    if (!info || S_ISCHR(info->st_mode)) return std::nullopt;
    return Identity{info->st_dev, info->st_ino};
}

// `path` with the symbolic links at its end followed, also links to a file not made yet (which writing
// through the link would make).
fs::path final_target(fs::path path) {
    std::error_code ec;
    for (int hop = 0; hop < 40 && fs::is_symlink(fs::symlink_status(path, ec)); ++hop) {
        const fs::path target = fs::read_symlink(path, ec);
        if (ec) break;
        path = target.is_absolute() ? target : path.parent_path() / target;
    }
    return path;
}

// The place a file is written at: its folder with links resolved, then its own name. Each folder is
// resolved once, so that a batch of many files in few folders stays cheap.
class Places {
public:
    std::string of(const fs::path& path) {
        std::error_code ec;
        fs::path absolute = fs::absolute(path, ec);
        if (ec) absolute = path;
        const std::string folder = absolute.parent_path().string();
        auto found = resolved_.find(folder);
        if (found == resolved_.end()) {
            fs::path resolved = fs::weakly_canonical(absolute.parent_path(), ec);
            found = resolved_.emplace(folder, ec ? folder : resolved.string()).first;
        }
        return (fs::path(found->second) / absolute.filename()).string();
    }

private:
    std::unordered_map<std::string, std::string> resolved_;
};

}  // namespace

void check_no_clashes(const RunFiles& files) {
    std::map<Identity, const RunFile*> read;
    for (const RunFile& file : files.read)
        if (const std::optional<Identity> identity = identity_of(file.path)) read.emplace(*identity, &file);

    Places places;
    std::unordered_map<std::string, const RunFile*> written;
    const auto check = [&](const RunFile& file, bool through) {
        const std::optional<struct stat> info = status_of(file.path);
        if (file.path == standard_stream || (info && S_ISCHR(info->st_mode))) return;
        if (info) {
            const auto found = read.find(Identity{info->st_dev, info->st_ino});
            if (found != read.end())
                throw Error(file.role + (through ? " would overwrite " : " would replace ") +
                            found->second->role);
        }
        if (info && S_ISFIFO(info->st_mode)) return;  // written to, never replaced: a pipe may take several
        const std::string place = places.of(through ? final_target(file.path) : fs::path(file.path));
        const auto [previous, added] = written.emplace(place, &file);
        if (!added) throw Error(previous->second->role + " and " + file.role + " are one file: " + place);
    };
    for (const RunFile& file : files.replaced) check(file, false);
    for (const RunFile& file : files.written_through) check(file, true);
}

}  // namespace folio
