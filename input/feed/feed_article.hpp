// One feed entry as an article: its metadata, its body (or its summary and a note saying so).
#pragma once

#include <cstddef>

#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/limits.hpp"
#include "input/feed/feed_entry.hpp"

namespace folio::feed {

// The entry as a Document: title (else the first words of its text, with a warning), authors (an
// e-mail address gives way to the name beside it), date as ISO 8601 with the printed form in date_text (a
// date folio cannot read is a warning and no date), link, language (the entry's, else the feed's),
// keywords, identifier, the feed's title as publisher. The content is the body, with the summary as a
// lead paragraph before it unless the content starts with it; an entry with only a summary becomes the
// summary as lead and a note saying that it is only the summary, with the link. Adds the images the
// content links to and folio left out to `images_left_out`. Throws folio::Error past the block limit.
Document entry_article(const Entry& entry, const Feed& feed, const Limits& limits, Diagnostics& diag,
                       std::size_t& images_left_out);

}  // namespace folio::feed
