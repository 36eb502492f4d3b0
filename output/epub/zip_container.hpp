// Writing an OCF zip container in memory (zlib's deflate), with fixed, time-zone-independent dates.
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

// The archive bytes: entries in the given order (so `mimetype` can come first, stored), every entry
// dated `modified` in UTC. The bytes are exactly those libzip 1.7 writes for the same entries (what
// folio used before; tests/unit/output/epub compares the two): no extra fields, no data descriptors,
// made by Unix, mode 0666, deflate at level 6 with zlib's largest memory level. Throws folio::Error
// when an entry or the archive outgrows the classic (non-zip64) format.
std::string zip_container(const std::vector<ZipEntry>& entries, UnixSeconds modified);

}  // namespace folio
