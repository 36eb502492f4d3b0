// Tuning glibc's allocator for conversions: freed memory is kept for the next document instead of returned.
#pragma once

namespace folio::cli {

// Every document allocates and frees the same large buffers (zip and deflate state, page content).
// By default glibc maps such buffers anew and gives them back each time, so each document pays for
// fresh zeroed pages; raising the mapping and trimming thresholds keeps them for reuse. The peak
// memory stays bounded (about one document per thread plus the thresholds), not growing with a batch.
void keep_freed_memory_for_reuse();

// Returns the memory freed so far to the system: after planning a batch, whose lists of paths the
// worker threads (each allocating from an arena of its own) would not reuse.
void release_freed_memory();

}  // namespace folio::cli
