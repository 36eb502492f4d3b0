// Setting metadata fields by name: front matter in the text reader and -M KEY=VALUE on the command line.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "formats/meta.hpp"

namespace folio {

using MetadataOverrides = std::vector<std::pair<std::string, std::string>>;

// The keys set_metadata accepts, in the order --help lists them.
const std::vector<std::string_view>& metadata_keys();

// True for an ISO 8601 calendar date that exists: YYYY, YYYY-MM or YYYY-MM-DD (2024-02-29 yes,
// 2023-02-29 and 2023-04-31 no).
bool is_calendar_date(std::string_view date);

// True when `date` starts like an ISO 8601 date ("2023-0…"), so that it is meant as one, not as a date
// as printed ("12. September 2023").
bool looks_like_iso_date(std::string_view date);

// True when the overrides set `key` (e.g. "lang": the reader need not guess the language).
bool sets_key(const MetadataOverrides& overrides, std::string_view key);

// Applies KEY=VALUE pairs in order. "author" is repeatable: the first one replaces the
// authors the reader found (keeping the bio of an author whose name matches), later ones add.
// "keywords" takes a comma-separated list; "date" sets `date` too when it is a calendar date (see
// is_calendar_date). Throws folio::Error for an unknown key.
void apply_metadata(Meta& meta, const MetadataOverrides& overrides);

}  // namespace folio
