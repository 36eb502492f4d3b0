// Metadata values as markup needs them: a well-formed language tag, a checked date, a title.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "formats/meta.hpp"

namespace folio {

// The article's BCP 47 tag with "_" turned into "-" ("de_CH" → "de-CH"); "und" (undetermined)
// when it is empty or not a well-formed tag.
std::string language_tag(std::string_view lang);

// True for an ISO 8601 / W3CDTF date that HTML's `time` and EPUB's `dc:date` accept:
// YYYY, YYYY-MM, YYYY-MM-DD, or YYYY-MM-DDThh:mm[:ss[.s]] with Z or ±hh:mm.
bool is_w3c_date(std::string_view date);

// The title, or "Untitled" in the article's language when it has none.
std::string display_title(const Meta& meta);

// The authors' printed names, skipping empty ones.
std::vector<std::string> author_names(const Meta& meta);

}  // namespace folio
