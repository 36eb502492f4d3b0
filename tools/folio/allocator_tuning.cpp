// Tuning glibc's allocator for conversions: freed memory is kept for the next document instead of returned.
#include "tools/folio/allocator_tuning.hpp"

#include <malloc.h>

namespace folio::cli {

void keep_freed_memory_for_reuse() {
    constexpr int mapping_threshold = 8 << 20;  // blocks below 8 MiB come from the heap, not mmap
    constexpr int trim_threshold = 64 << 20;    // up to 64 MiB free at the top of a heap stays mapped
    ::mallopt(M_MMAP_THRESHOLD, mapping_threshold);
    ::mallopt(M_TRIM_THRESHOLD, trim_threshold);
}

void release_freed_memory() { ::malloc_trim(0); }

}  // namespace folio::cli
