// The limit on the number of entries one feed may hold.
#pragma once

#include <cstddef>

#include "formats/limits.hpp"

namespace folio::feed {

// Throws folio::Error when a feed holds more entries than articles a collection may have: the block
// limit (--max-blocks), as many articles as one article may have blocks.
void check_entry_count(std::size_t entries, const Limits& limits);

}  // namespace folio::feed
