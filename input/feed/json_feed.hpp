// JSON Feed 1.1 (and 1.0) read into the feed's common shape.
#pragma once

#include <string_view>

#include "formats/diagnostics.hpp"
#include "formats/limits.hpp"
#include "input/feed/feed_entry.hpp"

namespace folio::feed {

// True when the bytes hold a JSON object whose top-level "version" starts with
// "https://jsonfeed.org/version/"; reads no further than that key.
bool is_json_feed(std::string_view bytes);

// Feed: title, description, home_page_url, language, authors (1.1) or author (1.0), feed_url as the
// identifier. Item: title, url (else external_url), id, date_published (else date_modified), authors or
// author, language, tags, content_html (else content_text as plain text) and summary. Fields of the wrong
// type are warnings and left out. Throws folio::Error for invalid JSON, JSON nested deeper than the limit,
// JSON that is no JSON Feed, and past the entry limit.
Feed read_json_feed(std::string_view bytes, const Limits& limits, Diagnostics& diag);

}  // namespace folio::feed
