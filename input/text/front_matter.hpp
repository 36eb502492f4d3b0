// Optional front matter: "key: value" lines between two "---" lines at the very top of the text.
#pragma once

#include <string_view>

#include "formats/diagnostics.hpp"
#include "formats/metadata.hpp"

namespace folio {

struct FrontMatter {
    MetadataOverrides overrides;  // in file order, keys lower-case
    std::string_view body;        // the text after the front matter (all of it when there is none)
};

// Splits off the front matter. Unknown keys and lines that are not "key: value" are reported and skipped.
FrontMatter split_front_matter(std::string_view text, Diagnostics& diag);

}  // namespace folio
