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

// Applies KEY=VALUE pairs in order. "author" is repeatable: the first one replaces the
// authors the reader found (keeping the bio of an author whose name matches), later ones add.
// "keywords" takes a comma-separated list. Throws folio::Error for an unknown key.
void apply_metadata(Meta& meta, const MetadataOverrides& overrides);

}  // namespace folio
