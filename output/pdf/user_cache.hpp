// Files folio keeps for later processes in the user's cache folder: where it is, mapping and storing them.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace folio::pdf {

// $XDG_CACHE_HOME/folio, else ~/.cache/folio; "" when neither is set.
std::filesystem::path user_cache_directory();

enum class Links { follow, refuse };

// The whole regular file mapped read-only, as a view that unmaps when the last owner lets go; nullptr
// when the file cannot be opened, is empty, or is no regular file (a FIFO or device would block or never
// end), or with Links::refuse is a symbolic link.
std::shared_ptr<const std::string_view> map_file(const std::filesystem::path& path, Links links);

// Saves `bytes` at `target` for the next process, through a new file of its own (never an existing file,
// link or FIFO of that name) renamed over the target, creating the folder; a cache that cannot be
// written is simply not used.
void store_cache_file(const std::filesystem::path& target, std::string_view bytes);

}  // namespace folio::pdf
