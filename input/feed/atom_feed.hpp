// Atom 1.0 read into the feed's common shape.
#pragma once

#include <libxml/tree.h>

#include "formats/diagnostics.hpp"
#include "formats/limits.hpp"
#include "input/feed/feed_entry.hpp"

namespace folio::feed {

// `root` is <feed>. Feed: title, subtitle, the alternate link, xml:lang, updated, id, rights, authors.
// Entry: title (text, html or xhtml), the alternate link, published else updated, authors (the entry's,
// else its source's, else the feed's), xml:lang, id, categories, content (type="html" and "xhtml" as
// HTML, "text" as plain text; content given by address only, or in another media type, counts as absent
// with a warning) and summary. Throws folio::Error past the entry limit.
Feed read_atom(const xmlNode* root, const Limits& limits, Diagnostics& diag);

}  // namespace folio::feed
