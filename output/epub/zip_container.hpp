// Writing an OCF zip container in memory with libzip, with fixed, time-zone-independent dates.
#pragma once

#include <string>
#include <vector>

#include "output/common/build_time.hpp"

namespace folio {

struct ZipEntry {
    std::string name;  // path inside the archive, "/"-separated
    std::string bytes;
    bool compress = true;  // deflate (level 6; files under 1 KiB are stored all the same) or store
};

// The archive bytes: entries in the given order (so `mimetype` can come first, stored), every
// entry dated `modified`. Throws folio::Error when libzip fails.
//
// libzip turns an entry's time_t into the DOS date and time with localtime(), so the same input
// would give different bytes in different time zones. Instead of changing TZ (process-wide,
// racy for other threads), the DOS date/time fields of every local and central header are
// overwritten with the UTC value after libzip has written the archive; they are not covered by
// any checksum.
std::string zip_container(const std::vector<ZipEntry>& entries, UnixSeconds modified);

}  // namespace folio
