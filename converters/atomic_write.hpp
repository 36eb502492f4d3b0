// Replacing a file so that it holds either its old content or all of the new one, never a part.
#pragma once

#include <filesystem>
#include <string_view>

namespace folio {

// When the new content reaches the disk: before write_file_atomically returns (the file and its
// folder are flushed), or later, when the caller calls sync_file_system (many files in a batch).
enum class Durability { synced, deferred };

// Writes `bytes` to a temporary file in the target's directory and renames it over `target` (a
// symbolic link there is replaced by the file, never written through: a link must not let a write
// reach a file elsewhere, such as an input). Where the file system allows, the temporary
// file has no name until it is complete, so a process killed at any point leaves nothing behind.
// A new file gets the usual permissions (0666 minus the umask), a replaced one keeps its own. On
// any failure the temporary file is removed, the target is left as it was, and
// FileError(target, reason) is thrown.
void write_file_atomically(const std::filesystem::path& target, std::string_view bytes,
                           Durability durability = Durability::synced);

// Removes the temporary files in `folder` that writes of processes no longer running left behind
// (a temporary file that replaces an existing one is given a name just before it is renamed, so a
// process killed in between leaves one). Temporary files of running processes stay. Errors are ignored.
void remove_stale_temporary_files(const std::filesystem::path& folder);

// Flushes everything written to the file system that holds `path` to disk; errors are ignored.
void sync_file_system(const std::filesystem::path& path);

}  // namespace folio
