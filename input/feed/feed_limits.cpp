// Refusing feeds with more entries than a collection may hold.
#include "input/feed/feed_limits.hpp"

#include <string>

#include "formats/diagnostics.hpp"

namespace folio::feed {

void check_entry_count(std::size_t entries, const Limits& limits) {
    if (entries > limits.blocks)
        throw Error("too many entries: the feed holds " + std::to_string(entries) + ", more than the " +
                    std::to_string(limits.blocks) + " articles a collection may hold (--max-blocks)");
}

}  // namespace folio::feed
