// The one point in time a writer records (EPUB: dcterms:modified and the zip dates; PDF: its dates).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "formats/diagnostics.hpp"
#include "formats/meta.hpp"
#include "formats/options.hpp"

namespace folio {

// Seconds since 1970-01-01T00:00:00Z.
using UnixSeconds = std::int64_t;

// SOURCE_DATE_EPOCH (decimal seconds) when the variable is set and valid (a warning when it is
// set but not a number of seconds before the year 10000); otherwise midnight UTC of the
// article's date (YYYY[-MM[-DD]]); otherwise none: no date is known. Never the clock.
std::optional<UnixSeconds> known_time(const Meta& meta, const std::optional<std::string>& source_date_epoch,
                                      Diagnostics& diag);

// The time a book that must record one (EPUB's dcterms:modified, zip dates) records: the known time,
// else the input file's modification time, else 1980-01-01T00:00:00Z, the earliest a zip can hold.
UnixSeconds book_time(const Meta& meta, const WriteOptions& options, Diagnostics& diag);

// "CCYY-MM-DDThh:mm:ssZ", the only form dcterms:modified allows.
std::string w3c_utc_timestamp(UnixSeconds seconds);

// The MS-DOS date and time fields of a zip header for the moment in UTC, clamped to the range
// they can hold (1980–2107).
struct DosDateTime {
    std::uint16_t time = 0;
    std::uint16_t date = 0;
};
DosDateTime dos_date_time(UnixSeconds seconds);

}  // namespace folio
