// Replacing a file so that it holds either its old content or all of the new one, never a part.
#pragma once

#include <filesystem>
#include <string_view>

namespace folio {

// Writes `bytes` to a temporary file in the target's directory, flushes it to disk and renames it
// over `target` (through a symbolic link to the file it points to). A new file gets the usual
// permissions (0666 minus the umask), a replaced one keeps its own. On any failure the temporary
// file is removed, the target is left as it was, and FileError(target, reason) is thrown.
void write_file_atomically(const std::filesystem::path& target, std::string_view bytes);

}  // namespace folio
